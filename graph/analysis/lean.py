"""The lean task–department projection, assembled in Python from four cheap queries.

``projection-task-department-lean`` as one SPARQL query joins every assignment to its role's
notation, its task's document and that document's file, and the department's label, level and kind,
then sorts the lot: on a 1,000,000-triple Oxigraph store that is 16 s of CPU, half of it the
``ORDER BY``. Here the same table comes from

- ``projection-assignments``: one row per assignment (task, department, role concept, form), no
  ORDER BY, no join beyond the task's form: the one query whose size grows with the corpus;
- ``projection-documents``, ``projection-roles``, ``projection-agents``: one row per document,
  role or department (hundreds of rows), each joined by a dictionary lookup;
- the document of a task from the task's IRI (``<document IRI>/task/N``, how
  :mod:`graph.rdf.build` mints it),

and is sorted in pandas on the query's keys (document, task, role, department), so the result is
the query's table row for row (tests compare them on the seed and a corpus graph).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = ["LEAN_COLUMNS", "LEAN_QUERIES", "document_of_task", "lean_projection"]

#: The columns of ``projection-task-department-lean``, in its order.
LEAN_COLUMNS = ["source", "target", "weight", "role", "document", "department", "collective", "level", "kind",
                "form"]
#: The shipped queries :func:`lean_projection` runs.
LEAN_QUERIES = ("projection-assignments", "projection-documents", "projection-roles", "projection-agents")
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

    Examples
    --------
    >>> import graph
    >>> from graph.sparql import query_df
    >>> kg = graph.build_graph([graph.example_path()])
    >>> lean_projection(kg).equals(query_df(kg, "projection-task-department-lean"))
    True
    """
    from ..sparql import query_df

    core = query_df(g_rdf, "projection-assignments", {"form": list(forms)} if forms else None)
    if core.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in LEAN_COLUMNS})
    docs = query_df(g_rdf, "projection-documents", {"document": list(documents)} if documents else None)
    file_of = dict(zip(docs["doc"].astype(str), docs["document"], strict=True))
    roles = query_df(g_rdf, "projection-roles")
    agents = query_df(g_rdf, "projection-agents")

    source = core["source"].astype(str)
    document = source.map({t: file_of.get(document_of_task(t)) for t in source.unique()})
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
    # one row per label of the department, as the query's join gives
    td = td.merge(agents, on="target", how="inner", sort=False)
    td = td.sort_values(_ORDER, kind="stable").reset_index(drop=True)
    return _typed(td[LEAN_COLUMNS])


def _typed(td: pd.DataFrame) -> pd.DataFrame:
    """The column types ``query_df`` gives the one-query table: a column holds Python objects, except
    one whose every value is a number or a boolean (pandas infers those from the rows)."""
    rows: list[list[Any]] = td.astype(object).where(td.notna(), None).values.tolist()
    return pd.DataFrame(rows, columns=list(td.columns))
