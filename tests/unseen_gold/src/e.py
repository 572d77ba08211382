"""Gold of one unseen document (see lib.py)."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, write


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    tasks = [
        prose("", "各试点城市要按照《方案》要", [generic("各试点城市")]),
        prose("", "相关省份要密切跟踪试点落实", [generic("相关省份")]),
        prose("", "各有关部门和单位要按照分工", [generic("各有关部门和单位")]),
        prose("", "涉及多个部门的工作，牵头部", [generic("牵头部门"), generic("相关部门", "support")]),
        prose(
            "",
            "国家组织药品集中采购和使用",
            [assignee("国家组织药品集中采购和使用试点工作小组办公室", "lead"), generic("相关部门", "support")],
        ),
        prose("二/三", "入围标准的具体指标由联合采", [assignee("联合采购办公室", "responsible")]),
        prose("三/二", "通过招标、议价、谈判等不同", [generic("试点地区公立医疗机构")]),
        prose("三/四", "医疗机构作为药款结算第一责", [generic("医疗机构")]),
        prose("四/四", "为确保国家组织药品集中采购", [generic("医保、医疗、医药主管部门")]),
        prose("四/四", "各级卫生健康部门负责对医疗", [generic("各级卫生健康部门")]),
        prose(
            "四/四", "国家药监局负责对通过一致性", [assignee("国家药监局", "responsible"), generic("各省级药监部门")]
        ),
        prose("五/二", "由上海市医药集中招标采购事", [assignee("上海市医药集中招标采购事务管理所", "responsible")]),
    ]
    write(
        out,
        source="govcn_2019_5358604.txt",
        title="国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知",
        doc_number="国办发〔2019〕2号",
        issuer="国务院办公厅",
        date="2019-01-01",
        tasks=tasks,
        citations=[citation("处方管理办法", None), citation("医院处方点评管理规范（试行）", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
