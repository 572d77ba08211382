"""Build the documents of round 63 (tests/made_gold/forms63/docs):

- ningguo_gongye_2024.txt: a county-level city's plan (宁国市人民政府办公室) as text converted from a PDF **with its
  layout kept**: the attachment's table printed as rows of cells **aligned by runs of spaces** (no tabs, no rules).
- qijiang_xiaofei_2025.txt: a district's plan (重庆市綦江区人民政府办公室) whose clauses in 【】 hold **a person's field
  first**, then units' fields, then a deadline (`【责任领导：…；牵头单位：X；责任单位：Y；完成时限：…】`).
- miluo_anquan_2024.docx: a county-level city's Word plan (汨罗市安全生产委员会办公室) whose note **before the table**
  declares the first-listed unit the lead (`排在第一位的为牵头单位，下同`).

Run from the project root: python tests/made_gold/forms63/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

NINGGUO = """宁国市人民政府办公室关于印发宁国市2024年工业稳增长工作举措的通知
宁政办〔2024〕7号
各乡镇人民政府、街道办事处，经济开发区管委会，市政府各部门、各直属机构：
    《宁国市2024年工业稳增长工作举措》已经市政府同意，现印发给你们，请认真贯彻执行。
                                        宁国市人民政府办公室
                                          2024年3月15日
附件
宁国市2024年工业稳增长重点任务表
序号   重点任务                          牵头单位              配合单位
1      实施工业企业技术改造专项行动      市经济和信息化局      市财政局、市发展改革委
2      开展规上工业企业培育入库          市经济和信息化局      市统计局、各乡镇人民政府
3      推进核心基础零部件产业集群建设    经济开发区管委会      市科技局
"""

QIJIANG = """重庆市綦江区人民政府办公室关于印发綦江区2025年提振消费专项行动方案的通知
綦江府办发〔2025〕12号
各街道办事处、镇人民政府，区政府各部门，有关单位：
　　《綦江区2025年提振消费专项行动方案》已经区政府同意，现印发给你们，请认真组织实施。
重庆市綦江区人民政府办公室
2025年3月28日
綦江区2025年提振消费专项行动方案
一、重点任务
（一）开展汽车以旧换新促消费活动。【责任领导：王某某；牵头单位：区商务委；责任单位：区财政局、区公安局；完成时限：2025年12月底】
（二）打造夜间消费集聚区。【责任领导：李某某；牵头单位：区文化旅游委；责任单位：各街道办事处；完成时限：2025年10月底】
二、工作要求
　　区商务委要会同区统计局做好消费数据监测。
"""

ML_HEAD = [
    "汨罗市安全生产委员会办公室关于印发2024年安全生产重点工作任务分解表的通知",
    "汨安办〔2024〕5号",
    "各镇人民政府、街道办事处，市安委会各成员单位：",
    "现将《2024年安全生产重点工作任务分解表》印发给你们，请认真贯彻落实。",
    "汨罗市安全生产委员会办公室",
    "2024年2月19日",
    "2024年安全生产重点工作任务分解表",
    "（责任单位中排在第一位的为牵头单位，下同）",
]
ML_ROWS = [
    ("1", "开展安全生产治本攻坚三年行动", "市应急管理局、市安委会各成员单位"),
    ("2", "深化道路交通安全综合整治", "市公安局、市交通运输局"),
    ("3", "加强城镇燃气安全监管", "市住房和城乡建设局、市市场监督管理局"),
]
ML_TAIL = ["各镇（街道）要结合实际制定具体落实措施。"]


def build_docx(out: Path = DOCS / "miluo_anquan_2024.docx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_docx_table

    return write_docx_table(out, ML_HEAD, ["序号", "工作任务", "责任单位"], ML_ROWS, ML_TAIL)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "ningguo_gongye_2024.txt").write_text(NINGGUO, encoding="utf-8")
    (DOCS / "qijiang_xiaofei_2025.txt").write_text(QIJIANG, encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
