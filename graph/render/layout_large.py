"""A layout for large maps in time linear in the nodes: force-directed for the anchors only.

A responsibility map of a whole corpus has a few hundred departments and tens of thousands of
tasks, each task tied to one to a few departments. A force-directed layout of every node
(igraph's Fruchterman–Reingold, 150 rounds) costs about 80 s of CPU for 13,000 nodes and 32,000
edges, and tasks drawn that way end up in a uniform cloud anyway. Here only the **anchors** (the
departments) get the force-directed layout, on the graph of anchors that share a neighbour
(weighted by how many); every other node goes next to the anchors it is tied to: the nodes tied to
the same set of anchors form one group, placed at the centre of those anchors on a sunflower
spiral (golden angle, one node's width apart), starting outside the anchor's circle for a group
of one anchor. :func:`graph.render.layout.remove_overlaps` then separates what still touches.
Deterministic: the same graph gives the same positions.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

import networkx as nx
import numpy as np

__all__ = ["LAYOUT_ANCHORED_ABOVE", "anchored_layout"]

#: Components with more nodes than this are laid out by :func:`anchored_layout` when the caller names
#: anchors (the maps name their departments); smaller ones keep the force layout of every node.
LAYOUT_ANCHORED_ABOVE = 5000

_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))


def anchored_layout(
    G: nx.Graph,
    comp: Sequence[Any],
    anchors: Collection[Any],
    r: np.ndarray,
    scale: float,
    layout: Callable[[nx.Graph], Mapping[Any, tuple[float, float]]],
    *,
    gap: float = 3.0,
) -> np.ndarray | None:
    """Pixel centres of the nodes ``comp`` (in its order) of a connected component of ``G``.

    Parameters
    ----------
    G : networkx.Graph
    comp : sequence
        The component's nodes, sorted.
    anchors : collection
        The nodes that get a force-directed layout (among their own co-occurrence graph).
    r : numpy.ndarray
        Radius of each node of ``comp`` (pixels).
    scale : float
        Pixels per unit of ``layout``'s coordinates.
    layout : callable
        The force-directed layout of a graph (:func:`graph.render.layout.layout_positions`),
        coordinates roughly in [-1, 1]; given the anchors' graph.
    gap : float
        Pixels between two rims.

    Returns
    -------
    numpy.ndarray or None
        ``(len(comp), 2)`` centres, or None when the component has fewer than two anchors (then
        the caller lays it out as a whole).

    Examples
    --------
    >>> G = nx.Graph([("a", f"t{i}") for i in range(6)] + [("b", f"t{i}") for i in range(4, 9)])
    >>> comp = sorted(G, key=str)
    >>> xy = anchored_layout(G, comp, {"a", "b"}, np.full(len(comp), 5.0), 100.0, nx.spring_layout)
    >>> xy.shape, bool(np.isfinite(xy).all())
    ((11, 2), True)
    """
    index = {n: k for k, n in enumerate(comp)}
    hubs = [n for n in comp if n in anchors]
    if len(hubs) < 2:
        return None
    hub_set = set(hubs)
    name = {n: str(n) for n in comp}  # the sort keys, made once
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    weights: dict[tuple[Any, Any], int] = defaultdict(int)
    for n in comp:
        if n in hub_set:
            for m in G[n]:
                if m in hub_set and name[n] < name[m]:
                    weights[(n, m)] += 1
            continue
        tied = tuple(sorted((m for m in G[n] if m in hub_set), key=name.__getitem__))
        groups[tied].append(n)
        for i, a in enumerate(tied):
            for b in tied[i + 1:]:
                weights[(a, b)] += 1
    H = nx.Graph()
    H.add_nodes_from(hubs)
    H.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items(),
                                                                 key=lambda kv: (name[kv[0][0]], name[kv[0][1]])))
    pos = layout(H)
    xy = np.zeros((len(comp), 2))
    for n in hubs:
        xy[index[n]] = (pos[n][0] * scale, pos[n][1] * scale)
    # every group's sunflower at once: the same arithmetic per node as one group at a time
    hub_xy = {n: xy[index[n]].tolist() for n in hubs}
    radius = r.tolist()
    rows: list[int] = []
    k: list[int] = []
    start: list[float] = []
    step: list[float] = []
    centre: list[list[float]] = []
    # (a tuple key orders as the list of names did, and is made without a Python step per name)
    for tied, members in sorted(groups.items(), key=lambda kv: tuple(map(name.__getitem__, kv[0]))):
        members.sort(key=name.__getitem__)
        idx = [index[m] for m in members]
        width = 2.0 * (max(radius[i] for i in idx) + gap)
        if tied:
            # the mean of the anchors' centres, summed in order as numpy's mean(axis=0) does
            cx = cy = 0.0
            for a in tied:
                cx, cy = cx + hub_xy[a][0], cy + hub_xy[a][1]
            mid = [cx / len(tied), cy / len(tied)]
            first = radius[index[tied[0]]] + gap + width / 2.0 if len(tied) == 1 else 0.0
        else:  # tied to no anchor (only to other nodes): around the middle
            mid, first = [0.0, 0.0], 0.0
        rows += idx
        k += range(len(idx))
        start += [first] * len(idx)
        step += [width] * len(idx)
        centre += [mid] * len(idx)
    kk = np.array(k, dtype=float)
    rho = np.array(start) + np.array(step) * np.sqrt(kk + 0.5)
    mids = np.array(centre).reshape(-1, 2)
    xy[rows, 0] = mids[:, 0] + rho * np.cos(kk * _GOLDEN)
    xy[rows, 1] = mids[:, 1] + rho * np.sin(kk * _GOLDEN)
    return xy
