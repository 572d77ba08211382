"""Gold of one unseen document (see lib.py): 国办函〔2006〕82号, a reply to a CPPCC proposal."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "govcn_2006_5351598.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # 国务院领导同志多次指出，各级政府要…: a duty still to be done, reported from the leaders: a task.
    # 温家宝总理和有关领导同志都要召开座谈会: persons. 国务院及有关部门都要向社会公开征求意见…: what is done each
    # time (the paragraph tells the ways 目前…建立 to hear the public), no duty still to be done.
    # 国家信访局都及时报送…: a bare verb. 要求各级政府依法行政: an object. 这些措施将…: a thing.
    tasks = [
        prose("", s("温家宝总理等国务院领导同志多次指出"), [generic("各级政府")]),
        prose("", s("国务院办公厅将不断改进"), [assignee("国务院办公厅", "responsible")]),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院办公厅对全国政协十届四次会议第4626号提案的答复",
        doc_number="国办函〔2006〕82号",
        issuer="国务院办公厅",
        date="2006-10-18",
        tasks=tasks,
        # 《关于设立总理热线电话的提案》 is the proposal this replies to: cited
        citations=[citation("关于设立总理热线电话的提案", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
