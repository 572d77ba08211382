"""Build the documents of round 90 (tests/made_gold/forms90/docs):

- zhenjiang_jiaotong_2023.txt: a city bureau's work points (镇江市交通运输局) naming **its own divisions**, with
  **`责任处室：` lines after several paragraphs**, and `牵头处室：X　配合处室：Y、Z` on one line.
- bozhou_zhongyao_2022.docx: a city office's Word table (亳州市人民政府办公室) **with no deadline column**, its units cell
  **merged over two rows (vMerge)**.
- shangrao_lvyou_2019.txt: a city office's notice (上饶市人民政府办公室, 2019) whose clauses mark leads with **※** and
  say so in a **note at the end** (`注：加※号的为牵头单位。`).

Run from the project root: python tests/made_gold/forms90/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

ZHENJIANG = """镇江市交通运输局关于印发《2023年全市交通运输工作要点》的通知
镇交发〔2023〕7号
各辖市、区交通运输局，镇江新区交通运输局，局机关各处室、局属各单位：
　　现将《2023年全市交通运输工作要点》印发给你们，请结合实际，认真贯彻落实。
镇江市交通运输局
2023年2月16日
2023年全市交通运输工作要点
一、加快综合交通基础设施建设
（一）推进铁路和公路重点工程。
　　配合推进北沿江高铁、宁镇宁马城际等铁路项目建设。
　　加快312国道镇江城区段改线、五峰山过江通道南北公路接线等工程建设。
　　责任处室：建设管理处、规划发展处
（二）完善港航设施。推进镇江港高资港区、龙门港区公用码头建设。
　　牵头处室：港航事业发展中心　配合处室：规划发展处、建设管理处
二、提升运输服务品质
（一）推进城乡客运一体化。
　　巩固城乡公交一体化成果，优化农村客运班线。
　　推广“客货邮”融合发展模式。
　　稳步推进公交线网优化调整。
　　责任处室：运输管理处
　　配合单位：各辖市、区交通运输局
（二）发展现代物流。培育多式联运示范工程，推进物流枢纽建设。（牵头处室：综合运输处；配合处室：规划发展处）
三、强化行业治理
（一）深化“放管服”改革。推进交通运输政务服务“一网通办”。（责任处室：法规处、行政审批处）
（二）加强安全生产监管。
　　开展道路运输、水上交通等重点领域安全隐患排查整治。
　　责任处室：安全监督处，局属各单位
四、工作要求
　　局机关各处室要细化工作措施，各辖市、区交通运输局要结合实际抓好落实。
"""

BZ_HEAD = [
    "亳州市人民政府办公室关于印发亳州市促进中医药产业高质量发展若干举措任务分工的通知",
    "亳政办秘〔2022〕41号",
    "各县、区人民政府，亳州高新区、亳芜现代产业园区管委会，市政府各部门、各直属机构：",
    "经市政府同意，现将《亳州市促进中医药产业高质量发展若干举措任务分工》印发给你们，请认真贯彻执行。",
    "亳州市人民政府办公室",
    "2022年8月23日",
    "亳州市促进中医药产业高质量发展若干举措任务分工",
]
BZ_ROWS = [
    ("1", "建设道地中药材规范化种植基地", "市农业农村局、市林业局，各县区人民政府"),
    ("2", "培育中药饮片龙头企业", "市中药产业发展中心、市经济和信息化局"),
    ("3", "推进中药材现代物流体系建设", None),
    ("4", "加强中药材质量监管", "市市场监管局，市中药产业发展中心"),
]
BZ_TAIL = ["各责任单位要于每季度末将工作进展情况报送市中药产业发展中心。"]


def build_docx(out: Path = DOCS / "bozhou_zhongyao_2022.docx") -> Path:
    import docx

    d = docx.Document()
    for line in BZ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(BZ_ROWS), cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "重点任务", "责任单位"]):
        t.cell(0, c).text = h
    for r, (n, task, units) in enumerate(BZ_ROWS, start=1):
        t.cell(r, 0).text = n
        t.cell(r, 1).text = task
        if units is not None:
            t.cell(r, 2).text = units
    # row 3's units cell merged with row 2's (vMerge)
    t.cell(2, 2).merge(t.cell(3, 2))
    for line in BZ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


SHANGRAO = """上饶市人民政府办公室关于加快全域旅游发展的实施意见
饶府办发〔2019〕19号
各县（市、区）人民政府，上饶经济技术开发区、三清山、婺源县……管委会，市政府各部门：
　　为加快推进全域旅游发展，经市政府同意，提出如下实施意见。
　　一、完善旅游基础设施
　　1.建设旅游交通网络。推进景区连接线和旅游公路建设，完善旅游交通标识。（市交通运输局※、市文化广电新闻出版旅游局、市公安局交警支队）
　　2.推进旅游厕所革命。新建和改扩建一批旅游厕所。（市文化广电新闻出版旅游局※、市住房城乡建设局，各县〔市、区〕人民政府）
　　3.建设智慧旅游平台。整合全市旅游资源数据，建设“一部手机游上饶”平台。（市大数据发展管理局、市文化广电新闻出版旅游局※）
　　二、丰富旅游产品
　　4.发展乡村旅游。培育一批乡村旅游重点村和精品民宿。（市农业农村局、市文化广电新闻出版旅游局负责）
　　5.发展红色旅游。提升方志敏纪念馆等红色旅游景区服务水平。（市委宣传部※、市文化广电新闻出版旅游局、市退役军人事务局）
　　三、强化保障措施
　　6.加大资金扶持。统筹整合旅游发展专项资金。（市财政局※、市文化广电新闻出版旅游局）
　　各县（市、区）人民政府要把全域旅游发展摆上重要议事日程。
　　注：加※号的为牵头单位。
上饶市人民政府办公室
2019年5月28日
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "zhenjiang_jiaotong_2023.txt").write_text(ZHENJIANG, encoding="utf-8")
    build_docx()
    (DOCS / "shangrao_lvyou_2019.txt").write_text(SHANGRAO, encoding="utf-8")


if __name__ == "__main__":
    main()
