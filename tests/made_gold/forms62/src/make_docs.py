"""Build the documents of round 62 (tests/made_gold/forms62/docs):

- suzhou_fayuan_2024.txt: an intermediate people's court's plan (宿州市中级人民法院) whose clauses name **the court's
  own divisions** (`立案庭`, `民事审判第二庭`, `执行局`, `审判管理办公室`), `各基层人民法院`; items numbered on across
  headings (`（三）` under `二、`).
- luohe_gongan_2025.docx: a city public security bureau's Word table (漯河市公安局) `牵头单位 / 协作单位`, **police
  detachments** (`治安支队`, `刑侦支队`) and `各分局`.
- huangpu_haiguan_2025.xlsx: a customs district's sheet (黄埔海关) `牵头部门 / 参与部门`, its own divisions
  (`口岸监管处`, `缉私局`) and `各隶属海关`.

Run from the project root: python tests/made_gold/forms62/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SUZHOU = """宿州市中级人民法院关于印发《2024年审判执行工作要点》的通知
宿中法〔2024〕15号
各县区人民法院，本院各部门：
　　现将《2024年审判执行工作要点》印发给你们，请认真贯彻落实。
宿州市中级人民法院
2024年2月6日
2024年审判执行工作要点
一、提升审判质效
（一）深化立案登记制改革。推进跨域立案诉讼服务。（责任部门：立案庭、诉讼服务中心）
（二）加强商事审判工作。完善涉企案件快审机制。（牵头部门：民事审判第二庭；配合部门：审判管理办公室）
二、攻坚执行难
（三）强化执行联动机制。健全失信被执行人联合惩戒。（执行局负责，各县区人民法院配合）
三、工作要求
　　政治部要会同机关党委加强队伍教育管理。各县区人民法院要结合实际制定具体措施。
"""

LH_HEAD = [
    "漯河市公安局关于印发2025年平安建设重点工作任务分工的通知",
    "漯公〔2025〕9号",
    "各分局、县公安局，局属各单位：",
    "现将《2025年平安建设重点工作任务分工》印发给你们，请认真抓好落实。",
    "漯河市公安局",
    "2025年3月3日",
    "一、任务分工",
]
LH_ROWS = [
    ("1", "深化社会治安整体防控体系建设", "治安支队", "刑侦支队、各分局", "2025年12月"),
    ("2", "开展道路交通安全隐患清零行动", "交警支队", "指挥中心", "2025年10月"),
    ("3", "推进智慧警务大数据平台应用", "科技信息化处", "指挥中心、法制支队", "2025年11月"),
]
LH_TAIL = ["二、工作要求", "各分局要于每月25日前报送工作进展。"]


def build_docx(out: Path = DOCS / "luohe_gongan_2025.docx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_docx_table

    return write_docx_table(out, LH_HEAD, ["序号", "工作任务", "牵头单位", "协作单位", "完成时限"], LH_ROWS, LH_TAIL)


HP_TITLE = "黄埔海关2025年促进跨境贸易便利化重点任务清单"
HP_ROWS: list[list[object]] = [
    ["序号", "任务措施", "牵头部门", "参与部门", "完成时限"],
    [1, "推广提前申报和两段准入等便利化措施", "综合业务处", "各隶属海关", "2025年6月"],
    [2, "优化进出口货物查验作业流程", "口岸监管处", "科技处、各隶属海关", "2025年9月"],
    [3, "开展打击走私综合治理专项行动", "缉私局", "口岸监管处", "2025年12月"],
]


def build_xlsx(out: Path = DOCS / "huangpu_haiguan_2025.xlsx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, HP_TITLE, HP_ROWS, [])


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "suzhou_fayuan_2024.txt").write_text(SUZHOU, encoding="utf-8")
    build_docx()
    build_xlsx()


if __name__ == "__main__":
    main()
