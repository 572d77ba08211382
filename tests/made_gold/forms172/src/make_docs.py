"""Build the binary document of round 172 (a blind hand): 锦屏县's plan as a Word file, clauses in its text and a
task table whose 责任单位 cell is merged down over two rows (vertical merge), with a 完成时限 column.

Run from the project root: python tests/made_gold/forms172/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEAD = [
    "锦屏县人民政府办公室关于印发锦屏县2018年林业产业发展实施方案的通知",
    "锦府办发〔2018〕21号",
    "各乡镇人民政府，县直各部门：",
    "《锦屏县2018年林业产业发展实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。",
    "锦屏县人民政府办公室",
    "2018年4月3日",
    "锦屏县2018年林业产业发展实施方案",
    "一、工作目标",
    "到2018年底，全县新造油茶林2万亩，林下经济利用林地面积达到15万亩。",
    "二、重点任务",
    "（一）发展油茶产业。推广油茶良种壮苗，建设油茶示范基地，引导农户连片种植。（责任单位：县林业局，各乡镇人民政府）",
    "（二）推进林下经济。发展林下养鸡、林下种植中药材，培育林下经济示范户。（县林业局牵头，县农业局、县扶贫办配合，各乡镇人民政府落实）",
    "（三）做强木材精深加工。推动木材加工企业入园集聚，发展家具、木结构建筑构件等产品。（落实单位：县工业园区管委会；配合单位：县工信局、县林业局）",
    "三、年度任务分解",
    "年度任务及责任分工见下表。",
]
HEADER = ("序号", "工作任务", "责任单位", "完成时限")
ROWS = [
    ("1", "完成油茶低产林改造", "县林业局", "2018年11月"),
    ("2", "建设林下养鸡示范基地", "县林业局", "2018年10月"),
    ("3", "举办锦屏木商文化旅游节", "县旅游局、县文广局", "2018年9月"),
    ("4", "推进隆里古城森林康养基地建设", "隆里乡人民政府、县旅游局", "2018年12月"),
]
MERGED = (1, 2)  # the 责任单位 cell of rows 1-2 is one merged cell
TAIL = [
    "四、保障措施",
    "（一）加强资金保障。县财政局要统筹整合涉农资金，优先保障林业产业项目。",
    "（二）强化督查考核。县政府督查室负责对本方案落实情况进行督查，督查结果纳入年度目标考核。",
]


def build(out: Path = DOCS / "jinping_linye_2018.docx") -> Path:
    d = docx.Document()
    d.core_properties.title = HEAD[0]
    for line in HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, h in enumerate(HEADER):
        table.cell(0, c).text = h
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if c == 2 and r == MERGED[1]:
                continue
            table.cell(r, c).text = value
    first, last = MERGED
    table.cell(first, 2).merge(table.cell(last, 2))
    table.cell(first, 2).text = ROWS[first - 1][2]
    for line in TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
