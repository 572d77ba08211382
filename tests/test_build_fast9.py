"""Round 9 of the build's speed (issue 19): what is remembered or skipped gives what the plain code gave.

Each reference is the code the change replaced, kept here verbatim (or as the definition it computes).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.data import rules
from graph.departments import written_out as wo
from graph.departments.model import normalize_mention
from graph.departments.registry import registry, successor
from graph.extract import extract
from graph.ingest import read_document
from graph.literals import required_text
from graph.rdf import build
from graph.resolve import LAST_YEAR, _successions, _successions_in, default_resolver, registry_lines

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "made_gold"

# patterns of rules.toml, and made ones: groups, alternations, repeats, classes, flags
PATTERNS = [
    rules()["scope"]["office_seated"],
    "([\u4e00-\u9fff]{2,20}?办公室)设在",
    "(?:牵头|负责)单位",
    "a(b|c)de",
    "x(?:yz)+w",
    "(?i)abc",
    "(?i:ab)cd",
    "ab?c",
    "[ab]cd",
    "(ab)(cd)",
    r"\.txt$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(text=st.text(alphabet="abcdexyzwABCD.txt办公室设在牵头负责单位省厅", max_size=30))
def test_every_match_holds_the_required_text(pattern: str, text: str) -> None:
    need = required_text(pattern)
    for m in re.finditer(pattern, text):
        assert need in m.group(0)
    if need not in text:
        assert re.search(pattern, text) is None


def test_required_text_of_some_patterns() -> None:
    assert [required_text(p) for p in PATTERNS[1:]] == ["办公室设在", "单位", "de", "x", "", "cd", "a", "cd", "abcd", ".txt"]


def _old_adhoc_full_names(text: str) -> dict[str, str]:
    """adhoc_full_names before round 9 (the seated office searched in every text)."""
    declared, set_up = wo._declared()
    kinds = set(rules()["scope"]["adhoc_bodies"])
    out: dict[str, str] = {}
    for m in declared.finditer(text):
        short = m.group(1)
        full = re.split(r"[，。；、：:\s]", text[max(0, m.start() - 40) : m.start()])[-1]
        full = set_up.sub("", full)
        if short in kinds and full.endswith(short) and len(full) > len(short):
            out.setdefault(short, full)
    seated = re.search(rules()["scope"]["office_seated"], text)
    if seated is not None and seated.group(1) != "办公室":
        out["办公室"] = wo.written_out(seated.group(1), out) or seated.group(1)
    return out


def _texts() -> list[str]:
    made = [
        "成立省推进职业教育工作联席会议（以下简称联席会议），联席会议办公室设在省教育厅。",
        "协调委办公室设在民航总局，负责日常工作。",
        "办公室设在省厅。",
        "各有关部门要加强协调。",
    ]
    files = sorted(CORPUS.glob("*/docs/*.txt"))[:150]
    return made + [read_document(str(p)).text for p in files]


def test_adhoc_full_names_as_before() -> None:
    texts = _texts()
    assert [wo.adhoc_full_names(t) for t in texts] == [_old_adhoc_full_names(t) for t in texts]
    assert wo.adhoc_full_names(texts[1]) == {"办公室": "协调委办公室"}


def _old_written_out(mention: str, adhoc: dict[str, str]) -> str | None:
    if mention in adhoc:
        return adhoc[mention]
    if wo.is_adhoc(mention):
        short = next((s for s in sorted(adhoc, key=len, reverse=True) if mention.startswith(s)), None)
        return None if short is None else adhoc[short] + mention[len(short) :]
    units = rules()["prose"]["units"]
    if wo._township().match(mention):
        return None
    if wo.named_in_full(mention, tuple(units["place_levels"])) and mention not in units["place_not_alone"]:
        return mention + rules()["scope"]["place_government"]
    return None


@pytest.mark.parametrize("mention", ["北京市", "河北省", "大溪镇", "省财政厅", "联席会议办公室", "济南市", "历城区", " 省商务厅（局）"])
def test_written_out_and_normalized_names_remembered_as_computed(mention: str) -> None:
    for adhoc in ({}, {"联席会议": "国务院职业教育工作部际联席会议"}):
        assert wo.written_out(mention, adhoc) == _old_written_out(mention, adhoc)
        assert wo.written_out(mention, adhoc) == _old_written_out(mention, adhoc)  # remembered
    assert normalize_mention(mention) == normalize_mention.__wrapped__(mention)


def _old_successions(dept_id: str) -> list[tuple[int, str]]:
    d = registry().get(dept_id)
    start = d.valid_from if d and d.valid_from else 1949
    out: list[tuple[int, str]] = []
    current = dept_id
    for year in range(start, LAST_YEAR + 1):
        nxt = successor(dept_id, year)
        if nxt != current:
            out.append((year, nxt))
            current = nxt
    return out


def test_successions_remembered_as_computed() -> None:
    ids = [d.id for d in registry().all()][:400]
    assert any(_old_successions(i) for i in ids)  # some bodies were reformed
    for i in ids:
        assert list(_successions(registry(), i)) == _old_successions(i)
        assert list(_successions(registry(), i)) == _old_successions(i)
    orgs = ["https://w3id.org/policykg/org/" + i for i in ids]
    first = registry_lines(orgs)
    _successions_in.cache_clear()
    assert registry_lines(orgs) == first


def test_a_documents_lines_do_not_depend_on_what_was_built_before() -> None:
    files = sorted(CORPUS.glob("*/docs/*.txt"))[:40]
    exs = [extract(read_document(str(p))) for p in files]
    build._body.cache_clear()
    forward = [build.extraction_lines(ex, default_resolver()) for ex in exs]
    build._body.cache_clear()
    backward = [build.extraction_lines(ex, default_resolver()) for ex in reversed(exs)][::-1]
    assert forward == backward
    assert build._body.cache_info().hits > 0  # bodies named in several documents were made once


LISTS = ["省财政厅、省商务厅", "各市、县（市、区）人民政府", "民政、公安、人民银行等部门", "省发展改革委和省科技厅",
         "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门", "科技部等有关部门", "有关行业协会（以下简称行业协会）",
         "、省财政厅", "省财政厅、", "各地（市）行政公署、人民政府", "工业和信息化、公安、市场监管部门", "各县（市、区）", ""]


@pytest.mark.parametrize("strict", [False, True])
def test_a_list_read_once_is_the_list_read_where_it_is(strict: bool) -> None:
    from graph.extract.prose_lists import _listed, _unit_list
    from graph.extract.prose_units import _split_list

    _listed.cache_clear()
    for text in LISTS:
        for base in (0, 7, 1234):
            assert _unit_list(text, base, strict) == _split_list(text, base, strict)
            assert _unit_list(text, base, strict) == _split_list(text, base, strict)  # remembered
    assert _listed.cache_info().hits > 0


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(text=st.text(alphabet="省市县各财政厅商务局等和及与、（）部门有关单位政府", max_size=16), base=st.integers(0, 5000))
def test_any_list_read_once_is_the_list_read_where_it_is(text: str, base: int) -> None:
    from graph.extract.prose_lists import _unit_list
    from graph.extract.prose_units import _split_list

    assert _unit_list(text, base, False) == _split_list(text, base, False)
    assert _unit_list(text, base, True) == _split_list(text, base, True)
