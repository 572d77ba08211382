"""Large maps: anchors (departments) laid out by force, tasks grouped next to their departments, no
two circles overlapping, deterministic, and in far less time than a force layout of every node."""

from __future__ import annotations

import time

import networkx as nx
import numpy as np

from graph.render.layout import layout_without_overlaps
from graph.render.layout_large import LAYOUT_ANCHORED_ABOVE
from graph.render.overlaps import near_pairs, push_apart, remove_overlaps_listed


def _tasks_and_departments(n_tasks: int, n_depts: int) -> tuple[nx.Graph, dict[str, float], set[str]]:
    rng = np.random.default_rng(7)
    G = nx.Graph()
    depts = [f"部门{k}" for k in range(n_depts)]
    for t in range(n_tasks):
        for d in rng.choice(n_depts, size=int(rng.integers(1, 4)), replace=False):
            G.add_edge(f"任务{t}", depts[int(d)])
    radii = {n: (6.0 + 0.2 * G.degree(n) if n in depts else 6.0) for n in G}
    return G, radii, set(depts)


def _no_overlap(pos: dict[str, tuple[float, float]], radii: dict[str, float]) -> bool:
    names = sorted(pos)
    xy = np.array([pos[n] for n in names])
    r = np.array([radii[n] for n in names])
    i, j = near_pairs(xy, r, 0.0)
    d = np.hypot(*(xy[i] - xy[j]).T)
    return bool((d >= r[i] + r[j] - 1e-6).all())


def test_a_large_map_is_laid_out_by_its_anchors_quickly_and_without_overlaps() -> None:
    G, radii, depts = _tasks_and_departments(LAYOUT_ANCHORED_ABOVE + 1000, 120)
    assert nx.is_connected(G) and len(G) > LAYOUT_ANCHORED_ABOVE
    t = time.process_time()
    pos = layout_without_overlaps(G, radii, anchors=depts)
    assert time.process_time() - t < 30.0
    assert set(pos) == set(G) and _no_overlap(pos, radii)
    assert pos == layout_without_overlaps(G, radii, anchors=depts)
    # a task tied to one department sits nearer it than the average department does
    task = next(n for n in sorted(G) if n.startswith("任务") and G.degree(n) == 1)
    (dept,) = G[task]
    near = np.hypot(*np.subtract(pos[task], pos[dept]))
    mean = np.mean([np.hypot(*np.subtract(pos[task], pos[d])) for d in depts])
    assert near < mean / 3


def test_near_pairs_find_every_touching_pair_once_in_order() -> None:
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 400, size=(600, 2))
    r = np.where(rng.random(600) < 0.02, 40.0, 4.0)
    i, j = near_pairs(xy, r, 2.0)
    pairs = list(zip(i.tolist(), j.tolist(), strict=True))
    expected = [(a, b) for a in range(600) for b in range(a + 1, 600)
                if np.hypot(*(xy[a] - xy[b])) < r[a] + r[b] + 2.0]
    assert pairs == expected


def _relax_all_pairs(xy: np.ndarray, r: np.ndarray, gap: float) -> np.ndarray:
    """The reference: every round checks every pair (i < j, in order)."""
    pts = xy.copy()
    a, b = np.triu_indices(len(pts), 1)
    for _ in range(500):
        if push_apart(pts, r, a.astype(np.int64), b.astype(np.int64), gap) is None:
            break
    return pts


def test_the_neighbour_list_pushes_the_same_pairs_as_a_search_of_all_pairs() -> None:
    # crowded circles of two sizes (and two on the same spot): the list is made again several times
    rng = np.random.default_rng(11)
    xy = rng.uniform(0, 160, size=(300, 2))
    xy[7] = xy[8]
    r = np.where(rng.random(300) < 0.05, 20.0, 6.0)
    expected = _relax_all_pairs(xy, r, 3.0)
    for skin in (None, 1.0, 40.0):
        got = remove_overlaps_listed(xy.copy(), r, gap=3.0, max_rounds=500, skin=skin)
        assert np.array_equal(got, expected)  # bit for bit: same pairs, same order every round


def test_small_maps_and_maps_without_anchors_keep_the_whole_force_layout() -> None:
    G, radii, depts = _tasks_and_departments(300, 20)
    assert layout_without_overlaps(G, radii, anchors=depts) == layout_without_overlaps(G, radii)
