"""Build the binary document of round twenty-seven (tests/made_gold/forms27/docs):

- luohe_shipin_2024.xlsx: a 任务台账 of 漯河市 laid out as people type it: **two blank rows and a blank first column**
  before the table, a title in a merged row, `序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人 / 完成时限`, units cells
  parted by `；` (`市市场监管局；市农业农村局`), a column of people.

Run from the project root: python tests/made_gold/forms27/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

LH_TITLE = "漯河市2024年食品产业提质发展任务台账"
LH_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "责任人", "完成时限")
LH_ROWS = [
    ("1", "建设中国（漯河）食品产业创新中心，推动共性技术攻关", "市科技局", "市工业和信息化局；市食品产业发展服务中心", "赵某某", "2024年12月底"),
    ("2", "开展食品安全“守护”专项行动", "市市场监管局", "市农业农村局；市公安局；各县区人民政府", "钱某某", "2024年11月底"),
    ("3", "举办中国（漯河）食品博览会", "市商务局；市食品产业发展服务中心", "源汇区人民政府", "孙某某", "2024年9月底"),
]


def build_xlsx(out: Path = DOCS / "luohe_shipin_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务台账"
    ws.cell(3, 2, LH_TITLE)  # (rows 1-2 and column A left blank)
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=7)
    for c, name in enumerate(LH_HEADER, start=2):
        ws.cell(4, c, name)
    for r, row in enumerate(LH_ROWS, start=5):
        for c, value in enumerate(row, start=2):
            ws.cell(r, c, value)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    print(build_xlsx())
