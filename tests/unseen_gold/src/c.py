"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import sys

from lib import citation, target, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    write(
        out,
        source="odkg_archived_test2_52.txt",
        title=None,
        doc_number="国发〔2018〕5号",
        issuer="国务院",
        date="2018-03-14",
        tasks=[],
        targets=[
            target("二/三", "项目", 3, "个", 2020),
            target("二/三", "我国牵头组织的大科学计划", 1, "个", 2020),
            target("二/三", "项目", 6, "个", 2035),
        ],
        citations=[citation("国家创新驱动发展战略纲要", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
