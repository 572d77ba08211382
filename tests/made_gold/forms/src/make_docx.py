"""Build docs/dl_erhai_2023.docx: a prefecture plan written by us, with a task table whose unit
cells are merged over several rows (vertical merge), as Word users make them.

Run from the project root: python tests/made_gold/forms/src/make_docx.py
The .docx is written deterministically enough for reading; the text it holds is what the gold describes.
"""

from __future__ import annotations

from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent.parent / "docs" / "dl_erhai_2023.docx"

HEAD = [
    "大理白族自治州人民政府办公室关于印发大理州洱海流域农业面源污染防治工作方案的通知",
    "大政办发〔2023〕20号",
    "各县市人民政府，州直有关部门：",
    "《大理州洱海流域农业面源污染防治工作方案》已经州人民政府同意，现印发给你们，请认真抓好贯彻落实。",
    "大理白族自治州人民政府办公室",
    "2023年3月28日",
    "大理州洱海流域农业面源污染防治工作方案",
    "为贯彻落实《云南省大理白族自治州洱海保护管理条例》，持续减少洱海流域农业面源污染负荷，制定本方案。",
    "一、工作目标",
    "到2025年，洱海流域化肥施用量较2022年减少10%，畜禽粪污综合利用率达到95%以上。",
    "二、主要任务",
    "（一）推进化肥农药减量增效。推广测土配方施肥和有机肥替代化肥，建设绿色防控示范区。（牵头单位：州农业农村局；配合单位：大理市人民政府、洱源县人民政府）",
    "（二）加强畜禽养殖污染治理。规范畜禽粪污收集、贮存和资源化利用设施运行，严格落实禁养区管理要求。（责任单位：州农业农村局、州生态环境局，洱海流域各县市人民政府）",
    "（三）发展生态循环农业。因地制宜推行种养结合、稻渔综合种养等生态模式，培育绿色食品品牌。（州农业农村局负责，州科技局、州供销社参与）",
    "（四）强化监测和执法。完善农田退水和入湖河道水质监测网络，依法查处违法排污行为。【牵头单位：州生态环境局；支撑单位：州水务局、州洱海保护管理局】",
    "三、年度任务清单",
]
ROWS = [
    ("1", "推广有机肥替代化肥", "州农业农村局", "2023年12月"),
    ("2", "建设病虫害绿色防控示范区", "州农业农村局", "2023年10月"),
    ("3", "完成规模养殖场粪污处理设施提升改造", "州农业农村局", "2023年11月"),
    ("4", "建设农田退水生态净化设施", "州生态环境局、州水务局", "2023年12月"),
    ("5", "开展入湖河道水质月度监测", "州生态环境局、州水务局", "每月"),
]
MERGED = [(0, 2)]  # rows 1-3 share one merged 责任单位 cell
TAIL = [
    "四、保障措施",
    "（一）压实属地责任。大理市人民政府、洱源县人民政府要把农业面源污染防治纳入洱海保护治理目标责任考核，细化年度工作计划。",
    "（二）加强资金保障。州财政局负责统筹整合涉农资金，优先支持农业面源污染防治项目。",
]


def build(out: Path = OUT) -> Path:
    d = docx.Document()
    d.core_properties.title = HEAD[0]
    for line in HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=4)
    for i, h in enumerate(("序号", "任务内容", "责任单位", "完成时限")):
        table.cell(0, i).text = h
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for first, last in MERGED:
        top, bottom = table.cell(1 + first, 2), table.cell(1 + last, 2)
        top.merge(bottom)
        top.text = ROWS[first][2]
    # the merged unit cell of rows 4-5 too
    top, bottom = table.cell(4, 2), table.cell(5, 2)
    top.merge(bottom)
    top.text = ROWS[3][2]
    for line in TAIL:
        d.add_paragraph(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
