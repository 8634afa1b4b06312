"""The business profile the user describes: size, market focus, budget, goals."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Focus = Literal["b2b", "b2c", "both"]
Goal = Literal["awareness", "leads", "sales", "retention"]
Horizon = Literal["quick", "balanced", "long"]

MIN_SIZE = 1
MAX_SIZE = 100_000
MAX_BUDGET = 1e9
"""Upper bound on a monthly budget: far above any small business, below float trouble."""


class Profile(BaseModel):
    """What the owner tells us about the business.

    Attributes:
        size: head count of the whole company.
        focus: who the business sells to.
        budget: monthly budget for marketing people, in the cost table's currency.
        goals: optional marketing goals.
        horizon: quick results, balanced, or long-term growth.
        have: ids of roles someone in the company already covers.
        digital_products: the business sells or builds digital products or runs an online
            platform (its own software, app or web service), so marketing technology needs
            an owner (seed 004: the digital product manager).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    size: Annotated[int, Field(ge=MIN_SIZE, le=MAX_SIZE, strict=False)]
    focus: Focus
    budget: Annotated[float, Field(gt=0, le=MAX_BUDGET)]
    goals: tuple[Goal, ...] = ()
    horizon: Horizon = "balanced"
    have: tuple[str, ...] = ()
    digital_products: Annotated[bool, Field(strict=True)] = False

    @field_validator("budget")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("budget must be a finite number")
        return value

    @field_validator("goals", "have")
    @classmethod
    def _sorted_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # Order never matters to the engine; normalising keeps results deterministic.
        return tuple(sorted(set(value)))
