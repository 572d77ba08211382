"""The documents and hand-made gold of rounds 135-142 (tests/made_gold/forms135 … forms142): containers, fifth look.
Long task-division tables with group rows, tables over pages with the header repeated, tables printed one cell per
line after a notice with clauses of its own, HTML tables nested in layout tables and with ``<th>`` in the first
column, Word units merged down in several groups, workbooks of a cover sheet and a sheet per field, units cells of
ten and more units apart by different marks, columns in unusual orders and under names not met before.

As round105.py: each plan's rows are written once (round135_sets*.py, with the reading of each unit) and both the
document (round135_render.py) and its ``src/gold.txt`` line come from them; the clause and field tasks of a notice's
own text, and its closing prose sentence, are written by hand next to that text.

Run from the project root: python tests/made_gold/round135.py   (writes every set's docs/ and src/gold.txt)
"""

from __future__ import annotations

import re
from pathlib import Path

from round105 import metadata_lines, row_line, start, write_round
from round135_data import Plan

HERE = Path(__file__).resolve().parent
_NUM = re.compile(r"^[（(]?([一二三四五六七八九十]+)[）)、]")


def addressees(doc: Plan) -> str:
    return {"市": "各乡镇人民政府、街道办事处，市直各有关单位：", "县": "各乡镇人民政府，县直各有关单位：",
            "区": "各镇人民政府、街道办事处，区政府各部门，有关单位："}[doc.level]


def frame(doc: Plan) -> tuple[list[str], list[str]]:
    """The notice's lines before its table and after it (an attachment's heading and title close the first)."""
    head = [doc.notice, doc.number, addressees(doc), f"现将《{doc.plan}》印发给你们，请结合实际认真组织实施。",
            doc.publisher, doc.date_cn(), doc.plan]
    if doc.text:
        return head + doc.text + ["附件", f"{doc.plan}任务分工表"], []
    body = ["一、总体思路", "坚持龙头带动、园区承载、要素集聚，着力补链延链强链，推动产业规模和效益稳步提升。", "二、重点任务"]
    tail = ["三、保障措施", "（一）加强组织领导。建立产业链链长制，定期研究解决产业发展中的重大问题。",
            "（二）加强要素保障。统筹用好各级产业发展专项资金，优先保障重点项目用地、用能需求。",
            "（三）加强督查考核。" + doc.closing.split("|")[1]]
    if doc.where == "body":
        return head + body + ["围绕产业发展的关键环节，明确以下重点任务及分工："], tail
    return head + body + ["围绕产业发展的关键环节，确定重点任务，具体分工见附件。"] + tail + [
        "附件", f"{doc.plan}重点任务分工表"], []


def row_paths(doc: Plan) -> list[str]:
    """Each row's path: the group row's label under the table's place (二 in the text; none in an attachment or a
    bare workbook, whose numbering starts anew); a group without a numbered label adds nothing."""
    base = "二" if doc.where == "body" else ""
    paths: list[str] = []
    for label, n in doc.sections:
        m = _NUM.match(label)
        path = "/".join(x for x in (base, m.group(1) if m else "") if x)
        paths += [path] * n
    return paths + [base] * (len(doc.rows) - len(paths))


def gold_lines(doc: Plan) -> list[str]:
    out = metadata_lines(doc) + doc.text_gold
    out += [row_line(doc, path or "-", task, leads, others)
            for path, (task, leads, others, _dl) in zip(row_paths(doc), doc.rows, strict=True)]
    if doc.closing:
        who, sentence = doc.closing.split("|")
        out.append(f"T 三/三 | prose | {start(sentence)} | {who}")
    return out


READINGS = """# Readings (decided before the first run, from GUIDE.md and docs/readings.md):
# - a table under `二、重点任务` gives path 二, its group rows `（一）…` 二/一 …; a table in the 附件 (after `附件` and its
#   title) starts the numbering anew: rows under a group row `一、…类` path 一, rows of a table without group rows
#   path ""; a bare workbook: path "" unless a group row is numbered, no 文号, issuer or date, its title the cover's.
#   A group label without a number (a 类别 / 领域 column merged down, a sheet per 领域) adds nothing to the path.
# - 牵头单位 L; 配合单位 S; a table whose only units column is 责任单位 / 实施主体 / 责任主体 / 承担单位 / 落实单位: R;
#   主办单位 R, 协办单位 S (docs/readings.md); 牵头单位 with 责任单位 beside it: L and R.
# - a merged units cell (vMerge, merged cells, rowspan, printed once in a copy) applies to every row it covers; the
#   header printed again on a new page, page numbers, a cover sheet, 说明 and group rows are no task and no unit.
# - the notice's own clauses and field lines are tasks as GUIDE says (text from the unit's start after its label);
#   prose tasks: the closing sentence of each notice (`X要…`, `X要会同Y…`: X L, Y S; `X要牵头…`: L; `请各责任单位…`).
# - every unit of a cell is a mention, whatever mark parts them (、，,；/ spaces, line breaks); 各… collectives g."""


def build(name: str) -> None:
    from round135_render import RENDER
    from round135_sets import SETS
    from round135_sets2 import SETS2
    from round135_sets3 import SETS3

    docs = {**SETS, **SETS2, **SETS3}[name]
    write_round(name, docs, RENDER, "containers, fifth look", "round135", READINGS, gold_lines)  # type: ignore[arg-type]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    for n in range(135, 143):
        build(f"forms{n}")
