"""Round fifteen of the documents we wrote (tests/made_gold/forms15, docs/made-eval-forms.md "Round fifteen"):
the causes of its first-run misses, each tried on sentences of our own, and the round itself kept read."""

from __future__ import annotations

from pathlib import Path

from test_eval_levels import _scores

from graph.extract.prose import prose_tasks
from graph.extract.prose_units import is_subject_unit
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize

MADE = Path(__file__).resolve().parent / "made_gold"


def _tasks(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in extract_tasks(normalize(text))]


def _prose(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_two_bracketed_labels_on_one_line_are_two_fields() -> None:
    text = ("二、主要任务\n（一）推进养老服务设施建设。新建一批社区嵌入式养老服务设施。\n"
            "【牵头单位】县民政局【配合单位】县财政局、县卫生健康局，各乡镇人民政府\n"
            "（二）发展银发经济。培育一批养老服务企业。\n"
            "[责任单位]县发展改革局[协办单位]县商务局\n")
    assert _tasks(text) == [
        [("县民政局", "lead", False), ("县财政局", "support", False), ("县卫生健康局", "support", False),
         ("各乡镇人民政府", "support", True)],
        [("县发展改革局", "responsible", False), ("县商务局", "support", False)],
    ]


def test_a_role_in_square_brackets_after_a_name_stays_a_role() -> None:
    # (not a second label: a separator, not a name, follows it)
    text = "（一）推进养老服务设施建设。新建一批养老服务设施。（责任单位：县民政局【牵头】、县财政局）\n"
    assert _tasks(text) == [[("县民政局", "lead", False), ("县财政局", "responsible", False)]]


def test_a_body_named_after_a_prefecture_city_is_a_subject() -> None:
    # a customs office named after its port or district is a body (黄埔海关 is Guangzhou's 黄埔 customs district; rounds
    # 149-154 read 南坪海关 so: test_forms149_causes)
    assert is_subject_unit("黄埔海关") == (True, False)
    assert is_subject_unit("汕头海关") == (True, False)
    assert is_subject_unit("佛山市商务局") == (True, False)
    assert is_subject_unit("汕头等城市")[0] is False
    assert is_subject_unit("杭州亚运会")[0] is False  # an event named after its city ([prose.units] city_not_tails)
    assert _prose("二、办好赛事。杭州亚运会将于9月举办。\n") == []
    text = ("一、提升通关效率。汕头海关负责推进“提前申报”改革。\n"
            "二、稳住外贸企业。市商务局要会同汕头海关建立重点企业联系制度。\n")
    assert _prose(text) == [[("汕头海关", "responsible")], [("市商务局", "lead"), ("汕头海关", "support")]]


def test_a_national_companys_branch_is_a_subject() -> None:
    text = ("三、加强金融支持。中国人民财产保险股份有限公司湖南省分公司要扩大农业保险覆盖面；"
            "中国农业发展银行湖南省分行要加大信贷投放。\n")
    assert _prose(text) == [[("中国人民财产保险股份有限公司湖南省分公司", "responsible")],
                            [("中国农业发展银行湖南省分行", "responsible")]]


def test_round_twelve_stays_read(shared: Path, tmp_path: Path) -> None:
    gold = MADE / "forms15"
    rows = _scores(shared, gold, gold / "docs", tmp_path / "out")
    assert rows["assignments, named units only"] == 1.0
    assert rows["tasks found (source, path, start)"] == 1.0
    assert {name: f1 for name, f1 in rows.items() if f1 < 1.0} == {}
