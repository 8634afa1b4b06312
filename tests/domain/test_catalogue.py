"""The shipped role catalogue: faithful to the seeds, complete, and safe to edit or translate."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from teambuilder.domain.catalogue import (
    ROLE_IDS,
    Capability,
    Catalogue,
    CatalogueError,
    CombinedRole,
    Role,
    _overlay,
    load_catalogue,
)
from teambuilder.domain.resources import read_json

# The comparison table at the end of seed 004 (Vietnamese, "So Sánh 8 Vai Trò"):
# implementation complexity (Cao/Trung bình) and resource requirements (Cao/Vừa phải).
SEED_004_TABLE: dict[str, tuple[str, str]] = {
    "digital_marketing_director": ("high", "high"),
    "content_marketing_manager": ("medium", "high"),
    "social_media_manager": ("medium", "moderate"),
    "seo_specialist": ("high", "moderate"),
    "paid_media_manager": ("medium", "high"),
    "analytics_manager": ("high", "moderate"),
    "email_marketing_specialist": ("medium", "moderate"),
    "digital_product_manager": ("high", "high"),
}

_COMPLEXITY_RANK = {"low": 0, "medium": 1, "high": 2}
_RESOURCES_RANK = {"low": 0, "moderate": 1, "high": 2}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def raw() -> dict[str, Any]:
    data = read_json("catalogue", "catalogue.json")
    assert isinstance(data, dict)
    return data


# --- the shipped content ---------------------------------------------------------------


def test_catalogue_parses_in_english(catalogue: Catalogue) -> None:
    assert catalogue.language == "en"
    assert len(catalogue.roles) == 8
    assert len(catalogue.combined_roles) >= 3


def test_unknown_language_falls_back_to_english(catalogue: Catalogue) -> None:
    other = load_catalogue("xx")
    assert other.language == "en"
    assert [r.name for r in other.roles] == [r.name for r in catalogue.roles]


def test_roles_are_exactly_the_eight_of_seed_004_in_article_order(catalogue: Catalogue) -> None:
    assert [r.id for r in catalogue.roles] == list(ROLE_IDS)
    assert set(SEED_004_TABLE) == set(ROLE_IDS)


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_ratings_equal_the_seed_004_table(catalogue: Catalogue, role_id: str) -> None:
    role = catalogue.role(role_id)
    assert isinstance(role, Role)
    assert (role.complexity, role.resources) == SEED_004_TABLE[role_id]
    assert catalogue.complexity_of(role) == role.complexity
    assert catalogue.resources_of(role) == role.resources


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_every_role_is_complete(catalogue: Catalogue, role_id: str) -> None:
    role = catalogue.role(role_id)
    assert isinstance(role, Role)
    assert len(role.responsibilities) >= 3
    assert len(role.pros) >= 3
    assert len(role.cons) >= 3
    assert len(role.kpis) >= 3
    assert len(role.tips) >= 3
    assert len(role.examples) >= 1
    for text in (role.summary, role.expected_results, role.ideal_use_case, role.key_advantage,
                 role.complexity_note, role.resources_note):
        assert text.strip()
    assert "seed_004" in role.sources


def test_leadership_level_goes_to_the_director(catalogue: Catalogue) -> None:
    # Seed 000: leading, budgeting and coordinating the team is the manager level.
    director = catalogue.role("digital_marketing_director")
    assert director.level == "leadership"
    assert all(r.level in ("leadership", "specialist") for r in catalogue.roles)


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_capabilities_have_one_strong_primary(catalogue: Catalogue, role_id: str) -> None:
    role = catalogue.role(role_id)
    assert isinstance(role, Role)
    shares = sorted(role.capabilities.values(), reverse=True)
    assert 0.8 <= shares[0] <= 0.9
    assert all(s < shares[0] for s in shares[1:])


def test_director_covers_strategy_most(catalogue: Catalogue) -> None:
    caps = catalogue.capabilities_of(catalogue.role("digital_marketing_director"))
    assert max(caps, key=caps.__getitem__) is Capability.STRATEGY
    others = [r for r in catalogue.roles if r.id != "digital_marketing_director"]
    assert all(r.capabilities.get(Capability.STRATEGY, 0.0) < caps[Capability.STRATEGY]
               for r in others)


def test_every_capability_has_a_primary_role(catalogue: Catalogue) -> None:
    for cap in Capability:
        assert any(r.capabilities.get(cap, 0.0) >= 0.8 for r in catalogue.roles), cap


def test_email_return_figure_keeps_its_attribution(catalogue: Catalogue) -> None:
    email = catalogue.role("email_marketing_specialist")
    text = " ".join(email.pros)
    assert "$42" in text and "$1" in text
    assert "8 key roles" in text  # attributed to seed 004, which quotes it


# --- combined roles --------------------------------------------------------------------


def test_required_combined_roles_exist(catalogue: Catalogue) -> None:
    ids = {c.id for c in catalogue.combined_roles}
    assert "digital_marketing_generalist" in ids
    assert len(ids - {"digital_marketing_generalist"}) >= 2


def test_generalist_covers_the_everyday_channels_partly(catalogue: Catalogue) -> None:
    generalist = catalogue.role("digital_marketing_generalist")
    assert isinstance(generalist, CombinedRole)
    for rid in ("social_media_manager", "content_marketing_manager",
                "email_marketing_specialist", "seo_specialist", "paid_media_manager"):
        assert 0.0 < generalist.merges[rid] < 1.0


def test_combined_roles_are_complete_and_merge_known_roles(catalogue: Catalogue) -> None:
    for combo in catalogue.combined_roles:
        assert combo.kind == "combined"
        assert combo.level == "generalist"
        assert len(combo.merges) >= 2
        for rid, share in combo.merges.items():
            assert rid in ROLE_IDS
            assert 0.0 < share <= 1.0
        assert len(combo.responsibilities) >= 3
        assert len(combo.pros) >= 3
        assert len(combo.cons) >= 3
        assert len(combo.kpis) >= 3
        assert len(combo.tips) >= 3
        assert combo.expected_results and combo.ideal_use_case and combo.key_advantage


def test_combined_ratings_derive_from_the_merged_roles(catalogue: Catalogue) -> None:
    for combo in catalogue.combined_roles:
        rows = [SEED_004_TABLE[rid] for rid in combo.merges]
        hardest = max((c for c, _ in rows), key=_COMPLEXITY_RANK.__getitem__)
        heaviest = max((r for _, r in rows), key=_RESOURCES_RANK.__getitem__)
        assert catalogue.complexity_of(combo) == hardest
        assert catalogue.resources_of(combo) == heaviest


def test_capability_coverage_never_exceeds_one(catalogue: Catalogue) -> None:
    for entry in catalogue.entries():
        for cap, share in catalogue.capabilities_of(entry).items():
            assert 0.0 <= share <= 1.0, (entry.id, cap)


def test_combined_role_covers_less_than_the_specialists_it_merges(catalogue: Catalogue) -> None:
    # One person doing several jobs is spread thin: never deeper than the specialist.
    for combo in catalogue.combined_roles:
        caps = catalogue.capabilities_of(combo)
        for rid in combo.merges:
            single = catalogue.role(rid)
            assert isinstance(single, Role)
            primary = max(single.capabilities, key=single.capabilities.__getitem__)
            assert caps[primary] < single.capabilities[primary], (combo.id, rid)


# --- channels and sources --------------------------------------------------------------


def test_sources_are_the_five_seeds(catalogue: Catalogue) -> None:
    assert [s.id for s in catalogue.sources] == [f"seed_00{i}" for i in range(5)]
    assert [s.language for s in catalogue.sources] == ["fa", "ar", "ro", "ar", "vi"]
    assert all(s.note for s in catalogue.sources)


def test_every_reference_resolves(catalogue: Catalogue) -> None:
    channel_ids = {ch.id for ch in catalogue.channels}
    assert len(channel_ids) == len(catalogue.channels)
    for ch in catalogue.channels:
        assert catalogue.source(ch.source).id == ch.source
        assert ch.focus
    for entry in catalogue.entries():
        for cid in entry.channels:
            assert catalogue.channel(cid).id == cid
        for sid in entry.sources:
            assert catalogue.source(sid).id == sid


def test_channels_follow_seed_003(catalogue: Catalogue) -> None:
    # B2B: website, LinkedIn, Google. B2C: Instagram, Pinterest, Facebook over LinkedIn.
    assert catalogue.channel("linkedin").focus == ["b2b"]
    for cid in ("instagram", "pinterest", "facebook"):
        assert catalogue.channel(cid).focus == ["b2c"]
    for cid in ("website", "seo_organic", "google_ads"):
        assert "b2b" in catalogue.channel(cid).focus
    # Small budget: social media, blogs and SEO give a high return at low cost.
    for cid in ("blog", "seo_organic", "instagram", "facebook", "linkedin"):
        assert catalogue.channel(cid).low_cost
    for cid in ("google_ads", "paid_social", "email"):
        assert not catalogue.channel(cid).low_cost


def test_every_capability_except_strategy_and_analytics_has_a_channel(
    catalogue: Catalogue,
) -> None:
    with_channel = {ch.capability for ch in catalogue.channels}
    assert set(Capability) - with_channel == {Capability.STRATEGY, Capability.ANALYTICS}


# --- edited catalogue files ------------------------------------------------------------


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "my catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_edited_copy_of_the_shipped_file_loads(tmp_path: Path, raw: dict[str, Any]) -> None:
    raw["roles"][0]["summary"] = "Edited summary."
    loaded = load_catalogue(path=_write(tmp_path, raw))
    assert loaded.roles[0].summary == "Edited summary."


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"roles": [', encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path=path)
    assert str(path) in str(info.value)
    assert "not valid JSON" in str(info.value)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue(path=path)


def test_missing_field_names_file_and_field(tmp_path: Path, raw: dict[str, Any]) -> None:
    del raw["roles"][2]["summary"]
    path = _write(tmp_path, raw)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path=path)
    message = str(info.value)
    assert str(path) in message
    assert "roles.2.summary" in message


def test_bad_rating_names_file_field_and_value(tmp_path: Path, raw: dict[str, Any]) -> None:
    raw["roles"][0]["complexity"] = "extreme"
    path = _write(tmp_path, raw)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path=path)
    message = str(info.value)
    assert str(path) in message
    assert "roles.0.complexity" in message
    assert "extreme" in message


def test_share_above_one_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    raw["combined_roles"][0]["merges"]["seo_specialist"] = 1.5
    with pytest.raises(CatalogueError, match=r"combined_roles\.0\.merges"):
        load_catalogue(path=_write(tmp_path, raw))


def test_combined_role_doing_more_than_one_person_is_rejected(tmp_path: Path,
                                                             raw: dict[str, Any]) -> None:
    # Each share is below 1, but together they would be more than two people's work.
    raw["combined_roles"][0]["merges"] = {"social_media_manager": 0.8,
                                          "content_marketing_manager": 0.8,
                                          "seo_specialist": 0.6}
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path=_write(tmp_path, raw))
    message = str(info.value)
    assert "combined_roles.0" in message
    assert "2.20 full-time people" in message and "at most 1.25" in message


def test_shipped_combined_roles_are_about_one_person(catalogue: Catalogue) -> None:
    # The catalogue's rule: one person's shares add up to 1.0-1.2 people (a little
    # synergy from doing related jobs in one head), never two people's work.
    for combo in catalogue.combined_roles:
        assert 1.0 <= sum(combo.merges.values()) <= 1.2 + 1e-9, combo.id


def test_unknown_channel_reference_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    raw["roles"][1]["channels"].append("carrier_pigeon")
    with pytest.raises(CatalogueError, match="carrier_pigeon"):
        load_catalogue(path=_write(tmp_path, raw))


def test_missing_role_is_rejected(tmp_path: Path, raw: dict[str, Any]) -> None:
    raw["roles"] = [r for r in raw["roles"] if r["id"] != "seo_specialist"]
    with pytest.raises(CatalogueError, match="seo_specialist"):
        load_catalogue(path=_write(tmp_path, raw))


# --- translation overlays --------------------------------------------------------------


def _role(raw: dict[str, Any], role_id: str) -> dict[str, Any]:
    return next(r for r in raw["roles"] if r["id"] == role_id)


def test_overlay_replaces_text_fields(raw: dict[str, Any]) -> None:
    base = copy.deepcopy(raw)
    pros = ["a", "b", "c"]
    over = {"roles": {"seo_specialist": {"name": "Chuyên gia SEO", "pros": pros}}}
    merged = _overlay(base, over)
    seo = _role(merged, "seo_specialist")
    assert seo["name"] == "Chuyên gia SEO"
    assert seo["pros"] == pros
    # Untouched fields and untouched roles stay English.
    assert seo["summary"] == _role(raw, "seo_specialist")["summary"]
    assert _role(merged, "analytics_manager") == _role(raw, "analytics_manager")
    assert base == raw  # the English data is not modified in place
    Catalogue.model_validate(merged)


def test_overlay_never_changes_ids_ratings_or_numbers(raw: dict[str, Any]) -> None:
    over = {
        "roles": {
            "seo_specialist": {
                "id": "hacked",
                "complexity": "low",
                "resources": "low",
                "level": "leadership",
                "capabilities": {"seo": 0.1},
                "channels": ["email"],
            }
        },
        "combined_roles": {"digital_marketing_generalist": {"merges": {"seo_specialist": 1.0}}},
        "channels": {"linkedin": {"focus": ["b2c"], "low_cost": False, "name": "LinkedIn*"}},
    }
    merged = _overlay(copy.deepcopy(raw), over)
    assert _role(merged, "seo_specialist") == _role(raw, "seo_specialist")
    generalist = next(c for c in merged["combined_roles"]
                      if c["id"] == "digital_marketing_generalist")
    original = next(c for c in raw["combined_roles"] if c["id"] == "digital_marketing_generalist")
    assert generalist["merges"] == original["merges"]
    linkedin = next(c for c in merged["channels"] if c["id"] == "linkedin")
    assert linkedin["focus"] == ["b2b"] and linkedin["low_cost"] is True
    assert linkedin["name"] == "LinkedIn*"  # a text field still translates


def test_overlay_list_of_wrong_length_falls_back_to_english(raw: dict[str, Any]) -> None:
    english = _role(raw, "paid_media_manager")
    over = {"roles": {"paid_media_manager": {
        "cons": ["only one"],
        "tips": ["x"] * (len(english["tips"]) + 1),
        "kpis": [""] * len(english["kpis"]),  # blank items are not a translation
        "summary": "   ",
    }}}
    merged = _overlay(copy.deepcopy(raw), over)
    paid = _role(merged, "paid_media_manager")
    assert paid["cons"] == english["cons"]
    assert paid["tips"] == english["tips"]
    assert paid["kpis"] == english["kpis"]
    assert paid["summary"] == english["summary"]


def test_overlay_translates_examples_in_order(raw: dict[str, Any]) -> None:
    english = _role(raw, "social_media_manager")["examples"]
    over = {"roles": {"social_media_manager": {"examples": [{"text": "Dịch"}]}}}
    merged = _overlay(copy.deepcopy(raw), over)
    examples = _role(merged, "social_media_manager")["examples"]
    assert examples[0] == {"name": english[0]["name"], "text": "Dịch"}
    assert examples[1:] == english[1:]
