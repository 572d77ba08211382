"""Gold of one unseen document (see lib.py): 国函〔2018〕159号, an approval of a master plan."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, target, text, write

SOURCE = "govcn_2018_5354222.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 二 … 十三 open with a subjectless 要: no unit, no task. In 十四 the 领导小组 of 在…统筹指导下
    # is a circumstance, not the subject of the duty; 支持 is no prose role word of the GUIDE
    # (对接和支持 + a thing), so the last subjects are plain (responsible)
    tasks = [
        prose(
            "十四",
            s("在京津冀协同发展领导小组统筹"),
            [assignee("河北省委", "responsible"), assignee("省政府", "responsible")],
        ),
        prose(
            "十四",
            s("国家发展改革委、京津冀"),
            [assignee("国家发展改革委", "responsible"), assignee("京津冀协同发展领导小组办公室", "responsible")],
        ),
        prose(
            "十四",
            s("各有关部门和单位以及"),
            [
                generic("各有关部门和单位"),
                assignee("北京市", "responsible"),
                assignee("天津市", "responsible"),
                generic("各地区"),
            ],
        ),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院关于河北雄安新区总体规划（2018—2035年）的批复",
        doc_number="国函〔2018〕159号",
        issuer="国务院",
        date="2018-12-25",
        tasks=tasks,
        # the GUIDE lists no approval among the non-targets: quantities to keep; no year governs them
        targets=[
            target("四", "雄安新区蓝绿空间占比", 70, "%", None),
            target("四", "远景开发强度", 30, "%", None),
        ],
        # 《总体规划》 (以下简称) is the same plan in short: not recorded again
        citations=[
            citation("关于呈报〈河北雄安新区总体规划（2018—2035年）〉的请示", None),
            citation("河北雄安新区总体规划（2018—2035年）", None),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
