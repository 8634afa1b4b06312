"""The cost model: cited default figures, the on-cost rule, and validated user overrides."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from teambuilder.domain.catalogue import load_catalogue
from teambuilder.domain.costs import (
    MODE_OF_OPTION,
    OPTIONS,
    CostFileError,
    CostTable,
    apply_overrides,
    default_costs,
    load_costs,
)
from teambuilder.domain.resources import read_json


@pytest.fixture(scope="module")
def table() -> CostTable:
    return default_costs()


def test_every_catalogue_entry_has_a_full_time_figure(table: CostTable) -> None:
    for entry_id in load_catalogue().ids():
        assert "full_time" in table.options_for(entry_id), entry_id


def test_currency_and_on_cost_default(table: CostTable) -> None:
    assert table.currency == "USD"
    assert table.on_cost.multiplier == 1.29
    # The derivation in cost-sources.md: (wages + benefits) / (wages + paid leave).
    assert round((32.07 + 13.58) / (32.07 + 3.44), 2) == table.on_cost.multiplier
    assert table.source(table.on_cost.source or "").publisher == "US Bureau of Labor Statistics"


def test_full_time_is_annual_median_times_on_cost_over_twelve(table: CostTable) -> None:
    # BLS OEWS May 2024 medians from cost-sources.md.
    expected = {
        "digital_marketing_director": 161_030,
        "paid_media_manager": 126_960,
        "seo_specialist": 76_950,
        "digital_product_manager": 100_750,
    }
    for role, salary in expected.items():
        assert table.monthly(role, "full_time") == pytest.approx(salary * 1.29 / 12)


def test_part_time_is_a_stated_fraction_of_full_time(table: CostTable) -> None:
    for role, figures in table.roles.items():
        if "part_time" in figures:
            fig = figures["part_time"]
            assert fig.basis == "fraction"
            assert "MODEL ASSUMPTION" in fig.note
            assert table.monthly(role, "part_time") == pytest.approx(
                (fig.fraction or 0) * table.monthly(role, "full_time"))


def test_outsourcing_figures_come_from_the_sources(table: CostTable) -> None:
    assert table.monthly("seo_specialist", "freelance") == 21 * 40  # Upwork median x hours
    assert table.monthly("email_marketing_specialist", "freelance") == 25 * 40
    assert table.monthly("seo_specialist", "agency") == (1000 + 2500) / 2  # midpoint
    assert table.monthly("paid_media_manager", "agency") == (800 + 2500) / 2
    assert table.monthly("social_media_manager", "freelance") == (500 + 2000) / 2
    assert table.monthly("email_marketing_specialist", "agency") == 1000
    assert table.monthly("digital_marketing_director", "fractional") == 8250
    assert "idpoint" in table.figure("seo_specialist", "agency").note


def test_no_invented_options(table: CostTable) -> None:
    # cost-sources.md has no freelance or agency figure for these roles: not offered.
    for role in ("content_marketing_manager", "analytics_manager", "digital_product_manager"):
        assert table.options_for(role) == ["full_time", "part_time"]
    assert "agency" not in table.options_for("social_media_manager")
    assert "freelance" not in table.options_for("paid_media_manager")
    assert table.options_for("digital_marketing_director") == [
        "full_time", "part_time", "fractional"]


def test_every_figure_cites_a_source_and_proxies_say_so(table: CostTable) -> None:
    for role, figures in table.roles.items():
        for option, fig in figures.items():
            if fig.basis == "fraction":
                continue
            assert fig.source is not None, (role, option)
            src = table.source(fig.source)
            assert src.publisher and src.title
            citation = table.citation(role, option)
            assert src.publisher in citation
            if fig.basis == "salary":
                assert "as proxy" in fig.proxy and "SOC" in fig.proxy
                assert "(2024)" in citation


def test_coverage_assumptions_are_labelled(table: CostTable) -> None:
    assert "MODEL ASSUMPTION" in table.assumptions.note
    assert set(table.assumptions.coverage) == set(OPTIONS)
    assert table.coverage_factor("full_time") == 1.0
    for option, cov in table.assumptions.coverage.items():
        assert 0 < cov.factor <= 1 and cov.rationale, option
    assert "seed_001" in table.assumptions.coverage["freelance"].seeds
    assert "seed_002" in table.assumptions.coverage["agency"].seeds
    assert MODE_OF_OPTION["fractional"] in ("freelance", "agency")


def test_overrides_change_figures_and_currency(table: CostTable) -> None:
    doc = {
        "currency": "EUR",
        "on_cost_multiplier": 1.4,
        "roles": {
            "seo_specialist": {"agency": 1200, "freelance": {"hourly_rate": 30},
                               "full_time": {"annual_salary": 60000}},
            "analytics_manager": {"part_time": None},
        },
        "coverage": {"agency": 0.5},
    }
    t = apply_overrides(table, doc, "mine.json")
    assert t.currency == "EUR"
    assert t.monthly("seo_specialist", "agency") == 1200
    assert t.monthly("seo_specialist", "freelance") == 30 * 40
    assert t.monthly("seo_specialist", "full_time") == pytest.approx(60000 * 1.4 / 12)
    assert t.monthly("seo_specialist", "part_time") == pytest.approx(60000 * 1.4 / 24)
    assert "part_time" not in t.options_for("analytics_manager")
    assert t.coverage_factor("agency") == 0.5
    assert t.label == "mine.json"
    assert t.citation("seo_specialist", "agency") == "Set in mine.json."
    # The defaults are untouched.
    assert table.currency == "USD" and table.monthly("seo_specialist", "agency") == 1750


def test_override_can_offer_a_new_option(table: CostTable) -> None:
    t = apply_overrides(table, {"roles": {"analytics_manager": {"agency": 900}}}, "x.json")
    assert t.monthly("analytics_manager", "agency") == 900


@pytest.mark.parametrize(("doc", "field", "value"), [
    ({"roles": {"seo_specialist": {"agency": -5}}}, "roles.seo_specialist.agency", "-5"),
    ({"roles": {"seo_specialist": {"agency": 0}}}, "roles.seo_specialist.agency", "0"),
    ({"roles": {"seo_specialist": {"agency": "cheap"}}}, "roles.seo_specialist.agency",
     '"cheap"'),
    ({"roles": {"seo_specialist": {"agency": True}}}, "roles.seo_specialist.agency", "true"),
    ({"roles": {"seo_specialist": {"agency": 1e300}}}, "roles.seo_specialist.agency", "1e+300"),
    ({"roles": {"nobody": {"agency": 5}}}, "roles.nobody", '"nobody"'),
    ({"roles": {"seo_specialist": {"retainer": 5}}}, "roles.seo_specialist.retainer",
     '"retainer"'),
    ({"roles": {"seo_specialist": {"freelance": {"annual_salary": 5}}}},
     "roles.seo_specialist.freelance.annual_salary", "5"),
    ({"roles": {"seo_specialist": {"freelance": {"hourly_rate": -1}}}},
     "roles.seo_specialist.freelance.hourly_rate", "-1"),
    ({"roles": {"seo_specialist": {"freelance": {}}}}, "roles.seo_specialist.freelance", "{}"),
    ({"roles": {"content_marketing_manager": {"agency": {"hourly_rate": 50}}}},
     "roles.content_marketing_manager.agency", "hourly_rate"),
    ({"roles": {"seo_specialist": {"full_time": None}}}, "roles.seo_specialist.full_time",
     "null"),
    ({"roles": []}, "roles", "[]"),
    ({"currency": "usd"}, "currency", '"usd"'),
    ({"currency": 5}, "currency", "5"),
    ({"on_cost_multiplier": 0.5}, "on_cost_multiplier", "0.5"),
    ({"on_cost_multiplier": "1.3"}, "on_cost_multiplier", '"1.3"'),
    ({"coverage": {"agency": 2}}, "coverage.agency", "2"),
    ({"coverage": {"intern": 0.5}}, "coverage.intern", '"intern"'),
    ({"salaries": {}}, "salaries", "{}"),
    ({"schema_version": 2}, "schema_version", "2"),
])
def test_bad_override_names_file_field_and_value(table: CostTable, doc: dict[str, Any],
                                                 field: str, value: str) -> None:
    with pytest.raises(CostFileError) as info:
        apply_overrides(table, doc, "costs.json")
    message = str(info.value)
    assert message.startswith("costs.json: field " + field + ":")
    assert value in message
    assert "\n" not in message


def test_top_level_must_be_an_object(table: CostTable) -> None:
    with pytest.raises(CostFileError, match=r"costs.json: field \(top level\): must be a JSON"):
        apply_overrides(table, [1, 2], "costs.json")


def test_load_costs_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"currency": "GBP"}), encoding="utf-8")
    assert load_costs(path).currency == "GBP"
    assert load_costs().currency == "USD"


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "not valid JSON"),
    (b"{", "not valid JSON"),
    (b'{"currency": NaN}', "NaN is not a number"),
    (b"\xff\xfe\x00", "not a UTF-8 text file"),
])
def test_broken_cost_files(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(content)
    with pytest.raises(CostFileError) as info:
        load_costs(path)
    assert str(info.value).startswith(str(path))
    assert problem in str(info.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CostFileError, match="no such file"):
        load_costs(tmp_path / "nope.json")
    with pytest.raises(CostFileError, match="is a folder"):
        load_costs(tmp_path)


def test_shipped_json_is_what_the_model_reads() -> None:
    raw = read_json("costs", "default.json")
    assert raw["currency"] == "USD"
    assert all(math.isfinite(f.get("annual_salary", 1.0))
               for figs in raw["roles"].values() for f in figs.values())
