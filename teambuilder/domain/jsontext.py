"""Reading JSON that a person or another program wrote, trusting nothing in it.

:func:`parse_json_text` turns text into Python data or raises ``ValueError`` with a short
plain-language reason (empty, binary, truncated, not JSON, NaN, absurd numbers, repeated
fields, nesting too deep); :func:`describe_validation_error` turns a pydantic error into a
sentence that names the field and the value found, e.g. "budget must be greater than 0
(found -5)". Messages start in lower case so callers can prefix the file name.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from pydantic import ValidationError

MAX_DIGITS = 30
"""Whole numbers with more digits than this are refused (Python would parse thousands)."""

MAX_DEPTH = 20
"""Lists and objects nested deeper than this are refused; no real document comes close."""


def parse_json_text(text: str) -> Any:
    """Parse JSON text strictly: standard JSON only, finite numbers, each key once.

    A leading byte-order mark is ignored.

    Raises:
        ValueError: the text is not acceptable JSON; the message says why in plain words.
    """
    if text.startswith("\ufeff"):  # a byte-order mark some editors add
        text = text[1:]
    if not text.strip():
        raise ValueError("the file is empty")
    if "\x00" in text:
        raise ValueError("it contains binary data, so it is not a TeamBuilder file")
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float,
                          parse_int=_short_int, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        if _cut_short(text, error):
            raise ValueError("it is incomplete (the file ends too early)") from None
        raise ValueError(
            f"it is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None
    if _depth(data, MAX_DEPTH + 1) > MAX_DEPTH:
        raise ValueError(_TOO_DEEP)
    return data


_TOO_DEEP = "it is nested too deeply"
_PARTIAL_TOKEN = re.compile(r"[-+0-9.eE]*|t|tr|tru|f|fa|fal|fals|n|nu|nul|u[0-9a-fA-F]{0,4}")


def _cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """Whether the JSON error comes from the text ending early (a truncated file)."""
    if error.msg.startswith("Unterminated string"):  # only reported at the end of the text
        return True
    return _PARTIAL_TOKEN.fullmatch(text[error.pos :].rstrip()) is not None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"it contains {name}, which is not a number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"it contains the number {text[:20]}, which is too large")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the field {key[:40]!r} appears twice")
        result[key] = value
    return result


def _short_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"it contains a number with {len(text)} digits, which is too large")
    return int(text)


def _depth(value: Any, limit: int) -> int:
    """How deeply lists and objects nest in ``value``, counting no further than ``limit``."""
    if limit <= 0 or not isinstance(value, dict | list):
        return 0
    children = value.values() if isinstance(value, dict) else value
    return 1 + max((_depth(child, limit - 1) for child in children), default=0)


def json_kind(value: object) -> str:
    """What kind of JSON value ``value`` is, in words ("a list", "a text", ...)."""
    kinds = {dict: "a group of fields", list: "a list", str: "a text", bool: "true or false",
             type(None): "null"}
    return kinds.get(type(value), "a number")


def show_value(value: object) -> str:
    """A short rendering of a value for an error message, at most 40 characters."""
    simple = value is None or isinstance(value, str | int | float | bool)
    text = json.dumps(value, ensure_ascii=False) if simple else json_kind(value)
    return text if len(text) <= 40 else text[:37] + "..."


def describe_validation_error(error: ValidationError) -> str:
    """Turn pydantic's first error into a sentence naming the field, e.g. 'budget must ...'.

    The field is the innermost named part of the error's location.
    """
    first = error.errors(include_url=False)[0]
    names = [str(part) for part in first["loc"] if isinstance(part, str)]
    field = names[-1] if names else "the document"
    kind = first["type"]
    message = first["msg"]
    if kind == "missing":
        return f"{field} is missing"
    if kind == "extra_forbidden":
        return f"it has an unknown field {field!r}"
    if message.startswith("Value error, "):
        return message.removeprefix("Value error, ")
    if kind == "string_pattern_mismatch":
        return f"{field} is not a valid code (found {show_value(first.get('input'))})"
    message = re.sub(r"a valid dictionary or instance of \w+", "a group of fields", message)
    for pydantic_words, plain in _PLAIN_WORDS:
        message = message.replace(pydantic_words, plain)
    return f"{field} {message} (found {show_value(first.get('input'))})"


_PLAIN_WORDS = {  # pydantic's wording -> a business owner's
    "Input should": "must", "String should": "must", "Tuple should": "must",
    "greater than or equal to": "at least", "less than or equal to": "at most",
    "a valid integer": "a whole number", "a valid number": "a number",
    "a valid string": "text", "a valid tuple": "a list", "a valid list": "a list",
    "a valid dictionary": "a group of fields", "an object": "a group of fields",
}.items()
