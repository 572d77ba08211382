"""Word files whose list levels are drawn from a ``w:lvlOverride`` that holds a whole ``w:lvl`` (round 196, a blind
hand): the list's ``w:abstractNum`` is a plain decimal outline (``%1.`` / ``%1.%2.`` / ``%1.%2.%3.``), and the ``w:num``
the paragraphs point at replaces its levels with levels of its own (``%1、`` / ``（%2）`` in ``chineseCounting``), as a
file converted from ``.doc`` (an LFO with formatting) or saved by WPS writes them. Word draws the override's labels.
A ``w:lvlOverride`` may hold a ``w:startOverride`` beside the ``w:lvl`` (the list restarted under each heading).
Tables are written by ``containers._fill_table``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import _fill_table

OFFSET = 100  # above the ids of python-docx's template
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
Level = tuple[str, str]  # (numFmt, lvlText)


def _lvl(i: int, fmt: str, text: str) -> str:
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')


def write(out: Path, abstracts: Mapping[int, Sequence[Level]],
          nums: Mapping[int, tuple[int, Mapping[int, Level], bool]], blocks: Sequence[object]) -> Path:
    """``abstracts``: id -> levels; ``nums``: list id -> (definition, {level: its override}, restart at 1 by a
    ``w:startOverride`` in each override). ``blocks``: ``str`` a paragraph; ``("n", list id, level, text)`` a
    numbered paragraph; a list of rows a table."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    for k, (aid, levels) in enumerate(abstracts.items()):
        body = "".join(_lvl(i, fmt, text) for i, (fmt, text) in enumerate(levels))
        numbering.insert(k, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{OFFSET + aid}">'
                                      f'<w:multiLevelType w:val="multilevel"/>{body}</w:abstractNum>'))
    for nid, (aid, overrides, restart) in nums.items():
        start = '<w:startOverride w:val="1"/>' if restart else ""
        over = "".join(f'<w:lvlOverride w:ilvl="{i}">{start}{_lvl(i, fmt, text)}</w:lvlOverride>'
                       for i, (fmt, text) in overrides.items())
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{OFFSET + nid}">'
                                   f'<w:abstractNumId w:val="{OFFSET + aid}"/>{over}</w:num>'))
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
        elif isinstance(block, tuple) and block[0] == "n":
            para = d.add_paragraph(block[3])
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{block[2]}"/><w:numId w:val="{OFFSET + block[1]}"/></w:numPr>'))
        else:
            rows = list(block)  # type: ignore[call-overload]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            _fill_table(table, rows)
    d.save(str(out))
    return out
