"""Gold of one unseen document (see lib.py): a Jiangxi bureau office's cover notice of a division of work."""

from __future__ import annotations

import sys

from lib import assignee, generic, prose, start_at, text, write

SOURCE = "jiangxi_art_5400_1512993.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    tasks = [
        prose("二", s("各责任部门（单位）要承担"), [generic("各责任部门（单位）")]),
        prose("三", s("对涉及多个部门（单位）的工作"), [generic("各牵头部门（单位）")]),
        # 要密切配合: support, as 配合 in a clause (first annotated responsible as "a plain subject
        # with 要"; corrected in its own commit after the first run: 配合 is a role word)
        prose("三", s("其他责任部门（单位）要密切"), [generic("其他责任部门（单位）", "support")]),
        # 局办: the issuing bureau's own office, a named body
        prose("四", s("根据省政府办公厅有关要求，局办"), [assignee("局办", "responsible")]),
    ]
    write(
        out,
        source=SOURCE,
        title="江西省市场监管局办公室关于印发省市场监管局落实2020年省政府工作报告重点工作责任分工的通知",
        doc_number=None,  # not printed in the text
        issuer="江西省市场监管局办公室",
        date="2020-02-24",
        tasks=tasks,
        # the 责任分工 it issues (an attachment) is not a citation
    )


if __name__ == "__main__":
    main(sys.argv[1])
