"""Gold of one unseen document (see lib.py): 国办发〔2004〕7号, a report on accidents with demands."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, text, write

SOURCE = "govcn_2004_5345294.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    three = [generic("各地区"), generic("各部门"), generic("各单位")]
    both = [generic("各地区"), generic("各部门")]
    # the report before 一、 tells what was done (处分, 移交, 责令…): no task. 一是/二是… are no
    # numbered labels of the GUIDE. 必须 is read as a duty cue with 要 (the GUIDE's list ends in …;
    # tests/prose_gold/README.md reads it so)
    tasks = [
        prose("一", s("目前，煤炭销售市场好转"), three),
        prose("二", s("各地区、各部门要把加强"), both),
        prose("二", s("各级地方人民政府要依据"), [generic("各级地方人民政府")]),
        prose("二", s("各地区要依据国家有关规定"), [generic("各地区")]),
        prose("二", s("各地区要结合实际，制定"), [generic("各地区")]),
        prose("三", s("各地区要继续依法关闭"), [generic("各地区")]),
        prose("四", s("各级地方人民政府要建立健全"), [generic("各级地方人民政府")]),
        prose("四", s("煤矿安全监察机构要依法"), [generic("煤矿安全监察机构")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报",
        doc_number="国办发〔2004〕7号",
        issuer="国务院办公厅",
        date="2004-01-16",
        tasks=tasks,
        citations=[citation("中华人民共和国安全生产法", None), citation("煤矿安全生产基本条件", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
