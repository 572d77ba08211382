"""Build round 187's documents (a blind hand, containers): a district bureau's plan as a PDF whose 分工表 page is
landscape, stored turned (``/Rotate 90``) (西秀区), a district bureau's Word notice saved with tracked changes and
comments (纳溪区), a county office's page whose text stands in ``<div id="zoom">`` padded by ``&nbsp;`` with a
``<p>`` in each table cell (two units of a cell in two ``<p>``) (宁洱县), a county's page whose table numbers its rows
in ``<th>`` and merges a lead unit's cell down several rows (``<td rowspan>``) (永昌县).

Run from the project root: python tests/made_gold/forms187/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "forms186" / "src"))
from shapes import revised_docx, turned_pages_pdf

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"


def xixiu() -> None:
    before: list[object] = [
        "^安顺市西秀区农业农村局文件",
        "^西农发〔2021〕11号",
        "^安顺市西秀区农业农村局关于印发《西秀区2021年高标准农田建设工作方案》的通知",
        "各镇（街道）农业服务中心，局属各单位：",
        "现将《西秀区2021年高标准农田建设工作方案》印发给你们，请认真组织实施。",
        "^安顺市西秀区农业农村局",
        "^2021年3月30日",
        "^西秀区2021年高标准农田建设工作方案",
        "一、建设目标",
        "2021年，全区新建高标准农田2.5万亩。",
        "二、工作措施",
        "（一）科学编制项目规划。结合国土空间规划，合理确定项目区布局。（农田建设管理科牵头，规划财务科配合）",
        "（二）严格项目质量监管。落实项目法人制、招标投标制和工程监理制。（区农业综合执法大队负责）",
        "三、任务分工",
        "各项任务分工如下表：",
    ]
    table: list[object] = [
        "^西秀区2021年高标准农田建设任务分工表",
        ([0.07, 0.38, 0.18, 0.25, 0.12], [
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "完成项目初步设计评审和批复", "农田建设管理科", "区发展和改革局、区财政局", "2021年5月"],
            ["2", "组织项目公开招标，确定施工单位", "区公共资源交易中心", "农田建设管理科", "2021年6月"],
            ["3", "落实项目建设资金，按工程进度拨付", "区财政局", "规划财务科", "2021年12月"],
            ["4", "组织项目竣工验收和上图入库", "农田建设管理科", "区自然资源局、各镇（街道）", "2022年3月"],
        ]),
    ]
    after: list[object] = [
        "四、保障措施",
        "各镇（街道）要明确专人负责，做好群众工作和施工环境保障。",
        "抄送：区人民政府办公室。",
    ]
    turned_pages_pdf(DOCS / "xixiu_nongtian_2021.pdf", [(False, before), (True, table), (False, after)])


def naxi() -> None:
    revised_docx(DOCS / "naxi_anquan_2022.docx", [
        ["泸州市纳溪区教育和体育局"],
        ["纳教体〔2022〕14号"],
        ["泸州市纳溪区教育和体育局关于印发《纳溪区2022年教育系统安全工作要点》的通知"],
        ["各中小学校、幼儿园，局机关各股室："],
        ["现将《纳溪区2022年教育系统安全工作要点》印发给你们，请认真贯彻落实。"],
        ["泸州市纳溪区教育和体育局"],
        ["2022年2月25日"],
        ["纳溪区2022年教育系统安全工作要点"],
        ["一、强化校园安全管理"],
        ["1.落实校园安全“一岗双责”，层层签订安全目标责任书。（责任单位：安全稳定股", ("del", "、人事股"),
         ("ins", "，各中小学校、幼儿园"), "）"],
        ["2.开展校园周边环境综合治理，", ("note", "整治校园周边无证摊点", "建议增加区综合行政执法局配合"),
         "。（牵头单位：安全稳定股；配合单位：", ("del", "区城管执法局、"), "区公安分局", ("ins", "、区市场监管局"), "）"],
        ["二、加强专项安全教育"],
        ["3.开展防溺水专题教育，", ("del", "每月"), ("ins", "每学期"), "组织一次应急疏散演练。（基础教育股、体育股按职责分工负责）"],
        ["4.", ("ins", "加强食品安全管理。"), "落实学校食堂负责人陪餐制度，规范食材采购和留样。（后勤管理股牵头，区市场监管局指导）"],
        [("del", "5.开展校园消防安全检查，及时整改火灾隐患。（后勤管理股负责）")],
        ["三、保障措施"],
        ["各中小学校、幼儿园要落实安全工作主体责任，", ("note", "校长是学校安全工作第一责任人", "请核实表述"), "。"],
    ])


def ninger() -> None:
    e = html.escape
    pad = "&nbsp;" * 4
    title = "宁洱哈尼族彝族自治县人民政府办公室关于印发《宁洱县2022年森林草原防灭火工作方案》的通知"
    paras = [
        "各乡（镇）人民政府，县直各有关单位：",
        "现将《宁洱县2022年森林草原防灭火工作方案》印发给你们，请认真抓好贯彻落实。",
        "^宁洱哈尼族彝族自治县人民政府办公室",
        "^2022年1月28日",
        "^宁洱县2022年森林草原防灭火工作方案",
        "一、工作目标",
        "坚持“预防为主、积极消灭”，确保不发生重特大森林草原火灾。",
        "二、重点工作",
        "（一）加强火源管控。在重点时段、重点区域设卡布点，严查野外违规用火。"
        "（县林草局牵头，县公安局、各乡（镇）人民政府配合）",
        "三、任务分工",
    ]
    rows = [
        ("1", "开展森林火灾隐患排查整治", ["县林草局", "县应急管理局"], ["各乡（镇）人民政府"], "2022年3月"),
        ("2", "组建半专业扑火队伍，开展扑火演练", ["县应急管理局"], ["县林草局", "县消防救援大队"], "2022年2月"),
        ("3", "做好防火物资储备和运输保障", ["县发展和改革局"], ["县交通运输局"], "2022年2月"),
        ("4", "落实防火期气象监测预报预警", ["县气象局"], ["—"], "长期"),
    ]
    after = ["四、保障措施", "县森林草原防灭火指挥部办公室要加强督查检查，对工作不力的严肃通报。"]

    def p(text: str) -> str:
        if text.startswith("^"):
            return f'<p style="text-align:right">{e(text[1:])}</p>'
        return f"<p>{pad}{e(text)}</p>"

    def cell(items: list[str]) -> str:
        return "<td>" + "".join(f"<p>&nbsp;{e(x)}&nbsp;</p>" for x in items) + "</td>"

    trs = ["<tr>" + "".join(cell([h]) for h in ("序号", "工作任务", "责任单位", "配合单位", "完成时限")) + "</tr>"]
    for r in rows:
        trs.append("<tr>" + cell([r[0]]) + cell([r[1]]) + cell(r[2]) + cell(r[3]) + cell([r[4]]) + "</tr>")
    page = [
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8">',
        f"<title>{e(title)}</title></head><body>",
        '<div class="head">宁洱哈尼族彝族自治县人民政府　信息公开</div>',
        f'<h1 class="title">{e(title)}</h1>',
        '<div class="info">来源：县政府办公室　　发布时间：2022-01-30　　文号：宁政办发〔2022〕9号</div>',
        '<div id="zoom">', *[p(x) for x in paras],
        '<table border="1" cellspacing="0" cellpadding="0" align="center">' + "".join(trs) + "</table>",
        *[p(x) for x in after], "</div>",
        '<div class="foot">版权所有：宁洱哈尼族彝族自治县人民政府　滇ICP备05001234号</div>',
        "</body></html>",
    ]
    (DOCS / "ninger_fanghuo_2022.html").write_text("\n".join(page) + "\n", encoding="utf-8")


def yongchang() -> None:
    e = html.escape
    title = "永昌县人民政府关于印发《永昌县2023年城乡供水保障工作实施方案》的通知"
    head = [
        "各乡镇人民政府，县政府各部门，县属各单位：",
        "现将《永昌县2023年城乡供水保障工作实施方案》印发给你们，请认真贯彻执行。",
        "永昌县人民政府",
        "2023年5月9日",
        "永昌县2023年城乡供水保障工作实施方案",
        "一、目标任务",
        "到2023年底，全县农村自来水普及率达到98%。",
        "二、重点任务分工",
    ]
    rows = [
        ("1", "实施城区供水管网改造，降低管网漏损", "县住房和城乡建设局", 2, "县水务公司", "2023年10月"),
        ("2", "推进城区二次供水设施改造", None, 0, "县水务公司、县市场监督管理局", "2023年11月"),
        ("3", "实施农村供水保障工程，巩固提升农村供水水平", "县水务局", 3, "各乡镇人民政府", "2023年12月"),
        ("4", "落实农村供水工程管护责任，健全水费收缴机制", None, 0, "县财政局、各乡镇人民政府", "2023年12月"),
        ("5", "开展农村饮水水质检测", None, 0, "县疾病预防控制中心", "2023年9月"),
    ]
    trs = ["<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>"]
    for n, task, lead, span, resp, due in rows:
        lead_td = "" if lead is None else f'<td rowspan="{span}" valign="middle">{e(lead)}</td>'
        trs.append(f'<tr><th scope="row">{n}</th><td>{e(task)}</td>{lead_td}<td>{e(resp)}</td><td>{e(due)}</td></tr>')
    tail = [
        "三、保障措施",
        "（一）强化资金保障。县财政局要积极争取上级资金，保障工程建设资金需求。",
        "（二）加强水质监管。定期公开供水水质信息。（县卫生健康局负责）",
    ]
    page = [
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8">',
        f"<title>{e(title)}_永昌县人民政府</title></head><body>",
        '<div class="nav">首页 &gt; 政务公开 &gt; 县政府文件</div>',
        '<div class="article">',
        f'<div class="article-title">{e(title)}</div>',
        '<div class="article-num">永政发〔2023〕21号</div>',
        '<div class="article-body">', *[f"<p>{e(x)}</p>" for x in head],
        '<table class="grid" border="1">' + "".join(trs) + "</table>",
        *[f"<p>{e(x)}</p>" for x in tail], "</div></div>",
        '<div class="foot">永昌县人民政府办公室主办</div>',
        "</body></html>",
    ]
    (DOCS / "yongchang_gongshui_2023.html").write_text("\n".join(page) + "\n", encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    xixiu()
    naxi()
    ninger()
    yongchang()
    print(sorted(p.name for p in DOCS.iterdir()))
