"""Gold of one unseen document (see lib.py): 工信厅科函〔2021〕216号, results of a review of model firms."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, text, write

SOURCE = "odkg_archived_test2_93.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # firms are units (the third set's 基础电信企业 was left out only for its bare verb); 214家 / 207家 /
    # 6家 count what was reviewed: no target.
    tasks = [prose("", s("通过复核评价的企业要"), [generic("通过复核评价的企业")])]
    write(
        out,
        source=SOURCE,
        title=None,  # the text prints no title (its first line is the 文号)
        doc_number="工信厅科函〔2021〕216号",
        issuer="工业和信息化部办公厅",
        date="2021-08-31",
        tasks=tasks,
        citations=[
            citation("技术创新示范企业认定管理办法（试行）", "工信部联科〔2010〕540号"),
            citation("工业和信息化部办公厅关于开展2021年国家技术创新示范企业复核评价工作的通知", "工信厅科函〔2021〕93号"),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
