"""Causes found by the corpus audit of 2026-12-07 (docs/audit-2026-12-07.md), each on a text of our own."""

from __future__ import annotations

from graph.extract import extract
from graph.extract.prose import prose_tasks
from graph.extract.structure import numbered_units
from graph.extract.targets import extract_targets
from graph.ingest import document_from_bytes
from graph.ingest.normalize import normalize
from graph.resolve import default_resolver


def _paths(raw: str) -> list[str]:
    """The paths of the numbered units of a plain-text file as read (``.txt``)."""
    doc = document_from_bytes(raw.encode("utf-8"), "x.txt")
    return ["/".join(u.path) for u in numbered_units(normalize(doc.text))]


def test_a_label_after_markdown_heading_marks_opens_its_unit() -> None:
    # a plain-text copy that kept a Markdown heading's marks (## 二、…): was no unit, so the sentences under it
    # took the path of the last unit before (一/2)
    raw = "# 某省关于扶持文艺创作的若干规定\n## 一、设立专项资金\n（1）资金纳入预算管理。\n（2）由省财政厅会同省文化厅制定办法。\n## 二、鼓励社会捐赠\n（1）各级财政部门要落实优惠。\n### 三、附则\n本规定自发布之日起施行。\n"
    assert _paths(raw) == ["一", "一/1", "一/2", "二", "二/1", "三"]
    ex = extract(document_from_bytes(raw.encode("utf-8"), "x.txt"))
    assert [("/".join(t.path), [a.mention for a in t.assignees]) for t in ex.tasks] == [
        ("一/2", ["省财政厅", "省文化厅"]), ("二/1", ["各级财政部门"])]
    # a # line with no label after its marks (the title) is no unit, and a # inside a line is left alone
    assert _paths("# 关于甲的规定\n一、总则\n说明 #二、不是标题\n") == ["一"]


def _agents(raw: str) -> list[tuple[str, str]]:
    """(mention, the resolved department's name) of each assignee of a plain-text file."""
    ex = extract(document_from_bytes(raw.encode("utf-8"), "x.txt"))
    resolver = default_resolver()
    return [(a.mention, resolver(a.mention, ex)[1]) for t in ex.tasks for a in t.assignees]


def test_a_self_pronoun_in_a_forwarded_text_is_the_forwarded_body() -> None:
    # 国务院办公厅转发国家林业局关于…的通知: the text forwarded is the bureau's; was 我局 -> 国务院办公厅
    raw = ("国务院办公厅转发国家林业局关于进一步加强森林防火工作意见的通知\n国办发〔2001〕9号\n"
           "各省、自治区、直辖市人民政府：\n国家林业局《关于进一步加强森林防火工作的意见》已经国务院同意，现转发给你们。\n"
           "三、我局将尽快制定森林防火检查办法。\n国务院办公厅\n二〇〇一年二月一日\n")
    assert _agents(raw) == [("我局", "国家林业局")]
    # a body's own notice, and a pronoun whose noun the issuer's name ends in: the issuer, as before
    own = "国家林业局关于加强森林防火工作的通知\n一、我局将尽快制定检查办法。\n国家林业局\n2001年2月1日\n"
    assert _agents(own) == [("我局", "国家林业局")]
    office = raw.replace("三、我局将", "三、我办将")
    assert _agents(office) == [("我办", "国务院办公厅")]


def _mentions(text: str) -> list[list[str]]:
    return [[a.mention for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_a_kind_after_a_collective_of_places_stays_in_the_collective() -> None:
    # 各社区（村）、单位: 各 reads over both, one collective kept whole (issue 13: 有关部门和单位 is not 有关部门 + 单位;
    # a bare 单位 or 学校 would be a fragment in a ranking). The audit of 2026-12-07 read two; the lead kept one.
    assert _mentions("各街道（镇）、单位要落实返岗人员登记制度。") == [["各街道（镇）、单位"]]
    assert _mentions("各县（市、区）、学校要做好开学准备。") == [["各县（市、区）、学校"]]
    # kinds of the collective's own family: 各 reads over them, one collective
    assert _mentions("各乡镇人民政府、街道办事处要做好排查。") == [["各乡镇人民政府、街道办事处"]]
    assert _mentions("各责任股室、单位要抓好落实。") == [["各责任股室、单位"]]
    assert _mentions("各中小学校、幼儿园要做好防控。") == [["各中小学校、幼儿园"]]


def test_a_bandwidth_raised_to_a_goal_is_indicated_by_what_is_raised() -> None:
    # X提速至NMb/s以上: was X提速至 (the verb in the indicator)
    got = [(t.indicator, t.value, t.unit) for t in extract_targets(normalize("推动接入专网的乡镇卫生院提速至50Mb/s以上，学校宽带提速到1000Mbps。"))]
    assert got == [("接入专网的乡镇卫生院", 50, "Mb/s"), ("学校宽带", 1000, "Mbps")]


def test_place_levels_open_only_the_first_of_two_joined_names() -> None:
    # 省、自治区、直辖市人民政府和国务院有关部门负责…: two collectives (read in the audit's check for misses); was one
    # mention, the levels read over the whole list
    assert _mentions("省、自治区、直辖市人民政府和国务院有关部门负责本地区、本部门平台的运行维护。") == [
        ["省、自治区、直辖市人民政府", "国务院有关部门"]]
    # the levels and one name after them: one collective, however long (unchanged)
    assert _mentions("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门要加强指导。") == [
        ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门"]]
