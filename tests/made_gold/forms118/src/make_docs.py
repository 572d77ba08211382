"""Build the documents of round 118 (tests/made_gold/forms118/docs):

- tongxin_yigongti_2024.txt: a county office's plan (同心县人民政府办公室): clauses in **full-width square brackets** with
  the label **`责任部门（单位）：`**, one bracket on its own line after sub-items, prose.
- cuona_bianmao_2025.docx: a Tibetan border city's Word plan (错那市人民政府办公室): field lines after sub-items, a clause,
  then a Word table whose lead cell is merged over two rows; prose with two subjects in one sentence.
- gzkf_kuajing_2024.html: a development zone office's measures (广州开发区管委会办公室): numbered measures with clauses, then
  an attached HTML table with a **two-level header** (`责任单位` over `牵头单位` / `配合单位`) and a 配合单位 cell spanning two
  rows; the closing `由X负责解释`.

Run from the project root: python tests/made_gold/forms118/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP, write_docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

TONGXIN = """同心县人民政府办公室关于印发同心县紧密型县域医共体建设实施方案的通知
同政办发〔2024〕29号
各乡镇人民政府，县直各部门，区属驻县各单位：
　　《同心县紧密型县域医共体建设实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。
同心县人民政府办公室
2024年7月22日
同心县紧密型县域医共体建设实施方案
一、重点任务
　　（一）整合县域医疗资源。组建以县人民医院为牵头医院的医共体，实行人财物统一管理。【责任部门（单位）：县卫生健康局、县人民医院】
　　（二）推进医保支付方式改革。实行医共体医保基金总额付费，结余留用、合理超支分担。【牵头单位：县医疗保障局；配合单位：县卫生健康局、县财政局】
　　（三）加强乡村医生队伍建设。
　　1.实施乡村医生定向培养，每年招收定向医学生20名。
　　2.落实乡村医生养老保障政策。
　　【责任部门（单位）：县卫生健康局、县人力资源和社会保障局，各乡镇人民政府】
二、保障措施
　　（四）强化组织领导。成立由县长任组长的医共体建设领导小组，县卫生健康局负责领导小组日常工作。
　　（五）加强考核评价。县卫生健康局要会同县医疗保障局制定医共体绩效考核办法。
"""

CUONA: list[object] = [
    "错那市人民政府办公室关于印发错那市边境贸易发展实施方案的通知",
    "错政办发〔2025〕3号",
    "各乡（镇）人民政府，市直各部门：",
    "《错那市边境贸易发展实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
    "错那市人民政府办公室",
    "2025年1月15日",
    "错那市边境贸易发展实施方案",
    "一、主要任务",
    "（一）完善边贸基础设施。",
    "1.建设边民互市贸易点，完善查验设施。",
    "2.改造提升通往边境的县乡公路。",
    "牵头单位：市发展和改革委员会",
    "配合单位：市交通运输局、市商务局",
    "（二）培育边贸经营主体。支持边民合作社参与边贸经营。（市商务局负责）",
    "二、任务分工",
    [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "制定边民互市贸易管理办法", "市商务局", "市市场监督管理局、市公安局", "2025年6月"],
        ["2", "开展边境特色商品展销活动", MERGE_UP, "市直有关部门", "2025年10月"],
        ["3", "落实边民补助政策", "市财政局", "各乡（镇）人民政府", "长期坚持"],
    ],
    "三、工作要求",
    "市商务局要牵头建立边贸工作联席会议制度，市直各有关部门要按照职责分工密切配合。",
]

GZ_HEAD = "广州开发区管委会办公室关于印发广州开发区促进跨境电商高质量发展若干措施的通知"


def gzkf_html() -> str:
    body = [
        f'<div class="info_title">{GZ_HEAD}</div>',
        '<div class="info_cont">',
        "<p>穗开管办〔2024〕18号</p>",
        "<p>区各有关单位：</p>",
        "<p>　　《广州开发区促进跨境电商高质量发展若干措施》已经管委会同意，现印发给你们，请认真组织实施。</p>",
        '<p style="text-align:right">广州开发区管委会办公室</p>',
        '<p style="text-align:right">2024年9月2日</p>',
        '<p style="text-align:center"><b>广州开发区促进跨境电商高质量发展若干措施</b></p>',
        "<p>　　一、支持企业做大做强。对跨境电商年进出口额首次突破1亿元的企业给予一次性奖励。（责任单位：区商务局，配合单位：区财政局）</p>",
        "<p>　　二、支持平台建设。对新建跨境电商产业园给予租金补贴。（区商务局、区投资促进局按职责分工负责）</p>",
        "<p>　　三、优化通关服务。推进跨境电商零售进口退货中心仓建设。（黄埔海关负责）</p>",
        "<p>　　四、本措施由区商务局负责解释，自印发之日起施行，有效期3年。</p>",
        "<p>　　附件：广州开发区促进跨境电商高质量发展重点任务分工表</p>",
        "<p>附件</p>",
        '<p style="text-align:center">广州开发区促进跨境电商高质量发展重点任务分工表</p>',
        '<table border="1">',
        '<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任单位</td>'
        '<td rowspan="2">完成时限</td></tr>',
        "<tr><td>牵头单位</td><td>配合单位</td></tr>",
        '<tr><td>1</td><td>建立跨境电商企业培育库</td><td>区商务局</td><td rowspan="2">区市场监管局、区税务局</td>'
        "<td>2024年12月</td></tr>",
        "<tr><td>2</td><td>举办跨境电商选品大会</td><td>区投资促进局</td><td>2025年3月</td></tr>",
        "<tr><td>3</td><td>开展跨境电商人才培训</td><td>区人力资源和社会保障局</td>"
        "<td>区教育局、广州开发区职业技能培训中心</td><td>长期坚持</td></tr>",
        "</table>",
        "</div>",
    ]
    return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>' + GZ_HEAD
            + "</title></head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "tongxin_yigongti_2024.txt").write_text(TONGXIN, encoding="utf-8")
    write_docx(DOCS / "cuona_bianmao_2025.docx", CUONA)
    (DOCS / "gzkf_kuajing_2024.html").write_text(gzkf_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
