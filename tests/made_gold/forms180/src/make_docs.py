"""Build round 180's documents (a blind hand, containers): a 镇's letter-spaced PDF (枝城镇), a county office's
scanned notice as OCR text with page numbers inside tasks (苍溪县), a provincial bureau's 分工方案 workbook with a
cover sheet and a two-row merged header (云南省林业和草原局), a university's page with the plan in an attachment
``<div>`` inside a layout table, ``<br>`` in cells and a ``colspan`` header (西南科技大学).

Run from the project root: python tests/made_gold/forms180/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx
from shapes import scanned_text, spaced_pdf

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"


def zhicheng() -> None:
    spaced_pdf(DOCS / "zhicheng_renju_2019.pdf", [
        "^枝城镇人民政府文件",
        "^枝政发〔2019〕6号",
        "^枝城镇人民政府关于印发《枝城镇2019年农村人居环境整治工作方案》的通知",
        "各村（社区）、镇直各单位：",
        "现将《枝城镇2019年农村人居环境整治工作方案》印发给你们，请认真贯彻执行。",
        "^枝城镇人民政府",
        "^2019年3月18日",
        "^枝城镇2019年农村人居环境整治工作方案",
        "一、工作目标",
        "2019年底前，全镇农村生活垃圾无害化处理率达到90%以上，完成农村户厕改造1200户。",
        "二、重点任务",
        "（一）推进农村“厕所革命”。按照“整村推进、分类实施”的要求，完成农村户厕无害化改造，同步建设村级公厕。"
        "（责任单位：镇村建办牵头，镇卫计办、各村〔社区〕配合）",
        "（二）开展农村生活垃圾治理。健全“户分类、村收集、镇转运”体系，配齐保洁员和收运车辆。"
        "（牵头单位：镇环卫所；责任单位：各村〔社区〕）",
        "（三）治理农村生活污水。推进集镇污水管网延伸，在人口集中村建设小型污水处理设施。",
        "牵头单位：镇水利站",
        "配合单位：镇村建办、镇财政所",
        "（四）提升村容村貌。开展“清垃圾、清杂物、清沟渠”行动，拆除残垣断壁和违章建筑。"
        "（镇综合执法中队、各村〔社区〕负责）",
        "三、保障措施",
        "镇人居环境整治工作领导小组办公室要加强督查考核，每月通报各村进展情况。",
    ])


def cangxi() -> None:
    paras = [
        "^苍溪县人民政府办公室文件",
        "^苍府办发〔2016〕21号",
        "^苍溪县人民政府办公室关于印发《苍溪县2016年脱贫攻坚工作要点》的通知",
        "各乡镇人民政府，县级各部门：",
        "《苍溪县2016年脱贫攻坚工作要点》已经县政府同意，现印发给你们，请结合实际认真贯彻落实。",
        "^苍溪县人民政府办公室",
        "^2016年3月25日",
        "^苍溪县2016年脱贫攻坚工作要点",
        "2016年是打赢脱贫攻坚战的关键之年。为确保全年脱贫任务圆满完成，现提出如下工作要点。",
        "一、精准识别，夯实脱贫基础",
        "1.开展贫困人口动态管理，做好建档立卡“回头看”，确保扶贫对象精准、底数清楚。（牵头单位：县扶贫和移民工作局；"
        "责任单位：各乡镇党委、政府）",
        "2.建立贫困户脱贫销号和贫困村退出验收机制，严格退出标准和程序，杜绝“数字脱贫”。（县扶贫和移民工作局牵头，"
        "县统计局、县农业局配合）",
        "二、精准施策，推进产业扶贫",
        "3.因地制宜发展红心猕猴桃、生猪等特色产业，推行“园区+合作社+贫困户”模式，带动贫困户稳定增收。（责任单位："
        "县农业局、县畜牧食品局，各乡镇）",
        "4.实施易地扶贫搬迁，全年完成搬迁贫困人口3600人，同步配套建设水、电、路等基础设施。（责任单位：县发展和改革局）",
        "三、强化保障，压实工作责任",
        "5.落实县级领导联系贫困村和部门结对帮扶制度，选派优秀干部组建驻村工作队，开展驻村工作队轮换和考核。"
        "（县委组织部、县扶贫和移民工作局按职责分工负责）",
        "6.加大财政专项扶贫资金投入，整合涉农资金用于脱贫攻坚。",
        "牵头单位：县财政局",
        "配合单位：县扶贫和移民工作局、县审计局",
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
        "苍溪县人民政府办公室　　　　　　　　2016年3月25日印发",
    ]
    (DOCS / "cangxi_tuopin_2016.txt").write_text(scanned_text(paras), encoding="utf-8")


def yunnan() -> None:
    title = "云南省林业和草原局关于印发《2020年全省林业和草原重点工作任务分工方案》的通知"
    cover = [
        ["云南省林业和草原局文件"],
        ["云林发〔2020〕12号"],
        [title],
        ["局机关各处室、各直属单位，各州（市）林业和草原局："],
        ["现将《2020年全省林业和草原重点工作任务分工方案》印发给你们，请认真抓好落实，每季度末将进展情况报局办公室。"],
        ["云南省林业和草原局"],
        ["2020年4月3日"],
    ]
    up = None
    table = [
        ["2020年全省林业和草原重点工作任务分工方案", None, None, None, None, None],
        ["序号", "重点任务", "责任单位", None, "完成时限", "备注"],
        [None, None, "牵头处室", "配合单位", None, None],
        ["一、生态保护修复", None, None, None, None, None],
        ["1", "实施国土绿化行动，科学推进造林种草", "生态修复处", "各州（市）林业和草原局", "2020年12月", None],
        ["2", "巩固退耕还林还草成果，做好政策兑现", up, "规划财务处", "2020年11月", None],
        ["3", "加强天然林保护，落实管护责任", "天然林保护处", "各州（市）林业和草原局", "2020年12月", "含公益林管护"],
        ["二、资源监督管理", None, None, None, None, None],
        ["4", "开展森林督查，查处破坏林地违法案件", "森林资源管理处", "省森林公安局、各州（市）林业和草原局", "2020年10月", None],
        ["5", "完成森林资源管理“一张图”年度更新", up, "省林业调查规划院", "2020年9月", "按季度报送进展"],
        ["6", "加强自然保护地监督管理，开展自然保护地整合优化", "自然保护地管理处", "省林业和草原科学院、各国家级自然保护区管护局", "2020年12月", None],
    ]
    merged = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "A4:F4", "C5:C6", "A8:F8", "C9:C10"]
    write_xlsx(DOCS / "yunnan_linye_2020.xlsx", [("封面", cover, []), ("分工表", table, merged)])


def swust() -> None:
    e = html.escape
    title = "西南科技大学关于印发《西南科技大学2018年本科教学工作要点》的通知"
    body = [
        "各学院，各部门：",
        "现将《西南科技大学2018年本科教学工作要点》印发给你们，请结合实际认真贯彻落实。",
        "西南科技大学",
        "2018年3月12日",
    ]
    plan_paras = [
        "一、专业建设",
        "（一）推进新工科建设。对接区域主导产业，改造升级传统工科专业，申报新工科研究与实践项目。"
        "（牵头单位：教务处；参与单位：各相关学院）",
        "（二）开展专业认证。组织机械设计制造及其自动化、环境工程等专业做好工程教育专业认证现场考查准备。"
        "（责任单位：教务处、制造科学与工程学院、环境与资源学院）",
        "二、重点项目分解",
    ]
    rows = [
        ("1", "建设国家级虚拟仿真<br>实验教学项目", "实验室与设备管理处", "教务处<br>各相关学院", "2018年10月"),
        ("2", "推进在线开放课程建设，新建一批校级在线开放课程", "教务处", "信息工程学院<br>计算机科学与技术学院", "2018年12月"),
        ("3", "修订2018版本科人才培养方案", None, "各学院", "2018年7月"),
        ("4", "开展本科教学审核评估整改“回头看”", "教学质量监测与评估中心", "教务处<br>学生工作部", "2018年11月"),
    ]
    trs = []
    for r in rows:
        cells = [f"<td>{r[0]}</td>", f"<td>{r[1]}</td>"]
        if r[2] is not None:
            span = ' rowspan="2"' if r[0] == "2" else ""
            cells.append(f"<td{span}>{r[2]}</td>")
        cells += [f"<td>{r[3]}</td>", f"<td>{r[4]}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table border="1" cellspacing="0" cellpadding="3" width="100%"><tbody>'
             '<tr><td rowspan="2"><b>序号</b></td><td rowspan="2"><b>项目</b></td>'
             '<td colspan="2" align="center"><b>责任单位</b></td><td rowspan="2"><b>完成时间</b></td></tr>'
             "<tr><td><b>牵头单位</b></td><td><b>协办单位</b></td></tr>" + "".join(trs) + "</tbody></table>")
    after = ["三、保障措施", "各学院要成立本科教学工作专班，明确责任人，确保各项任务落到实处。"]
    page = [
        "<!DOCTYPE html>", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{e(title)}-西南科技大学信息公开网</title></head><body>",
        '<table width="1000" align="center" border="0"><tr><td class="logo"><img src="/images/logo.jpg">'
        '西南科技大学信息公开网</td></tr>',
        '<tr><td class="nav"><a href="/">首页</a> | <a href="/xxgk/">信息公开目录</a> | <a href="/gz/">规章制度</a></td></tr>',
        '<tr><td class="content">',
        '<div class="position">当前位置：首页 &gt;&gt; 信息公开目录 &gt;&gt; 教学质量</div>',
        f'<h2 align="center">{e(title)}</h2>',
        '<div class="source">发布时间：2018-03-14　　来源：教务处　　文号：西南科大教〔2018〕9号　　点击数：1386</div>',
        '<div class="article">' + "".join(f"<p>{e(p)}</p>" for p in body) + "</div>",
        '<div class="attachment"><p>附件</p>',
        '<p align="center"><b>西南科技大学2018年本科教学工作要点</b></p>',
        "".join(f"<p>{e(p)}</p>" for p in plan_paras), table,
        "".join(f"<p>{e(p)}</p>" for p in after), "</div>",
        "</td></tr>",
        '<tr><td class="footer">版权所有：西南科技大学　地址：四川省绵阳市涪城区青龙大道中段59号　蜀ICP备05006311号</td></tr>',
        "</table></body></html>",
    ]
    (DOCS / "swust_jiaoxue_2018.html").write_text("\n".join(page) + "\n", encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    zhicheng()
    cangxi()
    yunnan()
    swust()
    print(sorted(p.name for p in DOCS.iterdir()))
