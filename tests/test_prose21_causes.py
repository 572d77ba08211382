"""Causes of prose rounds 21-22's first-run misses (docs/made-eval-forms.md "Prose rounds 21–22 (a blind hand)"), on
sentences of our own: 参加 as a word of support, an office's seat before its duty (``X设在Y，负责…``), a 批复 describing
the request it answers (``X在请示中提出，将…``), 等 inside 高等学校, 部属各高等学校, a party group (``党组``), bare
``村（社区）`` and ``居（村）民委员会``, ``各市州、县市区党委和政府`` as one collective. With guards."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 参加: GUIDE.md support, right after the subject or after a phrase and a comma
    ("区武装部、区消防救援大队要参加森林火灾扑救。", [[("区武装部", "support", False), ("区消防救援大队", "support", False)]]),
    ("县消防救援大队按照县防指的统一部署，参加抢险救灾工作。", [[("县消防救援大队", "support", False)]]),
    # guard: a 参加 that qualifies a noun is no duty
    ("县教育局要组织教师参加培训。", [[("县教育局", "responsible", False)]]),
    # guard: the invited are objects, not a collective that takes part (a 联席会议制度's sentence of unseen set 3)
    ("根据工作需要，联席会议可邀请其他相关部门和单位参加。", []),
    # an office's seat, then its duty: the office is the subject, the seat an object
    ("县减灾委办公室设在县应急管理局，负责县减灾委日常工作。", [[("县减灾委办公室", "responsible", False)]]),
    # guard: with 承担 no cue follows (docs/readings.md), no task
    ("领导小组办公室设在县发展改革局，承担日常工作。", []),
    # a 批复 describing the requester's plan: no duty; the same unit charged afterwards is read
    ("江西省人民政府在请示中提出，将加快建设南昌都市圈。", []),
    ("江西省人民政府在报告中表示，将完善配套政策。", []),
    ("江西省人民政府要加强组织领导，在实施中落实管控要求。", [[("江西省人民政府", "responsible", False)]]),
    # 等 inside 高等 / 中等 closes no list
    ("各高等学校要加强实验室安全管理。", [[("各高等学校", "responsible", True)]]),
    ("部属各高等学校要结合实际制定本校工作方案。", [[("部属各高等学校", "responsible", True)]]),
    ("各中等职业学校要开设安全课程。", [[("各中等职业学校", "responsible", True)]]),
    # guard: a list closed by 等 still reads its generic noun
    ("县教育局、县财政局等部门要加强指导。",
     [[("县教育局", "guide", False), ("县财政局", "guide", False), ("部门", "guide", True)]]),
    # a party group by its kind, with a bracketed alternative
    ("各乡镇（街道）党（工）委、县直各单位党组（党委）要落实主体责任。",
     [[("各乡镇（街道）党（工）委", "responsible", True), ("县直各单位党组（党委）", "responsible", True)]]),
    # a county's villages and residents' committees printed bare as subjects, by their kind
    ("村（社区）要协助乡镇做好安全隐患排查。", [[("村（社区）", "support", True)]]),
    ("居（村）民委员会要协助镇政府做好宣传动员工作。", [[("居（村）民委员会", "support", True)]]),
    # guard: as objects they stay none
    ("各乡镇要组织村（社区）开展排查。", [[("各乡镇", "responsible", True)]]),
    # the 各 reads over the levels' party committees and governments after it: one collective
    ("各市州、县市区党委和政府要把应急管理纳入发展规划。", [[("各市州、县市区党委和政府", "responsible", True)]]),
    # guard: a collective and a named body stay two
    ("各市州人民政府、省应急管理厅要加强领导。", [[("各市州人民政府", "responsible", True), ("省应急管理厅", "responsible", False)]]),
])
def test_prose21_sentence(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_a_units_staff_opens_no_phrase_before_a_cue() -> None:
    # X从业人员…并参加…: the persons of the units do it (从 of 从业 opens no phrase as the preposition 从 does), no duty
    # of X (a corpus notice's sentence, read at stop 33 once 参加 became a cue)
    assert _read("餐饮服务单位从业人员自行扫码观看公益直播并参加线上答题。") == []
    # guard: the preposition 从 still opens a phrase before the cue
    assert _read("县农业农村局从严格执法入手，要加强日常巡查。") == [[("县农业农村局", "responsible", False)]]
