"""Exact search for the best set of staffing options (branch and bound, integer arithmetic).

The problem: each candidate (a role or combined role staffed in one way) has a monthly cost
and a coverage vector over the capabilities. Candidates carry a bit mask and no two
candidates of a set share a bit; the engine gives every seed role one bit for an in-house line
and one for an outsourced line, so the solver itself knows nothing about roles. A leadership
candidate needs a minimum number of other people in the team. The value of a set is the
weighted demand it covers, ``sum(weight[c] * min(need[c], base[c] + coverage[c]))``:
coverage adds up, with diminishing returns, since once a capability's need is met more of it
is worth nothing.

:func:`solve` returns the set of highest value within the budget; ties go to the lower cost,
then to the smaller sorted list of candidate keys, so the answer never depends on the order
the candidates come in. Everything is done in integers (coverage in 1/10,000 of a person,
money in cents), so equal values compare equal whatever order they were added in.

:func:`growth_path` suggests what to add next as the budget grows, one step at a time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from operator import add, mul
from typing import NamedTuple

SCALE = 10_000
"""Coverage units per full-time person."""


class Candidate(NamedTuple):
    """One way to staff one catalogue entry.

    Attributes:
        key: ``"<entry id>:<option>"``, unique and used for stable tie-breaks.
        entry_id: the role or combined role.
        option: the staffing option id.
        mask: bits this candidate uses up (no two candidates of a set share one).
        cost: monthly cost in cents (at least 1).
        vec: coverage per capability, in :data:`SCALE` units.
        min_team: other people needed in the team for this candidate to pay off (0: none).
    """

    key: str
    entry_id: str
    option: str
    mask: int
    cost: int
    vec: tuple[int, ...]
    min_team: int = 0


@dataclass(frozen=True, slots=True)
class Entry:
    """The non-dominated candidates of one catalogue entry that use the same bits.

    One catalogue entry may give several entries, for example a role's in-house options
    and its outsourced ones; a set holds at most one candidate of each.
    """

    id: str
    mask: int
    options: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class Selection:
    """A set of candidates (sorted by key) with its covered value and total cost."""

    picks: tuple[Candidate, ...]
    value: int
    cost: int


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a growth path: add a candidate, or upgrade one (``replaces``)."""

    add: Candidate
    replaces: Candidate | None
    selection: Selection


def _dominates(a: Candidate, b: Candidate, vec_a: Sequence[int], vec_b: Sequence[int]) -> bool:
    """True when ``a`` is never worse than ``b`` in a set and is preferred on a tie."""
    if a.cost > b.cost or a.min_team > b.min_team:
        return False
    if any(x < y for x, y in zip(vec_a, vec_b, strict=True)):
        return False
    # Swapping b for a never lowers the value; at the same cost the smaller key also wins
    # the tie-break, so b can never be the unique best choice.
    return a.cost < b.cost or a.key < b.key


def _undominated(group: Sequence[tuple[Candidate, tuple[int, ...]]]
                 ) -> list[tuple[Candidate, tuple[int, ...]]]:
    """The (candidate, vector) pairs that no other pair of the same group dominates."""
    return [(c, v) for c, v in group
            if not any(_dominates(o, c, w, v) for o, w in group if o is not c)]


def build_entries(candidates: Iterable[Candidate]) -> tuple[Entry, ...]:
    """Group candidates by catalogue entry and mask, drop dominated ones, sort by id.

    A candidate is dominated when another one of the same group covers at least as much of
    every capability, needs no larger team, and costs less (or the same, with a smaller
    key): swapping it in always gives a set at least as good under the tie-break rules,
    so the search never needs the dominated one.
    """
    by_group: dict[tuple[str, int], list[Candidate]] = {}
    for c in candidates:
        by_group.setdefault((c.entry_id, c.mask), []).append(c)
    entries = []
    for (entry_id, mask), group in sorted(by_group.items()):
        kept = [c for c, _ in _undominated([(c, c.vec) for c in group])]
        kept.sort(key=lambda c: (-sum(c.vec), c.cost, c.key))
        entries.append(Entry(f"{entry_id}/{mask:x}", mask, tuple(kept)))
    return tuple(entries)


