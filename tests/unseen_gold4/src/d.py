"""Gold of one unseen document (see lib.py): 国发〔1981〕88号, a notice on grain rewards for cotton and sugar."""

from __future__ import annotations

import sys

from lib import generic, prose, start_at, text, write

SOURCE = "govcn_1981_5345639.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 差额部分由地方自行解决 / 由地方财政统一拨补: 由X + a verb other than 牵头/负责, no task.
    # 必须 a cue with 要 (the third set's reading); 必须密切配合: 配合 the first verb -> support.
    # 国务院一九八〇年223号文件 prints no 文号 of the GUIDE's form (no issuer's code, no 〔〕): not recorded.
    tasks = [
        prose("一", s("有关省、市、自治区应按"), [generic("有关省、市、自治区")]),
        prose("一", s("各地应于六月底前"), [generic("各地")]),
        prose("二", s("各有关部门必须密切配合"), [generic("各有关部门", "support")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知",
        doc_number="国发〔1981〕88号",
        issuer="国务院",
        date="1981-05-23",
        tasks=tasks,
        citations=[],
    )


if __name__ == "__main__":
    main(sys.argv[1])
