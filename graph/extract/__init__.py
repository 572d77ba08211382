"""Extraction: pure functions from a :class:`~graph.model.Document` to an :class:`~graph.model.Extraction`."""

from __future__ import annotations

import dataclasses

from ..departments.jurisdiction import document_jurisdiction
from ..departments.own_government import own_government
from ..departments.registry import normalize_mention, split_issuers
from ..ingest.normalize import normalize
from ..model import Assignee, DocMeta, Document, Extraction, Task
from .addressee import addressee_for, is_addressee_pronoun
from .citations import extract_citations
from .metadata import document_year, extract_metadata
from .prose import prose_tasks
from .responsibility import extract_tasks
from .structure import numbered_units
from .table_numbers import row_number_lines
from .targets import extract_targets

__all__ = ["extract"]

# containers whose readers repeat a merged table cell in every row it covers (graph.ingest.docx, doc, html, xlsx, xls): an empty
# cell of their tables is empty, not a merged cell printed once as a text copy prints it
_MERGES_REPEATED = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/msword",
    "application/vnd.ms-excel",
    "text/html",
})


def extract(document: Document) -> Extraction:
    """Metadata, numbered units, tasks, targets and citations of one document.

    Offsets in the result index ``document.text`` (normalisation keeps every offset).
    """
    text = normalize(document.text)
    meta = extract_metadata(text, dict(document.meta))
    if meta.issuer and len(meta.issuer) >= 6 and not any(sep in meta.issuer for sep in "、，, "):
        # 工业和信息化部国家发展和改革委员会…: co-issuers as the title prints them, joined by 、 (GUIDE)
        names = split_issuers(meta.issuer)
        if names and len(names) >= 2:
            meta = dataclasses.replace(meta, issuer="、".join(names))
    units = numbered_units(text, row_number_lines(text))  # (a one-cell-a-line table's 序号 cells: no labels)
    clause_tasks = extract_tasks(text, units, repeated=document.media_type in _MERGES_REPEATED)
    # （你省负责） with no one addressee of its kind in the header: no unit invented, as in prose
    clause_tasks = tuple(t for t in clause_tasks if not any(
        is_addressee_pronoun(a.mention) and addressee_for(a.mention, text) is None for a in t.assignees))
    # duties in running text, merged with the clause, field and table tasks in reading order
    merged = sorted(
        [*clause_tasks, *prose_tasks(text, units, clause_tasks, document_year(meta))],
        key=lambda t: (t.clause_span.start, t.text_span.start),
    )
    own = _own_government(meta, document.text, merged)
    # (each Task built anew with its ordinal: what dataclasses.replace does, without its overhead)
    tasks = tuple(
        Task(t.path, t.text_span, t.clause_span, _named(t.assignees, own), k, t.form, t.deadline)
        for k, t in enumerate(merged, start=1)
    )
    targets = extract_targets(text, units, year=document_year(meta), title=meta.title)
    citations = extract_citations(text, own_title=meta.title, own_number=meta.doc_number, printed=document.text)
    return Extraction(
        document=document,
        meta=meta,
        units=units,
        tasks=tasks,
        targets=targets,
        citations=citations,
    )


def _own_government(meta: DocMeta, text: str, tasks: list[Task]) -> frozenset[str]:
    """The mentions read as collectives that name the document's own place's government (县人民政府 in a
    county's plan: :func:`graph.departments.own_government.own_government`)."""
    bare = {a.mention for t in tasks for a in t.assignees if a.generic and "政府" in a.mention and len(a.mention) <= 5}
    if not bare:
        return frozenset()
    jurisdiction = document_jurisdiction(meta.issuer, meta.doc_number, meta.title, text, document_year(meta))[0]
    return frozenset(m for m in bare if own_government(normalize_mention(m), jurisdiction) is not None)


def _named(assignees: tuple[Assignee, ...], own: frozenset[str]) -> tuple[Assignee, ...]:
    """The assignees, those in ``own`` no longer generic: one named body, the place's government."""
    if not own or not any(a.mention in own for a in assignees):
        return assignees
    return tuple(dataclasses.replace(a, generic=False) if a.mention in own else a for a in assignees)
