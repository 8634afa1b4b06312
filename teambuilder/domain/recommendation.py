"""The engine's answer, in the shape the CLI prints as JSON (a documented contract).

The engine builds these models from values it computed itself, without validation
(:func:`teambuilder.domain.trusted.construct`; ``tests/domain/test_trusted.py``
checks that this gives exactly what validation gives), so their validators are only built
(``defer_build``) when something does validate one.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from teambuilder.domain.profile import Profile

Mode = Literal["full_time", "part_time", "freelance", "agency"]


class TeamLine(BaseModel):
    """One person or outsourced service in the recommended team."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    title: str
    entry_id: str = Field(description="Catalogue id of the role or combined role staffed.")
    roles: list[str] = Field(description="Ids of the seed-004 roles this line covers.")
    coverage: dict[str, float] = Field(
        default_factory=dict, description="Share of each covered role's work (combined roles)."
    )
    mode: Mode
    option: str = Field(description="Staffing option id, e.g. 'fractional' for a fractional CMO.")
    monthly_cost: float
    reasons: list[str]


class DeferredRole(BaseModel):
    """A seed-004 role left out of the team, why, and what it would cost to add."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    role: str
    reason: str
    monthly_cost_to_add: float
    mode_to_add: Mode
    option_to_add: str = Field(default="", description="Staffing option id of that cost.")


class NextStep(BaseModel):
    """One phase of the growth path: what to add when the budget reaches ``monthly_budget``."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    monthly_budget: float
    entry_id: str
    option: str
    mode: Mode
    replaces_option: str | None = Field(
        default=None, description="The option of the same role it upgrades, if any."
    )
    score: float = Field(description="Share of total demand covered after this step, 0-1.")


class Recommendation(BaseModel):
    """The recommended team for a profile within its budget."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    profile: Profile
    currency: str
    team: list[TeamLine]
    deferred: list[DeferredRole]
    total_monthly_cost: float
    monthly_budget: float
    channels: list[str] = Field(description="Channel ids to favour, most important first.")
    next_steps: list[str]
    notes: list[str]
    demand: dict[str, float] = Field(default_factory=dict, description="Demand per capability.")
    covered: dict[str, float] = Field(
        default_factory=dict, description="Demand-weighted coverage per capability."
    )
    score: float = Field(default=0.0, description="Share of total demand the team covers, 0-1.")
    phases: list[NextStep] = Field(
        default_factory=list, description="The growth path behind next_steps, as data."
    )
