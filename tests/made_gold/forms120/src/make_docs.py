"""Build the documents of round 120 (tests/made_gold/forms120/docs):

- hongsibu_xueqian_2024.txt: a district office's plan (吴忠市红寺堡区人民政府办公室): clauses with a deadline inside
  (`分别负责，2025年底前`), field lines after sub-items, a table **copied one cell per line**, and one prose sentence with
  three subjects.
- jiangbei_rencai_2025.html: a new area's measures (南京江北新区管理委员会): clauses with `责任部门：` / `配合部门：`, then an
  HTML table whose **category rows span every column**; prose.
- kekedala_yingshang_2025.docx: a 兵团 division-city's Word points (第四师可克达拉市办公室): `X及相关行业主管部门负责`,
  `（X负责，长期坚持）`, a Word table with **three units columns** and a 责任单位 cell merged down.

Run from the project root: python tests/made_gold/forms120/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP, write_docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

HSB = """吴忠市红寺堡区人民政府办公室关于印发红寺堡区学前教育普及普惠三年行动计划的通知
红政办发〔2024〕40号
各乡镇人民政府，区直各部门、各单位：
　　《红寺堡区学前教育普及普惠三年行动计划》已经区人民政府同意，现印发给你们，请认真贯彻执行。
吴忠市红寺堡区人民政府办公室
2024年8月30日
红寺堡区学前教育普及普惠三年行动计划
一、扩大普惠性资源
　　（一）新建改扩建公办幼儿园5所，新增学位1800个。（区教育局牵头，区发展和改革局、区住房和城乡建设局按职责分工负责）
　　（二）规范发展民办幼儿园。
　　1.开展无证园专项治理。
　　2.对普惠性民办幼儿园给予生均经费补助。
　　牵头单位：区教育局
　　责任单位：区财政局、各乡镇人民政府
二、提高保教质量
　　（三）加强幼儿园教师队伍建设，按标准配齐配足保教人员。（区委编办、区教育局、区人力资源和社会保障局分别负责，2025年底前）
三、任务推进表
序号
工作任务
牵头单位
责任单位
1
完成红寺堡区第七幼儿园主体工程
区教育局
区住房和城乡建设局
2
建设乡镇中心幼儿园
区教育局
各乡镇人民政府
四、组织保障
　　区教育局要会同区财政局建立学前教育成本分担机制，区卫生健康局负责做好幼儿园卫生保健指导。
"""

JB_HEAD = "南京江北新区管理委员会关于印发江北新区集聚高层次人才若干措施的通知"


def jiangbei_html() -> str:
    body = [
        f'<h1 class="article-title">{JB_HEAD}</h1>',
        '<div class="article-content">',
        "<p>宁新区管发〔2025〕4号</p>",
        "<p>各街道，新区各部门、各直属单位：</p>",
        "<p>　　现将《江北新区集聚高层次人才若干措施》印发给你们，请认真贯彻落实。</p>",
        '<p style="text-align:right">南京江北新区管理委员会</p>',
        '<p style="text-align:right">2025年2月26日</p>',
        '<p style="text-align:center">江北新区集聚高层次人才若干措施</p>',
        "<p>　　一、支持顶尖人才团队落户。对新引进的顶尖人才团队给予综合资助。（责任部门：新区人才工作局；配合部门：新区财政局、新区科技创新局）</p>",
        "<p>　　二、加强人才安居保障。为高层次人才提供人才公寓和购房补贴。（新区住房保障和房产局负责，各街道配合）</p>",
        "<p>　　三、优化子女入学服务。（新区教育和社会保障局牵头，新区人才工作局参与）</p>",
        "<p>　　四、政策兑现分工</p>",
        '<table border="1">',
        "<tr><td>序号</td><td>事项</td><td>责任部门</td><td>配合部门</td><td>兑现时间</td></tr>",
        '<tr><td colspan="5">人才引进类</td></tr>',
        "<tr><td>1</td><td>顶尖人才团队项目评审</td><td>新区人才工作局</td><td>新区科技创新局</td><td>每年3月</td></tr>",
        '<tr><td colspan="5">人才服务类</td></tr>',
        "<tr><td>2</td><td>高层次人才子女入学安排</td><td>新区教育和社会保障局</td><td>各街道</td><td>每年8月</td></tr>",
        "<tr><td>3</td><td>人才购房补贴发放</td><td>新区住房保障和房产局</td><td>新区财政局</td><td>长期坚持</td></tr>",
        "</table>",
        "<p>　　五、组织实施。新区人才工作局要会同各责任部门每年对政策实施效果开展评估。</p>",
        "</div>",
    ]
    return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>' + JB_HEAD
            + "_南京江北新区</title></head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


KKDL: list[object] = [
    "第四师可克达拉市办公室关于印发第四师可克达拉市2025年优化营商环境工作要点的通知",
    "师市办发〔2025〕9号",
    "各团，师市机关各部门，各直属单位：",
    "《第四师可克达拉市2025年优化营商环境工作要点》已经师市同意，现印发给你们，请认真抓好落实。",
    "第四师可克达拉市办公室",
    "2025年3月5日",
    "第四师可克达拉市2025年优化营商环境工作要点",
    "一、提升政务服务效能",
    "（一）深化“高效办成一件事”改革，年内推出集成服务事项15个。（师市政务服务中心牵头，师市机关各有关部门按职责分工负责）",
    "（二）规范涉企行政检查，推行“综合查一次”。（师市市场监管局及相关行业主管部门负责）",
    "二、强化要素保障",
    "（三）保障重点项目用地需求。（师市自然资源和规划局负责，长期坚持）",
    "三、重点任务清单",
    [
        ["序号", "重点任务", "牵头单位", "责任单位", "配合单位"],
        ["1", "推行工程建设项目审批“拿地即开工”", "师市住房和城乡建设局", "各团", "师市自然资源和规划局"],
        ["2", "开展营商环境“体验官”活动", "师市发展改革委", MERGE_UP, "师市工商联"],
        ["3", "落实惠企政策直达快享", "师市财政局", "师市税务局", "师市发展改革委"],
    ],
    "四、工作要求",
    "各团要把优化营商环境作为“一把手”工程，师市发展改革委负责定期通报工作进展。",
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "hongsibu_xueqian_2024.txt").write_text(HSB, encoding="utf-8")
    (DOCS / "jiangbei_rencai_2025.html").write_text(jiangbei_html(), encoding="utf-8")
    write_docx(DOCS / "kekedala_yingshang_2025.docx", KKDL)


if __name__ == "__main__":
    main()