def coverage(picks: Iterable[Candidate], base: Sequence[int]) -> tuple[int, ...]:
    """Coverage per capability of a set of candidates on top of ``base``."""
    cov = tuple(base)
    for p in picks:
        cov = tuple(map(add, cov, p.vec))
    return cov


def value_of(picks: Iterable[Candidate], need: Sequence[int], base: Sequence[int],
             weight: Sequence[int]) -> int:
    """Weighted demand covered by a set of candidates on top of ``base`` (in-house)."""
    return sum(map(mul, weight, map(min, need, coverage(picks, base))))


def is_valid(picks: Sequence[Candidate], n_have: int) -> bool:
    """Every leadership candidate has enough other people (lines plus in-house) to lead."""
    others = len(picks) - 1 + n_have
    return all(p.min_team <= others for p in picks)


def _tie_key(picks: Iterable[Candidate]) -> list[str]:
    return sorted(p.key for p in picks)


class Scorer:
    """The value of coverage for one profile, on coverage vectors packed into one integer.

    Each capability gets a field of ``width`` bits whose top bit is a guard. For packed
    coverage ``v`` and need ``n``, ``(n | guards) - v`` keeps a field's guard bit exactly
    where ``n >= v`` (no borrow crosses a field), which gives ``min(n, v)`` field by
    field in a handful of integer operations instead of a Python loop over capabilities.
    Multiplying by the weights packed in reverse order puts ``sum(weight * min(n, v))``
    in one field of the product; the fields are wide enough that no partial sum overflows.

    Args:
        need: demand per capability.
        weight: value of one unit of covered need, per capability (non-negative).
        base: coverage already in the company.
        most: an upper bound on any coverage value that will be packed.
    """

    def __init__(self, need: Sequence[int], weight: Sequence[int], base: Sequence[int],
                 most: int) -> None:
        k = len(need)
        sums = max(need, default=0) * max(weight, default=0) * max(k, 1) + 1
        width = max(most.bit_length(), sums.bit_length(), 1) + 2
        self.width = width
        guard = 1 << (width - 1)
        self.guards = sum(guard << (width * c) for c in range(k))
        self.need = self.pack(need)
        self.need_guarded = self.need | self.guards
        self.weights = sum(w << (width * (k - 1 - c)) for c, w in enumerate(weight))
        self.shift = width * (k - 1)
        self.field = (1 << width) - 1
        self.top = width - 1
        self.base = self.pack(base)
        self.total = self.value(self.need)
        """The value of every need met."""

    def pack(self, vec: Iterable[int]) -> int:
        """One integer holding the vector's fields (every value in ``0 .. most``)."""
        width = self.width
        return sum(v << (width * c) for c, v in enumerate(vec))

    def value(self, cov: int) -> int:
        """``sum(weight[c] * min(need[c], cov[c]))`` for packed coverage ``cov``."""
        ge = (self.need_guarded - cov) & self.guards
        low = ge - (ge >> self.top)  # all bits below the guard, where need >= coverage
        capped = (cov & low) | (self.need & ~low)
        return ((capped * self.weights) >> self.shift) & self.field


class _Option(NamedTuple):
    """A candidate as the search sees it for one profile."""

    cost: int
    packed: int  # coverage capped at the residual need, packed
    mask: int
    min_team: int
    gain: int  # value it adds on its own
    cand: Candidate


