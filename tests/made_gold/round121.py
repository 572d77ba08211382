"""The documents and hand-made gold of rounds 121-126 (tests/made_gold/forms121 … forms126), containers in layouts
the rounds 77-86, 97-104 and 105-112 did not use. As round105.py: each plan's rows are written once (round121_data.py)
with the reading of each unit, and both the document (round121_render.py) and its ``src/gold.txt`` line come from them.

Run from the project root: python tests/made_gold/round121.py   (writes every set's docs/ and src/gold.txt)
"""

from __future__ import annotations

from pathlib import Path

from round105 import Doc, closing_line, metadata_lines, row_line, write_round

HERE = Path(__file__).resolve().parent


def gold_lines(doc: Doc) -> list[str]:
    out = metadata_lines(doc)
    paths: list[str] = []
    for label, n in doc.sections:
        paths += [f"二/{label}" if doc.publisher else label] * n
    for i, (task, leads, others, _dl) in enumerate(doc.rows):
        out.append(row_line(doc, paths[i] if paths else ("二" if doc.publisher else "-"), task, leads, others))
    return out + closing_line(doc)


READINGS = """# Readings (decided before the first run, from GUIDE.md):
# - a table under `二、重点任务` gives path 二 (group rows `（一）…` in the table: 二/一, 二/二); a bare workbook: path "-"
#   (group rows `一、…` merged across: 一, 二), no 文号, issuer or date, its title the title row.
# - 牵头单位 / 牵头 L; 配合单位 / 配合 S; a role column (牵头 / 配合) beside the units, wherever it stands, gives their role;
#   a note `排在第一位的为牵头单位` (in a text box too) makes the first unit of a 责任单位 cell L and the others R.
# - Word tracked changes are read as accepted (deleted text gone, inserted text kept).
# - a workbook's second sheet `配合单位` (序号 | 配合单位) gives the support units of the rows of the same 序号.
# - a table continued over a page (header printed again, page number between) is one table; a cell wrapped over lines
#   is one cell; 各… collectives g and whole.
# - the closing `市财政局要…` under 三: prose R; `各责任单位要按季度报送…` prose R g."""


def build(name: str) -> None:
    from round121_data import SETS
    from round121_render import RENDER

    write_round(name, SETS[name], RENDER, "containers, layouts not met in rounds 77-86, 97-104 and 105-112", "round121", READINGS, gold_lines)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    for n in range(121, 127):
        build(f"forms{n}")
