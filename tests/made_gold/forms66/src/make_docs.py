"""Build the documents of round 66 (tests/made_gold/forms66/docs):

- shuangyashan_jiaotong_2025.txt: a city office's plan (双鸭山市人民政府办公室) whose clauses join a named unit and a
  collective by **及 / 以及** (`X及各县（区）交通运输部门负责`), and a clause whose **lead is a collective**
  (`各县（区）人民政府牵头，市直有关部门配合`).
- dehong_bianmao_2024.docx: a prefecture office's Word table (德宏州人民政府办公室) whose 配合单位 cells say **`无` or `/`**
  where a task has no partner.
- heihe_kouan_2025.html: a city office's page (黑河市人民政府办公室) whose duties stand in running text: **`请X、Y…`**,
  `由X牵头，Y配合…`, `X要…`.

Run from the project root: python tests/made_gold/forms66/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SYS = """双鸭山市人民政府办公室关于印发双鸭山市2025年农村公路管护工作方案的通知
双政办规〔2025〕4号
各县（区）人民政府，市政府各直属单位：
　　《双鸭山市2025年农村公路管护工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。
双鸭山市人民政府办公室
2025年4月16日
双鸭山市2025年农村公路管护工作方案
一、工作任务
（一）健全农村公路路长制。明确县乡村三级路长职责。（市交通运输局及各县（区）交通运输部门负责）
（二）落实日常养护资金。将农村公路养护资金纳入预算。（市财政局以及各县（区）财政部门负责）
（三）开展路域环境整治。清理公路沿线堆积物。（各县（区）人民政府牵头，市直有关部门配合）
二、工作要求
　　市交通运输局要会同市财政局开展年度考核。
"""

DH_HEAD = [
    "德宏州人民政府办公室关于印发德宏州2024年沿边贸易发展重点工作的通知",
    "德政办发〔2024〕19号",
    "各县（市）人民政府，州级各委、办、局：",
    "《德宏州2024年沿边贸易发展重点工作》已经州人民政府同意，现印发给你们，请认真抓好落实。",
    "德宏州人民政府办公室",
    "2024年5月9日",
    "一、重点工作",
]
DH_ROWS = [
    ("1", "推进瑞丽口岸通关便利化改革", "州商务局", "瑞丽海关、州公安局"),
    ("2", "建设边民互市贸易结算中心", "州财政局", "无"),
    ("3", "培育沿边加工贸易龙头企业", "州工业和信息化局", "/"),
]
DH_TAIL = ["二、工作要求", "各县（市）人民政府要于每季度末报送工作进展。"]


def build_docx(out: Path = DOCS / "dehong_bianmao_2024.docx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_docx_table

    return write_docx_table(out, DH_HEAD, ["序号", "工作任务", "牵头单位", "配合单位"], DH_ROWS, DH_TAIL)


HH_LINES = [
    "黑河市人民政府办公室关于做好2025年中俄口岸客货运输保障工作的通知",
    "黑市政办函〔2025〕7号",
    "各县（市、区）人民政府，市政府各有关部门：",
    "为做好2025年中俄口岸客货运输保障工作，现将有关事项通知如下：",
    "一、强化通关保障",
    "请黑河海关、黑河边境管理支队优化旅检通关流程，提升口岸通行效率。",
    "二、做好运输组织",
    "由市交通运输局牵头，市商务局、市口岸办配合，统筹做好跨境运输车辆调度。",
    "三、加强应急处置",
    "市应急管理局要制定口岸突发事件应急预案。",
    "黑河市人民政府办公室",
    "2025年3月20日",
]


def heihe_html() -> str:
    body = "\n".join(f"<p>{line}</p>" for line in HH_LINES)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + HH_LINES[0] + "</title></head>\n<body>\n"
            + "<div class=\"content\">\n" + body + "\n</div>\n</body></html>\n")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "shuangyashan_jiaotong_2025.txt").write_text(SYS, encoding="utf-8")
    build_docx()
    (DOCS / "heihe_kouan_2025.html").write_text(heihe_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
