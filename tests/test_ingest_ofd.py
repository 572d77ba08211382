"""OFD (GB/T 33190): text objects placed by position, read in reading order, wrapped lines joined; bad packages fail
with one clear line."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.extract import extract
from graph.ingest import iter_sources, read_document
from graph.ingest.ofd import read_ofd

NS = "http://www.ofdspec.org/2016"


def _ofd(pages: list[list[str]], shuffle: bool = True, page_loc: str = "Pages/Page_{i}/Content.xml") -> bytes:
    """An OFD whose pages hold the given text objects (XML strings), stored in a shuffled order."""
    buf = io.BytesIO()
    rng = random.Random(7)
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{NS}" Version="1.0"><ofd:DocBody><ofd:DocInfo/>'
                   '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        refs = "".join(f'<ofd:Page ID="{i}" BaseLoc="{page_loc.format(i=i)}"/>' for i in range(len(pages)))
        z.writestr("Doc_0/Document.xml", f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:PageArea>'
                   '<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>'
                   f'<ofd:Pages>{refs}</ofd:Pages></ofd:Document>')
        for i, objs in enumerate(pages):
            objs = list(objs)
            if shuffle:
                rng.shuffle(objs)
            loc = page_loc.format(i=i)
            z.writestr(loc.lstrip("/") if loc.startswith("/") else "Doc_0/" + loc, f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="1">'
                       f'{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>')
    return buf.getvalue()


def _runs(text: str, x: float, y: float, size: float = 5.0, cut: int = 3) -> list[str]:
    """A printed line cut into text objects of ``cut`` characters, each placed where its characters stand."""
    out = []
    for k in range(0, len(text), cut):
        run = text[k:k + cut]
        delta = " ".join([f"{size}"] * (len(run) - 1))
        out.append(f'<ofd:TextObject ID="{k}" Boundary="{x + k * size} {y} {len(run) * size} {size}" Size="{size}">'
                   f'<ofd:TextCode X="0" Y="{size}" DeltaX="{delta}">{run}</ofd:TextCode></ofd:TextObject>')
    return out


def _lines(lines: list[tuple[str, float]], top: float = 40.0, size: float = 5.0) -> list[str]:
    objs: list[str] = []
    for k, (text, x) in enumerate(lines):
        objs += _runs(text, x, top + k * 9, size)
    return objs


def test_lines_are_rebuilt_from_positions_whatever_the_stored_order() -> None:
    page = _lines([("一、主要任务", 35.0), ("（一）推进试点。（省商务厅负责）", 35.0), ("（二）加强监管。（省市场监管局牵头）", 35.0)])
    doc = read_ofd(_ofd([page]), "a.ofd")
    assert doc.text == "一、主要任务\n（一）推进试点。（省商务厅负责）\n（二）加强监管。（省市场监管局牵头）\n"
    assert doc.media_type == "application/ofd"


def test_wrapped_lines_join_into_one_paragraph_and_page_numbers_are_dropped() -> None:
    # text block 25..185 mm: 32 characters of 5 mm; the first line indented two characters and full
    first = "（一）推进农村厕所革命。改建农村户用卫生厕所一千二百座，同步"
    assert len(first) == 30
    page = _lines([(first, 35.0), ("完善后续管护机制。（县农业农村局牵头，县卫生健康局配合）", 25.0),
                   ("（二）治理农村生活污水。（县生态环境分局负责）", 35.0)])
    page += _runs("— 1 —", 95.0, 280.0)
    doc = read_ofd(_ofd([page]), "a.ofd")
    assert doc.text.splitlines() == [first + "完善后续管护机制。（县农业农村局牵头，县卫生健康局配合）",
                                     "（二）治理农村生活污水。（县生态环境分局负责）"]


def test_a_table_printed_in_columns_gives_tab_separated_rows() -> None:
    page = []
    for k, (serial, task, lead) in enumerate([("序号", "工作任务", "牵头单位"), ("1", "开展隐患排查整治", "县应急管理局")]):
        y = 40.0 + 9 * k
        page += _runs(serial, 25.0, y) + _runs(task, 50.0, y) + _runs(lead, 130.0, y)
    doc = read_ofd(_ofd([page]), "t.ofd")
    assert doc.text.splitlines() == ["序号\t工作任务\t牵头单位", "1\t开展隐患排查整治\t县应急管理局"]


def test_text_codes_without_deltas_and_g_runs_are_placed() -> None:
    obj = ('<ofd:TextObject ID="1" Boundary="30 40 100 6" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">'
           '县财政局</ofd:TextCode><ofd:TextCode X="20" Y="5">负责</ofd:TextCode></ofd:TextObject>')
    assert read_ofd(_ofd([[obj]]), "g.ofd").text == "县财政局负责\n"


def test_pages_named_from_an_absolute_base_loc(tmp_path: Path) -> None:
    data = _ofd([_lines([("（一）推进试点。（省商务厅负责）", 35.0)])], page_loc="/Doc_0/Pages/P{i}.xml")
    p = tmp_path / "abs.ofd"
    p.write_bytes(data)
    assert read_document(p).text == "（一）推进试点。（省商务厅负责）\n"
    assert iter_sources([tmp_path]) == [p]


def test_a_plan_in_ofd_gives_its_tasks() -> None:
    page = _lines([("某县人民政府办公室关于印发某方案的通知", 40.0), ("一、主要任务", 35.0),
                   ("（一）推进试点。（县商务局负责）", 35.0)])
    doc = extract(read_ofd(_ofd([page]), "p.ofd"))
    assert [(a.mention, a.role) for t in doc.tasks for a in t.assignees] == [("县商务局", "responsible")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"PK\x03\x04 truncated", "bad zip"),
        (_ofd([_lines([("一、任务", 35.0)])])[:300], "bad zip"),
        (_ofd([["<ofd:TextObject"]]), "not well-formed XML"),
        (_ofd([[]]), "no text"),
    ],
    ids=["empty", "truncated-header", "truncated-zip", "bad-xml", "no-text"],  # (the bytes hold a time stamp)
)
def test_bad_packages_fail_with_one_clear_line(tmp_path: Path, data: bytes, reason: str) -> None:
    p = tmp_path / "bad.ofd"
    p.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(p)
    assert reason in str(err.value) and str(p) in str(err.value) and "\n" not in str(err.value)


def test_a_package_without_doc_root_is_named() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody/></ofd:OFD>')
    with pytest.raises(InputError, match="names no DocRoot"):
        read_ofd(buf.getvalue(), "x.ofd")


def test_a_text_object_drawn_scaled_by_its_ctm_stands_where_it_is_drawn() -> None:
    # the second half of the line drawn at half size and scaled back by its CTM (as some producers write it)
    left = _runs("（一）推进试点。", 35.0, 40.0)
    right = ('<ofd:TextObject ID="9" Boundary="75 40 60 10" Size="10" CTM="0.5 0 0 0.5 0 0"><ofd:TextCode X="0" Y="10" '
             'DeltaX="g 7 10">（省商务厅负责）</ofd:TextCode></ofd:TextObject>')
    assert read_ofd(_ofd([[*left, right]]), "c.ofd").text == "（一）推进试点。（省商务厅负责）\n"


def test_a_table_row_whose_cells_wrap_is_one_row() -> None:
    # cells wrapped over two printed lines 1.3 characters apart, the one-line cells standing between them
    page = _runs("序号", 25, 40) + _runs("工作任务", 50, 40) + _runs("牵头单位", 130, 40) + _runs("配合单位", 160, 40)
    page += (_runs("1", 25, 55.25) + _runs("开展汛前隐患排查，建立", 50, 52) + _runs("问题整改台账", 50, 58.5)
             + _runs("市水务局", 130, 55.25) + _runs("市应急局、各镇", 160, 52) + _runs("（街道）", 160, 58.5))
    page += _runs("2", 25, 72) + _runs("实施病险水库除险加固", 50, 72) + _runs("市水务局", 130, 72) + _runs("市财政局", 160, 72)
    assert read_ofd(_ofd([page]), "w.ofd").text.splitlines() == [
        "序号\t工作任务\t牵头单位\t配合单位", "1\t开展汛前隐患排查，建立问题整改台账\t市水务局\t市应急局、各镇（街道）",
        "2\t实施病险水库除险加固\t市水务局\t市财政局"]


def _rule(x1: float, y1: float, x2: float, y2: float, origin: tuple[float, float] = (0.0, 0.0)) -> str:
    ox, oy = origin
    return (f'<ofd:PathObject ID="900" Boundary="{ox} {oy} 210 297" LineWidth="0.25"><ofd:AbbreviatedData>'
            f"M {x1 - ox} {y1 - oy} L {x2 - ox} {y2 - oy}</ofd:AbbreviatedData></ofd:PathObject>")


def test_a_ruled_table_whose_lead_cell_spans_two_rows_gives_it_in_each_row() -> None:
    # columns at 20 / 30 / 90 / 130 / 180, rows at 50 / 60 / 70 / 80; no rule under row 1 in the 牵头单位 column:
    # its text is printed once between rows 1 and 2; a 配合单位 cell wraps over two lines in row 3
    xs, ys = [20, 30, 90, 130, 180], [50, 60, 70, 80, 94]
    rules = [_rule(x, ys[0], x, ys[-1]) for x in xs]
    for y in ys:
        if y == 70:
            rules += [_rule(20, y, 90, y), _rule(130, y, 180, y, origin=(5.0, 5.0))]
        else:
            rules.append(_rule(20, y, 180, y))
    cells = [("序号", 21, 58), ("工作任务", 31, 58), ("牵头单位", 91, 58), ("配合单位", 131, 58),
             ("1", 21, 68), ("开展侵蚀沟治理", 31, 68), ("旗水利局", 91, 73), ("旗自然资源局", 131, 68),
             ("2", 21, 78), ("建设农田防护林", 31, 78), ("旗林草局", 131, 78),
             ("3", 21, 86), ("开展耕地调查", 31, 86), ("旗农牧和科技局", 91, 86), ("各苏木乡镇人民", 131, 86),
             ("政府", 131, 92)]
    objs = [o for text, x, y in cells for o in _runs(text, x, y - 4.0, 4.0, cut=40)]
    page = _lines([("三、任务分工", 35.0)], top=40.0) + objs + rules
    assert read_ofd(_ofd([page]), "t.ofd").text.splitlines() == [
        "三、任务分工", "序号\t工作任务\t牵头单位\t配合单位", "1\t开展侵蚀沟治理\t旗水利局\t旗自然资源局",
        "2\t建设农田防护林\t旗水利局\t旗林草局", "3\t开展耕地调查\t旗农牧和科技局\t各苏木乡镇人民政府"]


def test_a_line_ending_short_of_a_number_that_did_not_fit_goes_on() -> None:
    # 34 characters a line (20 to 190 mm); the first, indented two, ends two characters short: 2023 (two characters
    # wide) did not fit after it
    first = "（二）实施秸秆还田。推行秸秆深翻还田和碎混还田，提高积极性，"
    page = _runs(first, 30.0, 40.0, cut=40) + _runs("2023年秸秆还田面积达到60万亩。（旗财政局负责）", 20.0, 49.0, cut=40)
    page += _runs("（三）加强耕地质量监测。" + "完善监测网络" * 3 + "开展监测", 20.0, 58.0, cut=40)
    assert read_ofd(_ofd([page]), "w.ofd").text.splitlines()[0] == (
        first + "2023年秸秆还田面积达到60万亩。（旗财政局负责）")


def test_a_hand_written_ofd_with_a_template_red_head_and_a_ruled_table() -> None:
    doc = read_document(Path(__file__).parent / "made_gold/forms201/docs/zhalaite_heitudi_2023.ofd")
    lines = doc.text.splitlines()
    assert lines[0] == "扎赉特旗人民政府办公室文件"  # the template page's red head, above the page's text
    assert "2\t建设农田防护林网，修复退化林带\t旗水利局\t旗林业和草原局" in lines
    assert "仅供网上公开" not in doc.text  # the annotation layer's watermark is no text
