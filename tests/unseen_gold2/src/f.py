"""Gold of one unseen document (see lib.py): 国科发基〔2018〕63号, five issuers (two of the military).

Its duties stand in 第X条 articles (not annotated, as e.py); no citation besides the 办法 it issues.
"""

from __future__ import annotations

import sys

from lib import write

SOURCE = "odkg_archived_test2_82.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    write(
        out,
        source=SOURCE,
        title=None,
        doc_number="国科发基〔2018〕63号",
        issuer="科技部、国家发展改革委、国防科工局、军委装备发展部、军委科技委",
        date="2018-06-22",
        prose_annotated=False,
        tasks=[],
    )


if __name__ == "__main__":
    main(sys.argv[1])
