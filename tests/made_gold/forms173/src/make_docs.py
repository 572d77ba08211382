"""Build the binary document of round 173 (a blind hand): 鞍钢集团's plan as a Word file: clauses with
`责任部门：` / `配合部门：`, then a project table (序号, 重点项目, 实施单位, 责任领导, 完成时限) whose 实施单位 cell is merged
down over two rows and whose 责任领导 cells name persons.

Run from the project root: python tests/made_gold/forms173/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEAD = [
    "鞍钢集团有限公司关于印发《鞍钢集团2026年节能降碳重点工作方案》的通知",
    "鞍钢发〔2026〕3号",
    "集团公司各部门，各子企业：",
    "现将《鞍钢集团2026年节能降碳重点工作方案》印发给你们，请结合实际认真贯彻执行。",
    "鞍钢集团有限公司",
    "2026年1月16日",
    "鞍钢集团2026年节能降碳重点工作方案",
    "一、工作目标",
    "2026年，集团吨钢综合能耗较2025年下降1.5%，完成超低排放改造项目12项。",
    "二、重点工作",
    "（一）完善能源管控体系。推进集团能源管控中心二期建设，实现主要子企业能源数据实时采集。（责任部门：能源环保部；配合部门：数字化发展部、各子企业）",
    "（二）推进低碳冶金技术攻关。开展氢冶金、富氢碳循环高炉等前沿技术研发和中试。（牵头部门：科技发展部，实施单位：鞍钢集团钢铁研究院）",
    "（三）加强碳资产管理。开展全集团碳排放核算和碳配额清缴管理，探索碳资产市场化运作。（能源环保部牵头，财务部、鞍钢集团资本控股有限公司配合）",
    "三、重点项目",
    "2026年节能降碳重点项目安排如下：",
]
HEADER = ("序号", "重点项目", "实施单位", "责任领导", "完成时限")
ROWS = [
    ("1", "鲅鱼圈钢铁分公司高炉煤气余热余压发电改造", "鞍钢股份有限公司", "鞍钢股份公司总经理", "2026年10月"),
    ("2", "炼钢总厂转炉一次烟气除尘超低排放改造", "鞍钢股份有限公司", "鞍钢股份公司总经理", "2026年12月"),
    ("3", "钒钛磁铁矿尾矿综合利用示范项目", "攀钢集团有限公司", "攀钢集团总经理", "2026年11月"),
    ("4", "热轧加热炉蓄热式燃烧节能改造", "本钢集团有限公司", "本钢集团总经理", "2026年9月"),
]
MERGED = (1, 2)  # the 实施单位 and 责任领导 cells of rows 1-2 are merged cells
TAIL = [
    "四、工作要求",
    "各子企业要成立节能降碳工作专班，每季度向集团公司能源环保部报送项目进展。集团公司将节能降碳目标完成情况纳入子企业负责人经营业绩考核。",
]


def build(out: Path = DOCS / "ansteel_jiangtan_2026.docx") -> Path:
    d = docx.Document()
    d.core_properties.title = HEAD[0]
    for line in HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, h in enumerate(HEADER):
        table.cell(0, c).text = h
    first, last = MERGED
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if c in (2, 3) and first < r <= last:
                continue
            table.cell(r, c).text = value
    for c in (2, 3):
        table.cell(first, c).merge(table.cell(last, c)).text = ROWS[first - 1][c]
    for line in TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
