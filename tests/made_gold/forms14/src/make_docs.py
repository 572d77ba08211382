"""Build the binary document of round fourteen (tests/made_gold/forms14/docs): a DOCX notice of 常州市教育局
whose table names its own divisions in a `责任科室` column under a `重点事项` header.

Run from the project root: python tests/made_gold/forms14/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_docx_table

DOCS = Path(__file__).resolve().parent.parent / "docs"

CZ_HEAD = [
    "常州市教育局关于印发《常州市教育局2024年工作要点》的通知",
    "常教〔2024〕5号",
    "各辖市、区教育局，局属各学校、单位，局机关各处室：",
    "现将《常州市教育局2024年工作要点》印发给你们，请结合实际认真贯彻落实。",
    "常州市教育局",
    "2024年2月20日",
    "常州市教育局2024年工作要点",
    "一、重点事项分工",
]
CZ_HEADER = ("序号", "重点事项", "责任处室", "完成时限")
CZ_ROWS = [
    ("1", "推进义务教育优质均衡发展", "基础教育处", "2024年12月"),
    ("2", "实施职业教育产教融合工程", "职业教育与社会教育处、发展规划处", "2024年11月"),
    ("3", "加强中小学校园安全管理", "安全工作处", "2024年12月"),
]
CZ_TAIL = [
    "二、工作要求",
    "各处室要按照分工抓紧推进，每季度末报送工作进展。",
]


def build_docx(out: Path = DOCS / "cz_jiaoyu_2024.docx") -> Path:
    return write_docx_table(out, CZ_HEAD, CZ_HEADER, CZ_ROWS, CZ_TAIL)


if __name__ == "__main__":
    print(build_docx())
