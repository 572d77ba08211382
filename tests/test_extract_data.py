"""The extraction's words and patterns are data (``graph/data/rules.toml``), read once; the extract
modules import each other without a cycle; the PDF reader uses the numbering grammar of
``graph.extract.structure``."""

from __future__ import annotations

import ast
from pathlib import Path

import graph.model
from graph.data import rules
from graph.extract.structure import numbered_units, opens_paragraph
from graph.ingest.pdf import _Line, join_lines

_EXTRACT = Path(graph.model.__file__).parent / "extract"


def test_roles_have_one_definition_in_the_data() -> None:
    assert graph.model.ROLES == ("lead", "responsible", "support", "guide")
    r = rules()
    # every role a field label, a head word or a bracketed role names is one of them
    named = {*r["fields"].values(), *r["field_labels"]["heads"].values(), *r["clause"]["bracket_roles"].values()}
    assert named == set(graph.model.ROLES)
    assert set(r["roles"]["plain"]) <= set(graph.model.ROLES)


def test_no_cue_word_names_two_roles() -> None:
    # (so the order roles are tried in never decides a cue's role)
    for section in ("roles", "prose"):
        seen: dict[str, str] = {}
        for role in graph.model.ROLES:
            for cue in rules()[section][role]:
                assert seen.setdefault(cue, role) == role, (section, cue, seen[cue], role)


def _imports(path: Path) -> set[str]:
    """The graph.extract modules a module of graph/extract imports (at module level or inside a function)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(a.name for a in node.names)
    return out


def test_numbering_grammar_comes_from_the_data() -> None:
    styles = [s["style"] for s in rules()["numbering"]["styles"]]
    assert styles == ["part", "division",  # 第一篇, 第一部分 (rounds 178–179)
                      "chapter", "section", "article", "item", "cn", "pcn", "num", "pnum",  # item: 第一项
                      "num_paren", "decimal", "outline",  # 1） 1), 2.1.3, a bare 2 above 2.1 (rounds 174–175)
                      "roman", "pstem",  # Ⅰ、 （甲） (rounds 178–179)
                      "circ", "pcn_enclosed", "pnum_enclosed", "num_enclosed"]  # ㈠ ⑴ ⒈: one character each (rounds 161–163)
    text = "第一章 总则\n第一节 一般规定\n第一条 为了规范管理。\n一、总体要求\n（一）目标\n1.推进改革\n（1）试点\n①示范"
    assert [u.style for u in numbered_units(text)] == ["chapter", "section", "article", "cn", "pcn", "num", "pnum", "circ"]
    text = "第一篇 基础\n第一部分 现状\n第一章 总则\n第一项 就业\nⅠ、目标\n（甲）示范"
    assert [u.style for u in numbered_units(text)] == ["part", "division", "chapter", "item", "roman", "pstem"]
    assert [u.style for u in numbered_units("1）甲\n1　目标\n2.1　乙")] == ["num_paren", "outline", "decimal"]
    enclosed = "㈠目标\n⑴试点\n⒈示范"
    assert [(u.style, u.path) for u in numbered_units(enclosed)] == [
        ("pcn_enclosed", ("一",)), ("pnum_enclosed", ("一", "1")), ("num_enclosed", ("一", "1", "1"))]


def test_a_paragraph_opens_with_a_label_whatever_follows_it() -> None:
    assert opens_paragraph("二、要加强领导")  # no numbered unit (二、要…), but a paragraph's start
    assert opens_paragraph("第三条加强监督") and opens_paragraph("第二部分 重点任务") and opens_paragraph("附表1")
    assert opens_paragraph("附件：任务分工") and opens_paragraph("⑤加强宣传")
    assert not opens_paragraph("各有关部门要加强协作") and not opens_paragraph("2025年，全省")


def _page(*texts: str, full: bool = True) -> tuple[float, list[_Line]]:
    # lines that run to the right edge (full) and start at the left edge: wrapped, unless a label opens one
    return 600.0, [_Line(t, 72.0, 528.0 if full else 300.0, 12.0) for t in texts]


def test_pdf_lines_join_unless_a_label_of_the_numbering_grammar_opens_one() -> None:
    # (❷: a style of graph.extract.structure the PDF reader's own pattern lacked)
    lines = join_lines([_page("一、加强组织领导，各地要建立", "工作机制，明确责任分工", "(二)加大资金支持力度，统筹",
                              "二、要强化督促检查，定期通报", "第五条本办法自发布之日起施行，由省", "❷完善配套政策，加快出台", "附表：重点任务清单")])
    assert lines == ["一、加强组织领导，各地要建立工作机制，明确责任分工", "(二)加大资金支持力度，统筹",
                     "二、要强化督促检查，定期通报", "第五条本办法自发布之日起施行，由省", "❷完善配套政策，加快出台",
                     "附表：重点任务清单"]
