"""A small table inside a table's units cell (Word and web pages lay a units cell out as a form of its own): its rows as
the cell's lines, a row of a field label and its units (牵头单位 | X) as the field ``牵头单位：X``, and a table with its
labels on top (牵头单位 | 配合单位 over X | Y) column by column, each label with the units under it.

>>> nested_lines([["牵头单位", "市商务局"], ["配合单位", "市财政局"]])
['牵头单位：市商务局', '配合单位：市财政局']
>>> nested_lines([["牵头单位", "配合单位"], ["市商务局", "市财政局、市税务局"]])
['牵头单位：市商务局', '配合单位：市财政局、市税务局']
>>> nested_lines([["市商务局", "市财政局"]])
['市商务局 市财政局']
"""

from __future__ import annotations

from ..extract.table_headers import _role_of_header

__all__ = ["nested_lines"]


def nested_lines(rows: list[list[str]]) -> list[str]:
    """The lines a nested table's rows (each row's cell texts) give its cell (see the module's text)."""
    rows = [r for r in rows if any(r)]
    if len(rows) > 1 and len(rows[0]) > 1 and all(t and _role_of_header(t) for t in rows[0]) \
            and all(len(r) == len(rows[0]) for r in rows):
        columns = [(head, "、".join(r[k] for r in rows[1:] if r[k])) for k, head in enumerate(rows[0])]
        return [f"{head}：{units}" for head, units in columns if units]
    out = []
    for texts in rows:
        while texts and not texts[-1]:
            texts = texts[:-1]
        labelled = len(texts) == 2 and all(texts) and _role_of_header(texts[0])
        out.append(f"{texts[0]}：{texts[1]}" if labelled else " ".join(texts))
    return out
