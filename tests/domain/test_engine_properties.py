"""Invariants of the engine over thousands of generated profiles, and exactness by brute force."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teambuilder.domain.catalogue import ROLE_IDS, Catalogue, load_catalogue
from teambuilder.domain.costs import CostTable, default_costs
from teambuilder.domain.engine import recommend
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import Recommendation
from teambuilder.domain.solver import Candidate, Selection, build_entries, is_valid, solve
from teambuilder.domain.solver import value_of as solver_value

CATALOGUE = load_catalogue()
COSTS = default_costs()
IN_HOUSE = ("full_time", "part_time")
OUTSOURCED = ("freelance", "agency", "fractional")
SETTINGS = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

sizes = st.one_of(st.integers(1, 120), st.integers(1, 100_000))
budgets = st.one_of(
    st.floats(min_value=0.01, max_value=300_000, allow_nan=False, allow_infinity=False),
    st.sampled_from([840.0, 1000.0, 4136.06, 8272.12, 8272.13, 17310.98]),
    st.integers(1, 60_000).map(float),
)
profiles = st.builds(
    Profile,
    size=sizes,
    focus=st.sampled_from(["b2b", "b2c", "both"]),
    budget=budgets,
    goals=st.lists(st.sampled_from(["awareness", "leads", "sales", "retention"]),
                   max_size=4).map(tuple),
    horizon=st.sampled_from(["quick", "balanced", "long"]),
    have=st.lists(st.sampled_from(ROLE_IDS), max_size=3).map(tuple),
)


def run(profile: Profile, catalogue: Catalogue = CATALOGUE,
        costs: CostTable = COSTS) -> Recommendation:
    return recommend(profile, catalogue, costs)


@SETTINGS
@given(profiles)
def test_never_over_budget_and_every_role_once(profile: Profile) -> None:
    rec = run(profile)
    assert rec.total_monthly_cost <= profile.budget
    assert rec.total_monthly_cost == pytest.approx(sum(x.monthly_cost for x in rec.team))
    in_team = {r for line in rec.team for r in line.roles}
    deferred = [d.role for d in rec.deferred]
    # Every role is in the team or deferred, never both; at most one in-house and one
    # outsourced line per role, and at most one leader.
    assert sorted(in_team | set(deferred)) == sorted(ROLE_IDS)
    assert not in_team & set(deferred) and len(deferred) == len(set(deferred))
    for side in (IN_HOUSE, OUTSOURCED):
        roles = [r for line in rec.team if line.option in side for r in line.roles]
        assert len(roles) == len(set(roles))
    assert len([x for x in rec.team if x.entry_id == "digital_marketing_director"]) <= 1
    assert not in_team & set(profile.have)
    assert 0.0 <= rec.score <= 1.0


@SETTINGS
@given(profiles)
def test_deterministic(profile: Profile) -> None:
    assert run(profile).model_dump_json() == run(profile).model_dump_json()


@SETTINGS
@given(profiles, st.floats(min_value=0, max_value=200_000, allow_nan=False))
def test_more_budget_never_covers_less(profile: Profile, more: float) -> None:
    richer = profile.model_copy(update={"budget": min(1e9, profile.budget + more)})
    assert run(richer).score >= run(profile).score


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles, st.randoms(use_true_random=False))
def test_catalogue_order_does_not_matter(profile: Profile, rnd: random.Random) -> None:
    data = CATALOGUE.model_dump()
    for key in ("roles", "combined_roles", "channels", "sources"):
        rnd.shuffle(data[key])
    shuffled = Catalogue.model_validate(data)
    cost_data = COSTS.model_dump()
    items = list(cost_data["roles"].items())
    rnd.shuffle(items)
    cost_data["roles"] = dict(items)
    costs = CostTable.model_validate(cost_data)
    assert run(profile, shuffled, costs).model_dump_json() == run(profile).model_dump_json()


def test_thousands_of_random_profiles() -> None:
    rng = random.Random(20240601)
    for _ in range(2000):
        profile = Profile(
            size=rng.choice([rng.randint(1, 30), rng.randint(1, 100_000)]),
            focus=rng.choice(["b2b", "b2c", "both"]),
            budget=round(rng.uniform(1, 80_000), 2),
            goals=tuple(g for g in ("awareness", "leads", "sales", "retention")
                        if rng.random() < 0.3),
            horizon=rng.choice(["quick", "balanced", "long"]),
            have=tuple(r for r in ROLE_IDS if rng.random() < 0.1),
        )
        rec = run(profile)
        assert rec.total_monthly_cost <= profile.budget
        in_team = {r for x in rec.team for r in x.roles}
        assert len(in_team) + len(rec.deferred) == 8
        for line in rec.team:
            if line.entry_id == "digital_marketing_director":
                assert len(rec.team) - 1 + len(profile.have) >= 1


# --- exactness: the search against brute force on small random instances ---------------------

def brute_force(cands: list[Candidate], need: list[int], weight: list[int], base: list[int],
                blocked: int, n_have: int, budget: int) -> Selection:
    """Every set of candidates that share no bit and fit the budget (no value bounds at
    all, only those two checks while listing them): the best valid one."""
    sets: list[tuple[Candidate, ...]] = []

    def extend(i: int, chosen: tuple[Candidate, ...], used: int, cost: int) -> None:
        if i == len(cands):
            sets.append(chosen)
            return
        extend(i + 1, chosen, used, cost)
        c = cands[i]
        if not c.mask & (used | blocked) and cost + c.cost <= budget:
            extend(i + 1, (*chosen, c), used | c.mask, cost + c.cost)

    extend(0, (), 0, 0)
    best: tuple[int, int, list[str]] | None = None
    best_set: tuple[Candidate, ...] = ()
    for combo in sets:
        if not is_valid(combo, n_have):
            continue
        value = solver_value(combo, need, base, weight)
        key = (-value, sum(c.cost for c in combo), sorted(c.key for c in combo))
        if best is None or key < best:
            best, best_set = key, combo
    assert best is not None
    return Selection(tuple(sorted(best_set, key=lambda c: c.key)), -best[0], best[1])


def random_instance(rng: random.Random) -> tuple[list[Candidate], dict[str, object]]:
    """Roles with an in-house bit and an outsourced bit each (as the engine builds them),
    combined in-house entries over two roles, and a leader entry with a shared leader bit."""
    n_roles = rng.randint(2, 5)
    n_caps = 4
    out_shift = n_roles
    leader_bit = 1 << (2 * n_roles)
    cands: list[Candidate] = []
    entries = [(f"r{i}", 1 << i) for i in range(n_roles)]
    for k in range(rng.randint(0, 2)):
        members = rng.sample(range(n_roles), 2)
        entries.append((f"c{k}", sum(1 << i for i in members)))
    for eid, roles in entries:
        shape = [rng.choice([0, 0, 1, 3, 6, 9]) * 1000 for _ in range(n_caps)]
        options = [("full_time", 1.0), ("part_time", 0.5), ("agency", 0.35),
                   ("freelance", 0.25)]
        for option, factor in rng.sample(options, rng.randint(1, 4)):
            outsourced = option in OUTSOURCED
            mask = roles << out_shift if outsourced else roles
            cost = rng.choice([50, 100, 120, 200, 300, 400, 413, 827]) * 100
            lead = 0
            if eid == "r0":
                mask |= leader_bit
                lead = rng.choice([0, 0, 0, 1, 2])
            cands.append(Candidate(f"{eid}:{option}", eid, option, mask, cost,
                                   tuple(round(v * factor) for v in shape), lead))
    have = rng.choice([0, 0, 0, 1 << rng.randrange(n_roles)])
    problem: dict[str, object] = {
        "need": [rng.choice([0, 2000, 5000, 10000]) for _ in range(n_caps)],
        "weight": [rng.randint(0, 5) for _ in range(n_caps)],
        "base": [rng.choice([0, 0, 1000, 4000]) for _ in range(n_caps)],
        "blocked": have | have << out_shift,
        "n_have": rng.choice([0, 0, 1]),
        "budget": rng.choice([0, 5000, 15000, 30000, 60000, 150000]),
    }
    return cands, problem


def test_search_is_exact_against_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(600):
        cands, p = random_instance(rng)
        got = solve(build_entries(cands), p["need"], p["weight"], p["base"],  # type: ignore[arg-type]
                    p["blocked"], p["n_have"], p["budget"])  # type: ignore[arg-type]
        want = brute_force(cands, p["need"], p["weight"], p["base"],  # type: ignore[arg-type]
                           p["blocked"], p["n_have"], p["budget"])  # type: ignore[arg-type]
        assert (got.value, got.cost, [c.key for c in got.picks]) == (
            want.value, want.cost, [c.key for c in want.picks])


def test_search_does_not_depend_on_candidate_order() -> None:
    rng = random.Random(11)
    for _ in range(100):
        cands, p = random_instance(rng)
        args = (p["need"], p["weight"], p["base"], p["blocked"], p["n_have"], p["budget"])
        first = solve(build_entries(cands), *args)  # type: ignore[arg-type]
        rng.shuffle(cands)
        again = solve(build_entries(cands), *args)  # type: ignore[arg-type]
        assert [c.key for c in first.picks] == [c.key for c in again.picks]
