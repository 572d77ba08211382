"""Gold of one unseen document (see lib.py): a Jiangxi market regulation notice, 2020."""

from __future__ import annotations

import sys

from lib import citation, generic, prose, start_at, text, write

SOURCE = "jiangxi_art_5400_1505309.txt"


def main(out: str) -> None:
    """Write the gold file to ``out``."""
    doc = text("docs/" + SOURCE)

    def s(anchor: str) -> str:
        return start_at(doc, anchor)

    # not recorded: 一要/二要…, 要重点检查…, 要依法从严… (no subject), 餐饮服务单位不得… (a ban, no cue),
    # 鼓励企业… (object)
    tasks = [
        # the opening sentence runs to the colon before 一、
        prose("", s("为贯彻党中央、国务院和省委"), [generic("各地")]),
        prose("一", s("各地要深入学习"), [generic("各地")]),
        prose("六", s("各地市场监管部门要切实"), [generic("各地市场监管部门")]),
    ]
    write(
        out,
        source=SOURCE,
        title="关于疫情防控期间进一步加强食品经营监管工作的通知",
        doc_number=None,  # none printed
        issuer="省局新冠肺炎疫情防控工作领导小组",  # the signature, as printed
        date="2020-02-13",
        tasks=tasks,
        citations=[
            citation("市场监管总局办公厅关于疫情防控期间进一步加强食品安全监管工作的通知", "市监食经〔2020〕11号"),
            citation("江西省市场监管局关于开展食用农产品集中交易市场专项治理的通知", "赣市监食经〔2020〕1号"),
            citation(
                "省市场监管局新型冠状病毒感染的肺炎疫情防控工作领导小组关于进一步加强新型冠状病毒感染的肺炎疫情防控期间食品安全监管工作的通知",
                "赣市监新冠〔2020〕10号",
            ),
            citation("关于做好春节期间餐饮食品安全监管工作的函", "食经函〔2020〕3号"),
            citation("餐饮服务食品安全操作规范", None),
        ],
    )


if __name__ == "__main__":
    main(sys.argv[1])
