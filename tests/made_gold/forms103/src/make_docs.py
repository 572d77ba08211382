"""Build the documents of round 103 (tests/made_gold/forms103/docs): a PDF, a text and a web page.

- dazhou_tianranqi_2024.pdf: A4, a ruled 分工表 with a **person column** (`牵头领导`, merged down) between the task
  and the units columns (序号 / 重点任务 / 牵头领导 / 牵头单位 / 责任单位 / 完成时限), 9.5 pt, `- n -` page feet.
- tongling_tongji_2023.txt: a Word file saved as plain text: items, each followed by **one line holding two fields**
  apart by spaces (`牵头单位：X　　责任单位：Y、Z`), full-width indents.
- shizuishan_meihua_2025.html: the 分工表 pasted **from Excel** into the CMS (``<td class=xl65>``, ``x:str``, ``<col>``
  widths, a column **hidden by ``display:none``** holding a draft's units, empty padding cells).

Run from the project root: python tests/made_gold/forms103/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP as U
from containers import write_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

DAZHOU = [
    "^达州市人民政府办公室关于印发达州市天然气化工产业发展攻坚行动方案的通知",
    "^达市府办〔2024〕30号",
    "各县（市、区）人民政府，达州高新区、东部经开区管委会，市级各部门：",
    "《达州市天然气化工产业发展攻坚行动方案》已经市政府同意，现印发给你们，请认真组织实施。",
    "达州市人民政府办公室",
    "2024年7月11日",
    "^达州市天然气化工产业发展攻坚行动方案",
    "一、攻坚任务",
    [
        ["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "完成时限"],
        ["1", "推进普光气田天然气就地转化利用项目建设", "分管副市长", "市经济和信息化局", "宣汉县人民政府、市发展改革委",
         "2024年12月"],
        ["2", "建设天然气化工园区公共管廊和危化品停车场", U, "市经济和信息化局", "东部经开区管委会、市应急管理局",
         "2025年6月"],
        ["3", "争取天然气指标，保障园区企业用气", "分管副市长", "市发展改革委", "市经济和信息化局", "2024年10月"],
        ["4", "引进锂钾综合开发下游精细化工企业", U, "市投资促进局", "达州高新区管委会、宣汉县人民政府", "2024年12月"],
    ],
    "二、保障措施",
    "市经济和信息化局要会同市统计局建立产业运行监测制度。",
]

TONGLING = """铜陵市统计局关于印发《铜陵市统计数据质量提升行动方案》的通知
铜统〔2023〕22号

各县区统计局，局机关各科室、各直属单位：
　　现将《铜陵市统计数据质量提升行动方案》印发给你们，请结合实际认真贯彻落实。

铜陵市统计局
2023年6月26日

铜陵市统计数据质量提升行动方案

　　一、夯实统计基层基础
　　（一）规范统计台账。指导调查对象建立健全原始记录和统计台账，规范填报行为。
　　牵头单位：法规科　　责任单位：专业统计科室、各县区统计局
　　（二）推进名录库建设。及时更新基本单位名录库，做到应统尽统。
　　牵头单位：综合科　　责任单位：普查中心
　　二、强化统计监督
　　（三）开展统计执法检查。对统计造假、弄虚作假问题开展专项检查，依法查处统计违法行为。
　　牵头单位：法规科　　配合单位：市统计执法监督局
　　三、工作要求
　　各县区统计局要于7月底前报送工作推进情况。
"""

SHIZUISHAN = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8">
<title>石嘴山市人民政府办公室关于印发石嘴山市煤化工产业转型升级实施方案的通知</title>
<style>.xl65{border:.5pt solid windowtext;mso-number-format:"\\@";}</style></head>
<body><div id="content">
<h2>石嘴山市人民政府办公室关于印发石嘴山市煤化工产业转型升级实施方案的通知</h2>
<p>石政办发〔2025〕10号</p>
<p>各县（区）人民政府，市政府各部门、各直属机构：</p>
<p>《石嘴山市煤化工产业转型升级实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">石嘴山市人民政府办公室</p>
<p style="text-align:right">2025年3月3日</p>
<p style="text-align:center">石嘴山市煤化工产业转型升级实施方案</p>
<p>一、重点任务</p>
<table border=0 cellpadding=0 cellspacing=0 width=900 style='border-collapse:collapse;table-layout:fixed'>
<col width=50><col width=360><col width=180><col width=0 style='display:none'><col width=240><col width=70>
<tr height=40><td class=xl65 x:str>序号</td><td class=xl65 x:str>任务事项</td><td class=xl65 x:str>牵头单位</td><td class=xl65 style='display:none' x:str>原牵头单位</td><td class=xl65 x:str>配合单位</td><td class=xl65></td></tr>
<tr height=40><td class=xl65 x:num>1</td><td class=xl65 x:str>推进焦化企业节能降碳改造</td><td class=xl65 x:str>市工业和信息化局</td><td class=xl65 style='display:none' x:str>市发展和改革委员会</td><td class=xl65 x:str>市生态环境局、大武口区人民政府</td><td class=xl65></td></tr>
<tr height=40><td class=xl65 x:num>2</td><td class=xl65 x:str>建设电石尾气综合利用项目</td><td class=xl65 x:str>平罗县人民政府</td><td class=xl65 style='display:none' x:str>市工业和信息化局</td><td class=xl65 x:str>市工业和信息化局</td><td class=xl65></td></tr>
<tr height=40><td class=xl65 x:num>3</td><td class=xl65 x:str>开展煤化工园区危险化学品安全风险集中治理</td><td class=xl65 x:str>市应急管理局</td><td class=xl65 style='display:none' x:str>市应急管理局</td><td class=xl65 x:str>各县（区）人民政府</td><td class=xl65></td></tr>
</table>
<p>二、保障措施</p>
<p>市发展和改革委员会负责统筹协调方案实施中的重大问题。</p>
</div></body></html>
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_pdf(DOCS / "dazhou_tianranqi_2024.pdf", DAZHOU, size=9.5, widths=[0.5, 3.0, 1.1, 1.6, 2.2, 1.0],
              footer="- {n} -")
    (DOCS / "tongling_tongji_2023.txt").write_text(TONGLING, encoding="utf-8")
    (DOCS / "shizuishan_meihua_2025.html").write_text(SHIZUISHAN, encoding="utf-8")


if __name__ == "__main__":
    main()
