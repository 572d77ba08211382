"""Build docs/sy_yingshang_2023.xlsx: a task-division sheet written by us, as offices circulate them:
a title merged over the columns, a header row, category and unit cells merged over several rows.

Run from the project root: python tests/made_gold/forms2/src/make_xlsx.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent.parent / "docs" / "sy_yingshang_2023.xlsx"

ROWS = [
    ("序号", "任务类别", "重点任务", "牵头单位", "责任单位", "完成时限"),
    (1, "市场准入", "推行经营主体登记“跨省通办”", "市市场监管局", "市政务服务中心", "2023年6月"),
    (2, None, "开展“一照多址”改革试点", None, "各区人民政府", "2023年9月"),
    (3, "获得用水用气", "压缩用水报装办理时限", "市水务局", "三亚水务集团", "2023年6月"),
    (4, None, "推行用气报装“零上门”服务", "市住房城乡建设局", "三亚燃气公司", "2023年8月"),
    (5, "纳税服务", "推广税费“非接触式”办理", "国家税务总局三亚市税务局", "—", "2023年12月"),
    (6, "政务服务", "建设“一网通办”综合服务平台", "市政务服务中心", "市大数据管理局、各区人民政府", "2023年12月"),
    (7, None, "推行政务服务“好差评”制度", "市政务服务中心", None, "2023年10月"),
]
# (first row, last row, column) of cells merged over rows, in sheet coordinates (title is row 1)
MERGED = [(3, 4, 2), (3, 4, 4), (5, 6, 2), (8, 9, 2), (8, 9, 5)]


def build(out: Path = OUT) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分工"
    ws.cell(1, 1, "三亚市2023年优化营商环境重点任务分工表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    for first, last, col in MERGED:
        ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
