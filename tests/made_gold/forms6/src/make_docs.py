"""Build the binary documents of round six (tests/made_gold/forms6/docs): a DOCX whose field labels
follow the task in the same paragraph (…。责任单位：X) and whose table's units cells name a lead in
brackets (X（牵头）、Y), one cell merged down over two rows; an XLSX whose rows carry two text
columns, a 主要任务 merged down over its rows and the 具体举措 of each row.

Run from the project root: python tests/made_gold/forms6/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

GZ_HEAD = [
    "赣州市人民政府办公室关于印发赣州市推进脐橙产业高质量发展三年行动方案的通知",
    "赣市府办字〔2024〕15号",
    "各县（市、区）人民政府，市政府各部门，市直各单位：",
    "《赣州市推进脐橙产业高质量发展三年行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "赣州市人民政府办公室",
    "2024年4月2日",
    "赣州市推进脐橙产业高质量发展三年行动方案",
    "一、主要任务",
    "（一）提升果园建设水平。",
    "1.推进低产果园改造。对树势衰弱、产量低的老果园实施品种改良和土壤改良。责任单位：市果业发展中心，各县（市、区）人民政府",
    "2.加强黄龙病防控。严格落实“砍、防、种”综合防控措施，扩大无病苗木供应。牵头单位：市果业发展中心；配合单位：市农业农村局、市林业局",
    "（二）做强脐橙精深加工。",
    "3.培育加工龙头企业。支持企业开发脐橙果汁、果酒、精油等产品，延伸产业链条。（市工信局、市果业发展中心按职责分工负责）",
    "二、年度重点工作",
]
GZ_HEADER = ("序号", "重点工作", "责任单位", "完成时限")
GZ_ROWS = [
    ("1", "建设脐橙产地冷链物流中心", "市商务局（牵头）、市果业发展中心", "2024年10月"),
    ("2", "举办中国赣州脐橙节", "市果业发展中心（牵头）、市商务局、市文广新旅局", "2024年11月"),
    ("3", "开展脐橙品牌宣传推介", "各县（市、区）人民政府", "2024年12月"),
    ("4", "推进果园宜机化改造", "", "2024年12月"),
]
GZ_TAIL = [
    "三、保障措施",
    "市果业发展中心要会同市财政局统筹整合涉农资金，加大对脐橙产业的支持力度。各县（市、区）人民政府是推进本地脐橙产业发展的责任主体，要细化工作措施。",
]


def build_docx(out: Path = DOCS / "gz_qicheng_2024.docx") -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = GZ_HEAD[0]
    for line in GZ_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(GZ_ROWS), cols=len(GZ_HEADER))
    for i, h in enumerate(GZ_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(GZ_ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    top = table.cell(3, 2)
    top.merge(table.cell(4, 2))  # rows 3-4 share one units cell
    top.text = GZ_ROWS[2][2]
    for line in GZ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


KM_ROWS = [
    ("1", "优化政务服务", "推行“高效办成一件事”集成服务", "市政务服务局", "2024年12月"),
    ("2", None, "扩大电子证照应用场景", "市政务服务局、市数据局", "2024年10月"),
    ("3", None, "推进涉企证明事项告知承诺制", "市司法局", "2024年9月"),
    ("4", "强化要素保障", "开展“银企对接”专项行动", "市地方金融管理局、人民银行昆明市分行", "2024年11月"),
    ("5", None, "保障重点项目用水用电用气", "市工业和信息化局、昆明供电局、各县（市、区）人民政府", "2024年12月"),
]


def build_xlsx(out: Path = DOCS / "km_yingshang_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.cell(1, 1, "昆明市2024年营商环境提升重点举措清单")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for c, name in enumerate(("序号", "主要任务", "具体举措", "责任单位", "完成时限"), start=1):
        ws.cell(2, c, name)
    for r, row in enumerate(KM_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells(start_row=3, start_column=2, end_row=5, end_column=2)
    ws.merge_cells(start_row=6, start_column=2, end_row=7, end_column=2)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    for f in (build_docx, build_xlsx):
        print(f())
