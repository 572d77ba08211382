"""The ``policykg`` command. It only orchestrates library functions and turns errors into one
clear line each on stderr and a non-zero exit status."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import PolicyKGError

__all__ = ["main"]

# How a task was read (pkg:form): a clause, a field line, a table row, or a duty in running text.
_FORMS = ["clause", "field", "table", "prose"]


def _fail(message: str) -> None:
    click.echo(f"policykg: error: {message}", err=True)


def _source_options(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``-g FILE`` or ``--store URI``: where a reading command finds the knowledge graph."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        f = click.option("--store", "store_uri",
                         help=f"{what} this store instead (oxigraph:DIR or a SPARQL endpoint URL).")(f)
        return click.option("-g", "--graph", "graph_file", type=click.Path(), help=f"Graph file to {what.lower()}.")(f)

    return decorate


@contextmanager
def _source(graph_file: str | None, store_uri: str | None) -> Iterator[Any]:
    """The graph file read into memory, or the store opened read-only (closed afterwards)."""
    if (graph_file is None) == (store_uri is None):
        raise PolicyKGError("give either -g FILE or --store URI")
    if store_uri is not None:
        _check_store_uri(store_uri)
        from .store import open_store

        with open_store(store_uri, read_only=True) as st:
            yield st
    else:
        from .rdf.io import read_graph

        yield read_graph(str(graph_file))


def _cell(x: Any) -> Any:
    """A DataFrame cell as printed: NaN is None, and a whole number is an int. A column of integers
    with a gap (a target without a deadline) is float64 in pandas; its cells print ``2020``,
    not ``2020.0`` (an ``xsd:decimal`` 5 is 5 too: the query results hold no doubles)."""
    if isinstance(x, float):
        if x != x:
            return None
        if x.is_integer():
            return int(x)
    return x


def _check_store_uri(uri: str) -> None:
    """A reading command's store: ``memory`` would be a new, empty store (every answer empty)."""
    from .errors import StoreError

    if uri == "memory":
        raise StoreError("--store memory is a new, empty store in this process: nothing to read "
                         "(give -g FILE, oxigraph:DIR or a SPARQL endpoint URL)")
    if not uri.startswith(("oxigraph:", "http://", "https://")):
        hint = f"; did you mean oxigraph:{uri}?" if Path(uri, "CURRENT").exists() else ""
        raise StoreError(f"unknown store {uri!r} (use oxigraph:DIR or an http(s):// SPARQL endpoint URL){hint}")


