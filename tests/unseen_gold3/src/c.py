"""Gold of one unseen document (see lib.py): 国函〔2018〕145号, an approval."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "govcn_2018_5344150.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    tasks = [
        # 给予积极支持: 支持 + a thing, no prose role word; a plain subject
        prose("三", s("国务院有关部门要结合"), [generic("国务院有关部门")]),
        prose(
            "四",
            s("新疆维吾尔自治区人民政府和"),
            [assignee("新疆维吾尔自治区人民政府", "responsible"), assignee("新疆生产建设兵团", "responsible")],
        ),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复",
        doc_number="国函〔2018〕145号",
        issuer="国务院",
        date="2018-11-23",
        tasks=tasks,
        # the request, named in running text (no 《》) with its 文号
        citations=[citation(None, "国科发高〔2018〕235号")],
    )


if __name__ == "__main__":
    main(sys.argv[1])
