"""Build the binary document of round 175 (paths, a blind hand): 洱源's 工作要点 as Word, headings in Heading 1
style, a task whose sub-items stand one per paragraph with the clause closing the last one, 一是…二是… in one
paragraph, and an attachment (its own Heading 1 `附件`) whose numbering starts anew.

Run from the project root: python tests/made_gold/forms175/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOCS = Path(__file__).resolve().parent.parent / "docs"

BODY = [
    ("Title", "洱源县人民政府办公室关于印发洱源县2023年洱海源头生态保护工作要点的通知"),
    ("center", "洱政办发〔2023〕28号"),
    ("Normal", "各乡（镇）人民政府，县级各部门："),
    ("Normal", "　　《洱源县2023年洱海源头生态保护工作要点》已经县人民政府同意，现印发给你们，请认真贯彻落实。"),
    ("Normal", "　　附件：洱源县2023年洱海源头生态保护重点项目清单"),
    ("right", "洱源县人民政府办公室"),
    ("right", "2023年7月11日"),
    ("Heading 1", "洱源县2023年洱海源头生态保护工作要点"),
    ("Heading 1", "一、水污染防治"),
    ("Normal", "（一）加强入湖河道治理。开展弥苴河、永安江、罗时江河道清淤和生态护岸建设。"
               "（牵头单位：县水务局；配合单位：大理州生态环境局洱源分局）"),
    ("Normal", "（二）推进农业面源污染防控。主要包括："),
    ("Normal", "1.推广测土配方施肥和有机肥替代化肥；"),
    ("Normal", "2.开展畜禽粪污资源化利用。（牵头单位：县农业农村局；配合单位：各乡（镇）人民政府）"),
    ("Normal", "（三）提升城乡污水收集处理能力。推进集镇污水管网雨污分流改造。（责任单位：县住房城乡建设局）"),
    ("Heading 1", "二、生态保护修复"),
    ("Normal", "（一）实施湿地保护修复。加强西湖、茈碧湖湿地保护管理。（牵头单位：县林业和草原局）"),
    ("Normal", "（二）推进矿山生态修复。一是开展历史遗留矿山排查（牵头单位：县自然资源局）；"
               "二是实施废弃矿山复绿（牵头单位：县自然资源局；配合单位：县林业和草原局）。"),
    ("Heading 1", "附件"),
    ("center", "洱源县2023年洱海源头生态保护重点项目清单"),
    ("Normal", "一、水环境治理项目"),
    ("Normal", "1.凤羽河生态补水工程。（责任单位：县水务局）"),
    ("Normal", "2.邓川镇污水处理厂提标改造工程。（责任单位：县住房城乡建设局；配合单位：邓川镇人民政府）"),
    ("Normal", "二、生态修复项目"),
    ("Normal", "1.茈碧湖湿地修复工程。（责任单位：县林业和草原局）"),
]


def build(out: Path = DOCS / "eryuan_erhai_2023.docx") -> Path:
    d = docx.Document()
    for style, text in BODY:
        if style in ("center", "right"):
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "center" else WD_ALIGN_PARAGRAPH.RIGHT
        else:
            d.add_paragraph(text, style=style)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
