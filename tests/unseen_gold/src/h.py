"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import sys

from lib import citation, target, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    # "“十三五”科技创新的总体目标是：…" — no year governs these sentences (GUIDE: deadline null);
    # ranks (世界排名进入前15位, 世界第二) are ordinals; 2015 figures and 翻一番 are no targets.
    targets = [
        target("三", "研究与试验发展经费投入强度", 2.5, "%", None),
        target("三", "规模以上工业企业研发经费支出与主营业务收入之比", 1.1, "%", None),
        target("三", "每万人口发明专利拥有量", 12, "件", None),
        target("三", "科技进步贡献率", 60, "%", None),
        target("三", "高新技术企业营业收入", 34, "万亿元", None),
        target("三", "知识密集型服务业增加值占国内生产总值（GDP）的比例", 20, "%", None),
        target("三", "全国技术合同成交金额", 2, "万亿元", None),
        target("三", "每万名就业人员中研发人员", 60, "人年", None),
        target("三", "公民具备科学素质的比例", 10, "%", None),
    ]
    write(
        out,
        source="odkg_archived_test2_63.txt",
        title=None,
        doc_number="国发〔2016〕43号",
        issuer="国务院",
        date="2016-07-28",
        tasks=[],
        targets=targets,
        citations=[
            citation("中华人民共和国国民经济和社会发展第十三个五年规划纲要", None),
            citation("国家创新驱动发展战略纲要", None),
            citation("国家中长期科学和技术发展规划纲要（2006—2020年）", None),
            citation("中华人民共和国促进科技成果转化法", None),
            citation("专利合作条约", None),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
