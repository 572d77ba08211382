"""Leftovers of the forms rounds (issue #13, stop 30's closing note "Left"), each on a small document of our own:

- a table cell wrapped over lines whose short tail reads as a unit's name (…中国国际进⏎口博览会, 市交通运⏎输局): the tail
  joins the cell before it (``[tables.cells.wrap_tail]``);
- lead notes worded otherwise (``[standing.marks]``): ``★表示牵头单位`` under a table, ``带△的为配合单位，其余为牵头单位``,
  ``加粗的为牵头单位`` with the leads in bold in a web page or a Word file, and a first-listed-is-lead note just above a
  table printed one cell per line;
- a tab row that prints only its task cell in a table without a deadline column, under a merged units cell;
- a ``pdftotext -layout`` copy of a ruled table: each row a block of lines between blank lines, its cells wrapped and
  the short ones centred in the row's height (the row's number on the block's middle line) or across their column.
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


def _doc(tmp_path: Path, name: str, body: str) -> Path:
    doc = tmp_path / name
    doc.write_text(body, encoding="utf-8")
    return doc


_SHAOXING = """绍兴市人民政府办公室关于印发绍兴市城市更新三年行动方案的通知
绍政办发〔2024〕22号
各区、县（市）人民政府，市政府各部门、各直属单位：
《绍兴市城市更新三年行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。
绍兴市人民政府办公室
2024年4月8日
一、重点任务
序号	重点任务	责任单位	完成时间
1	推进老旧小区改造，完成改造小区120个	市住建局★、市财政局、各区政府	2024年12月
2	实施城市道路微改造，打通断头路15条	市交通运输局、市住建局★	2025年6月
3	建设口袋公园和城市绿道	市综合执法局★、市自然资源规划局	2026年6月
注：★表示牵头单位。
"""


def test_a_star_note_worded_as_what_the_star_stands_for(tmp_path: Path) -> None:
    assert [a for _, a in _rows(_doc(tmp_path, "shaoxing.txt", _SHAOXING))] == [
        [("市住建局", "lead"), ("市财政局", "responsible"), ("各区政府", "responsible")],
        [("市交通运输局", "responsible"), ("市住建局", "lead")],
        [("市综合执法局", "lead"), ("市自然资源规划局", "responsible")]]


_QILIN = """曲靖市麒麟区人民政府关于印发麒麟区农村人居环境整治提升实施方案的通知
麒政发〔2023〕12号
各街道办事处，区级各部门：
现将《麒麟区农村人居环境整治提升实施方案》印发给你们，请认真贯彻落实。
曲靖市麒麟区人民政府
2023年8月30日
一、重点任务
（一）推进农村厕所革命。新改建农村户厕2000座。（责任单位：区农业农村局、区卫生健康局△、区财政局△）
（二）治理农村生活污水。建成污水处理设施30座。（责任单位：市生态环境局麒麟分局、区住建局△）
（三）开展村庄清洁行动。（责任单位：各街道办事处）
注：带△的为配合单位，其余为牵头单位。
"""


def test_a_sign_that_marks_partners_and_the_rest_leading(tmp_path: Path) -> None:
    ex = graph.extract_file(_doc(tmp_path, "qilin.txt", _QILIN))
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("区农业农村局", "lead"), ("区卫生健康局", "support"), ("区财政局", "support")],
        [("市生态环境局麒麟分局", "lead"), ("区住建局", "support")],
        [("各街道办事处", "responsible")]]  # (a list that marks none keeps its clause's role)


_SHANWEI = """汕尾市人民政府办公室关于印发汕尾市海洋牧场建设工作方案的通知
汕府办函〔2024〕35号
各县（市、区）人民政府，市政府各部门、各直属机构：
《汕尾市海洋牧场建设工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。
汕尾市人民政府办公室
2024年5月21日
一、任务分工
{above}序号
工作任务
责任单位
完成时限
1
编制海洋牧场建设规划
市海洋综合执法支队、市自然资源局、市农业农村局
2024年9月
2
建设深远海养殖平台2个
市农业农村局、市发展改革局
2025年12月
{below}"""


def test_a_first_listed_note_next_to_a_table_printed_one_cell_per_line(tmp_path: Path) -> None:
    want = [[("市海洋综合执法支队", "lead"), ("市自然资源局", "responsible"), ("市农业农村局", "responsible")],
            [("市农业农村局", "lead"), ("市发展改革局", "responsible")]]
    above = _SHANWEI.format(above="（排在第一位的为牵头单位）\n", below="")
    assert [a for _, a in _rows(_doc(tmp_path, "above.txt", above))] == want
    below = _SHANWEI.format(above="", below="注：第一个单位为牵头单位。\n")
    assert [a for _, a in _rows(_doc(tmp_path, "below.txt", below))] == want
    plain = _SHANWEI.format(above="", below="")
    assert [a[0][1] for _, a in _rows(_doc(tmp_path, "plain.txt", plain))] == ["responsible", "responsible"]


_LUSONG = """<html><head><meta charset="utf-8"></head><body><div class="article">
<h1>株洲市芦淞区人民政府办公室关于印发芦淞区2024年优化营商环境重点任务清单的通知</h1>
<p>芦政办发〔2024〕6号</p><p>各街道办事处，区直各单位：</p>
<p>《芦淞区2024年优化营商环境重点任务清单》已经区人民政府同意，现印发给你们，请认真贯彻落实。</p>
<p>株洲市芦淞区人民政府办公室</p><p>2024年3月18日</p><p>一、重点任务</p>
<table border="1">
<tr><td><b>序号</b></td><td><b>重点任务</b></td><td><b>责任单位</b></td><td><b>完成时限</b></td></tr>
<tr><td>1</td><td>推行企业开办“一网通办”，压缩开办时间至1个工作日</td><td><strong>区行政审批服务局</strong>、区市场监管局</td><td>2024年6月</td></tr>
<tr><td>2</td><td>开展涉企违规收费专项整治</td><td>区发展改革局、<b>区市场监管局</b></td><td>2024年9月</td></tr>
<tr><td>3</td><td>建立政企沟通圆桌会议制度</td><td><span style="font-weight: bold">区工商联</span>、区商务局</td><td>2024年12月</td></tr>
</table>
{note}</div></body></html>
"""
_BOLD_LEADS = [[("区行政审批服务局", "lead"), ("区市场监管局", "responsible")],
               [("区发展改革局", "responsible"), ("区市场监管局", "lead")],
               [("区工商联", "lead"), ("区商务局", "responsible")]]


def test_bold_leads_in_a_web_page(tmp_path: Path) -> None:
    noted = _doc(tmp_path, "lusong.html", _LUSONG.format(note="<p>注：加粗的为牵头单位。</p>"))
    assert [a for _, a in _rows(noted)] == _BOLD_LEADS
    plain = _doc(tmp_path, "plain.html", _LUSONG.format(note=""))  # no note: bold says nothing
    assert {r for _, a in _rows(plain) for _, r in a} == {"responsible"}
    assert "\ue000" not in graph.extract_file(plain).document.text


def test_bold_leads_in_a_word_file(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for line in ["呼和浩特市赛罕区人民政府办公室关于印发赛罕区2024年冬季清洁取暖工作方案的通知", "赛政办发〔2024〕31号",
                 "各街道办事处、镇人民政府，区直各部门：", "现将《赛罕区2024年冬季清洁取暖工作方案》印发给你们，请认真抓好落实。",
                 "呼和浩特市赛罕区人民政府办公室", "2024年9月26日", "一、工作任务"]:
        d.add_paragraph(line)
    rows: list[list[str | list[tuple[str, bool]]]] = [
        ["序号", "工作任务", "责任单位"],
        ["1", "完成煤改电改造3000户", [("区住建局", True), ("、区发改委、各街道办事处", False)]],
        ["2", "开展散煤销售点专项清理", [("区市场监管局、", False), ("区生态环境", True), ("分局", True)]],
        ["3", "保障清洁取暖电力供应", [("国网赛罕供电公司", True), ("、区工信局", False)]]]
    table = d.add_table(rows=len(rows), cols=3)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            p = table.cell(i, j).paragraphs[0]
            for text, bold in ([(v, i == 0)] if isinstance(v, str) else v):
                p.add_run(text).bold = bold
    d.add_paragraph("注：字体加粗的为牵头单位。")
    d.save(str(tmp_path / "saihan.docx"))
    assert [a for _, a in _rows(tmp_path / "saihan.docx")] == [
        [("区住建局", "lead"), ("区发改委", "responsible"), ("各街道办事处", "responsible")],
        [("区市场监管局", "responsible"), ("区生态环境分局", "lead")],
        [("国网赛罕供电公司", "lead"), ("区工信局", "responsible")]]


_LIANXI = "\n".join([
    "九江市濂溪区人民政府办公室关于印发濂溪区2024年文明城市创建攻坚行动方案的通知", "濂府办字〔2024〕15号",
    "各乡镇人民政府、街道办事处，区直各单位：", "现将《濂溪区2024年文明城市创建攻坚行动方案》印发给你们，请认真贯彻执行。",
    "九江市濂溪区人民政府办公室", "2024年4月12日", "一、攻坚任务",
    "序号\t攻坚任务\t牵头单位\t责任单位",
    "1\t整治背街小巷环境卫生\t区城管局\t各乡镇（街道）",
    "2\t规范占道经营和流动摊贩\t\t",
    "3\t清理乱贴乱画和小广告\t\t",
    "4\t开展农贸市场标准化改造\t区市场监管局\t区商务局",
    "5\t整治农贸市场周边交通秩序\t\t",
    "二、保障措施", "区文明办要加强督查调度。", ""])


def test_a_tab_row_that_prints_only_its_task_under_a_merged_units_cell(tmp_path: Path) -> None:
    # a sheet copied from Excel: the units cells merged over rows 1-3 and 4-5 are printed in their first row only, the
    # cells they cover printed empty (each with its tab)
    city = [("区城管局", "lead"), ("各乡镇（街道）", "responsible")]
    market = [("区市场监管局", "lead"), ("区商务局", "responsible")]
    assert _rows(_doc(tmp_path, "lianxi.txt", _LIANXI)) == [
        ("整治背街小巷环境卫生", city), ("规范占道经营和流动摊贩", city), ("清理乱贴乱画和小广告", city),
        ("开展农贸市场标准化改造", market), ("整治农贸市场周边交通秩序", market)]
    # a row without its number under numbered rows is no row of the table (a note, a sub-heading)
    unnumbered = _LIANXI.replace("5\t整治农贸市场周边交通秩序", "\t整治农贸市场周边交通秩序")
    assert len(_rows(_doc(tmp_path, "unnumbered.txt", unnumbered))) == 4


# a ruled table as `pdftotext -layout` copies it: cells wrapped at their columns' widths, the number, the lead and the
# deadline centred in each row's height
_HAILING_HEAD = ["泰州市海陵区人民政府办公室关于印发海陵区2024年食品安全重点工作任务分工的通知", "",
                 "                                        泰海政办发〔2024〕19号", "",
                 "各街道办事处，区各委、办、局，区各直属单位：",
                 "    《海陵区2024年食品安全重点工作任务分工》已经区政府同意，现印发给你们，请认真贯彻执行。", "",
                 "                                          泰州市海陵区人民政府办公室",
                 "                                                2024年5月10日", ""]
_HAILING_TABLE = [
    '一、重点任务分工',
    '',
    '    序号  重点任务                牵头单位        配合单位        完成时限',
    '',
    '          开展校园及周边食品安                    区市场监管局    2024年9',
    '    1     全专项整治，规范学校    区教育局        、区卫生健康    月',
    '          食堂大宗食材采购                        委',
    '',
    '    2     推进农贸市场快检室建    区市场监管局    区商务局、各    2024年12',
    '          设，实现快检全覆盖                      街道办事处      月',
    '',
    '          严厉打击食品领域违法                    区市场监管局',
    '    3     犯罪行为                公安海陵分局    、区农业农村    长期坚持',
    '                                                  局',
    '',
    '    4     开展农村集体聚餐食品    区卫生健康委    各街道办事处    2024年11',
    '          安全指导服务                                            月',
    '',
    '二、工作要求',
    '    各责任单位要明确专人负责，按时报送工作进展。',
    '',
]


def test_a_layout_copy_of_a_ruled_table_with_cells_centred_in_their_rows(tmp_path: Path) -> None:
    want = [("开展校园及周边食品安全专", [("区教育局", "lead"), ("区市场监管局", "support"), ("区卫生健康委", "support")]),
            ("推进农贸市场快检室建设，", [("区市场监管局", "lead"), ("区商务局", "support"), ("各街道办事处", "support")]),
            ("严厉打击食品领域违法犯罪", [("公安海陵分局", "lead"), ("区市场监管局", "support"), ("区农业农村局", "support")]),
            ("开展农村集体聚餐食品安全", [("区卫生健康委", "lead"), ("各街道办事处", "support")])]
    doc = _doc(tmp_path, "hailing.txt", "\n".join(_HAILING_HEAD + _HAILING_TABLE))
    assert _rows(doc) == want
    ex = graph.extract_file(doc)
    assert [t.deadline for t in ex.tasks if t.form == "table"] == ["2024年9月", "2024年12月", "长期坚持", "2024年11月"]
    # a proportional font: a wrapped piece a column off where its cell starts
    drift = [ln.replace("          食堂大宗", "           食堂大宗") for ln in _HAILING_TABLE]
    assert drift != _HAILING_TABLE
    assert _rows(_doc(tmp_path, "drift.txt", "\n".join(_HAILING_HEAD + drift))) == want


def test_rows_set_apart_by_blank_lines_are_read_block_by_block_not_by_counting() -> None:
    from graph.ingest.layout import layout_rows
    from graph.ingest.layout_centred import centred_rows

    text = "\n".join(_HAILING_TABLE)
    assert centred_rows(text) == text  # (the centred reader counts lines only of rows that run on)
    rows = [ln.split("\t") for ln in layout_rows(text).split("\n") if "\t" in ln]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert rows[1][1:] == ["推进农贸市场快检室建设，实现快检全覆盖", "区市场监管局", "区商务局、各街道办事处", "2024年12月"]
    run_on = "\n".join(ln for ln in _HAILING_TABLE[2:] if ln.strip())  # the same rows, no blank lines between
    assert centred_rows(run_on) != run_on


# the same kind of copy with the units and the deadline centred across their columns too: a wrapped unit's second line
# starts right of where the cell's first line starts
_PENGSHAN = ["眉山市彭山区商务局关于印发彭山区2024年县域商业体系建设工作方案的通知", "",
             "                                        彭商发〔2024〕7号", "", "各乡镇人民政府，区级有关部门：",
             "    现将《彭山区2024年县域商业体系建设工作方案》印发给你们，请认真抓好落实。", "",
             "                                          眉山市彭山区商务局", "                                           2024年3月5日", "",
             "一、任务分工", "",
             "    序号  工作任务                        责任单位         完成时限", "",
             "     1    建设县域商业体系，改造提  县商务局、县供销社、  2024年11月",
             "          升乡镇商贸中心5个            各乡镇人民政府", "",
             "     2    完善农村寄递物流网络      县邮政管理局、县交通  2024年12月",
             "                                           运输局", "",
             "     3    培育农村电商带头人200名         县人社局        2025年6月", "", "二、工作要求", "    各单位要按月报送进展。", ""]


def test_a_layout_copy_with_cells_centred_across_their_columns(tmp_path: Path) -> None:
    assert [a for _, a in _rows(_doc(tmp_path, "pengshan.txt", "\n".join(_PENGSHAN)))] == [
        [("县商务局", "responsible"), ("县供销社", "responsible"), ("各乡镇人民政府", "responsible")],
        [("县邮政管理局", "responsible"), ("县交通运输局", "responsible")],
        [("县人社局", "responsible")]]
