"""An extraction in the annotation guide's JSON shape, and as lines a person reads.

The guide (``../shared/eval/GUIDE.md``, "File format") is how researchers code a document by
hand: title, 文号, issuer, date, then tasks (path, first 12 characters, assignees with their
roles), targets and citations. :func:`annotation` gives policykg's reading of a document in that
shape, so that it can be checked line by line, corrected, and kept as a hand-made answer that
``score.py`` reads.

>>> from graph.api import example_path, extract_file
>>> a = annotation(extract_file(example_path()))
>>> a["doc_number"], a["tasks"][0]["path"], a["tasks"][0]["start"], a["tasks"][0]["assignees"][0]
('皖政办秘〔2016〕76号', '一/一', '深入开展质量提升行动。以', {'mention': '省发展改革委', 'role': 'responsible', 'generic': False, 'implicit': False})
"""

from __future__ import annotations

from typing import Any

from .model import Extraction, Task

__all__ = ["annotation", "annotation_lines"]

_START = 12  # GUIDE: "the first 12 characters of the task text after removing leading spaces and punctuation"


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _task(t: Task, text: str) -> dict[str, Any]:
    """One task as the guide writes it; a duty in running text says ``"form": "prose"``."""
    out: dict[str, Any] = {
        "path": "/".join(t.path),
        "start": text[t.text_span.start : min(t.text_span.end, t.text_span.start + _START)],
        "assignees": [
            {"mention": a.mention, "role": a.role, "generic": a.generic, "implicit": a.implicit} for a in t.assignees
        ],
    }
    if t.form == "prose":
        out["form"] = "prose"
    return out


def annotation(ex: Extraction) -> dict[str, Any]:
    """The guide's JSON object for one extracted document (plain data, ready for ``json.dumps``)."""
    text, meta = ex.document.text, ex.meta
    return {
        "source": ex.document.source,
        "title": meta.title,
        "doc_number": meta.doc_number,
        "issuer": meta.issuer,
        "date": meta.date,
        "tasks": [_task(t, text) for t in ex.tasks],
        "targets": [
            {"path": "/".join(g.path), "indicator": g.indicator, "value": _number(g.value), "unit": g.unit,
             "deadline": g.deadline}
            for g in ex.targets
        ],
        "citations": [{"title": c.title, "doc_number": c.doc_number, "kind": c.kind} for c in ex.citations],
    }


def _forms(ex: Extraction) -> str:
    """How the tasks were read, e.g. `` (clause 12, table 27)``; empty without tasks."""
    counts: dict[str, int] = {}
    for t in ex.tasks:
        counts[t.form] = counts.get(t.form, 0) + 1
    return f" ({', '.join(f'{form} {n}' for form, n in counts.items())})" if counts else ""


def _warnings(ex: Extraction) -> list[str]:
    from .extract.unread import warnings
    from .ingest.normalize import normalize

    return [*ex.warnings, *warnings(normalize(ex.document.text), ex.tasks)]


def annotation_lines(ex: Extraction) -> list[str]:
    """The same facts as lines to read, each task with the clause it was read from.

    >>> from graph.api import example_path, extract_file
    >>> annotation_lines(extract_file(example_path()))[5]
    '  一/一  深入开展质量提升行动。以…  (省发展改革委、省经济和信息化委、省卫生计生委、省质监局、省食品药品监管局、省政府金融办、安徽银监局按职责分工负责)'
    """
    a, text = annotation(ex), ex.document.text
    out = [
        f"{a['source']}",
        f"  title: {a['title'] or '-'}",
        f"  文号: {a['doc_number'] or '-'}   issuer: {a['issuer'] or '-'}   date: {a['date'] or '-'}",
        f"  {len(a['tasks'])} tasks{_forms(ex)}, {len(a['targets'])} targets, {len(a['citations'])} citations",
    ]
    out.extend(f"  warning: {w}" for w in _warnings(ex))
    if ex.tasks:
        out.append("tasks:")
    for t, row in zip(ex.tasks, a["tasks"], strict=True):
        clause = "[prose]" if t.form == "prose" else " ".join(text[t.clause_span.start : t.clause_span.end].split())
        start = "⏎".join(row["start"].splitlines())  # (a task opening with a heading line of its own: one line here)
        out.append(f"  {row['path'] or '-'}  {start}…  {clause}")
        for who in row["assignees"]:
            flags = "".join([" generic" if who["generic"] else "", " implicit" if who["implicit"] else ""])
            out.append(f"      {who['role']:<11} {who['mention']}{flags}")
    if a["targets"]:
        out.append("targets:")
    for g in a["targets"]:
        due = f" by {g['deadline']}" if g["deadline"] else ""
        out.append(f"  {g['path'] or '-'}  {g['indicator']}: {g['value']} {g['unit']}{due}")
    if a["citations"]:
        out.append("citations:")
    for c in a["citations"]:
        title = f"《{c['title']}》" if c["title"] else ""
        out.append(f"  {c['kind']:<8} {title}{c['doc_number'] or ''}")
    return out
