"""Gold of one unseen document (see lib.py): 工信厅信发函〔2021〕237号, a notice of a conference."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, text, write

SOURCE = "odkg_archived_test5_261.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 工业和信息化部、中华全国工商业联合会、江苏省人民政府拟联合举办…: 拟 (plan to) is no cue. 有关负责同志,
    # 参会人员: persons. 请安排其他同志参会: no unit printed.
    tasks = [prose("三", s("请各单位积极组织人员"), [generic("各单位")])]
    write(
        out,
        source=SOURCE,
        title=None,  # the text prints no title (its first line is the 文号)
        doc_number="工信厅信发函〔2021〕237号",
        issuer="工业和信息化部办公厅",
        date="2021-09-28",
        tasks=tasks,
        citations=[citation("中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
