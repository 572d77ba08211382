"""Gold of one unseen document (see lib.py): 国办发〔2018〕123号, prose duties, one named body."""

from __future__ import annotations

import sys

from lib import assignee, generic, prose, start_at, text, write

SOURCE = "govcn_2018_5352666.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    both = [generic("各地区"), generic("各部门")]
    tasks = [
        prose("二", s("主管单位负责推进"), [generic("主管单位")]),
        prose("二", s("行业主管部门要加强"), [generic("行业主管部门")]),
        prose("三", s("各地区、各部门要遵循"), both),
        prose("四/一", s("县级以上地方各级人民政府及"), [generic("县级以上地方各级人民政府"), generic("国务院部门")]),
        # the platform companies are units (enterprises); the accounts (政务新媒体, 移动客户端) are not
        prose("四/四", s("第三方平台要强化"), [generic("第三方平台")]),
        prose("五/一", s("各地区、各部门要充分认识"), both),
        prose("五/二", s("各地区、各部门要将政务新媒体工作纳入"), both),
        prose("五/三", s("各地区、各部门要将政务新媒体工作情况"), both),
        prose("五/三", s("国务院办公厅将对"), [assignee("国务院办公厅", "responsible")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院办公厅关于推进政务新媒体健康有序发展的意见",
        doc_number="国办发〔2018〕123号",
        issuer="国务院办公厅",
        date="2018-12-07",
        tasks=tasks,
    )


if __name__ == "__main__":
    main(sys.argv[1])
