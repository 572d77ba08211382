"""Causes found by the first runs of rounds 113–120 and prose round 6 (docs/made-eval-forms.md "Rounds 113–120 and
prose round 6"), on sentences of our own: a place's standard body printed bare in its own minutes (财政局要…), a zone's
or a new area's own bodies after its short name (开发区国投公司, 新区人才工作局), a bureau named by its field (经济发展局), the
Corps' regiments as a collective (各团要…), a collective named by its field label (各推进单位), partners of the same level
(会同同级有关部门), 按照职责分工密切配合 (support), the past opened by 过去一年, 由项目办牵头, …工作由X承担; a page's title before a
block of labelled data and its 文号 in that block. The guards must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_file
from graph.extract.prose import prose_tasks
from graph.model import DocMeta

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a place's standard bodies printed without the place, in its own minutes or speech
    ("请财政局按程序落实建设资金，规划建设局负责项目建设管理。", [[("财政局", "responsible", False), ("规划建设局", "responsible", False)]]),
    ("由应急管理局牵头，市场监管局、消防救援大队配合，开展专项检查。",
     [[("应急管理局", "lead", False), ("市场监管局", "support", False), ("消防救援大队", "support", False)]]),
    ("会议要求，经济发展局要会同规划建设局、自然资源分局，建立推进机制。",
     [[("经济发展局", "lead", False), ("规划建设局", "support", False), ("自然资源分局", "support", False)]]),
    ("教育局要加强校园安全管理。", [[("教育局", "responsible", False)]]),
])
def test_a_standard_body_printed_bare_is_a_subject(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("会议明确，人才公寓运营管理工作由开发区国投公司承担。", [[("开发区国投公司", "responsible", False)]]),
    ("新区人才工作局要会同新区财政局开展评估。", [[("新区人才工作局", "lead", False), ("新区财政局", "support", False)]]),
    ("高新区科技创新局负责组织项目申报。", [[("高新区科技创新局", "responsible", False)]]),
])
def test_a_zones_own_body_after_its_short_name_is_a_subject(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("各团要强化用地、用水等要素保障。", [[("各团", "responsible", True)]]),
    ("各团（镇）要落实主体责任，师市农业农村局负责做好政策宣传。",
     [[("各团（镇）", "responsible", True), ("师市农业农村局", "responsible", False)]]),
    ("投资科要会同各团建立重大项目储备库。", [[("投资科", "lead", False), ("各团", "support", True)]]),
    ("体改科负责，各团配合。", [[("体改科", "responsible", False), ("各团", "support", True)]]),
])
def test_the_corps_regiments_are_a_collective(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("由项目办牵头，每月开展一次重点项目调度。", [[("项目办", "lead", False)]]),
    ("由市政府督办，各县要按期完成整改。", [[("各县", "responsible", True)]]),  # 督办 a verb: no office
])
def test_an_office_by_its_short_name(text: str, expected: Read) -> None:
    assert _read(text) == expected


def test_a_collective_named_by_its_field_label() -> None:
    assert _read("各推进单位要按月报送工作进展。") == [[("各推进单位", "responsible", True)]]


@pytest.mark.parametrize(("text", "expected"), [
    ("各省级住房和城乡建设部门要会同同级有关部门完成规划编制。",
     [[("各省级住房和城乡建设部门", "lead", True), ("同级有关部门", "support", True)]]),
    ("各级退役军人事务部门要会同同级人力资源社会保障部门、教育部门建立协调机制。",
     [[("各级退役军人事务部门", "lead", True), ("同级人力资源社会保障部门", "support", True), ("教育部门", "support", True)]]),
    # sector words after 同级 before one head: one collective (as before)
    ("由地方各级宣传部门会同同级财政、税务部门确定名单。", [[("地方各级宣传部门", "lead", True), ("同级财政、税务部门", "support", True)]]),
])
def test_partners_of_the_same_level(text: str, expected: Read) -> None:
    assert _read(text) == expected


def test_by_duties_then_a_word_of_support_is_support() -> None:
    assert _read("市商务局要牵头建立联席会议制度，市直各有关部门要按照职责分工密切配合。") == [
        [("市商务局", "lead", False), ("市直各有关部门", "support", True)]]


@pytest.mark.parametrize("text", [
    "过去一年，县农业农村局会同各乡镇扎实推进高标准农田建设。",
    "去年，市商务局会同市财政局开展了促消费活动。",
])
def test_the_past_opened_by_a_time_word_is_no_task(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize("text", [
    "新发展格局要求各地加快转型。",  # 格局 ends with 局: no bureau
    "同级财政要给予支持。",  # a bare sector after 同级 is no body
    "本措施由区商务局负责解释。",  # who interprets the document: no task (docs/readings.md)
    "所需工作经费由县财政局承担。",  # who pays: the topic is money
    "项目建设的相关费用由县财政局承担。",
])
def test_guards(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("各部门要按照职责分工，抓好落实。", [[("各部门", "responsible", True)]]),  # 按照职责分工 alone stays responsible
    ("今后，县财政局要加大投入。", [[("县财政局", "responsible", False)]]),
])
def test_guards_that_stay_tasks(text: str, expected: Read) -> None:
    assert _read(text) == expected


_BODY = ("<p>各街道办事处，管委会各部门：</p><p>现将《示范区数字经济发展行动方案》印发给你们，请认真组织实施。</p>"
         "<p>一、建设算力中心。推进数据中心集群建设，提升算力供给水平。（主责单位：区经济发展局）</p>")


def _page(tmp_path: Path, head: str) -> DocMeta:
    p = tmp_path / "page.html"
    p.write_text(f'<html><head><meta charset="utf-8"><title>首页</title></head><body>{head}'
                 f'<div class="TRS_Editor">{_BODY}</div></body></html>', encoding="utf-8")
    return extract_file(p).meta


def test_a_pages_title_before_a_block_of_labelled_data(tmp_path: Path) -> None:
    meta = _page(tmp_path, '<div class="title">示范区管理委员会关于印发示范区数字经济发展行动方案的通知</div>'
                           '<div class="meta">发文机关：示范区管理委员会　发文字号：示管发〔2024〕8号　成文日期：2024年06月18日</div>')
    assert meta.title == "示范区管理委员会关于印发示范区数字经济发展行动方案的通知"
    assert meta.doc_number == "示管发〔2024〕8号"


def test_a_doc_number_in_a_pages_info_line(tmp_path: Path) -> None:
    meta = _page(tmp_path, '<h2>示范区管理委员会关于印发示范区数字经济发展行动方案的通知</h2>'
                           '<div class="info">索引号：000014348/2024-00031　发文字号：示管发〔2024〕11号　发布日期：2024-04-28</div>')
    assert meta.title == "示范区管理委员会关于印发示范区数字经济发展行动方案的通知"
    assert meta.doc_number == "示管发〔2024〕11号"


def test_no_doc_number_without_its_label(tmp_path: Path) -> None:
    meta = _page(tmp_path, '<div class="info">索引号：000014348/2024-00031　发布日期：2024-04-28</div>')
    assert meta.doc_number is None
