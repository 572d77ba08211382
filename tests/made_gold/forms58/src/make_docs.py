"""Build the documents of round 58 (tests/made_gold/forms58/docs):

- baini_zhen_2025.txt: a township's plan (余庆县白泥镇人民政府) whose items are followed by field lines, among them
  **`指导单位：`** (the county bureau that guides) and **`协助单位：`**, and `各村（社区）` as a unit in a field.
- hnie_dangjian_2025.docx: a university party committee's task division (中共湖南工程学院委员会) as a Word table
  `类别 / 序号 / 工作任务 / 牵头单位 / 协同单位 / 完成时间`, the **类别 merged down** over the rows of each category and a
  牵头单位 merged down over two rows, collectives `各二级党组织`, `各学院（部）`.
- tieling_huanbao_2013.html: a 2013 city office's notice (铁岭市人民政府办公室) on a CMS page, paragraphs `<p>`, items
  with **circled sub-items `①②` on their own lines**, each closing with its own clause.

Run from the project root: python tests/made_gold/forms58/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

BAINI = """余庆县白泥镇人民政府关于印发白泥镇2025年森林防灭火工作方案的通知
白府发〔2025〕5号
各村（社区），镇直各站所：
　　现将《白泥镇2025年森林防灭火工作方案》印发给你们，请认真抓好落实。
余庆县白泥镇人民政府
2025年1月20日
白泥镇2025年森林防灭火工作方案
一、主要任务
（一）加强火源管控。在重点时段设卡检查，严禁野外用火。
责任单位：各村（社区）、镇综合行政执法大队
指导单位：余庆县林业局
（二）开展隐患排查。组织对林区坟山、电力线路开展排查整治。
牵头单位：镇应急管理办公室
协助单位：镇供电所、镇派出所
（三）强化扑救准备。充实半专业扑火队伍，储备扑火物资。
责任单位：镇森林防火指挥部办公室
二、工作要求
　　镇农业综合服务中心要加强护林员日常管理。各村（社区）要落实网格化巡山责任。
"""

HN_HEAD = [
    "中共湖南工程学院委员会关于印发2025年党建工作要点任务分解表的通知",
    "湘工院党发〔2025〕4号",
    "各二级党组织，各部门：",
    "现将《2025年党建工作要点任务分解表》印发给你们，请认真抓好落实。",
    "中共湖南工程学院委员会",
    "2025年2月27日",
    "2025年党建工作要点任务分解表",
    "一、重点任务",
]
HN_HEADER = ["类别", "序号", "工作任务", "牵头单位", "协同单位", "完成时间"]
HN_ROWS = [
    ("党的政治建设", "1", "深入学习贯彻党的创新理论，完善理论学习中心组学习制度", "党委宣传部", "党委办公室", "全年"),
    ("", "2", "严格落实意识形态工作责任制", "", "各二级党组织", "全年"),
    ("党的组织建设", "3", "实施党支部建设质量提升工程", "党委组织部", "各二级党组织", "12月"),
    ("", "4", "加强干部教育培训和年轻干部培养", "党委组织部、人事处", "党委党校", "11月"),
    ("人才培养", "5", "推进一流本科专业建设", "教务处", "各学院（部）、发展规划处", "12月"),
]
HN_TAIL = ["二、工作要求", "各二级党组织要结合实际制定本单位落实措施。"]


def build_docx(out: Path = DOCS / "hnie_dangjian_2025.docx") -> Path:
    import docx

    d = docx.Document()
    for line in HN_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(HN_ROWS), cols=len(HN_HEADER))
    for c, h in enumerate(HN_HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(HN_ROWS, start=1):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(1, 0).merge(t.cell(2, 0))  # 党的政治建设 over rows 1-2
    t.cell(3, 0).merge(t.cell(4, 0))  # 党的组织建设 over rows 3-4
    t.cell(1, 3).merge(t.cell(2, 3))  # 党委宣传部 leads rows 1-2
    for line in HN_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


TIELING_LINES = [
    "铁岭市人民政府办公室关于印发铁岭市2013年大气污染防治工作实施方案的通知",
    "铁政办发〔2013〕41号",
    "各县（市）区人民政府，市政府各部门：",
    "经市政府同意，现将《铁岭市2013年大气污染防治工作实施方案》印发给你们，请认真组织实施。",
    "铁岭市人民政府办公室",
    "2013年6月8日",
    "铁岭市2013年大气污染防治工作实施方案",
    "一、重点工作",
    "（一）加强工业污染治理。",
    "①推进燃煤锅炉脱硫除尘改造。（市环保局牵头，市经信委配合）",
    "②淘汰落后产能和工艺设备。（市经信委负责）",
    "（二）控制城市扬尘污染。",
    "①规范建筑工地围挡和渣土运输。（市住房城乡建设委、市城管执法局按职责分工负责）",
    "②加强道路清扫保洁。（各县（市）区人民政府负责）",
    "二、保障措施",
    "市环保局要会同市财政局加强对治理项目的资金监管。",
]


def tieling_html() -> str:
    body = "\n".join(f"<p>{line}</p>" for line in TIELING_LINES)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + TIELING_LINES[0]
            + "_铁岭市人民政府</title></head>\n<body>\n<div class=\"nav\">首页 &gt; 政务公开 &gt; 政府文件</div>\n"
            + "<div class=\"article\">\n" + body + "\n</div>\n<div class=\"footer\">主办：铁岭市人民政府办公室</div>\n"
            + "</body></html>\n")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "baini_zhen_2025.txt").write_text(BAINI, encoding="utf-8")
    build_docx()
    (DOCS / "tieling_huanbao_2013.html").write_text(tieling_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
