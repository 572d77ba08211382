"""Build the binary documents of round nine (tests/made_gold/forms9/docs): a DOCX plan of 嘉兴市 with a
task table (牵头单位 | 责任单位) after running text, and an XLSX reform list of 鄂尔多斯市 whose 改革事项 column
is merged down over its rows.

Run from the project root: python tests/made_gold/forms9/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_docx_table, write_xlsx_list

DOCS = Path(__file__).resolve().parent.parent / "docs"

JX_HEAD = [
    "嘉兴市商务局关于印发《嘉兴市2024年促进消费提质扩容工作方案》的通知",
    "嘉商务〔2024〕18号",
    "各县（市、区）商务主管部门，局各处室：",
    "现将《嘉兴市2024年促进消费提质扩容工作方案》印发给你们，请抓好贯彻落实。",
    "嘉兴市商务局",
    "2024年2月26日",
    "嘉兴市2024年促进消费提质扩容工作方案",
    "一、工作目标",
    "全年社会消费品零售总额增长6%左右，新培育省级高品质步行街2条。",
    "二、主要任务",
]
JX_HEADER = ("序号", "工作任务", "牵头单位", "责任单位")
JX_ROWS = [
    ("1", "举办“嘉有好物”系列促消费活动", "市商务局", "各县（市、区）商务主管部门"),
    ("2", "推进汽车以旧换新", "市商务局", "市公安局、市财政局"),
    ("3", "发展夜间经济集聚区", "市商务局", "市文化广电旅游局、市综合执法局"),
]
JX_TAIL = [
    "三、工作要求",
    "各县（市、区）商务主管部门要细化工作举措，每季度末报送工作进展。",
]

EEDS_TITLE = "鄂尔多斯市2024年深化“放管服”改革重点任务清单"
EEDS_ROWS = [
    ("序号", "改革事项", "具体措施", "牵头单位", "责任单位", "完成时限"),
    (1, "审批服务", "推行企业投资项目承诺制审批", "市行政审批和政务服务局", "市发展改革委", "2024年6月底"),
    (2, None, "推进高频事项“免证办”", "市行政审批和政务服务局", "市大数据中心、市直各部门", "2024年9月底"),
    (3, "监管执法", "推行“综合查一次”联合执法", "市司法局", "市市场监管局、市应急管理局", "2024年12月底"),
    (4, None, "开展涉企收费专项检查", "市市场监管局", "市发展改革委、市财政局", "2024年10月底"),
]
# (first row, last row, column) merged over rows, sheet coordinates (title is row 1)
EEDS_MERGED = [(3, 4, 2), (5, 6, 2)]


def build_docx(out: Path = DOCS / "jx_xiaofei_2024.docx") -> Path:
    return write_docx_table(out, JX_HEAD, JX_HEADER, JX_ROWS, JX_TAIL)


def build_xlsx(out: Path = DOCS / "eeds_fangguanfu_2024.xlsx") -> Path:
    return write_xlsx_list(out, EEDS_TITLE, EEDS_ROWS, EEDS_MERGED)


if __name__ == "__main__":
    print(build_docx())
    print(build_xlsx())
