"""Plain, frozen data that flows between the stages (see ARCHITECTURE.md).

Offsets are character offsets into :attr:`Document.text`, the decoded text exactly as read.
Normalisation is length-preserving, so an offset into the normalised text is an offset into
the original text too (see :mod:`graph.ingest.normalize`).

Every class is a frozen dataclass (equality, hashing, ``repr`` and immutability come from
``dataclasses``) made by :func:`frozen`, which gives it a faster ``__init__``: the generated one
sets each field through ``object.__setattr__``, a call per field; :func:`frozen`'s stores the
fields straight into the instance's dict, about three times as fast (thousands of units and
spans are built per document). A test compares each ``__init__`` with the one ``dataclasses``
would generate.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING, Any, TypeVar, dataclass_transform

from .data import rules

__all__ = [
    "ROLES",
    "Assignee",
    "Citation",
    "DocMeta",
    "Document",
    "Extraction",
    "Span",
    "Target",
    "Task",
    "Unit",
    "frozen",
]

_C = TypeVar("_C")

if TYPE_CHECKING:
    #: The roles of an assignee, in rank order (``[roles] order`` of ``rules.toml``: their one definition).
    ROLES: tuple[str, ...]


def __getattr__(name: str) -> Any:
    """``ROLES``, read from ``rules.toml`` on first use (importing the model parses no data file)."""
    if name == "ROLES":
        roles = tuple(rules()["roles"]["order"])
        globals()["ROLES"] = roles
        return roles
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: type[_C]) -> type[_C]:
    """``@dataclass(frozen=True)`` with an ``__init__`` that takes the same parameters (the fields in
    order, the same defaults; no ``default_factory``, no ``__post_init__``) and writes them into
    the instance's ``__dict__`` directly."""
    made: Any = dataclasses.dataclass(frozen=True)(cls)
    fields = dataclasses.fields(made)
    namespace: dict[str, Any] = {}
    params = []
    for f in fields:
        if f.default_factory is not dataclasses.MISSING or hasattr(made, "__post_init__"):
            raise TypeError(f"{cls.__name__}: frozen() takes no default_factory or __post_init__")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    d[{f.name!r}] = {f.name}" for f in fields)
    exec(f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__{body}", namespace)
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {f.name: f.type for f in fields} | {"return": None}
    made.__init__ = init
    return made


@frozen
class Span:
    """A half-open range ``[start, end)`` of :attr:`Document.text`."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@frozen
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


@frozen
class DocMeta:
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None  # YYYY-MM-DD
    addressees: str | None = None
    title_span: Span | None = None


@frozen
class Unit:
    """A numbered unit: ``label`` as printed (e.g. ``（一）``), ``key`` without brackets (``一``)."""

    path: tuple[str, ...]
    label: str
    key: str
    style: str
    span: Span  # the whole unit, label included, up to the next unit
    body_start: int  # first character after the label


@frozen
class Assignee:
    mention: str
    role: str  # one of ROLES: lead | responsible | support | guide
    generic: bool = False
    implicit: bool = False
    span: Span | None = None  # where the mention is printed (None when implicit)


@frozen
class Task:
    path: tuple[str, ...]
    text_span: Span  # the task text
    clause_span: Span  # the responsibility clause (brackets or field line); a prose task's sentence itself
    assignees: tuple[Assignee, ...]
    ordinal: int = 0
    form: str = "clause"  # how it was read: clause | field | table | prose
    deadline: str | None = None  # as printed in a task-division table's 完成时限 column


@frozen
class Target:
    path: tuple[str, ...]
    indicator: str
    value: float
    unit: str
    deadline: int | None
    span: Span  # the number with its unit
    sentence: Span  # the sentence that sets the target
    comparator: str = ""
    period: str = ""  # the plan period the deadline ends ("十四五" for 2025), when it came from one


@frozen
class Citation:
    title: str | None
    doc_number: str | None
    kind: str  # cites | produces
    span: Span


@frozen
class Extraction:
    """Everything extracted from one document."""

    document: Document
    meta: DocMeta
    units: tuple[Unit, ...] = ()
    tasks: tuple[Task, ...] = ()
    targets: tuple[Target, ...] = ()
    citations: tuple[Citation, ...] = ()
    warnings: tuple[str, ...] = field(default=())
