"""Pushing overlapping circles apart, one relaxation round at a time; for many circles, with a
neighbour list (a "Verlet list") instead of a fresh spatial search every round.

A round finds every pair of circles that overlap (closer than the sum of their radii and ``gap``),
and pushes both circles of each pair apart along the line between their centres by half the
overlap (:func:`push_apart`). :func:`remove_overlaps_listed` finds the pairs of a round among a
list of the pairs that were within ``need + skin`` when the list was made: no other pair can
overlap until two circles together have moved ``skin`` since then (the list is made again when
they have); and only pairs with a circle pushed in the previous round are checked (a pair neither
of whose circles moved keeps its distance, and did not overlap). The pairs of each round are
exactly those a search over all pairs finds, taken in (i, j) order.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["near_pairs", "push_apart", "remove_overlaps_listed"]


def push_apart(pts: Any, r: Any, i: Any, j: Any, gap: float) -> Any:
    """One round on the candidate pairs ``(i[k], j[k])`` (``i < j``): push the overlapping ones
    apart in place and return the indices of the circles pushed; None when none overlaps.
    Coincident centres are split along a fixed direction that depends on their indices
    (deterministic)."""
    import numpy as np

    delta = pts[j] - pts[i]
    dist = np.hypot(delta[:, 0], delta[:, 1])
    need = r[i] + r[j] + gap
    hit = dist < need - 1e-9
    if not hit.any():
        return None
    i, j, delta, dist, need = i[hit], j[hit], delta[hit], dist[hit], need[hit]
    zero = dist < 1e-9
    if zero.any():
        angle = (i[zero] * 7919 + j[zero] * 104729) % 360 * (math.pi / 180.0)
        delta[zero] = np.column_stack([np.cos(angle), np.sin(angle)])
        dist[zero] = 1.0
    push = delta / dist[:, None] * ((need - np.where(zero, 0.0, dist)) * 0.5 * 1.02)[:, None]
    np.subtract.at(pts, i, push)
    np.add.at(pts, j, push)
    return np.concatenate([i, j])


def near_pairs(pts: Any, r: Any, reach: float) -> tuple[Any, Any]:
    """Every pair ``i < j`` of circles whose rims are less than ``reach`` apart, sorted by (i, j).

    For many circles of very different sizes: the small ones (up to the 99th-percentile radius)
    are paired through a grid of square cells as wide as two of them plus ``reach`` (a circle with
    those of its own and the eight cells around it), each large one with every circle by distance,
    a block of them at a time (one cell size set by the largest circle would pair every small
    circle with thousands of others). NumPy only: no SciPy import at a map's start.

    Examples
    --------
    >>> import numpy as np
    >>> i, j = near_pairs(np.array([[0.0, 0.0], [9.0, 0.0], [30.0, 0.0]]), np.array([4.0, 4.0, 4.0]), 2.0)
    >>> i.tolist(), j.tolist()
    ([0], [1])
    """
    import numpy as np

    n = len(pts)
    small = float(np.quantile(r, 0.99))
    found = [_grid_pairs(pts, 2.0 * small + reach)]
    big = np.flatnonzero(r > small)
    x, y = pts[:, 0], pts[:, 1]
    block = max(1, 4_000_000 // max(n, 1))
    for k in range(0, len(big), block):
        b = big[k:k + block]
        # squared distances against a radius a little larger: a superset of the pairs kept below
        dx, dy = x[None, :] - x[b, None], y[None, :] - y[b, None]
        hit_b, hit_j = np.nonzero(dx * dx + dy * dy <= ((r[b] + float(r.max()) + reach) * (1.0 + 1e-9))[:, None] ** 2)
        i, js = b[hit_b], hit_j.astype(np.int64)
        found.append(np.column_stack([np.minimum(i, js), np.maximum(i, js)])[i != js])
    key = np.unique(np.concatenate(found) @ np.array([n, 1], dtype=np.int64))  # sorted, each pair once
    i, j = np.divmod(key, n)
    keep = np.hypot(*(pts[j] - pts[i]).T) < r[i] + r[j] + reach
    return i[keep], j[keep]


def _grid_pairs(pts: Any, cell: float) -> Any:
    """Pairs of points (as rows ``[i, j]``, ``i < j``, unordered) among which is every pair less
    than ``cell`` apart: those in the same or adjacent cells of a grid of ``cell``-wide squares,
    less than a hair over ``cell`` apart (the caller keeps the pairs by its exact test)."""
    import numpy as np

    n = len(pts)
    if n < 2 or not cell > 0:
        return np.zeros((0, 2), dtype=np.int64)
    c = np.floor((pts - pts.min(axis=0)) / cell).astype(np.int64) + 1  # a free row and column around
    ny = int(c[:, 1].max()) + 2
    key = c[:, 0] * ny + c[:, 1]
    order = np.argsort(key, kind="stable")
    sk = key[order]
    xs, ys = pts[order, 0], pts[order, 1]
    at = np.arange(n)
    limit = (cell * (1.0 + 1e-9)) ** 2  # a hair over: a superset of the pairs less than ``cell`` apart
    first: list[Any] = []
    second: list[Any] = []
    # each pair of neighbouring cells once: the cell itself (later points only), and four of its eight
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        hi = np.searchsorted(sk, sk + (dx * ny + dy), side="right")
        lo = at + 1 if (dx, dy) == (0, 0) else np.searchsorted(sk, sk + (dx * ny + dy), side="left")
        count = np.maximum(hi - lo, 0)
        total = int(count.sum())
        if not total:
            continue
        a = np.repeat(at, count)
        b = np.arange(total) - np.repeat(np.cumsum(count) - count, count) + np.repeat(lo, count)
        ddx, ddy = xs[b] - xs[a], ys[b] - ys[a]
        near = ddx * ddx + ddy * ddy <= limit
        first.append(order[a[near]])
        second.append(order[b[near]])
    if not first:
        return np.zeros((0, 2), dtype=np.int64)
    i, j = np.concatenate(first).astype(np.int64), np.concatenate(second).astype(np.int64)
    return np.column_stack([np.minimum(i, j), np.maximum(i, j)])


def remove_overlaps_listed(pts: Any, r: Any, *, gap: float, max_rounds: int, skin: float | None = None) -> Any:
    """Relaxation rounds of :func:`push_apart` on ``pts`` (changed in place and returned) until no
    two circles overlap, the candidate pairs of each round taken from a neighbour list.

    ``skin`` (pixels; default twice the median radius) is how much farther than touching a pair
    may be to be listed: larger lists, made less often.

    Examples
    --------
    >>> import numpy as np
    >>> out = remove_overlaps_listed(np.zeros((3, 2)), np.array([5.0, 5.0, 5.0]), gap=2.0, max_rounds=500)
    >>> d = np.linalg.norm(out[:, None] - out[None], axis=-1)
    >>> bool((d[np.triu_indices(3, 1)] >= 12.0).all())
    True
    """
    import numpy as np

    n = len(pts)
    if n < 2:
        return pts
    skin = 2.0 * float(np.median(r)) if skin is None else float(skin)
    listed_at = None
    moved = np.ones(n, dtype=bool)
    for _ in range(max_rounds):
        # a pair not listed was at least need + skin apart then; it can overlap only once its two
        # circles have moved ``skin`` between them: make the list again before that can happen
        if listed_at is None or np.partition(np.hypot(*(pts - listed_at).T), n - 2)[-2:].sum() >= skin:
            li, lj = near_pairs(pts, r, gap + skin)
            listed_at = pts.copy()
        act = np.flatnonzero(moved[li] | moved[lj])
        pushed = push_apart(pts, r, li[act], lj[act], gap)
        if pushed is None:
            break
        # only a pair with a circle pushed now can overlap next round (the others keep their distance)
        moved[:] = False
        moved[pushed] = True
    return pts
