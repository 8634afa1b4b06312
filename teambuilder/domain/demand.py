"""From a business profile to a demand for each capability (data: ``resources/engine/demand.json``).

Each rule encodes one piece of advice from the seed articles ("B2B builds leads through the
website, LinkedIn and Google", "a small company gets most from social media, blogs and SEO",
...). A rule applies to a profile with a multiplier between 0 and 1; its weights are added up,
normalised, and scaled by the expected size of the marketing team, which grows with the head
count (about one marketer per 10-11 employees), so a large company needs more than one person's
work in a capability (seed 003: large companies have a specialist or a whole team per channel).
The same growth makes a combined role worth less (:attr:`Demand.combined_factor`): one person
doing many jobs suits a small company, a large one splits them across specialists (seeds 002
and 003). The budget plays no part here: it only limits what the engine can buy, so a larger
budget can never change what the business needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from teambuilder.domain.catalogue import Capability
from teambuilder.domain.profile import Focus, Goal, Horizon, Profile
from teambuilder.domain.resources import read_json
from teambuilder.domain.trusted import construct

CAPABILITIES: tuple[Capability, ...] = tuple(Capability)
"""Every capability, in a fixed order (the order of the vectors the engine works with)."""

Weight = Annotated[float, Field(ge=0, le=10, allow_inf_nan=False)]
Multiplier = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]


class _Strict(BaseModel):
    # Validators are built on first use: the shipped data is constructed without one.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class When(_Strict):
    """Conditions of a rule; the rule's multiplier is the product of those present.

    Attributes:
        focus: multiplier by market focus (a focus not listed gives 0).
        horizon: multiplier by time horizon (a horizon not listed gives 0).
        goal: the rule applies (1) only when the profile has this goal.
        size: ``growth`` rises from 0 to 1 as the expected team grows from one person to
            a fully specialised team; ``small`` is the opposite.
        digital_products: the rule applies (1) only when the profile's ``digital_products``
            answer is this value.
    """

    focus: dict[Focus, Multiplier] | None = None
    horizon: dict[Horizon, Multiplier] | None = None
    goal: Goal | None = None
    size: Literal["growth", "small"] | None = None
    digital_products: bool | None = None


class Rule(_Strict):
    """One piece of seed advice turned into extra demand for some capabilities."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    when: When
    add: dict[Capability, Weight]
    channels: list[str] = Field(default_factory=list)
    channel_weight: Annotated[float, Field(ge=0, le=10, allow_inf_nan=False)] = 1.0
    """How much the rule counts when ranking its channels (the focus rules count most)."""
    seeds: list[str] = Field(min_length=1)
    why: Annotated[str, Field(min_length=1)]


class Base(_Strict):
    """Demand every business has, whatever its profile.

    Attributes:
        channels: channels every e-marketer works (seed 003: SEO, a blog, email); they
            rank after the channels an applying rule names.
    """

    weights: dict[Capability, Weight]
    channels: list[str] = Field(default_factory=list)
    seeds: list[str]
    why: str


class TeamSize(_Strict):
    """Expected size of the marketing team, in people, from the company's head count.

    Attributes:
        max: the largest team the demand grows to.
        specialised: the team at which work is fully split across specialists (growth 1).
    """

    employees_per_marketer: Annotated[float, Field(gt=0)]
    min: Annotated[float, Field(gt=0)]
    max: Annotated[float, Field(gt=0)]
    specialised: Annotated[float, Field(gt=0)] = 8.0
    source: str
    assumption: str


class CombinedRoles(_Strict):
    """How much a combined role (one person doing several roles' work) is worth by size.

    Attributes:
        coverage_when_specialised: share of its small-company coverage a combined role
            still gives once the company's work is fully split across specialists; in
            between it falls linearly with growth.
    """

    coverage_when_specialised: Annotated[float, Field(ge=0, le=1)] = 1.0
    seeds: list[str] = Field(default_factory=list)
    why: str = ""


class Reasons(_Strict):
    """How a team line's reasons are chosen.

    Attributes:
        main_share: a combined role names the main capability of each role it merges with
            at least this share of that role's work.
        most: at most this many capabilities are named.
        combined_large_below: a combined role also says that it covers less in a company
            of this size when it keeps at most this share of its coverage.
    """

    main_share: Annotated[float, Field(ge=0, le=1)] = 0.2
    most: Annotated[int, Field(ge=1)] = 3
    combined_large_below: Annotated[float, Field(ge=0, le=1)] = 0.75
    why: str = ""


class DeferredReason(_Strict):
    """Why a role the profile does not call for is left out, where the seeds tie the role
    to something only the owner can tell (instead of "the team already covers it").

    Attributes:
        role: the role's id.
        when: the profile this applies to (as a rule's condition).
        message: the message key that says it (``resources/messages``).
    """

    role: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    when: When
    message: Annotated[str, Field(pattern=r"^deferred\.[a-z0-9_]+$")]
    seeds: list[str] = Field(min_length=1)
    why: Annotated[str, Field(min_length=1)]


