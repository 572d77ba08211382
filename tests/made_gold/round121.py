"""The documents and hand-made gold of rounds 121-126 (tests/made_gold/forms121 … forms126), containers in layouts
the rounds 77-86, 97-104 and 105-112 did not use. As round105.py: each plan's rows are written once (round121_data.py)
with the reading of each unit, and both the document (round121_render.py) and its ``src/gold.txt`` line come from them.

Run from the project root: python tests/made_gold/round121.py   (writes every set's docs/ and src/gold.txt)
"""

from __future__ import annotations

from pathlib import Path

from round105 import Doc, start, units

HERE = Path(__file__).resolve().parent


def gold_lines(doc: Doc) -> list[str]:
    out = [f"@ {doc.name}"]
    if doc.publisher:
        out += [f"title = {doc.notice}", f"doc_number = {doc.number}", f"issuer = {doc.publisher}",
                f"date = {doc.date}"]
    else:
        out += [f"title = {doc.title}", "doc_number = -", "issuer = -", "date = -"]
    paths: list[str] = []
    for label, n in doc.sections:
        paths += [f"二/{label}" if doc.publisher else label] * n
    for i, (task, leads, others, _dl) in enumerate(doc.rows):
        path = paths[i] if paths else ("二" if doc.publisher else "-")
        who = [f"{u.lstrip('*')} {doc.lead_role}{' g' if u.startswith('*') else ''}" for u in units(leads)]
        who += [f"{u.lstrip('*')} {doc.other_role}{' g' if u.startswith('*') else ''}" for u in units(others)]
        out.append(f"T {path} | table | {start(task)} | {'; '.join(who)}")
    if doc.prose:
        out.append(f"T 三 | prose | {start(doc.prose.split('|')[1])} | {doc.prose.split('|')[0]} R")
    elif doc.publisher:
        out.append(f"T 三 | prose | {start(doc.tail()[1])} | 各责任单位 R g")
    return out


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

    folder = HERE / name
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "src").mkdir(exist_ok=True)
    lines = [f"# Hand-made gold for the documents in ../docs: round {name[5:]} (containers, layouts not met in rounds "
             "77-86, 97-104 and 105-112).",
             "# Written from the rows in ../../round121_data.py with ../../round121.py BEFORE policykg was run on them.",
             "# Format: ../../forms/src/gold.txt (JSON by ../../forms/src/make_gold.py with this folder as its argument).",
             READINGS, "# Layouts:"]
    for doc in SETS[name]:
        draw = RENDER[doc.stem.split("_")[0]]
        draw(doc, folder / "docs" / doc.name)
        lines.append(f"# - {doc.name}: " + " ".join((draw.__doc__ or "").split()))
    for doc in SETS[name]:
        lines += ["", *gold_lines(doc)]
    (folder / "src" / "gold.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    for n in range(121, 127):
        build(f"forms{n}")
