"""Round 78's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- yuxi_huahui_2023.docx: 玉溪市人民政府办公室's plan: items each followed by **field lines in paragraphs of their own**,
  then a Word 分工表 whose **units column stands before the task column** (`序号 | 牵头单位 | 工作任务 | 配合单位`), the
  lead merged down over the rows it leads.

Run from the project root: python tests/made_gold/forms78/src/make_docs_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP as U
from containers import write_docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

YUXI = [
    "玉溪市人民政府办公室关于印发玉溪市花卉产业高质量发展实施方案的通知",
    "玉政办发〔2023〕31号",
    "各县（市、区）人民政府，市直各委、办、局：",
    "《玉溪市花卉产业高质量发展实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
    "玉溪市人民政府办公室",
    "2023年6月19日",
    "玉溪市花卉产业高质量发展实施方案",
    "一、主要任务",
    "（一）培育花卉经营主体。引进和培育一批花卉龙头企业，支持合作社和家庭农场发展花卉种植。",
    "牵头单位：市农业农村局",
    "配合单位：市工商联、各县（市、区）人民政府",
    "（二）完善花卉冷链物流。建设产地预冷库和冷链配送中心，降低花卉流通损耗。",
    "牵头单位：市商务局",
    "配合单位：市交通运输局",
    "二、任务分工",
    [
        ["序号", "牵头单位", "工作任务", "配合单位", "完成时限"],
        ["1", "市农业农村局", "建设高原特色花卉产业园", "市工业和信息化局、通海县人民政府", "2023年12月"],
        ["2", U, "推广花卉绿色种植技术", "市科学技术局", "2023年10月"],
        ["3", "市商务局", "拓展花卉出口市场", "市贸促会", "2023年12月"],
        ["4", U, "建设花卉电商直播基地", "市融媒体中心", "2023年11月"],
    ],
]


def main() -> None:
    write_docx(DOCS / "yuxi_huahui_2023.docx", YUXI)


if __name__ == "__main__":
    main()
