"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import re
import sys

from lib import assignee, citation, generic, prose, task, text, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    L = text("docs/jiangxi_art_4969_1499515.txt").splitlines()
    # rows checked by eye against the printed table (see docs/unseen-eval.md)
    rows = []
    i = 21
    sec = None
    exp = 1
    while i < len(L):
        s = L[i].strip()
        m = re.match(r"^([一二三四五六七八九十]+)、", s)
        if m:
            sec = m.group(1)
            i += 1
            continue
        if s == str(exp):
            j = i + 1
            name = []
            while not re.fullmatch(r"[\d.]+", L[j].strip()):
                name.append(L[j].strip())
                j += 1
            k = j + 3
            while not re.match(r"^[（(]", L[k].strip()):
                k += 1
            rows.append((sec, "".join(name), L[k + 1].strip()))
            exp += 1
            i = k + 2
            continue
        i += 1
    assert len(rows) == 64
    tasks = [
        prose("三", "各市、县（区）政府和省直有", [generic("各市、县（区）政府"), generic("省直有关部门")]),
        prose("三", "各市、县（区）政府要进一步", [generic("各市、县（区）政府")]),
        prose("三", "省直有关部门要立足职责职能", [generic("省直有关部门")]),
        prose("四", "各市、县（区）政府和省直有", [generic("各市、县（区）政府"), generic("省直有关部门")]),
    ]
    for sec, name, unit in rows:
        tasks.append(task(sec, name[:12], [assignee(unit, "responsible")]))
    write(
        out,
        source="jiangxi_art_4969_1499515.txt",
        title="江西省人民政府办公厅关于对全省部分重大产业项目加大督查调度和协调帮扶力度促进经济平稳增长的通知",
        doc_number=None,
        issuer="江西省人民政府办公厅",
        date="2020-02-10",
        tasks=tasks,
        project_table=True,
        citations=[citation("全省部分投资20亿元以上重大产业项目建设主要成效", None, "produces")],
    )


if __name__ == "__main__":
    main(sys.argv[1])
