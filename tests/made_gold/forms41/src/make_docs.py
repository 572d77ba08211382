"""Build the documents of round 41 (tests/made_gold/forms41/docs):

- baise_kouan_2024.txt: a city's 工作方案 (百色市) whose items end with **labels in 【】 without a colon**
  (`【牵头单位】X【配合单位】Y、Z`, `【责任单位】…`); prose with two subjects each with its own verb.
- xinyu_gangtie_2024.docx: a city's 行动方案 (新余市) whose items are **Word auto-numbered paragraphs** (style `List
  Number`: the labels 1. 2. … are not in the text, numbering running on across headings), each with a clause; a table
  whose units cell says `X等部门`.
- chongzuo_bianmao_2024.xlsx: a city's 任务清单 (崇左市) as an XLSX whose units cells **mark each unit's role in brackets**
  (`X（牵头）、Y（配合）`) under the header `责任单位（部门）`.

Run from the project root: python tests/made_gold/forms41/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

BAISE = """百色市人民政府办公室关于印发百色市2024年口岸提质增效工作方案的通知
百政办发〔2024〕17号
各县（市、区）人民政府，市直各委、办、局：
《百色市2024年口岸提质增效工作方案》已经市人民政府同意，现印发给你们，请认真抓好落实。
百色市人民政府办公室
2024年4月25日
百色市2024年口岸提质增效工作方案
一、主要任务
（一）提升口岸通关效率。推广“提前申报”“两步申报”等通关模式，压缩整体通关时间。【牵头单位】百色海关【配合单位】市商务局、市口岸办
（二）完善口岸基础设施。推进龙邦口岸、平孟口岸查验设施改造升级。【牵头单位】市口岸办【配合单位】市发展改革委、靖西市人民政府、那坡县人民政府
（三）发展边境贸易。支持边民互市贸易落地加工，培育边贸经营主体。【责任单位】市商务局、各县（市、区）人民政府
二、保障措施
市口岸办要切实履行牵头责任，百色海关、百色边境管理支队要加强协作配合。各县（市、区）人民政府要落实属地管理责任。
"""

XY_HEAD = [
    "新余市人民政府办公室关于印发新余市钢铁产业链高质量发展行动方案的通知",
    "余府办发〔2024〕9号",
    "各县（区）人民政府，管委会，市政府各部门：",
    "《新余市钢铁产业链高质量发展行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "新余市人民政府办公室",
    "2024年4月9日",
    "新余市钢铁产业链高质量发展行动方案",
    "一、推动产业转型升级",
]
XY_ITEMS1 = [
    "推进钢铁企业超低排放改造，完成全流程超低排放评估监测。（责任单位：市生态环境局、市工业和信息化局）",
    "支持企业建设智能工厂和数字化车间。（责任单位：市工业和信息化局，渝水区人民政府）",
]
XY_MID = ["二、延伸产业链条"]
XY_ITEMS2 = [
    "发展钢材深加工产业，引进一批金属制品企业。（市商务局牵头，市工业和信息化局配合）",
    "建设钢铁产业公共服务平台。（责任单位：市科技局）",
]
XY_TABLE_HEADER = ["序号", "重点项目", "责任单位"]
XY_TABLE_ROWS = [
    ["1", "新钢集团焦炉煤气综合利用项目", "市发展改革委等部门"],
    ["2", "钢铁物流园建设项目", "市交通运输局、分宜县人民政府"],
]
XY_TAIL = ["四、保障措施", "市工业和信息化局要会同市财政局加大对钢铁产业链重点项目的支持力度。"]


def build_docx(out: Path = DOCS / "xinyu_gangtie_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in XY_HEAD:
        d.add_paragraph(line)
    for item in XY_ITEMS1:
        d.add_paragraph(item, style="List Number")
    for line in XY_MID:
        d.add_paragraph(line)
    for item in XY_ITEMS2:
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("三、重点项目")
    table = d.add_table(rows=1 + len(XY_TABLE_ROWS), cols=len(XY_TABLE_HEADER))
    for i, h in enumerate(XY_TABLE_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(XY_TABLE_ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in XY_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


CZ_TITLE = "崇左市2024年推进边境贸易创新发展重点任务清单"
CZ_ROWS: list[list[object]] = [
    [1, "推进凭祥综合保税区加工贸易提质增效", "凭祥市人民政府（牵头）、崇左海关（配合）、市商务局（配合）", "2024年12月"],
    [2, "建设边民互市贸易进口商品落地加工园区", "市工业和信息化局（牵头）、市商务局（配合）、龙州县人民政府（配合）", "2024年11月"],
    [3, "开展边境贸易金融服务创新试点", "市金融办（牵头）、人民银行崇左市分行（配合）", "2024年全年"],
]


def build_xlsx(out: Path = DOCS / "chongzuo_bianmao_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务清单"
    ws.cell(1, 1, CZ_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    for c, h in enumerate(["序号", "重点任务", "责任单位（部门）", "完成时限"], start=1):
        ws.cell(2, c, h)
    for r, row in enumerate(CZ_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    wb.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "baise_kouan_2024.txt").write_text(BAISE, encoding="utf-8")
    build_docx()
    build_xlsx()


if __name__ == "__main__":
    main()
