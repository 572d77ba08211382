"""Gold of one unseen document (see lib.py): 国发〔1985〕99号, the winter call-up order of 1985."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, text, write

SOURCE = "odkg_archived_test1_40.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 由各省、自治区、直辖市根据情况确定 / 由县、市征兵办公室批准入伍 / 由县、市在征集费中报销: 由X + a verb
    # other than 牵头/负责, no task (as the third set). 各部队派出的联络人员，要…: persons, no unit.
    # sentences of 六 after 要切实加强领导 with no subject printed (要继续宣传…, 要组织…): no task.
    tasks = [
        prose("六", s("对征兵工作，各级党委"), [generic("各级党委"), generic("政府"), generic("各级军区")]),
        prose("六", s("铁道、交通部门要保证"), [generic("铁道、交通部门")]),
        # the sentence ends at ；: its first half is the 由部队…负责报销 duty
        prose("六", s("地方送兵干部随同新兵"), [generic("部队")]),
        prose("六", s("征兵工作所需经费，按照"), [generic("省、自治区、直辖市")]),
        prose("六", s("由于今年普遍实行送兵"), [generic("各省、自治区、直辖市")]),
        prose("六", s("为武装警察部队征集的新兵所需经费"), [generic("接收新兵的武装警察总队")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院、中央军委一九八五年冬季征兵命令",
        doc_number="国发〔1985〕99号",
        issuer="国务院、中央军委",
        date="1985-08-15",
        tasks=tasks,
        citations=[citation("关于征集兵员政治条件的规定", None), citation("应征青年体格条件", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
