"""The department registry (graph/data/departments.csv, reforms.csv) and the resolver."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from graph.departments import (
    Department,
    Reform,
    Registry,
    jurisdiction_of,
    normalize_mention,
    registry,
    resolve,
    successor,
)

TSV = Path(__file__).resolve().parents[2] / "shared/eval/departments.tsv"

LEVELS = {"central", "provincial", "municipal", "county"}
KINDS = {
    "government",
    "party",
    "people_org",
    "regulator_local_office",
    "leading_group",
    "enterprise",
    "court_procuratorate",
    "military",
    "other",
}


def _context(source: str) -> tuple[str, int]:
    """Jurisdiction and year of the annotated documents."""
    if source.startswith("000_d675"):
        return "AH", 2016
    if source.startswith("govcn_"):
        return "CN", int(source.split("_")[1])
    if source.startswith("jiangxi_"):
        return "JX", 2020
    if source.startswith("odkg_archived_test1_29"):
        return "CN", 2022
    raise ValueError(source)


def _tsv_rows() -> list[tuple[str, str, str]]:
    if not TSV.exists():
        return []
    with TSV.open(encoding="utf-8", newline="") as fh:
        return [(r["source"], r["mention"], r["canonical"]) for r in csv.DictReader(fh, delimiter="\t")]


# ---------------------------------------------------------------------------------------------
# The annotation convention: every row of departments.tsv


@pytest.mark.skipif(not TSV.exists(), reason="shared/eval/departments.tsv not available")
@pytest.mark.parametrize(("source", "mention", "canonical"), _tsv_rows())
def test_eval_convention(source: str, mention: str, canonical: str) -> None:
    jurisdiction, year = _context(source)
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert r.resolved and not r.generic and r.department_id is not None
    assert r.canonical == canonical


@pytest.mark.skipif(not TSV.exists(), reason="shared/eval/departments.tsv not available")
def test_every_tsv_canonical_is_a_pref_label() -> None:
    prefs = {d.pref_label for d in registry().all()}
    assert {canonical for _, _, canonical in _tsv_rows()} <= prefs


# ---------------------------------------------------------------------------------------------
# Aliases, jurisdictions, elisions, name periods


@pytest.mark.parametrize(
    "mention",
    [
        "国家发展改革委",
        "发展改革委",
        "国家发改委",
        "国家发展和改革委员会",
        "中华人民共和国国家发展和改革委员会",
        " 国家发展改革委 ",
    ],
)
def test_aliases_of_one_body(mention: str) -> None:
    assert resolve(mention, year=2019).department_id == "cn-ndrc"


@pytest.mark.parametrize(
    ("mention", "jurisdiction", "year", "expected"),
    [
        ("省商务厅", "AH", 2016, "安徽省商务厅"),
        ("省商务厅", "JX", 2020, "江西省商务厅"),
        ("商务部", "AH", 2016, "商务部"),
        ("商务部", "JX", 2020, "商务部"),
        ("江西省商务厅", "CN", 2019, "江西省商务厅"),
        ("江西省商务厅", "AH", 2016, "江西省商务厅"),
        ("合肥海关", "CN", 2019, "合肥海关"),
        ("合肥海关", "JX", 2020, "合肥海关"),
        ("安徽省人民政府", "CN", 2019, "安徽省人民政府"),
        ("省政府", "JX", 2020, "江西省人民政府"),
        ("省政府办公厅", "AH", 2016, "安徽省人民政府办公厅"),
        ("国务院办公厅", "JX", 2020, "国务院办公厅"),
        ("人行南昌中心支行", "CN", 2020, "中国人民银行南昌中心支行"),
        ("赣江新区管委会", "CN", 2020, "江西赣江新区管理委员会"),
        ("安徽银保监局", "JX", 2020, "中国银行保险监督管理委员会安徽监管局"),
    ],
)
def test_jurisdiction_first(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(
    ("mention", "jurisdiction", "year", "expected"),
    [
        # 省工业和信息化厅、科技厅 / 省财政厅、发展改革委: the second name drops 省
        ("科技厅", "AH", 2016, "安徽省科学技术厅"),
        ("科技厅", "JX", 2020, "江西省科学技术厅"),
        ("财政厅", "JX", 2020, "江西省财政厅"),
        ("发展改革委", "AH", 2016, "安徽省发展和改革委员会"),
        ("质监局", "AH", 2016, "安徽省质量技术监督局"),
        ("市场监管局", "JX", 2020, "江西省市场监督管理局"),
        ("人力资源社会保障厅", "JX", 2020, "江西省人力资源和社会保障厅"),
        ("卫生健康委", "CN", 2019, "国家卫生健康委员会"),
    ],
)
def test_elided_forms(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(
    ("mention", "jurisdiction", "year", "expected"),
    [
        ("省委网信办", "AH", 2016, "中共安徽省委网络安全和信息化领导小组办公室"),
        ("省委网信办", "JX", 2020, "中共江西省委网络安全和信息化委员会办公室"),
        ("中央网信办", "CN", 2016, "中央网络安全和信息化领导小组办公室"),
        ("中央网信办", "CN", 2020, "中央网络安全和信息化委员会办公室"),
        ("药监局", "CN", 2000, "国家药品监督管理局"),
        ("药监局", "CN", 2019, "国家药品监督管理局"),
        ("广电总局", "CN", 2010, "国家广播电影电视总局"),
        ("广电总局", "CN", 2019, "国家广播电视总局"),
        ("国家计委", "CN", 1996, "国家计划委员会"),
        ("国家计委", "CN", 2001, "国家发展计划委员会"),
        ("交通部", "CN", 2005, "交通部"),
        ("交通部", "CN", 2020, "交通运输部"),
        ("质检总局", "CN", 2016, "国家质量监督检验检疫总局"),
        ("银监会", "CN", 2016, "中国银行业监督管理委员会"),
        ("省质监局", "AH", 2016, "安徽省质量技术监督局"),
        ("省工商局", "AH", 2016, "安徽省工商行政管理局"),
        ("省市场监管局", "AH", 2019, "安徽省市场监督管理局"),
        ("省经济和信息化厅", "AH", 2019, "安徽省经济和信息化厅"),
        ("省地税局", "JX", 2017, "江西省地方税务局"),
        ("省税务局", "AH", 2019, "国家税务总局安徽省税务局"),
    ],
)
def test_name_in_force(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_same_pref_label_different_bodies() -> None:
    old = resolve("国家药品监督管理局", year=2000)
    new = resolve("国家药品监督管理局", year=2020)
    assert old.canonical == new.canonical == "国家药品监督管理局"
    assert (old.department_id, new.department_id) == ("cn-sda-1998", "cn-nmpa")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("省市场监管局（省知识产权局）", "jx-amr"),
        ("省市场监管局(省知识产权局)", "jx-amr"),
        ("省 财政厅", "jx-fin"),
        ("省财政厅、", "jx-fin"),
        ("江西银保监局", "jx-cbirc"),
        ("中华人民共和国南昌海关", "jx-customs"),
    ],
)
def test_normalised_lookup(mention: str, expected: str) -> None:
    assert resolve(mention, jurisdiction="JX", year=2020).department_id == expected


def test_normalize_mention() -> None:
    assert normalize_mention(" 各市、县〔区〕政府 ") == "各市、县(区)政府"
    assert normalize_mention("省财政厅（局）") == normalize_mention("省财政厅(局)") == "省财政厅(局)"
    assert normalize_mention("\u3000省商务厅\u3000") == "省商务厅"


# ---------------------------------------------------------------------------------------------
# Collectives and unknown names


@pytest.mark.parametrize(
    ("mention", "jurisdiction"),
    [
        ("有关部门", "CN"),
        ("各有关部门", "CN"),
        ("各有关部门和单位", "CN"),
        ("各地相关部门", "CN"),
        ("国务院有关部门", "CN"),
        ("各市、县（区）政府", "JX"),
        ("各市、县〔区〕政府", "JX"),
        ("省质量工作领导小组其他成员单位", "AH"),
        ("试点城市政府", "CN"),
        ("部门", "CN"),
        ("单位", "AH"),
    ],
)
def test_collectives(mention: str, jurisdiction: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2020)
    assert r.generic and r.resolved
    assert r.department_id is None
    assert r.canonical == mention


@pytest.mark.parametrize(
    ("mention", "jurisdiction"),
    [
        ("技工院校内由人力资源社会保障行政部门", "CN"),
        ("某某协调办公室", "CN"),
        ("省商务厅", "CN"),  # a provincial short form outside any province: ambiguous
        ("科技厅", "CN"),
        ("省商务局", "BJ"),  # municipalities name their bodies differently: no pattern applies
    ],
)
def test_unknown(mention: str, jurisdiction: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2019)
    assert not r.resolved and not r.generic
    assert r.department_id is None
    assert r.canonical == mention


def test_every_label_resolves_in_its_own_jurisdiction() -> None:
    reg = registry()
    for d in reg.all():
        year = d.valid_from or d.valid_to
        for label in d.labels:
            r = resolve(label, jurisdiction=d.jurisdiction, year=year)
            assert r.resolved and not r.generic, (d.id, label)
            assert r.department_id is not None
            assert label in reg.get(r.department_id).labels, (d.id, label)  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------
# Reforms


@pytest.mark.parametrize(
    ("department_id", "year", "expected"),
    [
        ("ah-qts", 2017, "ah-qts"),
        ("ah-qts", 2019, "ah-amr"),
        ("ah-fda", 2019, "ah-amr"),
        ("ah-ltax", 2019, "ah-tax"),
        ("ah-agri-committee", 2019, "ah-agri-rural"),
        ("ah-tourism", 2019, "ah-culture-tourism"),
        ("ah-eitc", 2019, "ah-eit"),
        ("ah-finance-office", 2019, "ah-local-finance"),
        ("ah-ciq", 2019, "ah-customs"),
        ("ah-cbrc", 2020, "ah-cbirc"),
        ("ah-cbrc", 2024, "ah-nfra"),
        ("jx-iitc", 2020, "jx-miit"),
        ("jx-tourism-dev", 2020, "jx-culture-tourism"),
        ("cn-aqsiq", 2019, "cn-samr"),
        ("cn-cbrc", 2017, "cn-cbrc"),
        ("cn-cbrc", 2019, "cn-cbirc"),
        ("cn-cbrc", 2024, "cn-nfra"),
        ("cn-moh", 2015, "cn-nhfpc"),
        ("cn-moh", 2020, "cn-nhc"),
        ("cn-sec", 2020, "cn-moe"),
        ("cn-spc-plan", 2020, "cn-ndrc"),
        ("cn-cpad", 2022, "cn-nrra"),
        ("cn-cpad", 2024, "cn-mara"),
        ("cn-sapprft", 2019, "cn-nrta"),  # split: the first resulting body
        ("cn-ndrc", 2024, "cn-ndrc"),
    ],
)
def test_successor(department_id: str, year: int, expected: str) -> None:
    assert successor(department_id, year) == expected


def test_successor_unknown_id() -> None:
    with pytest.raises(KeyError):
        successor("xx-nowhere", 2020)


@pytest.mark.parametrize("event", registry().reforms(), ids=lambda e: e.id)
def test_each_reform_event(event: Reform) -> None:
    reg = registry()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", event.date)
    assert event.resulting, "an event has at least one resulting body"
    for original in event.original:
        assert successor(original, event.year - 1) == original
        assert successor(original, event.year) == successor(event.resulting[0], event.year)
        d = reg.get(original)
        assert d is not None and d.valid_to in (event.year - 1, event.year), original
    for resulting in event.resulting:
        d = reg.get(resulting)
        assert d is not None and (d.valid_from is None or d.valid_from <= event.year + 1), resulting


# ---------------------------------------------------------------------------------------------
# Integrity of the data files


def test_ids_unique_and_ascii() -> None:
    ids = [d.id for d in registry().all()]
    assert not [i for i, n in Counter(ids).items() if n > 1]
    assert all(re.fullmatch(r"[a-z]{2}(-[a-z0-9]+)+", i) for i in ids)


def test_pref_label_unique_per_period() -> None:
    keys = Counter((d.pref_label, d.valid_from) for d in registry().all())
    assert not [k for k, n in keys.items() if n > 1]


def test_parents_and_reform_ids_exist() -> None:
    reg = registry()
    assert not [d.id for d in reg.all() if d.parent is not None and d.parent not in reg]
    events = reg.reforms()
    assert not [i for i, n in Counter(e.id for e in events).items() if n > 1]
    missing = [(e.id, x) for e in events for x in (*e.original, *e.resulting) if x not in reg]
    assert not missing
    ended = Counter(x for e in events for x in e.original)
    assert not [x for x, n in ended.items() if n > 1], "a body ends in one event at most"


def test_columns_have_known_values() -> None:
    for d in registry().all():
        assert d.level in LEVELS, d.id
        assert d.kind in KINDS, d.id
        assert re.fullmatch(r"[A-Z]{2}", d.jurisdiction), d.id
        assert (d.jurisdiction == "CN") == (d.level == "central"), d.id
        if d.valid_from is not None and d.valid_to is not None:
            assert d.valid_from <= d.valid_to, d.id
        assert d.pref_label not in d.alt_labels, d.id


def test_coverage() -> None:
    reg = registry()
    assert 250 <= len(reg.all()) <= 500
    for name in [
        "国家市场监督管理总局",
        "国家质量监督检验检疫总局",
        "国家金融监督管理总局",
        "国家数据局",
        "中共中央组织部",
        "中央网络安全和信息化委员会办公室",
        "中华全国总工会",
        "中国共产主义青年团中央委员会",
        "中国残疾人联合会",
        "安徽省人民政府办公厅",
        "江西省人民政府",
        "国务院",
        "国务院办公厅",
        "安徽省经济和信息化厅",
        "安徽省地方金融监督管理局",
        "中国银行保险监督管理委员会江西监管局",
    ]:
        assert reg.by_label(name), name


def test_registry_api() -> None:
    reg = registry()
    samr = reg.get("cn-samr")
    assert isinstance(samr, Department)
    assert samr.pref_label == "国家市场监督管理总局" and samr.valid_from == 2018 and samr.valid_to is None
    assert reg.get("no-such-id") is None
    assert [d.id for d in reg.by_label("省商务厅")] == ["ah-dofcom", "jx-dofcom"]
    assert reg.get("ah-customs").parent == "cn-gacc"  # type: ignore[union-attr]
    assert reg.get("ah-cbrc").parent == "cn-cbrc"  # type: ignore[union-attr]
    assert registry() is reg


def test_registry_from_csv_text() -> None:
    deps = (
        "id,pref_label,alt_labels,level,kind,parent,jurisdiction,valid_from,valid_to\n"
        "x-a,甲局,甲|老甲,central,government,,CN,,2000\n"
        "x-b,乙局,乙,central,government,,CN,2000,\n"
    )
    evs = "id,date,label,original,resulting\nx-1,2000-01-01,甲改乙,x-a,x-b\n"
    reg = Registry.from_csv(deps, evs)
    assert resolve("老甲", reg=reg).department_id == "x-a"
    assert successor("x-a", 2001, reg=reg) == "x-b"
    with pytest.raises(ValueError):
        Registry.from_csv(deps + "x-a,丙局,,central,government,,CN,,\n")


# ---------------------------------------------------------------------------------------------
# Jurisdiction of a document


@pytest.mark.parametrize(
    ("issuer", "doc_number", "title", "expected"),
    [
        (
            "安徽省人民政府办公厅",
            "皖政办秘〔2016〕76号",
            "安徽省人民政府办公厅关于印发贯彻质量发展纲要推进质量安徽建设2016年行动计划的通知",
            "AH",
        ),
        ("国务院", "国发〔2019〕3号", "国务院关于促进综合保税区高水平开放高质量发展的若干意见", "CN"),
        ("国务院办公厅", "国办发〔2018〕128号", None, "CN"),
        (
            "省政府办公厅",
            "赣府厅发〔2020〕4号",
            "江西省人民政府办公厅关于新时代推进普通高中育人方式改革的实施意见",
            "JX",
        ),
        ("江西省市场监督管理局", "无", "关于征求意见的函", "JX"),
        (
            None,
            "工信部联企业〔2022〕54号",
            "[no title line in source] 工业和信息化部 国家发展和改革委员会",
            "CN",
        ),
        (None, None, "江西省人民政府关于鹰潭港总体规划的批复", "JX"),
        (None, None, "国务院关于同意安徽省调整部分行政区划的批复", "CN"),
        ("生态环境部、上海市人民政府、安徽省人民政府", None, None, "CN"),
        (None, None, None, "CN"),
    ],
)
def test_jurisdiction_of(
    issuer: str | None, doc_number: str | None, title: str | None, expected: str
) -> None:
    assert jurisdiction_of(issuer, doc_number, title) == expected


@pytest.mark.parametrize(
    ("mention", "jurisdiction", "year", "canonical"),
    [
        ("省商务厅", "SD", 2020, "山东省商务厅"),
        ("省发展改革委", "ZJ", 2019, "浙江省发展和改革委员会"),
        ("省委宣传部", "GD", 2020, "中共广东省委宣传部"),
        ("省市场监管局", "HB", 2020, "湖北省市场监督管理局"),
        ("浙江银保监局", "ZJ", 2020, "中国银行保险监督管理委员会浙江监管局"),
        ("广东省发展改革委", "CN", 2019, "广东省发展和改革委员会"),
    ],
)
def test_provinces_outside_the_registry_follow_the_pattern(mention: str, jurisdiction: str, year: int,
                                                           canonical: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert (r.canonical, r.resolved) == (canonical, True)
    # a templated body of that province: an id of its own, which the registry answers for
    assert r.department_id is not None and r.department_id.startswith(jurisdiction.lower() + "-" if jurisdiction != "CN" else "gd-")
    d = registry().get(r.department_id)
    assert d is not None and d.pref_label == canonical
