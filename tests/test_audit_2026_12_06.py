"""Causes found by the corpus audit of 2026-12-06 (docs/audit-2026-12-06.md), each on a text of our own."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SKOS

from graph.extract import extract
from graph.extract.prose import prose_tasks
from graph.extract.structure import numbered_units
from graph.extract.targets import extract_targets
from graph.ingest import document_from_bytes
from graph.ingest.normalize import normalize
from graph.rdf.build import extraction_lines, to_rdf
from graph.rdf.namespaces import PKG
from graph.resolve import default_resolver


def _paths(raw: str) -> list[str]:
    """The paths of the numbered units of a plain-text file as read (``.txt``)."""
    doc = document_from_bytes(raw.encode("utf-8"), "x.txt")
    return ["/".join(u.path) for u in numbered_units(normalize(doc.text))]


def test_a_label_after_a_heading_on_the_same_line_opens_its_own_unit() -> None:
    # a paragraph break lost in a copy: the next paragraph's indentation (two ideographic spaces) and its
    # label follow the heading on one line; was 一 only, the sentences under （1） got path 一
    raw = "\u3000\u3000一、健全工作机制\u3000\u3000（1）建立协调机制。\n市商务局要加强统筹。\n\u3000\u3000（2）完善制度。\n二、保障措施  （3）加强领导。\n"
    assert _paths(raw) == ["一", "一/1", "一/2", "二", "二/3"]
    # one space, a number in a sentence, a decimal, 一是 after spaces: no unit (unchanged)
    assert _paths("一、目标 1.加快建设。\n二、任务\u3000\u3000一是加强领导。\n三、指标\u3000\u30001.5万元\n") == ["一", "二", "三"]


def test_a_name_listed_after_a_collective_of_every_place_is_of_those_places() -> None:
    # 各地X主管部门、卫生健康委、通信管理局: 各地 reads over the short names after it (the local health
    # commissions); was 卫生健康委 -> 国家卫生健康委员会, not generic
    text = "请各地商务主管部门、卫生健康委、通信管理局加强属地管理，推动项目建设。"
    got = [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]
    assert got == [[("各地商务主管部门", True), ("卫生健康委", True), ("通信管理局", True)]]
    # a name with its own place, or a list not opened by such a collective: as before
    text2 = "各地商务主管部门、国家卫生健康委要加强指导。市商务局、卫生健康委要加强协调。"
    got2 = [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text2))]
    assert got2 == [[("各地商务主管部门", True), ("国家卫生健康委", False)], [("市商务局", False), ("卫生健康委", False)]]


def _departments(raw: str) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str, bool]]]:
    """(mention, the agent's label, generic) of each assignment, from the rdflib graph and from the
    fast N-Triples writer."""
    ex = extract(document_from_bytes(raw.encode("utf-8"), "x.txt"))
    q = """SELECT ?m ?label ?g WHERE { ?a a pkg:Assignment ; pkg:mention ?m ; pkg:generic ?g ; pkg:agent ?o ; pkg:order ?k .
           ?o skos:prefLabel ?label } ORDER BY ?k"""
    ns = {"pkg": PKG, "skos": SKOS}
    slow = [(str(m), str(label), bool(gen.toPython())) for m, label, gen in to_rdf([ex], default_resolver()).query(q, initNs=ns)]
    g = Graph()
    g.parse(data="\n".join(extraction_lines(ex, default_resolver())), format="nt")
    fast = [(str(m), str(label), bool(gen.toPython())) for m, label, gen in g.query(q, initNs=ns)]
    return slow, fast


def test_a_distributed_short_name_is_no_central_body_in_the_graph() -> None:
    raw = "工业和信息化部办公厅关于开展试点的通知\n请各地工业和信息化主管部门、卫生健康委加强属地管理，推动试点建设。\n工业和信息化部办公厅\n2021年9月3日\n"
    want = [("各地工业和信息化主管部门", "各地工业和信息化主管部门", True), ("卫生健康委", "卫生健康委", True)]
    assert _departments(raw) == (want, want)


def _targets(text: str) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_targets(normalize(text))]


def test_parallel_kinds_before_a_lone_value_stay_in_its_indicator() -> None:
    # was 类平台每家年服务企业 (cut at 、 and at the cue 培训 inside 培训类) and 融资类平台… (the last kind only)
    assert _targets("示范平台中，咨询类、培训类平台每家年服务企业800家以上，技术类、创业类、融资类平台每家年服务企业300家以上。") == [
        ("咨询类、培训类平台每家年服务企业", 800, "家"),
        ("技术类、创业类、融资类平台每家年服务企业", 300, "家"),
    ]
    # items that are no parallel kinds: the last one alone (unchanged)
    assert _targets("加快设施改造、全市建成充电桩500个。") == [("充电桩", 500, "个")]


def test_a_share_of_a_base_is_indicated_by_what_it_measures() -> None:
    # X不少于Y总数的N%: was 本单位执法人员总数的 (the base), not the measured staff
    assert _targets("原则上各级市场监管部门的法制审核人员不少于本单位执法人员总数的6%。") == [
        ("各级市场监管部门的法制审核人员", 6, "%")
    ]


def test_the_audience_of_a_training_is_its_counted_thing() -> None:
    # 面向N名X的…培训: was X的…培训 (the noun ran on over 的 to the training)
    assert _targets("每年组织开展面向2万名企业经营管理人员的数字化转型培训。") == [("企业经营管理人员", 2, "万名")]
