"""Departments as entities in built graphs: one IRI per body across documents and spellings,
jurisdiction decides 省X, reforms map bodies forward, citations link documents."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

import graph

Q_AGENTS = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?agent ?label ?mention WHERE {
  ?a pkg:agent ?agent ; pkg:mention ?mention .
  ?agent skos:prefLabel ?label .
  FILTER NOT EXISTS { ?agent a pkg:Collective }
}"""

Q_UNRESOLVED = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT DISTINCT ?agent WHERE { ?agent pkg:resolved false }"""
Q_AGENT_DOCUMENTS = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
SELECT DISTINCT ?agent ?doc WHERE { ?a pkg:agent ?agent ; pkg:task ?t . ?t eli:is_part_of ?doc }"""


@pytest.fixture(scope="module")
def corpus_graph(shared: Path):
    return graph.build_graph([shared / "corpus" / "docs"])


def test_each_canonical_department_is_one_iri(corpus_graph) -> None:
    iris: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, set[str]] = defaultdict(set)
    for agent, label, mention in corpus_graph.query(Q_AGENTS):  # type: ignore[misc]
        iris[str(label)].add(str(agent))
        forms[str(label)].add(str(mention))
    several = {label: sorted(f) for label, f in forms.items() if len(f) >= 2}
    assert several, "the corpus writes some departments in two or more ways"
    for label in several:
        assert len(iris[label]) == 1, (label, several[label], iris[label])
    # a label on several IRIs only for names the registry does not resolve and whose words do not
    # say which body they are (招商局, 运营单位): each document's own node
    unresolved = {str(a) for (a,) in corpus_graph.query(Q_UNRESOLVED)}  # type: ignore[misc]
    documents: dict[str, set[str]] = defaultdict(set)
    for agent, doc in corpus_graph.query(Q_AGENT_DOCUMENTS):  # type: ignore[misc]
        documents[str(agent)].add(str(doc))
    for label, found in iris.items():
        if len(found) > 1:
            assert found <= unresolved, (label, found)
            assert all(len(documents[a]) == 1 for a in found), (label, found)


def _doc(tmp_path: Path, name: str, head: str, task: str = "推进消费升级。（省商务厅负责）") -> Path:
    """A one-task plan: its title (and 文号) lines, then ``一、任务 / （一）task``."""
    p = tmp_path / name
    p.write_text(head + f"\n一、任务\n（一）{task}\n", encoding="utf-8")
    return p


def test_jurisdiction_decides_provincial_forms(tmp_path: Path) -> None:
    ah = _doc(tmp_path, "ah.txt", "安徽省人民政府办公厅关于推进消费的通知\n皖政办〔2019〕5号")
    jx = _doc(tmp_path, "jx.txt", "江西省人民政府办公厅关于推进消费的通知\n赣府厅发〔2020〕3号")
    df = graph.query_df(graph.build_graph([ah, jx]), "responsibilities")
    got = dict(zip(df["source"], df["department"], strict=True))
    assert got == {"ah.txt": "安徽省商务厅", "jx.txt": "江西省商务厅"}


def test_unknown_provincial_short_forms_stay_apart_by_province(tmp_path: Path) -> None:
    def doc(name: str, head: str, clause: str) -> Path:
        return _doc(tmp_path, name, head, f"推进文明创建。（{clause}）")

    ah = doc("ah.txt", "安徽省人民政府办公厅关于文明创建的通知\n皖政办〔2019〕5号", "省双拥办负责")
    ah2 = doc("ah2.txt", "安徽省人民政府办公厅关于文明城市的通知\n皖政办〔2019〕6号", "安徽省双拥办负责")
    jx = doc("jx.txt", "江西省人民政府办公厅关于文明创建的通知\n赣府厅发〔2020〕3号", "省双拥办负责")
    df = graph.query_df(graph.build_graph([ah, ah2, jx]), "responsibilities")
    got = dict(zip(df["source"], df["department"], strict=True))
    assert got == {"ah.txt": "安徽省双拥办", "ah2.txt": "安徽省双拥办", "jx.txt": "江西省双拥办"}


