"""Gold of one unseen document (see lib.py): 国办函〔1997〕42号, a reply on clearing mines."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "odkg_archived_test1_46.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 由广州军区与自治区人民政府商定 (一), 由广州军区研究确定 (三), 由广州军区提出计划，总参谋部统一筹措 (四):
    # 由X + a verb other than 牵头/负责, no task. 请尽快编制… (五) and 望高度重视… print no unit.
    # 二: 由X和Y组成专门领导班子，负责组织实施 — the team X and Y form is responsible; the units printed are
    # X and Y (responsible).
    tasks = [
        prose("二", s("此项工作仍以军队为主"), [assignee("自治区人民政府", "responsible"), assignee("广西军区", "responsible")]),
        prose("七", s("排雷过程中给群众造成"), [generic("地方人民政府")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院办公厅、中央军委办公厅关于广西壮族自治区在中越边境组织第二次排雷问题的复函",
        doc_number="国办函〔1997〕42号",
        issuer="国务院办公厅、中央军委办公厅",
        date="1997-07-16",
        tasks=tasks,
        # 5000万元 is money for the work, 力争在1999年底前完成 no quantity: no target
        citations=[citation("关于要求继续排除广西边境地区雷障的请示", "桂政报〔1997〕24号")],
    )


if __name__ == "__main__":
    main(sys.argv[1])
