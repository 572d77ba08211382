"""Round 80's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- lvliang_meitan_2024.pdf: 吕梁市人民政府办公室's plan (A4) whose attachment table is **printed without rules**: its
  columns only where the text stands, cells wrapping over two or three lines.

Run from the project root: python tests/made_gold/forms80/src/make_docs_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

LVLIANG = [
    "^吕梁市人民政府办公室关于印发吕梁市煤炭产业转型发展工作方案的通知",
    "^吕政办发〔2024〕14号",
    "各县（市、区）人民政府，市人民政府各委、办、局：",
    "《吕梁市煤炭产业转型发展工作方案》已经市人民政府同意，现印发给你们，请认真贯彻落实。",
    "吕梁市人民政府办公室",
    "2024年5月8日",
    "^吕梁市煤炭产业转型发展工作方案",
    "一、主要目标",
    "到2025年，全市煤矿智能化、绿色化水平明显提升，煤炭产业链条进一步延伸。",
    "二、保障措施",
    "市能源局要加强统筹调度，定期通报各项任务进展情况。",
    "附件",
    "^重点任务分工表",
    [
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进煤矿智能化建设，建成智能化采掘工作面30个", "市能源局", "市应急管理局、各县（市、区）人民政府", "2025年6月"],
        ["2", "发展煤基新材料产业，延伸焦化产业链条", "市工业和信息化局", "市发展和改革委员会", "2025年12月"],
        ["3", "推动煤矸石综合利用，提高大宗固废利用率", "市发展和改革委员会", "市生态环境局、市能源局", "2024年12月"],
    ],
]


def main() -> None:
    write_pdf(DOCS / "lvliang_meitan_2024.pdf", LVLIANG, widths=[0.5, 3.0, 1.6, 2.4, 1.0], ruled=False)


if __name__ == "__main__":
    main()
