"""The lean task–department projection, assembled in Python from five cheap queries.

``projection-task-department-lean`` as one SPARQL query joins every assignment to its role's
notation, its task's document and that document's file, and the department's label, level and kind,
then sorts the lot: on a 1,000,000-triple Oxigraph store that is 16 s of CPU, half of it the
``ORDER BY``. Here the same table comes from

- ``projection-assignments``: one row per assignment (task, department, role concept), no
  ORDER BY, no join beyond the assignment: the one query whose size grows with the corpus;
- ``projection-task-forms``: each task's form (one row per task; joining it in the query above
  made that query 1.7 times as slow on Oxigraph);
- ``projection-documents``, ``projection-roles``, ``projection-agents``: one row per document,
  role or department (hundreds of rows), each joined by a dictionary lookup;
- the document of a task from the task's IRI (``<document IRI>/task/N``, how
  :mod:`graph.rdf.build` mints it),

and is sorted in pandas on the query's keys (document, task, role, department), so the result is
the query's table row for row (tests compare them on the seed and a corpus graph).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = ["LEAN_COLUMNS", "LEAN_QUERIES", "TEXT_COLUMNS", "TEXT_QUERIES", "document_of_task", "lean_projection",
           "with_texts"]

#: The columns of ``projection-task-department-lean``, in its order.
LEAN_COLUMNS = ["source", "target", "weight", "role", "document", "department", "collective", "level", "kind",
                "form"]
#: The columns of ``projection-task-department`` (the lean ones with the task's path, text and quote and
#: the document's title), in its order.
TEXT_COLUMNS = ["source", "target", "weight", "role", "path", "text", "quote", "document", "title", "department",
                "collective", "level", "kind", "form"]
#: The shipped queries :func:`with_texts` runs.
TEXT_QUERIES = ("projection-task-texts", "projection-task-quotes")
#: Above this many tasks asked for, :func:`with_texts` fetches every task's texts and keeps the ones asked
#: for (a VALUES block of thousands of IRIs costs more than the rows it saves).
VALUES_MAX = 2000
#: The shipped queries :func:`lean_projection` runs.
LEAN_QUERIES = ("projection-assignments", "projection-task-forms", "projection-documents", "projection-roles",
                "projection-agents")
_ORDER = ["document", "source", "role", "target"]


def document_of_task(task_iri: str) -> str:
    """The IRI of the document a task belongs to, from the task's own IRI.

    >>> document_of_task("https://w3id.org/policykg/id/doc/a.txt/task/12")
    'https://w3id.org/policykg/id/doc/a.txt'
    """
    return task_iri.rsplit("/task/", 1)[0]


def lean_projection(
    g_rdf: Graph | KGStore,
    *,
    documents: Sequence[str] | None = None,
    forms: Sequence[str] | None = None,
    titles: bool = False,
) -> pd.DataFrame:
    """The table of ``projection-task-department-lean`` (:data:`LEAN_COLUMNS`, in its order), made
    from :data:`LEAN_QUERIES`.

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
        A policykg knowledge graph, or a store holding one.
    documents : sequence of str, optional
        Only these source files (``pkg:sourceFile``).
    forms : sequence of str, optional
        Only tasks read in these forms (``clause``, ``field``, ``table``, ``prose``).
    titles : bool
        Also the document's ``title`` (a column after ``document``; one row per title, none when the
        document has none, as ``projection-task-department``'s ``OPTIONAL`` gives): the table
        :func:`with_texts` completes.

    Examples
    --------
    >>> import graph
    >>> from graph.sparql import query_df
    >>> kg = graph.build_graph([graph.example_path()])
    >>> lean_projection(kg).equals(query_df(kg, "projection-task-department-lean"))
    True
    """
    from ..sparql import query_df

    core = query_df(g_rdf, "projection-assignments")
    columns = _columns(titles)
    if not core.empty:
        # the task's form, as the one query's join gives it (rows of the assignments in their order)
        form_of = query_df(g_rdf, "projection-task-forms", {"form": list(forms)} if forms else None)
        core = core.merge(form_of, on="source", how="inner", sort=False)
    if core.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    docs = query_df(g_rdf, "projection-documents", {"document": list(documents)} if documents else None)
    file_of = dict(zip(docs["doc"].astype(str), docs["document"], strict=True))
    roles = query_df(g_rdf, "projection-roles")
    agents = query_df(g_rdf, "projection-agents")

    source = core["source"].astype(str)
    doc_of = {t: document_of_task(t) for t in source.unique()}
    document = source.map({t: file_of.get(d) for t, d in doc_of.items()})
    notation = core["roleConcept"].astype(str).map(dict(zip(roles["roleConcept"].astype(str), roles["role"],
                                                            strict=True)))
    keep = document.notna() & notation.notna()
    td = pd.DataFrame({
        "source": core["source"][keep],
        "target": core["target"][keep],
        "weight": 1,
        "role": notation[keep],
        "document": document[keep],
        "form": core["form"][keep],
    })
    if titles:
        # one row per title of the document (none: one row without), as the query's OPTIONAL gives
        td["_doc"] = source[keep].map(doc_of)
        known = docs[["doc", "title"]].assign(_doc=docs["doc"].astype(str)).drop(columns="doc")
        td = td.merge(known.drop_duplicates(), on="_doc", how="left", sort=False)
    # one row per label of the department, as the query's join gives
    td = td.merge(agents, on="target", how="inner", sort=False)
    td = td.sort_values(_ORDER, kind="stable").reset_index(drop=True)
    return _typed(td[columns])


def _columns(titles: bool) -> list[str]:
    return [c for c in TEXT_COLUMNS if c in LEAN_COLUMNS or (titles and c == "title")]


def with_texts(g_rdf: Graph | KGStore, td: pd.DataFrame, *, tasks: Collection[str] | None = None) -> pd.DataFrame:
    """``projection-task-department``'s table (:data:`TEXT_COLUMNS`): the lean one with each task's
    path, text and quote, fetched by :data:`TEXT_QUERIES` for the tasks that are shown only.

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
        The graph or store ``td`` comes from.
    td : DataFrame
        ``lean_projection(g_rdf, ..., titles=True)``.
    tasks : collection of str, optional
        Fetch the texts of these tasks (IRIs) only; the rows of other tasks keep no path, text or
        quote. None: every task's.

    Returns
    -------
    DataFrame
        As the query gives it: a task's rows only when it has a path and a text, one row per quote
        (none: one row without), in the same order (document, task, role, department).

    Examples
    --------
    >>> import graph
    >>> from graph.sparql import query_df
    >>> kg = graph.build_graph([graph.example_path()])
    >>> full = with_texts(kg, lean_projection(kg, titles=True))
    >>> full.equals(query_df(kg, "projection-task-department"))
    True
    """
    from ..sparql import query_df

    if td.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in TEXT_COLUMNS})
    source = td["source"].astype(str)
    wanted = None if tasks is None else {str(t) for t in tasks}
    if wanted is not None and wanted >= set(source.unique()):
        wanted = None
    params = None
    if wanted is not None and len(wanted) <= VALUES_MAX:
        from rdflib import URIRef

        params = {"source": [URIRef(t) for t in source[~source.duplicated() & source.isin(wanted)]]}
    if wanted == set():  # an empty VALUES block is more than rdflib's parser takes
        texts = pd.DataFrame(columns=["source", "path", "text"], dtype=object)
        quotes = pd.DataFrame(columns=["source", "quote"], dtype=object)
    else:
        texts = query_df(g_rdf, "projection-task-texts", params)
        quotes = query_df(g_rdf, "projection-task-quotes", params)
    texts = texts.assign(_s=texts["source"].astype(str)).drop(columns="source")
    quotes = quotes.assign(_s=quotes["source"].astype(str)).drop(columns="source")
    if wanted is not None:
        texts = texts[texts["_s"].isin(wanted)]
        quotes = quotes[quotes["_s"].isin(wanted)]
    full = td.assign(_s=source)
    shown = full["_s"].isin(texts["_s"]) if wanted is None else ~full["_s"].isin(wanted) | full["_s"].isin(texts["_s"])
    # a task without a path or text has no row, as the query's join gives (only among the tasks asked for)
    full = full[shown].merge(texts, on="_s", how="left", sort=False).merge(quotes, on="_s", how="left", sort=False)
    full = full.sort_values(_ORDER, kind="stable").reset_index(drop=True)
    return _typed(full[TEXT_COLUMNS])


def _typed(td: pd.DataFrame) -> pd.DataFrame:
    """The column types ``query_df`` gives the one-query table: a column holds Python objects, except
    one whose every value is a number or a boolean (pandas infers those from the rows)."""
    rows: list[list[Any]] = td.astype(object).where(td.notna(), None).values.tolist()
    return pd.DataFrame(rows, columns=list(td.columns))
