"""The shipped data, built without validation at start, is exactly what validation gives.

TeamBuilder constructs its catalogue, cost table and demand rules without running pydantic
validation (faster start). These tests are the validation: every shipped file, in every
language, must pass ``model_validate`` and give the very same objects, value for value and
type for type (a float must stay a float, a capability an enum member).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from enum import StrEnum
from typing import Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict

from teambuilder.domain.catalogue import (
    LANGUAGES,
    ROLE_IDS,
    Catalogue,
    CatalogueError,
    _overlay,
    load_catalogue,
)
from teambuilder.domain.costs import CostTable, default_costs
from teambuilder.domain.demand import DemandModel, demand_model
from teambuilder.domain.engine import recommend
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import Recommendation
from teambuilder.domain.resources import read_json
from teambuilder.domain.trusted import construct, dump


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
    every = {**data, "maybe": {"share": 0, "colour": "red"}, "kind": "x"}  # no default used
    _same(construct(_Outer, every), _Outer.model_validate(every))
    assert construct(_Outer, every) == _Outer.model_validate(every)


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


def _random_profiles(count: int, seed: int) -> list[Profile]:
    """Profiles across the whole range the inputs allow (seeded, so a failure repeats)."""
    rng = random.Random(seed)
    profiles = []
    for _ in range(count):
        profiles.append(Profile(
            size=rng.choice([rng.randint(1, 60), rng.randint(1, 100_000)]),
            focus=rng.choice(["b2b", "b2c", "both"]),
            budget=rng.choice([round(rng.uniform(1, 200_000), 2), float(rng.randint(1, 60_000)),
                               10 ** rng.uniform(0, 9)]),
            goals=tuple(rng.sample(["awareness", "leads", "sales", "retention"],
                                   rng.randint(0, 4))),
            horizon=rng.choice(["quick", "balanced", "long"]),
            have=tuple(rng.sample(ROLE_IDS, rng.choice([0, 0, 1, 2, 3]))),
            digital_products=rng.random() < 0.3,
        ))
    return profiles


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_engine_builds_its_answer_exactly_as_validation_would(lang: str) -> None:
    """The engine's Recommendation, built without validation, is valid and the very same
    objects validation gives (field by field, type by type), and dumps the same JSON."""
    catalogue = load_catalogue(lang)
    costs = default_costs()
    for profile in _random_profiles(300, seed=6 if lang == "en" else 7):
        rec = recommend(profile, catalogue, costs, lang)
        validated = Recommendation.model_validate(rec.model_dump())  # runs every validator
        _same(rec, validated, repr(profile))
        assert dump(rec) == rec.model_dump(mode="json"), repr(profile)
        assert json.dumps(dump(rec), separators=(",", ":"), ensure_ascii=False) \
            == rec.model_dump_json(), repr(profile)


def test_construct_keeps_a_model_instance_as_validation_does() -> None:
    class Holder(BaseModel):
        inner: _Inner

    inner = _Inner(share=0.5, colour=_Colour.RED)
    assert construct(Holder, {"inner": inner}).inner is Holder.model_validate(
        {"inner": inner}).inner


def test_dump_refuses_a_value_it_cannot_convert_faithfully() -> None:
    class Odd(BaseModel):
        model_config = ConfigDict(arbitrary_types_allowed=True)
        thing: object

    with pytest.raises(TypeError):
        dump(Odd(thing=object()))


def test_recommending_builds_no_validator_of_the_answer() -> None:
    """Start-up and headless ``recommend --json`` build no validator or serializer of the
    engine's answer (a separate process: other tests here build them on purpose)."""
    code = (
        "import io, contextlib\n"
        "from teambuilder.cli import main\n"
        "from teambuilder.domain.catalogue import load_catalogue\n"
        "from teambuilder.domain.costs import default_costs\n"
        "from teambuilder.domain.engine import recommend\n"
        "from teambuilder.domain.profile import Profile\n"
        "from teambuilder.domain.recommendation import (DeferredRole, NextStep,"
        " Recommendation, TeamLine)\n"
        "rec = recommend(Profile(size=40, focus='both', budget=12000, have=('seo_specialist',)),"
        " load_catalogue('fa'), default_costs(), 'fa')\n"
        "assert rec.team and rec.deferred and rec.phases\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    code = main(['recommend', '--size', '12', '--focus', 'b2b', '--budget', '9000',"
        " '--json'])\n"
        "assert code == 0 and '\"team\"' in out.getvalue(), out.getvalue()\n"
        "built = [c.__name__ for c in (Recommendation, TeamLine, DeferredRole, NextStep)"
        " if c.__pydantic_complete__]\n"
        "assert not built, built\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
