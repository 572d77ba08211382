"""Build the documents of round 104 (tests/made_gold/forms104/docs): a Word file, a workbook and a PDF.

- luan_guapian_2024.docx: a 分工表 whose `序号` cells are **numbered by Word's list numbering** (the cells hold no
  text; Word draws `1.` `2.` …), units in **one paragraph per role** inside a cell (`牵头：X` / `配合：Y、Z`).
- yingtan_tongchanye_2023.xlsx: a **two-row header** with `责任主体` merged across over `牵头单位` / `责任单位`, a
  hidden column (`调度频次`), a **notes row** `备注：…` under the table, a second sheet `填报说明`.
- xinyu_guangfu_2025.pdf: **landscape A5** pages, the table's units cell holding the roles in words (`X牵头，Y、Z
  配合`), the header printed again on the next page.

Run from the project root: python tests/made_gold/forms104/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_docx_ext, write_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

LUAN = [
    "六安市人民政府办公室关于印发六安瓜片茶产业振兴行动方案的通知",
    "六政办〔2024〕14号",
    "各县区人民政府，市开发区、叶集区管委，市政府各部门、各直属机构：",
    "《六安瓜片茶产业振兴行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "六安市人民政府办公室",
    "2024年4月25日",
    "六安瓜片茶产业振兴行动方案",
    "一、任务分工",
    "TABLE",
    "二、保障措施",
    "各县区人民政府要落实茶产业发展资金。",
]
LUAN_ROWS = [
    ["序号", "工作任务", "责任单位", "完成时限"],
    ["", "建设六安瓜片核心产区标准化茶园", "牵头：市农业农村局\n配合：金寨县人民政府、裕安区人民政府", "2024年12月"],
    ["", "实施六安瓜片传统制作技艺传承保护", "牵头：市文化和旅游局\n配合：市农业农村局", "2025年6月"],
    ["", "开展六安瓜片地理标志产品保护执法", "牵头：市市场监管局\n配合：市公安局、市农业农村局", "2024年10月"],
]


def luan(out: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    write_docx_ext(out, LUAN, size=12.0)
    d = docx.Document(str(out))
    anchor = next(p for p in d.paragraphs if p.text == "TABLE")
    table = d.add_table(rows=len(LUAN_ROWS), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(LUAN_ROWS):
        for c, v in enumerate(row):
            cell = table.cell(r, c)
            parts = v.split("\n")
            cell.paragraphs[0].text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph(part)
            if r > 0 and c == 0:
                ppr = cell.paragraphs[0]._p.get_or_add_pPr()
                ppr.append(parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                     '<w:ilvl w:val="2"/><w:numId w:val="90"/></w:numPr>'))
    anchor._p.addnext(table._tbl)
    anchor._p.getparent().remove(anchor._p)
    d.save(str(out))


def yingtan(out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点任务"
    rows: list[list[object]] = [
        ["鹰潭市2023年铜产业链延链补链重点任务表"],
        ["序号", "任务名称", "责任主体", None, "调度频次", "完成时间"],
        [None, None, "牵头单位", "责任单位", None, None],
        [1, "推进铜基新材料产业园基础设施建设", "市工业和信息化局", "月湖区人民政府、市自然资源局", "每月", "2023年12月"],
        [2, "引进铜精深加工项目，开展产业链精准招商", "市商务局", "市投资促进中心、贵溪市人民政府", "每季度", "2023年12月"],
        [3, "推动再生铜回收利用体系建设", "市发展改革委", "市生态环境局", "每季度", "2023年11月"],
        ["备注：各责任单位要于每月25日前报送进展情况。"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A1:F1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3", "A7:F7"):
        ws.merge_cells(rng)
    ws.column_dimensions["E"].hidden = True
    notes = wb.create_sheet("填报说明")
    notes.cell(1, 1, "本表由市工业和信息化局汇总，联系电话：0701-6200000。")
    wb.save(str(out))


XINYU = [
    "^新余市人民政府办公室关于印发新余市光伏产业链高质量发展若干措施的通知",
    "^余府办发〔2025〕3号",
    "各县（区）人民政府，管委会，市政府各部门：",
    "《新余市光伏产业链高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "新余市人民政府办公室",
    "2025年2月14日",
    "^新余市光伏产业链高质量发展若干措施",
    "一、重点措施",
    [
        ["序号", "工作措施", "责任单位", "完成时限"],
        ["1", "支持光伏企业开展N型电池、组件技术攻关", "市工业和信息化局牵头，市科技局、高新区管委会配合", "2025年12月"],
        ["2", "推进分布式光伏整县开发，鼓励公共建筑屋顶安装光伏", "市发展改革委牵头，各县（区）人民政府配合", "2025年12月"],
        ["3", "落实光伏企业用电、用地要素保障", "市发展改革委、市自然资源局按职责分工负责", "持续推进"],
        ["4", "开展光伏产品质量监督抽查", "市市场监管局负责", "2025年10月"],
        ["5", "组织光伏企业参加国内外专业展会，拓展海外市场", "市商务局牵头，市工业和信息化局配合", "2025年11月"],
    ],
    "二、保障措施",
    "市工业和信息化局要建立光伏产业链链长制工作台账。",
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    luan(DOCS / "luan_guapian_2024.docx")
    yingtan(DOCS / "yingtan_tongchanye_2023.xlsx")
    write_pdf(DOCS / "xinyu_guangfu_2025.pdf", XINYU, size=10, widths=[0.5, 3.0, 2.8, 1.0], small=True,
              landscape=True, repeat_header=True)


if __name__ == "__main__":
    main()
