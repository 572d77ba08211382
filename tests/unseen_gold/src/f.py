"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    tasks = [
        prose("", "为深入贯彻习近平总书记关于统", [assignee("省政府办公厅", "responsible")]),
        prose("四/一", "请各地积极配合专项督导组开", [generic("各地", "support")]),
        prose("四/二", "明查暗访结束后，各专项督导", [generic("各专项督导组")]),
        prose("四/三", "明查暗访时，各专项督导组要", [generic("各专项督导组")]),
        prose("四/四", "明查暗访期间，各专项督导组", [generic("各专项督导组")]),
    ]
    write(
        out,
        source="jiangxi_art_4969_1506197.txt",
        title="江西省人民政府办公厅关于对当前全省重点企业和重大项目复工复产情况进行明查暗访的通知",
        doc_number=None,
        issuer="江西省人民政府办公厅",
        date="2020-02-17",
        tasks=tasks,
        citations=[
            citation("江西省人民政府印发关于有效应对疫情稳定经济增长20条政策措施的通知", "赣府发〔2020〕2号"),
            citation("江西省人民政府关于加强疫情科学防控推进全省企业复工复产的通知", "赣府明〔2020〕2号"),
            citation("江西省人民政府办公厅关于疫情防控期间有序推进重大项目复工开工的通知", "赣府厅明〔2020〕19号"),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