def test_unknown_city_short_forms_stay_apart_by_city(tmp_path: Path) -> None:
    def doc(name: str, head: str) -> Path:
        return _doc(tmp_path, name, head, "推进文明创建。（市文明办负责）")

    hf = doc("hf.txt", "合肥市人民政府办公厅关于文明创建的通知")
    nc = doc("nc.txt", "南昌市人民政府办公厅关于文明创建的通知")
    df = graph.query_df(graph.build_graph([hf, nc]), "responsibilities")
    assert dict(zip(df["source"], df["department"], strict=True)) == {
        "hf.txt": "合肥市精神文明建设指导委员会办公室",
        "nc.txt": "南昌市精神文明建设指导委员会办公室",
    }


def test_unknown_names_without_a_place_stay_apart_by_document(tmp_path: Path) -> None:
    """招商局 (no template knows it) in a 济南 and a 青岛 plan: two bodies, two nodes; a name that
    opens with a known national body's is one body wherever it is named."""

    def doc(name: str, head: str) -> Path:
        return _doc(tmp_path, name, head, "加强招商引资。（招商局、工业和信息化部信息中心负责）")

    jn = doc("jn.txt", "济南市人民政府办公厅关于招商引资的通知\n济政办发〔2022〕5号")
    qd = doc("qd.txt", "青岛市人民政府办公厅关于招商引资的通知\n青政办发〔2022〕7号")
    g = graph.build_graph([jn, qd])
    nodes: dict[str, set[str]] = defaultdict(set)
    for agent, label, _mention in g.query(Q_AGENTS):  # type: ignore[misc]
        nodes[str(label)].add(str(agent))
    assert len(nodes["招商局"]) == 2
    assert len(nodes["工业和信息化部信息中心"]) == 1


def test_a_coordinating_body_named_by_its_kind_is_each_documents_own(tmp_path: Path) -> None:
    """`联席会议办公室` in two State Council replies is the office of two joint meetings, not a
    division of 国务院 shared by both; a bureau's own notice keeps its real divisions (计量处)."""

    def doc(name: str, head: str, clause: str) -> Path:
        return _doc(tmp_path, name, head, f"加强统筹协调。（{clause}）")

    a = doc("a.txt", "国务院关于同意建立甲工作部际联席会议制度的批复\n国函〔2016〕12号\n国务院", "联席会议办公室负责")
    b = doc("b.txt", "国务院关于同意建立乙工作部际联席会议制度的批复\n国函〔2017〕8号\n国务院", "联席会议办公室负责")
    own = doc(
        "jx.txt",
        "江西省市场监督管理局关于计量工作的通知\n赣市监字〔2020〕3号\n江西省市场监督管理局",
        "计量处、领导小组办公室负责",
    )
    own2 = doc(
        "jx2.txt",
        "江西省市场监督管理局关于标准工作的通知\n赣市监字〔2020〕9号\n江西省市场监督管理局",
        "领导小组办公室负责",
    )
    g = graph.build_graph([a, b, own, own2])
    nodes: dict[str, set[str]] = defaultdict(set)
    for agent, label, _mention in g.query(Q_AGENTS):  # type: ignore[misc]
        nodes[str(label)].add(str(agent))
    assert len(nodes["联席会议办公室"]) == 2
    assert len(nodes["领导小组办公室"]) == 2
    assert "国务院联席会议办公室" not in nodes
    assert len(nodes["江西省市场监督管理局计量处"]) == 1


def test_a_central_reply_to_one_province_reads_its_relative_forms_there(tmp_path: Path) -> None:
    """国务院's reply addressed to 河北省人民政府: its 省政府 is that province's government; a leading
    group's office it names is no division of the State Council."""
    p = tmp_path / "reply.txt"
    p.write_text(
        "国务院关于甲新区总体规划的批复\n国函〔2018〕159号\n河北省人民政府、国家发展改革委：\n"
        "一、任务\n（一）省政府要切实履行主体责任。\n（二）京津冀协同发展领导小组办公室要加强统筹。\n国务院\n2018年12月20日\n",
        encoding="utf-8",
    )
    df = graph.query_df(graph.build_graph([p]), "responsibilities")
    got = dict(zip(df["mention"], df["department"], strict=True))
    assert got == {"省政府": "河北省人民政府", "京津冀协同发展领导小组办公室": "京津冀协同发展领导小组办公室"}


