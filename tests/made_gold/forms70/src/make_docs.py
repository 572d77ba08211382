"""Build the documents of round 70 (tests/made_gold/forms70/docs):

- chenzhou_chungeng_2024.txt: a city office's notice (郴州市人民政府办公室) whose sections hold duties counted
  **`一是…（X负责）；二是…（Y、Z按职责分工负责）`** in one paragraph, a clause after each.
- shaoyang_gengxin_2024.txt: a city office's plan (邵阳市人民政府办公室) whose clauses mark the lead **`X〔牵头〕`**
  among the units of `责任单位：`, `X、Y等部门配合`, **half-width brackets and commas `(X牵头,Y配合)`**, and
  `…，各县市区人民政府具体落实`.
- yiyang_gongzuo_2024.xlsx: a city's sheet (益阳市) with **section rows merged across**, one units column whose cells
  hold **`牵头单位：X` and `配合单位：Y` on two lines** (or on one line apart by `；`).

Run from the project root: python tests/made_gold/forms70/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

CHENZHOU = """郴州市人民政府办公室关于做好2024年春季农业生产工作的通知
郴政办函〔2024〕12号
各县市区人民政府，市直有关单位：
　　为切实抓好2024年春季农业生产，确保粮食生产稳定，经市人民政府同意，现就有关事项通知如下：
　　一、稳定粮食播种面积。一是压实粮食生产责任，将粮食播种面积分解到县、落实到乡（市农业农村局负责）；二是落实耕地地力保护补贴等惠农政策，及时足额发放到户（市财政局、市农业农村局按职责分工负责）。
　　二、抓好农资保供稳价。一是加强化肥、农药等农资调运储备（市供销合作社牵头，市商务局、市发展和改革委员会配合）；二是开展农资打假专项治理行动（市市场监督管理局、市农业农村局负责）。
　　三、强化防灾减灾。各县市区人民政府要制定完善春季农业防灾减灾预案。市气象局负责及时发布灾害性天气预警信息。
郴州市人民政府办公室
2024年3月1日
"""

SHAOYANG = """邵阳市人民政府办公室关于印发《邵阳市城市更新行动实施方案（2024—2027年）》的通知
邵市政办发〔2024〕9号
各县市区人民政府，市直机关各单位：
　　《邵阳市城市更新行动实施方案（2024—2027年）》已经市人民政府同意，现印发给你们，请认真贯彻执行。
邵阳市人民政府办公室
2024年6月12日
邵阳市城市更新行动实施方案（2024—2027年）
一、主要任务
（一）实施城镇老旧小区改造。完善小区水电气路等基础设施，同步推进适老化改造。（责任单位：市住房和城乡建设局〔牵头〕、市发展和改革委员会、市财政局，各县市区人民政府）
（二）推进城市生命线安全工程建设。对燃气、供水、排水管网开展普查和更新改造。（市城市管理和综合执法局牵头，市住房和城乡建设局、市自然资源和规划局等部门配合）
（三）盘活存量低效用地。开展城镇低效用地再开发。（牵头单位：市自然资源和规划局；责任单位：各县市区人民政府、邵阳经济技术开发区管委会）
（四）完善城市防洪排涝体系。实施易涝点整治工程。（市水利局、市住房和城乡建设局按职责分工负责，各县市区人民政府具体落实）
（五）优化城市交通出行。打通城区断头路，增设公共停车设施。(市交通运输局牵头,市公安局交通警察支队配合)
二、保障措施
　　市住房和城乡建设局要会同市发展和改革委员会建立城市更新项目库，实行动态管理。
"""

YY_TITLE = "益阳市2024年稳增长重点工作任务清单"
YY_HEADER = ["序号", "重点工作", "责任单位", "完成时限"]
YY_BODY: list[tuple[str, ...]] = [
    ("一、扩大有效投资",),
    ("1", "加快重大项目前期工作，推动项目早落地", "牵头单位：市发展改革委\n配合单位：市财政局、市自然资源和规划局", "2024年12月"),
    ("2", "推进保障性住房建设和城中村改造", "牵头单位：市住房城乡建设局\n配合单位：各区县（市）人民政府，益阳高新区管委会", "2024年12月"),
    ("二、促进消费和开放",),
    ("3", "开展“消费提振年”系列促消费活动", "牵头单位：市商务局；配合单位：市文旅广体局、市市场监管局", "2024年11月"),
    ("4", "推进城陵矶港益阳片区通关便利化", "牵头单位：市商务局（市口岸办）\n配合单位：长沙海关驻益阳办事处", "2024年10月"),
]


def build_xlsx(out: Path = DOCS / "yiyang_gongzuo_2024.xlsx") -> Path:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务清单"
    ws.cell(1, 1, YY_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    for c, h in enumerate(YY_HEADER, start=1):
        ws.cell(2, c, h)
    for r, row in enumerate(YY_BODY, start=3):
        if len(row) == 1:
            ws.cell(r, 1, row[0])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            continue
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, int(value) if c == 1 else value)
            cell.alignment = Alignment(wrap_text=True)
    wb.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "chenzhou_chungeng_2024.txt").write_text(CHENZHOU, encoding="utf-8")
    (DOCS / "shaoyang_gengxin_2024.txt").write_text(SHAOYANG, encoding="utf-8")
    build_xlsx()


if __name__ == "__main__":
    main()
