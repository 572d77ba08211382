"""Deterministic layouts in which no two nodes overlap, for the maps and the static charts.

Readable from 10 to 5,000 nodes: positions are computed here, deterministically (per connected
component NetworkX spring layout, igraph Fruchterman–Reingold above 500 nodes, fixed seed), then
overlapping nodes are pushed apart (:func:`remove_overlaps`) and the components packed in rows, so
no two nodes overlap at any zoom and the browser runs no simulation.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from typing import Any

import networkx as nx

from ..analysis.engine import resolve_engine
from .layout_large import LAYOUT_ANCHORED_ABOVE, anchored_layout
from .overlaps import push_apart, remove_overlaps_listed

__all__ = ["LAYOUT_IGRAPH_ABOVE", "layout_positions", "layout_without_overlaps", "remove_overlaps"]

#: ``engine="auto"`` lays out with igraph above this many nodes (NetworkX's spring layout below).
LAYOUT_IGRAPH_ABOVE = 500


def layout_positions(G: nx.Graph, *, seed: int = 0, engine: str = "auto") -> dict[Any, tuple[float, float]]:
    """A deterministic 2-D layout, coordinates roughly in [-1, 1].

    Parameters
    ----------
    G : networkx.Graph
    seed : int
        Seeds the initial positions; the same graph and seed give the same layout.
    engine : {"auto", "networkx", "igraph"}
        ``auto`` uses igraph's Fruchterman–Reingold above 500 nodes (NetworkX's spring layout is
        quadratic per iteration).

    Examples
    --------
    >>> pos = layout_positions(nx.path_graph(3), seed=1)
    >>> pos == layout_positions(nx.path_graph(3), seed=1), len(pos)
    (True, 3)
    """
    nodes = sorted(G, key=str)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    chosen = resolve_engine(engine, len(nodes))
    if chosen == "igraph" and (engine == "igraph" or len(nodes) > LAYOUT_IGRAPH_ABOVE):
        import igraph as ig
        import numpy as np

        index = {n: i for i, n in enumerate(nodes)}
        h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
        start = np.random.default_rng(seed).uniform(-1, 1, size=(len(nodes), 2)).tolist()
        import random

        # igraph's layouts draw from a process-wide RNG: seed it for this call only, then restore
        ig.set_random_number_generator(random.Random(seed))
        try:
            coords = h.layout_fruchterman_reingold(seed=start, niter=150, grid="auto").coords
        finally:
            ig.set_random_number_generator(random)
        xs = [c[0] for c in coords]
        ys = [c[1] for c in coords]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        return {n: ((c[0] - cx) / span, (c[1] - cy) / span) for n, c in zip(nodes, coords, strict=True)}
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from(sorted(((u, v) for u, v in G.edges()), key=str))
    pos = nx.spring_layout(H, seed=seed, k=1.5 / math.sqrt(len(nodes)), iterations=100)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def remove_overlaps(
    xy: Any, radii: Any, *, gap: float = 2.0, max_rounds: int = 500
) -> Any:
    """Move circles apart until no two overlap (``gap`` pixels at least between rims).

    A deterministic relaxation: each round finds the overlapping pairs with a k-d tree
    (:class:`scipy.spatial.cKDTree`) and pushes both circles of each pair apart along the line
    between their centres by half the overlap (coincident centres are split along a fixed
    direction that depends on their indices; :func:`.overlaps.push_apart`). The layout's shape is
    kept: circles that do not overlap are not moved. Above
    :data:`~graph.render.layout_large.LAYOUT_ANCHORED_ABOVE` circles the pairs of a round come
    from a neighbour list (:func:`.overlaps.remove_overlaps_listed`): the same pairs, in (i, j)
    order.

    Parameters
    ----------
    xy : array of shape (n, 2)
        Centres (pixels).
    radii : array of shape (n,)
        Radii (pixels).
    gap : float
        Minimum distance between two rims.
    max_rounds : int
        Upper bound on the rounds (a few dozen suffice in practice).

    Returns
    -------
    numpy.ndarray
        The new centres.

    Examples
    --------
    >>> import numpy as np
    >>> out = remove_overlaps(np.zeros((3, 2)), np.array([5.0, 5.0, 5.0]))
    >>> d = np.linalg.norm(out[:, None] - out[None], axis=-1)
    >>> bool((d[np.triu_indices(3, 1)] >= 10.0).all())
    True
    """
    import numpy as np

    pts = np.array(xy, dtype=float).reshape(-1, 2)
    r = np.asarray(radii, dtype=float).reshape(-1)
    n = len(pts)
    if n < 2:
        return pts
    if n > LAYOUT_ANCHORED_ABOVE:  # many circles of very different sizes: a neighbour list
        return remove_overlaps_listed(pts, r, gap=gap, max_rounds=max_rounds)
    from scipy.spatial import cKDTree

    reach = 2.0 * float(r.max()) + gap
    for _ in range(max_rounds):
        pairs = cKDTree(pts).query_pairs(reach, output_type="ndarray")
        if not len(pairs) or push_apart(pts, r, pairs[:, 0], pairs[:, 1], gap) is None:
            break
    return pts


def layout_without_overlaps(
    G: nx.Graph, radii: Mapping[Any, float], *, seed: int = 0, engine: str = "auto", gap: float = 3.0,
    anchors: Collection[Any] | None = None,
) -> dict[Any, tuple[float, float]]:
    """A deterministic layout in pixels in which no two nodes (circles of ``radii``) overlap.

    Each connected component (weakly connected, for a directed graph) gets the force-directed
    layout of :func:`layout_positions` (NetworkX spring layout or igraph Fruchterman–Reingold, fixed
    seed), scaled so that its nodes
    would fill about an eighth of its area; :func:`remove_overlaps` then separates the nodes that
    still touch, and the components are packed in rows, largest first (a force layout alone
    throws small components to the far edges and leaves the middle crowded). A component of more
    than :data:`~graph.render.layout_large.LAYOUT_ANCHORED_ABOVE` nodes with two ``anchors`` or more
    is laid out by :func:`~graph.render.layout_large.anchored_layout` (force-directed for the
    anchors, the other nodes grouped next to the anchors they are tied to), in linear time.

    Examples
    --------
    >>> G = nx.complete_graph(["a", "b", "c"])
    >>> pos = layout_without_overlaps(G, {"a": 30, "b": 30, "c": 30})
    >>> ax, ay = pos["a"]; bx, by = pos["b"]
    >>> ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= 63
    True
    """
    import numpy as np

    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(G.to_undirected(as_view=True) if G.is_directed() else G)),
        key=lambda c: (-len(c), str(c[0])),
    )
    boxes = []
    for comp in comps:
        r = np.array([float(radii.get(n, 10.0)) for n in comp])
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        else:
            area = float(np.sum(math.pi * (r + gap) ** 2))
            scale = math.sqrt(area / 0.12) / 2.0
            big = None
            if anchors and len(comp) > LAYOUT_ANCHORED_ABOVE:
                big = anchored_layout(G, comp, anchors, r, scale,
                                      lambda H: layout_positions(H, seed=seed, engine=engine), gap=gap)
            if big is None:
                pos = layout_positions(G.subgraph(comp), seed=seed, engine=engine)
                xy = np.array([pos[n] for n in comp], dtype=float) * scale
            else:
                xy = big
            xy = remove_overlaps(xy, r, gap=gap)
        lo = (xy - r[:, None]).min(axis=0) - gap
        hi = (xy + r[:, None]).max(axis=0) + gap
        boxes.append((comp, xy - lo, hi - lo))
    if not boxes:
        return {}
    # shelf packing: rows about as wide as the square root of the total area (at least the widest)
    total = sum(float(w * h) for _, _, (w, h) in boxes)
    row_width = max(math.sqrt(total) * 1.2, max(float(w) for _, _, (w, _h) in boxes))
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, xy, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in zip(comp, xy.tolist(), strict=True):
            out[n] = (x + px, y + py)
        x += float(w)
        row_h = max(row_h, float(h))
    return out
