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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
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
    span: int
    """Sum of all coverage values of the options (bounds the size of packed numbers)."""


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
        entries.append(Entry(f"{entry_id}/{mask:x}", mask, tuple(kept),
                             sum(sum(c.vec) for c in kept)))
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


_PACKED: dict[tuple[tuple[int, ...], int], int] = {}
"""Packed vectors by (vector, field width): the same few vectors come back in every search."""


class Scorer:
    """The value of coverage for one profile, on coverage vectors packed into one integer.

    Each capability gets a field of ``width`` bits whose top bit is a guard. For packed
    vectors ``a`` and ``b``, ``(b | guards) - a`` keeps a field's guard bit exactly where
    ``b >= a`` (no borrow crosses a field), which gives ``min(a, b)`` field by field in a
    handful of integer operations instead of a Python loop over the capabilities.
    Multiplying by the weights packed in reverse order puts ``sum(weight * v)`` in one field
    of the product; the fields are wide enough that no partial sum overflows.

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
        # As narrow as the numbers allow (a guard bit and a spare one on top): big-integer
        # arithmetic costs grow with the number of bits.
        self.width = max(most.bit_length(), sums.bit_length(), 1) + 2
        guard = 1 << (self.width - 1)
        self.guards = sum(guard << (self.width * c) for c in range(k))
        self.top = self.width - 1
        self.need = self.pack(need)
        self.need_guarded = self.need | self.guards
        self.weights = sum(w << (self.width * (k - 1 - c)) for c, w in enumerate(weight))
        self.shift = self.width * (k - 1)
        self.field = (1 << self.width) - 1
        self.base = self.pack(base)
        self.total = self.value(self.need)
        """The value of every need met."""
        self.residual = self.pack(max(0, n - b) for n, b in zip(need, base, strict=True))
        """The need the base leaves open."""
        self._alone: dict[str, tuple[int, int]] = {}

    def alone(self, c: Candidate) -> tuple[int, int]:
        """A candidate's coverage capped at the residual need (packed) and its value on its
        own (kept: the search and the growth path both ask)."""
        got = self._alone.get(c.key)
        if got is None:
            capped = self.minimum(self.pack(c.vec), self.residual)
            got = self._alone[c.key] = (capped, self.dot(capped))
        return got

    def pack(self, vec: Iterable[int]) -> int:
        """One integer holding the vector's fields (every value in ``0 .. most``)."""
        key = (tuple(vec), self.width)
        packed = _PACKED.get(key)
        if packed is None:
            packed = sum(v << (self.width * c) for c, v in enumerate(key[0]))
            if len(_PACKED) < 100_000:
                _PACKED[key] = packed
        return packed

    def low_where_ge(self, a: int, b: int) -> int:
        """All bits below the guard of each field where ``b >= a``."""
        ge = ((b | self.guards) - a) & self.guards
        return ge - (ge >> self.top)

    def minimum(self, a: int, b: int) -> int:
        """Field-by-field minimum of two packed vectors."""
        low = self.low_where_ge(a, b)
        return (a & low) | (b & ~low)

    def covers(self, a: int, b: int) -> bool:
        """True when ``a >= b`` in every field."""
        return ((a | self.guards) - b) & self.guards == self.guards

    def dot(self, vec: int) -> int:
        """``sum(weight[c] * vec[c])`` for a packed vector no larger than the need."""
        return ((vec * self.weights) >> self.shift) & self.field

    def value(self, cov: int) -> int:
        """``sum(weight[c] * min(need[c], cov[c]))`` for packed coverage ``cov``."""
        ge = (self.need_guarded - cov) & self.guards
        low = ge - (ge >> self.top)  # all bits below the guard, where need >= coverage
        return (((cov & low) | (self.need & ~low)) * self.weights >> self.shift) & self.field


def scorer_for(entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
               base: Sequence[int]) -> Scorer:
    """A scorer wide enough for any set of these entries' candidates on top of ``base``."""
    most = sum(base) + sum(e.span for e in entries) + max(need, default=0) + 1
    return Scorer(need, weight, base, most)


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


# One option in the search for one profile: cost, coverage capped at the residual need
# (packed), bits it uses, team it needs, the candidate, its value on its own.
_Option = tuple[int, int, int, int, Candidate, int]

_NEVER = 1 << 62


