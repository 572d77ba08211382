"""Gold of one unseen document (see lib.py): 工信厅联通信函〔2020〕251号, a joint notice."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, target, text, write

SOURCE = "odkg_archived_test2_86.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # not recorded: 基础电信企业持续推进/持续提升… and 各地通信主管部门与…建立… (bare verbs, no cue),
    # 鼓励/支持 + X (objects)
    tasks = [
        prose(
            "一/四",
            s("地方卫生健康主管部门会同"),
            [generic("地方卫生健康主管部门", "lead"), generic("通信主管部门", "support")],
        ),
    ]
    write(
        out,
        source=SOURCE,
        title="工业和信息化部办公厅 国家卫生健康委办公厅关于进一步加强远程医疗网络能力建设的通知",
        doc_number="工信厅联通信函〔2020〕251号",
        issuer="工业和信息化部办公厅、国家卫生健康委办公厅",
        date="2020-10-22",
        tasks=tasks,
        # 千兆网络接入能力 is a class of access, no counted quantity; 5G/4G are names
        targets=[
            target("一/四", "基层医疗卫生机构接入互联网", 98, "%", 2022),
            target("二/五", "采用公众互联网接入的医疗卫生机构提速", 100, "Mb/s", None),
            target("二/五", "采用互联网专线接入的医疗卫生机构提速", 20, "Mb/s", None),
        ],
        citations=[citation("国务院办公厅关于促进“互联网+医疗健康”发展的意见", "国办发〔2018〕26号")],
    )


if __name__ == "__main__":
    main(sys.argv[1])
