"""Gold of one unseen document (see lib.py): 工信厅网安函〔2021〕209号, a call for 5G security centres."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "odkg_archived_test5_268.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 申报主体应满足…要求 (一): a condition of eligibility, no work to do. 各申报主体编制…, 省级推荐单位对…进行初核,
    # 工业和信息化部组织进行复审: bare verbs. 请于…报送 prints no unit. 不超过2个 is a cap of a rule: no target.
    tasks = [
        prose("三/一", s("请各省级推荐单位和相关"), [generic("各省级推荐单位"), generic("相关中央企业集团公司")]),
        prose("三/二", s("工业和信息化部将按照"), [assignee("工业和信息化部", "responsible")]),
        prose("三/二", s("请各推荐单位对申报材料"), [generic("各推荐单位")]),
    ]
    write(
        out,
        source=SOURCE,
        title=None,  # the text prints no title (its first line is the 文号)
        doc_number="工信厅网安函〔2021〕209号",
        issuer="工业和信息化部办公厅",
        date="2021-08-27",
        tasks=tasks,
        citations=[citation("5G应用“扬帆”行动计划（2021-2023年）", "工信部联通信〔2021〕77号")],
    )


if __name__ == "__main__":
    main(sys.argv[1])