class _Bound:
    """A linear-relaxation bound on what groups ``k, k+1, ...`` can still add.

    Each group's options become the steps of their upper concave hull of (cost, gain); all
    steps, sorted by falling gain per cost, are the linear relaxation of picking at most one
    option per group (bits shared between groups are ignored, which only loosens it). Gains
    are each option's value on its own, which is never less than what it adds to a set
    (coverage has diminishing returns), so both answers are safe bounds.
    """

    __slots__ = ("costs", "gains", "steps")

    def __init__(self, steps: list[tuple[int, int, int]]) -> None:
        # steps: (sort key, cost, gain), already sorted by the key
        self.steps = [(c, g) for _, c, g in steps]
        self.costs = [0, *accumulate(c for c, _ in self.steps)]
        self.gains = [0, *accumulate(g for _, g in self.steps)]

    def most_gain(self, money: int) -> int:
        """An upper bound on the value these groups can add for ``money``."""
        i = bisect_right(self.costs, money) - 1  # steps 0..i-1 fit whole
        if i >= len(self.steps):
            return self.gains[-1]
        c, g = self.steps[i]
        return self.gains[i] + ((money - self.costs[i]) * g + c - 1) // c

    def least_cost(self, gain: int) -> int:
        """A lower bound on the money these groups need to add ``gain`` (may be huge)."""
        if gain <= 0:
            return 0
        i = bisect_left(self.gains, gain)  # the first prefix that reaches the gain
        if i >= len(self.gains):
            return 1 << 62
        c, g = self.steps[i - 1]
        return self.costs[i - 1] + ((gain - self.gains[i - 1]) * c) // g


