"""Child process of the engine benchmark: time ``recommend()`` and the Profile floor.

Usage: ``python bench/engine_bench.py COUNT SEED``. Prints one JSON object with the
per-call times in milliseconds of validating a Profile alone (the floor) and of
``recommend()`` (the subject), over the same ``COUNT`` random profiles.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

if not __package__:  # Run as a script: make ``bench`` importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.profiles import random_profiles
from teambuilder.domain.catalogue import ROLE_IDS, load_catalogue
from teambuilder.domain.costs import load_costs
from teambuilder.domain.engine import recommend
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import Recommendation

WARM_UP = 20
"""Calls made before timing, on other profiles, so lazy caches do not count as per-call."""


def main(argv: list[str]) -> int:
    """Time the floor and the engine over ``argv[0]`` profiles seeded with ``argv[1]``."""
    count, seed = int(argv[0]), int(argv[1])
    start = time.perf_counter()
    catalogue = load_catalogue()
    costs = load_costs()
    load_ms = (time.perf_counter() - start) * 1e3

    documents = random_profiles(count, seed, ROLE_IDS)
    warm = [Profile.model_validate(d) for d in random_profiles(WARM_UP, seed + 1, ROLE_IDS)]

    start = time.perf_counter()
    first = recommend(warm[0], catalogue, costs)
    first_call_ms = (time.perf_counter() - start) * 1e3
    for profile in warm[1:]:
        recommend(profile, catalogue, costs)

    clock = time.perf_counter_ns
    floor_ms: list[float] = []
    for document in documents:
        t0 = clock()
        Profile.model_validate(document)
        floor_ms.append((clock() - t0) / 1e6)

    profiles = [Profile.model_validate(d) for d in documents]
    engine_ms: list[float] = []
    engine_cpu_ms: list[float] = []
    cpu = time.thread_time_ns
    over_budget = 0
    for profile in profiles:
        c0 = cpu()
        t0 = clock()
        result = recommend(profile, catalogue, costs)
        engine_ms.append((clock() - t0) / 1e6)
        # CPU time too: on a busy machine, wall time also counts waiting for a core.
        engine_cpu_ms.append((cpu() - c0) / 1e6)
        if result.total_monthly_cost > profile.budget + 1e-6:
            over_budget += 1

    json.dump({
        "count": count,
        "seed": seed,
        "load_ms": load_ms,
        "first_call_ms": first_call_ms,
        "first_is_recommendation": isinstance(first, Recommendation),
        "over_budget": over_budget,
        "floor_ms": floor_ms,
        "engine_ms": engine_ms,
        "engine_cpu_ms": engine_cpu_ms,
    }, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
