"""The documents and hand-made gold of rounds 131-134 (tests/made_gold/forms131 … forms134): task-division plans in
the layouts government sites and offices usually produce (WPS Word attachments, OA workbook exports, 政府信息公开
pages pasted from Word, ruled PDF tables, web tables copied as text). As round105.py: each plan's rows are written once
(round131_data.py) with the reading of each unit, and both the document (round131_render.py) and its ``src/gold.txt``
line come from them.

Run from the project root: python tests/made_gold/round131.py   (writes every set's docs/ and src/gold.txt)
"""

from __future__ import annotations

from pathlib import Path

from round105 import Doc, closing_line, metadata_lines, row_line, write_round

HERE = Path(__file__).resolve().parent


def gold_lines(doc: Doc) -> list[str]:
    from round131_data import ATTACHED

    path = "-" if doc.stem in ATTACHED or not doc.publisher else "二"
    rows = [row_line(doc, path, task, leads, others) for task, leads, others, _dl in doc.rows]
    return metadata_lines(doc) + rows + closing_line(doc)


READINGS = """# Readings (decided before the first run, from GUIDE.md):
# - a table under `二、重点任务` gives path 二; a table in the attachment (after `附件` and its title, before any
#   numbered unit of its own) path "" (numbering starts anew after 附件); a bare workbook: path "", no 文号, issuer or
#   date, its title the title row. A 填报单位 row, 填报日期, header rows and dates are no task and no unit.
# - 牵头单位 L; 配合单位 S; a 责任单位 cell `牵头：X；配合：Y`: X L, Y S. A lead cell merged down (vMerge, merged
#   cells, rowspan) applies to every row it covers. 序号 numbered by Word list numbering is still one row per task.
# - a 政府信息公开 page: title, 文号, issuer and date of the notice (the metadata table above agrees with the text;
#   the 成文日期 is the signature date, not the 发布日期).
# - 各… collectives g and whole; the closing `各责任单位要按季度报送…` under 三: prose R g."""


def build(name: str) -> None:
    from round131_data import SETS
    from round131_render import RENDER

    write_round(name, SETS[name], RENDER, "containers, usual layouts of government offices and sites", "round131", READINGS, gold_lines)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    for n in range(131, 135):
        build(f"forms{n}")
