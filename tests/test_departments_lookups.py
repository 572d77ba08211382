"""Department resolution by precomputed lookups: each fast path agrees with the plain definition it
replaces, and the department modules import each other without a cycle."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from graph.departments import is_generic, normalize_mention, resolve
from graph.departments.bodies import bodies
from graph.departments.local import _parse, parse_mention
from graph.departments.places import Places, places

PKG = Path(__file__).resolve().parents[1] / "graph" / "departments"


def _plain_prefixes(where: Places, text: str) -> list[tuple[str, tuple[object, ...]]]:
    """Every length from the longest name down to 2, looked up one by one (the old definition)."""
    longest = max(len(p.name) for p in where.all()) + 2
    out = []
    for n in range(min(longest, len(text)), 1, -1):
        found = where.named(text[:n])
        if found:
            out.append((text[:n], found))
    return out


def test_place_prefixes_agree_with_the_plain_scan() -> None:
    where = places()
    rnd = random.Random(3)
    names = sorted({p.name for p in where.all()})
    texts = [n + tail for n in names for tail in ("发展改革委", "")] + ["济南市历下区财政局", "山东省济南市发改委", "国务院办公厅",
                                                                      "内蒙古自治区呼和浩特市教育局", "延边州民政局", "财", ""]
    texts += ["".join(rnd.choice(names)[: rnd.randint(1, 4)] for _ in range(3)) for _ in range(2000)]
    for text in texts:
        assert where.prefixes(text) == _plain_prefixes(where, text), text


@pytest.mark.parametrize("key", ["市发展改革委", "省委组织部", "团市委", "济南市发改委", "国家税务总局山东省税务局", "人行济南分行",
                                 "科技厅", "中共山东省委宣传部", "共青团济南市委员会", "某某协调办公室"])
@pytest.mark.parametrize("code", [None, "370100", "370102", "370000", "310114"])
def test_remembered_parse_is_the_parse(key: str, code: str | None) -> None:
    doc = places().get(code) if code else None
    assert parse_mention(key, doc) == _parse(key, doc, places(), bodies())
    # explicit tables take the same path without the memo
    assert parse_mention(key, doc, where=places(), kinds=bodies()) == parse_mention(key, doc)


@pytest.mark.parametrize("mention", ["有关部门", "各市、县（区）政府", "各有关单位", "国务院办公厅", "省发展改革委", "各 有关部门",
                                     "试点城市政府", "省商务厅（牵头）", "市、县人民政府", "相关企业"])
def test_generic_test_is_the_extractor_s(mention: str) -> None:
    from graph.extract.responsibility import is_generic as extractor_test

    assert is_generic(mention) == (extractor_test(mention) or extractor_test(normalize_mention(mention)))


def test_resolution_is_the_same_cold_and_remembered() -> None:
    cases = [("省商务厅", "AH", 2016), ("市发展改革委", "370100", 2021), ("省财政厅", "370200", 2021),
             ("发展改革委", "CN", 2019), ("县财政局", "370102", 2020), ("某某协调办公室", "CN", None)]
    first = [resolve(m, jurisdiction=j, year=y) for m, j, y in cases]
    again = [resolve(m, jurisdiction=j, year=y) for m, j, y in cases]
    assert first == again
    assert [r.canonical for r in first[:3]] == ["安徽省商务厅", "济南市发展和改革委员会", "山东省财政厅"]


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            out.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level >= 2:
            out.add(".." + (node.module or ""))
    return out


def test_department_modules_do_not_import_the_extractor() -> None:
    graph = {p.stem: _imports(p) for p in PKG.glob("*.py")}
    assert not any(dep.startswith("..extract") for deps in graph.values() for dep in deps)


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("军委科技委", "中央军事委员会科学技术委员会"),
        ("中央军委训练管理部", "中央军事委员会训练管理部"),
        ("军委审计署", "中央军事委员会审计署"),
        ("军委装备发展部", "中央军事委员会装备发展部"),
    ],
)
def test_the_organs_of_the_central_military_commission(mention: str, canonical: str) -> None:
    """The 15 organs the 2016 reform gave the Central Military Commission (co-issuers of central
    notices on civil-military matters), by their short forms."""
    assert resolve(mention, jurisdiction="CN", year=2018).canonical == canonical
    assert resolve(mention, jurisdiction="CN", year=2018).department_id
