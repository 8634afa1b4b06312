"""Strict JSON text reading and plain-language validation messages."""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from teambuilder.domain.jsontext import (
    MAX_DEPTH,
    describe_validation_error,
    json_kind,
    parse_json_text,
    show_value,
)


def test_standard_json_parses_and_a_byte_order_mark_is_ignored() -> None:
    text = '{"a": [1, 2.5, -3e2, true, false, null, "نان"]}'
    expected = {"a": [1, 2.5, -300.0, True, False, None, "نان"]}
    assert parse_json_text(text) == expected
    assert parse_json_text("\ufeff" + text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        (" \n", "empty"),
        ('{"a": 1}\x00', "binary"),
        ('{"a": [1, 2', "incomplete"),
        ('{"a": "unfinished', "incomplete"),
        ('{"a": tru', "incomplete"),
        ('{"a": 1,, "b": 2}', "not valid JSON (Expecting property name"),
        ('{"a": NaN}', "NaN"),
        ('{"a": -Infinity}', "-Infinity"),
        ('{"a": 1e400}', "too large"),
        ('{"a": ' + "1" * 40 + "}", "40 digits"),
        ('{"a": 1, "a": 2}', "'a' appears twice"),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "nested too deeply"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_unacceptable_text_is_refused_in_plain_words(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=r"^[a-z]") as caught:
        parse_json_text(text)
    assert words in str(caught.value)


def test_nesting_up_to_the_limit_is_accepted() -> None:
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_json_text(text) is not None


@pytest.mark.parametrize(
    ("value", "kind"),
    [({}, "a group of fields"), ([], "a list"), ("x", "a text"), (True, "true or false"),
     (None, "null"), (3, "a number"), (2.5, "a number")],
)
def test_json_kind_names_each_kind(value: Any, kind: str) -> None:
    assert json_kind(value) == kind


def test_show_value_is_short() -> None:
    assert show_value("x" * 100) == '"' + "x" * 36 + "..."
    assert show_value([1, 2]) == "a list"
    assert show_value(-5) == "-5"


class _Inner(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    budget: Annotated[float, Field(gt=0)]
    size: Annotated[int, Field(ge=1, le=10)] = 1


class _Outer(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    inner: _Inner


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"inner": {"budget": -5}}, "budget must be greater than 0 (found -5)"),
        ({"inner": {"budget": 1, "size": 0}}, "size must be at least 1 (found 0)"),
        ({"inner": {"budget": 1, "size": 11}}, "size must be at most 10 (found 11)"),
        ({"inner": {"budget": 1, "size": "2"}}, 'size must be a whole number (found "2")'),
        ({"inner": {}}, "budget is missing"),
        ({"inner": {"budget": 1, "colour": 2}}, "it has an unknown field 'colour'"),
        ({"inner": [1]}, "inner must be a group of fields (found a list)"),
    ],
)
def test_validation_errors_read_as_sentences_naming_the_field(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _Outer.model_validate(data)
    assert describe_validation_error(caught.value) == message
