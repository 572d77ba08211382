"""Build the documents of round 89 (tests/made_gold/forms89/docs):

- dinghai_yuye_2022.txt: a district office's table (舟山市定海区人民政府办公室) **copied from Word one cell per line**,
  the **lead cell merged over rows 1–2 and printed once**: row 2 prints its number, task, its own partner and deadline.
- liaoyang_wenlv_2023.html: a city office's page (辽阳市人民政府办公室) whose table has **section rows spanning it**,
  the **lead merged down by rowspan**, partners apart by `，` and `及`.
- lianyungang_gangkou_2024.txt: a city office's plan (连云港市人民政府办公室) **mixing clauses** in its items and an
  attachment's **tab-separated table** (copied from Excel).

Run from the project root: python tests/made_gold/forms89/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

DINGHAI = """舟山市定海区人民政府办公室关于印发定海区2022年渔业安全生产和渔民增收工作任务分解表的通知
定政办发〔2022〕15号
各乡镇人民政府、街道办事处，区政府直属各单位：
　　现将《定海区2022年渔业安全生产和渔民增收工作任务分解表》印发给你们，请各责任单位对照任务抓好落实。
舟山市定海区人民政府办公室
2022年3月30日
定海区2022年渔业安全生产和渔民增收工作任务分解表
序号
工作任务
牵头单位
配合单位
完成时间
1
开展渔船安全隐患排查整治
区海洋与渔业局
区应急管理局、定海海事处
2022年6月
2
推进老旧渔船更新改造
区财政局
2022年12月
3
建设渔港经济区
区发改局
区海洋与渔业局、区自然资源和规划分局
2022年12月
4
开展渔民转产转业技能培训
区人力社保局
区海洋与渔业局，各乡镇人民政府、街道办事处
2022年11月
"""

LY_HEAD = [
    "辽阳市人民政府办公室关于印发辽阳市推动文化旅游产业高质量发展若干措施任务分工的通知",
    "辽阳政办发〔2023〕11号",
    "各县（市）、区人民政府，市政府各部门，各直属机构：",
    "经市政府同意，现将《辽阳市推动文化旅游产业高质量发展若干措施任务分工》印发给你们，请认真组织实施。",
    "辽阳市人民政府办公室",
    "2023年6月21日",
    "辽阳市推动文化旅游产业高质量发展若干措施任务分工",
]
# (section, [(no, task, lead or None when merged, partners)])
LY_SECTIONS = [
    ("一、培育文旅市场主体", [
        ("1", "支持文旅企业做大做强，培育一批骨干文旅企业", "市文化旅游和广播电视局", "市财政局，市发展改革委"),
        ("2", "鼓励引进知名文旅企业和品牌", None, "市商务局及市文化旅游发展集团"),
    ]),
    ("二、丰富文旅产品供给", [
        ("3", "打造辽阳白塔等重点文旅景区", "市文化旅游和广播电视局", "白塔区人民政府，市自然资源局"),
        ("4", "发展乡村旅游和休闲农业", "市农业农村局", "市文化旅游和广播电视局，各县（市）、区人民政府"),
        ("5", "推出冰雪旅游精品线路", None, "市体育事业发展中心"),
    ]),
]


def liaoyang_html() -> str:
    rows = ["<tr><td>序号</td><td>任务内容</td><td>牵头单位</td><td>配合单位</td></tr>"]
    for title, items in LY_SECTIONS:
        rows.append(f"<tr><td colspan=\"4\">{title}</td></tr>")
        k = 0
        while k < len(items):
            no, task, lead, partners = items[k]
            span = 1
            while k + span < len(items) and items[k + span][2] is None:
                span += 1
            lead_td = f"<td rowspan=\"{span}\">{lead}</td>" if span > 1 else f"<td>{lead}</td>"
            rows.append(f"<tr><td>{no}</td><td>{task}</td>{lead_td}<td>{partners}</td></tr>")
            for no2, task2, _, partners2 in items[k + 1 : k + span]:
                rows.append(f"<tr><td>{no2}</td><td>{task2}</td><td>{partners2}</td></tr>")
            k += span
    head = "\n".join(f"<p>{x}</p>" for x in LY_HEAD)
    return ("<html><head><meta charset=\"utf-8\"><title>" + LY_HEAD[0] + "</title></head><body>\n" + head +
            "\n<table border=\"1\">\n" + "\n".join(rows) + "\n</table>\n</body></html>\n")


LIANYUNGANG = """连云港市人民政府办公室关于印发连云港市推进港口转型升级三年行动方案（2024—2026年）的通知
连政办发〔2024〕28号
各县、区人民政府，市开发区、徐圩新区、云台山景区管委会，市各委、办、局，市各直属单位：
　　《连云港市推进港口转型升级三年行动方案（2024—2026年）》已经市人民政府同意，现印发给你们，请认真组织实施。
连云港市人民政府办公室
2024年7月9日
连云港市推进港口转型升级三年行动方案（2024—2026年）
一、提升港口基础设施能级
　　（一）完善港口集疏运体系。加快推进连云港区、徐圩港区铁路专用线建设，提升疏港公路通行能力。（市交通运输局牵头，市发展改革委、市自然资源和规划局，连云港港口集团配合）
　　（二）建设智慧港口。推进自动化码头建设，推广无人集卡、智能闸口应用。（连云港港口集团负责，市交通运输局、市工业和信息化局指导）
二、拓展港口航线网络
　　（一）加密国际航线。
　　稳定日韩航线，拓展东南亚、中东新航线。
　　支持船公司开设过境班列与海运衔接线路。
　　（责任单位：市商务局、市口岸办、连云港港口集团）
　　（二）发展海河联运。推动内河集装箱航线与港口衔接。（市交通运输局负责）
三、重点项目推进
　　重点项目按下表分工推进：
序号	项目名称	牵头单位	责任单位	完成时间
1	徐圩港区30万吨级航道二期工程	市交通运输局	徐圩新区管委会、连云港港口集团	2025年12月
2	连云港区旗台作业区液体散货码头	连云港港口集团	连云区人民政府	2026年6月
3	赣榆港区10万吨级航道工程	市交通运输局	赣榆区人民政府，市财政局	2025年6月
四、保障措施
　　各县区、各有关部门要加强协作，市交通运输局要定期调度重点项目进展。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "dinghai_yuye_2022.txt").write_text(DINGHAI, encoding="utf-8")
    (DOCS / "liaoyang_wenlv_2023.html").write_text(liaoyang_html(), encoding="utf-8")
    (DOCS / "lianyungang_gangkou_2024.txt").write_text(LIANYUNGANG, encoding="utf-8")


if __name__ == "__main__":
    main()
