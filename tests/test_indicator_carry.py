"""A value's indicator stays in its clause: a clause that names its own counted thing (an event
after 开展/举办, ``每年开展培训20期``) takes no indicator from the target before it in its sentence;
a clause of a change verb alone still does (``…，年均增长14%``)."""

from __future__ import annotations

from graph.extract.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_targets(text)]


def test_event_object_is_the_indicator() -> None:
    got = _rows("到2025年，培育专业技术人才5000人，每年开展培训20期。")
    assert got == [("专业技术人才", 5000.0, "人"), ("培训", 20.0, "期")]


def test_held_event_after_another_verb() -> None:
    got = _rows("到2025年，培育龙头企业50家，举办培训20期。")
    assert got[1] == ("培训", 20.0, "期")


def test_unnamed_event_takes_nothing_from_before() -> None:
    got = _rows("到2025年，培育龙头企业50家，开展20期。")
    assert got[1] == ("", 20.0, "期")


def test_change_verb_clause_still_inherits() -> None:
    got = _rows("到2025年，软件业务收入突破4500亿元，年均增长14%左右。")
    assert got[1] == ("软件业务收入年均增长", 14.0, "%")
    assert _rows("到2025年，培育龙头企业50家，力争达到80家。")[1] == ("龙头企业", 80.0, "家")


def test_a_cue_alone_still_names_nothing() -> None:
    assert _rows("到2025年，全省建设30个。") == [("", 30.0, "个")]
