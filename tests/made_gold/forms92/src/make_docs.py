"""Build the documents of round 92 (tests/made_gold/forms92/docs):

- anyang_daqi_2013.txt: a city office's plan (安阳市人民政府办公室, 2013) in the older style: clauses
  `（责任单位：X、Y，各县〔市〕、区人民政府）`, `（X牵头，Y、Z等部门配合）`, `（由X负责，Y配合）`.
- kaifeng_shangmao_2024.xlsx: a city bureau's sheet (开封市商务局) whose **牵头单位 cell is merged over several rows**, each
  row with its own 配合单位, **no deadline column**.
- guigang_gangkou_2021.txt: a city office's plan (贵港市人民政府办公室) with clauses in its items and a **tab-separated
  table** pasted from Excel, partners listed with `、` and `及`.

Run from the project root: python tests/made_gold/forms92/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

ANYANG = """安阳市人民政府办公室关于印发安阳市2013年大气污染防治工作方案的通知
安政办〔2013〕46号
各县（市）、区人民政府，市人民政府各部门：
　　《安阳市2013年大气污染防治工作方案》已经市政府同意，现印发给你们，望认真贯彻执行。
二〇一三年六月十四日
安阳市2013年大气污染防治工作方案
　　一、加强工业污染治理
　　（一）实施燃煤电厂脱硫脱硝改造。全市燃煤机组全部完成脱硫设施建设，30万千瓦以上机组完成脱硝改造。（责任单位：市环保局、市发展改革委，各县〔市〕、区人民政府）
　　（二）整治钢铁焦化行业污染。对钢铁企业烧结机烟气实施脱硫，焦化企业完成焦炉煤气脱硫。（市环保局牵头，市工业和信息化局、市发展改革委等部门配合）
　　（三）淘汰落后产能。关停取缔小水泥、小石灰窑等落后生产设施。（由市工业和信息化局负责，市环保局、市电业局配合）
　　二、加强城市扬尘治理
　　（一）控制建筑施工扬尘。施工工地全部实行围挡、硬化、覆盖、冲洗等措施。（市住房城乡建设局负责）
　　（二）控制道路扬尘。推行道路机械化清扫，提高城市道路保洁水平。（市城管局牵头，市公安局交警支队配合）
　　三、加强机动车污染防治
　　（一）加快淘汰黄标车。（市公安局交警支队、市环保局、市商务局按职责分工负责）
　　（二）推广使用清洁能源汽车。新增和更新的公交车全部使用清洁能源。（市交通运输局负责，市公交公司具体实施）
　　四、工作要求
　　各县（市）、区人民政府要切实加强领导，市环保局负责组织督导检查，每季度通报一次进展情况。
"""

KF_TOP = [
    ["开封市商务局关于印发《开封市2024年促消费工作重点任务》的通知"],
    ["汴商务〔2024〕15号"],
    ["各县区商务主管部门，局机关各科室："],
    ["现将《开封市2024年促消费工作重点任务》印发给你们，请抓好落实。"],
    ["开封市商务局"],
    ["2024年2月27日"],
    ["开封市2024年促消费工作重点任务"],
    ["序号", "重点任务", "牵头单位", "配合单位"],
]
KF_ROWS = [
    ("1", "举办“古都汴梁消费季”系列促消费活动", "市场运行科", "各县区商务主管部门"),
    ("2", "开展汽车以旧换新促销活动", None, "对外贸易科"),
    ("3", "推进家电家居以旧换新", None, "电子商务科、流通发展科"),
    ("4", "建设一刻钟便民生活圈", "流通发展科", "各县区商务主管部门"),
    ("5", "培育夜间消费集聚区", None, "服务业发展科"),
]


def build_xlsx(out: Path = DOCS / "kaifeng_shangmao_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r in KF_TOP:
        ws.append(r)
    first = ws.max_row + 1
    for row in KF_ROWS:
        ws.append(["" if c is None else c for c in row])
    ws.merge_cells(start_row=first, start_column=3, end_row=first + 2, end_column=3)
    ws.merge_cells(start_row=first + 3, start_column=3, end_row=first + 4, end_column=3)
    wb.save(str(out))
    return out


GUIGANG = """贵港市人民政府办公室关于印发贵港市加快西江港口建设三年行动计划的通知
贵政办发〔2021〕33号
各县（市、区）人民政府，市直各委、办、局：
　　经市人民政府同意，现将《贵港市加快西江港口建设三年行动计划》印发给你们，请认真组织实施。
贵港市人民政府办公室
2021年9月10日
贵港市加快西江港口建设三年行动计划
一、主要任务
（一）加快码头泊位建设。推进贵港港中心港区、桂平港区等码头泊位建设。（市交通运输局牵头，港北区人民政府、港南区人民政府及桂平市人民政府配合）
（二）完善港口集疏运体系。推进港口铁路专用线和进港公路建设。（市交通运输局、市发展改革委负责）
（三）发展港口物流产业。培育港口物流龙头企业，建设临港物流园区。（市商务局牵头，市交通运输局及贵港港务集团有限公司配合）
二、重点项目
序号	项目名称	责任单位	完成时间
1	贵港港中心港区猫儿山作业区二期工程	市交通运输局、覃塘区人民政府	2023年
2	桂平港区石嘴作业区码头工程	桂平市人民政府	2022年
3	贵港港铁路专用线工程	市发展改革委、贵港港务集团有限公司	2023年
三、保障措施
　　各县（市、区）人民政府、市直有关部门要按照职责分工，抓紧推进各项工作。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "anyang_daqi_2013.txt").write_text(ANYANG, encoding="utf-8")
    build_xlsx()
    (DOCS / "guigang_gangkou_2021.txt").write_text(GUIGANG, encoding="utf-8")


if __name__ == "__main__":
    main()
