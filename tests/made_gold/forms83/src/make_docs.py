"""Build the documents of round 83 (tests/made_gold/forms83/docs), Word files as offices send them:

- renhuai_baijiu_2024.docx: 仁怀市人民政府办公室's plan whose 分工表 has **two text columns**: a `重点任务` cell
  **merged down** over the `具体措施` rows it holds, the units per measure, a lead merged down too.
- jinjiang_xiezi_2023.docx: 晋江市人民政府办公室's plan: a body of clauses, then the task table **nested inside a
  one-cell frame table** (as Word keeps a table pasted from a web page), its units cell merged over three rows, and
  after it a **联络员 table** (units with contact people: no tasks).

Run from the project root: python tests/made_gold/forms83/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP as U
from containers import write_docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

RENHUAI = [
    "仁怀市人民政府办公室关于印发仁怀市推动酱香白酒产业高质量发展实施方案的通知",
    "仁府办发〔2024〕16号",
    "各乡镇人民政府、街道办事处，市政府各部门、各直属机构：",
    "《仁怀市推动酱香白酒产业高质量发展实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。",
    "仁怀市人民政府办公室",
    "2024年7月2日",
    "仁怀市推动酱香白酒产业高质量发展实施方案",
    "一、总体目标",
    "到2025年，全市白酒产业规模和效益稳步提升，产业集群竞争力进一步增强。",
    "二、重点任务",
    [
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
        ["1", "规范产区生产秩序", "开展白酒生产企业标准化改造，淘汰落后产能", "市白酒产业发展局", "市市场监督管理局、市生态环境局", "2024年12月"],
        ["2", U, "严厉打击假冒侵权和违规收储行为", U, "市公安局、市市场监督管理局", "持续推进"],
        ["3", "保护赤水河流域生态", "实施赤水河流域生态保护修复工程", "市生态环境局", "市水务局、市林业局、沿河各乡镇人民政府", "2025年12月"],
        ["4", U, "推进白酒企业废水达标排放和资源化利用", "市生态环境局、市白酒产业发展局", "市住房和城乡建设局", "2024年10月"],
    ],
    "三、保障措施",
    "市白酒产业发展局要会同市统计局建立产业运行监测机制，按季度分析研判。",
]

JINJIANG_HEAD = [
    "晋江市人民政府办公室关于印发晋江市鞋服产业数字化转型行动方案的通知",
    "晋政办〔2023〕45号",
    "各镇人民政府、街道办事处，经济开发区管委会，市直有关单位：",
    "经市政府同意，现将《晋江市鞋服产业数字化转型行动方案》印发给你们，请认真贯彻执行。",
    "晋江市人民政府办公室",
    "2023年8月18日",
    "晋江市鞋服产业数字化转型行动方案",
    "一、主要任务",
    "（一）建设行业工业互联网平台。支持龙头企业牵头建设鞋服行业工业互联网平台，推动中小企业上平台用平台。（牵头单位：市工信局；配合单位：市科技局、市数据管理局）",
    "（二）推广柔性生产模式。引导企业发展小单快反、个性定制等柔性生产方式。（责任单位：市工信局、各镇（街道））",
    "二、任务分工",
]
JINJIANG_TASKS = [
    ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
    ["1", "培育数字化转型标杆企业20家", "市工信局", "市商务局、市财政局", "2023年12月"],
    ["2", "建设鞋服产业数字化服务中心", "市数据管理局", "市工信局", "2024年6月"],
    ["3", "开展企业数字化转型诊断服务", "市科技局", U, "2023年12月"],
    ["4", "组织数字化人才专项培训", "市人社局", U, "2023年12月"],
]
JINJIANG_TAIL = [
    "三、联络人员",
    [
        ["单位", "联络员", "联系电话"],
        ["市工信局", "林志强", "0595-85612345"],
        ["市数据管理局", "许丽娟", "0595-85623456"],
    ],
]


def build_jinjiang(out: Path) -> Path:
    import docx

    d = docx.Document()
    for line in JINJIANG_HEAD:
        d.add_paragraph(line)
    frame = d.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    inner = cell.add_table(rows=len(JINJIANG_TASKS), cols=len(JINJIANG_TASKS[0]))
    inner.style = "Table Grid"
    for r, row in enumerate(JINJIANG_TASKS):
        for c, value in enumerate(row):
            if value != U:
                inner.cell(r, c).text = value
    text = inner.cell(2, 3).text
    inner.cell(2, 3).merge(inner.cell(4, 3))
    inner.cell(2, 3).text = text
    for block in JINJIANG_TAIL:
        if isinstance(block, str):
            d.add_paragraph(block)
        else:
            t = d.add_table(rows=len(block), cols=len(block[0]))
            t.style = "Table Grid"
            for r, row in enumerate(block):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_docx(DOCS / "renhuai_baijiu_2024.docx", RENHUAI)
    build_jinjiang(DOCS / "jinjiang_xiezi_2023.docx")


if __name__ == "__main__":
    main()
