"""Causes found by rounds 161-163's first run (docs/made-eval-forms.md "Rounds 161–163"), each on inputs of our own:

- the enclosed labels a Word user types for （一）, （1）, 1. (㈠ ⑴ ⒈) opened no numbered unit: paths and task texts were
  the section's;
- a bare list in 〔〕 (【】, []) closing an item (``〔食品生产科〕``) was no clause, as a bare list in （） is;
- a bare list with a deadline after its units (``（X、Y，长期）``, ``（X，2025年底前）``) was no clause;
- ``各中小学校、幼儿园`` in a clause was no mention (the kind after the collective read alone);
- ``责任子公司：`` was no label; ``Y监督`` closing a clause no role; ``社会和法制委员会`` split at 和.
"""

from __future__ import annotations

from graph.extract import extract
from graph.ingest import document_from_bytes


def _tasks(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    return [("/".join(t.path), ex.document.text[t.text_span.start : t.text_span.start + 6],
             [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form != "prose"]


def test_enclosed_labels_open_numbered_units() -> None:
    text = ("一、压实责任\n㈠落实巡河制度。（镇河长办负责）\n㈡建立通报制度。（镇党政办负责）\n"
            "二、开学准备\n⑴完成设备检修。（责任科室：计划财务科）\n⑵做好学籍注册。（责任科室：基础教育科）\n"
            "三、其他\n⒈开展安全检查。（人事科负责）\n")
    assert _tasks(text) == [("一/一", "落实巡河制度", [("镇河长办", "responsible")]),
                            ("一/二", "建立通报制度", [("镇党政办", "responsible")]),
                            ("二/1", "完成设备检修", [("计划财务科", "responsible")]),
                            ("二/2", "做好学籍注册", [("基础教育科", "responsible")]),
                            ("三/1", "开展安全检查", [("人事科", "responsible")])]


def test_a_bare_list_in_square_brackets_is_a_clause() -> None:
    text = "三、强化抽查\n（一）食品生产企业抽查。〔食品生产科〕\n（二）特种设备抽查。【特种设备安全监察科、市特种设备检验所】\n"
    assert _tasks(text) == [("三/一", "食品生产企业", [("食品生产科", "responsible")]),
                            ("三/二", "特种设备抽查", [("特种设备安全监察科", "responsible"),
                                                     ("市特种设备检验所", "responsible")])]


def test_a_heading_in_square_brackets_is_no_clause() -> None:
    # guard: a bracketed heading on its own line names no unit
    assert _tasks("一、目标\n【工作目标】\n到2025年完成改造。\n") == []


def test_a_bare_list_with_a_deadline_after_its_units() -> None:
    text = ("三、保障供热用煤。督促做好燃煤储备。（县发展改革委、县工业和信息化局，长期）\n"
            "四、用能保障。做好节能审查。（省发改委，2025年底前）\n")
    assert _tasks(text) == [("三", "保障供热用煤", [("县发展改革委", "responsible"), ("县工业和信息化局", "responsible")]),
                            ("四", "用能保障。做", [("省发改委", "responsible")])]


def test_a_deadline_alone_is_no_clause() -> None:
    # guard: a bracket of times names nobody
    assert _tasks("三、推进改造。完成管网改造（2025年，长期）。\n") == []


def test_schools_and_kindergartens_are_one_collective() -> None:
    text = "四、落实资助政策。做好资助工作。（学生资助管理中心负责，各中小学校、幼儿园具体落实）\n"
    assert _tasks(text) == [("四", "落实资助政策", [("学生资助管理中心", "responsible"), ("各中小学校、幼儿园", "responsible")])]


def test_a_subsidiaries_label_and_a_unit_that_oversees() -> None:
    text = ("二、强化管控\n（四）加强管网监测。（责任部门：运营管理部；责任子公司：某某市燃气有限公司）\n"
            "（五）做好用户服务。开通热线。（供热企业负责，县住房城乡建设局监督）\n")
    assert _tasks(text) == [("二/四", "加强管网监测", [("运营管理部", "responsible"), ("某某市燃气有限公司", "responsible")]),
                            ("二/五", "做好用户服务", [("供热企业", "responsible"), ("县住房城乡建设局", "guide")])]


def test_a_committee_whose_name_holds_and() -> None:
    text = "一、督办\n（一）关于发展银发经济的提案\n督办专委会：社会和法制委员会\n主办单位：市民政局\n"
    assert _tasks(text) == [("一/一", "关于发展银发", [("社会和法制委员会", "guide"), ("市民政局", "responsible")])]
