"""Plain, frozen data that flows between the stages (see ARCHITECTURE.md).

Offsets are character offsets into :attr:`Document.text`, the decoded text exactly as read.
Normalisation is length-preserving, so an offset into the normalised text is an offset into
the original text too (see :mod:`graph.ingest.normalize`).

Every class is a frozen dataclass (equality, hashing, ``repr`` and immutability come from
``dataclasses``) with its own ``__init__``: the generated one sets each field through
``object.__setattr__``, which costs a call per field; ours stores the fields straight into the
instance's dict and is about three times as fast (thousands of units and spans are built per
document). The parameters are the fields in order with the same defaults; a test compares each
``__init__`` with the one ``dataclasses`` would generate.
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

    def __init__(self, start: int, end: int) -> None:
        d = self.__dict__
        d["start"] = start
        d["end"] = end

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

    def __init__(
        self,
        source: str,
        text: str,
        path: str = "",
        encoding: str = "utf-8",
        media_type: str = "text/plain",
        sha256: str = "",
        meta: tuple[tuple[str, str], ...] = (),
        tables: tuple[tuple[tuple[str, ...], ...], ...] = (),
    ) -> None:
        d = self.__dict__
        d["source"] = source
        d["text"] = text
        d["path"] = path
        d["encoding"] = encoding
        d["media_type"] = media_type
        d["sha256"] = sha256
        d["meta"] = meta
        d["tables"] = tables


@dataclass(frozen=True)
class DocMeta:
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None  # YYYY-MM-DD
    addressees: str | None = None
    title_span: Span | None = None

    def __init__(
        self,
        title: str | None = None,
        doc_number: str | None = None,
        issuer: str | None = None,
        date: str | None = None,
        addressees: str | None = None,
        title_span: Span | None = None,
    ) -> None:
        d = self.__dict__
        d["title"] = title
        d["doc_number"] = doc_number
        d["issuer"] = issuer
        d["date"] = date
        d["addressees"] = addressees
        d["title_span"] = title_span


@dataclass(frozen=True)
class Unit:
    """A numbered unit: ``label`` as printed (e.g. ``（一）``), ``key`` without brackets (``一``)."""

    path: tuple[str, ...]
    label: str
    key: str
    style: str
    span: Span  # the whole unit, label included, up to the next unit
    body_start: int  # first character after the label

    def __init__(self, path: tuple[str, ...], label: str, key: str, style: str, span: Span, body_start: int) -> None:
        d = self.__dict__
        d["path"] = path
        d["label"] = label
        d["key"] = key
        d["style"] = style
        d["span"] = span
        d["body_start"] = body_start


@dataclass(frozen=True)
class Assignee:
    mention: str
    role: str  # lead | responsible | support | guide
    generic: bool = False
    implicit: bool = False
    span: Span | None = None  # where the mention is printed (None when implicit)

    def __init__(
        self, mention: str, role: str, generic: bool = False, implicit: bool = False, span: Span | None = None
    ) -> None:
        d = self.__dict__
        d["mention"] = mention
        d["role"] = role
        d["generic"] = generic
        d["implicit"] = implicit
        d["span"] = span


@dataclass(frozen=True)
class Task:
    path: tuple[str, ...]
    text_span: Span  # the task text
    clause_span: Span  # the responsibility clause (brackets or field line)
    assignees: tuple[Assignee, ...]
    ordinal: int = 0

    def __init__(
        self,
        path: tuple[str, ...],
        text_span: Span,
        clause_span: Span,
        assignees: tuple[Assignee, ...],
        ordinal: int = 0,
    ) -> None:
        d = self.__dict__
        d["path"] = path
        d["text_span"] = text_span
        d["clause_span"] = clause_span
        d["assignees"] = assignees
        d["ordinal"] = ordinal


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

    def __init__(
        self,
        path: tuple[str, ...],
        indicator: str,
        value: float,
        unit: str,
        deadline: int | None,
        span: Span,
        sentence: Span,
        comparator: str = "",
    ) -> None:
        d = self.__dict__
        d["path"] = path
        d["indicator"] = indicator
        d["value"] = value
        d["unit"] = unit
        d["deadline"] = deadline
        d["span"] = span
        d["sentence"] = sentence
        d["comparator"] = comparator


@dataclass(frozen=True)
class Citation:
    title: str | None
    doc_number: str | None
    kind: str  # cites | produces
    span: Span

    def __init__(self, title: str | None, doc_number: str | None, kind: str, span: Span) -> None:
        d = self.__dict__
        d["title"] = title
        d["doc_number"] = doc_number
        d["kind"] = kind
        d["span"] = span


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

    def __init__(
        self,
        document: Document,
        meta: DocMeta,
        units: tuple[Unit, ...] = (),
        tasks: tuple[Task, ...] = (),
        targets: tuple[Target, ...] = (),
        citations: tuple[Citation, ...] = (),
        warnings: tuple[str, ...] = (),
    ) -> None:
        d = self.__dict__
        d["document"] = document
        d["meta"] = meta
        d["units"] = units
        d["tasks"] = tasks
        d["targets"] = targets
        d["citations"] = citations
        d["warnings"] = warnings
