"""The plans of rounds 135-142 (see round135.py): publishers, numbers, dates and table rows, by set.

Rows are written ``task|leads|others`` (one line a row; a line ``#label`` opens a group row); units are short codes
(``UNITS``) made full names with the place's level (``市``, ``县``, ``区``): ``*`` marks a generic collective. Each
plan's deadlines go round its ``due`` list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from round105 import Doc

UNITS = {
    "发改": "发展和改革局", "工信": "工业和信息化局", "财政": "财政局", "自然": "自然资源局", "生态": "生态环境局",
    "住建": "住房和城乡建设局", "交通": "交通运输局", "农业": "农业农村局", "商务": "商务局", "文旅": "文化和旅游局",
    "市监": "市场监督管理局", "科技": "科学技术局", "人社": "人力资源和社会保障局", "教育": "教育局", "卫健": "卫生健康局",
    "应急": "应急管理局", "林草": "林业和草原局", "水利": "水利局", "税务": "税务局", "统计": "统计局", "医保": "医疗保障局",
    "数据": "大数据发展局", "投促": "投资促进局", "供销": "供销合作社联合社", "融媒": "融媒体中心", "公安": "公安局",
    "民政": "民政局", "审批": "行政审批局", "城管": "城市管理局", "乡村": "乡村振兴局", "金融": "金融服务中心",
    "气象": "气象局", "工商联": "工商业联合会", "总工会": "总工会", "团委": "团委", "妇联": "妇女联合会",
}
GENERIC = {"乡镇": "各乡镇人民政府", "街道": "各街道办事处", "镇街": "各镇（街道）", "部门": "各有关部门",
           "园区": "各园区管委会", "企业": "有关企业"}


@dataclass
class Plan(Doc):
    """A plan of these rounds: where its table stands (``attach``: in the 附件 after the text, paths from the group
    rows only; ``body``: under the plan's 二、重点任务; ``bare``: a workbook with no notice), its place and level,
    the closing prose sentence (``unit|role|sentence``, ``*unit`` generic) and hand-written notice lines with their
    gold lines (the clause and field tasks of the text before the table)."""

    where: str = "attach"
    place: str = ""
    level: str = "市"
    table_title: str = ""
    closing: str = ""
    text: list[str] = field(default_factory=list)
    text_gold: list[str] = field(default_factory=list)


def unit(code: str, doc: Plan) -> str:
    star = "*" if code.startswith("*") or code in GENERIC else ""
    code = code.lstrip("*")
    if code in GENERIC:
        return star + GENERIC[code]
    if code == "电力":
        return f"国网{doc.place}{doc.level}供电公司"
    if code == "开发区":
        return f"{doc.place}经济开发区管委会"
    return star + (doc.level + UNITS[code] if code in UNITS else code)


def rows_of(text: str, doc: Plan, due: list[str]) -> None:
    """Fill ``doc.rows`` and ``doc.sections`` from ``task|leads|others`` lines."""
    i = 0
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("#"):
            doc.sections.append((line[1:], 0))
            continue
        task, leads, others = line.split("|")
        names = ["、".join(unit(c, doc) for c in part.split("、") if c) for part in (leads, others)]
        doc.rows.append((task, names[0], names[1], due[i % len(due)]))
        i += 1
        if doc.sections:
            label, n = doc.sections[-1]
            doc.sections[-1] = (label, n + 1)


def plan(stem: str, ext: str, publisher: str, number: str, date: str, name: str, place: str, rows: str,
         due: list[str], **kw: object) -> Plan:
    doc = Plan(stem, ext, publisher, number, date, name, [], place=place, **kw)  # type: ignore[arg-type]
    rows_of(rows, doc, due)
    return doc
