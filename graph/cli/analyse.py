"""Analysis commands: ``rank``, ``map``, ``report``, ``export`` and the ``demo``."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import PolicyKGError
from .common import FORMS, handles, render, source, source_options, write_bytes, write_df

__all__ = ["demo", "export", "map_", "rank", "report"]


@click.command()
@click.option("-o", "--out-dir", type=click.Path(file_okay=False), default="policykg-demo", show_default=True,
              help="Folder for the demo's graph.")
@handles()
def demo(out_dir: str) -> None:
    """Build the bundled example (安徽 2016 quality action plan) and print who leads the most tasks."""
    from ..api import build as build_
    from ..api import example_path
    from ..rdf.io import write_graph
    from ..sparql import query_df

    result = build_([example_path()])
    out = Path(out_dir)
    kg_path = out / "anhui_2016.ttl"
    write_graph(result.graph, kg_path)
    df = query_df(result.graph, "leads")
    ex = result.extractions[0]
    click.echo(f"{ex.meta.title} ({ex.meta.doc_number})")
    click.echo(f"{len(ex.tasks)} tasks, {sum(len(t.assignees) for t in ex.tasks)} assignments, "
               f"{len(ex.targets)} targets, {len(ex.citations)} citations\n")
    write_df(df, "table", None)
    click.echo(f"\ngraph: {kg_path}")
    from ..analysis import rank as rank_
    from ..render import write_map

    ranking_path = out / "anhui_2016_ranking.csv"
    write_df(rank_(result.graph), "csv", str(ranking_path))
    map_path = write_map(out / "anhui_2016_map.html", result.graph)
    click.echo(f"ranking: {ranking_path}")
    click.echo(f"map: {map_path} (open in a browser; works offline)")


@click.command()
@source_options("Rank")
@click.option("--as-of", "as_of", type=int, help="Report departments as their successors in this year.")
@click.option("--document", "documents", multiple=True, help="Only this source file (repeatable).")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine (auto: igraph when installed; networkx is the reference).")
@click.option("--top", type=int, help="Only the first N departments.")
@click.option("--network", "with_network", is_flag=True,
              help="Also the whole-network figures: density, centralisation, Gini of tasks and of leads, "
                   "communities, modularity (table: after the ranking; csv: a second table after a blank "
                   "line; json: {\"ranking\": [...], \"network\": [...]}).")
@click.option("--form", "forms", multiple=True, type=click.Choice(FORMS),
              help="Only tasks read in this form (repeatable): clause, field, table, prose (duties in running text).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@handles()
def rank(graph_file: str | None, store_uri: str | None, as_of: int | None, documents: tuple[str, ...], engine: str,
         top: int | None, with_network: bool, forms: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Rank departments: tasks by role, documents, and centrality in the co-responsibility network."""
    from ..analysis import network_figures
    from ..analysis import rank as rank_

    with source(graph_file, store_uri) as kg:
        df = rank_(kg, as_of=as_of, documents=list(documents) or None, engine=engine, forms=list(forms) or None)
    figures = network_figures(df)
    if top is not None:
        df = df.head(max(top, 0))
    if fmt == "table":
        df = df.drop(columns="iri").round(4)
    if not with_network:
        write_df(df, fmt, output)
        return
    if fmt == "json":
        import json

        payload = {"ranking": json.loads(render(df, "json")), "network": json.loads(render(figures, "json"))}
        data = (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    else:
        shown = figures
        if fmt == "table":
            shown = figures.assign(value=figures["value"].map(lambda v: f"{v:.4f}" if isinstance(v, float) else str(v)))
        data = render(df, fmt) + b"\n" + (b"network\n" if fmt == "table" else b"") + render(shown, fmt)
    write_bytes(data, output)


@click.command("map")
@source_options("Draw")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--document", "documents", multiple=True, help="Only this source file (repeatable).")
@click.option("--department", "departments", multiple=True,
              help="Only the tasks of this department (label or IRI; repeatable).")
@click.option("--min-tasks", type=int, default=1, show_default=True, help="Leave out departments with fewer tasks.")
@click.option("--as-of", "as_of", type=int, help="Show departments as their successors in this year.")
@click.option("--by-document", is_flag=True, help="One node per document instead of one per task.")
@click.option("--form", "forms", multiple=True, type=click.Choice(FORMS),
              help="Only tasks read in this form (repeatable): clause, field, table, prose (duties in running text).")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine for the department sizes (auto: igraph when installed).")
@handles()
def map_(graph_file: str | None, store_uri: str | None, output: str, documents: tuple[str, ...], departments: tuple[str, ...], min_tasks: int,
         as_of: int | None, by_document: bool, forms: tuple[str, ...], engine: str) -> None:
    """Write an interactive, offline HTML map of who is assigned to which task."""
    from ..render import write_map

    with source(graph_file, store_uri) as kg:
        path = write_map(output, kg, documents=list(documents) or None,
                         departments=list(departments) or None, min_tasks=min_tasks, as_of=as_of,
                         second="document" if by_document else "task", forms=list(forms) or None,
                         engine=engine)
    click.echo(f"policykg: map -> {path}", err=True)


@click.command()
@click.argument("graph_files", metavar="[GRAPH_FILE]...", nargs=-1, type=click.Path())
@click.option("-g", "--graph", "graph_opt", type=click.Path(), help="Graph file to report on (or give files as arguments).")
@click.option("--store", "store_uri", help="Report on this store instead (oxigraph:DIR or a SPARQL endpoint URL).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--as-of", "as_of", type=int, help="Departments as their successors in this year.")
@click.option("--top", type=int, default=15, show_default=True, help="Rows of the top-N charts; labelled network nodes.")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine (auto: igraph when installed).")
@handles()
def report(graph_files: tuple[str, ...], graph_opt: str | None, store_uri: str | None, output: str,
           as_of: int | None, top: int, engine: str) -> None:
    """Write a corpus report: one offline HTML page with documents by year and issuer, assignments
    by role, top departments, the coordination network, targets by deadline and the most-cited
    works; each chart with the shipped SPARQL query behind it and its data as CSV.

    The graph is one or more graph files (as arguments or -g; several are read into one graph) or
    a store (--store)."""
    from ..render.report import write_report

    files = [*graph_files, *([graph_opt] if graph_opt else [])]
    if files and store_uri is not None:
        raise PolicyKGError("give graph files or --store, not both")
    if len(files) > 1:
        from ..rdf.io import read_graph

        kg = read_graph(files[0])
        for f in files[1:]:
            kg += read_graph(f)
        write_report(output, kg, source=", ".join(files), as_of=as_of, top=top, engine=engine)
    else:
        with source(files[0] if files else None, store_uri) as kg:
            write_report(output, kg, source=files[0] if files else str(store_uri), as_of=as_of, top=top,
                         engine=engine)
    click.echo(f"policykg: report -> {output}", err=True)


@click.command()
@source_options("Export")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="File to write; the format follows the extension: .graphml .gexf .csv .jsonld .png .svg")
@click.option("--projection", type=click.Choice(["task-department", "coresponsibility", "lead-partner", "citations"]),
              default="task-department", show_default=True, help="Which network (not for .jsonld).")
@click.option("--chart", type=click.Choice(["network", "ranking"]), default="network", show_default=True,
              help="For .png/.svg: draw the network or a bar chart of the ranking.")
@click.option("--document", "documents", multiple=True, help="Only this source file (repeatable).")
@click.option("--as-of", "as_of", type=int, help="Departments as their successors in this year.")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine for the department attributes (auto: igraph when installed).")
@handles()
def export(graph_file: str | None, store_uri: str | None, output: str, projection: str, chart: str, documents: tuple[str, ...],
           as_of: int | None, engine: str) -> None:
    """Export a network for Gephi/yEd (GraphML, GEXF), spreadsheets (CSV), JSON-LD, or a PNG/SVG chart.

    .csv writes the node list to OUTPUT and the edge list to OUTPUT-stem_edges.csv."""
    from ..render import write_export

    with source(graph_file, store_uri) as kg:
        paths = write_export(output, kg, projection=projection, chart=chart,
                             documents=list(documents) or None, as_of=as_of, engine=engine)
    for p in paths:
        click.echo(f"policykg: export -> {p}", err=True)
