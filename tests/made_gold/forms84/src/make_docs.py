"""Build the documents of round 84 (tests/made_gold/forms84/docs), Excel attachments as offices post them:

- longnan_nongye_2024.xlsx: 陇南市's list on a sheet that **starts at column B** (column A empty), a title row and a
  subtitle row above a **two-row header** (`责任单位` over `牵头单位 | 配合单位`), **section rows merged across**, units
  apart by **line breaks inside a cell** (Alt+Enter), a note row `注：…` at the foot.
- danjiangkou_shuiyuan_2025.xlsx: 丹江口市's list over **two sheets** (and an **empty third sheet** as Excel leaves it),
  the first under the title row, the second **without a title row**, its numbering going on, the units cell holding **`牵头：X` and `配合：Y、Z` on two lines** of one cell.

Run from the project root: python tests/made_gold/forms84/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

LONGNAN = [
    ("Sheet1", [
        [None, "陇南市2024年特色农业产业发展重点任务分工表"],
        [None, "（2024年3月）"],
        [None, "序号", "重点任务", "责任单位", None, "完成时限"],
        [None, None, None, "牵头单位", "配合单位", None],
        [None, "一、做优特色产业"],
        [None, "1", "新建改造油橄榄标准化示范园5个", "市林业和草原局", "市农业农村局\n武都区人民政府", "2024年11月"],
        [None, "2", "扩大花椒、核桃良种种植面积", "市林业和草原局", "市农业农村局\n各县区人民政府", "2024年10月"],
        [None, "二、拓宽销售渠道"],
        [None, "3", "举办陇南特色农产品产销对接活动", "市商务局", "市农业农村局\n市供销社", "2024年9月"],
        [None, "4", "培育农产品电商直播带货团队", "市商务局", "市人力资源和社会保障局", "2024年12月"],
        [None, "注：各配合单位按职责抓好落实。"],
    ], ["B1:F1", "B2:F2", "D3:E3", "B3:B4", "C3:C4", "F3:F4", "B5:F5", "B8:F8", "B11:F11"]),
]

DJK_HEAD = ["序号", "工作任务", "责任单位", "完成时限"]
DANJIANGKOU = [
    ("水源保护", [
        ["丹江口市2025年水源区保护重点任务清单"],
        DJK_HEAD,
        [1, "开展库区消落区生态修复", "牵头：市林业局\n配合：市自然资源和规划局、市水利和湖泊局", "2025年10月"],
        [2, "推进入库河流综合治理", "牵头：市水利和湖泊局\n配合：市生态环境分局、沿库各镇人民政府", "2025年12月"],
    ], ["A1:D1"]),
    ("执法监管", [
        DJK_HEAD,
        [3, "严厉打击非法捕捞和非法采砂", "牵头：市公安局\n配合：市农业农村局、市水利和湖泊局", "持续推进"],
        [4, "开展库区码头船舶污染专项整治", "牵头：市交通运输局\n配合：市生态环境分局", "2025年9月"],
    ], []),
    ("Sheet3", [], []),
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / "longnan_nongye_2024.xlsx", LONGNAN)
    write_xlsx(DOCS / "danjiangkou_shuiyuan_2025.xlsx", DANJIANGKOU)


if __name__ == "__main__":
    main()
