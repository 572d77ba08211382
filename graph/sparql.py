"""The shipped SPARQL queries (``queries/*.rq``, installed as ``graph.queries``) and running them
into pandas DataFrames. Parameters go in as ``VALUES`` blocks, never pasted into query text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Graph
    from rdflib.term import Node

    from .store import KGStore

__all__ = ["Query", "as_of_query", "bind_values", "list_queries", "load_query", "query_df", "rows_to_df", "use_hash_join"]

_PACKAGE = "graph.queries"


def _hash_join(ctx: Any, part: Any) -> Any:
    """rdflib joins two evaluated groups (e.g. two subqueries) by comparing every row of one with
    every row of the other; this does the same join through a hash index on the variables bound in
    every row of both sides. Same rows, same order of rows as rdflib's; linear instead of quadratic.
    Installed in rdflib's ``CUSTOM_EVALS`` by :func:`use_hash_join` before policykg runs a query."""
    if getattr(part, "name", None) != "Join" or part.lazy:
        raise NotImplementedError
    from rdflib.plugins.sparql.evaluate import evalPart

    left = list(evalPart(ctx, part.p1))
    right = list(set(evalPart(ctx, part.p2)))  # rdflib's own evalJoin takes a set of the right side
    if not left or not right:
        return iter(())
    shared = set(left[0]).intersection(*left[1:]).intersection(*right)
    if not shared:
        return (x.merge(y) for x in left for y in right if x.compatible(y))
    key = sorted(shared)
    index: dict[tuple[Any, ...], list[Any]] = {}
    for y in right:
        index.setdefault(tuple(y[v] for v in key), []).append(y)
    return (x.merge(y) for x in left for y in index.get(tuple(x[v] for v in key), ()) if x.compatible(y))


def use_hash_join() -> None:
    """Let rdflib join evaluated groups through :func:`_hash_join` (idempotent; not done at import so
    that the command line's store path does not load rdflib's SPARQL engine)."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault("policykg_hash_join", _hash_join)


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    summary: str
    columns: tuple[str, ...]


def _parse(name: str, text: str) -> Query:
    summary = ""
    columns: tuple[str, ...] = ()
    for line in text.splitlines():
        m = re.match(r"#\+\s*(\w+):\s*(.*)", line)
        if m and m.group(1) == "summary":
            summary = m.group(2).strip()
        elif m and m.group(1) == "columns":
            columns = tuple(c.strip() for c in m.group(2).split(",") if c.strip())
    return Query(name=name, text=text, summary=summary, columns=columns)


def list_queries(include_checks: bool = False) -> list[Query]:
    """The shipped queries, sorted by name (``checks/…`` too when asked)."""
    out = []
    root = resources.files(_PACKAGE)
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            out.append(_parse(entry.name[:-3], entry.read_text(encoding="utf-8")))
    if include_checks:
        for entry in sorted(root.joinpath("checks").iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".rq"):
                out.append(_parse("checks/" + entry.name[:-3], entry.read_text(encoding="utf-8")))
    return out


def load_query(name_or_file: str | Path) -> Query:
    """A shipped query by name (``leads``) or any ``.rq`` file by path."""
    p = Path(name_or_file)
    if p.suffix == ".rq" and p.exists():
        try:
            return _parse(p.stem, p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{p}: cannot read the query file ({exc})") from None
    name = str(name_or_file).removesuffix(".rq")
    shipped = resources.files(_PACKAGE).joinpath(*(name + ".rq").split("/"))
    if (p.suffix == ".rq" or "/" in str(name_or_file) or p.is_absolute()) and not shipped.is_file():
        raise QueryError(f"{p}: no such query file")
    entry = resources.files(_PACKAGE).joinpath(*name.split("/"))
    candidate = entry.with_suffix(".rq") if hasattr(entry, "with_suffix") else None
    target = resources.files(_PACKAGE).joinpath(*(name + ".rq").split("/"))
    if not target.is_file():
        known = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no query named {name!r} (shipped: {known}; or give a path to a .rq file)")
    del candidate
    return _parse(name, target.read_text(encoding="utf-8"))


_ASOF = re.compile(r"[?$]asof\b")


def as_of_query(name_or_file: str | Path) -> str:
    """The query that takes ``--as-of``: ``name_or_file`` itself when it uses ``?asof``, else the
    shipped ``NAME-as-of``; a :class:`QueryError` naming the queries that take it otherwise."""
    if _ASOF.search(load_query(name_or_file).text):
        return str(name_or_file)
    variant = str(name_or_file).removesuffix(".rq") + "-as-of"
    if "/" not in variant and resources.files(_PACKAGE).joinpath(variant + ".rq").is_file():
        return variant
    takes = [q.name for q in list_queries() if _ASOF.search(q.text)]
    bases = sorted({n.removesuffix("-as-of") for n in takes if n.endswith("-as-of")} | set(takes))
    raise QueryError(f"{name_or_file}: --as-of does not apply to this query (it does to: {', '.join(bases)}; "
                     "or a .rq file using ?asof)")


def _sparql_term(value: Any) -> str:
    from rdflib import Literal, URIRef

    if isinstance(value, URIRef | Literal):
        return value.n3()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return Literal(str(value)).n3()


def bind_values(text: str, params: Mapping[str, Sequence[Any]]) -> str:
    """Add a ``VALUES`` block for each parameter at the start of the outermost WHERE.

    >>> q = "SELECT ?x WHERE { ?x ?p ?department }"
    >>> bind_values(q, {"department": ['a"} UNION {']})
    'SELECT ?x WHERE { VALUES ?department { "a\\\\"} UNION {" } ?x ?p ?department }'
    """
    if not params:
        return text
    m = re.search(r"\bWHERE\s*\{", text, re.I)
    if m is None:
        raise QueryError("query has no WHERE clause to bind parameters in")
    blocks = []
    for var, values in params.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", var):
            raise QueryError(f"bad parameter name {var!r}")
        terms = " ".join(_sparql_term(v) for v in values)
        blocks.append(f"VALUES ?{var} {{ {terms} }}")
    return text[: m.end()] + " " + " ".join(blocks) + text[m.end() :]


def _py(node: Node | None) -> Any:
    from rdflib import Literal

    if node is None:
        return None
    if isinstance(node, Literal):
        v = node.toPython()
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        if isinstance(v, bool | int | float):
            return v
        return str(node)
    return str(node)


def rows_to_df(columns: Sequence[str], rows: Sequence[Sequence[Node | None]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([[_py(x) for x in row] for row in rows], columns=list(columns))


def query_df(g: Graph | KGStore, name_or_file: str | Path,
             params: Mapping[str, Sequence[Any]] | None = None) -> pd.DataFrame:
    """Run a shipped query (or a ``.rq`` file) on an rdflib graph, or on a store opened with
    :func:`graph.store.open_store`, into a DataFrame.

    >>> import graph
    >>> kg = graph.build_graph([graph.example_path()])
    >>> query_df(kg, "leads").iloc[0]["department"]
    '安徽省质量技术监督局'
    """
    from .store import KGStore

    if isinstance(g, KGStore):
        return g.query_df(name_or_file, params)
    q = load_query(name_or_file)
    text = bind_values(q.text, params or {})
    use_hash_join()
    result = g.query(text)
    columns = [str(v) for v in (result.vars or [])]
    return rows_to_df(columns, [tuple(row) for row in result])  # type: ignore[arg-type]
