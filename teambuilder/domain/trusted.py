"""Build models from data that is known to be valid, without pydantic validation.

The catalogue, the built-in cost table and the demand rules ship with TeamBuilder. The test
suite validates them in every language (``tests/domain/test_trusted.py`` checks that
:func:`construct` gives exactly what ``model_validate`` gives), so validating them again on
every start would only cost time: building a model's validator is the slowest part of
starting TeamBuilder's domain layer, and it is not needed when nothing is validated.

:func:`construct` does the conversions validation would do for these models (nested models,
``int`` to ``float``, strings to enum members, new lists and dicts) and nothing else. It is
only for models whose validators check values and never change them; it raises TypeError
for a field type it does not know, so a new kind of field cannot slip through unconverted.
Anything a user gives (a plan, a cost file, an edited catalogue) is still validated.

The engine's answer (:class:`~teambuilder.domain.recommendation.Recommendation`) is built
the same way from values it computed, and :func:`dump` gives such a model as
``model_dump(mode="json")`` would, without building its serializer (which would build its
validator too).
"""

from __future__ import annotations

import math
import types
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
Converter = Callable[[Any], Any]

_PLANS: dict[type[BaseModel], list[tuple[str, Converter]]] = {}
"""For each model class, its fields and how to convert each (worked out once)."""


def construct(cls: type[M], data: Mapping[str, Any]) -> M:
    """An instance of ``cls`` from trusted ``data``, as ``cls.model_validate(data)`` would
    give for valid data, without building or running a validator.

    Fields missing from ``data`` get their defaults; keys that are not fields are ignored.

    Raises:
        TypeError: a field's type is one this function does not convert.
    """
    plan = _PLANS.get(cls)
    if plan is None:
        plan = [(name, _converter(field.annotation)) for name, field in cls.model_fields.items()]
        _PLANS[cls] = plan
    return cls.model_construct(**{name: convert(data[name])
                                  for name, convert in plan if name in data})


def _same(value: Any) -> Any:
    return value


def _converter(annotation: Any) -> Converter:
    """A function converting a valid value of ``annotation`` as validation would."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _converter(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        args = get_args(annotation)
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"cannot construct a value of {annotation!r} without validation")
        inner = _converter(options[0])
        if len(options) == len(args):
            return inner
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = _converter(get_args(annotation)[0])
        return list if item is _same else lambda value: [item(v) for v in value]
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            each = _converter(args[0])
            return lambda value: tuple(each(v) for v in value)
        parts = [_converter(a) for a in args]
        return lambda value: tuple(c(v) for c, v in zip(parts, value, strict=True))
    if origin is dict:
        key, item = (_converter(a) for a in get_args(annotation))
        return lambda value: {key(k): item(v) for k, v in value.items()}
    if origin is Literal or annotation is Any:
        return _same
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            model = annotation
            # An instance is kept as it is, as validation keeps it (revalidate "never").
            return lambda value: value if isinstance(value, model) else construct(model, value)
        if issubclass(annotation, Enum):
            return annotation
        if annotation is float:
            return float
        if annotation in (int, str, bool):
            return _same
    raise TypeError(f"cannot construct a value of {annotation!r} without validation")


def dump(model: BaseModel) -> dict[str, Any]:
    """``model.model_dump(mode="json")`` for a model of the kinds :func:`construct` builds
    (nested models, enums, lists, tuples, dicts, strings, numbers, booleans, None), without
    building the model's serializer.

    Raises:
        TypeError: a value of a kind this function does not convert.
    """
    return {name: _json(getattr(model, name)) for name in type(model).model_fields}


def _json(value: Any) -> Any:
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, Enum)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # pydantic's default for inf and nan
    if isinstance(value, Enum):
        return _json(value.value)
    if isinstance(value, BaseModel):
        return dump(value)
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {_json(k): _json(v) for k, v in value.items()}
    raise TypeError(f"cannot dump a value of type {type(value).__name__} without a serializer")
