"""Build the documents of round 61 (tests/made_gold/forms61/docs):

- hlj_minzheng_2007.txt: a 2007 provincial department's 通知 (黑龙江省民政厅) whose duties stand only in running text,
  subjects being **the department's own divisions by `省厅`/`厅`** (`省厅救灾处负责…`, `厅办公室要会同省厅救灾处…`),
  `各市（地）民政局要…`, and a sentence whose 要 belongs to a thing, not a unit (`各地已筹措的救助资金要…`).
- taixing_zhaoshang_2025.docx: a county-level city's Word table (泰兴市人民政府办公室) whose **task cells hold two
  paragraphs** (a title, then its details), a units cell marking its lead `X（牵头）`.
- mihe_zhen_2025.txt: a township's notice (巩义市米河镇人民政府) whose running text names **villages as subjects**
  (`东岭村、西岭村要…`), `镇综合行政执法办公室要会同镇派出所…`, `各村（居）要…`.

Run from the project root: python tests/made_gold/forms61/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HLJ = """黑龙江省民政厅关于做好2007年冬春困难群众生活救助工作的通知
黑民发〔2007〕58号
各市（地）民政局，省农垦总局、森工总局民政局：
　　为切实保障困难群众冬春期间基本生活，现就有关事项通知如下：
　　一、摸清底数
　　各市（地）民政局要组织力量深入基层，全面摸清困难群众底数。
　　二、落实救助资金
　　省厅救灾处负责冬春救助资金的分配和下拨。省厅财务处要加强资金监管。各地已筹措的救助资金要及时发放到户。
　　三、加强督查
　　厅办公室要会同省厅救灾处组成督查组，对各地救助工作开展督查。
　　黑龙江省民政厅
　　二〇〇七年十一月十五日
"""

TX_HEAD = [
    "泰兴市人民政府办公室关于印发泰兴市2025年招商引资重点任务清单的通知",
    "泰政办发〔2025〕6号",
    "各镇人民政府、街道办事处，市各委、办、局，市各直属单位：",
    "《泰兴市2025年招商引资重点任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "泰兴市人民政府办公室",
    "2025年2月21日",
    "泰兴市2025年招商引资重点任务清单",
    "一、重点任务",
]
TX_ROWS = [
    ("1", ["实施重大项目招引攻坚行动", "聚焦化工新材料、高端装备等产业，开展驻点招商。"],
     "市商务局（牵头）、市发展改革委、各园区管委会", "2025年12月"),
    ("2", ["优化项目落地全流程服务机制", "推行拿地即开工，压缩审批时间。"], "市自然资源和规划局、市行政审批局", "2025年6月"),
    ("3", ["强化招商队伍专业化建设工程", "开展招商人员轮训。"], "市委组织部、市商务局", "2025年9月"),
]
TX_TAIL = ["二、工作要求", "各责任单位要于每月底前报送工作进展。"]


def build_docx(out: Path = DOCS / "taixing_zhaoshang_2025.docx") -> Path:
    import docx

    d = docx.Document()
    for line in TX_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(TX_ROWS), cols=4)
    for c, h in enumerate(["序号", "重点任务", "责任单位", "完成时限"]):
        t.cell(0, c).text = h
    for r, (n, paras, units, when) in enumerate(TX_ROWS, start=1):
        t.cell(r, 0).text = n
        cell = t.cell(r, 1)
        cell.text = paras[0]
        for para in paras[1:]:
            cell.add_paragraph(para)
        t.cell(r, 2).text = units
        t.cell(r, 3).text = when
    for line in TX_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


MIHE = """巩义市米河镇人民政府关于做好2025年夏季秸秆禁烧工作的通知
米政〔2025〕8号
各村（居），镇直各部门：
　　为切实做好2025年夏季秸秆禁烧工作，现将有关事项通知如下：
　　一、明确工作责任
　　东岭村、西岭村要在沿路地块设立禁烧巡查点。镇农业农村服务中心负责秸秆综合利用技术指导。
　　二、强化巡查督导
　　镇综合行政执法办公室要会同镇派出所开展夜间巡查。各村（居）要落实网格员包片责任。
　　巩义市米河镇人民政府
　　2025年5月20日
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "hlj_minzheng_2007.txt").write_text(HLJ, encoding="utf-8")
    build_docx()
    (DOCS / "mihe_zhen_2025.txt").write_text(MIHE, encoding="utf-8")


if __name__ == "__main__":
    main()
