"""Causes found by the made sets places114–116 (tests/made_gold/places114 … places116: places renamed, merged or raised across
the years, read before and after; first run at b1f9323). The places here are not those of the made documents.

- a place's name or level that changed is a dated row of ``graph/data/place_changes.csv`` (valid_from, valid_to): a row the
  division list lacks is added (a prefecture renamed under the same code, 襄樊市 until 2010; its districts under the old city's
  name), one it holds is dated (日喀则地区 until 2014, the prefecture-level 日喀则市 from 2014);
- the document's place is the division that bore its issuer's name in the document's year (吐鲁番市 in 2013: the county-level
  city of 吐鲁番地区; in 2018 the prefecture-level city), so the two are two nodes;
- in a document of a dated former place, a name shared by a former and a current division is the former one (樊城区 in a
  襄樊市 notice: 襄樊市樊城区), and a dated former autonomous county is found by its short name (普洱县);
- a templated body of a place that had ended takes no later reform, but goes on as the same body of the place that followed
  at its level (襄樊市's bodies as 襄阳市's from 2010, a 地区's as its city's), read by the ``*-as-of`` queries.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.departments.jurisdiction import document_jurisdiction
from graph.departments.places import Places, places
from graph.resolve import _resolve_packaged


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("places114")
    body = ("一、主要任务\n（一）推进垃圾处理。（市发改委牵头，市环保局配合）\n（二）开展卫生整治。（鄯善县人民政府负责）\n"
            "二、保障措施\n市财政局要落实资金。")
    docs = [
        write_notice(folder, "a_county_city", "吐鲁番市人民政府办公室", "2013年4月2日", body),  # inside 吐鲁番地区
        write_notice(folder, "b_prefecture", "吐鲁番市人民政府办公室", "2018年4月2日", body),  # the prefecture-level city
        write_notice(folder, "c_diqu", "那曲地区行政公署办公室", "2016年5月3日",
                     "一、主要任务\n（一）推进垃圾处理。（地区发改委牵头，那曲县人民政府配合）"),
        write_notice(folder, "d_shi", "那曲市人民政府办公室", "2021年5月3日",
                     "一、主要任务\n（一）推进垃圾处理。（市发展改革委牵头，色尼区人民政府配合）"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def _got(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(Path(s).stem, m, d) for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}


def test_a_place_read_as_it_was_in_the_documents_year(built: pd.DataFrame) -> None:
    got = _got(built)
    assert ("a_county_city", "市发改委", "吐鲁番市发展和改革委员会") in got
    assert ("b_prefecture", "市发改委", "吐鲁番市发展和改革委员会") in got
    assert ("a_county_city", "鄯善县人民政府", "鄯善县人民政府") in got
    assert ("c_diqu", "地区发改委", "那曲地区发展和改革委员会") in got
    assert ("c_diqu", "那曲县人民政府", "那曲县人民政府") in got  # the county before it became 色尼区
    assert ("d_shi", "市发展改革委", "那曲市发展和改革委员会") in got
    assert ("d_shi", "色尼区人民政府", "那曲市色尼区人民政府") in got


@pytest.mark.parametrize(("issuer", "year", "code"), [
    ("吐鲁番市人民政府办公室", 2013, "652101"),  # the county-level city (until 2015)
    ("吐鲁番市人民政府办公室", 2018, "650400"),
    ("哈密市人民政府办公室", 2014, "652201"),
    ("哈密市人民政府办公室", 2020, "650500"),
    ("吐鲁番市人民政府办公室", None, "650400"),  # no year: today's division, as before
    ("济南市人民政府办公厅", 2005, "370100"),  # a place that never changed
])
def test_the_issuers_place_in_its_year(issuer: str, year: int | None, code: str) -> None:
    assert document_jurisdiction(issuer, None, None, "", year)[0] == code


def test_two_levels_of_one_name_are_two_nodes() -> None:
    before = _resolve_packaged("市发改委", document_jurisdiction("吐鲁番市人民政府办公室", None, None, "", 2013)[0], 2013)
    after = _resolve_packaged("市发改委", document_jurisdiction("吐鲁番市人民政府办公室", None, None, "", 2018)[0], 2018)
    assert before.canonical == after.canonical == "吐鲁番市发展和改革委员会"
    assert before.department_id != after.department_id


_TABLE = """code,name,level,parent,province,status,successor
420000,湖北省,province,,HB,current,
420600,襄阳市,prefecture,420000,HB,current,
420606,樊城区,county,420600,HB,current,
"""
_CHANGES = """code,name,level,parent,province,successor,valid_from,valid_to,source
420600,襄樊市,prefecture,420000,HB,420600,,2010-12,renamed
420606,樊城区,county,420600,HB,420606,,2010-12,its city renamed
420600,襄阳市,prefecture,420000,HB,,2010-12,,the former 襄樊市
"""


def test_a_rename_under_the_same_code() -> None:
    where = Places.from_csv(_TABLE, _CHANGES)
    old, new = sorted((p for p in where.all() if p.code == "420600"), key=lambda p: p.until, reverse=True)
    assert (old.name, old.until, where.key(old)) == ("襄樊市", 2010, "420600f1")
    assert (new.name, new.since, where.key(new)) == ("襄阳市", 2010, "420600")
    districts = {where.body_prefix(p) for p in where.named("樊城区")}
    assert districts == {"襄樊市樊城区", "襄阳市樊城区"}  # the district's seal before and after its city's renaming
    # a name no other division bore stays its division in any year (as_of goes by name, not by code)
    assert where.as_of(new, 2006) is new and where.as_of(old, 2020) is old


def test_the_shipped_changes_are_well_formed() -> None:
    dated = [p for p in places().all() if p.since or p.until]
    assert len(dated) >= 30
    for p in dated:
        assert not (p.since and p.until) or p.since <= p.until
        assert p.status == ("former" if p.until else "current")
        assert not p.successor or places().get(p.successor) is not None


def test_no_reform_after_a_place_ended() -> None:
    from graph.departments.catalogue import successor

    # 富阳市 (until 2014) had no 2019 reform: its 工商局 is its own successor (a county-level city that became a district is
    # not carried on: below); 襄樊市 (until 2010) neither, its 工商局 went on as 襄阳市's, which the 2019 reform ended
    assert successor("d330183-aic", 2021) == "d330183-aic"
    assert successor("d420600f1-aic", 2021) == "d420600-amr"
    # a place that ended after a reform keeps it (莱芜市 until 2019: its bodies' 2019 reform stands)
    assert successor("d371200-qts", 2019) == "d371200-amr"


@pytest.mark.parametrize(("body", "year", "after"), [
    ("d420600f1-ndrc", 2009, "d420600f1-ndrc"),
    ("d420600f1-ndrc", 2011, "d420600-ndrc"),  # 襄樊市's 发改委 goes on as 襄阳市's (renamed, same level)
    ("d542300-hfpc", 2015, "d540200-hfpc"),  # a 地区 raised to a city: its 卫计委 the city's, then the 2019 reform
    ("d542300-hfpc", 2020, "d540200-health"),
    ("d420606f1-gov", 2011, "d420606-gov"),  # its district too (the same code: 襄樊市樊城区 → 襄阳市樊城区)
    ("d341400-ndrc", 2016, "d341400-ndrc"),  # 巢湖's prefecture abolished: no body of another level carries it on
    ("d330183-ndrc", 2016, "d330183-ndrc"),  # 富阳市 became a district: none either
])
def test_a_renamed_or_raised_places_bodies_go_on(body: str, year: int, after: str) -> None:
    from graph.departments.catalogue import successor

    assert successor(body, year) == after
