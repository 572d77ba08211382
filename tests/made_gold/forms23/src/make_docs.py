"""Build the binary documents of round twenty-three (tests/made_gold/forms23/docs):

- pzh_kangyang_2024.docx: a notice of 攀枝花市人民政府办公室 whose plan is numbered Word paragraphs, each followed by
  its fields with a bold label run (`牵头单位：`, `配合单位：`, `责任单位：`): after a soft line break inside the task's
  paragraph, in paragraphs of their own, two fields on one paragraph apart by ideographic spaces (the label split in
  two bold runs, `牵头单位` + `：`), and a field right after the task's last sentence in the same paragraph;
- qhd_lvyou_2024.pdf: a text-layer PDF of a notice of 秦皇岛市人民政府办公室 (paragraphs wrapped to the page width by
  tests/made_gold/wrapped_pdf.py) whose clauses stand in 【】 brackets (`【牵头单位：X；配合单位：Y】`,
  `【责任单位：X，各县区人民政府、Y】`, `【X、Y按职责分工负责】`, `【X、Y、Z牵头，W配合】`), and prose.

Run from the project root: python tests/made_gold/forms23/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

PZH_HEAD = [
    "攀枝花市人民政府办公室关于印发攀枝花市2024年阳光康养产业发展重点任务的通知",
    "攀办发〔2024〕21号",
    "各县（区）人民政府，攀枝花钒钛高新区管委会，市级各部门：",
    "现将《攀枝花市2024年阳光康养产业发展重点任务》印发给你们，请认真抓好落实。",
    "攀枝花市人民政府办公室",
    "2024年4月15日",
    "攀枝花市2024年阳光康养产业发展重点任务",
]
# A paragraph: a list of pieces; ("b", text) a bold run, ("br",) a soft line break, a str a plain run.
Piece = str | tuple[str, ...]
PZH_BODY: list[list[Piece]] = [
    ["一、提升康养服务供给"],
    ["1.建设阳光康养示范基地。推动米易县、仁和区创建省级康养示范基地，完善医疗、养老、旅居配套设施。", ("br",),
     ("b", "牵头单位："), "市卫生健康委", ("br",),
     ("b", "配合单位："), "市民政局、市文化广电旅游局，米易县人民政府、仁和区人民政府"],
    ["2.发展候鸟式旅居康养。开发冬季阳光旅居产品，培育旅居康养社区。"],
    [("b", "牵头单位："), "市文化广电旅游局"],
    [("b", "配合单位："), "市住房城乡建设局、市商务局"],
    ["3.推进医养结合。支持医疗机构开展养老服务，鼓励养老机构内设医务室。"],
    [("b", "牵头单位"), ("b", "："), "市卫生健康委　　", ("b", "配合单位："), "市民政局、市医保局"],
    ["二、壮大康养市场主体"],
    ["4.培育康养龙头企业。对新引进的康养项目落实招商引资优惠政策。", ("b", "责任单位："), "市投资促进局、市发展改革委"],
    ["5.加强康养人才培养。支持攀枝花学院开设康养相关专业，开展养老护理员职业技能培训。"],
    [("b", "责任单位："), "攀枝花学院、市教育和体育局、市人力资源社会保障局"],
    ["三、保障措施"],
    ["各县（区）人民政府要将阳光康养产业发展纳入年度重点工作，市卫生健康委负责牵头建立工作调度机制。"],
]


def build_docx(out: Path = DOCS / "pzh_kangyang_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in PZH_HEAD[:6]:
        d.add_paragraph(line)
    d.add_paragraph(PZH_HEAD[6])
    for pieces in PZH_BODY:
        p = d.add_paragraph()
        for piece in pieces:
            if isinstance(piece, str):
                p.add_run(piece)
            elif piece[0] == "br":
                p.add_run().add_break()
            else:
                p.add_run(piece[1]).bold = True
    d.save(str(out))
    return out


QHD = [
    "秦皇岛市人民政府办公室关于做好2024年旅游旺季服务保障工作的通知",
    "秦政办字〔2024〕23号",
    "各县、区人民政府，北戴河新区管委会，市政府有关部门：",
    "为做好2024年旅游旺季服务保障工作，经市政府同意，现就有关事项通知如下：",
    "一、强化旅游市场监管",
    "（一）开展旅游市场专项整治。严厉打击“不合理低价游”、强迫购物等违法违规行为，畅通游客投诉渠道。"
    "【牵头单位：市文化广电和旅游局；配合单位：市公安局、市市场监管局】",
    "（二）加强价格监督检查。对景区、宾馆、餐饮等重点领域明码标价情况开展检查。"
    "【责任单位：市市场监管局，各县区人民政府、北戴河新区管委会】",
    "二、做好交通运输保障",
    "（三）优化旅游交通组织。增开旅游公交专线，加强进出景区道路交通疏导。【市交通运输局、市公安局交通警察支队按职责分工负责】",
    "（四）保障海滨浴场安全。设置安全警示标志，配齐救生人员和设施。"
    "【北戴河区人民政府、海港区人民政府、北戴河新区管委会牵头，市应急管理局配合】",
    "三、加强组织领导",
    "由市文化广电和旅游局牵头，会同市公安局、市市场监管局建立旅游旺季联合执法机制。各县区人民政府要落实属地管理责任，"
    "加强值班值守。市政府督查室负责对各地落实情况进行督查。",
    "秦皇岛市人民政府办公室",
    "2024年6月5日",
]


def build_pdf(out: Path = DOCS / "qhd_lvyou_2024.pdf") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from wrapped_pdf import write_wrapped_pdf

    return write_wrapped_pdf(out, QHD, 10.5)


if __name__ == "__main__":
    for f in (build_docx, build_pdf):
        print(f())
