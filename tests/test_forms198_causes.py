"""Causes found by round 198's first run (PDF task tables, a blind hand; docs/made-eval-forms.md "Round 198"), each
fixed as a general rule, on inputs of our own (PDFs drawn here with round 198's maker, ``made_gold/pdfdoc.py``):

- a table printed without rules whose unit and date cells are centred in their columns (as Word centres them): a
  cell's shorter second line (``县工业和信息`` ⏎ ``化局``) starts further right than its first and was read as a column
  of its own (``化局`` a unit, the row's units out of their columns);
- a ruled cell wrapped inside a number (``新增上云企业1`` ⏎ ``00家``) was joined with a space (``1 00家``: no target);
- a target in a table row's goal cell that ends its sentence (``新建5G基站300个，…全覆盖。``) took no deadline from
  the row's time-limit cell after it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from plan_text import write_plan

from graph import extract_file
from graph.ingest.pdf import read_pdf

sys.path.insert(0, str(Path(__file__).resolve().parent / "made_gold"))
from pdfdoc import Doc

HEAD = ["序号", "工作内容", "牵头单位", "协同单位", "完成时间"]
ROWS: list[list[str | None]] = [
    ["1", "实施精深加工提升行动，支持企业开发休闲食品和保健产品，延伸产业链条。", "县工业和信息化局",
     "县市场监督管理局、县农业农村局", "2022年12月"],
    ["2", "加大金融保险支持，推广种植保险产品。", "县金融工作办公室", "县财政局、县内各银行保险机构", "2022年11月"],
]
WIDTHS = [24, 150, 70, 90, 46]


def _pdf(tmp_path: Path, name: str, **table: object) -> Path:
    out = tmp_path / name
    d = Doc(out)
    d.para("某县人民政府办公室关于印发某县2022年产业发展工作要点的通知", size=16, align="center")
    d.para("各乡（镇）人民政府，县政府各部门：", indent=0)
    d.para("现将工作要点印发给你们，请认真贯彻执行。")
    d.para("某县人民政府办公室", align="right")
    d.para("2022年4月28日", align="right")
    d.new_page()
    d.para("附件", indent=0)
    d.table(HEAD, ROWS, WIDTHS, **table)  # type: ignore[arg-type]
    d.save()
    return out


def _rows(path: Path) -> list[str]:
    return [ln for ln in read_pdf(path.read_bytes(), path.name).text.splitlines() if "\t" in ln]


EXPECTED = ["序号\t工作内容\t牵头单位\t协同单位\t完成时间",
            "1\t实施精深加工提升行动，支持企业开发休闲食品和保健产品，延伸产业链条。\t县工业和信息化局\t"
            "县市场监督管理局、县农业农村局\t2022年12月",
            "2\t加大金融保险支持，推广种植保险产品。\t县金融工作办公室\t县财政局、县内各银行保险机构\t2022年11月"]


def test_a_table_without_rules_whose_cells_are_centred(tmp_path: Path) -> None:
    # pdf_unruled: a group belongs to the column whose printed extent it overlaps, so a centred cell's shorter line
    # goes on its cell
    p = _pdf(tmp_path, "centred.pdf", ruled=False)
    assert _rows(p) == EXPECTED
    assert [[(a.mention, a.role) for a in t.assignees] for t in extract_file(p).tasks] == [
        [("县工业和信息化局", "lead"), ("县市场监督管理局", "support"), ("县农业农村局", "support")],
        [("县金融工作办公室", "lead"), ("县财政局", "support"), ("县内各银行保险机构", "support")]]


def test_a_table_without_rules_whose_cells_start_at_the_left(tmp_path: Path) -> None:
    # guard: cells printed flush left (every line starting where its column starts) read as before
    assert _rows(_pdf(tmp_path, "left.pdf", ruled=False, centred=set())) == EXPECTED


def test_b_the_same_table_with_rules(tmp_path: Path) -> None:
    # the ruled table (pdfplumber's cells) gives the same rows; its date cells wrap inside the month (2022年1 ⏎ 2月)
    assert _rows(_pdf(tmp_path, "ruled.pdf", ruled=True)) == EXPECTED


def _one_cell(tmp_path: Path, lines: list[str]) -> str:
    """A ruled table of two rows whose goal cell prints ``lines`` (each filling the cell), as Word wraps it."""
    from pdfdoc import FONT
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size = 12.0
    w = max(stringWidth(ln, FONT, size) for ln in lines) + 8
    out = tmp_path / "cell.pdf"
    c = canvas.Canvas(str(out), invariant=1)
    x, top = 72.0, 700.0
    widths = [30.0, w, 110.0]
    heights = [24.0, 8 + 16 * len(lines)]
    rows = [["序号", "工作目标", "牵头单位"], ["1", lines, "县工业和信息化局"]]
    c.setFont(FONT, size)
    for row, h in zip(rows, heights, strict=True):
        left = x
        for cell, cw in zip(row, widths, strict=True):
            c.rect(left, top - h, cw, h)
            for k, ln in enumerate(cell if isinstance(cell, list) else [cell]):
                c.drawString(left + 4, top - 16 - 16 * k, ln)
            left += cw
        top -= h
    c.save()
    return read_pdf(out.read_bytes(), out.name).text


def test_b_a_number_wrapped_in_a_ruled_cell_is_one_number(tmp_path: Path) -> None:
    text = _one_cell(tmp_path, ["新增上云企业1", "00家，推动5", "G网络覆盖"])
    assert "1\t新增上云企业100家，推动5G网络覆盖\t县工业和信息化局" in text.splitlines()


def test_b_latin_words_wrapped_in_a_ruled_cell_keep_their_space(tmp_path: Path) -> None:
    # guard: a wrap between two Latin words keeps its space
    text = _one_cell(tmp_path, ["建设Digital", "Economy园区"])
    assert "1\t建设Digital Economy园区\t县工业和信息化局" in text.splitlines()


def _targets(tmp_path: Path, rows: list[str]) -> list[tuple[str, float, str, int | None]]:
    p = write_plan(tmp_path, ["某县人民政府关于印发某县2023年数字经济发展重点工作任务分工表的通知", "各乡镇人民政府："],
                   ["附件", "某县2023年数字经济发展重点工作任务分工表", *rows], ["某县人民政府", "2023年5月22日"])
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_file(p).targets]


_HEAD_ROW = "序号\t工作任务\t工作目标\t牵头单位\t完成时限"


def test_c_a_goal_cell_ending_its_sentence_is_due_by_the_rows_time_cell(tmp_path: Path) -> None:
    # time_cells.row_end: the row's time-limit cell after the goal cell's 。 governs the goal's targets
    got = _targets(tmp_path, [_HEAD_ROW, "1\t加快5G网络建设。\t新建5G基站300个，实现乡镇5G网络全覆盖。\t县工业和信息化局\t2023年12月底前",
                              "2\t推进数字政府建设。\t政务服务事项网上可办率达到95%以上。\t县政务服务和大数据管理局\t2024年10月底前"])
    assert [(v, u, d) for _, v, u, d in got] == [(300.0, "个", 2023), (95.0, "%", 2024)]


def test_c_a_row_with_a_standing_time_cell_has_no_deadline(tmp_path: Path) -> None:
    # guard: 长期坚持 is no time; a row without a time cell gives none either
    got = _targets(tmp_path, [_HEAD_ROW, "1\t加强人才培养。\t开展数字技能培训2000人次。\t县人力资源和社会保障局\t长期坚持"])
    assert [(v, u, d) for _, v, u, d in got] == [(2000.0, "人次", None)]


def test_c_a_line_without_tabs_is_no_row() -> None:
    # guard: only a tab-separated row reaches past its sentence (a paragraph's next sentence is no time cell)
    from graph.extract.time_cells import row_end

    text = "新建5G基站300个，实现全覆盖。2023年12月底前完成验收。\n1\t新建5G基站300个。\t2023年底\n"
    assert row_end(text, 8) == 8
    assert row_end(text, text.index("1\t") + 5) == len(text) - 1


TALL = ("开展城乡结合部、背街小巷、农贸市场周边环境集中整治，清理乱堆乱放、乱搭乱建、乱贴乱画，规范店外经营和占道经营行为，"
        "建立日常巡查和长效保洁机制，实现环境卫生常态化管理。")


def test_d_a_tall_centred_row_without_rules_keeps_its_first_lines(tmp_path: Path) -> None:
    # pdf_unruled.rows_preceded (found by probing round 198's maker): a task cell taller than its row's centred cells
    # prints its first lines alone above them; between two rows of the table they open the row below
    out = tmp_path / "tall.pdf"
    d = Doc(out)
    d.para("任务分工表", size=16, align="center")
    rows: list[list[str | None]] = [[str(k), TALL, "县综合行政执法局", "县住房和城乡建设局、县市场监督管理局", "2024年6月底前"]
                                    for k in (1, 2)]
    d.table(["序号", "工作任务", "责任单位", "配合单位", "完成时限"], rows, [24, 120, 60, 70, 40], size=13, ruled=False)
    d.save()
    lines = read_pdf(out.read_bytes(), out.name).text.splitlines()
    assert lines[:2] == ["任务分工表", "序号\t工作任务\t责任单位\t配合单位\t完成时限"]  # (the title stays above the header)
    assert lines[2:] == [f"{k}\t{TALL}\t县综合行政执法局\t县住房和城乡建设局、县市场监督管理局\t2024年6月底前" for k in (1, 2)]


UNITS = "县住房和城乡建设局、县市场监督管理局、县公安局、县交通运输局、县自然资源局、县林业局、县水利局、县农业农村局"


def _broken(tmp_path: Path, ruled: bool, units: str) -> list[list[str]]:
    out = tmp_path / f"broken-{ruled}.pdf"
    d = Doc(out)
    d.para("某县人民政府办公室关于印发某县2024年城乡环境综合治理重点工作任务分解表的通知", size=16, align="center")
    d.para("各乡（镇）人民政府，县级各部门：", indent=0)
    d.para("某县人民政府办公室", align="right")
    d.para("2024年3月5日", align="right")
    d.new_page()
    d.para("附件", indent=0)
    rows: list[list[str | None]] = [[str(k), TALL, "县综合行政执法局", units, "2024年6月底前"] for k in range(1, 8)]
    d.table(["序号", "工作任务", "责任单位", "配合单位", "完成时限"], rows, [24, 120, 60, 70, 40], size=13, ruled=ruled)
    d.save()
    return [[a.mention for a in t.assignees] for t in extract_file(out).tasks]


def test_e_a_row_broken_across_a_page_inside_a_unit_name(tmp_path: Path) -> None:
    # pdf_broken_rows (found by probing round 198's maker): row 4 breaks across the page inside 县自然资源 ⏎ 局; its
    # rest under the repeated header goes on its cells, ruled or not
    for ruled in (True, False):
        assert _broken(tmp_path, ruled, UNITS) == [["县综合行政执法局", *UNITS.split("、")]] * 7, ruled


def test_e_tall_centred_rows_without_rules_across_a_page(tmp_path: Path) -> None:
    # rows_preceded and pdf_broken_rows together: row 5's rest under the repeated header, then row 6's first lines
    for ruled in (True, False):
        assert _broken(tmp_path, ruled, "县住房和城乡建设局、县市场监督管理局") == [
            ["县综合行政执法局", "县住房和城乡建设局", "县市场监督管理局"]] * 7, ruled
