"""Tests added for the mutants the mutation run found alive in graph/extract/prose.py (docs/mutation.md,
tenth pass): duties in running text read from written sentences, each pinning a reading of the code
(GUIDE.md "Assignments in running text") that a surviving mutant changed.
"""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks
from graph.ingest.normalize import normalize
from graph.model import Span, Task

# the head of a regulation (its title line, then the article that says it makes one): strict reading after it
LAW = "保障中小企业款项支付投诉处理暂行办法\n一、为了维护中小企业合法权益，制定本办法。\n二、"


def roles(text: str) -> list[list[tuple[str, str]]]:
    """(mention, role) of every prose task of a text, task by task."""
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second plain cue after 要 / 应当 is passed over: 的 after it closes a noun phrase (fault fixed)
        ("市财政局要负责的事项由市政府确定。", []),
        ("市财政局应当负责的工作由市政府确定。", []),
        ("市财政局、市商务局，要负责的事项由市政府确定。", []),
        ("市财政局要负责组织实施。", [[("市财政局", "responsible")]]),
        ("市财政局要负责牵头建立制度。", [[("市财政局", "responsible")]]),
        ("市财政局要积极配合做好相关工作。", [[("市财政局", "support")]]),
        ("市财政局要会同市商务局制定办法。", [[("市财政局", "lead"), ("市商务局", "support")]]),
        ("市财政局负责牵头建立制度。", [[("市财政局", "lead")]]),
        ("市财政局负责会同市商务局建立制度。", [[("市财政局", "lead"), ("市商务局", "support")]]),
        ("市财政局负责配合做好工作。", [[("市财政局", "responsible")]]),
        # adverbs, then a phrase (a preposition right after an adverb, no comma), then the cue
        ("市财政局也对科研项目要加强管理。", [[("市财政局", "responsible")]]),
        ("农业部也表示，对符合条件的项目将给予支持。", [[("农业部", "responsible")]]),
        # inside a phrase: a cue that ends a word (主要, 分工负责) is none; one right after a one-character
        # preposition is no cue of the phrase (对参与企业), one a character later is (对此要)
        ("市财政局对主要的项目要加强管理。", [[("市财政局", "responsible")]]),
        ("市财政局对分工负责的事项要加强督办。", [[("市财政局", "responsible")]]),
        ("市财政局对参与企业要加强指导。", [[("市财政局", "guide")]]),
        ("市财政局对此要高度重视。", [[("市财政局", "responsible")]]),
        ("市财政局对XX要加强管理。", [[("市财政局", "responsible")]]),
        # a 的 before the 在-phrase (in an earlier sentence) does not make the unit qualify another noun
        ("做好全市的工作。市财政局在项目实施中要加强管理。", [[("市财政局", "responsible")]]),
        ("市财政局在平台上开设的账号应保持一致。", []),
        # after an adverb a cue is no part of a word (务必 + 要); right after the subject neither (银行 + 将)
        ("市财政局务必要高度重视。", [[("市财政局", "responsible")]]),
        ("中国人民银行将加大信贷支持力度。", [[("中国人民银行", "responsible")]]),
        # two adverbs after 要 before the word that gives the role
        ("市财政局要积极主动配合做好工作。", [[("市财政局", "support")]]),
        # a clause's leading blank (one, or an ideographic space) is passed over; a Latin X is no blank
        ("市财政局要加强管理， 市商务局要积极配合。", [[("市财政局", "responsible"), ("市商务局", "support")]]),
        ("市财政局要加强管理，\u3000市商务局要积极配合。", [[("市财政局", "responsible"), ("市商务局", "support")]]),
        ("XX市财政局要加强管理。", []),
        # what has been done, in a later clause than the duty
        ("市财政局要抓紧落实，市商务局已印发实施方案。", [[("市财政局", "responsible")]]),
    ],
)
def test_subjects_cues_and_phrases(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that is only a list, then the duty: a cue's 的 closes a noun phrase; units after a cue
        # other than 会同 are objects
        ("市财政局、市商务局，要积极配合的事项由市政府确定。", []),
        ("市财政局、市商务局，要积极配合市发展改革委做好工作。", [[("市财政局", "support"), ("市商务局", "support")]]),
        ("市财政局、市商务局，要会同市发展改革委制定办法。",
         [[("市财政局", "lead"), ("市商务局", "lead"), ("市发展改革委", "support")]]),
        # units as the label of a sentence, before ：
        ("1.市公安局：负责社会治安。", [[("市公安局", "responsible")]]),
        ("1.市公安局：负责的事项包括社会治安。", []),
        # a member's duty opened by a word of guide is guide (prose round 34, docs/readings.md); a bare one after a subject none
        ("1.市公安局：指导各地开展工作。", [[("市公安局", "guide")]]),
        ("市公安局指导各地开展工作。", []),
        ("1.市公安局：会同市司法局负责社会治安。", [[("市公安局", "lead"), ("市司法局", "support")]]),
        ("1.市公安局：会同负责社会治安。", [[("市公安局", "lead")]]),
        ("市教育局、市商务局：对有关工作要加强指导。", [[("市教育局", "guide"), ("市商务局", "guide")]]),
    ],
)
def test_lists_before_the_duty(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("由市财政局负责的事项。", []),
        ("由市财政局负责会同市商务局制定办法。", [[("市财政局", "lead"), ("市商务局", "support")]]),
        ("由市财政局会同推进落实。", [[("市财政局", "lead")]]),
        # a condition: the clause ends with 时 (blanks before its comma), or holds 审核同意后
        ("由市财政局会同市商务局审核时 ，报市政府批准。", []),
        ("由市财政局负责，审核同意后报批。", [[("市财政局", "responsible")]]),
        # 承担…并负责 within the clause only (not across ： or a line end); a cost as 承担's object is no duty of
        # its own (由X承担日常工作 alone is one, as 由X负责: tests/test_prose_duty_phrases.py)
        ("由市财政局承担日常工作并负责具体实施。", [[("市财政局", "responsible")]]),
        ("由市财政局承担相关费用并负责具体实施。", [[("市财政局", "responsible")]]),
        ("由市财政局承担相关费用：并负责具体实施。", []),
        ("由市财政局承担相关费用\n并负责具体实施。", []),
        # 由 after a topic of one character (再由), and only in its own sentence
        ("初审通过的，再由市财政局负责复核。", [[("市财政局", "responsible")]]),
        ("由市财政局负责。各项工作要抓紧推进。", [[("市财政局", "responsible")]]),
    ],
)
def test_units_introduced_by_you(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_the_first_you_of_a_clause_names_its_subject() -> None:
    # 具体指标由X负责拟定并由Y负责审核: X is read (the first 由 of the clause)
    assert ("市财政局", "responsible") in roles("具体指标由市财政局负责拟定并由市商务局负责审核。")[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # in a regulation named units and collectives of government bodies are subjects (prose rounds 2 and 3; before
        # them only named units the registry knows), with the GUIDE's duty words; 各地区 is no government body
        ("由各地区负责投诉处理。", []),
        ("由各地区承担日常工作并负责具体实施。", []),
        ("具体办法由各地区负责制定。", []),
        ("具体办法由财政部负责制定。", [[("财政部", "responsible")]]),
        ("财政部作为牵头单位，负责统筹协调。", [[("财政部", "lead")]]),
        ("财政部负责牵头制定细则。", [[("财政部", "lead")]]),
        # collectives of government bodies and sector lists before 部门 are subjects in a regulation too, by a cue or by
        # 以…为 and a label (prose rounds 2 and 3); a law's parties are not
        ("有关部门负责监督管理。", [[("有关部门", "responsible")]]),
        ("以有关部门为牵头单位，负责监督管理。", [[("有关部门", "lead")]]),
        ("工业和信息化、公安、市场监管部门负责监督管理。", [[("工业和信息化、公安、市场监管部门", "responsible")]]),
        ("以工业和信息化、公安、市场监管部门为牵头单位，负责监督管理。", [[("工业和信息化、公安、市场监管部门", "lead")]]),
        ("经营者应当遵守本办法。", []),
        ("以财政部为牵头单位，负责监督管理。", [[("财政部", "lead")]]),
    ],
)
def test_a_regulations_duties(body: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(LAW + body + "\n") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("有关部门负责监督管理。", [[("有关部门", "responsible")]]),
        ("以有关部门为牵头单位，负责监督管理。", [[("有关部门", "lead")]]),
        ("工业和信息化、公安、市场监管部门负责监督管理。", [[("工业和信息化、公安、市场监管部门", "responsible")]]),
        ("以工业和信息化、公安、市场监管部门为牵头单位，负责监督管理。", [[("工业和信息化、公安、市场监管部门", "lead")]]),
    ],
)
def test_outside_a_regulation_collectives_are_subjects(body: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(body) == expected


@pytest.mark.parametrize(("length", "read"), [(37, True), (38, True), (39, False), (40, False)])
def test_a_phrase_before_the_cue_is_forty_characters_at_most(length: int, read: bool) -> None:
    # [prose] phrase_length = 40: the preposition and the words after it up to the cue
    words = ("科研项目和重大工程项目资金使用情况以及相关配套政策落实情况和绩效评价结果" * 2)[:length]
    assert roles(f"市财政局对{words}要加强管理。") == ([[("市财政局", "responsible")]] if read else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list before a clause whose subject is introduced by 由 is not that subject
        ("市财政局、市商务局，由市发展改革委负责。", [[("市发展改革委", "responsible")]]),
        # 会同 in a later clause makes the latest subject the lead, not an earlier one
        ("市财政局要加强管理，市商务局要抓紧落实，会同市公安局开展检查。",
         [[("市财政局", "responsible"), ("市商务局", "lead"), ("市公安局", "support")]]),
        # a unit named twice in one sentence with one role is one assignee
        ("市财政局要加强管理，市财政局要抓紧落实。", [[("市财政局", "responsible")]]),
        # 以X为…单位 with a name of two characters
        ("以各地为责任单位。", [[("各地", "responsible")]]),
        # a clause that says what has been done is passed over, and the clauses after it are still read
        ("市财政局负责制定了办法，市商务局要加强指导。", [[("市商务局", "guide")]]),
        ("市财政局牵头制定了办法，市商务局负责加强指导。", [[("市商务局", "responsible")]]),
        # a cue followed by 的 or by a relative phrase closes a noun phrase (the sentence before it notwithstanding)
        ("市财政局负责的事项由市政府确定。", []),
        ("各项工作要抓紧推进。市财政局负责的工作要抓紧推进。", []),
        ("各项工作要抓紧推进。市财政局负责审批的部门要加强指导。", []),
        # a support cue that runs on into a measure of taking part is no duty
        ("各项工作要抓紧推进。市财政局参与项目建设的积极性不断提高。", []),
        # 牵头 with no 会同: the units after it are no partners (GUIDE.md: support after 会同, 配合, 协助, 参与)
        ("市财政局牵头市商务局等部门制定办法。", [[("市财政局", "lead")]]),
        # 为 and a label with no cue word in the sentence: still read
        ("以各地为主责单位。", [[("各地", "responsible")]]),
        ("以市财政局为支撑单位。", [[("市财政局", "support")]]),
    ],
)
def test_the_clauses_of_one_sentence(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_the_sentence_that_makes_a_regulation_is_read_strictly() -> None:
    # 为了…，制定本办法: the regulation begins at that line, and its first sentence is part of it
    assert roles("为了维护中小企业合法权益，有关部门负责投诉处理，制定本办法。") == [[("有关部门", "responsible")]]
    assert roles("为了维护中小企业合法权益，经营者负责投诉处理，制定本办法。") == []  # (a party, no government body)
    assert roles("为了维护中小企业合法权益，财政部负责投诉处理，制定本办法。") == [[("财政部", "responsible")]]


def test_a_task_that_ends_where_a_sentence_starts_leaves_it_to_prose() -> None:
    text = normalize("各项工作要抓紧推进。市财政局要加强指导。")
    cut = text.index("市")
    taken = Task((), Span(0, cut), Span(0, cut), ())
    tasks = prose_tasks(text, None, [taken])
    assert [[(a.mention, a.role) for a in t.assignees] for t in tasks] == [[("市财政局", "guide")]]
    assert [t.ordinal for t in tasks] == [0]  # the caller numbers them
    inside = Task((), Span(0, cut + 1), Span(0, cut + 1), ())
    assert prose_tasks(text, None, [inside]) == ()
