"""Build the binary documents of round eight (tests/made_gold/forms8/docs): a DOCX whose units cells print
the roles in words (X牵头，Y配合 / X牵头，Y落实), and an XLSX task list with a merged title row and a 领域
column merged down over its rows.

Run from the project root: python tests/made_gold/forms8/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_docx_table, write_xlsx_list

DOCS = Path(__file__).resolve().parent.parent / "docs"

JJ_HEAD = [
    "九江市人民政府办公室关于印发九江市2024年农村人居环境整治提升工作要点的通知",
    "九府办字〔2024〕15号",
    "各县（市、区）人民政府，市政府有关部门：",
    "《九江市2024年农村人居环境整治提升工作要点》已经市政府同意，现印发给你们，请认真组织实施。",
    "九江市人民政府办公室",
    "2024年3月20日",
    "九江市2024年农村人居环境整治提升工作要点",
    "一、重点工作",
]
JJ_HEADER = ("序号", "工作内容", "责任单位", "完成时间")
JJ_ROWS = [
    ("1", "推进农村户厕问题摸排整改", "市农业农村局牵头，市卫生健康委配合", "2024年6月底"),
    ("2", "完善农村生活垃圾收运处置体系", "市城市管理局牵头，各县（市、区）人民政府落实", "2024年10月底"),
    ("3", "分类推进农村生活污水治理", "市生态环境局", "2024年12月底"),
    ("4", "深入开展村庄清洁行动", "市农业农村局、市乡村振兴局", "全年"),
]
JJ_TAIL = [
    "二、保障措施",
    "（一）压实工作责任。各县（市、区）要将农村人居环境整治提升纳入乡村振兴实绩考核内容。",
    "（二）加强调度通报。市农业农村局要建立月调度机制，每月通报各地工作进展。",
]

GY_TITLE = "贵阳市2024年优化营商环境重点任务清单"
GY_ROWS = [
    ("序号", "领域", "重点任务", "牵头单位", "配合单位", "完成时限"),
    (1, "政务服务", "推行企业开办“一日办结”", "市市场监管局", "市公安局、市税务局", "2024年6月"),
    (2, None, "拓展“跨省通办”事项清单", "市政务服务中心", "市直各有关部门", "2024年9月"),
    (3, "要素保障", "推进工业用地“带方案出让”", "市自然资源和规划局", "市工业和信息化局", "2024年12月"),
    (4, None, "完善企业融资需求对接机制", "市地方金融监管局", "国家金融监督管理总局贵州监管局", "长期坚持"),
]
# (first row, last row, column) merged over rows, sheet coordinates (title is row 1)
GY_MERGED = [(3, 4, 2), (5, 6, 2)]


def build_docx(out: Path = DOCS / "jj_renju_2024.docx") -> Path:
    return write_docx_table(out, JJ_HEAD, JJ_HEADER, JJ_ROWS, JJ_TAIL)


def build_xlsx(out: Path = DOCS / "gy_yingshang_2024.xlsx") -> Path:
    return write_xlsx_list(out, GY_TITLE, GY_ROWS, GY_MERGED)


if __name__ == "__main__":
    print(build_docx())
    print(build_xlsx())