def solve(entries: Sequence[Entry], need: Sequence[int], weight: Sequence[int],
          base: Sequence[int], blocked: int, n_have: int, budget: int,
          scorer: Scorer | None = None) -> Selection:
    """The best valid set of candidates costing at most ``budget`` cents (see module doc).

    Branch and bound over the entries, most valuable first, after a greedy pass has found
    a good first set (a strong start lets the bounds cut most of the tree at once). A branch
    is cut when even an optimistic bound cannot beat the best set found: all remaining
    coverage whose bits are still free at once (ignores money), or the linear relaxation of
    the remaining choices (ignores overlaps between them). A branch that could at best tie
    on value is cut when the relaxation says the tie would cost more.

    Args:
        entries: from :func:`build_entries`.
        need: demand per capability, in :data:`SCALE` units.
        weight: value of one unit of covered need, per capability (non-negative).
        base: coverage the company already has in-house.
        blocked: bits of seed roles already covered in-house (no candidate may use them).
        n_have: number of in-house roles (they count as people a leader can lead).
        budget: monthly budget in cents.
        scorer: a :class:`Scorer` for these needs, weights and base made by
            :func:`scorer_for` (made here when not given).

    Returns:
        The selection, made of the caller's own candidate objects.
    """
    free = [e for e in entries if not e.mask & blocked]
    sc = scorer or scorer_for(entries, need, weight, base)
    minimum, covers, value_of_packed = sc.minimum, sc.covers, sc.value
    alone = sc.alone
    # An option that covers nothing still matters when a leader needs people to lead.
    leader = any(o.min_team for e in free for o in e.options)

    # 1. The options worth considering for this profile, grouped, most valuable group first.
    ranked: list[tuple[int, str, int, list[_Option]]] = []
    for e in free:
        opts: list[_Option] = []
        for o in e.options:
            if o.cost > budget:
                continue
            # Capping coverage at the residual need keeps every set's value and lets the
            # profile drop more options (a part-timer who already meets the need makes the
            # full-timer pointless).
            capped, gain = alone(o)
            if gain or leader:
                opts.append((o.cost, capped, o.mask, o.min_team, o, gain))
        opts = [a for a in opts if not any(
            b is not a and b[0] <= a[0] and b[3] <= a[3] and covers(b[1], a[1])
            and (b[0] < a[0] or b[4].key < a[4].key) for b in opts)]
        if opts:
            opts.sort(key=lambda a: (-a[5], a[0], a[4].key))
            ranked.append((-opts[0][5], e.id, e.mask, opts))
    ranked.sort(key=lambda g: (g[0], g[1]))
    n = len(ranked)
    group_mask = [g[2] for g in ranked]
    group_opts = [g[3] for g in ranked]

    # 2. Data for the bounds: the widest coverage each group could add, and every group's
    # hull steps in one list by falling gain per cost.
    widest_of: list[int] = []
    for k in range(n):
        widest = 0
        for a in group_opts[k]:
            widest = widest + a[1] - minimum(widest, a[1])  # field-by-field maximum
        widest_of.append(widest)
    rest_seen: dict[tuple[int, int], int] = {}

    def rest(k: int, mask: int) -> int:
        """The widest coverage groups k.. could still add to a set using ``mask``
        (kept: the same few masks come back at every depth)."""
        got = rest_seen.get((k, mask))
        if got is None:
            got = 0
            for j in range(k, n):
                if not group_mask[j] & mask:
                    got += widest_of[j]
            rest_seen[(k, mask)] = got
        return got
    # g1/c1 > g2/c2 implies floor(g1*M/c1) > floor(g2*M/c2) whenever M >= 4*c1*c2, so
    # sorting on the integer key is exact.
    scale = 1 << (2 * max(budget, 1).bit_length() + 2)
    tagged = sorted((-(g * scale // c), k, c, g)
                    for k in range(n)
                    for c, g in _hull_steps((a[0], a[5]) for a in group_opts[k]))
    steps = [(c, g, k, group_mask[k]) for _, k, c, g in tagged]
    steps_from = [[st for st in steps if st[2] >= k] for k in range(n + 1)]

    def most_gain(start: int, left: int, mask: int, enough: int) -> int:
        """Linear relaxation: the best gain groups start.. could add for ``left``, or a
        number above ``enough`` as soon as the gain is sure to exceed it (the caller only
        asks whether the bound reaches ``enough``)."""
        total = 0
        for c, g, _, m in steps_from[start]:
            if m & mask:
                continue
            if c > left:
                return total + (g * left + c - 1) // c
            total += g
            if total > enough:
                return total
            left -= c
        return total

    def least_cost(start: int, gain: int, mask: int) -> int:
        """Linear relaxation: the least money groups start.. need to add ``gain``."""
        spent = 0
        for c, g, _, m in steps_from[start]:
            if m & mask:
                continue
            if g >= gain:
                return spent + gain * c // g
            spent += c
            gain -= g
        return _NEVER

    best_value = -1
    best_cost = 0
    best: tuple[Candidate, ...] = ()

    def offer(value: int, cost: int, picks: tuple[Candidate, ...]) -> None:
        nonlocal best_value, best_cost, best
        if value > best_value or (value == best_value and (
                cost < best_cost
                or (cost == best_cost and _tie_key(picks) < _tie_key(best)))):
            best_value, best_cost, best = value, cost, picks

    # 3. A greedy first set: keep adding the option with the most value per cent. Gains
    # only shrink as coverage grows, so an option whose value on its own per cent is below
    # the best real ratio found can be skipped without computing its real gain.
    by_ratio = sorted((a for opts in group_opts for a in opts if a[5]),
                      key=lambda a: (-a[5] * scale // a[0], a[4].key))
    cov = sc.base
    value = value_of_packed(cov)
    cost = used = team_needed = 0
    picks: tuple[Candidate, ...] = ()
    offer(value, cost, picks)
    while True:
        choice: _Option | None = None
        choice_gain = 0
        for a in by_ratio:
            if choice is not None and a[5] * choice[0] <= choice_gain * a[0]:
                break
            if a[0] > budget - cost or a[2] & used or a[3] > len(picks) + n_have:
                continue
            gain = value_of_packed(cov + a[1]) - value
            if gain > 0 and (choice is None or gain * choice[0] > choice_gain * a[0]):
                choice, choice_gain = a, gain
        if choice is None:
            break
        cov += choice[1]
        value += choice_gain
        cost += choice[0]
        used |= choice[2]
        picks = (*picks, choice[4])
        team_needed = max(team_needed, choice[3])
        if team_needed <= len(picks) - 1 + n_have:
            offer(value, cost, picks)

    total = sc.total

    # 4. Branch and bound: each node is a set; its children add one option of a later group.
    # The hot loop: the scorer's arithmetic is inlined (see Scorer.value) and a node only
    # offers its set when it could be the best one.
    need_guarded, guards, top = sc.need_guarded, sc.guards, sc.top
    need_packed, weights, shift, field = sc.need, sc.weights, sc.shift, sc.field

    def visit(start: int, cov: int, value: int, cost: int, picks: tuple[Candidate, ...],
              mask: int, team_needed: int) -> None:
        if value >= best_value and team_needed <= len(picks) - 1 + n_have:
            offer(value, cost, picks)
        left = budget - cost
        for k in range(start, n):
            if group_mask[k] & mask:
                continue
            # Can anything made of groups k.. still beat the best set? The bounds only
            # shrink as k grows, so once the answer is no, it is no for the rest too.
            gap = best_value - value
            wide = cov + rest(k, mask)
            ge = (need_guarded - wide) & guards
            low = ge - (ge >> top)
            most = ((((wide & low) | (need_packed & ~low)) * weights >> shift) & field) - value
            if most < gap:
                return
            most = min(most, most_gain(k, left, mask, gap))
            if most < gap or (most == gap
                              and cost + max(1, least_cost(k, gap, mask)) > best_cost):
                return
            # Once every need is met, a set costing more than the best can never win.
            limit = left if best_value < total else min(left, best_cost - cost)
            for o_cost, o_vec, o_mask, o_team, o, _ in group_opts[k]:
                if o_cost <= limit:
                    new = cov + o_vec
                    ge = (need_guarded - new) & guards
                    low = ge - (ge >> top)
                    visit(k + 1, new,
                          (((new & low) | (need_packed & ~low)) * weights >> shift) & field,
                          cost + o_cost, (*picks, o), mask | o_mask,
                          o_team if o_team > team_needed else team_needed)

    visit(0, sc.base, value_of_packed(sc.base), 0, (), 0, 0)
    picks = tuple(sorted(best, key=lambda p: p.key))
    return Selection(picks, value_of(picks, need, base, weight), best_cost)


# A move of the growth path: sort key, optimistic gain, extra cost, the option, its packed
# coverage, and the line it replaces (None: it is added).
_Move = tuple[int, int, int, Candidate, int, Candidate | None]


def growth_path(entries: Sequence[Entry], scorer: Scorer, blocked: int, n_have: int,
                start: Selection, steps: int = 3) -> list[Step]:
    """What to add next, step by step, as the budget grows beyond ``start``'s cost.

    Each step adds the candidate (or upgrades a line to another option of the same
    catalogue entry) that covers the most extra demand per unit of money, on top of the
    previous step; ties go to the cheaper move, then to the smaller key. Stops when
    nothing adds value.

    Args:
        entries: from :func:`build_entries`.
        scorer: values coverage for the profile (its ``base`` is the in-house coverage).
        blocked: bits no candidate may use.
        n_have: number of in-house roles.
        start: the chosen team.
        steps: at most this many steps.
    """
    pack, value_of_packed = scorer.pack, scorer.value
    path: list[Step] = []
    current = start
    cov = scorer.base + sum(pack(p.vec) for p in start.picks)
    # Coverage has diminishing returns, so what an option adds to any team (or in place of
    # a line) is at most what it adds on its own: moves are tried by that optimistic value
    # per cent, and the scan stops once even that cannot beat the best move found.
    options = []
    for e in entries:
        if e.mask & blocked:
            continue
        for o in e.options:
            gain = scorer.alone(o)[1]
            if gain > 0:
                options.append((o, pack(o.vec), gain))
    # Exact order of value per cent (see solve). Adding an option has the same optimistic
    # ratio at every step, so additions are sorted once; upgrades are few and sorted per step.
    scale = 1 << (2 * max((o.cost for o, _, _ in options), default=1).bit_length() + 2)
    adds: list[_Move] = sorted(((-(alone * scale // o.cost), alone, o.cost, o, vec, None)
                               for o, vec, alone in options), key=lambda m: (m[0], m[3].key))
    for _ in range(steps):
        picks = current.picks
        used = 0
        for p in picks:
            used |= p.mask
        lines: dict[str, list[Candidate]] = {}
        for p in picks:
            lines.setdefault(p.entry_id, []).append(p)
        ups: list[_Move] = []  # another option of an entry already in the team
        for o, vec, alone in options:
            for line in lines.get(o.entry_id, ()):
                if line is not o and o.cost > line.cost \
                        and not o.mask & (used & ~line.mask) \
                        and o.min_team <= len(picks) - 1 + n_have:
                    extra = o.cost - line.cost
                    ups.append((-(alone * scale // extra), alone, extra, o, vec, line))
        ups.sort(key=lambda m: (m[0], m[3].key))
        best: tuple[int, int, str, Candidate, Candidate | None, int] | None = None
        i = j = 0
        while True:
            # The next move in order of optimistic value per cent, from either list.
            while i < len(adds) and (adds[i][3].mask & used
                                     or adds[i][3].min_team > len(picks) + n_have):
                i += 1
            if i < len(adds) and (j >= len(ups) or adds[i][0] <= ups[j][0]):
                _, alone, extra, o, vec, old = adds[i]
                i += 1
            elif j < len(ups):
                _, alone, extra, o, vec, old = ups[j]
                j += 1
            else:
                break
            if best is not None and alone * best[1] < best[0] * extra:
                break  # even its optimistic value per cent is below the best move
            new_cov = cov + vec if old is None else cov - pack(old.vec) + vec
            gained = value_of_packed(new_cov) - current.value
            if gained > 0 and (best is None or gained * best[1] > best[0] * extra or (
                    gained * best[1] == best[0] * extra
                    and (extra, o.key) < (best[1], best[2]))):
                best = (gained, extra, o.key, o, old, new_cov)
        if best is None:
            break
        gained, extra, _, o, old, cov = best
        new_picks = tuple(sorted((*(p for p in picks if p is not old), o), key=lambda p: p.key))
        current = Selection(new_picks, current.value + gained, current.cost + extra)
        path.append(Step(o, old, current))
    return path
