"""A corpus report: one self-contained, offline HTML page a researcher can send to a colleague.

Every section is one shipped SPARQL query (``queries/*.rq``) run on the graph, shown three ways:
a static chart (PNG, embedded as a ``data:`` URI, Chinese labels drawn with a CJK font when one is
installed), the numbers as a table, and the query's full result as a CSV download (a ``data:``
link) — with the query's text beside it, so every number can be traced and recomputed. The
coordination network section is computed from the ``projection-task-department`` query
(co-responsibility projection, :func:`graph.analysis.rank_table`).

The page loads nothing: no scripts, styles inline, images as ``data:`` URIs, and a
Content-Security-Policy that forbids any request. All document text is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from .charts import _PALETTE

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = ["REPORT_QUERIES", "Section", "report_html", "report_sections", "write_report"]

#: The shipped queries whose results the report shows, in order (``leads-as-of`` with ``as_of``).
REPORT_QUERIES = (
    "report-totals",
    "report-documents",
    "report-roles",
    "leads",
    "projection-task-department-lean",
    "report-targets-by-deadline",
    "report-cited",
)


@dataclass
class Section:
    """One part of the report: what it shows, the query behind it and its data."""

    key: str
    title: str
    text: str
    query: str
    data: pd.DataFrame
    table: pd.DataFrame
    png: bytes | None = None
    params: dict[str, list[Any]] | None = None


def _rc() -> Any:
    from .charts import _rc as rc

    return rc()


def _png(fig: Any) -> bytes:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    try:
        with plt.rc_context(_rc()):  # text is laid out when saved: the CJK fonts must be in force then
            fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    finally:
        plt.close(fig)
    return buf.getvalue()


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _clip(text: Any, n: int = 28) -> str:
    s = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    return s if len(s) <= n else s[: n - 1] + "…"


def _bar_h(labels: Sequence[str], series: dict[str, Sequence[float]], colours: dict[str, str], xlabel: str,
           title: str) -> bytes:
    """A horizontal (stacked) bar chart, first label on top."""
    plt = _plt()
    n = len(labels)
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(8, 0.32 * max(n, 3) + 1.0))
        left = [0.0] * n
        ys = list(range(n))[::-1]
        for name, values in series.items():
            vals = [float(v) for v in values]
            ax.barh(ys, vals, left=left, color=colours.get(name, "#888888"), label=name)
            left = [a + b for a, b in zip(left, vals, strict=True)]
        ax.set_yticks(ys, [_clip(x) for x in labels])
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        if len(series) > 1:
            ax.legend(loc="lower right", frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        return _png(fig)


def _bar_v(labels: Sequence[str], series: dict[str, Sequence[float]], colours: dict[str, str], ylabel: str,
           title: str) -> bytes:
    """A vertical (stacked) bar chart."""
    plt = _plt()
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(max(6.0, 0.3 * len(labels) + 2), 3.6))
        bottom = [0.0] * len(labels)
        xs = list(range(len(labels)))
        for name, values in series.items():
            vals = [float(v) for v in values]
            ax.bar(xs, vals, bottom=bottom, color=colours.get(name), label=name)
            bottom = [a + b for a, b in zip(bottom, vals, strict=True)]
        ax.set_xticks(xs, list(labels), rotation=90 if len(labels) > 12 or max(map(len, labels), default=0) > 5 else 0)
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        if len(series) > 1:
            ax.legend(frameon=False, fontsize=7, ncols=2)
        ax.spines[["top", "right"]].set_visible(False)
        return _png(fig)




def _documents_section(df: pd.DataFrame, top: int) -> Section:
    df = df.copy()
    df["documents"] = df["documents"].astype(int)
    year = df["year"].fillna("").astype(str).replace("", "无日期 undated")
    issuer = df["issuer"].fillna("").astype(str).replace("", "未识别 unknown")
    by_issuer = df.assign(issuer=issuer).groupby("issuer")["documents"].sum().sort_values(ascending=False, kind="stable")
    shown = by_issuer.head(8).index.tolist()
    grouped = df.assign(year=year, issuer=issuer.where(issuer.isin(shown), "其他 other"))
    pivot = grouped.pivot_table(index="year", columns="issuer", values="documents", aggfunc="sum", fill_value=0)
    pivot = pivot.reindex(sorted(pivot.index, key=lambda y: (not y[:1].isdigit(), y)))
    cols = [c for c in [*shown, "其他 other"] if c in pivot.columns]
    png = _bar_v(pivot.index.tolist(), {c: pivot[c].tolist() for c in cols},
                 {c: _PALETTE[k % len(_PALETTE)] for k, c in enumerate(cols)}, "documents",
                 "Documents by year and issuer")
    table = by_issuer.head(top).rename_axis("issuer").reset_index()
    return Section("documents", "文件：年份与发文机关 · Documents by year and issuer",
                   f"{int(df['documents'].sum())} documents; the {len(shown)} most frequent issuers are coloured, "
                   "the table lists the top issuers over all years.", "report-documents", df, table, png)


def _roles_section(df: pd.DataFrame) -> Section:
    from .styles import ROLE_COLOURS

    df = df.copy()
    for c in ("assignments", "tasks", "departments"):
        df[c] = df[c].astype(int)
    roles = df["role"].tolist()
    png = _bar_h(roles, {r: [a if x == r else 0 for x, a in zip(roles, df["assignments"], strict=True)] for r in roles},
                 ROLE_COLOURS, "assignments", "Assignments by role")
    return Section("roles", "任务与分工：按角色 · Tasks and assignments by role",
                   "Each assignment gives one department one role on one task (牵头 lead, 负责 responsible, "
                   "配合 support, 指导 guide).", "report-roles", df, df, png)


def _leads_sections(df: pd.DataFrame, top: int, query: str, params: dict[str, list[Any]] | None) -> list[Section]:
    from ..analysis.networks import ROLES
    from .styles import ROLE_COLOURS

    df = df.copy()
    for c in (*ROLES, "tasks"):
        df[c] = df[c].astype(int)
    out = []
    for key, by, title in (
        ("lead", "lead", "牵头最多的部门 · Top departments by tasks led"),
        ("tasks", "tasks", "任务最多的部门 · Top departments by all tasks"),
    ):
        t = df.sort_values([by, "tasks", "department"], ascending=[False, False, True], kind="stable").head(top)
        png = _bar_h(t["department"].tolist(), {r: t[r].tolist() for r in ROLES}, ROLE_COLOURS, "tasks",
                     f"Top {len(t)} departments by {'tasks led' if by == 'lead' else 'all tasks'}")
        out.append(Section(f"top-{key}", title,
                           "Named departments (collectives such as 有关部门 left out); bars split by role.",
                           query, df, t, png, params))
    return out


def _network_section(td: pd.DataFrame, top: int, seed: int, engine: str) -> tuple[Section, pd.DataFrame]:
    from ..analysis import coresponsibility_edges, coresponsibility_graph, network_figures, rank_table

    co = coresponsibility_edges(td)
    ranking = rank_table(td, co, engine=engine, seed=seed)
    figures = network_figures(ranking)
    G = coresponsibility_graph(co)
    for iri, label in ranking[["iri", "department"]].itertuples(index=False):
        if iri not in G:
            G.add_node(iri, label=label)
    rk = ranking.set_index("iri")
    png = network_png(G, rk, top=top, seed=seed, engine=engine)
    text = (f"{G.number_of_nodes()} departments, {G.number_of_edges()} pairs sharing tasks (colour = community, "
            "size = tasks). Departments joined when they share a task (weight = shared tasks); computed from the "
            "projection query below with graph.analysis.rank_table. Labels: the "
            f"{min(top, len(ranking))} departments with the highest weighted degree. Caveat: a department "
            "listed on many tasks with many others dominates; collectives (有关部门) are left out.")
    section = Section("network", "协同网络 · The coordination network", text, "projection-task-department-lean",
                      figures, figures, png)
    return section, ranking


def network_png(G: Any, rk: pd.DataFrame, *, top: int = 15, seed: int = 0, engine: str = "auto") -> bytes | None:
    """The co-responsibility network as a PNG (:func:`graph.render.charts.draw_network`): circles
    sized by tasks and coloured by community, the ``top`` departments by weighted degree labelled.

    Parameters
    ----------
    G : networkx.Graph
        Nodes are ``rk``'s index (IRIs) with a ``label``; edges may carry ``weight``.
    rk : DataFrame
        A ranking indexed by IRI: ``tasks``, ``community``, ``weighted_degree``, ``department``.
    """
    from .charts import draw_network

    if not len(G):
        return None
    tasks = rk["tasks"].reindex(list(G)).fillna(0).astype(float)
    tmax = float(tasks.max()) or 1.0
    comm = rk["community"].reindex(list(G)).fillna(-1).astype(int)
    order = rk.sort_values(["weighted_degree", "department"], ascending=[False, True], kind="stable").index
    fig = draw_network(
        G,
        size={n: float(tasks[n]) / tmax for n in G},
        colour={n: _PALETTE[c % len(_PALETTE)] if c >= 0 else "#cccccc" for n, c in comm.items()},
        importance=[n for n in order if n in G],
        top=top,
        seed=seed,
        engine=engine,
    )
    return _png(fig)


def _targets_section(df: pd.DataFrame) -> Section:
    df = df.copy()
    df["targets"] = df["targets"].astype(int)
    df["documents"] = df["documents"].astype(int)
    labels = df["deadline"].fillna("").astype(str).replace("", "无期限 none").tolist()
    png = _bar_v(labels, {"targets": df["targets"].tolist()}, {"targets": "#2ca02c"}, "targets",
                 "Quantitative targets by deadline year")
    return Section("targets", "目标：按期限年份 · Targets by deadline year",
                   "Quantitative targets (value + unit) by the year they are due.", "report-targets-by-deadline",
                   df, df, png)


def _cited_section(df: pd.DataFrame, top: int) -> Section:
    df = df.copy()
    df["citing_documents"] = df["citing_documents"].astype(int)
    df["citations"] = df["citations"].astype(int)
    t = df.head(top)
    labels = [f"《{_clip(x, 24)}》" if isinstance(x, str) and x else str(n or w)
              for x, n, w in zip(t["title"], t["doc_number"], t["work"], strict=True)]
    png = _bar_h(labels, {"citing documents": t["citing_documents"].tolist()}, {"citing documents": "#9467bd"},
                 "documents citing it", f"Top {len(t)} most-cited works") if len(t) else None
    return Section("cited", "被引最多的文件 · Most-cited works",
                   "Works cited (kind cites, not the documents a plan says it will produce), by how many "
                   "documents cite them.", "report-cited", df, t.drop(columns="work"), png)


def report_sections(
    g_rdf: Graph | KGStore,
    *,
    as_of: int | None = None,
    top: int = 15,
    seed: int = 0,
    engine: str = "auto",
) -> list[Section]:
    """Run the report's queries on a graph or store and build its sections (charts included).

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
    as_of : int, optional
        Departments as their successors in this year (``leads-as-of`` and the network).
    top : int
        Rows in the top-N tables and labelled nodes in the network figure.
    seed, engine
        Layout/community seed and the analysis engine.
    """
    from ..analysis import task_departments
    from ..sparql import query_df

    totals = query_df(g_rdf, "report-totals")
    sections = [Section("totals", "概览 · Totals", "What the graph holds.", "report-totals", totals, totals)]
    sections.append(_documents_section(query_df(g_rdf, "report-documents"), top))
    sections.append(_roles_section(query_df(g_rdf, "report-roles")))
    if as_of is None:
        leads_q, params = "leads", None
    else:
        leads_q, params = "leads-as-of", {"asof": [as_of]}
    sections.extend(_leads_sections(query_df(g_rdf, leads_q, params), top, leads_q, params))
    td = task_departments(g_rdf, as_of=as_of)
    net, _ = _network_section(td, top, seed, engine)
    sections.append(net)
    sections.append(_targets_section(query_df(g_rdf, "report-targets-by-deadline")))
    sections.append(_cited_section(query_df(g_rdf, "report-cited"), top))
    return sections


def _csv_link(df: pd.DataFrame, name: str) -> str:
    data = base64.b64encode(df.to_csv(index=False).encode("utf-8")).decode("ascii")
    return (f'<a class="csv" download="{html.escape(name)}" data-rows="{len(df)}" '
            f'href="data:text/csv;charset=utf-8;base64,{data}">CSV ({len(df)} rows)</a>')


def _table(df: pd.DataFrame) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    rows = []
    for r in df.itertuples(index=False):
        cells = []
        for v in r:
            if v is None or (isinstance(v, float) and math.isnan(v)):
                text = ""
            elif isinstance(v, float):
                text = f"{v:.4f}".rstrip("0").rstrip(".") if not v.is_integer() else str(int(v))
            else:
                text = str(v)
            cls = ' class="n"' if isinstance(v, int | float) and not isinstance(v, bool) else ""
            cells.append(f"<td{cls}>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


_STYLE = """
body { margin: 0 auto; max-width: 1000px; padding: 16px 24px 48px;
  font: 14px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; }
