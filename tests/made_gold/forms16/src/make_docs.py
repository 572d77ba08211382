"""Build the binary document of round sixteen (tests/made_gold/forms16/docs): a DOCX notice of 贵州省交通运输厅
issuing a task division whose rows stand in a Word table (序号 / 工作任务 / 牵头处室（单位） / 配合处室（单位） / 完成时限).

Run from the project root: python tests/made_gold/forms16/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_docx_table

DOCS = Path(__file__).resolve().parent.parent / "docs"

GZ_HEAD = [
    "贵州省交通运输厅关于印发2024年全省交通运输工作要点任务分工方案的通知",
    "黔交发〔2024〕9号",
    "厅机关各处室，厅直属各单位，各市（州）交通运输局：",
    "现将《2024年全省交通运输工作要点任务分工方案》印发给你们，请结合工作实际，认真抓好落实。",
    "贵州省交通运输厅",
    "2024年2月26日",
    "2024年全省交通运输工作要点任务分工方案",
    "一、总体要求",
    "到2024年底，全省完成交通固定资产投资1000亿元。",
    "二、任务分工",
]
GZ_HEADER = ("序号", "工作任务", "牵头处室（单位）", "配合处室（单位）", "完成时限")
GZ_ROWS = [
    ("1", "加快推进高速公路续建项目建设，按期完成年度建设任务", "建设管理处", "综合规划处、财务审计处", "2024年12月"),
    ("2", "实施农村公路提质改造工程，推进“四好农村路”高质量发展", "省公路事业发展中心", "建设管理处、财务审计处",
     "2024年12月"),
    ("3", "开展公路安全生命防护工程建设，整治公路安全隐患", "安全监督处", "省公路事业发展中心", "2024年11月"),
    ("4", "推进城乡客运一体化，提升农村客运服务水平", "运输服务处", "省道路运输局", "2024年12月"),
    ("5", "深化交通运输“放管服”改革，推行电子证照应用", "政策法规处", "科技信息处、省道路运输局", "2024年9月"),
    ("6", "加强交通运输科技创新，推广应用新技术新材料", "科技信息处", "建设管理处", "2024年12月"),
]
GZ_TAIL = [
    "三、工作要求",
    "各市（州）交通运输局要参照本方案，结合实际细化落实措施。厅办公室要加强跟踪督办，每季度通报任务进展情况。",
]


def main() -> None:
    write_docx_table(DOCS / "gz_jiaotong_2024.docx", GZ_HEAD, GZ_HEADER, GZ_ROWS, GZ_TAIL)


if __name__ == "__main__":
    main()
