"""Causes found by rounds 164-166's first run (docs/made-eval-forms.md "Rounds 164–166"), each on inputs of our own:

- a body named by a prefecture's short name opening with 和 (``和田职业技术学院``) after ``，`` lost its 和 (read as the
  list joiner);
- ``建设和交通局`` (a 开发区's bureau) was no unit (建设 read as the verb opening a phrase), so a table's units cell holding
  it gave no row;
- ``新（改）建`` was no target cue (``新（改）建农村卫生厕所1200户``).
"""

from __future__ import annotations

from graph.extract import extract
from graph.ingest import document_from_bytes


def _tasks(text: str, name: str = "t.txt") -> list[tuple[str, list[tuple[str, str]]]]:
    ex = extract(document_from_bytes(text.encode("utf-8"), name))
    return [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form != "prose"]


def test_a_body_named_by_a_prefecture_opening_with_a_joiner_s_character() -> None:
    text = "二、任务\n（二）强化技术服务。开展技术培训。（地区林草局负责，和田职业技术学院、地区农科所参与）\n"
    assert _tasks(text) == [("二/二", [("地区林草局", "responsible"), ("和田职业技术学院", "support"),
                                       ("地区农科所", "support")])]


def test_a_joiner_before_a_unit_is_still_a_joiner() -> None:
    # guards: 和 joining two units, 和 before a name that opens with no place's name
    assert _tasks("一、任务\n1.做好培训。（县教育局和县人社局负责）\n") == [
        ("一/1", [("县教育局", "responsible"), ("县人社局", "responsible")])]
    assert _tasks("一、任务\n1.做好田间管理。（县农业农村局负责，县气象局配合）\n") == [
        ("一/1", [("县农业农村局", "responsible"), ("县气象局", "support")])]


def test_a_bureau_named_construction_and_transport_is_a_unit_in_a_table() -> None:
    page = ("<html><body><p>一、项目推进表</p><table>"
            "<tr><td>序号</td><td>项目名称</td><td>责任领导</td><td>责任单位</td><td>完成时限</td></tr>"
            "<tr><td>1</td><td>储能电站项目</td><td>王某某</td><td>能源管理局</td><td>2025年6月</td></tr>"
            "<tr><td>2</td><td>污水处理厂扩建项目</td><td>赵某某</td><td>生态环境局、建设和交通局</td><td>2025年11月</td></tr>"
            "</table></body></html>")
    assert _tasks(page, "t.html") == [("一", [("能源管理局", "responsible")]),
                                      ("一", [("生态环境局", "responsible"), ("建设和交通局", "responsible")])]


def test_building_as_a_verb_still_opens_no_unit() -> None:
    # guard: 建设和完善… is work, not a body
    assert _tasks("一、任务\n1.建设和完善监测网络。（建设和完善监测站）\n") == []


def test_built_new_or_rebuilt_is_a_target_cue() -> None:
    text = "一、任务\n4．农村厕所革命。新（改）建农村卫生厕所1200户，开展问题厕所“回头看”。（区农业农村委负责）\n"
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    assert [(t.indicator, t.value, t.unit) for t in ex.targets] == [("农村卫生厕所", 1200, "户")]


def test_unsigned_minutes_take_issuer_date_and_number_from_their_title_and_print_line() -> None:
    text = ("贞丰县人民政府第十二次常务会议纪要\n\n〔2025〕12号\n\n　　2025年4月8日，县长主持召开县人民政府第十二次常务会议。"
            "现纪要如下：\n　　一、关于春耕生产工作\n　　会议要求，县农业农村局要加强农资市场监管。\n"
            "　　贞丰县人民政府办公室　　　　　　2025年4月9日印发\n")
    meta = extract(document_from_bytes(text.encode("utf-8"), "t.txt")).meta
    assert (meta.doc_number, meta.issuer, meta.date) == ("〔2025〕12号", "贞丰县人民政府", "2025-04-09")


def test_signed_minutes_keep_their_signature() -> None:
    # guard: minutes a body signs keep the signer and the signature's day (forms_prose7's reading)
    text = ("漠河市人民政府第十二次常务会议纪要\n\n　　2025年6月17日，市长主持召开市人民政府第十二次常务会议。\n"
            "　　一、会议要求，市应急管理局要加强督导。\n漠河市人民政府办公室\n2025年6月19日\n")
    meta = extract(document_from_bytes(text.encode("utf-8"), "t.txt")).meta
    assert (meta.doc_number, meta.issuer, meta.date) == (None, "漠河市人民政府办公室", "2025-06-19")
