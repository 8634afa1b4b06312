"""Exact search for the best set of staffing options (branch and bound, integer arithmetic).

The problem: each candidate (a role or combined role staffed in one way) has a monthly cost
and a coverage vector over the capabilities; each seed role may be used by at most one
candidate (a combined role uses up every role it merges); a leadership candidate needs a
minimum number of other people in the team. The value of a set is the weighted demand it
covers, ``sum(weight[c] * min(need[c], base[c] + coverage[c]))``: diminishing returns, since
once a capability's need is met more of it is worth nothing.

:func:`solve` returns the set of highest value within the budget; ties go to the lower cost,
then to the smaller sorted list of candidate keys, so the answer never depends on the order
the candidates come in. Everything is done in integers (coverage in 1/10,000 of a person,
money in cents), so equal values compare equal whatever order they were added in.

:func:`growth_path` suggests what to add next as the budget grows, one step at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cmp_to_key
from itertools import pairwise
from operator import add, le, mul, sub
from typing import NamedTuple

SCALE = 10_000
"""Coverage units per full-time person."""

_NEVER = 2**62


class Candidate(NamedTuple):
    """One way to staff one catalogue entry.

    Attributes:
        key: ``"<entry id>:<option>"``, unique and used for stable tie-breaks.
        entry_id: the role or combined role.
        option: the staffing option id.
        mask: bit set of the seed roles this candidate uses up.
        cost: monthly cost in cents.
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
    """All non-dominated candidates of one catalogue entry, widest coverage first."""

    id: str
    mask: int
    options: tuple[Candidate, ...]
    maxvec: tuple[int, ...]


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


def build_entries(candidates: Iterable[Candidate]) -> tuple[Entry, ...]:
    """Group candidates by entry, drop dominated ones, and sort everything by id.

    A candidate is dominated when another one of the same entry covers at least as much of
    every capability, needs no larger team, and costs less (or the same, with a smaller
    key): swapping it in always gives a set at least as good under the tie-break rules,
    so the search never needs the dominated one.

    Raises:
        ValueError: candidates of one entry use different roles.
    """
    by_entry: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_entry.setdefault(c.entry_id, []).append(c)
    entries = []
    for entry_id in sorted(by_entry):
        group = by_entry[entry_id]
        masks = {c.mask for c in group}
        if len(masks) != 1:
            raise ValueError(f"{entry_id}: candidates of one entry must use the same roles")
        entries.append(_entry(entry_id, masks.pop(), group, None))
    return tuple(entries)


def _entry(entry_id: str, mask: int, group: Sequence[Candidate],
           res: Sequence[int] | None) -> Entry:
    """An entry with its dominated candidates removed (judged on vectors capped at ``res``)."""
    vecs = {c.key: (c.vec if res is None else tuple(map(min, c.vec, res))) for c in group}
    kept = [c for c in group
            if not any(_dominates(o, c, vecs[o.key], vecs[c.key]) for o in group if o is not c)]
    kept.sort(key=lambda c: (-sum(vecs[c.key]), c.cost, c.key))
    options = tuple(
        c if res is None else Candidate(c.key, c.entry_id, c.option, c.mask, c.cost,
                                        vecs[c.key], c.min_team)
        for c in kept
    )
    maxvec = tuple(max(col) for col in zip(*(o.vec for o in options), strict=True))
    return Entry(entry_id, mask, options, maxvec)


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


