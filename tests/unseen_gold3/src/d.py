"""Gold of one unseen document (see lib.py): 国函〔2018〕144号, an approval with the rules of a
joint conference as its attachment."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "govcn_2018_5343832.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # not recorded: 请按照… with no unit printed; 教育部为牵头单位 (the conference's make-up: what is
    # the case); 由联席会议办公室召开… (由X + a verb other than 牵头/负责); 联席会议办公室…主要承担…
    # and 联席会议办公室可… (no cue); persons (召集人, 联络员)
    tasks = [
        prose("四", s("各成员单位要按照职责分工"), [generic("各成员单位")]),
        prose("四", s("联席会议办公室要及时"), [assignee("联席会议办公室", "responsible")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院关于同意建立国务院职业教育工作部际联席会议制度的批复",
        doc_number="国函〔2018〕144号",
        issuer="国务院",
        date="2018-11-20",
        tasks=tasks,
        citations=[citation("关于提请调整完善职业教育工作部际联席会议制度的请示", "教职成〔2018〕8号")],
    )


if __name__ == "__main__":
    main(sys.argv[1])
