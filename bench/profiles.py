"""Deterministic random business profiles for the engine benchmark (pure Python)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any

FOCUSES = ("b2b", "b2c", "both")
GOALS = ("awareness", "leads", "sales", "retention")
HORIZONS = ("quick", "balanced", "long")


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    """A value spread evenly over orders of magnitude: as many 5-person firms as 5000-person."""
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def random_profiles(count: int, seed: int, role_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Return ``count`` profile documents (Profile fields), the same for the same seed.

    Sizes run from 1 to 100000 people and budgets from 100 to 300000 a month, both
    log-uniform; focus, horizon, goals and roles already covered are drawn uniformly.
    """
    rng = random.Random(seed)
    profiles: list[dict[str, Any]] = []
    for _ in range(count):
        size = min(100_000, max(1, round(_log_uniform(rng, 1, 100_000))))
        budget = round(_log_uniform(rng, 100, 300_000), 2)
        goals = [g for g in GOALS if rng.random() < 0.3]
        have = [r for r in role_ids if rng.random() < 0.1]
        profiles.append({
            "size": size,
            "focus": rng.choice(FOCUSES),
            "budget": budget,
            "goals": goals,
            "horizon": rng.choice(HORIZONS),
            "have": have,
        })
    return profiles
