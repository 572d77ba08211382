"""Causes found by rounds 180-181's first run (containers, a blind hand; docs/made-eval-forms.md "Rounds 180–181"), each
on inputs of our own:

- a PDF whose characters are set apart (its text layer gives ``枝 城 镇 人 民 政 府``) was read as nothing: no label,
  clause, title or 文号 in text spaced so;
- ``（责任单位：各乡镇党委、政府）`` was split into ``各乡镇党委`` and ``政府``: the levels' party committees and their
  governments are one collective;
- a page's breadcrumb ``当前位置：首页 >> 信息公开目录 >> 教学质量`` (doubled separators, a label) was read as the title;
- a workbook's sheet holding the notice (red head, 文号, ``…关于印发…的通知``, signature) went after its 分工表 sheet,
  whose title was read as the document's;
- a red head with brackets in the name (``陕西鼓风机（集团）有限公司文件``) or printing the issuer's name alone over the
  文号 (``重庆市渝北区龙山街道办事处``) was read as the title.
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file


def _tasks(ex) -> list:  # type: ignore[no-untyped-def]
    return [("/".join(t.path), [(a.mention, a.role, a.generic) for a in t.assignees]) for t in ex.tasks]


def _spaced_pdf(out: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for line in lines:
        t = c.beginText()
        t.setFont("STSong-Light", 11)
        t.setCharSpace(4.5)  # characters set apart: pdfplumber puts a space between every two
        t.setTextOrigin(72, y)
        t.textOut(line)
        c.drawText(t)
        y -= 22
    c.showPage()
    c.save()
    return out


def test_a_pdf_whose_characters_are_set_apart_is_read_as_its_text(tmp_path: Path) -> None:
    ex = extract_file(_spaced_pdf(tmp_path / "spaced.pdf", [
        "某镇人民政府关于印发某镇人居环境整治方案的通知",
        "某政发〔2019〕6号",
        "各村（社区）：",
        "一、重点任务",
        "（一）推进农村厕所革命。（责任单位：镇村建办牵头，镇卫计办配合）",
        "（二）治理农村生活污水。",
        "牵头单位：镇水利站",
        "某镇人民政府",
        "2019年3月18日",
    ]))
    assert ex.meta.title == "某镇人民政府关于印发某镇人居环境整治方案的通知"
    assert (ex.meta.doc_number, ex.meta.date) == ("某政发〔2019〕6号", "2019-03-18")
    assert _tasks(ex) == [("一/一", [("镇村建办", "lead", False), ("镇卫计办", "support", False)]),
                          ("一/二", [("镇水利站", "lead", False)])]


def test_a_pdf_with_one_letter_spaced_head_keeps_its_other_lines(tmp_path: Path) -> None:
    # guard: one spaced head line (国 务 院 文 件 as a style) does not make a text spaced
    from graph.ingest.spaced import unspace_lines

    lines = ["某 县 文 件", "一、重点任务", "市财政局 市商务局"]
    assert unspace_lines(lines) == lines


def test_the_levels_party_committees_and_governments_are_one_collective(tmp_path: Path) -> None:
    p = tmp_path / "plan.txt"
    p.write_text("某县2016年脱贫攻坚工作要点\n一、精准识别\n1.开展贫困人口动态管理。（牵头单位：县扶贫和移民工作局；"
                 "责任单位：各乡镇党委、政府）\n2.整合涉农资金。（责任单位：各乡镇党委、县财政局）\n", encoding="utf-8")
    assert _tasks(extract_file(p)) == [
        ("一/1", [("县扶贫和移民工作局", "lead", False), ("各乡镇党委、政府", "responsible", True)]),
        ("一/2", [("各乡镇党委", "responsible", True), ("县财政局", "responsible", False)])]


def test_a_breadcrumb_with_doubled_separators_is_no_title(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text('<html><head><meta charset="utf-8"><title>通知-某大学信息公开网</title></head><body><table><tr><td>'
                 '<div class="weizhi">当前位置：首页 &gt;&gt; 信息公开目录 &gt;&gt; 教学质量</div>'
                 '<h2>某大学关于印发2018年本科教学工作要点的通知</h2>'
                 '<p>各学院，各部门：</p><p>现将工作要点印发给你们，请结合实际认真贯彻落实，确保各项任务落到实处。</p>'
                 '<p>一、专业建设</p><p>（一）推进新工科建设。（牵头单位：教务处；参与单位：各相关学院）</p>'
                 '<p>某大学</p><p>2018年3月12日</p></td></tr></table></body></html>', encoding="utf-8")
    ex = extract_file(p)
    assert ex.meta.title == "某大学关于印发2018年本科教学工作要点的通知"
    assert _tasks(ex) == [("一/一", [("教务处", "lead", False), ("各相关学院", "support", True)])]


def test_a_workbook_s_notice_sheet_keeps_its_place_before_the_table(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "封面"
    for r, v in enumerate(["某省林业局文件", "某林发〔2020〕12号", "某省林业局关于印发《2020年重点工作任务分工方案》的通知",
                           "局机关各处室：", "现将方案印发给你们，请认真抓好落实。", "某省林业局", "2020年4月3日"], start=1):
        cover.cell(r, 1, v)
    ws = wb.create_sheet("分工表")
    for r, row in enumerate([["2020年重点工作任务分工方案"], ["序号", "重点任务", "责任单位", None, "完成时限"],
                             [None, None, "牵头处室", "配合单位", None],
                             ["1", "实施国土绿化行动", "生态修复处", "规划财务处", "2020年12月"]], start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3"):
        ws.merge_cells(rng)
    p = tmp_path / "book.xlsx"
    wb.save(str(p))
    ex = extract_file(p)
    assert (ex.meta.title, ex.meta.doc_number) == ("某省林业局关于印发《2020年重点工作任务分工方案》的通知", "某林发〔2020〕12号")
    assert (ex.meta.issuer, ex.meta.date) == ("某省林业局", "2020-04-03")
    assert _tasks(ex) == [("", [("生态修复处", "lead", False), ("规划财务处", "support", False)])]


def test_a_red_head_with_brackets_or_the_issuer_alone_over_the_number_is_no_title(tmp_path: Path) -> None:
    for head in ("某鼓风机（集团）有限公司文件", "某市某区某街道办事处"):
        p = tmp_path / "notice.txt"
        p.write_text(f"{head}\n某发〔2021〕9号\n某市某区某街道办事处关于印发2021年重点工作任务分解的通知\n各科室：\n"
                     "现将任务分解印发给你们，请认真抓好落实。\n某市某区某街道办事处\n2021年2月26日\n", encoding="utf-8")
        meta = extract_file(p).meta
        assert (meta.title, meta.doc_number) == ("某市某区某街道办事处关于印发2021年重点工作任务分解的通知", "某发〔2021〕9号")


def test_a_markdown_table_s_br_inside_a_cell_separates_its_units(tmp_path: Path) -> None:
    # found by probing after rounds 180-181: a converter's pipe table writes a cell's line break as <br>
    p = tmp_path / "plan.md"
    p.write_text("# 某市发展和改革委员会关于印发2022年重点工作任务分工的通知\n\n## 一、重点任务分工\n\n"
                 "| 序号 | 重点任务 | 牵头科室 | 配合单位 |\n| --- | --- | --- | --- |\n"
                 "| 1 | 推进重大项目建设<br>完善项目储备库 | 投资科 | 规划科<br/>各县（市、区）发展改革局 |\n", encoding="utf-8")
    assert _tasks(extract_file(p)) == [
        ("一", [("投资科", "lead", False), ("规划科", "support", False), ("各县（市、区）发展改革局", "support", True)])]


def test_a_remark_naming_roles_is_no_role_label_nor_a_header(tmp_path: Path) -> None:
    # found by probing after rounds 180-181: a 备注 cell 牵头单位会同责任单位制定方案 beside the units was read as a role
    # column's label (the partner read as the lead) or as a new header row (the row lost)
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["某市2021年重点工作任务分解表"], ["序号", "工作任务", "责任单位", None, None, "备注"],
            [None, None, "牵头单位", "责任单位", "配合单位", None],
            ["1", "推进城市更新行动", "市住房和城乡建设局", "各区人民政府", "市财政局", "牵头单位会同责任单位制定方案"],
            ["2", "开展城市体检评估", "市自然资源和规划局", None, "市统计局", "长期"]]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"):
        ws.merge_cells(rng)
    p = tmp_path / "book.xlsx"
    wb.save(str(p))
    assert _tasks(extract_file(p)) == [
        ("", [("市住房和城乡建设局", "lead", False), ("各区人民政府", "responsible", True), ("市财政局", "support", False)]),
        ("", [("市自然资源和规划局", "lead", False), ("市统计局", "support", False)])]


def test_a_letter_spaced_pdf_s_ruled_table_is_read_with_its_cells_joined(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # found by probing after rounds 180-181: a ruled table in a PDF whose characters are set apart gave 镇 水 利 站
    import sys

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    sys.path.insert(0, str(Path(__file__).resolve().parent / "made_gold"))
    from containers import write_pdf

    draw, width = canvas.Canvas.drawString, pdfmetrics.stringWidth
    monkeypatch.setattr(canvas.Canvas, "drawString", lambda self, x, y, t, *a, **k: draw(self, x, y, t, charSpace=4.0))
    monkeypatch.setattr(pdfmetrics, "stringWidth", lambda t, f, s, *a: width(t, f, s, *a) + 4.0 * len(t))
    p = write_pdf(tmp_path / "spaced_table.pdf", [
        "^某镇人民政府关于印发2021年重点工作任务分解的通知", "^某政发〔2021〕3号", "各村（社区）、镇直各单位：",
        "现将任务分解印发给你们，请认真抓好落实。", "一、重点任务",
        [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
         ["1", "推进高标准农田建设", "镇农业服务中心", "镇财政所、各村", "2021年10月"],
         ["2", "开展河道清淤整治", "镇水利站", "镇综合执法队", "2021年6月"]],
        "^某镇人民政府", "^2021年3月1日"], widths=[0.6, 2.0, 1.3, 1.6, 1.0])
    monkeypatch.undo()
    assert _tasks(extract_file(p)) == [
        ("一", [("镇农业服务中心", "lead", False), ("镇财政所", "support", False), ("各村", "support", True)]),
        ("一", [("镇水利站", "lead", False), ("镇综合执法队", "support", False)])]


def test_a_pipe_table_s_second_header_row_above_its_delimiter_is_a_header(tmp_path: Path) -> None:
    # found by probing after rounds 180-181: 责任单位 over 牵头股室 | 配合单位 typed as two header rows before |---| was
    # joined as a wrapped row (责任单位牵头股室: responsible)
    p = tmp_path / "plan.txt"
    p.write_text("某县农业农村局2023年重点工作任务分解表\n一、重点任务分解\n| 序号 | 重点任务 | 责任单位 |  | 完成时限 |\n"
                 "|  |  | 牵头股室 | 配合单位 |  |\n|---|---|---|---|---|\n"
                 "| 1 | 推进高标准农田建设 | 农田建设股 | 各乡镇农业综合服务中心 | 2023年10月 |\n", encoding="utf-8")
    assert _tasks(extract_file(p)) == [("一", [("农田建设股", "lead", False), ("各乡镇农业综合服务中心", "support", True)])]


def test_a_short_name_spaced_out_to_a_column_s_width_is_read_closed(tmp_path: Path) -> None:
    # rounds 180-181's 街道 PDF printed 党　建　办 beside 社区事务办 (scored alike, the scorer drops spaces; the graph had a
    # department 党 建 办): a name of two to five characters each alone, ending as a unit ends, is written closed
    p = tmp_path / "plan.txt"
    p.write_text("某街道2024年平安建设工作要点\n一、重点工作\n（一）开展矛盾纠纷排查化解。（责任科室：平　安　办；配合单位：司法所）\n"
                 "二、签发\n局　长：张　三\n", encoding="utf-8")
    ex = extract_file(p)
    assert _tasks(ex) == [("一/一", [("平安办", "responsible", False), ("司法所", "support", False)])]
    assert "局　长：张　三" in ex.document.text  # (a title and a person: no unit's end, kept as printed)
