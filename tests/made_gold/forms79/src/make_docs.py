"""Build the documents of round 79 (tests/made_gold/forms79/docs), Excel attachments as offices post them:

- ganzhou_qiye_2024.xlsx: 赣州市's 助企纾困 list in a workbook of **three sheets**: notes first, the task sheet with
  a **title row and a 填报单位 row above the header**, category and lead cells **merged down**, and a **联络员 sheet**
  (units with contact people: no tasks).
- wuwei_shengtai_2022.xlsx: 武威市's 分工表 in **two sheets**, each opened by a **section row** `一、…` / `二、…` above its
  header (the first sheet under the title row), lead cells merged down.

Run from the project root: python tests/made_gold/forms79/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

GANZHOU = [
    ("填报说明", [
        ["填报说明"],
        ["1.本清单所列任务均为2024年度任务。"],
        ["2.完成时限为“持续推进”的，按季度报送工作进展。"],
    ], []),
    ("任务清单", [
        ["赣州市2024年助企纾困重点任务清单"],
        ["填报单位：赣州市工业和信息化局　　　　　　填报时间：2024年3月"],
        ["序号", "类别", "重点任务", "牵头单位", "配合单位", "完成时限"],
        [1, "降本减负", "落实国家和省结构性减税降费政策", "市税务局", "市财政局、市发展改革委", "持续推进"],
        [2, None, "降低企业用电用气成本", "市发展改革委", "国网赣州供电公司、市城市管理局", "2024年12月"],
        [3, "融资支持", "扩大普惠小微贷款投放", "市金融办", "人行赣州市分行、国家金融监督管理总局赣州监管分局", "持续推进"],
        [4, None, "发挥政府性融资担保增信作用", None, "市财政局、市融资担保集团", "2024年12月"],
        [5, "服务保障", "常态化开展“入企走访”活动", "市工业和信息化局", "各县（市、区）人民政府", "持续推进"],
    ], ["A1:F1", "A2:F2", "B4:B5", "B6:B7", "D6:D7"]),
    ("联络员", [
        ["单位", "联络员", "职务", "联系电话"],
        ["市工业和信息化局", "刘晓东", "科长", "0797-8123456"],
        ["市税务局", "陈玉", "副科长", "0797-8234567"],
        ["市金融办", "钟华", "科员", "0797-8345678"],
    ], []),
]

WUWEI = [
    ("生态保护", [
        ["武威市2022年生态环境保护重点任务分工表"],
        ["一、生态保护修复"],
        ["序号", "重点任务", "牵头部门", "责任部门", "完成时限"],
        [1, "推进祁连山国家级自然保护区生态修复", "市林业和草原局", "市自然资源局、天祝县人民政府", "2022年12月"],
        [2, "实施石羊河流域综合治理", "市水务局", "市生态环境局、民勤县人民政府、凉州区人民政府", "2022年12月"],
        [3, "开展防沙治沙和国土绿化行动", "市林业和草原局", "民勤县人民政府、古浪县人民政府", "2022年11月"],
    ], ["A1:E1", "A2:E2"]),
    ("污染防治", [
        ["二、污染防治攻坚"],
        ["序号", "重点任务", "牵头部门", "责任部门", "完成时限"],
        [1, "开展工业企业大气污染深度治理", "市生态环境局", "市工业和信息化局", "2022年10月"],
        [2, "加强城区扬尘污染管控", None, "市住房和城乡建设局、市城市管理综合执法局", "持续推进"],
        [3, "推进农村生活污水治理", "市生态环境局、市农业农村局", "各县区人民政府", "2022年12月"],
    ], ["A1:E1", "C3:C4"]),
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_xlsx(DOCS / "ganzhou_qiye_2024.xlsx", GANZHOU)
    write_xlsx(DOCS / "wuwei_shengtai_2022.xlsx", WUWEI)


if __name__ == "__main__":
    main()
