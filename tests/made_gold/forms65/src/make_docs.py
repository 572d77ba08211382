"""Build the documents of round 65 (tests/made_gold/forms65/docs):

- yingkou_qiye_2009.txt: a 2009 city office's notice (营口市人民政府办公室) as text **copied from a PDF**: every long
  paragraph **hard-wrapped at 30 characters** (the title over two lines, names and clauses broken across lines).
- nujiang_lvyou_2025.html: a prefecture office's page (怒江州人民政府办公室) whose table's units cells stack **long field
  labels** `牵头单位：X<br/>配合单位：Y、Z`.
- liaoyuan_yanglao_2015.txt: a 2015 city government's 实施意见 (辽源市人民政府), signature at the end, a clause joining **two
  collectives by 和** (`市有关部门和各县（区）人民政府按职责分工负责`).

Run from the project root: python tests/made_gold/forms65/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
WIDTH = 30

YK_LINES = [
    "营口市人民政府办公室关于印发营口市2009年促进中小企业发展若干措施的通知",
    "营政办发〔2009〕21号",
    "各县（市）区人民政府，市政府各部门：",
    "　　经市政府同意，现将《营口市2009年促进中小企业发展若干措施》印发给你们，请认真贯彻执行。",
    "营口市人民政府办公室",
    "二〇〇九年四月十日",
    "营口市2009年促进中小企业发展若干措施",
    "　　一、加大财税扶持力度。设立中小企业发展专项资金，重点支持科技型中小企业技术改造。（责任单位：市财政局、市中小企业局）",
    "　　二、拓宽融资渠道。推动银企对接，扩大中小企业信用担保规模。（责任单位：市金融办、人民银行营口市中心支行）",
    "　　三、优化发展环境。清理涉企收费项目，坚决制止乱收费。（市物价局牵头，市监察局、市财政局配合）",
]


def wrapped(lines: list[str], width: int = WIDTH) -> str:
    out: list[str] = []
    for line in lines:
        while len(line) > width:
            cut = width + (1 if line[width] in "。，；、）" else 0)  # no line opens with a closing mark
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out) + "\n"


NJ_HEAD = [
    "怒江州人民政府办公室关于印发怒江州2025年文旅产业提质增效工作方案的通知",
    "怒政办发〔2025〕15号",
    "各县（市）人民政府，州直各委、办、局：",
    "《怒江州2025年文旅产业提质增效工作方案》已经州人民政府同意，现印发给你们，请认真贯彻落实。",
    "怒江州人民政府办公室",
    "2025年4月8日",
    "一、重点任务",
]
NJ_ROWS = [
    ("1", "打造怒江大峡谷精品旅游线路", "牵头单位：州文化和旅游局<br/>配合单位：州交通运输局、各县（市）人民政府"),
    ("2", "提升旅游公共服务设施水平", "牵头单位：州发展改革委<br/>配合单位：州文化和旅游局"),
    ("3", "培育民族特色文化旅游商品", "责任单位：州工业和信息化局、州商务局"),
]
NJ_TAIL = ["二、工作要求", "各县（市）人民政府要细化工作措施，确保各项任务落地见效。"]


def nujiang_html() -> str:
    head = "\n".join(f"<p>{line}</p>" for line in NJ_HEAD)
    rows = "\n".join(f"<tr><td>{n}</td><td>{task}</td><td>{units}</td><td>2025年12月</td></tr>" for n, task, units in NJ_ROWS)
    tail = "\n".join(f"<p>{line}</p>" for line in NJ_TAIL)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + NJ_HEAD[0] + "</title></head>\n<body>\n"
            + head + "\n<table border=\"1\">\n<tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>\n"
            + rows + "\n</table>\n" + tail + "\n</body></html>\n")


LIAOYUAN = """辽源市人民政府关于加快发展养老服务业的实施意见
辽府发〔2015〕9号
各县（区）人民政府，市政府各委办局、各直属机构：
　　为加快发展养老服务业，满足老年人多样化养老服务需求，结合我市实际，提出如下实施意见。
　　一、主要任务
　　（一）完善居家养老服务网络。依托社区建设居家养老服务中心。（市民政局牵头，市有关部门和各县（区）人民政府按职责分工负责）
　　（二）推进医养结合发展。支持医疗机构开设老年病科。（市卫生计生委、市民政局负责）
　　（三）培育养老服务产业。落实养老机构税费优惠政策。（市财政局、市地税局、市国税局按职责分工负责）
　　二、保障措施
　　各县（区）人民政府要将养老服务业发展纳入经济社会发展规划。
　　辽源市人民政府
　　2015年6月18日
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "yingkou_qiye_2009.txt").write_text(wrapped(YK_LINES), encoding="utf-8")
    (DOCS / "nujiang_lvyou_2025.html").write_text(nujiang_html(), encoding="utf-8")
    (DOCS / "liaoyuan_yanglao_2015.txt").write_text(LIAOYUAN, encoding="utf-8")


if __name__ == "__main__":
    main()
