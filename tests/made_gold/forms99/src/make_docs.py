"""Build the documents of round 99 (tests/made_gold/forms99/docs): Excel workbooks as attachments come.

- chuxiong_chaye_2024.xlsx: a 分工表 with **hidden columns** (a task code and the 填报人 with a telephone number), one
  units column `责任单位`, and a **notes row** under the table declaring `排在第一位的为牵头单位`.
- baoshan_kafei_2023.xlsx: columns in an unusual order (序号 / 完成时限 / 牵头单位 / 配合单位 / 工作任务: the task
  last), deadlines stored as **Excel dates**, units apart by `；`, a frozen header.
- xianning_wenquan_2024.xlsx: **two tables on one sheet**, each under a section row (`一、…`, `二、…`) merged across and
  with its own header (`主要任务` / `责任部门`, then `工作事项` / `牵头部门` / `协同部门`), a blank row between them.

Run from the project root: python tests/made_gold/forms99/src/make_docs.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

DOCS = Path(__file__).resolve().parent.parent / "docs"


def chuxiong(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工表"
    rows = [
        ["楚雄州2024年茶叶产业发展重点任务分工表"],
        ["序号", "任务编码", "重点任务", "责任单位", "完成时限", "填报人"],
        [1, "CX-CY-01", "推进高标准生态茶园建设，实施低效茶园改造", "州农业农村局、州林草局、各县市人民政府", "2024年12月",
         "张某 0878-3100001"],
        [2, "CX-CY-02", "培育茶叶精制加工龙头企业，推动初制所规范化改造", "州工业和信息化局、州农业农村局", "2024年11月",
         "李某 0878-3100002"],
        [3, "CX-CY-03", "组织茶企参加茶博会等展会，开拓省外市场", "州商务局", "2024年10月", "王某 0878-3100003"],
        [4, "CX-CY-04", "加强茶叶质量安全抽检和地理标志保护", "州市场监管局、州农业农村局", "2024年12月", "赵某 0878-3100004"],
        [],
        ["注：责任单位中排在第一位的为牵头单位，其他为责任单位。"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    ws.merge_cells("A1:F1")
    ws.merge_cells("A8:F8")
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions["F"].hidden = True
    wb.save(str(out))


def baoshan(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    rows: list[list[object]] = [
        ["保山市咖啡产业精品化发展工作任务清单"],
        ["序号", "完成时限", "牵头单位", "配合单位", "工作任务"],
        [1, dt.datetime(2023, 10, 31), "市农业农村局", "市林业和草原局；隆阳区人民政府", "建设咖啡精品庄园，推进咖啡种植品种改良"],
        [2, dt.datetime(2023, 12, 31), "市工业和信息化局", "市农业农村局；市科技局", "引进咖啡精深加工企业，发展速溶咖啡和咖啡饮品"],
        [3, dt.datetime(2023, 9, 30), "市商务局", "市文化和旅游局", "举办保山小粒咖啡品鉴活动，拓展电商销售"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy\"年\"m\"月\"d\"日\""
    ws.merge_cells("A1:E1")
    ws.freeze_panes = "A3"
    wb.save(str(out))


def xianning(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "温泉康养"
    rows: list[list[object]] = [
        ["咸宁市温泉康养产业发展任务分解"],
        ["一、基础设施建设"],
        ["序号", "主要任务", "责任部门", "时间要求"],
        [1, "改造提升温泉旅游度假区道路和停车场", "市交通运输局、咸安区人民政府", "2024年9月"],
        [2, "完善温泉康养小镇供水供电设施", "市住房和城乡建设局、国网咸宁供电公司", "2024年12月"],
        [],
        ["二、市场推广"],
        ["序号", "工作事项", "牵头部门", "协同部门"],
        [1, "开展温泉康养主题宣传推广", "市文化和旅游局", "市融媒体中心"],
        [2, "开发温泉康养旅游产品和线路", "市文化和旅游局", "市卫生健康委、通山县人民政府"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v).alignment = Alignment(wrap_text=True)
    for rng in ("A1:D1", "A2:D2", "A7:D7"):
        ws.merge_cells(rng)
    wb.save(str(out))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    chuxiong(DOCS / "chuxiong_chaye_2024.xlsx")
    baoshan(DOCS / "baoshan_kafei_2023.xlsx")
    xianning(DOCS / "xianning_wenquan_2024.xlsx")


if __name__ == "__main__":
    main()
