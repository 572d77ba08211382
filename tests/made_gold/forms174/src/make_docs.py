"""Build the binary document of round 174 (paths, a blind hand): 鹤庆's plan as Word, its numbered headings in
Heading 1 / Heading 2 styles (the label printed in the text), items in Normal paragraphs, and an unnumbered
paragraph after an item with its own clause.

Run from the project root: python tests/made_gold/forms174/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOCS = Path(__file__).resolve().parent.parent / "docs"

BODY = [
    ("Title", "鹤庆县人民政府关于印发鹤庆县银器产业发展实施方案的通知"),
    ("center", "鹤政发〔2021〕12号"),
    ("Normal", "各乡（镇）人民政府，县直各部门："),
    ("Normal", "　　《鹤庆县银器产业发展实施方案》已经县人民政府第二十次常务会议研究同意，现印发给你们，请认真组织实施。"),
    ("right", "鹤庆县人民政府"),
    ("right", "2021年4月26日"),
    ("Heading 1", "鹤庆县银器产业发展实施方案"),
    ("Normal", "　　为传承民族手工技艺，推动银器产业做大做强，制定本方案。"),
    ("Heading 1", "一、发展目标"),
    ("Normal", "　　培育一批银器龙头企业和知名品牌，建成全国重要的民族手工银器生产和交易基地。"),
    ("Heading 1", "二、主要任务"),
    ("Heading 2", "（一）壮大市场主体"),
    ("Normal", "1.培育龙头企业。支持银器企业开展技术改造和品牌建设，推动个体工商户转企升规。"
               "（牵头单位：县工业商务和信息化局；配合单位：县市场监管局）"),
    ("Normal", "2.扶持个体工匠。开展银器工匠创业培训，落实创业担保贷款政策。（牵头单位：县人力资源社会保障局）"),
    ("Heading 2", "（二）传承银器技艺"),
    ("Normal", "1.建设非遗传承基地。支持银器锻制技艺传承人开展带徒授艺。"
               "（牵头单位：县文化和旅游局；配合单位：草海镇人民政府）"),
    ("Normal", "其中，在新华村建设银器锻制技艺展示馆。（责任单位：草海镇人民政府）"),
    ("Heading 2", "（三）拓展销售市场"),
    ("Normal", "1.发展银器电子商务，培育网络销售主体。（牵头单位：县工业商务和信息化局）"),
    ("Normal", "2.推动银器产业与旅游融合发展。（牵头单位：县文化和旅游局；配合单位：草海镇人民政府）"),
    ("Heading 1", "三、保障措施"),
    ("Normal", "（一）加大政策扶持。统筹产业发展资金，对银器企业技术改造给予支持。"
               "（责任单位：县财政局、县工业商务和信息化局）"),
    ("Normal", "（二）优化营商环境。落实减税降费政策，规范银器市场经营秩序。（牵头单位：县市场监管局；配合单位：县税务局）"),
]


def build(out: Path = DOCS / "heqing_yinqi_2021.docx") -> Path:
    d = docx.Document()
    for style, text in BODY:
        if style in ("center", "right"):
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "center" else WD_ALIGN_PARAGRAPH.RIGHT
        else:
            d.add_paragraph(text, style=style)
    d.core_properties.author = "鹤庆县人民政府办公室"
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
