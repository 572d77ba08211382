"""The ``policykg`` command. It only orchestrates library functions and turns errors into one
clear line each on stderr and a non-zero exit status."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import PolicyKGError

__all__ = ["main"]


def _fail(message: str) -> None:
    click.echo(f"policykg: error: {message}", err=True)


def _write_df(df: Any, fmt: str, out: str | None) -> None:
    from .rdf.io import atomic_write_bytes

    if fmt == "csv":
        data = df.to_csv(index=False).encode("utf-8")
    elif fmt == "json":
        data = (df.to_json(orient="records", force_ascii=False, indent=1) + "\n").encode("utf-8")
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            data = (df.to_string(index=False) + "\n").encode("utf-8")
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
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Graph file to write: .ttl (Turtle), .nt (N-Triples) or .jsonld (JSON-LD).")
def build(paths: tuple[str, ...], output: str) -> None:
    """Extract PATHS (files or folders of .txt/.md/.html/.docx/.pdf) into one graph file."""
    from .api import build as build_
    from .rdf.io import format_for, write_graph

    try:
        format_for(output)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(2)
    result = build_(paths)
    for err in result.errors:
        _fail(str(err))
    write_graph(result.graph, output)
    tasks = sum(len(e.tasks) for e in result.extractions)
    assignments = sum(len(t.assignees) for e in result.extractions for t in e.tasks)
    click.echo(
        f"policykg: {len(result.extractions)} documents, {tasks} tasks, {assignments} assignments, "
        f"{len(result.errors)} failed -> {output}",
        err=True,
    )
    sys.exit(1 if result.errors else 0)


@main.command()
@click.argument("name")
@click.option("-g", "--graph", "graph_file", required=True, type=click.Path(), help="Graph file to query.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def query(name: str, graph_file: str, fmt: str, output: str | None) -> None:
    """Run a shipped query NAME (see `policykg queries`) or a .rq FILE."""
    from .rdf.io import read_graph
    from .sparql import query_df

    try:
        df = query_df(read_graph(graph_file), name)
    except PolicyKGError as exc:
        _fail(str(exc))
        sys.exit(1)
    _write_df(df, fmt, output)


@main.command()
def queries() -> None:
    """List the shipped queries and what each answers."""
    from .sparql import list_queries

    for q in list_queries(include_checks=True):
        click.echo(f"{q.name:<28} {q.summary}")


@main.command()
@click.argument("graph_file", type=click.Path())
def validate(graph_file: str) -> None:
    """Check a graph against the SHACL shapes and the must-be-empty checks."""
    from .rdf.io import read_graph
    from .rdf.validate import validate as validate_

    try:
        report = validate_(read_graph(graph_file))
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
