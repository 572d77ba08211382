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


# ------------------------------------------------------------------------------- prose subjects


def prose(text: str) -> list[list[tuple[str, str, bool]]]:
    from graph.extract.prose import prose_tasks

    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_time_word_or_a_purpose_clause_before_the_subject() -> None:
    assert prose("近期市政府办公室将组织3个督查组开展实地督查。") == [[("市政府办公室", "responsible", False)]]
    assert prose("为加快推进项目建设，下一步县发展改革局要建立项目台账。") == [[("县发展改革局", "responsible", False)]]


def test_an_apposition_between_the_subject_and_its_cue() -> None:
    assert prose("学校作为安全管理第一责任主体，应建立健全安全管理制度。") == [[("学校", "responsible", True)]]


def test_collectives_of_places_and_ad_hoc_groups_are_generic_subjects() -> None:
    assert prose("各试点城市要按照方案要求做好组织实施。") == [[("各试点城市", "responsible", True)]]
    assert prose("相关省份要密切跟踪工作进展。") == [[("相关省份", "responsible", True)]]
    assert prose("检查结束后，各专项检查组要及时汇总问题清单。") == [[("各专项检查组", "responsible", True)]]


def test_bodies_named_by_an_office_or_service_head_are_named_subjects() -> None:
    assert prose("联合评审办公室要会同有关部门制定评审细则。") == [
        [("联合评审办公室", "lead", False), ("有关部门", "support", True)]]
    assert prose("市社会保险事业管理所要做好待遇发放。") == [[("市社会保险事业管理所", "responsible", False)]]
    assert prose("建立工作专班办公室要加快推进。") == []


def test_a_list_of_sector_words_before_one_head_is_one_collective() -> None:
    assert prose("省、市两级农业农村、生态环境、水利部门要会同有关部门制定实施方案。") == [
        [("省、市两级农业农村、生态环境、水利部门", "lead", True), ("有关部门", "support", True)]]
    assert prose("为确保改革任务落地见效，教育、财政、人力资源社会保障主管部门要加强协同。") == [
        [("教育、财政、人力资源社会保障主管部门", "responsible", True)]]
    # two collectives stay two; sector words before 等部门 keep their reading
    assert prose("各级政府、各有关部门要加强组织领导。") == [
        [("各级政府", "responsible", True), ("各有关部门", "responsible", True)]]


def test_you_x_fuze_after_the_topic_of_the_clause() -> None:
    assert prose("招生计划的具体分配方案由市招生考试院负责制定。") == [[("市招生考试院", "responsible", False)]]
    assert prose("由市公共资源交易中心承担平台日常运维并负责具体实施。") == [
        [("市公共资源交易中心", "responsible", False)]]
    # not a duty: who interprets the document, a cost borne, 由 inside a word
    assert prose("第十八条 本办法由市司法局负责解释。") == []
    assert prose("所需经费由市财政局承担。") == []
    assert prose("各地要推动企业由粗放经营向精细管理转变。") == [[("各地", "responsible", True)]]


def test_a_sector_list_is_a_collective_for_the_resolver_too() -> None:
    from graph.departments.registry import is_generic

    assert is_generic("教育、财政、人力资源社会保障部门")
    assert not is_generic("市人力资源社会保障局")
