"""Round 83's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- manzhouli_kouan_2025.docx: 满洲里市人民政府办公室's plan with **two task tables**, one under each section, each
  with its own header, and a `备注` column that names a unit (remarks, not assignees).

Run from the project root: python tests/made_gold/forms83/src/make_docs_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "备注"]
MANZHOULI = [
    "满洲里市人民政府办公室关于印发满洲里市2025年口岸提质增效工作要点的通知",
    "满政办发〔2025〕4号",
    "各街道办事处、扎赉诺尔区，市政府各部门：",
    "《满洲里市2025年口岸提质增效工作要点》已经市人民政府同意，现印发给你们，请认真贯彻落实。",
    "满洲里市人民政府办公室",
    "2025年2月27日",
    "满洲里市2025年口岸提质增效工作要点",
    "一、提升通关效率",
    [HEADER,
     ["1", "推进铁路口岸货物“快验快放”", "市口岸办", "满洲里海关、满洲里站", "市政府督查室跟踪督办"],
     ["2", "扩大公路口岸跨境运输规模", "市交通运输局", "市口岸办", ""]],
    "二、发展口岸经济",
    [HEADER,
     ["1", "建设进口资源加工园区", "市工业和信息化局", "市发展和改革委员会、市自然资源局", ""],
     ["2", "发展跨境电商海外仓", "市商务局", "满洲里综合保税区管委会", "每季度报送进展"]],
]


def main() -> None:
    write_docx(DOCS / "manzhouli_kouan_2025.docx", MANZHOULI)


if __name__ == "__main__":
    main()