class Leadership(_Strict):
    """How many other people a leadership role needs to lead, by staffing option."""

    min_team: dict[str, Annotated[int, Field(ge=0)]]
    seeds: list[str]
    why: str


class DemandModel(_Strict):
    """The whole data-driven demand model."""

    schema_version: Literal[1] = 1
    note: str = ""
    team_size: TeamSize
    need_cap: Annotated[float, Field(gt=0, le=10)]
    base: Base
    rules: list[Rule]
    leadership: Leadership
    combined_roles: CombinedRoles = Field(default_factory=CombinedRoles)
    reasons: Reasons = Field(default_factory=Reasons)
    deferred_reasons: list[DeferredReason] = Field(default_factory=list)
    channel_boost: Annotated[float, Field(ge=0)] = 1.0
    base_channel_boost: Annotated[float, Field(ge=0)] = 0.5
    unworked_channel_factor: Annotated[float, Field(ge=0, le=1)] = 0.5
    low_cost_boost: Annotated[float, Field(ge=1)] = 1.5
    channels_note: str = ""

    @model_validator(mode="after")
    def _unique_ids(self) -> DemandModel:
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise ValueError("rule ids must be unique")
        return self


@dataclass(frozen=True)
class Demand:
    """What one profile needs (computed, so a plain dataclass rather than a validated model).

    Attributes:
        team_size: expected marketing team, in people.
        weights: normalised share of each capability in the total (sums to 1).
        need: demand per capability, in full-time people (capped).
        rule_weights: how much each applying rule added to each capability (for reasons).
        rule_strength: how strongly each rule applies to the profile, 0 to 1.
        combined_factor: share of its nominal coverage a combined role gives this company
            (1 for a small company, lower as the work is split across specialists).
    """

    team_size: float
    weights: dict[Capability, float]
    need: dict[Capability, float]
    rule_weights: dict[str, dict[Capability, float]]
    rule_strength: dict[str, float]
    combined_factor: float = 1.0


_MODEL: DemandModel | None = None


def demand_model() -> DemandModel:
    """The shipped demand model (read once)."""
    global _MODEL
    if _MODEL is None:
        # Shipped and validated by the tests: no validator needs to be built at start.
        _MODEL = construct(DemandModel, read_json("engine", "demand.json"))
    return _MODEL


def expected_team_size(size: int, model: DemandModel) -> float:
    """Expected marketing head count for a company of ``size`` people."""
    ts = model.team_size
    return max(ts.min, min(ts.max, size / ts.employees_per_marketer))


def growth(size: int, model: DemandModel) -> float:
    """0 for a team of one person or less, rising linearly to 1 at a fully specialised
    team (and staying there)."""
    team = expected_team_size(size, model)
    top = model.team_size.specialised
    if top <= 1:
        return 1.0
    return max(0.0, min(1.0, (team - 1.0) / (top - 1.0)))


def rule_strength(rule: Rule, profile: Profile, model: DemandModel) -> float:
    """How strongly a rule applies to a profile, 0 to 1."""
    return when_strength(rule.when, profile, model)


def when_strength(w: When, profile: Profile, model: DemandModel) -> float:
    """How strongly a condition holds for a profile, 0 (not at all) to 1."""
    m = 1.0
    if w.focus is not None:
        m *= w.focus.get(profile.focus, 0.0)
    if w.horizon is not None:
        m *= w.horizon.get(profile.horizon, 0.0)
    if w.goal is not None:
        m *= 1.0 if w.goal in profile.goals else 0.0
    if w.size is not None:
        g = growth(profile.size, model)
        m *= g if w.size == "growth" else 1.0 - g
    if w.digital_products is not None:
        m *= 1.0 if profile.digital_products == w.digital_products else 0.0
    return m


def compute_demand(profile: Profile, model: DemandModel | None = None) -> Demand:
    """Turn a profile into a demand per capability (independent of the budget)."""
    model = model or demand_model()
    raw = {c: model.base.weights.get(c, 0.0) for c in CAPABILITIES}
    rule_weights: dict[str, dict[Capability, float]] = {}
    strengths: dict[str, float] = {}
    for rule in model.rules:
        m = rule_strength(rule, profile, model)
        strengths[rule.id] = m
        if m <= 0:
            continue
        added = {c: m * w for c, w in rule.add.items() if w > 0}
        rule_weights[rule.id] = added
        for c, w in added.items():
            raw[c] += w
    total = sum(raw.values())
    weights = {c: (raw[c] / total if total > 0 else 1.0 / len(raw)) for c in CAPABILITIES}
    team = expected_team_size(profile.size, model)
    need = {c: min(model.need_cap, weights[c] * team) for c in CAPABILITIES}
    combined = 1.0 - (1.0 - model.combined_roles.coverage_when_specialised) * growth(
        profile.size, model)
    return Demand(team_size=team, weights=weights, need=need, rule_weights=rule_weights,
                  rule_strength=strengths, combined_factor=combined)
