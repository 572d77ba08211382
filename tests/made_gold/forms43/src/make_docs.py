"""Build the documents of round 43 (tests/made_gold/forms43/docs):

- ezhou_wuliu_2024.txt: a city's 实施方案 (鄂州市) as **a PDF's text copy** (`pdftotext`): every printed line cut at one
  width (clauses broken across lines), a form feed and the page number `— 2 —` between two pages inside a paragraph.
- xiaogan_xiangcun_2024.docx: a city's 任务分工 (孝感市) whose Word table is **continued after a `续表` line** as a second
  table repeating the header, the numbering going on.
- qianjiang_xiaoxia_2024.html: a city's plan (潜江市) published as **a WeChat-style article**: each task a `<section>` whose
  labels stand in bold spans (`<strong>牵头单位：</strong>X<br/><strong>配合单位：</strong>Y`).

Run from the project root: python tests/made_gold/forms43/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

EZ_PARAS = [
    "鄂州市人民政府办公室关于印发鄂州市加快现代物流业发展实施方案的通知",
    "鄂州政办发〔2024〕13号",
    "各区人民政府，葛店开发区、临空经济区管委会，市政府各部门：",
    "　　《鄂州市加快现代物流业发展实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
    "鄂州市人民政府办公室",
    "2024年4月16日",
    "鄂州市加快现代物流业发展实施方案",
    "　　为充分发挥花湖国际机场枢纽优势，加快现代物流业高质量发展，结合我市实际，制定本方案。",
    "　　一、主要任务",
    "　　（一）建设航空物流枢纽。依托花湖国际机场，完善航空货运设施，拓展国际货运航线网络，"
    "提升航空物流集散能力。（牵头单位：临空经济区管委会；配合单位：市发展改革委、市交通运输局）",
    "　　（二）发展多式联运。推进空铁、空公、空水联运，建设多式联运集疏运体系，降低综合物流成本。"
    "（市交通运输局牵头，市商务局、市邮政管理局配合，各区人民政府落实）",
    "　　（三）培育物流市场主体。支持物流企业兼并重组做大做强，引进培育一批航空物流、冷链物流龙头企业。"
    "（责任单位：市商务局、市发展改革委，葛店开发区管委会）",
    "　　二、保障措施",
    "　　市发展改革委要会同市财政局统筹安排物流业发展专项资金。各区人民政府要明确专人负责，定期报送工作进展。",
]
WIDTH = 34


def ezhou_text() -> str:
    lines: list[str] = []
    for p in EZ_PARAS:
        while len(p) > WIDTH:
            lines.append(p[:WIDTH])
            p = p[WIDTH:]
        lines.append(p)
    # a page break (form feed) with the page number printed at the foot, inside 一、（二）'s paragraph
    k = next(i for i, ln in enumerate(lines) if ln.startswith("　　（二）")) + 1
    lines[k:k] = ["", "— 2 —", "\f"]
    return "\n".join(lines) + "\n"


XG_HEAD = [
    "孝感市人民政府办公室关于印发孝感市2024年乡村振兴重点任务分工方案的通知",
    "孝感政办函〔2024〕8号",
    "各县（市、区）人民政府，孝感高新区管委会，市政府各部门：",
    "经市人民政府同意，现将《孝感市2024年乡村振兴重点任务分工方案》印发给你们，请认真贯彻落实。",
    "孝感市人民政府办公室",
    "2024年3月2日",
    "孝感市2024年乡村振兴重点任务分工方案",
    "一、重点任务分工",
]
XG_HEADER = ["序号", "重点任务", "牵头单位", "配合单位"]
XG_ROWS1 = [
    ["1", "稳定粮食播种面积，粮食产量稳定在历史高位", "市农业农村局", "市发展改革委、市粮食局"],
    ["2", "推进高标准农田建设和耕地保护", "市农业农村局", "市自然资源和规划局、市财政局"],
]
XG_ROWS2 = [
    ["3", "发展富民乡村产业，打造孝感米酒等特色品牌", "市农业农村局", "市市场监管局、市商务局"],
    ["4", "实施农村人居环境整治提升行动", "市住房和城乡建设局", "市生态环境局、各县（市、区）人民政府"],
]
XG_TAIL = ["二、工作要求", "各县（市、区）人民政府要落实乡村振兴主体责任，市农业农村局负责统筹调度。"]


def build_docx(out: Path = DOCS / "xiaogan_xiangcun_2024.docx") -> Path:
    import docx

    d = docx.Document()

    def table(rows: list[list[str]]) -> None:
        t = d.add_table(rows=1 + len(rows), cols=len(XG_HEADER))
        for i, h in enumerate(XG_HEADER):
            t.cell(0, i).text = h
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                t.cell(r, c).text = value

    for line in XG_HEAD:
        d.add_paragraph(line)
    table(XG_ROWS1)
    d.add_paragraph("续表")
    table(XG_ROWS2)
    for line in XG_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


QJ_TITLE = "潜江市人民政府办公室关于印发潜江市2024年小龙虾产业高质量发展工作要点的通知"


def build_html(out: Path = DOCS / "qianjiang_xiaoxia_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{QJ_TITLE}</title></head>
<body>
<div id="js_content" class="rich_media_content">
<h1 class="rich_media_title">{QJ_TITLE}</h1>
<section><p>潜政办发〔2024〕7号</p></section>
<section><p>各镇、处、区，市政府各部门：</p></section>
<section><p>《潜江市2024年小龙虾产业高质量发展工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p></section>
<section><p style="text-align:right">潜江市人民政府办公室</p><p style="text-align:right">2024年3月28日</p></section>
<section><p style="text-align:center"><strong>潜江市2024年小龙虾产业高质量发展工作要点</strong></p></section>
<section><p><strong>一、重点工作</strong></p></section>
<section><p>1.推进虾稻共作标准化基地建设，新建高标准虾稻基地。</p><p><strong>牵头单位：</strong>市农业农村局<br/><strong>配合单位：</strong>市水利和湖泊局、市自然资源和规划局</p></section>
<section><p>2.打造“潜江龙虾”区域公用品牌，开展品牌推介活动。</p><p><strong>牵头单位：</strong>市小龙虾产业发展服务中心<br/><strong>配合单位：</strong>市市场监管局、市商务局</p></section>
<section><p>3.加强小龙虾质量安全监管，开展产地抽检。</p><p><strong>责任单位：</strong>市市场监管局、各镇（处、区）</p></section>
<section><p><strong>二、工作要求</strong></p></section>
<section><p>市小龙虾产业发展服务中心要会同市农业农村局建立产业发展监测体系。</p></section>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "ezhou_wuliu_2024.txt").write_text(ezhou_text(), encoding="utf-8")
    build_docx()
    build_html()


if __name__ == "__main__":
    main()
