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
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_PLAIN = (str, bool)


def construct(cls: type[M], data: Mapping[str, Any]) -> M:
    """An instance of ``cls`` from trusted ``data``, as ``cls.model_validate(data)`` would
    give for valid data, without building or running a validator.

    Fields missing from ``data`` get their defaults; keys that are not fields are ignored.

    Raises:
        TypeError: a field's type is one this function does not convert.
    """
    values = {name: _convert(field.annotation, data[name])
              for name, field in cls.model_fields.items() if name in data}
    return cls.model_construct(**values)


def _convert(annotation: Any, value: Any) -> Any:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _convert(get_args(annotation)[0], value)
    if origin is Union or origin is types.UnionType:
        options = [a for a in get_args(annotation) if a is not type(None)]
        if value is None and len(options) < len(get_args(annotation)):
            return None
        if len(options) != 1:
            raise TypeError(f"cannot construct a value of {annotation!r} without validation")
        return _convert(options[0], value)
    if origin is list:
        (item,) = get_args(annotation)
        return [_convert(item, v) for v in value]
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        key, item = get_args(annotation)
        return {_convert(key, k): _convert(item, v) for k, v in value.items()}
    if origin is Literal or annotation is Any:
        return value
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return construct(annotation, value)
        if issubclass(annotation, Enum):
            return annotation(value)
        if annotation is float:
            return float(value)
        if annotation is int or annotation in _PLAIN:
            return value
    raise TypeError(f"cannot construct a value of {annotation!r} without validation")
