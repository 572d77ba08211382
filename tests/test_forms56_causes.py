"""Round 56 (tests/made_gold/forms56, docs/made-eval-forms.md "Rounds 46–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): the armed forces departments of every level (各级人民武装部, 各人武部) are
a collective subject."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def test_armed_forces_departments_of_every_level_are_a_collective() -> None:
    for text, who in (("三、要求\n各级人民武装部要做好民兵整组工作。\n", "各级人民武装部"),
                      ("三、要求\n各人武部要配合做好征兵宣传。\n", "各人武部")):
        found = [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(text)]
        assert found == [[(who, True)]], text
