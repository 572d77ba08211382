"""Gold of one unseen document (see lib.py): 工信厅信发函〔2021〕224号, a call for applications."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "odkg_archived_test5_207.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    miit = assignee("工业和信息化部", "responsible")
    tasks = [
        prose(
            "三/一",
            s("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、全国性"),
            [
                generic("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门"),
                generic("全国性工业行业协会（联合会）"),
                generic("中央企业（集团）"),
            ],
        ),
        prose("三/二", s("请申报企业填写"), [generic("申报企业")]),
        prose("四/三/1", s("各推荐单位要结合"), [generic("各推荐单位")]),
        prose("四/三/2", s("各推荐单位应组织"), [generic("各推荐单位")]),
        # 由推荐单位汇总盖章 is 由X + verb, not 由X负责: only the ministry's 将 is a cue
        prose("四/三/2", s("上述说明由推荐单位"), [miit]),
        prose("四/三/3", s("工业和信息化部负责对申报"), [miit]),
        prose("四/三/4", s("各推荐单位应在2021年"), [generic("各推荐单位"), miit]),
    ]
    write(
        out,
        source=SOURCE,
        title=None,  # the file opens with its 文号; no title printed
        doc_number="工信厅信发函〔2021〕224号",
        issuer="工业和信息化部办公厅",
        date="2021-09-08",
        tasks=tasks,
        citations=[citation("关于深化“互联网+先进制造业”发展工业互联网的指导意见", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
