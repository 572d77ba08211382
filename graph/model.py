"""Plain, frozen data that flows between the stages (see ARCHITECTURE.md).

Offsets are character offsets into :attr:`Document.text`, the decoded text exactly as read.
Normalisation is length-preserving, so an offset into the normalised text is an offset into
the original text too (see :mod:`graph.ingest.normalize`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Assignee",
    "Citation",
    "DocMeta",
    "Document",
    "Extraction",
    "Span",
    "Target",
    "Task",
    "Unit",
]


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of :attr:`Document.text`."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """A decoded source file.

    ``source`` is the file's base name (what the tables call ``source``); ``text`` is the
    readable text; ``meta`` holds metadata a container format gave us (e.g. an HTML page's
    发文字号 table), which wins over what is parsed from the text.
    """

    source: str
    text: str
    path: str = ""
    encoding: str = "utf-8"
    media_type: str = "text/plain"
    sha256: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()


@dataclass(frozen=True)
class DocMeta:
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None  # YYYY-MM-DD
    addressees: str | None = None
    title_span: Span | None = None


@dataclass(frozen=True)
class Unit:
    """A numbered unit: ``label`` as printed (e.g. ``（一）``), ``key`` without brackets (``一``)."""

    path: tuple[str, ...]
    label: str
    key: str
    style: str
    span: Span  # the whole unit, label included, up to the next unit
    body_start: int  # first character after the label


@dataclass(frozen=True)
class Assignee:
    mention: str
    role: str  # lead | responsible | support | guide
    generic: bool = False
    implicit: bool = False
    span: Span | None = None  # where the mention is printed (None when implicit)


@dataclass(frozen=True)
class Task:
    path: tuple[str, ...]
    text_span: Span  # the task text
    clause_span: Span  # the responsibility clause (brackets or field line)
    assignees: tuple[Assignee, ...]
    ordinal: int = 0


@dataclass(frozen=True)
class Target:
    path: tuple[str, ...]
    indicator: str
    value: float
    unit: str
    deadline: int | None
    span: Span  # the number with its unit
    sentence: Span  # the sentence that sets the target
    comparator: str = ""


@dataclass(frozen=True)
class Citation:
    title: str | None
    doc_number: str | None
    kind: str  # cites | produces
    span: Span


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    meta: DocMeta
    units: tuple[Unit, ...] = ()
    tasks: tuple[Task, ...] = ()
    targets: tuple[Target, ...] = ()
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
