"""Build the documents of round 67 (tests/made_gold/forms67/docs):

- songyuan_yingshang_2024.txt: a city office's 工作要点 (松原市人民政府办公室) whose items end with **labels in 【】 and
  no colon**, the units right after the closing bracket: `【牵头单位】X【配合单位】Y`.
- fuxin_nongye_2023.html: a city office's page (阜新市人民政府办公室) with a task table **`任务名称 / 牵头责任单位 /
  配合责任单位`**, its lead cell **merged down (rowspan)**, collectives apart by a comma.
- linzi_huagong_2024.docx: a district office's Word table (淄博市临淄区人民政府办公室) whose units column says in its
  header **`责任单位（排在第一位的为牵头单位）`**, one units cell **merged down over two rows (vMerge)**.

Run from the project root: python tests/made_gold/forms67/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SONGYUAN = """松原市人民政府办公室关于印发松原市2024年优化营商环境工作要点的通知
松政办发〔2024〕6号
各县（市、区）人民政府，市政府各委办局、各直属机构：
　　经市政府同意，现将《松原市2024年优化营商环境工作要点》印发给你们，请结合实际，认真抓好落实。
松原市人民政府办公室
2024年3月18日
松原市2024年优化营商环境工作要点
一、提升政务服务效能
1.深化“一网通办”改革。推动高频政务服务事项全程网办，年底前实现“一网通办”事项全覆盖。【牵头单位】市政务服务和数字化建设管理局【配合单位】市直各有关部门
2.推行“免证办”服务。扩大电子证照在政务服务领域的应用范围。【牵头单位】市政务服务和数字化建设管理局【配合单位】市公安局、市市场监督管理局
二、优化市场环境
3.规范涉企收费行为。开展涉企违规收费专项整治。【牵头单位】市发展和改革委员会【配合单位】市财政局、市市场监督管理局
4.保障中小企业款项支付。建立拖欠中小企业账款台账，实行动态清零。【责任单位】市工业和信息化局、市财政局
三、保障措施
　　市营商环境建设监督局要会同市政府督查室定期通报各项任务进展情况。
"""

FX_LINES = [
    "阜新市人民政府办公室关于印发阜新市促进现代农业高质量发展实施方案的通知",
    "阜政办发〔2023〕21号",
    "各县、区人民政府，市政府各部门，各直属单位：",
    "《阜新市促进现代农业高质量发展实施方案》已经市政府同意，现印发给你们，请认真组织实施。",
    "阜新市人民政府办公室",
    "2023年7月4日",
    "阜新市促进现代农业高质量发展实施方案",
    "一、总体要求",
    "以建设农业强市为目标，推动现代农业提质增效。",
    "二、重点任务",
]
FX_TAIL = [
    "三、保障措施",
    "各县、区人民政府要建立工作台账，每半年向市农业农村局报送一次进展情况。",
]


def fuxin_html() -> str:
    rows = (
        "<tr><td>1</td><td>实施高标准农田建设工程，推进农田集中连片整治</td><td rowspan=\"2\">市农业农村局</td>"
        "<td>各县、区人民政府，市直有关部门</td><td>2023年12月</td></tr>\n"
        "<tr><td>2</td><td>推进设施农业提档升级</td><td>市财政局、市自然资源局</td><td>2023年12月</td></tr>\n"
        "<tr><td>3</td><td>培育壮大农产品加工企业</td><td>市工业和信息化局</td>"
        "<td>市财政局、市人力资源和社会保障局</td><td>2023年11月</td></tr>\n"
        "<tr><td>4</td><td>加强农田水利设施建设与管护</td><td>市农业农村局、市水利局</td>"
        "<td>各县、区人民政府</td><td>2023年10月</td></tr>\n"
    )
    table = ("<table border=\"1\" cellspacing=\"0\">\n<tr><td>序号</td><td>任务名称</td><td>牵头责任单位</td>"
             "<td>配合责任单位</td><td>完成时限</td></tr>\n" + rows + "</table>")
    head = "\n".join(f"<p>{line}</p>" for line in FX_LINES)
    tail = "\n".join(f"<p>{line}</p>" for line in FX_TAIL)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + FX_LINES[0] + "</title></head>\n"
            "<body>\n<div class=\"TRS_Editor\">\n" + head + "\n" + table + "\n" + tail + "\n</div>\n</body></html>\n")


LZ_HEAD = [
    "淄博市临淄区人民政府办公室关于印发《临淄区2024年化工产业安全发展重点任务分工方案》的通知",
    "临政办字〔2024〕9号",
    "各镇人民政府、街道办事处，区政府各部门，各有关单位：",
    "《临淄区2024年化工产业安全发展重点任务分工方案》已经区政府同意，现印发给你们，请认真贯彻落实。",
    "淄博市临淄区人民政府办公室",
    "2024年4月22日",
    "临淄区2024年化工产业安全发展重点任务分工方案",
    "一、重点任务",
]
LZ_HEADER = ["序号", "重点任务", "责任单位（排在第一位的为牵头单位）", "完成时限"]
LZ_ROWS = [
    ("1", "推进化工园区智慧化安全风险管控平台升级", "区应急局、区工业和信息化局、区大数据中心", "2024年9月"),
    ("2", "开展危险化学品企业安全风险隐患排查整治", "区应急局、区消防救援大队", "2024年6月"),
    ("3", "实施化工企业“机械化换人、自动化减人”改造", None, "2024年12月"),
    ("4", "加强化工园区封闭化管理", "区化工产业发展中心、市生态环境局临淄分局、区自然资源局", "2024年10月"),
]
LZ_TAIL = ["二、保障措施", "区应急局要会同区工业和信息化局每季度调度一次任务进展。"]


def build_docx(out: Path = DOCS / "linzi_huagong_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in LZ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(LZ_ROWS), cols=len(LZ_HEADER))
    t.style = "Table Grid"
    for c, h in enumerate(LZ_HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(LZ_ROWS, start=1):
        for c, value in enumerate(row):
            if value is not None:
                t.cell(r, c).text = value
    merged = t.cell(2, 2).merge(t.cell(3, 2))  # rows 2-3 share one units cell
    merged.text = "区应急局、区消防救援大队"
    for line in LZ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "songyuan_yingshang_2024.txt").write_text(SONGYUAN, encoding="utf-8")
    (DOCS / "fuxin_nongye_2023.html").write_text(fuxin_html(), encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
