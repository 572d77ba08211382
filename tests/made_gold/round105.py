"""The documents and hand-made gold of rounds 105-112 (tests/made_gold/forms105 … forms112), containers in layouts
the rounds 77-86 and 97-104 did not use. Each document is a task-division plan; its table rows are written here once,
with the reading of each unit (role, generic) decided from /work/shared/eval/GUIDE.md, and both the document and its
``src/gold.txt`` line are made from them (the gold is the annotation, not a reading of the file).

Rows: ``(task, leads, others, deadline)``; units apart by ``、``; a leading ``*`` marks a generic unit (stripped when
printed). ``others`` take the role of their column (``Doc.other_role``).

Run from the project root: python tests/made_gold/round105.py   (writes every set's docs/ and src/gold.txt)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = tuple[str, str, str, str]


@dataclass
class Doc:
    stem: str
    ext: str
    publisher: str  # "" for a bare workbook (no notice: issuer, 文号, date null)
    number: str
    date: str  # YYYY-MM-DD
    plan: str
    rows: list[Row]
    other_role: str = "S"  # role of the ``others`` column
    lead_role: str = "L"
    prose: str = ""  # a closing sentence under 三 whose subject is its first unit: ``unit|sentence``
    sections: list[tuple[str, int]] = field(default_factory=list)  # (section row text, rows under it)
    title: str = ""  # a workbook's title

    @property
    def name(self) -> str:
        return f"{self.stem}.{self.ext}"

    @property
    def notice(self) -> str:
        return f"{self.publisher}关于印发{self.plan}的通知"

    def date_cn(self) -> str:
        y, m, d = (int(x) for x in self.date.split("-"))
        return f"{y}年{m}月{d}日"

    def head(self) -> list[str]:
        town = "各镇（区）人民政府、街道办事处，市各委办局，市各直属单位："
        return [self.notice, self.number, town,
                f"《{self.plan}》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
                self.publisher, self.date_cn(), self.plan, "一、总体要求",
                "坚持市场主导、政府引导，推动产业集群化、品牌化、数字化发展。", "二、重点任务", "各项任务分工见下表。"]

    def tail(self) -> list[str]:
        return ["三、保障措施", self.prose.split("|")[1]] if self.prose else ["三、保障措施", "各责任单位要按季度报送工作进展。"]


def units(s: str) -> list[str]:
    return [u for u in s.split("、") if u]


def plain(s: str) -> str:
    return "、".join(u.lstrip("*") for u in units(s))


def start(task: str) -> str:
    t = re.sub(r"\s+", "", task)
    t = re.sub(r"^[\s\W_]+", "", t)
    return t[:12]


def metadata_lines(doc: Doc) -> list[str]:
    """A document's ``@`` line and its title, 文号, issuer and date (null for a bare workbook)."""
    if doc.publisher:
        return [f"@ {doc.name}", f"title = {doc.notice}", f"doc_number = {doc.number}", f"issuer = {doc.publisher}",
                f"date = {doc.date}"]
    return [f"@ {doc.name}", f"title = {doc.title}", "doc_number = -", "issuer = -", "date = -"]


def row_line(doc: Doc, path: str, task: str, leads: str, others: str) -> str:
    """A table row's gold line: its path, the start of its task, each unit with its column's role (g: generic)."""
    who = [f"{u.lstrip('*')} {doc.lead_role}{' g' if u.startswith('*') else ''}" for u in units(leads)]
    who += [f"{u.lstrip('*')} {doc.other_role}{' g' if u.startswith('*') else ''}" for u in units(others)]
    return f"T {path} | table | {start(task)} | {'; '.join(who)}"


def closing_line(doc: Doc) -> list[str]:
    """The closing sentence under 三 as a prose task: its own unit, or the generic 各责任单位 of a notice."""
    if doc.prose:
        return [f"T 三 | prose | {start(doc.prose.split('|')[1])} | {doc.prose.split('|')[0]} R"]
    return [f"T 三 | prose | {start(doc.tail()[1])} | 各责任单位 R g"] if doc.publisher else []


def gold_lines(doc: Doc) -> list[str]:
    out = metadata_lines(doc)
    paths: list[str] = []
    if doc.sections:
        for label, n in doc.sections:
            paths += [f"二/{label}"] * n
    for i, (task, leads, others, _dl) in enumerate(doc.rows):
        out.append(row_line(doc, paths[i] if paths else ("二" if doc.publisher else "-"), task, leads, others))
    return out + closing_line(doc)


READINGS = """# Readings (decided before the first run, from GUIDE.md):
# - a table under `二、重点任务` gives path 二 (section rows `（一）…` in the table: 二/一, 二/二); a workbook without
#   numbered headings: path "-"; a bare workbook has no 文号, issuer or date (its title the title row).
# - 牵头单位 / 牵头 / `X（牵头）` L; 配合单位 / 协同单位 / 协作单位 / 配合 S; the units beside a `（牵头）` mark in one
#   责任单位 cell R (as rounds 77, 97); 各… collectives g and whole.
# - a merged (rowspan / vMerge / SPAN) units cell applies to every row it covers; a header printed again in the middle
#   of a table, a 填报单位 line, hidden rows, `/` cells and 进展情况 are no task and no unit.
# - the closing `市财政局要…` under 三: prose R; `各责任单位要按季度报送…` prose R g."""


def write_round(name: str, docs: list[Doc], render: dict, about: str, script: str, readings: str,
                gold: Callable[[Doc], list[str]]) -> None:
    """Write one set's documents (each drawn by ``render`` of its stem's first word) and its ``src/gold.txt`` (the
    header, ``readings``, each document's layout, then ``gold`` of each document)."""
    folder = HERE / name
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    (folder / "src").mkdir(exist_ok=True)
    lines = [f"# Hand-made gold for the documents in ../docs: round {name[5:]} ({about}).",
             f"# Written from the rows in ../../{script}_data.py with ../../{script}.py BEFORE policykg was run on them.",
             "# Format: ../../forms/src/gold.txt (JSON by ../../forms/src/make_gold.py with this folder as its argument).",
             readings, "# Layouts:"]
    for doc in docs:
        draw = render[doc.stem.split("_")[0]]
        draw(doc, folder / "docs" / doc.name)
        lines.append(f"# - {doc.name}: " + " ".join((draw.__doc__ or "").split()))
    for doc in docs:
        lines += ["", *gold(doc)]
    (folder / "src" / "gold.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(name: str) -> None:
    from round105_data import SETS
    from round105_render import RENDER
    from round105_render2 import RENDER2

    write_round(name, SETS[name], {**RENDER, **RENDER2}, "containers, layouts not met in rounds 77-86 and 97-104",
                "round105", READINGS, gold_lines)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    for n in range(105, 113):
        build(f"forms{n}")
