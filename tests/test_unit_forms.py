"""Forms of unit names and subjects met in plans of every publisher (GUIDE: clauses and
assignments in running text)."""

from __future__ import annotations

from graph.extract.cues import looks_like_unit
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize


def clauses(text: str) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    t = normalize(text)
    return [("/".join(x.path), [(a.mention, a.role, a.generic) for a in x.assignees]) for x in extract_tasks(t)]


def test_a_quoted_slogan_inside_a_unit_name_keeps_the_clause() -> None:
    text = ("三、保障措施\n"
            "8.强化统筹协调。建立月调度机制，及时研究解决重大问题（市推进“一网通办”改革领导小组成员单位按职责分工负责）。\n"
            "9.加强宣传引导。做好政策解读（市委宣传部、市“放管服”改革协调小组办公室负责）。\n")
    assert clauses(text) == [
        ("三/8", [("市推进“一网通办”改革领导小组成员单位", "responsible", True)]),
        ("三/9", [("市委宣传部", "responsible", False), ("市“放管服”改革协调小组办公室", "responsible", False)]),
    ]


def test_quotation_marks_around_a_sentence_are_no_name() -> None:
    assert looks_like_unit("县“最多跑一次”改革办公室")
    assert not looks_like_unit("“我为群众办实事”，各部门")
