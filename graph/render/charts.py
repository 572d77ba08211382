"""Static PNG/SVG charts: the ranking as bars, a network as a drawing that stays readable in print.

Charts use matplotlib's Agg backend and a CJK font when one is installed (Debian: ``apt-get install
fonts-noto-cjk``); without one, Chinese labels render as boxes but nothing fails. SVG element ids
and metadata are fixed, so the same input gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from ..errors import PolicyKGError

__all__ = ["cjk_fonts", "draw_network", "network_figure", "ranking_figure"]

_CJK = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "AR PL UMing CN",
)


def cjk_fonts() -> list[str]:
    """Installed font families that can draw Chinese, best first (empty if none)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    return [n for n in _CJK if n in names]


def _rc() -> Any:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": [*cjk_fonts(), "DejaVu Sans"],
        "axes.unicode_minus": False,
        "svg.hashsalt": "policykg",  # stable element ids: same input, same SVG bytes
        "svg.fonttype": "path",
    }


def _save(fig: Any, path: str | Path) -> Path:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise PolicyKGError(f"{p}: charts are written as .png or .svg")
    p.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if suffix == ".svg" else {"Software": None}
    fig.savefig(p, dpi=150, bbox_inches="tight", metadata=metadata)
    return p


def ranking_figure(ranking: pd.DataFrame, path: str | Path, *, top: int = 20, title: str = "") -> Path:
    """A horizontal stacked bar chart of tasks by role for the ``top`` departments of a ranking.

    Parameters
    ----------
    ranking : DataFrame
        :func:`graph.analysis.rank` output (``department`` and the role columns).
    path : str or Path
        ``.png`` or ``.svg``.
    top : int
        How many departments.
    title : str
        Chart title.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..analysis.ranking import shown_names
    from .styles import ROLE_COLOURS

    df = ranking.head(top).iloc[::-1]
    names = shown_names(df)  # two places' bodies of one label: two bars, not one drawn twice
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(8, 0.35 * max(len(df), 3) + 1.2))
        try:
            left = [0.0] * len(df)
            for role, colour in ROLE_COLOURS.items():
                values = df[role].astype(float).tolist() if role in df else [0.0] * len(df)
                ax.barh(names, values, left=left, color=colour, label=role)
                left = [a + b for a, b in zip(left, values, strict=True)]
            ax.set_xlabel("tasks")
            ax.legend(loc="lower right", frameon=False)
            ax.set_title(title or "Tasks by role")
            ax.spines[["top", "right"]].set_visible(False)
            return _save(fig, path)
        finally:
            plt.close(fig)


_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
            "#bcbd22", "#7f7f7f"]


def draw_network(
    G: nx.Graph,
    *,
    size: dict[Any, float] | None = None,
    colour: dict[Any, str] | None = None,
    importance: list[Any] | None = None,
    top: int = 20,
    seed: int = 0,
    engine: str = "auto",
    title: str = "",
) -> Any:
    """A matplotlib figure of a network that stays readable in print.

    Department nodes are circles (task/document nodes, ``type`` not ``department``, small grey
    squares), placed by :func:`graph.render.layout.layout_without_overlaps` so that no two overlap
    and components are packed; edges are thin and grey, wider with ``weight``, or coloured by
    ``role`` when they carry one. Only the ``top`` nodes of ``importance`` are labelled, and a label
    that would cover one already drawn is left out.

    Parameters
    ----------
    G : networkx.Graph
    size : dict, optional
        Node -> relative size in [0, 1] (default: weighted degree / its maximum).
    colour : dict, optional
        Node -> colour (default: orange departments).
    importance : list, optional
        Nodes in labelling order (default: departments by weighted degree).
    top : int
        At most this many labels.
    seed, engine
        Layout seed and engine.
    title : str
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure
        The caller saves and closes it.
    """
    import math

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .layout import layout_without_overlaps
    from .styles import ROLE_COLOURS

    def is_dept(n: Any) -> bool:
        return G.nodes[n].get("type", "department") == "department"

    depts = [n for n in G if is_dept(n)]
    others = [n for n in G if not is_dept(n)]
    if size is None:
        strength = dict(G.degree(weight="weight"))
        smax = float(max((strength[n] for n in depts), default=1) or 1)
        size = {n: float(strength[n]) / smax for n in depts}
    radius = {n: (5.0 + 13.0 * math.sqrt(max(size.get(n, 0.0), 0.0))) if is_dept(n) else 2.5 for n in G}
    pos = layout_without_overlaps(G, radius, seed=seed, engine=engine, gap=4.0) if len(G) else {}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) + 60.0
    inches = 9.0
    ptu = inches * 72.0 / span  # points per layout unit
    if importance is None:
        strength = dict(G.degree(weight="weight"))
        importance = sorted(depts, key=lambda n: (-strength[n], str(G.nodes[n].get("label", n))))
    font = 8.0
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(inches, max(2.0, inches * (max(ys) - min(ys) + 60.0) / span) + 0.4))
        ax.set_xlim(min(xs) - 30, min(xs) - 30 + span)
        ax.set_ylim(max(ys) + 30, min(ys) - 30)
        ax.set_position((0.0, 0.0, 1.0, 1.0))  # the axes fill the figure: ``ptu`` holds
        ax.set_aspect("equal", adjustable="box")
        edges = list(G.edges(data=True))
        widths = [0.3 + math.log1p(float(d.get("weight", 1))) / math.log1p(10) for _, _, d in edges]
        colours = [ROLE_COLOURS.get(str(d.get("role", "")), "#999999") for _, _, d in edges]
        nx.draw_networkx_edges(G, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges], edge_color=colours,
                               alpha=0.35, width=widths)
        if others:
            nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=others, node_shape="s", node_color="#aec7e8",
                                   node_size=[(2.0 * radius[n] * ptu) ** 2 for n in others])
        nx.draw_networkx_nodes(
            G, pos, ax=ax, nodelist=depts, node_size=[(2.0 * radius[n] * ptu) ** 2 for n in depts],
            node_color=[(colour or {}).get(n, "#ff7f0e") for n in depts], edgecolors="white", linewidths=0.5,
        )
        placed: list[tuple[float, float, float, float]] = []
        for n in importance:
            if len(placed) >= top:
                break
            if n not in pos:
                continue
            label = str(G.nodes[n].get("label", n))
            x, y = pos[n]
            w = len(label) * font / ptu / 2.0 + 2
            y0 = y + radius[n] + 1
            box = (x - w, y0, x + w, y0 + font * 1.3 / ptu)
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                continue
            placed.append(box)
            ax.text(x, y0, label, ha="center", va="top", fontsize=font, fontfamily=_rc()["font.sans-serif"],
                    bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 0.3})
        if title:
            ax.set_title(title, fontsize=10)
        ax.set_axis_off()
        return fig


def network_figure(
    G: nx.Graph, path: str | Path, *, seed: int = 0, title: str = "", max_labels: int = 20, engine: str = "auto"
) -> Path:
    """A static drawing of a network (departments as circles, tasks/documents as small squares),
    written as PNG or SVG: :func:`draw_network`, coloured by ``community`` when nodes carry one,
    sized by ``tasks`` when they carry it, labelled for the ``max_labels`` departments with the
    highest weighted degree."""
    import matplotlib.pyplot as plt

    depts = [n for n, d in G.nodes(data=True) if d.get("type", "department") == "department"]
    colour = {n: _PALETTE[int(G.nodes[n]["community"]) % len(_PALETTE)] for n in depts
              if G.nodes[n].get("community") is not None}
    size = None
    if depts and all(G.nodes[n].get("tasks") is not None for n in depts):
        tmax = float(max(G.nodes[n]["tasks"] for n in depts)) or 1.0
        size = {n: float(G.nodes[n]["tasks"]) / tmax for n in depts}
    fig = draw_network(G, size=size, colour=colour or None, top=max_labels, seed=seed, engine=engine, title=title)
    try:
        with plt.rc_context(_rc()):  # text is laid out when saved: the CJK fonts must be in force then
            return _save(fig, path)
    finally:
        plt.close(fig)
