"""Leftovers of the forms rounds (issue #13, stop 30's closing note "Left"), each on a small document of our own:

- a table cell wrapped over lines whose short tail reads as a unit's name (…中国国际进⏎口博览会, 市交通运⏎输局): the tail
  joins the cell before it (``[tables.cells.wrap_tail]``);
"""

from __future__ import annotations

from pathlib import Path

import graph


def _rows(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    ex = graph.extract_file(path)
    text = ex.document.text
    return [("".join(text[t.text_span.start : t.text_span.end].split())[:12], [(a.mention, a.role) for a in t.assignees])
            for t in ex.tasks if t.form == "table"]


_HEAD = """南通市商务局关于印发《南通市参加第七届中国国际进口博览会工作方案》的通知
通商发〔2024〕41号
各县（市、区）商务主管部门，市各有关单位：
现将《南通市参加第七届中国国际进口博览会工作方案》印发给你们，请认真抓好落实。
南通市商务局
2024年8月20日
一、工作目标
组织全市企业积极参加第七届中国国际进口博览会，扩大优质商品和服务进口。
二、任务分工
"""

# a one-cell-per-line table copied out of a PDF: the task cells wrap at 16 characters, the units cells at 6
_NUMBERED = _HEAD + """序号
工作任务
牵头单位
配合单位
完成时限
1
组织全市重点采购商参加第七届中国国际进
口博览会
市商务局
各县（市、区）人民政府
2024年11月
2
做好参会人员往返交通和车辆通行安全保
障
市交通运
输局
市公安局
2024年11月
3
开展进口商品“南通行”展销活动
市商务局
市市场监管局、市文广旅
局
2024年12月
"""

_PLAIN = """宜昌市人民政府办公室关于印发宜昌市促进会展业高质量发展实施方案的通知
宜府办发〔2023〕17号
各县市区人民政府，宜昌高新区管委会，市政府各部门：
《宜昌市促进会展业高质量发展实施方案》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。
宜昌市人民政府办公室
2023年6月9日
一、重点任务
工作任务
牵头单位
配合单位
引进培育品牌展会，支持举办三峡国际茶博
会
市文化和旅游局
市贸促会
建设三峡国际会展中心配套交通设施，优化公交
线路
市交通运
输局
市城管执法委
完善会展业统计制度，定期发布行业数据
市统计局
市商务局
二、保障措施
加强组织领导，定期调度各项任务进展。
"""


def test_a_wrapped_cells_tail_that_reads_as_a_name_joins_its_cell(tmp_path: Path) -> None:
    doc = tmp_path / "nantong.txt"
    doc.write_text(_NUMBERED, encoding="utf-8")
    assert _rows(doc) == [
        ("组织全市重点采购商参加第", [("市商务局", "lead"), ("各县（市、区）人民政府", "support")]),
        ("做好参会人员往返交通和车", [("市交通运输局", "lead"), ("市公安局", "support")]),
        ("开展进口商品“南通行”展", [("市商务局", "lead"), ("市市场监管局", "support"), ("市文广旅局", "support")]),
    ]


def test_a_wrapped_tail_in_a_table_without_numbers(tmp_path: Path) -> None:
    doc = tmp_path / "yichang.txt"
    doc.write_text(_PLAIN.replace("茶博\n会", "旅游博\n览会"), encoding="utf-8")
    want = [[("市文化和旅游局", "lead"), ("市贸促会", "support")], [("市交通运输局", "lead"), ("市城管执法委", "support")],
            [("市统计局", "lead"), ("市商务局", "support")]]
    assert [a for _, a in _rows(doc)] == want
    doc.write_text(_PLAIN, encoding="utf-8")
    assert [a for _, a in _rows(doc)] == want


def test_short_complete_names_are_no_tails() -> None:
    from graph.extract.name_words import is_wrap_tail

    assert [is_wrap_tail(s) for s in ("博会", "览会", "输局", "口博览会")] == [True] * 4
    assert not any(is_wrap_tail(s) for s in ("财务处", "团市委", "乔李镇", "湛江海关", "宁波大学", "市统计局", "县委办"))
