"""Gold of one unseen document (see lib.py): 科工技〔2017〕1515号, a notice issuing 实施细则 in 第X条 articles.

Its duties stand in articles (第X条); the GUIDE does not say whether 第X条 is a numbered unit, so its
prose is not annotated (``prose_annotated: false``): only metadata, targets (none) and citations.
"""

from __future__ import annotations

import sys

from lib import citation, write

SOURCE = "odkg_archived_test2_70.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    write(
        out,
        source=SOURCE,
        title=None,  # the file opens with its 文号; the title printed later is the 细则's, which it issues
        doc_number="科工技〔2017〕1515号",
        issuer="国防科工局",
        date="2017-12-11",
        prose_annotated=False,
        tasks=[],
        # no targets: subsidy amounts, shares of a subsidy, time limits (5个工作日, 15个工作日, 5年内) are none
        citations=[
            citation("国防科工局技术基础科研管理办法", "科工技〔2010〕262号"),
            citation("国防科技工业科研项目后补助管理暂行办法", "财防〔2016〕249号"),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
