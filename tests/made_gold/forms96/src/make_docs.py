"""Build the documents of round 96 (tests/made_gold/forms96/docs):

- yulin_meitan_2023.txt: a city office's plan (榆林市人民政府办公室) whose clauses are **`（主抓单位：X；协抓单位：Y、Z）`**,
  some `（X主抓，Y协抓）`, sub-items `1.` under `（一）`.
- dingxi_malingshu_2022.docx: a city office's Word plan (定西市人民政府办公室) mixing **clauses in paragraphs** and a
  **table whose units cells read `X（牵头）、Y`**.
- hami_guamao_2024.txt: a city office's list (哈密市人民政府办公室) **copied from Word one cell per line** with **no deadline
  column**, one units cell **merged over two rows and printed once**, then clauses.

Run from the project root: python tests/made_gold/forms96/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

YULIN = """榆林市人民政府办公室关于印发榆林市煤炭产业转型升级2023年工作要点的通知
榆政办发〔2023〕14号
各县市区人民政府，市政府各工作部门、直属机构：
　　《榆林市煤炭产业转型升级2023年工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。
榆林市人民政府办公室
2023年3月27日
榆林市煤炭产业转型升级2023年工作要点
一、推进煤炭安全高效开采
（一）建设智能化煤矿。
1.推进大型煤矿智能化改造，年内新建成智能化煤矿15处。（主抓单位：市能源局；协抓单位：市工业和信息化局、市应急管理局）
2.推广5G+智能矿山应用场景。（主抓单位：市能源局；协抓单位：市大数据局，中国移动榆林分公司、中国电信榆林分公司）
（二）加强煤矿安全监管。开展煤矿重大灾害治理和隐患排查。（市应急管理局主抓，市能源局、国家矿山安全监察局陕西局榆林监察分局协抓）
二、推动煤炭清洁高效利用
（一）延伸煤化工产业链。推进煤制烯烃、煤制油等项目高端化延链。（主抓单位：市工业和信息化局；协抓单位：市发展改革委，榆林高新区管委会、榆神工业区管委会）
（二）推进煤电机组节能改造。（主抓单位：市发展改革委；协抓单位：市能源局）
（三）发展煤炭分质利用。（市发展改革委、市工业和信息化局按职责分工负责）
三、强化要素保障
（一）保障项目用地。（主抓单位：市自然资源和规划局；协抓单位：各县市区人民政府）
（二）加强水资源保障。推进煤化工项目用水指标调剂。（主抓单位：市水利局）
四、工作要求
　　各主抓单位要制定具体工作措施，协抓单位要积极配合。
"""

DX_HEAD = [
    "定西市人民政府办公室关于印发定西市马铃薯产业高质量发展实施方案的通知",
    "定政办发〔2022〕73号",
    "各县区人民政府，市政府各部门，中省驻定各单位：",
    "《定西市马铃薯产业高质量发展实施方案》已经市政府同意，现印发给你们，请认真组织实施。",
    "定西市人民政府办公室",
    "2022年7月19日",
    "定西市马铃薯产业高质量发展实施方案",
    "一、主要任务",
    "（一）建设马铃薯良种繁育体系。建设脱毒种薯繁育基地，提高良种覆盖率。（市农业农村局牵头，市科技局、市马铃薯产业发展中心配合）",
    "（二）推进马铃薯标准化种植。推广全程机械化种植技术。（市马铃薯产业发展中心负责，各县区人民政府落实）",
    "（三）做强马铃薯加工产业。按照下表推进重点项目。",
]
DX_ROWS = [
    ("1", "安定区马铃薯精淀粉加工扩能项目", "市工业和信息化局（牵头）、安定区人民政府"),
    ("2", "渭源县马铃薯全粉生产线建设项目", "市工业和信息化局（牵头）、渭源县人民政府、市发展改革委"),
    ("3", "临洮县马铃薯主食化产品开发项目", "临洮县人民政府"),
]
DX_TAIL = [
    "（四）拓展马铃薯销售市场。支持企业在大中城市建立直销窗口。（市商务局牵头，市马铃薯产业发展中心及各县区人民政府配合）",
    "二、保障措施",
    "市马铃薯产业发展中心要加强统筹协调，定期通报工作进展。",
]


def build_docx(out: Path = DOCS / "dingxi_malingshu_2022.docx") -> Path:
    import docx

    d = docx.Document()
    for line in DX_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(DX_ROWS), cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "项目名称", "责任单位"]):
        t.cell(0, c).text = h
    for r, row in enumerate(DX_ROWS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for line in DX_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


HAMI = """哈密市人民政府办公室关于印发哈密市2024年商贸流通重点工作任务的通知
哈政办发〔2024〕11号
伊州区、巴里坤县、伊吾县人民政府，哈密高新区管委会，市直各有关单位：
　　《哈密市2024年商贸流通重点工作任务》已经市人民政府同意，现印发给你们，请认真抓好落实。
哈密市人民政府办公室
2024年3月5日
哈密市2024年商贸流通重点工作任务
一、重点任务
序号
工作任务
责任单位
1
建设哈密国际陆港区
市商务局、市发展改革委、哈密高新区管委会
2
完善县乡村三级物流配送体系
市商务局、市邮政管理局
3
推进农村电商提质增效
4
培育“哈密瓜”区域公用品牌
市农业农村局、市市场监管局
二、配套措施
（一）加强商贸流通统计监测。建立重点商贸企业联系制度。（市统计局牵头，市商务局配合）
（二）强化市场保供稳价。（市发展改革委、市商务局按职责分工负责）
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "yulin_meitan_2023.txt").write_text(YULIN, encoding="utf-8")
    build_docx()
    (DOCS / "hami_guamao_2024.txt").write_text(HAMI, encoding="utf-8")


if __name__ == "__main__":
    main()
