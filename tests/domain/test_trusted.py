"""The shipped data, built without validation at start, is exactly what validation gives.

TeamBuilder constructs its catalogue, cost table and demand rules without running pydantic
validation (faster start). These tests are the validation: every shipped file, in every
language, must pass ``model_validate`` and give the very same objects, value for value and
type for type (a float must stay a float, a capability an enum member).
"""

from __future__ import annotations

import json
import subprocess
import sys
from enum import StrEnum
from typing import Any, Literal

import pytest
from pydantic import BaseModel

from teambuilder.domain.catalogue import (
    LANGUAGES,
    Catalogue,
    CatalogueError,
    _overlay,
    load_catalogue,
)
from teambuilder.domain.costs import CostTable, default_costs
from teambuilder.domain.demand import DemandModel, demand_model
from teambuilder.domain.resources import read_json
from teambuilder.domain.trusted import construct


def _same(built: Any, validated: Any, where: str = "") -> None:
    """Equal values of the same types, all the way down."""
    assert type(built) is type(validated), f"{where}: {type(built)} != {type(validated)}"
    if isinstance(validated, BaseModel):
        assert built.model_fields_set == validated.model_fields_set, where
        for name in type(validated).model_fields:
            _same(getattr(built, name), getattr(validated, name), f"{where}.{name}")
    elif isinstance(validated, dict):
        assert list(built) == list(validated), where
        for key, value in validated.items():
            _same(next(k for k in built if k == key), key, f"{where}[{key!r}] key")
            _same(built[key], value, f"{where}[{key!r}]")
    elif isinstance(validated, (list, tuple)):
        assert len(built) == len(validated), where
        for i, (b, v) in enumerate(zip(built, validated, strict=True)):
            _same(b, v, f"{where}[{i}]")
    else:
        assert built == validated, where


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_catalogue_is_valid_and_built_exactly_as_validation_builds_it(lang: str) -> None:
    data = read_json("catalogue", "catalogue.json")
    if lang != "en":
        data = _overlay(data, read_json("catalogue", "l10n", f"{lang}.json"))
        data["language"] = lang
    built = load_catalogue(lang)
    validated = Catalogue.model_validate(data)  # runs every validator
    _same(built, validated)
    assert built.model_dump_json() == validated.model_dump_json()


def test_shipped_costs_are_valid_and_built_exactly_as_validation_builds_them() -> None:
    raw = read_json("costs", "default.json")
    _same(default_costs(), CostTable.model_validate(raw))


def test_shipped_demand_rules_are_valid_and_built_exactly_as_validation_builds_them() -> None:
    raw = read_json("engine", "demand.json")
    _same(demand_model(), DemandModel.model_validate(raw))


def test_an_edited_catalogue_is_still_validated(tmp_path: Any) -> None:
    data = read_json("catalogue", "catalogue.json")
    data["roles"][0]["complexity"] = "extreme"
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match="complexity"):
        load_catalogue(path=path)


class _Colour(StrEnum):
    RED = "red"


class _Inner(BaseModel):
    share: float
    colour: _Colour


class _Outer(BaseModel):
    inner: list[_Inner]
    by_colour: dict[_Colour, float]
    pair: tuple[int, ...] = ()
    maybe: _Inner | None = None
    kind: Literal["x"] = "x"


def test_construct_converts_like_validation() -> None:
    data = {"inner": [{"share": 1, "colour": "red"}], "by_colour": {"red": 2}, "pair": [1, 2]}
    _same(construct(_Outer, data), _Outer.model_validate(data))


def test_construct_refuses_a_field_type_it_cannot_convert_faithfully() -> None:
    class Unknown(BaseModel):
        either: int | str

    with pytest.raises(TypeError):
        construct(Unknown, {"either": 1})


def test_loading_the_shipped_data_builds_no_validator() -> None:
    """The start-up path pays for no pydantic validator of the shipped data (a separate
    process: other tests here build them on purpose)."""
    code = (
        "from teambuilder.domain.catalogue import Catalogue, Role, load_catalogue\n"
        "from teambuilder.domain.costs import CostTable, Figure, default_costs\n"
        "from teambuilder.domain.demand import DemandModel, Rule, demand_model\n"
        "from teambuilder.domain.planfile import Plan\n"
        "load_catalogue('fa'); default_costs(); demand_model()\n"
        "built = [c.__name__ for c in (Catalogue, Role, CostTable, Figure, DemandModel, Rule,"
        " Plan) if c.__pydantic_complete__]\n"
        "assert not built, built\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
