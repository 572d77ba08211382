"""Build the documents of round 40 (tests/made_gold/forms40/docs):

- haidong_yiliao_2024.docx: a city's 任务清单 (海东市) as a Word table whose units cell holds **two paragraphs with
  short labels** (`牵头：X` / `配合：Y、Z`) and a 责任领导 column of people; prose `由X负责，Y、Z配合…`.
- changji_weisheng_2024.txt: a prefecture's 工作方案 (昌吉州) with **own-line fields holding two labels apart by an
  ideographic space** (`责任主体：X　完成时限：2024年底`) and a **table printed one cell per line** under the header
  `序号 / 工作任务 / 实施主体 / 完成时限` whose 实施主体 cells say the roles in words.
- hami_nongye_2024.xlsx: a city's 任务分解表 (哈密市) as an XLSX **whose table starts at B3** (column A and rows 1-2 empty
  but the title in B1), with a header over two rows (`责任单位` over `牵头单位 / 参与单位`).

Run from the project root: python tests/made_gold/forms40/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HD_HEAD = [
    "海东市人民政府办公室关于印发海东市2024年深化医药卫生体制改革重点工作任务清单的通知",
    "海政办〔2024〕31号",
    "各县（区）人民政府，市政府各部门：",
    "《海东市2024年深化医药卫生体制改革重点工作任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "海东市人民政府办公室",
    "2024年5月6日",
    "海东市2024年深化医药卫生体制改革重点工作任务清单",
    "一、重点任务",
]
HD_HEADER = ["序号", "重点任务", "责任领导", "责任单位"]
HD_ROWS = [
    ["1", "推进紧密型县域医共体建设，完善医共体运行机制", "马文军", ["牵头：市卫生健康委", "配合：市医保局、市财政局"]],
    ["2", "深化医保支付方式改革，推进按病组付费", "马文军", ["牵头：市医保局", "配合：市卫生健康委"]],
    ["3", "加强公立医院人才队伍建设，落实薪酬制度改革", "李海英", ["牵头：市人力资源社会保障局", "配合：市卫生健康委、各县（区）人民政府"]],
]
HD_TAIL = [
    "二、工作要求",
    "由市卫生健康委负责，市医保局、市药品监督管理局配合，建立医改重点任务月调度制度。"
    "各县（区）人民政府要加强组织领导，确保各项改革任务落地见效。",
]


def build_docx(out: Path = DOCS / "haidong_yiliao_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in HD_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(HD_ROWS), cols=len(HD_HEADER))
    for i, h in enumerate(HD_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(HD_ROWS, start=1):
        for c, value in enumerate(row):
            if isinstance(value, list):
                cell = table.cell(r, c)
                cell.text = value[0]
                for more in value[1:]:
                    cell.add_paragraph(more)
            else:
                table.cell(r, c).text = value
    for line in HD_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


CHANGJI = """昌吉回族自治州人民政府办公室关于印发昌吉州2024年卫生健康重点工作方案的通知
昌州政办发〔2024〕14号
各县市人民政府，州政府各部门、各直属机构：
《昌吉州2024年卫生健康重点工作方案》已经州人民政府同意，现印发给你们，请认真组织实施。
昌吉回族自治州人民政府办公室
2024年3月11日
昌吉州2024年卫生健康重点工作方案
一、重点工作
（一）提升基层医疗服务能力。推进乡镇卫生院标准化建设，加强村医队伍建设。
责任主体：州卫生健康委　完成时限：2024年底
（二）加强疾病预防控制。完善传染病监测预警体系，做好重点传染病防控。
责任主体：州疾病预防控制局、各县市人民政府　完成时限：长期坚持
二、任务分工
序号
工作任务
实施主体
完成时限
1
推进州人民医院区域医疗中心建设
州卫生健康委牵头，州发展改革委配合
2024年12月
2
开展全民健康素养促进行动
州卫生健康委牵头，州教育局、州委宣传部配合，各县市人民政府落实
2024年全年
3
完善医疗救助制度，减轻困难群众就医负担
州医保局
2024年10月
三、保障措施
州卫生健康委牵头，州财政局配合，加强卫生健康项目资金监管。各县市人民政府要落实属地责任。
"""

HM_TITLE = "哈密市2024年农业农村重点工作任务分解表"
HM_ROWS: list[list[object]] = [
    [1, "推进哈密瓜产业提质增效，建设标准化种植基地", "市农业农村局", "市林业和草原局、伊州区人民政府", "2024年10月"],
    [2, "实施高标准农田建设项目", "市农业农村局", "市财政局、市水利局、巴里坤哈萨克自治县人民政府", "2024年11月"],
    [3, "开展农村人居环境整治提升行动", "市农业农村局", "市住房和城乡建设局、各区县人民政府", "2024年全年"],
]


def build_xlsx(out: Path = DOCS / "hami_nongye_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分解表"
    ws.cell(1, 2, HM_TITLE)
    ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=6)
    for c, h in enumerate(["序号", "重点任务", "责任单位", None, "完成时限"], start=2):
        if h:
            ws.cell(3, c, h)
    ws.cell(4, 4, "牵头单位")
    ws.cell(4, 5, "参与单位")
    for c in (2, 3, 6):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    for r, row in enumerate(HM_ROWS, start=5):
        for c, value in enumerate(row, start=2):
            ws.cell(r, c, value)
    ws.merge_cells("D5:D7")  # 市农业农村局 leads rows 1-3
    wb.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    (DOCS / "changji_weisheng_2024.txt").write_text(CHANGJI, encoding="utf-8")
    build_xlsx()


if __name__ == "__main__":
    main()
