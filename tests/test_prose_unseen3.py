"""Subjects of duties in running text that the third unseen set (docs/unseen-eval3.md) showed were
missed or over-read: a due date before the subject, hospitals named by their level, a bare 指导 (a
role word, no duty word of the GUIDE), a list of units then ``，要…``, 以及 as the loosest joiner, a
province or city named in full. Sentences of our own, written from the GUIDE ("Assignments in
running text")."""

from __future__ import annotations

import pytest

from graph.extract.prose import is_subject_unit, prose_tasks
from graph.ingest.normalize import normalize


def read(text: str) -> list[list[tuple[str, str, bool]]]:
    """(mention, role, generic) of every prose task of a text, task by task."""
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the date a duty is due by, before its subject
        ("2021年9月底前各地市要报送工作方案。", [[("各地市", "responsible", True)]]),
        ("2020年底前省教育厅要完成评估。", [[("省教育厅", "responsible", False)]]),
        ("到2022年底前，各地市要建成服务平台。", [[("各地市", "responsible", True)]]),
        # hospitals named by their level and owner are a kind of body; a named hospital stays named
        ("二级以上公立医院要设立患者服务中心。", [[("二级以上公立医院", "responsible", True)]]),
        ("各级中医医院应开设康复门诊。", [[("各级中医医院", "responsible", True)]]),
        # 指导 gives the role guide after a duty word or 请, and is no duty word by itself
        ("教育行政部门指导学校开展安全演练。", []),
        ("省民政厅监督指导各地落实补贴政策。", []),
        ("省民政厅负责指导各地落实补贴政策。", [[("省民政厅", "guide", False)]]),
        ("省民政厅要加强指导，督促各地落实补贴政策。", [[("省民政厅", "guide", False)]]),
        ("请省民政厅指导各地落实补贴政策。", [[("省民政厅", "guide", False)]]),
        # a clause that is only a list of units, then ，要…: the list is the subject
        ("各有关部门和单位，要主动做好衔接。", [[("各有关部门和单位", "responsible", True)]]),
        ("省财政厅、省税务局，要会同有关部门研究。", [[("省财政厅", "lead", False), ("省税务局", "lead", False), ("有关部门", "support", True)]]),
        # ... but not ，负责… (what a body does, said of it)
        ("省物流工作领导小组下设办公室，负责日常工作。", []),
        # 以及 joins looser than 和: 各有关部门和单位 stays one collective
        ("各有关部门和单位以及各地区要主动做好衔接。", [[("各有关部门和单位", "responsible", True), ("各地区", "responsible", True)]]),
        # a province or city named in full is a named subject; 等各地区 after it the collective
        (
            "河北省、山西省等各地区要主动做好衔接。",
            [[("河北省", "responsible", False), ("山西省", "responsible", False), ("各地区", "responsible", True)]],
        ),
        ("项目资金不足部分由大同市负责筹集。", [[("大同市", "responsible", False)]]),
        # 将成为 says what a place or body will be, no duty
        ("河北省将成为重要的物流枢纽。", []),
    ],
)
def test_subjects_of_duties(sentence: str, expected: list[list[tuple[str, str, bool]]]) -> None:
    assert read(sentence) == expected


def test_places_named_in_full_only() -> None:
    assert is_subject_unit("河北省") == (True, False)
    assert is_subject_unit("新疆维吾尔自治区") == (True, False)
    assert is_subject_unit("河北")[0] is False  # a short name is no subject
    assert is_subject_unit("三级公立医院") == (True, True)
    assert is_subject_unit("北京协和医院") == (True, False)  # a hospital's own name
