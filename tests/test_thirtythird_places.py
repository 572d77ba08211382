"""Causes found by the thirty-third made set (tests/made_gold/places33, first run on branch newplaces at
ea3a068): 国家电网's office of a county named by the company's short name and its place (国网冠县供电公司要…)
was not read as the subject of a sentence in running text (in a clause it was); places34 (first run at 2fe9d85):
a body after a county-level division's full name (化州市人民医院要…) was not read there either.
The places here are not those of the made documents (docs/made-eval.md, places33: 四平市, 贺州市八步区,
宜春市, 冠县; places34: 驻马店市, 隆回县, 蒲城县, 化州市)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def test_a_state_grid_office_in_running_text() -> None:
    text = ("三、保障措施\n国网沛县供电公司要加快农田机井通电工程建设。国网湘西供电公司要做好电力保障。"
            "县供电公司要做好配套电网建设。")
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("国网沛县供电公司", "responsible")], [("国网湘西供电公司", "responsible")], [("县供电公司", "responsible")]]


def test_no_subject_from_other_names_opening_with_guowang() -> None:
    # 国网 opens no verb phrase, and a name of the company that is no office (国网公司) is unchanged
    text = "三、保障措施\n要积极对接国网公司争取项目支持。"
    assert [[a.mention for a in t.assignees] for t in prose_tasks(text)] == []


def test_a_body_after_a_county_level_divisions_full_name_in_running_text() -> None:
    text = ("三、保障措施\n信宜市人民医院要开展临床应用研究。邵东市中医医院要做好保障。"
            "澄城县财政局要统筹安排资金。长安区人民医院要做好对口帮扶。")
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("信宜市人民医院", "responsible")], [("邵东市中医医院", "responsible")],
        [("澄城县财政局", "responsible")], [("长安区人民医院", "responsible")]]


def test_no_subject_from_a_county_as_an_object_or_by_its_short_name() -> None:
    # a county's hospital as the object of a duty gives no subject; 信宜 alone (its short name) opens no name
    text = "三、保障措施\n支持信宜市人民医院建设胸痛中心。信宜医疗服务水平要稳步提升。"
    assert [[a.mention for a in t.assignees] for t in prose_tasks(text)] == []
