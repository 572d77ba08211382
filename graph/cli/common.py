"""What the commands share: the one error handling (:func:`handles`), where a reading command finds
its graph (``-g FILE`` or ``--store URI``), and tables written as text, CSV or JSON."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import PolicyKGError

__all__ = ["FORMS", "OptionError", "fail", "handles", "query_source", "render", "source", "source_options", "write_bytes", "write_df"]

# How a task was read (pkg:form): a clause, a field line, a table row, or a duty in running text.
FORMS = ["clause", "field", "table", "prose"]

F = TypeVar("F", bound=Callable[..., Any])


class OptionError(PolicyKGError):
    """Options that do not go together, or a value a command cannot take: exit status 2."""


def fail(message: str) -> None:
    """One line on stderr: ``policykg: error: message``."""
    click.echo(f"policykg: error: {message}", err=True)


def handles(*codes: tuple[type[Exception], int]) -> Callable[[F], F]:
    """A command's error handling: a :class:`~graph.errors.PolicyKGError` it raises becomes one
    ``policykg: error:`` line on stderr and exit status 1, or the status ``codes`` gives for its
    class (``(ExceptionClass, status)`` pairs, the first match wins; other exception classes may be
    given too); :class:`OptionError` is status 2. Put it right above the command function, under
    the click decorators."""
    codes = (*codes, (OptionError, 2))
    caught: tuple[type[Exception], ...] = (PolicyKGError, *(cls for cls, _ in codes))

    def decorate(f: F) -> F:
        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return f(*args, **kwargs)
            except caught as exc:
                fail(str(exc))
                sys.exit(next((code for cls, code in codes if isinstance(exc, cls)), 1))

        return run  # type: ignore[return-value]

    return decorate


def source_options(what: str) -> Callable[[F], F]:
    """``-g FILE`` or ``--store URI``: where a reading command finds the knowledge graph."""

    def decorate(f: F) -> F:
        f = click.option("--store", "store_uri",
                         help=f"{what} this store instead (oxigraph:DIR or a SPARQL endpoint URL).")(f)
        return click.option("-g", "--graph", "graph_file", type=click.Path(), help=f"Graph file to {what.lower()}.")(f)

    return decorate


@contextmanager
def source(graph_file: str | None, store_uri: str | None) -> Iterator[Any]:
    """The graph file read into memory, or the store opened read-only (closed afterwards)."""
    if (graph_file is None) == (store_uri is None):
        raise PolicyKGError("give either -g FILE or --store URI")
    if store_uri is not None:
        _check_store_uri(store_uri)
        from ..store import open_store

        with open_store(store_uri, read_only=True) as st:
            yield st
    else:
        from ..rdf.io import read_graph

        yield read_graph(str(graph_file))


@contextmanager
def query_source(graph_file: str | None, store_uri: str | None) -> Iterator[Any]:
    """What ``policykg query`` runs on: :func:`source`, except that a graph file is read into an
    in-memory Oxigraph store (:func:`graph.store.filestore.read_store`; the same answers as rdflib's
    engine on :func:`~graph.rdf.io.read_graph`'s graph, in a fraction of the time)."""
    if graph_file is None or store_uri is not None:
        with source(graph_file, store_uri) as kg:
            yield kg
        return
    from ..store.filestore import read_store

    with read_store(graph_file) as st:
        yield st


def _check_store_uri(uri: str) -> None:
    """A reading command's store: ``memory`` would be a new, empty store (every answer empty)."""
    from ..errors import StoreError

    if uri == "memory":
        raise StoreError("--store memory is a new, empty store in this process: nothing to read "
                         "(give -g FILE, oxigraph:DIR or a SPARQL endpoint URL)")
    if not uri.startswith(("oxigraph:", "http://", "https://")):
        hint = f"; did you mean oxigraph:{uri}?" if Path(uri, "CURRENT").exists() else ""
        raise StoreError(f"unknown store {uri!r} (use oxigraph:DIR or an http(s):// SPARQL endpoint URL){hint}")


# ------------------------------------------------------------------------------------ tables


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


def render(result: Any, fmt: str) -> bytes:
    """A DataFrame or ``(columns, rows)`` as a table (``table``), CSV or JSON."""
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


def write_bytes(data: bytes, out: str | None) -> None:
    """``data`` to the file ``out`` (atomically) or to stdout."""
    if out:
        from ..atomic import atomic_write_bytes

        atomic_write_bytes(out, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


def write_df(result: Any, fmt: str, out: str | None) -> None:
    """Write a DataFrame or ``(columns, rows)`` as a table, CSV or JSON, to ``out`` or stdout."""
    write_bytes(render(result, fmt), out)