def _cells(result: Any) -> tuple[list[str], list[list[Any]]]:
    """``(columns, rows)`` of a DataFrame or of a ``(columns, rows)`` pair; NaN becomes None and a
    whole float an int (:func:`_cell`)."""
    if isinstance(result, tuple):
        return list(result[0]), [[_cell(x) for x in r] for r in result[1]]
    rows = []
    for r in result.itertuples(index=False, name=None):
        rows.append([_cell(x) for x in r])
    return [str(c) for c in result.columns], rows


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _render(result: Any, fmt: str) -> bytes:
    import csv
    import io
    import json

    columns, rows = _cells(result)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([["" if x is None else x for x in r] for r in rows])
        return buf.getvalue().encode("utf-8")
    if fmt == "json":
        records = [dict(zip(columns, r, strict=True)) for r in rows]
        return (json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8")
    texts = [columns] + [["" if x is None else str(x) for x in r] for r in rows]
    texts = [[t if _width(t) <= 60 else t[:29] + "…" for t in r] for r in texts]
    widths = [max(_width(r[k]) for r in texts) for k in range(len(columns))]
    lines = ["  ".join(" " * (w - _width(t)) + t for t, w in zip(r, widths, strict=True)) for r in texts]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write_df(result: Any, fmt: str, out: str | None) -> None:
    """Write a DataFrame or ``(columns, rows)`` as a table, CSV or JSON, to ``out`` or stdout."""
    from .atomic import atomic_write_bytes

    data = _render(result, fmt)
    if out:
        atomic_write_bytes(out, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="policykg")
def main() -> None:
    """Chinese policy documents -> a knowledge graph of who leads, is responsible for, supports or
    guides each task, with targets, citations and provenance to the source sentence."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))  # checked by the build
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Graph file to write, streamed in any format: .nt (N-Triples), .ttl (Turtle), .jsonld (JSON-LD), "
                   ".nq, .trig, .rdf (RDF/XML).")
@click.option("--store", "store_uri", help="Also put each document into its own named graph of this store "
              "(oxigraph:DIR or a SPARQL endpoint URL); -o is then optional.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract with this many processes (output is identical to -j 1).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Fragment cache for incremental rebuilds [default: .OUTPUT.policykg-cache next to OUTPUT].")
@click.option("--no-cache", is_flag=True, help="Extract every file again and keep no cache.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False),
              help="Also write the failed files and reasons here as JSON.")
@click.option("--strict", is_flag=True, help="Stop at the first file that fails; write nothing.")
@click.option("--prune/--no-prune", default=True, show_default=True,
              help="Drop the documents of the previous build of OUTPUT that are not among PATHS (with a note); "
                   "--no-prune refuses such a build instead (exit 2).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal].")
def build(paths: tuple[str, ...], output: str | None, store_uri: str | None, jobs: int, cache_dir: str | None,
          no_cache: bool, errors_file: str | None, strict: bool, prune: bool, progress: bool | None) -> None:
    """Extract PATHS (files or folders of .txt/.md/.html/.docx/.xlsx/.pdf) into one graph.

    Unchanged files are taken from the cache, changed ones replace their own facts, files gone
    from a folder drop out. Each bad file gets one line on stderr; the rest is built; the exit
    status is 1 if any file failed. Outputs are written to a temporary name and renamed, so an
    interrupted build leaves the previous output intact.

    Nothing is written (the previous graph and cache stay) and the exit status is 2 when a path
    is missing or cannot be read, or (with --no-prune) when documents of the previous build are not
    among PATHS; 3 when PATHS hold no document; 1 when no file could be read.
    """
    import json

    from .errors import InputError, NoDocumentsError, SourceError
    from .pipeline import Fragment, build_corpus, collect_sources, fragments_graph
    from .rdf.io import atomic_write_bytes, format_for

    try:
        if output is None and store_uri is None:
            raise PolicyKGError("give -o FILE, --store URI or both")
        if output is not None:
            format_for(output)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(2)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    counts = {"tasks": 0, "errors": 0}
    told: set[str] = set()

    def tick(frag: Fragment) -> None:
        if frag.error is not None and not strict:
            _fail(f"{frag.path}: {frag.error}")
            told.add(str(frag.path))
        counts["tasks"] += frag.tasks
        counts["errors"] += frag.error is not None
        if bar is not None:
            bar.update(1)
            bar.set_postfix(tasks=counts["tasks"], errors=counts["errors"], refresh=False)

    kept = f"; {output or store_uri} left as it was"
    try:
        if show:
            from tqdm import tqdm

            total = len(collect_sources(paths).files)
            bar = tqdm(total=total, unit="file", file=sys.stderr, desc="policykg build")
        report = build_corpus(paths, output, jobs=jobs, cache_dir=cache_dir, use_cache=not no_cache,
                              strict=strict, prune=prune, progress=tick)
    except SourceError as exc:
        _fail(f"{exc}{kept}")
        sys.exit(2)
    except NoDocumentsError as exc:
        _fail(f"{exc}{kept}")
        sys.exit(3)
    except InputError as exc:
        _fail(f"{exc} (--strict: stopped, nothing written)")
        sys.exit(1)
    except KeyboardInterrupt:
        _fail(f"interrupted; {output or store_uri} left as it was")
        sys.exit(130)
    finally:
        if bar is not None:
            bar.close()
    for f, reason in report.errors:
        if str(f) not in told:  # found after the file was read (two files of one name)
            _fail(f"{f}: {reason}")
    if errors_file:
        payload = [{"file": f, "reason": r} for f, r in report.errors]
        atomic_write_bytes(errors_file, (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    if store_uri is not None and report.documents:
        from .store import open_store

        try:
            with open_store(store_uri, create=True) as st:
                st.load_graph(fragments_graph(report.fragments))
        except PolicyKGError as exc:
            _fail(str(exc))
            sys.exit(1)
    click.echo(
        f"policykg: {report.documents} documents, {report.tasks} tasks, {report.assignments} assignments, "
        f"{len(report.errors)} failed -> {output or store_uri}",
        err=True,
    )
    if report.documents == 0:  # every file failed (one line each above)
        click.echo(f"policykg: no file could be read as a document: nothing built{kept}", err=True)
    elif output is not None:
        click.echo(
            f"policykg: {report.added} added, {report.changed} changed, {report.removed} removed, "
            f"{report.unchanged} unchanged" + ("" if report.written else "; output already up to date"),
            err=True,
        )
    sys.exit(1 if report.errors else 0)


@main.command()
@click.argument("name")
@_source_options("Query")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json", "turtle", "nt"]), default="table",
              help="Rows (SELECT): table, csv or json. Graphs (CONSTRUCT, DESCRIBE): Turtle (table, turtle), "
                   "N-Triples (nt) or JSON-LD (json). ASK prints true or false.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--as-of", "as_of", type=int,
              help="Map departments to their successors in force this year (NAME-as-of, or a query using ?asof).")
def query(name: str, graph_file: str | None, store_uri: str | None, fmt: str, output: str | None,
          as_of: int | None) -> None:
    """Run a shipped query NAME (see `policykg queries`) or a .rq FILE: SELECT, ASK, CONSTRUCT or
    DESCRIBE. Exit status 2 for a query that does not parse (line and column given) or an UPDATE."""
    from .queryfile import AnswerFormatError, QuerySyntaxError, UpdateRefused, query_kind, render_answer, run_query
    from .sparql import as_of_query, load_query

    try:
        params: dict[str, list[int]] = {}
        if as_of is not None:
            name, params = as_of_query(name), {"asof": [as_of]}
        q = load_query(name)
        kind = query_kind(q.text, name)
        if kind == "SELECT" and fmt in ("turtle", "nt"):
            raise AnswerFormatError(f"{name}: a SELECT query gives rows: use -f table, csv or json (not {fmt})")
        if kind in ("CONSTRUCT", "DESCRIBE") and fmt == "csv":
            raise AnswerFormatError(f"{name}: a {kind} query gives a graph: use -f turtle, nt or json (JSON-LD)")
        with _source(graph_file, store_uri) as kg:
            answer = run_query(kg, name, params)
    except (QuerySyntaxError, UpdateRefused, AnswerFormatError) as exc:
        _fail(str(exc))
        sys.exit(2)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    if answer.kind == "SELECT":
        _write_df((answer.columns, answer.rows), fmt, output)
        return
    data = render_answer(answer, fmt)
    if output:
        from .atomic import atomic_write_bytes

        atomic_write_bytes(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the annotation guide's JSON (a list when several files).")
@click.option("--annotations", "annotations_dir", type=click.Path(file_okay=False),
              help="Write one <stem>.json per document here, in the guide's shape, to check and correct by hand.")
def show(paths: tuple[str, ...], as_json: bool, annotations_dir: str | None) -> None:
    """Show what policykg reads in PATHS, without building a graph: metadata, each task with its
    clause and assignees, targets and citations.

    The JSON is the shape of a hand-made answer (GUIDE.md "File format"): corrected by hand, it
    is a gold file for the scorer. Each bad file gets one line on stderr; the exit status is 1 if
    any file failed.
    """
    import json

    from .annotate import annotation, annotation_lines
    from .api import extract_file
    from .atomic import atomic_write_bytes
    from .errors import InputError
    from .ingest import iter_sources

    failed = False
    records = []
    for path in iter_sources(paths):
        try:
            ex = extract_file(path)
        except InputError as exc:
            _fail(str(exc))
            failed = True
            continue
        record = annotation(ex)
        if annotations_dir:
            data = (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
            atomic_write_bytes(str(Path(annotations_dir) / (Path(ex.document.source).stem + ".json")), data)
        if as_json:
            records.append(record)
        elif not annotations_dir:
            click.echo("\n".join(annotation_lines(ex)))
    if as_json:
        click.echo(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=1))
    sys.exit(1 if failed else 0)


@main.command()
def queries() -> None:
    """List the shipped queries and what each answers."""
    from .sparql import list_queries

    for q in list_queries(include_checks=True):
        click.echo(f"{q.name:<28} {q.summary}")


@main.command()
@click.argument("graph_arg", metavar="[GRAPH_FILE]", type=click.Path(), required=False)
@click.option("-g", "--graph", "graph_opt", type=click.Path(), help="Graph file to validate (or give it as the argument).")
@click.option("--store", "store_uri", help="Validate what this store holds instead of a file.")
def validate(graph_arg: str | None, graph_opt: str | None, store_uri: str | None) -> None:
    """Check a graph against the SHACL shapes and the must-be-empty checks."""
    if graph_arg is not None and graph_opt is not None:
        _fail("give the graph file once (argument or -g)")
        sys.exit(2)
    graph_file = graph_arg if graph_arg is not None else graph_opt
    from .rdf.validate import validate as validate_

    try:
        with _source(graph_file, store_uri) as kg:
            report = validate_(kg.dataset_graph() if store_uri is not None else kg)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    click.echo(report.text, nl=False)
    sys.exit(0 if report.conforms else 1)


@main.command()
@click.option("-o", "--out-dir", type=click.Path(file_okay=False), default="policykg-demo", show_default=True,
              help="Folder for the demo's graph.")
def demo(out_dir: str) -> None:
    """Build the bundled example (安徽 2016 quality action plan) and print who leads the most tasks."""
    from .api import build as build_
    from .api import example_path
    from .rdf.io import write_graph
    from .sparql import query_df

    result = build_([example_path()])
    out = Path(out_dir)
    kg_path = out / "anhui_2016.ttl"
    write_graph(result.graph, kg_path)
    df = query_df(result.graph, "leads")
    ex = result.extractions[0]
    click.echo(f"{ex.meta.title} ({ex.meta.doc_number})")
    click.echo(f"{len(ex.tasks)} tasks, {sum(len(t.assignees) for t in ex.tasks)} assignments, "
               f"{len(ex.targets)} targets, {len(ex.citations)} citations\n")
    _write_df(df, "table", None)
    click.echo(f"\ngraph: {kg_path}")
    from .analysis import rank as rank_
    from .render import write_map

    ranking_path = out / "anhui_2016_ranking.csv"
    _write_df(rank_(result.graph), "csv", str(ranking_path))
    map_path = write_map(out / "anhui_2016_map.html", result.graph)
    click.echo(f"ranking: {ranking_path}")
    click.echo(f"map: {map_path} (open in a browser; works offline)")


@main.command()
@_source_options("Rank")
@click.option("--as-of", "as_of", type=int, help="Report departments as their successors in this year.")
@click.option("--document", "documents", multiple=True, help="Only this source file (repeatable).")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine (auto: igraph when installed; networkx is the reference).")
@click.option("--top", type=int, help="Only the first N departments.")
@click.option("--network", "with_network", is_flag=True,
              help="Also the whole-network figures: density, centralisation, Gini of tasks and of leads, "
                   "communities, modularity (table: after the ranking; csv: a second table after a blank "
                   "line; json: {\"ranking\": [...], \"network\": [...]}).")
@click.option("--form", "forms", multiple=True, type=click.Choice(_FORMS),
              help="Only tasks read in this form (repeatable): clause, field, table, prose (duties in running text).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def rank(graph_file: str | None, store_uri: str | None, as_of: int | None, documents: tuple[str, ...], engine: str,
         top: int | None, with_network: bool, forms: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Rank departments: tasks by role, documents, and centrality in the co-responsibility network."""
    from .analysis import network_figures
    from .analysis import rank as rank_

    try:
        with _source(graph_file, store_uri) as kg:
            df = rank_(kg, as_of=as_of, documents=list(documents) or None, engine=engine, forms=list(forms) or None)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    figures = network_figures(df)
    if top is not None:
        df = df.head(max(top, 0))
    if fmt == "table":
        df = df.drop(columns="iri").round(4)
    if not with_network:
        _write_df(df, fmt, output)
        return
    if fmt == "json":
        import json

        payload = {"ranking": json.loads(_render(df, "json")), "network": json.loads(_render(figures, "json"))}
        data = (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    else:
        shown = figures
        if fmt == "table":
            shown = figures.assign(value=figures["value"].map(lambda v: f"{v:.4f}" if isinstance(v, float) else str(v)))
        data = _render(df, fmt) + b"\n" + (b"network\n" if fmt == "table" else b"") + _render(shown, fmt)
    if output:
        from .atomic import atomic_write_bytes

        atomic_write_bytes(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@main.command("map")
@_source_options("Draw")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--document", "documents", multiple=True, help="Only this source file (repeatable).")
@click.option("--department", "departments", multiple=True,
              help="Only the tasks of this department (label or IRI; repeatable).")
@click.option("--min-tasks", type=int, default=1, show_default=True, help="Leave out departments with fewer tasks.")
@click.option("--as-of", "as_of", type=int, help="Show departments as their successors in this year.")
@click.option("--by-document", is_flag=True, help="One node per document instead of one per task.")
@click.option("--form", "forms", multiple=True, type=click.Choice(_FORMS),
              help="Only tasks read in this form (repeatable): clause, field, table, prose (duties in running text).")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine for the department sizes (auto: igraph when installed).")
def map_(graph_file: str | None, store_uri: str | None, output: str, documents: tuple[str, ...], departments: tuple[str, ...], min_tasks: int,
         as_of: int | None, by_document: bool, forms: tuple[str, ...], engine: str) -> None:
    """Write an interactive, offline HTML map of who is assigned to which task."""
    from .render import write_map

    try:
        with _source(graph_file, store_uri) as kg:
            path = write_map(output, kg, documents=list(documents) or None,
                             departments=list(departments) or None, min_tasks=min_tasks, as_of=as_of,
                             second="document" if by_document else "task", forms=list(forms) or None,
                             engine=engine)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    click.echo(f"policykg: map -> {path}", err=True)


@main.command()
@click.argument("graph_files", metavar="[GRAPH_FILE]...", nargs=-1, type=click.Path())
@click.option("-g", "--graph", "graph_opt", type=click.Path(), help="Graph file to report on (or give files as arguments).")
@click.option("--store", "store_uri", help="Report on this store instead (oxigraph:DIR or a SPARQL endpoint URL).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--as-of", "as_of", type=int, help="Departments as their successors in this year.")
@click.option("--top", type=int, default=15, show_default=True, help="Rows of the top-N charts; labelled network nodes.")
@click.option("--engine", type=click.Choice(["auto", "networkx", "igraph"]), default="auto", show_default=True,
              help="Analysis engine (auto: igraph when installed).")
def report(graph_files: tuple[str, ...], graph_opt: str | None, store_uri: str | None, output: str,
           as_of: int | None, top: int, engine: str) -> None:
    """Write a corpus report: one offline HTML page with documents by year and issuer, assignments
    by role, top departments, the coordination network, targets by deadline and the most-cited
    works; each chart with the shipped SPARQL query behind it and its data as CSV.

    The graph is one or more graph files (as arguments or -g; several are read into one graph) or
    a store (--store)."""
    from .render.report import write_report

    files = [*graph_files, *([graph_opt] if graph_opt else [])]
    try:
        if files and store_uri is not None:
            raise PolicyKGError("give graph files or --store, not both")
        if len(files) > 1:
            from .rdf.io import read_graph

            kg = read_graph(files[0])
            for f in files[1:]:
                kg += read_graph(f)
            write_report(output, kg, source=", ".join(files), as_of=as_of, top=top, engine=engine)
        else:
            with _source(files[0] if files else None, store_uri) as kg:
                write_report(output, kg, source=files[0] if files else str(store_uri), as_of=as_of, top=top,
                             engine=engine)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    click.echo(f"policykg: report -> {output}", err=True)


@main.command()
@_source_options("Export")
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
def export(graph_file: str | None, store_uri: str | None, output: str, projection: str, chart: str, documents: tuple[str, ...],
           as_of: int | None, engine: str) -> None:
    """Export a network for Gephi/yEd (GraphML, GEXF), spreadsheets (CSV), JSON-LD, or a PNG/SVG chart.

    .csv writes the node list to OUTPUT and the edge list to OUTPUT-stem_edges.csv."""
    from .render import write_export

    try:
        with _source(graph_file, store_uri) as kg:
            paths = write_export(output, kg, projection=projection, chart=chart,
                                 documents=list(documents) or None, as_of=as_of, engine=engine)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    for p in paths:
        click.echo(f"policykg: export -> {p}", err=True)


@main.command()
@_source_options("Read")
@click.option("--unresolved", is_flag=True, help="Only the mentions no registry entry matched (to curate).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def departments(graph_file: str | None, store_uri: str | None, unresolved: bool, fmt: str, output: str | None) -> None:
    """Canonical departments with the ways they are written and their task counts."""
    from .sparql import query_df

    try:
        with _source(graph_file, store_uri) as kg:
            # --unresolved: each mention with the documents it is printed in, to curate
            df = query_df(kg, "unresolved" if unresolved else "departments")
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    if unresolved and df.empty and fmt == "table":
        click.echo("policykg: every department mention is resolved (no unresolved mentions)", err=True)
        return
    _write_df(df, fmt, output)


@main.command()
@click.argument("kg_file", type=click.Path())
@click.option("--store", "store_uri", required=True,
              help="Where to load: oxigraph:DIR (made if missing) or a SPARQL endpoint query URL.")
@click.option("--update-url", help="The endpoint's update URL, if not QUERY_URL/../update (Virtuoso: /sparql).")
def load(kg_file: str, store_uri: str, update_url: str | None) -> None:
    """Load a graph file into a store, each document replacing its own named graph atomically."""
    from .store import open_store

    try:
        with open_store(store_uri, create=True, update_url=update_url) as st:
            docs = st.load_file(kg_file)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    click.echo(f"policykg: {len(docs)} documents -> {store_uri}", err=True)


@main.command()
@click.option("-g", "--graph", "graph_file", type=click.Path(), help="Graph file to serve.")
@click.option("--store", "store_uri", help="Serve this oxigraph:DIR store instead.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port on 127.0.0.1.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Stop a query after this many seconds.")
@click.option("--cors", "cors", metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. http://localhost:8080, or *) query the endpoint.")
def serve(graph_file: str | None, store_uri: str | None, port: int, timeout: float, cors: str | None) -> None:
    """A read-only SPARQL 1.1 Protocol endpoint on http://127.0.0.1:PORT/query (results and graphs in
    the format the client accepts) with an offline query page at /."""
    import tempfile

    from .server import serve_sparql
    from .store import open_store

    try:
        if (graph_file is None) == (store_uri is None):
            raise PolicyKGError("give either -g FILE or --store oxigraph:DIR")
        with tempfile.TemporaryDirectory(prefix="policykg-serve-") as tmp:
            if graph_file is not None:
                location = str(Path(tmp) / "store")
                with open_store(f"oxigraph:{location}", create=True) as st:
                    st.load_file(graph_file)
            elif str(store_uri).startswith("oxigraph:"):
                location = str(store_uri)[len("oxigraph:"):]
            else:
                raise PolicyKGError(f"{store_uri}: only an oxigraph:DIR store can be served (a SPARQL URL "
                                    "already is an endpoint; load a memory graph from a file with -g)")
            serve_sparql(location, port=port, timeout=timeout, cors=cors,
                         ready=lambda url: click.echo(f"policykg: serving {url} (read-only, timeout "
                                                      f"{timeout:g} s; Ctrl-C stops)", err=True))
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        pass
