"""Pure helpers of the benchmark harness: order statistics and the figure/target logic.

Nothing here measures anything, so it is unit-tested without timing (tests/test_bench.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

TargetOn = Literal["value", "ratio", "p95"]
"""Whether a target bounds the measured value, its ratio to the floor, or its p95."""


def median(values: Sequence[float]) -> float:
    """Return the median of ``values`` (the mean of the two middle values for an even count).

    Raises:
        ValueError: if ``values`` is empty.
    """
    if not values:
        raise ValueError("median of an empty sequence")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: Sequence[float], pct: float) -> float:
    """Return the ``pct`` percentile of ``values`` by the nearest-rank method.

    Nearest rank always returns an observed value, so "p95 <= 2 ms" means that at least
    95 % of the observations really took 2 ms or less.

    Raises:
        ValueError: if ``values`` is empty or ``pct`` is outside 0-100.
    """
    if not values:
        raise ValueError("percentile of an empty sequence")
    if not 0 <= pct <= 100:
        raise ValueError(f"percentile must be within 0-100, got {pct}")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def p95(values: Sequence[float]) -> float:
    """Return the 95th percentile of ``values`` (nearest rank)."""
    return percentile(values, 95)


def ratio(value: float, floor: float) -> float:
    """Return ``value / floor``, or infinity when the floor is not positive."""
    if floor <= 0:
        return math.inf
    return value / floor


def paired_ratios(subject: Sequence[float], floor: Sequence[float]) -> list[float]:
    """Return the ratio of each subject run to the floor run it alternated with.

    Raises:
        ValueError: if the two sequences differ in length or are empty.
    """
    if len(subject) != len(floor) or not subject:
        raise ValueError("paired runs must be non-empty and of equal length")
    return [ratio(s, f) for s, f in zip(subject, floor, strict=True)]


def meets(measured: float, target: float) -> bool:
    """Return whether a measured figure is within its upper-bound target."""
    return math.isfinite(measured) and measured <= target


@dataclass
class Figure:
    """One benchmark result: the value, its floor, their ratio and the target it is held to.

    Attributes:
        name: key of the figure in the report (``start``, ``engine``...).
        title: what was measured, in words.
        unit: unit of ``value`` and ``floor`` (``s``, ``ms``, ``MB``).
        value: the measured figure for TeamBuilder (a median or p50 for repeated samples).
        floor: the same statistic of the floor, measured in the same run, or None.
        floor_label: what the floor is.
        ratio: the subject against the floor (see :func:`ratio`), None without a floor.
        target: upper bound the figure must meet.
        target_on: whether ``target`` bounds ``value``, ``ratio`` or ``p95``.
        p95: the 95th percentile of the samples, for figures with many samples.
        stretch: an optional tighter target.
        details: any further numbers (runs, percentiles, counts).
    """

    name: str
    title: str
    unit: str
    value: float
    target: float
    target_on: TargetOn
    floor: float | None = None
    floor_label: str = ""
    ratio: float | None = None
    stretch: float | None = None
    p95: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def judged(self) -> float:
        """The number the target applies to."""
        if self.target_on == "ratio":
            if self.ratio is None:
                raise ValueError(f"figure {self.name} has a ratio target but no ratio")
            return self.ratio
        if self.target_on == "p95":
            if self.p95 is None:
                raise ValueError(f"figure {self.name} has a p95 target but no p95")
            return self.p95
        return self.value

    @property
    def passed(self) -> bool:
        """Whether the figure meets its target."""
        return meets(self.judged, self.target)

    @property
    def stretch_passed(self) -> bool | None:
        """Whether the figure meets its stretch target, None when it has none."""
        if self.stretch is None:
            return None
        return meets(self.judged, self.stretch)

    def to_json(self) -> dict[str, Any]:
        """Return the figure as a JSON-ready dict, with its pass flags."""
        data = asdict(self)
        data["pass"] = self.passed
        data["stretch_pass"] = self.stretch_passed
        for key in ("value", "floor", "ratio", "p95"):
            number = data[key]
            if isinstance(number, float) and not math.isfinite(number):
                data[key] = None  # JSON has no infinity; a missing ratio reads as null.
        return data
