"""Reading commands: ``query``, ``queries``, ``show``, ``validate``, ``departments``; ``load`` and
``serve`` for stores."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import PolicyKGError
from ..queryfile import AnswerFormatError, QuerySyntaxError, UpdateRefused
from .common import OptionError, fail, handles, query_source, source, source_options, write_bytes, write_df

__all__ = ["departments", "load", "queries", "query", "serve", "show", "validate"]


@click.command()
@click.argument("name")
@source_options("Query")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json", "turtle", "nt"]), default="table",
              help="Rows (SELECT): table, csv or json. Graphs (CONSTRUCT, DESCRIBE): Turtle (table, turtle), "
                   "N-Triples (nt) or JSON-LD (json). ASK prints true or false.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--as-of", "as_of", type=int,
              help="Map departments to their successors in force this year (NAME-as-of, or a query using ?asof).")
@handles((QuerySyntaxError, 2), (UpdateRefused, 2), (AnswerFormatError, 2))
def query(name: str, graph_file: str | None, store_uri: str | None, fmt: str, output: str | None,
          as_of: int | None) -> None:
    """Run a shipped query NAME (see `policykg queries`) or a .rq FILE: SELECT, ASK, CONSTRUCT or
    DESCRIBE. Exit status 2 for a query that does not parse (line and column given) or an UPDATE.
    The rows of a query without ORDER BY are printed sorted (SPARQL gives them in no set order)."""
    from ..queryfile import in_order, query_kind, render_answer, run_query
    from ..sparql import as_of_query, load_query

    params: dict[str, list[int]] = {}
    if as_of is not None:
        name, params = as_of_query(name), {"asof": [as_of]}
    q = load_query(name)
    kind = query_kind(q.text, name)
    if kind == "SELECT" and fmt in ("turtle", "nt"):
        raise AnswerFormatError(f"{name}: a SELECT query gives rows: use -f table, csv or json (not {fmt})")
    if kind in ("CONSTRUCT", "DESCRIBE") and fmt == "csv":
        raise AnswerFormatError(f"{name}: a {kind} query gives a graph: use -f turtle, nt or json (JSON-LD)")
    with query_source(graph_file, store_uri) as kg:
        answer = in_order(run_query(kg, name, params), q)
    if answer.kind == "SELECT":
        write_df((answer.columns, answer.rows), fmt, output)
    else:
        write_bytes(render_answer(answer, fmt), output)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the annotation guide's JSON (a list when several files).")
@click.option("--annotations", "annotations_dir", type=click.Path(file_okay=False),
              help="Write one <stem>.json per document here, in the guide's shape, to check and correct by hand.")
@handles()
def show(paths: tuple[str, ...], as_json: bool, annotations_dir: str | None) -> None:
    """Show what policykg reads in PATHS, without building a graph: metadata, each task with its
    clause and assignees, targets and citations.

    The JSON is the shape of a hand-made answer (GUIDE.md "File format"): corrected by hand, it
    is a gold file for the scorer. Each bad file gets one line on stderr; the exit status is 1 if
    any file failed.
    """
    import json

    from ..annotate import annotation, annotation_lines
    from ..api import extract_file
    from ..atomic import atomic_write_bytes
    from ..errors import InputError
    from ..ingest import iter_sources

    failed = False
    records = []
    for path in iter_sources(paths):
        try:
            ex = extract_file(path)
        except InputError as exc:
            fail(str(exc))
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


@click.command()
@handles()
def queries() -> None:
    """List the shipped queries and what each answers."""
    from ..sparql import list_queries

    for q in list_queries(include_checks=True):
        click.echo(f"{q.name:<28} {q.summary}")


@click.command()
@click.argument("graph_arg", metavar="[GRAPH_FILE]", type=click.Path(), required=False)
@click.option("-g", "--graph", "graph_opt", type=click.Path(), help="Graph file to validate (or give it as the argument).")
@click.option("--store", "store_uri", help="Validate what this store holds instead of a file.")
@handles()
def validate(graph_arg: str | None, graph_opt: str | None, store_uri: str | None) -> None:
    """Check a graph against the SHACL shapes and the must-be-empty checks."""
    if graph_arg is not None and graph_opt is not None:
        raise OptionError("give the graph file once (argument or -g)")
    graph_file = graph_arg if graph_arg is not None else graph_opt
    from ..rdf.validate import validate as validate_

    with source(graph_file, store_uri) as kg:
        report = validate_(kg.dataset_graph() if store_uri is not None else kg)
    click.echo(report.text, nl=False)
    sys.exit(0 if report.conforms else 1)


@click.command()
@source_options("Read")
@click.option("--unresolved", is_flag=True, help="Only the mentions no registry entry matched (to curate).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@handles()
def departments(graph_file: str | None, store_uri: str | None, unresolved: bool, fmt: str, output: str | None) -> None:
    """Canonical departments with the ways they are written and their task counts."""
    from ..sparql import query_df

    with source(graph_file, store_uri) as kg:
        # --unresolved: each mention with the documents it is printed in, to curate
        df = query_df(kg, "unresolved" if unresolved else "departments")
    if unresolved and df.empty and fmt == "table":
        click.echo("policykg: every department mention is resolved (no unresolved mentions)", err=True)
        return
    write_df(df, fmt, output)


@click.command()
@click.argument("kg_file", type=click.Path())
@click.option("--store", "store_uri", required=True,
              help="Where to load: oxigraph:DIR (made if missing) or a SPARQL endpoint query URL.")
@click.option("--update-url", help="The endpoint's update URL, if not QUERY_URL/../update (Virtuoso: /sparql).")
@handles()
def load(kg_file: str, store_uri: str, update_url: str | None) -> None:
    """Load a graph file into a store, each document replacing its own named graph atomically."""
    from ..store import open_store

    with open_store(store_uri, create=True, update_url=update_url) as st:
        docs = st.load_file(kg_file)
    click.echo(f"policykg: {len(docs)} documents -> {store_uri}", err=True)


@click.command()
@click.option("-g", "--graph", "graph_file", type=click.Path(), help="Graph file to serve.")
@click.option("--store", "store_uri", help="Serve this oxigraph:DIR store instead.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port on 127.0.0.1.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Stop a query after this many seconds.")
@click.option("--cors", "cors", metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. http://localhost:8080, or *) query the endpoint.")
@handles()
def serve(graph_file: str | None, store_uri: str | None, port: int, timeout: float, cors: str | None) -> None:
    """A read-only SPARQL 1.1 Protocol endpoint on http://127.0.0.1:PORT/query (results and graphs in
    the format the client accepts) with an offline query page at /."""
    import tempfile

    from ..server import serve_sparql
    from ..store import open_store

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
    except KeyboardInterrupt:
        pass
