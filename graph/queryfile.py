"""Any SPARQL query a user runs (``policykg query NAME|FILE.rq``): what kind it is, and its answer.

A query is parsed once by rdflib's SPARQL parser before it runs, so that every backend reports a
syntax error the same way (line, column, the token found), an UPDATE is refused before anything
sees it, and the answer's kind is known: rows for SELECT, true/false for ASK, a graph (sorted
N-Triples lines) for CONSTRUCT and DESCRIBE.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError

if TYPE_CHECKING:
    from rdflib import Graph

    from .store import KGStore

__all__ = ["Answer", "AnswerFormatError", "QuerySyntaxError", "UpdateRefused", "query_kind", "render_answer", "run_query"]

KINDS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


class QuerySyntaxError(QueryError):
    """The query text does not parse (the message names line and column)."""


class UpdateRefused(QueryError):
    """The text is a SPARQL UPDATE: ``policykg query`` only reads."""


class AnswerFormatError(QueryError):
    """The output format asked for does not fit the query's kind of answer (rows or a graph)."""


@dataclass
class Answer:
    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[str] = field(default_factory=list)  # N-Triples lines, sorted, without duplicates


def query_kind(text: str, name: str = "query") -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; :class:`UpdateRefused` for an update and
    :class:`QuerySyntaxError` (``name:LINE:COLUMN: …``) for text that is neither."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except ParseException:
            pass
        else:
            raise UpdateRefused(f"{name}: is a SPARQL UPDATE; policykg query only reads (nothing was changed)") \
                from None
        found = f"found {exc.found}" if getattr(exc, "found", "") else "found the end of the query"
        raise QuerySyntaxError(f"{name}:{exc.lineno}:{exc.col}: syntax error: {found}, expected "
                               f"{_expected(exc.msg)}") from None
    except Exception as exc:  # rdflib's parser raises a few other types for bad IRIs, prefixes...
        raise QuerySyntaxError(f"{name}: syntax error: {exc}") from None
    return KINDS[parsed[1].name]


def _expected(msg: str) -> str:
    text = msg.removeprefix("Expected ").strip()
    if text.startswith("{") and text.endswith("}"):
        parts = [p.strip() for p in text[1:-1].split("|")]
        names = [KINDS.get(p, p) for p in parts]
        return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
    return text


def _sorted_nt(lines: Any) -> list[str]:
    return sorted({line for line in lines if line})


def _run_on_graph(g: Graph, text: str, kind: str) -> Answer:
    from .sparql import _py, use_hash_join

    use_hash_join()
    try:
        result = g.query(text)
    except Exception as exc:  # rdflib's evaluator raises many types
        raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None
    if kind == "SELECT":
        columns = [str(v) for v in (result.vars or [])]
        return Answer(kind, columns=columns, rows=[[_py(x) for x in row] for row in result])  # type: ignore[union-attr]
    if kind == "ASK":
        return Answer(kind, boolean=bool(result.askAnswer))
    assert result.graph is not None
    data = result.graph.serialize(format="nt", encoding="utf-8")
    return Answer(kind, triples=_sorted_nt(data.decode("utf-8").splitlines()))


def run_query(source: Graph | KGStore, name_or_file: str | Path,
              params: Mapping[str, Sequence[Any]] | None = None) -> Answer:
    """Run a shipped query or a ``.rq`` file on a graph or a store."""
    from .sparql import bind_values, load_query
    from .store import KGStore

    q = load_query(name_or_file)
    kind = query_kind(q.text, str(name_or_file))
    text = bind_values(q.text, params or {})
    if isinstance(source, KGStore):
        return source.query_answer(text, kind)
    return _run_on_graph(source, text, kind)


def render_answer(answer: Answer, fmt: str) -> bytes:
    """The bytes ``policykg query`` prints for an ASK (``true``/``false``) or a graph: Turtle
    (``-f table`` or ``turtle``), N-Triples (``nt``) or JSON-LD (``json``). Rows (SELECT) are
    the command line's tables."""
    if answer.kind == "ASK":
        return b"true\n" if answer.boolean else b"false\n"
    if answer.kind == "SELECT":
        raise AnswerFormatError(f"a SELECT query gives rows: use -f table, csv or json (not {fmt})")
    if fmt == "csv":
        raise AnswerFormatError(f"a {answer.kind} query gives a graph: use -f turtle, nt or json (JSON-LD), not csv")
    data = "".join(line + "\n" for line in answer.triples).encode("utf-8")
    if fmt == "nt":
        return data
    import io

    from .rdf.io import write_ntriples_as

    out = io.BytesIO()
    write_ntriples_as([data], out, "json-ld" if fmt == "json" else "turtle")
    text = out.getvalue()
    return text if text.endswith(b"\n") else text + b"\n"