def _hull_steps(points: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Upper concave hull of (cost, gain) points starting at (0, 0), as (cost, gain) steps.

    Taking a group's steps in order of falling gain per cost, the last one possibly in
    part, is the linear relaxation of choosing one of its options.
    """
    hull: list[tuple[int, int]] = [(0, 0)]
    for c, g in sorted(set(points)):
        if g <= hull[-1][1]:
            continue
        while len(hull) >= 2:
            (c1, g1), (c2, g2) = hull[-2], hull[-1]
            if (g2 - g1) * (c - c1) <= (g - g1) * (c2 - c1):
                hull.pop()  # the middle point is not above the chord
            else:
                break
        hull.append((c, g))
    return [(b[0] - a[0], b[1] - a[1]) for a, b in pairwise(hull)]


class _Search:
    """One run of :func:`solve` (the state of the branch and bound)."""

    def __init__(self, entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
                 base: Sequence[int], blocked: int, n_have: int, budget: int) -> None:
        self.budget = budget
        self.n_have = n_have
        res = tuple(max(0, n - b) for n, b in zip(need, base, strict=True))
        free = [e for e in entries if not e.mask & blocked]
        # An option that covers nothing still matters when a leader needs people to lead.
        leader = any(o.min_team for e in free for o in e.options)
        most = sum(base) + max(need, default=0) + 1
        groups: list[tuple[int, str, list[tuple[Candidate, tuple[int, ...]]]]] = []
        for e in free:
            # Capping coverage at the residual need keeps every set's value and lets the
            # profile drop more options (a part-timer who already meets the need makes the
            # full-timer pointless).
            opts = _undominated([(o, tuple(map(min, o.vec, res))) for o in e.options
                                 if o.cost <= budget])
            if not leader:
                opts = [(o, v) for o, v in opts if any(v)]
            if opts:
                best = max(sum(map(mul, weight, v)) for _, v in opts)
                groups.append((-best, e.id, opts))
                most += sum(max(col) for col in zip(*(v for _, v in opts), strict=True))
        # Most valuable groups first: good sets are found early and bounds shrink fast.
        groups.sort(key=lambda g: (g[0], g[1]))
        self.scorer = scorer = Scorer(need, weight, base, most)
        pack = scorer.pack
        self.groups: list[tuple[int, list[_Option]]] = []
        for _, _, opts in groups:
            options = [_Option(o.cost, pack(v), o.mask, o.min_team,
                               sum(map(mul, weight, v)), o) for o, v in opts]
            options.sort(key=lambda o: (-o.gain, o.cost, o.cand.key))
            mask = 0
            for o in options:
                mask |= o.mask
            self.groups.append((mask, options))
        n = len(self.groups)
        # Suffix data for the bounds: the coverage all groups k.. could add at most, and
        # the linear relaxation of their options.
        self.rest = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            widest = tuple(map(max, *(_unpack(o.packed, scorer.width, len(need))
                                      for o in self.groups[k][1]), (0,) * len(need)))
            self.rest[k] = self.rest[k + 1] + pack(widest)
        # Exact order of gain per cost: g1/c1 > g2/c2 implies floor(g1*M/c1) >
        # floor(g2*M/c2) whenever M >= 4 * c1 * c2, so sorting on the integer key is exact.
        ratio_scale = 1 << (2 * max((o.cost for _, group in self.groups for o in group),
                                    default=1).bit_length() + 2)
        tagged: list[tuple[int, int, int, int]] = []
        for k, (_, group) in enumerate(self.groups):
            for c, g in _hull_steps((o.cost, o.gain) for o in group):
                tagged.append((-(g * ratio_scale // c), k, c, g))
        tagged.sort()
        self.bounds = [_Bound([(key, c, g) for key, j, c, g in tagged if j >= k])
                       for k in range(n + 1)]
        self.best_value = -1
        self.best_cost = 0
        self.best: tuple[Candidate, ...] = ()

    # --- the incumbent -----------------------------------------------------------------

    def _offer(self, value: int, cost: int, picks: tuple[Candidate, ...]) -> None:
        """Keep ``picks`` if it beats the best set so far (it must be valid)."""
        if value > self.best_value or (value == self.best_value and (
                cost < self.best_cost
                or (cost == self.best_cost and _tie_key(picks) < _tie_key(self.best)))):
            self.best_value, self.best_cost, self.best = value, cost, picks

    def greedy(self) -> None:
        """A good first set: repeatedly add the option with the most value per cent.

        Branch and bound cuts a branch only against the best set found so far, so a
        strong start prunes most of the tree at once.
        """
        value_of_packed = self.scorer.value
        cov = self.scorer.base
        value = value_of_packed(cov)
        cost = mask = 0
        picks: tuple[Candidate, ...] = ()
        team_needed = 0
        self._offer(value, cost, picks)
        while True:
            best: tuple[int, int, _Option] | None = None
            others = len(picks) + self.n_have
            for gmask, opts in self.groups:
                if gmask & mask:
                    continue
                for o in opts:
                    if o.cost > self.budget - cost or o.min_team > others:
                        continue
                    gain = value_of_packed(cov + o.packed) - value
                    if gain > 0 and (best is None or gain * best[1] > best[0] * o.cost):
                        best = (gain, o.cost, o)
            if best is None:
                return
            gain, _, o = best
            cov += o.packed
            value += gain
            cost += o.cost
            mask |= o.mask
            picks = (*picks, o.cand)
            team_needed = max(team_needed, o.min_team)
            if team_needed <= len(picks) - 1 + self.n_have:
                self._offer(value, cost, picks)

    # --- the tree ------------------------------------------------------------------------

    def run(self) -> tuple[tuple[Candidate, ...], int]:
        """The best set and its cost."""
        self.greedy()
        groups, bounds, rest = self.groups, self.bounds, self.rest
        value_of_packed = self.scorer.value
        budget, n_have, n = self.budget, self.n_have, len(self.groups)

        def visit(start: int, cov: int, value: int, cost: int, picks: tuple[Candidate, ...],
                  mask: int, team_needed: int) -> None:
            if team_needed <= len(picks) - 1 + n_have:
                self._offer(value, cost, picks)
            left = budget - cost
            for k in range(start, n):
                # Can anything made of groups k.. still beat the best set? The bounds only
                # shrink as k grows, so once the answer is no, it is no for the rest too.
                gap = self.best_value - value
                most = min(bounds[k].most_gain(left), value_of_packed(cov + rest[k]) - value)
                if most < gap:
                    return
                if most == gap and cost + max(1, bounds[k].least_cost(gap)) > self.best_cost:
                    return  # at best a tie on value, and it would cost more
                gmask, opts = groups[k]
                if gmask & mask:
                    continue
                for o in opts:
                    if o.cost <= left and not o.mask & mask:
                        visit(k + 1, cov + o.packed, value_of_packed(cov + o.packed),
                              cost + o.cost, (*picks, o.cand), mask | o.mask,
                              max(team_needed, o.min_team))

        base = self.scorer.base
        visit(0, base, value_of_packed(base), 0, (), 0, 0)
        return self.best, self.best_cost


def _unpack(packed: int, width: int, k: int) -> tuple[int, ...]:
    field = (1 << width) - 1
    return tuple((packed >> (width * c)) & field for c in range(k))


def solve(entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
          base: Sequence[int], blocked: int, n_have: int, budget: int) -> Selection:
    """The best valid set of candidates costing at most ``budget`` cents (see module doc).

    A greedy pass finds a good first set; then branch and bound over the groups (most
    valuable first) cuts a branch when even an optimistic bound cannot beat the best set:
    all remaining coverage at once (ignores money) and the linear relaxation of the
    remaining choices (ignores overlaps). A branch that could at best tie on value is cut
    when the relaxation says the tie would cost more.

    Args:
        entries: from :func:`build_entries`.
        need: demand per capability, in :data:`SCALE` units.
        weight: value of one unit of covered need, per capability (non-negative).
        base: coverage the company already has in-house.
        blocked: bits of seed roles already covered in-house (no candidate may use them).
        n_have: number of in-house roles (they count as people a leader can lead).
        budget: monthly budget in cents.

    Returns:
        The selection, made of the caller's own candidate objects.
    """
    picks, cost = _Search(entries, need, weight, base, blocked, n_have, budget).run()
    picks = tuple(sorted(picks, key=lambda p: p.key))
    return Selection(picks, value_of(picks, need, base, weight), cost)


def growth_path(entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
                base: Sequence[int], blocked: int, n_have: int, start: Selection,
                steps: int = 3) -> list[Step]:
    """What to add next, step by step, as the budget grows beyond ``start``'s cost.

    Each step adds the candidate (or upgrades a line to another option of the same
    catalogue entry) that covers the most extra demand per unit of money, on top of the
    previous step; ties go to the cheaper move, then to the smaller key. Stops when
    nothing adds value.
    """
    need_t, weight_t = tuple(need), tuple(weight)
    path: list[Step] = []
    current = start
    cov = coverage(start.picks, base)
    for _ in range(steps):
        size = len(current.picks)
        best: tuple[int, int, str, Candidate, Candidate | None, tuple[int, ...]] | None = None
        for e in entries:
            if e.mask & blocked:
                continue
            for o in e.options:
                for old in (None, *(p for p in current.picks if p.entry_id == o.entry_id)):
                    if old is not None and old.key == o.key:
                        continue
                    used = 0
                    for p in current.picks:
                        if p is not old:
                            used |= p.mask
                    extra = o.cost - (old.cost if old is not None else 0)
                    others = size + n_have - (1 if old is not None else 0)
                    if extra <= 0 or o.mask & used or o.min_team > others:
                        continue
                    new_cov = tuple(map(add, cov, o.vec))
                    if old is not None:
                        new_cov = tuple(a - b for a, b in zip(new_cov, old.vec, strict=True))
                    gained = sum(map(mul, weight_t, map(min, need_t, new_cov))) - current.value
                    if gained <= 0:
                        continue
                    if best is None or gained * best[1] > best[0] * extra or (
                        gained * best[1] == best[0] * extra
                        and (extra, o.key) < (best[1], best[2])
                    ):
                        best = (gained, extra, o.key, o, old, new_cov)
        if best is None:
            break
        gained, extra, _, o, old, cov = best
        picks = tuple(sorted((*(p for p in current.picks if p is not old), o),
                             key=lambda p: p.key))
        current = Selection(picks, current.value + gained, current.cost + extra)
        path.append(Step(o, old, current))
    return path
