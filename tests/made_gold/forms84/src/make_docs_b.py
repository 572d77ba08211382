"""Round 84's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- baiyin_gongye_2022.xlsx: 白银市's workbook whose **first sheet is a cover** (the title and the month), the task
  sheet second with its header in row 1 (no title row), category and lead cells merged down.

Run from the project root: python tests/made_gold/forms84/src/make_docs_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

BAIYIN = [
    ("封面", [
        [],
        ["白银市2022年工业稳增长重点任务分解表"],
        [],
        ["（2022年3月）"],
    ], ["A2:F2", "A4:F4"]),
    ("分解表", [
        ["序号", "类别", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [1, "项目建设", "加快推进银东工业园区化工项目建设", "市工业和信息化局", "白银高新区管委会、市生态环境局", "2022年12月"],
        [2, None, "推动有色金属精深加工项目投产达效", None, "市发展和改革委员会", "2022年10月"],
        [3, "要素保障", "保障重点企业用能用地需求", "市发展和改革委员会", "市自然资源局、国网白银供电公司", "持续推进"],
        [4, None, "开展银企对接，缓解企业融资难题", "市金融工作办公室", "人行白银市中心支行", "2022年9月"],
    ], ["B2:B3", "B4:B5", "D2:D3"]),
]


def main() -> None:
    write_xlsx(DOCS / "baiyin_gongye_2022.xlsx", BAIYIN)


if __name__ == "__main__":
    main()