def test_as_of_maps_merged_bodies_forward(seed_build) -> None:
    before = graph.query_df(seed_build.graph, "leads")
    after = graph.query_df(seed_build.graph, "leads-as-of", {"asof": [2019]})
    assert before.iloc[0]["department"] == "安徽省质量技术监督局"
    assert after.iloc[0]["department"] == "安徽省市场监督管理局"
    assert "安徽省工商行政管理局" not in set(after["department"])
    # 质监局, 工商局 and 食药监局 merged: the successor carries the union of their tasks
    assert after.iloc[0]["tasks"] == 16


def test_collectives_stay_separate_and_unknowns_listed(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("国务院办公厅关于甲的通知\n一、任务\n（一）甲。（某某协调办公室、有关部门负责）\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("国务院办公厅关于乙的通知\n一、任务\n（一）乙。（有关部门负责）\n", encoding="utf-8")
    kg = graph.build_graph([a, b])
    df = graph.query_df(kg, "departments")
    status = dict(zip(df["department"], df["status"], strict=False))
    assert status["某某协调办公室"] == "unresolved"
    assert status["有关部门"] == "collective"
    assert len(df[df["department"] == "有关部门"]) == 2  # one per document, never merged


def test_citation_with_matching_number_links_documents(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("国务院办公厅关于甲的意见\n国办发〔2019〕42号\n正文。\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("江西省人民政府办公厅关于乙的实施意见\n根据《国务院办公厅关于甲的意见》（国办发〔2019〕42号）精神。\n",
                 encoding="utf-8")
    kg = graph.build_graph([a, b])
    rows = list(kg.query("""PREFIX eli: <http://data.europa.eu/eli/ontology#>
        PREFIX pkg: <https://w3id.org/policykg/ontology#>
        SELECT ?x ?y WHERE { ?d eli:cites ?e . ?d pkg:sourceFile ?x . ?e pkg:sourceFile ?y }"""))
    assert [(str(x), str(y)) for x, y in rows] == [("b.txt", "a.txt")]  # type: ignore[misc]


def test_a_departments_own_office_in_short_is_that_office(tmp_path: Path) -> None:
    """局办 in a bureau's own notice, or in a notice of that bureau's office, is the bureau's office
    (one node, a sub-unit of the bureau); the same word in two bureaus' notices is two offices."""
    office = tmp_path / "office.txt"
    office.write_text(
        "江西省市场监管局办公室关于做好年度重点工作调度的通知\n各处室：\n一、加强调度。局办将每月汇总各处室工作进度。\n"
        "江西省市场监管局办公室\n2020年3月2日\n",
        encoding="utf-8",
    )
    own = tmp_path / "own.txt"
    own.write_text(
        "江西省市场监督管理局关于做好督查工作的通知\n各处室：\n一、加强督查。局办要及时通报督查结果。\n"
        "江西省市场监督管理局\n2020年4月8日\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.txt"
    other.write_text(
        "江西省商务厅关于做好督查工作的通知\n各处室：\n一、加强督查。厅办要及时通报督查结果。\n江西省商务厅\n2020年4月8日\n",
        encoding="utf-8",
    )
    g = graph.build_graph([office, own, other])
    nodes: dict[str, set[str]] = defaultdict(set)
    for agent, label, _mention in g.query(Q_AGENTS):  # type: ignore[misc]
        nodes[str(label)].add(str(agent))
    assert len(nodes["江西省市场监督管理局办公室"]) == 1
    assert len(nodes["江西省商务厅办公室"]) == 1
    assert "局办" not in nodes and "厅办" not in nodes


def test_a_zones_body_and_a_division_named_with_qu_in_a_bureaus_own_notice(tmp_path: Path) -> None:
    """In a department's own notice, `区划地名处` is its division (区划 is a word, no district's 划地名处), and a body of a
    zone governed like a place (雄安新区公共服务局) is that zone's, no division of the issuer."""
    p = _doc(
        tmp_path,
        "hb.txt",
        "河北省民政厅关于地名工作的通知\n冀民字〔2023〕5号\n河北省民政厅",
        "加强地名管理。（区划地名处负责，雄安新区公共服务局、社会事务处配合）",
    )
    df = graph.query_df(graph.build_graph([p]), "responsibilities")
    got = dict(zip(df["mention"], df["department"], strict=True))
    assert got["区划地名处"] == "河北省民政厅区划地名处"
    assert got["社会事务处"] == "河北省民政厅社会事务处"
    assert got["雄安新区公共服务局"] == "雄安新区公共服务局"
