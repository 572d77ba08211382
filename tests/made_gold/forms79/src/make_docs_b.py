"""Round 79's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- quzhou_shuzi_2025.xlsx: 衢州市's list: a title row, a subtitle row and **an empty row** above the header (row 4), a
  `领域` column merged down, the units column holding **`牵头单位：X` and `配合单位：Y、Z` on two lines** of one cell,
  one row's `配合单位：无`.

Run from the project root: python tests/made_gold/forms79/src/make_docs_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

QUZHOU = [
    ("重点任务", [
        ["衢州市2025年数字经济发展重点任务清单"],
        ["（2025年2月）"],
        [],
        ["序号", "领域", "重点任务", "责任单位", "完成时间"],
        [1, "数字产业化", "培育集成电路材料产业链，引进重点项目5个",
         "牵头单位：市经信局\n配合单位：市发改委、智造新城管委会", "2025年12月"],
        [2, None, "建设衢州数据中心集群", "牵头单位：市数据局\n配合单位：无", "2025年10月"],
        [3, "产业数字化", "推进规上工业企业数字化改造全覆盖",
         "牵头单位：市经信局\n配合单位：各县（市、区）人民政府", "2025年12月"],
        [4, None, "发展农村电子商务，建设县域电商直播基地", "牵头单位：市商务局\n配合单位：市农业农村局、市供销社",
         "2025年11月"],
    ], ["A1:E1", "A2:E2", "B5:B6", "B7:B8"]),
]


def main() -> None:
    write_xlsx(DOCS / "quzhou_shuzi_2025.xlsx", QUZHOU)


if __name__ == "__main__":
    main()
