"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    SEC = "省、市两级工业和信息化、公安、交通运输、市场监管部门"
    tasks = [
        prose("二/一", "省、市两级工业和信息化、公", [generic(SEC, "lead"), generic("有关部门", "support")]),
        prose("二/二", "省、市两级工业和信息化、公", [generic(SEC, "lead"), generic("有关部门", "support")]),
        prose("二/三", "省、市两级工业和信息化、公", [generic(SEC, "lead"), generic("有关部门", "support")]),
        prose(
            "三/一",
            "各地工业和信息化、市场监管",
            [generic("各地工业和信息化、市场监管部门", "lead"), generic("有关部门", "support")],
        ),
        prose(
            "三/二", "各地交通运输部门会同市场监", [generic("各地交通运输部门", "lead"), generic("有关部门", "support")]
        ),
        prose(
            "三/三",
            "各地公安、市场监管部门会同",
            [generic("各地公安、市场监管部门", "lead"), generic("有关部门", "support")],
        ),
        prose(
            "三/四",
            "各地工业和信息化、市场监管",
            [generic("各地工业和信息化、市场监管部门", "lead"), generic("有关部门", "support")],
        ),
        prose("四/一", "各地相关部门要切实提高政治", [generic("各地相关部门")]),
        prose("四/四", "各地要充分利用各类媒体全方", [generic("各地")]),
        prose("四/五", "各地要结合此次专项整治工作", [generic("各地")]),
    ]
    write(
        out,
        source="odkg_archived_test4_156.txt",
        title="工业和信息化部办公厅 公安部办公厅 交通运输部办公厅 国家市场监督管理总局办公厅关于开展货车非法改装专项整治工作的通知",
        doc_number="工信厅联通装函〔2020〕180号",
        issuer="工业和信息化部办公厅、公安部办公厅、交通运输部办公厅、国家市场监督管理总局办公厅",
        date="2020-07-21",
        tasks=tasks,
        citations=[
            citation("全国安全生产专项整治三年行动计划", None),
            citation("道路运输安全专项整治三年行动实施方案", None),
            citation("公告", None),
            citation("道路机动车辆生产企业及产品准入管理办法", None),
            citation("道路交通安全法", None),
            citation("中华人民共和国产品质量法", None),
            citation("中华人民共和国认证认可条例", None),
            citation("中华人民共和国道路运输条例", None),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
