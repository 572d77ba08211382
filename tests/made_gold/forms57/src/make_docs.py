"""Build the documents of round 57 (tests/made_gold/forms57/docs):

- rucheng_gongzuo_2024.docx: a county government's 政府工作报告 task division (汝城县人民政府) as a Word table
  `序号 / 工作任务 / 责任领导 / 牵头单位 / 责任单位`, **section rows merged across the table** (`（一）…`, gridSpan), the
  责任领导 (people) and a 牵头单位 cell **merged down** (vMerge).
- huili_chungeng_2008.txt: a 2008 county office's 通知 (会理县人民政府办公室) whose duties stand **only in running text**
  (`X要…`, `由X牵头，会同Y、Z…`, `X负责…`, `X应…`, `请X…`, `X已…`), its signature and a date in Chinese numerals at the end.
- nanping_gongdian_2025.txt: a state enterprise's internal plan (国网南平供电公司) whose clauses stand in **【】**, one
  clause closing **numbered sub-items on their own lines**, one after **inline sub-items** `（1）…；（2）…`, its own
  departments bare (`安全监察部`, `办公室（应急管理办公室）`, `建设部（项目管理中心）`).

Run from the project root: python tests/made_gold/forms57/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

RC_HEAD = [
    "汝城县人民政府关于印发2024年县政府工作报告重点工作任务分解方案的通知",
    "汝政发〔2024〕3号",
    "各乡镇人民政府，县直机关各单位：",
    "现将《2024年县政府工作报告重点工作任务分解方案》印发给你们，请认真抓好落实。",
    "汝城县人民政府",
    "2024年2月26日",
    "2024年县政府工作报告重点工作任务分解方案",
    "一、重点任务分解",
]
RC_HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "责任单位"]
# None: a section row merged across; "" under a merge: the cell merged down from the row above
RC_ROWS: list[tuple[str, ...] | str] = [
    "（一）推动经济高质量发展",
    ("1", "加快重点项目建设，强化要素保障", "李建华（副县长）", "县发展和改革局", "县财政局、县自然资源局、各乡镇人民政府"),
    ("2", "培育壮大规模以上工业企业", "", "县工业和信息化局", "县市场监督管理局、县科学技术局"),
    "（二）推进乡村全面振兴",
    ("3", "稳定粮食播种面积和产量", "陈志刚（副县长）", "县农业农村局", "各乡镇人民政府"),
    ("4", "推进高标准农田建设", "", "", "县水利局、县财政局"),
    ("5", "实施农村公路提质改造", "何伟（副县长）", "县交通运输局", "县财政局、县应急管理局"),
]
RC_TAIL = ["二、工作要求", "各牵头单位要于每季度末将工作进展情况报送县政府督查室。"]


def build_docx(out: Path = DOCS / "rucheng_gongzuo_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in RC_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(RC_ROWS), cols=len(RC_HEADER))
    for c, h in enumerate(RC_HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(RC_ROWS, start=1):
        if isinstance(row, str):
            cell = t.cell(r, 0).merge(t.cell(r, len(RC_HEADER) - 1))
            cell.text = row
            continue
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(2, 2).merge(t.cell(3, 2))  # 李建华 over rows 1-2
    t.cell(5, 2).merge(t.cell(6, 2))  # 陈志刚 over rows 3-4
    t.cell(5, 3).merge(t.cell(6, 3))  # 县农业农村局 leads rows 3-4
    for line in RC_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


HUILI = """会理县人民政府办公室关于切实做好2008年春耕生产工作的通知
会府办发〔2008〕15号
各乡（镇）人民政府，县级各部门：
　　当前正值春耕生产关键时期，为确保今年农业增产、农民增收，经县人民政府同意，现就有关事项通知如下：
　　一、加强组织领导
　　各乡（镇）人民政府要把春耕生产作为当前农村工作的重中之重，主要领导要亲自抓、负总责。县农业局要组织农技人员深入田间地头，开展技术指导和服务。
　　二、抓好农资供应
　　由县供销社牵头，会同县工商局、县质监局开展农资市场专项整治，严厉打击坑农害农行为。县财政局已下拨春耕生产专项资金。
　　三、搞好水利保障
　　县水务局负责抓好春灌水源调度，确保灌溉用水。县气象局应及时发布天气预报和灾害性天气预警。
　　四、强化用电服务
　　请县电力公司合理安排春耕用电，保障农业生产用电需要。
　　会理县人民政府办公室
　　二〇〇八年二月二十日
"""

NANPING = """国网南平供电公司关于印发2025年安全生产重点工作安排的通知
南电安〔2025〕6号
公司各部门、各县供电公司：
　　现将《2025年安全生产重点工作安排》印发给你们，请认真组织实施。
国网南平供电公司
2025年2月18日
2025年安全生产重点工作安排
一、夯实安全基础
（一）健全安全责任体系。修订各级人员安全责任清单，开展安全履责评价。【牵头部门：安全监察部；配合部门：人力资源部、党委组织部】
（二）加强设备运维管理。
1.开展输变电设备隐患排查治理；
2.落实配电网带电作业常态化。【牵头部门：运维检修部；配合部门：安全监察部】
二、强化风险管控
（一）严格作业现场管控。（1）推行作业风险分级管控；（2）加强外包队伍准入和考核。【责任部门：安全监察部、建设部（项目管理中心）】
（二）提升应急处置能力。修订公司大面积停电应急预案，组织开展联合演练。【牵头部门：办公室（应急管理办公室）；配合部门：各县供电公司】
三、保障措施
　　各部门要严格落实安全生产“一岗双责”。安全监察部要会同党委宣传部开展安全警示教育。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    (DOCS / "huili_chungeng_2008.txt").write_text(HUILI, encoding="utf-8")
    (DOCS / "nanping_gongdian_2025.txt").write_text(NANPING, encoding="utf-8")


if __name__ == "__main__":
    main()
