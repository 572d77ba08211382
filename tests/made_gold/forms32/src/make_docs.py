"""Build the binary documents of round 32 (tests/made_gold/forms32/docs):

- hainan_yizheng_2024.pdf: a 工作方案 of 海南省卫生健康委员会 (a provincial commission's notice whose units are its own
  处室 and 委属 bodies), a text-layer PDF wrapped to the page width: `（责任处室：X；配合处室：Y）`, `（X牵头，Y配合）`,
  **fields right after the task's sentence on the same line, no brackets** (`…。责任处室：X、Y。`, `…。责任处室：X，Y配合。`);
  prose `委机关各处室、委属各单位要…`, `各市、县、自治县卫生健康委要…报送医政处` (医政处 only an object).
- tongliao_nongmu_2024.xlsx: a 任务分解表 of 通辽市: a merged title row; `序号 / 重点工作 / 具体任务 / 牵头部门 / 协办部门 /
  督导单位 / 完成时间`, the group `重点工作` merged down, **a 督导单位 column** merged down over three rows, a `—` cell.

- wuzhou_gangkou_2024.docx (a fifth document, written after the probing fixes that followed round 32's first run): a
  实施方案 of 梧州市人民政府办公室 whose tasks under `（一）` are **task cards** (one two-column Word table per task:
  `任务名称 / 牵头单位 / 配合单位 / 完成时限` as rows), a paragraph with **fields opened by ★** and **a second unit
  indented on the next line**, prose **`以X为牵头单位，Y、Z为配合单位，…`** inside a numbered paragraph, prose
  **`X要牵头会同Y…`**.

Run from the project root: python tests/made_gold/forms32/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HN = [
    "海南省卫生健康委员会关于印发2024年全省医疗质量安全提升工作方案的通知",
    "琼卫医〔2024〕12号",
    "各市、县、自治县卫生健康委，委机关各处室，委属各单位：",
    "为持续提升全省医疗质量安全水平，现将《2024年全省医疗质量安全提升工作方案》印发给你们，请认真贯彻执行。",
    "一、健全质量管理体系",
    "（一）完善省级质控中心网络。调整省级医疗质量控制中心设置，加强质控中心考核评估。（责任处室：医政处；配合处室：规划发展与信息化处）",
    "（二）推进病案首页质量提升。开展病案首页数据质量专项检查。（医政处牵头，统计信息中心配合）",
    "二、强化重点环节管理",
    "（三）加强手术质量安全管理。开展手术分级管理督导检查。责任处室：医政处、中医处。",
    "（四）规范合理用药。开展抗菌药物临床应用专项监测。责任处室：药政处，省药品监督管理局配合。",
    "三、工作要求",
    "委机关各处室、委属各单位要按照职责分工抓好落实。各市、县、自治县卫生健康委要结合实际制定具体实施方案，"
    "并于2024年11月30日前将工作总结报送医政处。",
    "海南省卫生健康委员会",
    "2024年4月10日",
]

TL_TITLE = "通辽市2024年现代农牧业发展重点工作任务分解表"
TL_HEADER = ["序号", "重点工作", "具体任务", "牵头部门", "协办部门", "督导单位", "完成时间"]
TL_ROWS = [
    [1, "粮食生产", "实施玉米单产提升工程，推广密植精准调控技术", "市农牧局", "市财政局、市气象局", "市政府督查室", "2024年10月"],
    [2, None, "推进高标准农田建设", "市农牧局", "市水利局、市自然资源局", None, "2024年11月"],
    [3, "畜牧业发展", "建设肉牛产业集群", "市农牧局", "市发展改革委、各旗县市区人民政府", None, "2024年12月"],
    [4, None, "开展动物疫病强制免疫", "市农牧局", "市市场监管局", "—", "2024年全年"],
]


def build_pdf(out: Path = DOCS / "hainan_yizheng_2024.pdf") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from wrapped_pdf import write_wrapped_pdf

    return write_wrapped_pdf(out, HN, 10.5)


def build_xlsx(out: Path = DOCS / "tongliao_nongmu_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws.cell(1, 1, TL_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TL_HEADER))
    for c, name in enumerate(TL_HEADER, start=1):
        ws.cell(2, c, name)
    for r, row in enumerate(TL_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells(start_row=3, start_column=2, end_row=4, end_column=2)  # 粮食生产
    ws.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)  # 畜牧业发展
    ws.merge_cells(start_row=3, start_column=6, end_row=5, end_column=6)  # 督导单位 over rows 1-3
    wb.save(str(out))
    return out


WZ_HEAD = [
    "梧州市人民政府办公室关于印发梧州市港口物流高质量发展实施方案的通知",
    "梧政办发〔2024〕16号",
    "各县（市、区）人民政府，市人民政府各部门，各直属机构：",
    "《梧州市港口物流高质量发展实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。",
]
WZ_SIGN = ["梧州市人民政府办公室", "2024年6月12日"]
WZ_BODY_1 = ["梧州市港口物流高质量发展实施方案", "一、重点任务", "（一）提升港口通航能力。"]
WZ_CARDS = [
    [("任务名称", "推进西江航道扩能升级"), ("牵头单位", "市交通运输局"), ("配合单位", "市发展改革委、市自然资源局"),
     ("完成时限", "2025年底")],
    [("任务名称", "建设赤水港区码头泊位"), ("牵头单位", "藤县人民政府"), ("配合单位", "市交通运输局、市自然资源局"),
     ("完成时限", "2026年6月")],
]
WZ_BODY_2 = [
    "（二）发展多式联运。加快铁水联运通道建设，推动港口与铁路专用线无缝衔接。",
    "★牵头单位：市发展改革委",
    "★配合单位：市交通运输局",
    "　　　　　　市商务局",
    "（三）培育物流市场主体。以市商务局为牵头单位，市财政局、市税务局为配合单位，加大物流企业培育力度。",
    "二、保障措施",
    "市交通运输局要牵头会同市财政局建立港口物流项目库。各县（市、区）人民政府要落实属地责任。",
]


def build_docx(out: Path = DOCS / "wuzhou_gangkou_2024.docx") -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.add_paragraph(WZ_HEAD[0]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in WZ_HEAD[1:]:
        d.add_paragraph(line)
    for line in WZ_SIGN:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in WZ_BODY_1:
        d.add_paragraph(line)
    for card in WZ_CARDS:
        table = d.add_table(rows=len(card), cols=2)
        table.style = "Table Grid"
        for r, (label, value) in enumerate(card):
            table.cell(r, 0).text = label
            table.cell(r, 1).text = value
        d.add_paragraph("")
    for line in WZ_BODY_2:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    for f in (build_pdf, build_xlsx, build_docx):
        print(f())
