"""Gold of one unseen document (see lib.py): 国办发〔2019〕3号, prose duties of kinds of departments."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, text, write

SOURCE = "govcn_2019_5360002.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    tasks = [
        prose("二/2", s("有关部门要按规定对移交"), [generic("有关部门")]),
        prose("二/3", s("办成公办园的，当地政府"), [generic("当地政府"), generic("有关部门")]),
        prose("四/1", s("各地要参照建立"), [generic("各地")]),
        # 要参与: support. The GUIDE's 参与 gives the role of the unit it follows, as in its clause
        # form （X牵头，Y参与）; "a plain subject with 要" is one with no role word after 要 (first
        # annotated responsible, corrected in its own commit after the first run)
        prose("四/2", s("教育行政部门要参与"), [generic("教育行政部门", "support")]),
        prose("四/2", s("发展改革部门要参与"), [generic("发展改革部门", "support")]),
        prose("四/2", s("自然资源部门要根据"), [generic("自然资源部门")]),
        prose("四/2", s("住房城乡建设部门要加强"), [generic("住房城乡建设部门")]),
        prose("四/2", s("在治理工作中，需要其他"), [generic("地方各级人民政府")]),
        prose("四/3", s("地方各级人民政府要认真"), [generic("地方各级人民政府")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知",
        doc_number="国办发〔2019〕3号",
        issuer="国务院办公厅",
        date="2019-01-09",
        tasks=tasks,
        citations=[
            citation("关于学前教育深化改革规范发展的若干意见", None),
            citation("中华人民共和国城乡规划法", None),
            # the standard's designation in the parentheses right after its title
            citation("城市居住区规划设计标准", "GB 50180"),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