def _hull_steps(points: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Upper concave hull of (cost, gain) points starting at (0, 0), as (cost, gain) steps.

    Taking an entry's steps in order of falling gain per cost, the last one possibly in
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


def _by_slope(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    """Order hull steps by falling gain per cost (exactly, by cross-multiplication)."""
    return b[1] * a[0] - a[1] * b[0]


_WIDE = 64
"""Field width of packed vectors whenever the numbers allow it (then packings are cached)."""

_PACKED: dict[tuple[int, ...], int] = {}


class _Packer:
    """Coverage vectors packed into one integer, and their covered value, exactly.

    Each capability gets a field of ``width`` bits whose top bit is a guard. For packed
    coverage ``v`` and need ``n``, ``(n | guards) - v`` keeps a field's guard bit exactly
    where ``n >= v`` (no borrow crosses a field), which gives ``min(n, v)`` field by
    field. Multiplying by the weights packed in reverse order puts
    ``sum(weight * min(n, v))`` in one field of the product; the fields are wide enough
    that no partial sum overflows into it.
    """

    def __init__(self, need: Sequence[int], weight: Sequence[int], most: int) -> None:
        k = len(need)
        sums = max(need, default=0) * max(weight, default=0) * max(k, 1) + 1
        width = max(most.bit_length(), sums.bit_length()) + 2
        self.cached = width <= _WIDE
        width = max(width, _WIDE)
        self.width = width
        guard = 1 << (width - 1)
        self.guards = sum(guard << (width * c) for c in range(k))
        self.need = self.pack(tuple(need))
        self.need_guarded = self.need | self.guards
        self.weights = sum(w << (width * (k - 1 - c)) for c, w in enumerate(weight))
        self.shift = width * (k - 1)
        self.field = (1 << width) - 1
        self.top = width - 1

    def pack(self, vec: tuple[int, ...]) -> int:
        """One integer holding the vector's fields."""
        if self.cached:
            packed = _PACKED.get(vec)
            if packed is None:
                packed = sum(v << (_WIDE * c) for c, v in enumerate(vec))
                if len(_PACKED) < 100_000:
                    _PACKED[vec] = packed
            return packed
        width = self.width
        return sum(v << (width * c) for c, v in enumerate(vec))

    def value(self, cov: int) -> int:
        """``sum(weight[c] * min(need[c], cov[c]))`` for packed coverage ``cov``."""
        ge = (self.need_guarded - cov) & self.guards
        low = ge - (ge >> self.top)  # all bits below the guard, where need >= coverage
        capped = (cov & low) | (self.need & ~low)
        return ((capped * self.weights) >> self.shift) & self.field


# One option of one entry in the search: cost, packed coverage, roles used, team needed,
# the candidate itself; and its gain on its own (for the bounds).
_Item = tuple[int, int, int, int, Candidate]


def _capped_options(e: Entry, res: tuple[int, ...]) -> list[tuple[Candidate, tuple[int, ...]]]:
    """The entry's candidates with coverage capped at ``res``, dominated ones dropped."""
    if all(map(le, e.maxvec, res)):
        return [(o, o.vec) for o in e.options]  # nothing to cap: already non-dominated
    capped = [(o, tuple(map(min, o.vec, res))) for o in e.options]
    return [(o, v) for o, v in capped
            if not any(_dominates(p, o, w, v) for p, w in capped if p is not o)]


def solve(entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
          base: Sequence[int], blocked: int, n_have: int, budget: int) -> Selection:
    """The best valid set of candidates costing at most ``budget`` cents (see module doc).

    Branch and bound over the entries (most valuable first). A branch is cut when even
    the most optimistic of three bounds cannot beat the best set found: all remaining
    coverage added at once (ignores money), the remaining budget spent at the best gain
    per cost (ignores overlaps), and the linear relaxation of the remaining choices.

    Args:
        entries: from :func:`build_entries`.
        need: demand per capability, in :data:`SCALE` units.
        weight: value of one unit of covered need, per capability (non-negative).
        base: coverage the company already has in-house.
        blocked: bit set of seed roles already covered in-house (no candidate may use them).
        n_have: number of in-house roles (they count as people a leader can lead).
        budget: monthly budget in cents.

    Returns:
        The selection, made of the caller's own candidate objects.
    """
    need_t = tuple(need)
    weight_t = tuple(weight)
    base_t = tuple(base)
    res = tuple(max(0, n - b) for n, b in zip(need_t, base_t, strict=True))
    free = [e for e in entries if not e.mask & blocked]
    # An entry that covers nothing still matters when a leader needs people to lead.
    leader = any(o.min_team for e in free for o in e.options)
    # Capping each candidate at the residual need keeps every set's value, and lets the
    # profile drop more dominated candidates (a part-timer who already meets the need
    # makes the full-timer pointless).
    groups: list[tuple[int, str, int, list[tuple[Candidate, tuple[int, ...], int]],
                       tuple[int, ...]]] = []
    for e in free:
        if not leader and not any(map(min, e.maxvec, res)):
            continue
        opts = [(o, v, sum(map(mul, weight_t, v))) for o, v in _capped_options(e, res)]
        maxvec = tuple(map(max, *(v for _, v, _ in opts))) if len(opts) > 1 else opts[0][1]
        groups.append((-sum(map(mul, weight_t, maxvec)), e.id, e.mask, opts, maxvec))
    groups.sort(key=lambda g: (g[0], g[1]))
    n = len(groups)
    packer = _Packer(need_t, weight_t,
                     sum(base_t) + sum(sum(g[4]) for g in groups) + max(need_t, default=0) + 1)
    pack = packer.pack
    value_of_packed = packer.value

    rem_p = [0] * (n + 1)
    ratio: list[tuple[int, int]] = [(0, 1)] * (n + 1)
    steps: list[tuple[int, int, int, int]] = []  # (cost, gain, group index, roles used)
    items: list[list[_Item]] = [[] for _ in range(n)]
    masks = [g[2] for g in groups]
    running = tuple(0 for _ in need_t)
    for j in range(n - 1, -1, -1):
        _, _, mask, opts, maxvec = groups[j]
        running = tuple(map(add, running, maxvec))
        rem_p[j] = pack(running)
        best_g, best_c = ratio[j + 1]
        for o, _, g in opts:
            if g * best_c > best_g * o.cost:
                best_g, best_c = g, o.cost
        ratio[j] = (best_g, best_c)
        steps.extend((c, g, j, mask) for c, g in _hull_steps((o.cost, g) for o, _, g in opts))
        items[j] = [(o.cost, pack(v), o.mask, o.min_team, o) for o, v, _ in opts]
    steps.sort(key=cmp_to_key(_by_slope))

    def relaxed(start: int, left: int, mask: int) -> int:
        total = 0
        for c, g, j, m in steps:
            if j < start or m & mask:
                continue
            if c <= left:
                total += g
                left -= c
            else:
                return total + (g * left + c - 1) // c
        return total

    best_value = -1
    best_cost = 0
    best_picks: tuple[Candidate, ...] = ()

    def visit(start: int, cov: int, cost: int, picks: tuple[Candidate, ...],
              mask: int, min_team: int) -> None:
        nonlocal best_value, best_cost, best_picks
        value = value_of_packed(cov)
        if value >= best_value and (not min_team or min_team < len(picks) + n_have) and (
            value > best_value
            or cost < best_cost
            or (cost == best_cost and _tie_key(picks) < _tie_key(best_picks))
        ):
            best_value, best_cost, best_picks = value, cost, picks
        left = budget - cost
        for j in range(start, n):
            g, c = ratio[j]
            bound = value + (left * g + c - 1) // c
            if bound >= best_value:
                bound = min(bound, value_of_packed(cov + rem_p[j]))
                if bound >= best_value:
                    bound = min(bound, value + relaxed(j, left, mask))
            if bound < best_value or (bound == best_value and cost >= best_cost):
                return  # later entries can add even less
            if masks[j] & mask:
                continue
            for o_cost, o_vec, o_mask, o_team, o in items[j]:
                if o_cost <= left:
                    visit(j + 1, cov + o_vec, cost + o_cost, (*picks, o), mask | o_mask,
                          o_team if o_team > min_team else min_team)

    visit(0, pack(base_t), 0, (), 0, 0)
    picks = tuple(sorted(best_picks, key=lambda p: p.key))
    return Selection(picks, value_of(picks, need_t, base_t, weight_t), best_cost)


def growth_path(entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
                base: Sequence[int], blocked: int, n_have: int, start: Selection,
                steps: int = 3) -> list[Step]:
    """What to add next, step by step, as the budget grows beyond ``start``'s cost.

    Each step adds the candidate (or upgrades a line to a wider option of the same role)
    that covers the most extra demand per unit of money, on top of the previous step;
    ties go to the cheaper move, then to the smaller key. Stops when nothing adds value.
    """
    need_t, weight_t = tuple(need), tuple(weight)
    path: list[Step] = []
    current = start
    cov = coverage(start.picks, base)
    for _ in range(steps):
        used = blocked
        own: dict[str, Candidate] = {}
        for p in current.picks:
            used |= p.mask
            own[p.entry_id] = p
        size = len(current.picks)
        best: tuple[int, int, str, Candidate, Candidate | None, tuple[int, ...]] | None = None
        for e in entries:
            old = own.get(e.id)
            if old is None and e.mask & used:
                continue
            others = size - 1 + n_have if old is not None else size + n_have
            old_vec = old.vec if old is not None else None
            for o in e.options:
                extra = o.cost - (old.cost if old is not None else 0)
                if extra <= 0 or o.min_team > others:
                    continue
                new_cov = tuple(map(add, cov, o.vec))
                if old_vec is not None:
                    new_cov = tuple(map(sub, new_cov, old_vec))
                gained = sum(map(mul, weight_t, map(min, need_t, new_cov))) - current.value
                if gained <= 0:
                    continue
                if best is None or gained * best[1] > best[0] * extra or (
                    gained * best[1] == best[0] * extra and (extra, o.key) < (best[1], best[2])
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
