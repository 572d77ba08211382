"""Build the binary document of round thirteen (tests/made_gold/forms13/docs): an XLSX list of 信阳市 whose
`配合单位` header is merged over three columns, one supporting unit per cell.

Run from the project root: python tests/made_gold/forms13/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

XY_TITLE = "信阳市2024年茶产业高质量发展重点任务分工表"
XY_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", None, None, "完成时限")
XY_ROWS = [
    (1, "推进茶园提质改造", "市农业农村局", "市财政局", "市自然资源和规划局", "各县（区）人民政府", "2024年10月"),
    (2, "打造信阳毛尖区域公用品牌", "市农业农村局", "市市场监管局", "市商务局", None, "2024年12月"),
    (3, "发展茶文化旅游", "市文化广电和旅游局", "市农业农村局", None, None, "2024年11月"),
]


def build_xlsx(out: Path = DOCS / "xy_chaye_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工表"
    ws.cell(1, 1, XY_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(XY_HEADER))
    for c, h in enumerate(XY_HEADER, start=1):
        if h is not None:
            ws.cell(2, c, h)
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=6)  # 配合单位 over three columns
    for r, row in enumerate(XY_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    print(build_xlsx())