h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 17px; margin: 0 0 6px; }
section { border-top: 1px solid #ddd; padding: 14px 0; break-inside: avoid; }
p.meta { color: #555; margin: 0 0 10px; } p.what { color: #444; margin: 0 0 8px; }
img { max-width: 100%; height: auto; display: block; margin: 6px 0; }
table { border-collapse: collapse; font-size: 12.5px; margin: 6px 0; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f4f4f4; }
pre { background: #f7f7f7; border: 1px solid #e4e4e4; padding: 8px; overflow: auto; font-size: 12px; }
details summary { cursor: pointer; color: #1f4f8f; }
a.csv { margin-right: 1em; }
@media print { details { display: block; } details > pre { display: block; } a.csv { display: none; } }
"""


def report_html(sections: Sequence[Section], *, title: str = "policykg corpus report", source: str = "") -> str:
    """The report page from :func:`report_sections` (pure)."""
    from ..sparql import bind_values, load_query

    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
        'img-src data:">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="meta">{html.escape(source)} · every chart lists the shipped SPARQL query that produced '
        "it and links its data as CSV.</p>",
    ]
    for s in sections:
        q = load_query(s.query)
        text = bind_values(q.text, s.params) if s.params else q.text
        parts.append(f'<section id="{html.escape(s.key)}" data-query="{html.escape(s.query)}">')
        parts.append(f"<h2>{html.escape(s.title)}</h2>")
        parts.append(f'<p class="what">{html.escape(s.text)}</p>')
        if s.png:
            b64 = base64.b64encode(s.png).decode("ascii")
            parts.append(f'<img alt="{html.escape(s.title)}" src="data:image/png;base64,{b64}">')
        parts.append(_table(s.table))
        parts.append("<p>" + _csv_link(s.data, f"{s.key}.csv") + "</p>")
        parts.append(f"<details><summary>SPARQL: queries/{html.escape(s.query)}.rq — "
                     f"{html.escape(q.summary)}</summary><pre>{html.escape(text)}</pre></details>")
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_report(
    path: str, g_rdf: Graph | KGStore, *, source: str = "", as_of: int | None = None, top: int = 15,
    engine: str = "auto",
) -> str:
    """Write the report of ``g_rdf`` to ``path`` (atomically); return the path."""
    from ..rdf.io import atomic_write_bytes

    sections = report_sections(g_rdf, as_of=as_of, top=top, engine=engine)
    title = "policykg corpus report" + (f" (departments as of {as_of})" if as_of is not None else "")
    atomic_write_bytes(path, report_html(sections, title=title, source=source).encode("utf-8"))
    return path
