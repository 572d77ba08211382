"""Gold of one unseen document (see lib.py): 国办发〔2019〕4号, an opinion with prose duties."""

from __future__ import annotations

import sys

from lib import assignee, citation, generic, prose, start_at, text, write

SOURCE = "govcn_2019_5362266.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # not recorded: subjects with a bare verb (国家卫生健康委推行…, 各省份建立…, 各省份于…完成…,
    # 卫生健康行政部门监督指导…, 财政和医保部门结合…调整完善…), 可以 (各地可以…), 各省份按照属地化管理原则…设置
    # (按照 + a principle, not 按照职责), and 各地工作进展情况要… (the subject is 情况, not a unit)
    tasks = [
        prose("三/一", s("三级公立医院要加强以电子"), [generic("三级公立医院")]),
        prose("三/一", s("各地要加强病案首页"), [generic("各地")]),
        prose("三/三", s("各地要应用国家卫生健康委"), [generic("各地")]),
        prose("五/一", s("各地要充分认识"), [generic("各地")]),
        # sector words + 等部门: the collective noun only (tests/prose_gold/README.md)
        prose("五/一", s("要强化组织领导，财政"), [generic("部门")]),
        prose("五/一", s("2019年6月底前各省份要"), [generic("各省份")]),
        prose("五/二", s("国家中医药局负责"), [assignee("国家中医药局", "responsible")]),
        prose("五/三", s("各地要建立绩效考核信息"), [generic("各地")]),
        prose("五/四", s("各地、各有关部门要把"), [generic("各地"), generic("各有关部门")]),
        prose(
            "五/五",
            s("国家卫生健康委要会同"),
            [assignee("国家卫生健康委", "lead"), generic("相关部门", "support")],
        ),
    ]
    write(
        out,
        source=SOURCE,
        title="国务院办公厅关于加强三级公立医院绩效考核工作的意见",
        doc_number="国办发〔2019〕4号",
        issuer="国务院办公厅",
        date="2019-01-16",
        tasks=tasks,
        # 《三级公立医院绩效考核指标》（见附件） is the document's own attachment: not recorded
        citations=[citation("大型医用设备配置许可管理目录", None)],
    )


if __name__ == "__main__":
    main(sys.argv[1])
