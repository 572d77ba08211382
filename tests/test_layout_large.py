"""Large maps: anchors (departments) laid out by force, tasks grouped next to their departments, no
two circles overlapping, deterministic, and in far less time than a force layout of every node."""

from __future__ import annotations

import time

import networkx as nx
import numpy as np

from graph.render.layout import _candidate_pairs, layout_without_overlaps
from graph.render.layout_large import LAYOUT_ANCHORED_ABOVE


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
    pairs = _candidate_pairs(xy, r, 0.0)
    d = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    return bool((d >= r[pairs[:, 0]] + r[pairs[:, 1]] - 1e-6).all())


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


def test_candidate_pairs_find_every_touching_pair() -> None:
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 400, size=(600, 2))
    r = np.where(rng.random(600) < 0.02, 40.0, 4.0)
    pairs = {tuple(p) for p in _candidate_pairs(xy, r, 2.0).tolist()}
    assert all(i < j for i, j in pairs) and len(pairs) == len(_candidate_pairs(xy, r, 2.0))
    for i in range(600):
        for j in range(i + 1, 600):
            if np.hypot(*(xy[i] - xy[j])) < r[i] + r[j] + 2.0:
                assert (i, j) in pairs


def test_small_maps_and_maps_without_anchors_keep_the_whole_force_layout() -> None:
    G, radii, depts = _tasks_and_departments(300, 20)
    assert layout_without_overlaps(G, radii, anchors=depts) == layout_without_overlaps(G, radii)
