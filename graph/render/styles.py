"""How a map looks and reads: colours by role and by level, the texts of tooltips and labels.

Departments are coloured by ``pkg:level`` (else ``pkg:kind``); edges by role. Hovering a task shows
its path, source file, text (once) and the rest of the exact quote (its responsibility clause);
clicking shows the full text and quote.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = ["LABEL_FIRST", "LABEL_PX", "PHYSICS_MAX_NODES", "ROLE_COLOURS", "ROLE_NAMES"]

#: Above this many nodes edges are hidden while dragging.
PHYSICS_MAX_NODES = 300
#: On-screen size (px) at which a label appears; labels grow to at most 18 px.
LABEL_PX = 12
#: How many of the most important labels show at the initial (fit) view; each zoom doubling shows
#: twice as many.
LABEL_FIRST = 30

ROLE_COLOURS = {"lead": "#d62728", "responsible": "#1f77b4", "support": "#2ca02c", "guide": "#9467bd"}
ROLE_NAMES = {
    "lead": "牵头 lead",
    "responsible": "负责 responsible",
    "support": "配合 support",
    "guide": "指导 guide",
}
_GROUP_COLOURS = {
    "central": "#8c564b",
    "provincial": "#ff7f0e",
    "municipal": "#17becf",
    "county": "#bcbd22",
    "government": "#ffbb78",
    "party": "#e377c2",
    "people_org": "#7f7f7f",
    "regulator_local_office": "#17becf",
    "leading_group": "#8c564b",
    "enterprise": "#bcbd22",
    "unresolved": "#f7b6d2",
    "department": "#c49c94",
    "collective": "#c7c7c7",
}
_EXTRA = ["#98df8a", "#ffbb78", "#c5b0d5", "#c49c94", "#dbdb8d", "#9edae5"]
_TASK_COLOUR = "#aec7e8"
_DOC_COLOUR = "#c5b0d5"


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _filter(td: pd.DataFrame, departments: Sequence[str] | None, min_tasks: int) -> pd.DataFrame:
    """Departments with at least ``min_tasks`` tasks; with ``departments``, only the tasks of those
    departments (given by label or IRI), with every department assigned to them for context."""
    if departments:
        wanted = set(departments)
        hit = td["department"].isin(wanted) | td["target"].isin(wanted)
        td = td[td["source"].isin(set(td.loc[hit, "source"]))]
    if min_tasks > 1:
        load = td.groupby("target")["source"].nunique()
        td = td[td["target"].isin(set(load[load >= min_tasks].index))]
    return td


def _group(row: Mapping[Any, Any]) -> str:
    if row.get("collective"):
        return "collective"
    return _text(row.get("level")) or _text(row.get("kind")) or "department"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _task_texts(r: Mapping[Any, Any], tip_chars: int = 240) -> tuple[str, str]:
    """A task's tooltip (text once, clipped) and its details (text and full quote).

    The quote usually is the task text followed by its responsibility clause: the tooltip then
    shows the text once and only the rest of the quote (the clause); a quote that does not
    contain the text is shown on its own line.
    """
    text, quote = _text(r.get("text")), _text(r.get("quote"))
    head = [
        f"任务 task {_text(r.get('path'))} · {_text(r.get('document'))}",
        _text(r.get("title")),
        "",
    ]
    if quote and text and quote.startswith(text):
        rest = quote[len(text):].strip()
        tip = [*head, _clip(text, tip_chars)] + ([f"原文 quote: …{_clip(rest, 120)}"] if rest else [])
    elif quote and quote != text:
        tip = [*head, _clip(text, tip_chars), "", "原文 quote: " + _clip(quote, 160)]
    else:
        tip = [*head, _clip(text, tip_chars)]
    detail = [*head, text, "", "原文 quote (exact source characters):", quote or "—"]
    return "\n".join(tip), "\n".join(detail)


def _short_title(title: str, limit: int = 16) -> str:
    """A document's label on a map: its title after the last 关于/印发 (what the document is
    about), without a closing 的通知/的意见…, clipped.

    >>> _short_title("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知")
    '支持工业互联网发展若干政策'
    """
    cut = max(title.rfind("关于"), -1)
    core = title[cut + 2:] if cut >= 0 else title
    if core.startswith("印发"):
        core = core[2:]
    for end in ("的通知", "的意见", "的实施意见", "的决定", "的函"):
        if core.endswith(end):
            core = core[: -len(end)]
            break
    return _clip(core or title, limit)


def _department_names(names: pd.DataFrame | None, td: pd.DataFrame) -> dict[str, tuple[list[str], str]]:
    """IRI -> (every name it goes by, jurisdiction), from a ``map-department-names`` table
    (``target, name, jurisdiction``) and the labels of ``td``."""
    out: dict[str, tuple[set[str], str]] = {}
    for iri, label in td.drop_duplicates("target")[["target", "department"]].itertuples(index=False):
        out[str(iri)] = ({_text(label)} - {""}, "")
    if names is not None and len(names):
        for iri, name, place in names[["target", "name", "jurisdiction"]].itertuples(index=False):
            key = str(iri)
            if key in out:
                known, old = out[key]
                known.add(_text(name))
                out[key] = (known - {""}, old or _text(place))
    return {k: (sorted(v), place) for k, (v, place) in out.items()}
