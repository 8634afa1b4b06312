"""The recommendation engine follows the seeds' rules and explains every decision."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from teambuilder.domain.catalogue import ROLE_IDS, Capability, Catalogue, load_catalogue
from teambuilder.domain.costs import CostTable, apply_overrides, default_costs
from teambuilder.domain.demand import compute_demand, demand_model
from teambuilder.domain.engine import Engine, recommend
from teambuilder.domain.messages import join_list, text
from teambuilder.domain.money import format_money, format_percent
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import Recommendation


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def costs() -> CostTable:
    return default_costs()


def rec_for(catalogue: Catalogue, costs: CostTable, **profile: Any) -> Recommendation:
    return recommend(Profile(**profile), catalogue, costs)


def team_entries(rec: Recommendation) -> set[str]:
    return {line.entry_id for line in rec.team}


def team_roles(rec: Recommendation) -> set[str]:
    return {r for line in rec.team for r in line.roles}


def rank(rec: Recommendation, channel: str) -> int:
    return rec.channels.index(channel) if channel in rec.channels else len(rec.channels) + 1


# --- seed 003: B2B and B2C ----------------------------------------------------------------

def test_b2b_favours_website_linkedin_and_google(catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=12, focus="b2b", budget=9000)
    assert {"linkedin", "seo_organic"} <= set(rec.channels[:3])
    assert {"website", "google_ads"} <= set(rec.channels)
    for consumer in ("instagram", "pinterest", "facebook"):
        assert rank(rec, "linkedin") < rank(rec, consumer)
    assert rec.demand["seo"] > rec.demand["social"]


def test_b2c_favours_instagram_facebook_pinterest(catalogue: Catalogue,
                                                  costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=12, focus="b2c", budget=9000)
    assert {"instagram", "facebook", "pinterest"} <= set(rec.channels[:4])
    assert rank(rec, "instagram") < rank(rec, "linkedin")
    assert rec.demand["social"] > rec.demand["seo"]
    b2b = rec_for(catalogue, costs, size=12, focus="b2b", budget=9000)
    # The easy purchase flow (marketing technology) matters more to B2C.
    assert rec.demand["martech"] > b2b.demand["martech"]


def test_b2c_team_leans_on_social(catalogue: Catalogue, costs: CostTable) -> None:
    b2c = rec_for(catalogue, costs, size=30, focus="b2c", budget=12000)
    b2b = rec_for(catalogue, costs, size=30, focus="b2b", budget=12000)
    assert b2c.covered["social"] > b2b.covered["social"]
    assert b2b.covered["seo"] >= b2c.covered["seo"]


CONSUMER_ONLY = {"instagram", "facebook", "pinterest", "online_store", "paid_social",
                 "influencers"}


@pytest.mark.parametrize("size", [2, 12, 60, 400, 20000])
@pytest.mark.parametrize("budget", [500, 2500, 6000, 15000, 40000, 150000])
def test_b2b_channels_follow_seed_003(catalogue: Catalogue, costs: CostTable, size: int,
                                      budget: int) -> None:
    rec = rec_for(catalogue, costs, size=size, focus="b2b", budget=budget)
    assert len(rec.channels) <= 6
    assert not CONSUMER_ONLY & set(rec.channels)  # their focus excludes B2B
    assert {"website", "linkedin", "google_ads"} <= set(rec.channels)
    for general in ("twitter", "tiktok"):  # never ahead of email or search ads
        if general in rec.channels:
            assert rank(rec, "email") < rank(rec, general)
            assert rank(rec, "google_ads") < rank(rec, general)


@pytest.mark.parametrize("size", [2, 12, 60, 400, 20000])
@pytest.mark.parametrize("budget", [500, 2500, 6000, 15000, 40000, 150000])
def test_b2c_channels_follow_seed_003(catalogue: Catalogue, costs: CostTable, size: int,
                                      budget: int) -> None:
    rec = rec_for(catalogue, costs, size=size, focus="b2c", budget=budget)
    assert len(rec.channels) <= 6
    assert "linkedin" not in rec.channels
    assert {"instagram", "facebook", "pinterest", "online_store"} <= set(rec.channels)
    assert rec.channels[0] in {"instagram", "facebook", "pinterest"}


def test_small_budget_puts_low_cost_channels_first(catalogue: Catalogue,
                                                   costs: CostTable) -> None:
    low_cost = {c.id for c in catalogue.channels if c.low_cost}
    for focus in ("b2b", "b2c", "both"):
        rec = rec_for(catalogue, costs, size=5, focus=focus, budget=1500)
        assert rec.channels[0] in low_cost and rec.channels[1] in low_cost, focus
    b2b = rec_for(catalogue, costs, size=5, focus="b2b", budget=1500)
    assert {"seo_organic", "linkedin", "blog"} <= set(b2b.channels)


def test_channels_follow_the_chosen_team(catalogue: Catalogue, costs: CostTable) -> None:
    # The same business with the same seed rules: an SEO freelancer works the website, a
    # social media freelancer does not, so the website ranks lower with the latter.
    seo_team = rec_for(catalogue, costs, size=3, focus="b2b", budget=1300)
    no_seo = apply_overrides(costs, {"roles": {"seo_specialist": {
        "freelance": None, "agency": None}}}, "no-seo.json")
    social_team = recommend(Profile(size=3, focus="b2b", budget=1300), catalogue, no_seo)
    assert [x.entry_id for x in seo_team.team] == ["seo_specialist"]
    assert [x.entry_id for x in social_team.team] == ["social_media_manager"]
    assert rank(seo_team, "website") < rank(social_team, "website")


# --- budgets ------------------------------------------------------------------------------

def test_small_budget_gets_generalist_or_low_cost_help_and_no_director(
        catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=8, focus="both", budget=9000)
    assert "digital_marketing_director" not in team_entries(rec)
    assert team_entries(rec) & {"digital_marketing_generalist", "social_content_creator",
                                "content_seo_specialist"} or all(
        line.mode in ("freelance", "agency", "part_time") for line in rec.team)
    tiny = rec_for(catalogue, costs, size=8, focus="b2c", budget=3000)
    assert tiny.team and all(line.mode in ("freelance", "agency") for line in tiny.team)
    assert "digital_marketing_director" not in team_entries(tiny)
    low_cost = {c.id for c in catalogue.channels if c.low_cost}
    assert set(tiny.channels[:3]) <= low_cost
    assert any("seed 003" in n for n in tiny.notes)


def test_large_company_with_large_budget_gets_a_director(catalogue: Catalogue,
                                                        costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=2000, focus="both", budget=120000)
    director = [line for line in rec.team if line.entry_id == "digital_marketing_director"]
    assert director and director[0].option == "full_time"
    assert any("director pays off" in r for r in director[0].reasons)
    assert len(rec.team) >= 5


def test_director_needs_a_team_to_lead(catalogue: Catalogue, costs: CostTable) -> None:
    model = demand_model()
    for budget in (9000, 18000, 26000, 40000, 80000):
        for size in (5, 50, 500):
            rec = rec_for(catalogue, costs, size=size, focus="b2b", budget=budget)
            for line in rec.team:
                if line.entry_id == "digital_marketing_director":
                    others = len(rec.team) - 1
                    assert others >= model.leadership.min_team[line.option]


def test_budget_that_buys_no_one(catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=3, focus="b2c", budget=500)
    assert rec.team == [] and rec.total_monthly_cost == 0
    notes = " ".join(rec.notes)
    assert "guerrilla" in notes and "freelancer" in notes and "blog" in notes
    assert "$500" in notes
    # The path forward starts with the cheapest useful option.
    assert rec.phases and rec.phases[0].monthly_budget == 840
    assert rec.next_steps[0].startswith("With $840 a month")


def test_never_over_budget(catalogue: Catalogue, costs: CostTable) -> None:
    for budget in (100, 839.99, 840, 1000.01, 4136.06, 8272.12, 20000, 33333.33):
        rec = rec_for(catalogue, costs, size=40, focus="both", budget=budget)
        assert rec.total_monthly_cost <= budget
        assert sum(line.monthly_cost for line in rec.team) == pytest.approx(
            rec.total_monthly_cost)


def test_budget_exactly_one_option(catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=3, focus="b2b", budget=840)
    assert [(line.entry_id, line.option) for line in rec.team] == [("seo_specialist",
                                                                     "freelance")]


# --- horizon and goals --------------------------------------------------------------------

def test_quick_horizon_raises_paid_media(catalogue: Catalogue, costs: CostTable) -> None:
    quick = rec_for(catalogue, costs, size=40, focus="both", budget=30000, horizon="quick")
    long = rec_for(catalogue, costs, size=40, focus="both", budget=30000, horizon="long")
    assert quick.demand["paid_ads"] > long.demand["paid_ads"]
    assert long.demand["seo"] > quick.demand["seo"]
    assert rank(quick, "google_ads") < rank(long, "google_ads")
    assert quick.covered["paid_ads"] > long.covered["paid_ads"]
    assert rank(long, "seo_organic") <= rank(quick, "seo_organic")


def test_goals_shift_demand() -> None:
    base = compute_demand(Profile(size=40, focus="both", budget=1000))
    for goal, capability in (("retention", "email_crm"), ("sales", "martech"),
                             ("awareness", "social"), ("leads", "seo")):
        shifted = compute_demand(Profile(size=40, focus="both", budget=1000, goals=(goal,)))
        cap = Capability(capability)
        assert shifted.weights[cap] > base.weights[cap], goal
        assert goal in {r.split("_", 1)[1] for r in shifted.rule_weights if r.startswith("goal")}


def test_leadership_and_analytics_grow_with_size() -> None:
    small = compute_demand(Profile(size=5, focus="b2b", budget=1000))
    large = compute_demand(Profile(size=5000, focus="b2b", budget=1000))
    assert large.weights[Capability.STRATEGY] > small.weights[Capability.STRATEGY]
    assert large.weights[Capability.ANALYTICS] > small.weights[Capability.ANALYTICS]
    assert large.team_size > small.team_size
    assert sum(large.need.values()) > sum(small.need.values())


def test_demand_does_not_depend_on_budget() -> None:
    a = compute_demand(Profile(size=70, focus="b2c", budget=100))
    b = compute_demand(Profile(size=70, focus="b2c", budget=100000))
    assert a == b


def test_digital_product_manager_when_investing_in_digital(catalogue: Catalogue,
                                                          costs: CostTable) -> None:
    # Seed 004: the digital product manager suits organisations that invest in digital
    # products and marketing technology; the owner says so, size alone does not.
    rec = rec_for(catalogue, costs, size=3000, focus="b2c", budget=90000, goals=("sales",),
                  digital_products=True)
    assert "digital_product_manager" in team_roles(rec)
    small = rec_for(catalogue, costs, size=6, focus="b2b", budget=90000)
    assert "digital_product_manager" not in team_roles(small)
    plain = rec_for(catalogue, costs, size=40, focus="both", budget=25000,
                    goals=("sales", "leads"))
    assert "digital_product_manager" not in team_roles(plain)
    digital = rec_for(catalogue, costs, size=40, focus="both", budget=25000,
                      goals=("sales", "leads"), digital_products=True)
    assert "digital_product_manager" in team_roles(digital)
    assert digital.demand["martech"] > plain.demand["martech"]
    line = next(x for x in digital.team if x.entry_id == "digital_product_manager")
    assert any(r.startswith("Takes care of marketing technology") for r in line.reasons)
    assert any("You sell or build digital products" in r for r in line.reasons)
    # The answer changes the demand, never the budget's limit.
    assert compute_demand(Profile(size=40, focus="both", budget=1, digital_products=True)) \
        != compute_demand(Profile(size=40, focus="both", budget=1))


# --- company size: generalists in small companies, specialists in large ones -----------------

COMBINED = {"digital_marketing_generalist", "content_seo_specialist", "social_content_creator",
            "performance_marketer"}


def test_need_grows_past_one_person_in_a_large_company() -> None:
    # Seed 003: large companies have a specialist or a whole team per channel.
    small = compute_demand(Profile(size=5, focus="both", budget=1000))
    large = compute_demand(Profile(size=20000, focus="both", budget=1000))
    assert max(small.need.values()) < 0.5
    assert max(large.need.values()) > 1.0
    assert sum(1 for v in large.need.values() if v > 1.0) >= 4
    assert max(large.need.values()) <= demand_model().need_cap
    # Seeds 002 and 003: one person doing many jobs suits a small company, not a large one.
    assert small.combined_factor == 1.0
    assert large.combined_factor == demand_model().combined_roles.coverage_when_specialised
    mid = compute_demand(Profile(size=40, focus="both", budget=1000))
    assert large.combined_factor < mid.combined_factor < small.combined_factor


@pytest.mark.parametrize(("size", "budget"), [(20000, 300000), (2000, 200000), (500, 150000)])
def test_large_company_with_budget_gets_specialists(catalogue: Catalogue, costs: CostTable,
                                                  size: int, budget: int) -> None:
    rec = rec_for(catalogue, costs, size=size, focus="both", budget=budget)
    assert not team_entries(rec) & COMBINED
    full_time = {x.entry_id for x in rec.team if x.option == "full_time"}
    assert {"digital_marketing_director", "analytics_manager", "seo_specialist",
            "content_marketing_manager", "social_media_manager"} <= full_time
    # More work than one person per channel: outside help next to the in-house specialist.
    assert any(x.option in ("agency", "freelance") and x.entry_id in full_time
               for x in rec.team)
    assert rec.score < 1.0 or rec.total_monthly_cost > 60000
    assert rec.total_monthly_cost <= budget


def test_small_company_with_small_budget_gets_a_generalist(catalogue: Catalogue,
                                                          costs: CostTable) -> None:
    for focus in ("b2b", "b2c", "both"):
        rec = rec_for(catalogue, costs, size=4, focus=focus, budget=5000)
        generalist = [x for x in rec.team if x.entry_id == "digital_marketing_generalist"]
        assert generalist and generalist[0].mode == "part_time", focus
        assert "digital_marketing_director" not in team_entries(rec)
        assert "analytics_manager" not in team_roles(rec)


def test_combined_role_covers_less_in_a_large_company(catalogue: Catalogue,
                                                     costs: CostTable) -> None:
    # Only the generalist can be hired in-house: its line says how much less it covers.
    nothing = dict.fromkeys(("full_time", "part_time", "freelance", "agency", "fractional"))
    others = (*ROLE_IDS, *sorted(COMBINED - {"digital_marketing_generalist"}))
    only = apply_overrides(costs, {"roles": dict.fromkeys(others, nothing)},
                           "only-generalist.json")
    small = recommend(Profile(size=6, focus="both", budget=9000), catalogue, only)
    large = recommend(Profile(size=20000, focus="both", budget=9000), catalogue, only)
    lines = [next(x for x in rec.team if x.entry_id == "digital_marketing_generalist")
             for rec in (small, large)]
    for role, share in lines[0].coverage.items():
        assert lines[1].coverage[role] == pytest.approx(share / 2, abs=1e-3)
    assert not any("covers less of each" in r for r in lines[0].reasons)
    assert any("covers less of each" in r for r in lines[1].reasons)


@pytest.mark.parametrize("size", [3, 40, 600, 20000])
def test_more_budget_never_lowers_coverage(catalogue: Catalogue, costs: CostTable,
                                           size: int) -> None:
    scores = [rec_for(catalogue, costs, size=size, focus="both", budget=b).score
              for b in (500, 1000, 3000, 6000, 12000, 25000, 50000, 100000, 300000)]
    assert scores == sorted(scores)
    assert scores[-1] > scores[0]


# --- reasons name what the line is for -----------------------------------------------------

def covers_sentence(line: Any) -> str:
    return str(next(r for r in line.reasons if r.startswith("Takes care of ")))


def test_reasons_name_the_lines_own_work(catalogue: Catalogue, costs: CostTable) -> None:
    main = {"seo_specialist": "search visibility (SEO)", "paid_media_manager": "paid ads",
            "social_media_manager": "social media",
            "email_marketing_specialist": "customer follow-up by email",
            "content_marketing_manager": "content", "analytics_manager": "performance measurement",
            "digital_marketing_director": "strategic leadership",
            "digital_product_manager": "marketing technology (website, online shop, tools)"}
    seen: set[str] = set()
    for size, budget in ((5, 5000), (8, 9000), (40, 25000), (2000, 200000), (3, 1300)):
        for focus in ("b2b", "b2c", "both"):
            rec = rec_for(catalogue, costs, size=size, focus=focus, budget=budget,
                          goals=("sales", "leads"))
            for line in rec.team:
                sentence = covers_sentence(line)
                if line.entry_id in main:
                    # A single role names its own main work, nothing else.
                    assert sentence.startswith(f"Takes care of {main[line.entry_id]}: "), \
                        sentence
                seen.add(line.entry_id)
    assert {"seo_specialist", "digital_marketing_generalist"} <= seen
    rec = rec_for(catalogue, costs, size=5, focus="b2c", budget=5000)
    generalist = next(x for x in rec.team if x.entry_id == "digital_marketing_generalist")
    assert covers_sentence(generalist).startswith(
        "Takes care of social media, content and customer follow-up by email: ")


def test_capability_names_read_as_one_item_of_a_list() -> None:
    # "X, Y and Z and W" came from names with their own "and"; outside brackets a name
    # has neither the list's separator nor its conjunction, in every language.
    for lang in ("en", "fa", "ar", "ro", "vi"):
        last = text("list.last", lang, head="\0", last="\1")
        conjunction = last.split("\0", 1)[1].split("\1", 1)[0].strip(" ،,")
        separator = text("list.separator", lang).strip()
        for cap in Capability:
            name = text(f"cap.{cap.value}", lang)
            outside = re.sub(r"\([^)]*\)", "", name)
            words = outside.replace("،", " ").replace(",", " ").split()
            assert conjunction not in words, (lang, name)
            assert not separator or separator not in outside, (lang, name)
    assert join_list([text("cap.martech"), text("cap.content"), text("cap.analytics")]) == (
        "marketing technology (website, online shop, tools), content and performance "
        "measurement")


# --- in-house and outsourced lines ------------------------------------------------------------

def test_generalist_with_outsourced_specialists(catalogue: Catalogue, costs: CostTable) -> None:
    # The classic small set-up: one in-house generalist, specialists bought in for depth.
    rec = rec_for(catalogue, costs, size=12, focus="b2b", budget=6000)
    lines = {(x.entry_id, x.option): x for x in rec.team}
    assert ("digital_marketing_generalist", "part_time") in lines
    seo = [x for x in rec.team if x.entry_id == "seo_specialist"]
    assert seo and seo[0].option in ("freelance", "agency")
    assert any(r.startswith("Your part-time Digital Marketing Generalist")
               and "of the work of a full-time SEO Specialist" in r for r in seo[0].reasons)
    # The generalist covers part of SEO, so SEO is in the team, not deferred.
    assert "seo_specialist" not in {d.role for d in rec.deferred}
    # The budget is put to work rather than left idle behind the generalist.
    assert rec.total_monthly_cost >= 0.95 * 6000
    assert_one_line_per_side(rec)


def test_outsourced_line_beside_a_specialist_of_the_same_role(catalogue: Catalogue,
                                                              costs: CostTable) -> None:
    # A cheap agency next to an in-house part-timer of the same role is allowed and explained.
    cheap = apply_overrides(costs, {"roles": {"seo_specialist": {"agency": 100}}}, "cheap.json")
    rec = recommend(Profile(size=40, focus="b2b", budget=15000, horizon="long"), catalogue,
                    cheap)
    seo = {x.option: x for x in rec.team if x.entry_id == "seo_specialist"}
    assert "agency" in seo
    in_house = [x for x in rec.team if x.option in ("full_time", "part_time")
                and "seo_specialist" in x.roles]
    assert len(in_house) == 1
    assert any("covers only about" in r for r in seo["agency"].reasons)
    assert_one_line_per_side(rec)


def test_one_leader_only(catalogue: Catalogue, costs: CostTable) -> None:
    # Even when both are cheap, a director in-house and a fractional one never go together.
    cheap = apply_overrides(costs, {"roles": {"digital_marketing_director": {
        "full_time": 1000, "fractional": 100}}}, "leaders.json")
    rec = recommend(Profile(size=5000, focus="both", budget=200000), catalogue, cheap)
    leaders = [x for x in rec.team if x.entry_id == "digital_marketing_director"]
    assert len(leaders) == 1


# --- roles already covered ------------------------------------------------------------------

def test_roles_already_covered_are_not_bought(catalogue: Catalogue, costs: CostTable) -> None:
    have = ("seo_specialist", "social_media_manager")
    rec = rec_for(catalogue, costs, size=60, focus="both", budget=40000, have=have)
    assert not team_roles(rec) & set(have)
    deferred = {d.role: d for d in rec.deferred}
    for rid in have:
        assert deferred[rid].reason == "Already covered in your company."
        assert deferred[rid].monthly_cost_to_add > 0
    without = rec_for(catalogue, costs, size=60, focus="both", budget=40000)
    assert rec.covered["seo"] >= without.covered["seo"]


def test_unknown_have_is_an_error(catalogue: Catalogue, costs: CostTable) -> None:
    with pytest.raises(ValueError, match="have: unknown role id 'cmo'"):
        rec_for(catalogue, costs, size=5, focus="b2b", budget=1000, have=("cmo",))


# --- the shape of the answer ---------------------------------------------------------------

def test_every_role_accounted_for_once(catalogue: Catalogue, costs: CostTable) -> None:
    for budget in (300, 5000, 25000, 150000):
        rec = rec_for(catalogue, costs, size=120, focus="b2b", budget=budget,
                      have=("analytics_manager",))
        in_team = team_roles(rec)
        deferred = [d.role for d in rec.deferred]
        assert len(deferred) == len(set(deferred))
        assert sorted(in_team | set(deferred)) == sorted(ROLE_IDS)
        assert not in_team & set(deferred)
        assert_one_line_per_side(rec)


def assert_one_line_per_side(rec: Recommendation) -> None:
    """Each role has at most one in-house line and at most one outsourced line."""
    for side in (("full_time", "part_time"), ("freelance", "agency", "fractional")):
        roles = [r for line in rec.team if line.option in side for r in line.roles]
        assert len(roles) == len(set(roles)), (side, roles)
    leaders = [line for line in rec.team if line.entry_id == "digital_marketing_director"]
    assert len(leaders) <= 1


def test_lines_explain_themselves(catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=12, focus="b2b", budget=9000)
    assert rec.team
    for line in rec.team:
        assert len(line.reasons) >= 2
        assert all(r and r[0].isupper() and r.endswith((".", ")")) for r in line.reasons)
        assert line.mode in ("full_time", "part_time", "freelance", "agency")
    combined = [line for line in rec.team if len(line.roles) > 1]
    for line in combined:
        assert any("one salary" in r for r in line.reasons)
        assert set(line.coverage) == set(line.roles)
    for d in rec.deferred:
        assert d.reason and d.monthly_cost_to_add >= 0


def test_fractional_leader_is_an_outside_contractor(costs: CostTable,
                                                    catalogue: Catalogue) -> None:
    cheap_director = apply_overrides(costs, {"roles": {"digital_marketing_director": {
        "full_time": None, "part_time": None, "fractional": 500}}}, "x.json")
    rec = recommend(Profile(size=500, focus="both", budget=5000), catalogue, cheap_director)
    lines = [line for line in rec.team if line.entry_id == "digital_marketing_director"]
    assert lines and lines[0].option == "fractional" and lines[0].mode == "freelance"
    assert lines[0].title.startswith("Fractional ")


def test_next_steps_grow_the_team(catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=200, focus="both", budget=10000)
    assert len(rec.phases) == len(rec.next_steps) == 3
    budgets = [p.monthly_budget for p in rec.phases]
    assert budgets == sorted(budgets) and budgets[0] > rec.total_monthly_cost
    scores = [p.score for p in rec.phases]
    assert scores == sorted(scores) and scores[0] > rec.score
    assert all(s.startswith("With $") for s in rec.next_steps)


def test_full_coverage_says_so(catalogue: Catalogue, costs: CostTable) -> None:
    rec = rec_for(catalogue, costs, size=2, focus="b2b", budget=50000)
    assert rec.score == 1.0
    assert rec.next_steps == [text("step.complete")]
    # Full coverage is bought at the lowest cost: the money is not spent for nothing.
    assert rec.total_monthly_cost < 10000


def test_currency_follows_the_cost_table(catalogue: Catalogue, costs: CostTable) -> None:
    eur = apply_overrides(costs, {"currency": "EUR"}, "eur.json")
    rec = recommend(Profile(size=10, focus="b2b", budget=9000), catalogue, eur)
    assert rec.currency == "EUR"
    assert any("eur.json" in n for n in rec.notes)
    assert not any("$" in s for s in [*rec.notes, *rec.next_steps])
    assert any("€" in s for s in rec.notes)


def test_deterministic(catalogue: Catalogue, costs: CostTable) -> None:
    profile = Profile(size=77, focus="both", budget=23456.78, goals=("leads", "sales"),
                      horizon="quick", have=("email_marketing_specialist",))
    first = recommend(profile, catalogue, costs).model_dump_json()
    fresh = Engine(load_catalogue(), default_costs()).recommend(profile)
    assert first == fresh.model_dump_json()


def test_json_shape_matches_cli_contract(catalogue: Catalogue, costs: CostTable) -> None:
    data = json.loads(rec_for(catalogue, costs, size=12, focus="b2b",
                              budget=9000).model_dump_json())
    for key in ("profile", "team", "deferred", "total_monthly_cost", "monthly_budget",
                "channels", "next_steps", "notes"):
        assert key in data
    for line in data["team"]:
        assert {"title", "roles", "mode", "monthly_cost", "reasons"} <= set(line)
    for d in data["deferred"]:
        assert {"role", "reason", "monthly_cost_to_add"} <= set(d)


# --- messages and money ---------------------------------------------------------------------

def test_money_and_percent() -> None:
    assert format_money(6200, "USD") == "$6,200"
    assert format_money(1234567.5, "EUR") == "€1,234,568"
    assert format_money(float("nan"), "USD") == "$-"
    assert format_percent(0.756) == "76%"


def test_messages_fall_back_to_english_per_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from teambuilder.domain import messages

    fake = {"mode.agency": "آژانس", "list.last": "{head} و {missing}"}
    real = messages.templates

    def templates(lang: str) -> dict[str, str]:
        return fake if lang == "xx" else real(lang)

    monkeypatch.setattr(messages, "templates", templates)
    assert text("mode.agency", "xx") == "آژانس"
    assert text("mode.freelance", "xx") == "freelancer"  # missing key: English
    assert join_list(["a", "b"], "xx") == "a and b"  # broken template: English
    assert text("mode.agency", "zz") == "agency"  # unknown language: English
    with pytest.raises(KeyError):
        text("no.such.key")


def test_a_deferred_digital_product_manager_says_the_owner_can_ask_for_one() -> None:
    """Without digital products the role is left out, and the reason says what would change
    that (seed 004's ideal use), not that the team already does its work."""
    for lang in ("en", "fa", "vi"):
        rec = recommend(Profile(size=12, focus="b2b", budget=9000), load_catalogue(lang),
                        default_costs(), lang=lang)
        dpm = next(d for d in rec.deferred if d.role == "digital_product_manager")
        assert dpm.reason == text("deferred.no_digital_products", lang)

    rec = recommend(Profile(size=300, focus="b2c", budget=60000, digital_products=True),
                    load_catalogue("en"), default_costs())
    assert "digital_product_manager" in {r for line in rec.team for r in line.roles}


def test_the_demand_models_deferral_reasons_name_real_roles_and_messages() -> None:
    model = demand_model()
    assert model.deferred_reasons
    for why in model.deferred_reasons:
        assert why.role in ROLE_IDS
        assert text(why.message)  # KeyError if the message does not exist
