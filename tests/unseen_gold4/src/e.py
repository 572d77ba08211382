"""Gold of one unseen document (see lib.py): 国办函〔2004〕80号, a reply on a geological hazard."""

from __future__ import annotations

import sys

from lib import citation, write

SOURCE = "govcn_2004_5351649.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    # 建议你省… / 建议湖北省人民政府按照专家组意见，做好…: 建议 (recommend) is none of the GUIDE's cues
    # (要/应/负责/将/请…), and 你省 is no unit printed: no task. The rest reports what was done.
    # The request is cited twice under two titles with one 文号 (the short title, and in 附件1 with the
    # issuer before it): one document, one entry. The two attachments are the document's own.
    write(
        out,
        source=SOURCE,
        title="国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函",
        doc_number="国办函〔2004〕80号",
        issuer="国务院办公厅",
        date="2004-11-04",
        tasks=[],
        citations=[
            citation("关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示", "鄂政文〔2004〕15号"),
            citation("湖北省巴东县马鬃山村地面振动监测结果汇报", None),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
