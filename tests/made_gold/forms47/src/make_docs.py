"""Build the documents of round 47 (tests/made_gold/forms47/docs):

- pucheng_gongye_2009.txt: an **old** (2009) county notice (蒲城县人民政府) with the old bodies' names (县经贸局, 县计生局,
  县劳动和社会保障局), a signature date in Chinese numerals with ○ (`二○○九年三月十日`), a clause with **two fields apart
  by spaces** in one parenthesis, `由X负责，Y配合…` in running text, and an attachment's table **drawn with box-drawing
  characters** (`┌─┬─┐ │序号│…│`), one of its task cells wrapped onto a second printed line.
- jingzhou_xiaofei_2025.html: a city's plan (荆州市) whose table a CMS printed **as one `<p>` per cell**, with its
  **two-level header** flattened (`序号 / 重点任务 / 责任单位 / 完成时限`, then `牵头单位 / 配合单位`).
- xunyi_xiangcun_2026.pdf: a **county party committee and government's** 实施意见 (中共旬邑县委, 旬邑县人民政府) as a
  text-layer PDF wrapped at the page width: clauses in **【】 with three fields** (`牵头单位：` / `协作单位：` /
  `督导单位：`), `牵头负责单位：`, and prose `X牵头，Y、Z配合，实施…`, `由X负责，各镇（街道）落实…`.
- xianning_wenming_2025.docx: a **units-first** Word table (咸宁市精神文明建设委员会办公室) `序号 / 责任单位 / 工作任务 /
  完成时限` whose units cell says the lead in brackets (`X（牵头）、Y`) and is **merged down (vMerge)** over two rows.

Run from the project root: python tests/made_gold/forms47/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
sys.path.insert(0, str(HERE.parent.parent))

PUCHENG = """蒲城县人民政府关于印发蒲城县2009年工业经济工作要点的通知
蒲政发〔2009〕12号
各乡镇人民政府，县政府各工作部门、直属机构：
　　现将《蒲城县2009年工业经济工作要点》印发给你们，请认真贯彻执行。
蒲城县人民政府
二○○九年三月十日
蒲城县2009年工业经济工作要点
　　一、加快工业园区建设
　　1、完善园区规划，抓好园区道路、供电、供水等基础设施建设。（责任单位：县经贸局  配合单位：县发改局、县建设局）
　　2、加大招商引资力度，积极承接产业转移。（县招商局负责，各乡镇人民政府配合）
　　二、做好民生保障工作
　　3、落实企业职工基本养老保险政策，扩大社会保险覆盖面。（县劳动和社会保障局负责）
　　4、稳定低生育水平。由县计生局负责，县卫生局、县统计局配合，做好流动人口计划生育服务管理。
　　三、工作要求
　　县经贸局要会同县统计局加强工业经济运行监测分析，按月通报。
　　附件：2009年工业经济重点项目推进责任表
附件
2009年工业经济重点项目推进责任表
┌──┬──────────────────┬──────────┬──────────┐
│序号│工作任务                            │责任单位            │配合单位            │
├──┼──────────────────┼──────────┼──────────┤
│1   │推进蒲城电厂二期扩建项目前期工作    │县发改局            │县国土资源局、县环保│
│    │                                    │                    │局                  │
├──┼──────────────────┼──────────┼──────────┤
│2   │加快煤化工项目建设，协调解决用地、用│县经贸局            │县国土资源局        │
│    │水等问题                            │                    │                    │
├──┼──────────────────┼──────────┼──────────┤
│3   │培育中小企业，落实扶持资金          │县中小企业局        │县财政局            │
└──┴──────────────────┴──────────┴──────────┘
"""

JZ_TITLE = "荆州市人民政府办公室关于印发荆州市2025年促进消费提质扩容工作方案的通知"
JZ_CELLS = ["序号", "重点任务", "责任单位", "完成时限", "牵头单位", "配合单位",
            "1", "开展“荆彩消费季”促消费活动，发放消费券", "市商务局", "市财政局、市文化和旅游局", "2025年全年",
            "2", "推动汽车以旧换新，支持新能源汽车下乡", "市商务局", "市公安局、市生态环境局", "2025年12月底",
            "3", "培育夜间经济集聚区，打造特色商业街区", "市住房和城乡建设局", "市城市管理执法委员会、沙市区人民政府", "2025年10月底",
            "4", "发展健康养老消费，扩大普惠养老服务供给", "市民政局", "市卫生健康委员会", "2025年全年"]


def build_html(out: Path = DOCS / "jingzhou_xiaofei_2025.html") -> Path:
    cells = "\n".join(f"<p style=\"text-align:center\">{c}</p>" for c in JZ_CELLS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{JZ_TITLE}-荆州市人民政府</title></head>
<body>
<div class="detail">
<div class="title">{JZ_TITLE}</div>
<div class="TRS_Editor">
<p>荆政办函〔2025〕11号</p>
<p>各县、市、区人民政府，荆州经济技术开发区、荆州高新技术产业开发区管委会，市政府各部门：</p>
<p>　　《荆州市2025年促进消费提质扩容工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">荆州市人民政府办公室</p>
<p style="text-align:right">2025年3月28日</p>
<p style="text-align:center">荆州市2025年促进消费提质扩容工作方案</p>
<p>　　一、工作目标</p>
<p>　　以扩大内需为战略基点，推动消费持续恢复和扩大。</p>
<p>　　二、重点任务</p>
{cells}
<p>　　三、保障措施</p>
<p>　　市商务局要会同市统计局建立消费运行监测机制，按季度分析研判。各县、市、区人民政府要结合实际细化工作措施。</p>
</div>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


XUNYI = [
    "中共旬邑县委 旬邑县人民政府关于推进2026年乡村全面振兴的实施意见",
    "旬发〔2026〕1号",
    "各镇党委和人民政府、城关街道党工委和办事处，县委各部门，县级国家机关各部门，各人民团体：",
    "为深入贯彻落实中央和省、市关于推进乡村全面振兴的决策部署，结合我县实际，现提出如下实施意见。",
    "一、确保粮食和重要农产品稳定安全供给",
    "（一）稳定粮食播种面积。落实粮食生产责任制，推进高标准农田建设和撂荒地整治，提升耕地质量。"
    "【牵头单位：县农业农村局；协作单位：县水利局、县自然资源局；督导单位：县委农办】",
    "（二）做强苹果产业。实施苹果园提质增效工程，建设矮化密植示范园，完善冷链仓储和产地初加工设施。"
    "【牵头负责单位：县果业发展中心；配合单位：各镇人民政府】",
    "二、推进乡村人才振兴",
    "（三）培育乡村人才。县委组织部牵头，县人社局、县财政局配合，实施乡村人才振兴计划，培养高素质农民和乡村工匠。",
    "（四）加强乡风文明建设。由县委宣传部负责，各镇（街道）落实，深化移风易俗，开展文明村镇创建。",
    "三、加强组织领导",
    "县委农村工作领导小组办公室要会同县委督查办加强督促检查，推动各项任务落地见效。",
    "中共旬邑县委",
    "旬邑县人民政府",
    "2026年2月16日",
]


XN_HEAD = [
    "咸宁市精神文明建设委员会办公室关于印发2025年全国文明城市创建重点任务分工的通知",
    "咸文明办〔2025〕3号",
    "市文明委各成员单位，咸安区、咸宁高新区：",
    "现将《2025年全国文明城市创建重点任务分工》印发给你们，请认真抓好落实。",
    "咸宁市精神文明建设委员会办公室",
    "2025年4月2日",
    "2025年全国文明城市创建重点任务分工",
]
XN_HEADER = ["序号", "责任单位", "工作任务", "完成时限"]
XN_ROWS = [
    ["1", "市城管执法委（牵头）、市住房和城乡建设局", "整治城区占道经营和乱堆乱放", "2025年6月底"],
    ["2", "", "规范户外广告和门头招牌设置", "2025年9月底"],
    ["3", "市交通运输局（牵头）、市公安局交通警察支队", "整治公交站台和出租车营运秩序", "2025年全年"],
    ["4", "咸安区人民政府、咸宁高新区管委会", "推进老旧小区文明创建和物业管理全覆盖", "2025年10月底"],
]
XN_TAIL = ["市文明办要会同市委督查室开展常态化督查，每月通报进展情况。"]


def build_docx(out: Path = DOCS / "xianning_wenming_2025.docx") -> Path:
    import docx

    d = docx.Document()
    for line in XN_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(XN_ROWS), cols=len(XN_HEADER))
    for c, h in enumerate(XN_HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(XN_ROWS, start=1):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(1, 1).merge(t.cell(2, 1))  # the units of rows 1-2
    for line in XN_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    from wrapped_pdf import write_wrapped_pdf

    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "pucheng_gongye_2009.txt").write_text(PUCHENG, encoding="utf-8")
    build_html()
    write_wrapped_pdf(DOCS / "xunyi_xiangcun_2026.pdf", XUNYI)
    build_docx()


if __name__ == "__main__":
    main()
