"""Word files whose labels come from Word's list numbering (rounds 178–179, a blind hand).

The label (`一、`, `（一）`, `1.`, `1.1`, `第一章`) is NOT in the paragraph's text: the paragraph carries a `w:numPr`
(list id and level) and `word/numbering.xml` defines each level's format (`chineseCounting`, `decimal`,
`ideographTraditional`, `upperRoman`) and text (`%1、`, `（%2）`, `%1.%2`). A list restarted under each heading is a
new `w:num` of the same definition with a `w:startOverride`, as Word writes "Restart at 1".
Tables are written by ``containers._fill_table`` (cells merged down with ``MERGE_UP``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP, _fill_table

OFFSET = 100  # above the ids of python-docx's template (its bullet and number styles use 0–9)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Level = tuple[str, str]  # (numFmt, lvlText)


def _abstract(aid: int, levels: Sequence[Level], space: bool) -> str:
    out = [f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>']
    for i, (fmt, text) in enumerate(levels):
        suff = '<w:suff w:val="space"/>' if space else '<w:suff w:val="nothing"/>'
        out.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{suff}'
                   f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')
    out.append("</w:abstractNum>")
    return "".join(out)


def write(out: Path, title: str, abstracts: dict[int, tuple[Sequence[Level], bool]],
          nums: dict[int, tuple[int, bool]], blocks: Sequence[object]) -> Path:
    """``abstracts``: id -> (levels, a space after the label); ``nums``: list id -> (definition, restart at 1).
    ``blocks``: ``str`` a paragraph; ``("n", list id, level, text)`` a numbered paragraph; ``("b", text)`` a bold
    paragraph; ``("h", text)`` a Heading 1 paragraph; ``("page",)`` a page break; a list of rows a table."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    d = docx.Document()
    d.core_properties.title = title
    numbering = d.part.numbering_part.element
    for k, (aid, (levels, space)) in enumerate(abstracts.items()):
        numbering.insert(k, parse_xml(_abstract(OFFSET + aid, levels, space)))
    for nid, (aid, restart) in nums.items():
        over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{OFFSET + nid}"><w:abstractNumId w:val="{OFFSET + aid}"/>{over}</w:num>'))
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
        elif isinstance(block, tuple) and block[0] == "n":
            para = d.add_paragraph(block[3])
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{block[2]}"/><w:numId w:val="{OFFSET + block[1]}"/></w:numPr>'))
        elif isinstance(block, tuple) and block[0] == "b":
            d.add_paragraph().add_run(block[1]).bold = True
        elif isinstance(block, tuple) and block[0] == "h":
            d.add_paragraph(block[1], style="Heading 1")
        elif isinstance(block, tuple) and block[0] == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            rows = list(block)  # type: ignore[call-overload]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            _fill_table(table, rows)
    d.save(str(out))
    return out


__all__ = ["MERGE_UP", "write"]
