"""Round 61 (tests/made_gold/forms61, docs/made-eval-forms.md "Rounds 57–"): the causes of the round's first-run
misses, on inputs of our own (not the round's): villages by name are subjects in running text (a kind of village is
none); a partner's name after 会同 ends before 组成/组建 and before a verb after 所/队/站, and no name ends with a body's
ending and 组; a township's police station and stations (镇派出所, 县农技站) are subjects."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def _subjects(sentence: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks("二、要求\n" + sentence + "\n")]


def test_villages_by_name_are_subjects() -> None:
    assert _subjects("南沟村、北沟村要做好河道巡查。") == [[("南沟村", "responsible", False), ("北沟村", "responsible", False)]]
    for kind in ("贫困村要建立帮扶台账。", "城中村要加快改造。", "新农村要加强建设。"):
        assert _subjects(kind) == [], kind


def test_a_partners_name_ends_before_the_verb() -> None:
    assert _subjects("市委办公室要会同市纪委监委组建督查专班。") == [
        [("市委办公室", "lead", False), ("市纪委监委", "support", False)]]
    assert _subjects("县应急管理局要会同县消防救援大队开展演练。") == [
        [("县应急管理局", "lead", False), ("县消防救援大队", "support", False)]]
    assert _subjects("县财政局党组要加强领导。") == [[("县财政局党组", "responsible", False)]]


def test_a_townships_police_station_and_stations_are_subjects() -> None:
    # (a bare 乡人民政府 in a text of no known place is every township's government, generic: prose round 16's reading;
    # a county's or a city's own bare government is its own, graph/departments/own_government.py)
    assert _subjects("乡人民政府要会同乡派出所、乡林业站开展巡查。") == [
        [("乡人民政府", "lead", True), ("乡派出所", "support", False), ("乡林业站", "support", False)]]
