"""Build round 197's documents (flattened-table tails, a blind hand: what follows a table printed one cell per line):

- 岑巩县 (text): a task-division table printed one cell per line (序号 alone on its line, the units columns last, a
  cell of two units), its last row followed at once by paragraphs numbered ``①`` ``②`` that close in a clause
  (``（责任单位：X）``), no heading between;
- 靖边县 (text of a PDF): a table printed one cell per line whose rows print their 序号 and task on one line
  (``1.推行…`` under the header's ``序号`` / ``重点任务``), its last row (a 完成时限 cell) followed at once by a plain
  sentence of the text (a prose task: ``X要会同Y…``), then a ``（三）`` clause;
- 镇巴县 (text): a mark table printed one cell per line (an empty cell an empty line, as LibreOffice prints a Word
  table saved as text) whose header's unit cells hold two lines each (``县发展`` / ``改革局``, ``县住房和`` /
  ``城乡建设局``, ``完成`` / ``时限``), the legend above it; its last row followed by a plain sentence (a prose task);
- 麻栗坡县 (HTML): the same shapes as a page draws them: a task-division table followed by ``<p>①…（责任单位：X）</p>``
  and a mark table whose unit headers break with ``<br>``.

Run from the project root: python tests/made_gold/forms197/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/made_gold: containers.py
from containers import html_paragraphs

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _flat(rows: list[list[str]], empty: str = "") -> list[str]:
    """A table printed one cell per line, row after row; an empty cell printed as ``empty``."""
    return [cell if cell else empty for row in rows for cell in row]


def cengong() -> None:
    rows = [["序号", "工作任务", "牵头单位", "配合单位"],
            ["1", "完成病险水库除险加固，落实水库安全度汛措施", "县水务局", "县财政局"],
            ["2", "开展山洪灾害监测预警，及时发布预警信息", "县水务局", "县气象局、县应急管理局"],
            ["3", "加强地质灾害隐患点汛期巡查排查", "县自然资源局", "各镇人民政府"],
            ["4", "组织防汛抢险综合演练", "县应急管理局", "县消防救援大队、县水务局"]]
    lines = [
        "岑巩县人民政府办公室关于印发岑巩县2023年防汛抗旱工作方案的通知",
        "岑府办发〔2023〕15号",
        "各镇人民政府，县直有关部门：",
        "现将《岑巩县2023年防汛抗旱工作方案》印发给你们，请认真抓好落实。",
        "岑巩县人民政府办公室",
        "2023年4月10日",
        "岑巩县2023年防汛抗旱工作方案",
        "一、工作目标",
        "到2023年汛期结束，全县完成病险水库除险加固8座，确保不发生因灾死亡责任事故。",
        "二、主要任务",
        "（一）排查整治风险隐患。全面排查水库、山洪沟道和地质灾害隐患点，建立问题清单，限期整改销号。"
        "（县水务局牵头，县自然资源局、各镇人民政府配合）",
        "（二）落实重点工作分工。主要工作分工如下：",
        *_flat(rows),
        "①加强应急值守。汛期严格执行24小时值班和领导带班制度，确保险情灾情信息报送及时准确。（责任单位：县应急管理局）",
        "②做好物资储备。按规定储备冲锋舟、救生衣、编织袋等防汛物资，及时补充更新。"
        "（责任单位：县应急管理局、县粮食和物资储备中心）",
        "三、保障措施",
        "各镇人民政府要落实防汛属地责任，确保责任到人、措施到位。",
    ]
    (DOCS / "cengong_fangxun_2023.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def jingbian() -> None:
    header = ["序号", "重点任务", "责任单位", "完成时限"]
    rows = [["1.推行经营主体登记全程电子化，压缩企业开办时间", "县市场监管局", "2024年6月底"],
            ["2.开展招标投标领域突出问题专项治理", "县发展改革局、县行政审批服务局", "2024年9月底"],
            ["3.落实涉企收费目录清单制度，清理规范涉企收费", "县财政局", "2024年12月底"]]
    lines = [
        "靖边县人民政府办公室关于印发靖边县2024年优化营商环境重点任务清单的通知",
        "靖政办发〔2024〕7号",
        "各乡镇人民政府、街道办事处，县政府各工作部门：",
        "现将《靖边县2024年优化营商环境重点任务清单》印发给你们，请结合实际认真抓好落实。",
        "靖边县人民政府办公室",
        "2024年2月26日",
        "— 1 —",
        "靖边县2024年优化营商环境重点任务清单",
        "一、工作目标",
        "2024年，全县政务服务事项全程网办率达到90%以上，营商环境满意度持续提升。",
        "二、重点任务",
        "（一）提升政务服务水平。深化“一网通办”改革，推行政务服务事项清单化管理。（县行政审批服务局负责）",
        "（二）优化市场准入环境。重点任务分工如下：",
        *header,
        *[cell for row in rows for cell in row],
        "县发展改革局要会同县市场监管局每季度对任务落实情况开展评估，评估结果报县政府。",
        "（三）强化要素保障。推行工业用地“标准地”出让，保障重点项目用地需求。（县自然资源局牵头，县住建局配合）",
        "— 2 —",
        "三、保障措施",
        "县政府督查室要将各项任务落实情况纳入重点督查事项，定期通报进展。",
    ]
    (DOCS / "jingbian_yingshang_2024.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def zhenba() -> None:
    header = ["序号", "重点工程", "县发展\n改革局", "县交通\n运输局", "县水利局", "县住房和\n城乡建设局", "完成\n时限"]
    rows = [["1", "实施农村公路提档升级工程", "○", "★", "", "", "2023年12月"],
            ["2", "实施农村供水保障巩固提升工程", "○", "", "★", "", "2023年11月"],
            ["3", "推进农村危房改造和抗震改造", "", "", "", "★", "2023年10月"],
            ["4", "建设县城至镇村物流配送网络", "★", "○", "", "○", "2023年12月"]]
    lines = [
        "镇巴县人民政府办公室关于印发镇巴县2023年乡村建设行动工作方案的通知",
        "镇政办发〔2023〕18号",
        "各镇人民政府，县政府各工作部门，各直属机构：",
        "现将《镇巴县2023年乡村建设行动工作方案》印发给你们，请认真贯彻执行。",
        "镇巴县人民政府办公室",
        "2023年3月28日",
        "镇巴县2023年乡村建设行动工作方案",
        "一、工作目标",
        "到2023年底，全县农村自来水普及率达到92%，农村人居环境持续改善。",
        "二、重点任务",
        "（一）加强乡村规划建设。编制完成村庄规划，严格农村建房规划许可管理。（县自然资源局负责，各镇人民政府配合）",
        "（二）实施重点工程。重点工程分工如下（★为牵头单位，○为配合单位）：",
        *_flat([header, *rows]),
        "县住房和城乡建设局要会同县财政局加强项目资金监管，确保专款专用。",
        "三、保障措施",
        "各镇人民政府要落实属地责任，做好项目选址和群众工作。",
    ]
    (DOCS / "zhenba_xiangcun_2023.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _table(rows: list[list[str]]) -> list[str]:
    """A page's ruled table: the first row ``<th>``, a cell's line break ``<br>``."""
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{'<br>'.join(html.escape(x) for x in c.split(chr(10)))}</{tag}>"
                                    for c in row) + "</tr>")
    return [*out, "</tbody></table>"]


def malipo() -> None:
    e = html.escape
    title = "麻栗坡县人民政府办公室关于印发麻栗坡县2022年兴边富民行动工作方案的通知"
    tasks = [["序号", "工作任务", "牵头单位", "配合单位"],
             ["1", "推进沿边村庄基础设施建设", "县发展改革局", "县交通运输局、县水务局"],
             ["2", "实施边民增收产业扶持项目", "县农业农村局", "县财政局"],
             ["3", "开展边境地区国门教育", "县教育体育局", "各乡镇人民政府"]]
    marks = [["序号", "重点项目", "县发展\n改革局", "县交通\n运输局", "县财政局", "完成时限"],
             ["1", "建设边境口岸货运通道", "★", "○", "", "2022年10月"],
             ["2", "实施抵边村寨安居工程", "○", "", "★", "2022年12月"]]
    paras = [
        ("p", "麻政办发〔2022〕11号"),
        ("p", "各乡镇人民政府，县直各部门："),
        ("p", "现将《麻栗坡县2022年兴边富民行动工作方案》印发给你们，请认真组织实施。"),
        ("r", "麻栗坡县人民政府办公室"),
        ("r", "2022年5月9日"),
        ("c", "麻栗坡县2022年兴边富民行动工作方案"),
        ("h2", "一、工作目标"),
        ("p", "到2022年底，全县抵边村寨硬化道路通达率达到100%，边民人均可支配收入持续增长。"),
        ("h2", "二、重点任务"),
        ("p", "（一）改善边境基础设施。主要任务分工如下："),
    ]
    after = [
        ("p", "①加强护边队伍建设。完善护边员选聘管理和考核办法，落实护边员补助。（责任单位：县公安局、县财政局）"),
        ("p", "（二）实施重点项目。重点项目分工如下（★为牵头单位，○为配合单位）："),
    ]
    tail = [
        ("h2", "三、保障措施"),
        ("p", "各乡镇人民政府要落实属地责任，确保各项任务按期完成。"),
    ]

    body = html_paragraphs

    text = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{e(title)}_麻栗坡县人民政府</title></head><body>\n"
        '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府文件</a></div>\n'
        f'<div class="article">\n<h1>{e(title)}</h1>\n'
        '<div class="info">发布机构：麻栗坡县人民政府办公室　发布日期：2022-05-12</div>\n<div class="TRS_Editor">\n'
        + "\n".join([*body(paras), *_table(tasks), *body(after), *_table(marks), *body(tail)])
        + "\n</div>\n</div>\n"
        '<div class="footer"><p>主办：麻栗坡县人民政府办公室</p></div>\n</body></html>\n'
    )
    (DOCS / "malipo_bianmin_2022.html").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    cengong()
    jingbian()
    zhenba()
    malipo()
    print(sorted(p.name for p in DOCS.iterdir()))
