"""Forms of assignment that plans from places not met before print (issue 13), each in sentences of
our own: the causes found by tests/made_gold/forms, one test per cause."""

from __future__ import annotations

from pathlib import Path

from graph.extract.mentions import _split_names
from graph.extract.prose import is_subject_unit, prose_tasks
from graph.extract.responsibility import extract_tasks
from graph.extract.tables import table_rows
from graph.ingest.normalize import normalize


def who(text: str) -> list[list[tuple[str, str]]]:
    t = normalize(text)
    return [[(a.mention, a.role) for a in task.assignees] for task in extract_tasks(t)]


def prose(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_a_place_level_with_a_note_in_brackets_stays_in_its_collective() -> None:
    # 各市〔含定州、辛集市〕、县〔市、区〕人民政府: one collective, not 各市〔…〕 + 县〔市、区〕人民政府
    names = _split_names("省卫生健康委、各市〔含定州、辛集市〕、县〔市、区〕人民政府", 0)
    assert [m for m, _, _ in names or []] == ["省卫生健康委", "各市〔含定州、辛集市〕、县〔市、区〕人民政府"]
    assert who("（二）建设社区食堂。推动老年助餐点覆盖城乡社区。（省商务厅，各市（含定州、辛集市）、县（市、区）人民政府）") == [
        [("省商务厅", "responsible"), ("各市（含定州、辛集市）、县（市、区）人民政府", "responsible")]]


def test_a_task_cell_that_opens_with_a_verb_is_no_unit() -> None:
    # 平台 ends like 电视台, but 建立…平台 is what is to be done; the row's category stays a category
    assert _split_names("搭建全区农产品冷链溯源平台", 0) is None
    assert _split_names("推进长江经济带发展领导小组办公室", 0) is not None  # an ad hoc body keeps its name
    text = "\n".join([
        "序号", "工作类别", "具体内容", "责任单位", "完成时限",
        "1", "平台建设", "开发全县涉企政策兑现服务平台", "县营商办", "2025年3月底",
        "2", "汇聚惠企政策数据", "2025年6月底",
        "3", "机制完善", "搭建政企沟通线上服务平台", "县工商联、县营商办", "2025年9月底",
    ])
    rows = table_rows(normalize(text))
    assert [r.task.text for r in rows] == ["开发全县涉企政策兑现服务平台", "汇聚惠企政策数据", "搭建政企沟通线上服务平台"]
    assert [[c.text for _, c in r.roles] for r in rows] == [["县营商办"], ["县营商办"], ["县工商联、县营商办"]]


def test_divisions_of_a_county_bureau_and_town_offices_are_units() -> None:
    text = ("1.规范村卫生室药品配送。建立统一配送目录。\n"
            "牵头领导：赵建国\n责任股室：药政股、医政医管股\n协办单位：城关镇、永兴镇、黄家坝街道\n完成时限：2025年8月底\n")
    assert who(text) == [[("药政股", "responsible"), ("医政医管股", "responsible"), ("城关镇", "support"),
                          ("永兴镇", "support"), ("黄家坝街道", "support")]]


def test_responsible_with_partners_leads_in_running_text() -> None:
    # X负责会同Y…: the unit before 会同 leads, those after it support
    assert prose("县财政局负责会同县农业农村局制定衔接资金分配办法。") == [
        [("县财政局", "lead"), ("县农业农村局", "support")]]


def test_a_name_after_please_ends_where_the_name_ends() -> None:
    # 请X发挥行业…: 行 of 行业 does not make 市旅游协会发挥行 a bank
    assert prose("请市旅游协会发挥行业引领作用，按季度发布客流信息。") == [[("市旅游协会", "responsible")]]
    assert is_subject_unit("市农商银行")[0]


def test_divisions_and_local_governments_are_subjects_of_duties() -> None:
    assert prose("（二）加强统筹。计划财务处要会同畜牧处做好资金绩效评价。") == [
        [("计划财务处", "lead"), ("畜牧处", "support")]]
    assert prose("厅科技教育处负责组织专家论证。") == [[("厅科技教育处", "responsible")]]
    assert prose("局办公室负责汇总各股室工作进展。") == [[("局办公室", "responsible")]]
    assert prose("丽江市人民政府、玉龙县人民政府要加强协调联动。") == [
        [("丽江市人民政府", "responsible"), ("玉龙县人民政府", "responsible")]]
    assert prose("各县（市、区）税务局要做好政策辅导。") == [[("各县（市、区）税务局", "responsible")]]
    # but a short collective of a place level stays short, and a phrase is no division
    assert not is_subject_unit("各数据专区")[0]
    assert not is_subject_unit("好处")[0]


# ------------------------------------------------------------------ round two (tests/made_gold/forms2)


def test_a_name_with_a_note_in_brackets_then_ji_gives_two_mentions() -> None:
    # X〔街道办事处〕及有关部门: X and the generic 有关部门
    assert who("（五）发展海外仓。支持企业布局海外仓。（牵头单位：区商务局，责任单位：各镇人民政府〔管委会〕及有关部门）") == [
        [("区商务局", "lead"), ("各镇人民政府〔管委会〕", "responsible"), ("有关部门", "responsible")]]


def test_a_task_cell_opening_with_zuzhi_is_no_unit_but_zuzhibu_is() -> None:
    assert _split_names("组织企业参加进博会、服贸会等重点展会", 0) is None
    assert [m for m, _, _ in _split_names("市委组织部、市人社局", 0) or []] == ["市委组织部", "市人社局"]


def test_a_table_without_serial_numbers_ends_at_the_next_section() -> None:
    text = "\n".join([
        "三、年度安排", "重点工作", "牵头单位", "配合单位", "完成时限",
        "修订农贸市场建设规范", "区市场监管局", "区商务局", "2024年5月",
        "开展农贸市场“星级评定”", "区商务局", "各街道办事处", "每半年",
        "四、保障措施",
        "（一）加强领导。各街道办事处要落实属地责任，区商务局负责统筹调度。",
        "（二）强化督查。区政府督查室要定期通报。",
    ])
    rows = table_rows(normalize(text))
    assert [r.task.text for r in rows] == ["修订农贸市场建设规范", "开展农贸市场“星级评定”"]
    assert prose(text) == [[("各街道办事处", "responsible"), ("区商务局", "responsible")],
                           [("区政府督查室", "responsible")]]


def test_responsible_for_leading_is_lead_but_for_taking_part_stays_responsible() -> None:
    assert prose("市工信局负责牵头制定专精特新企业培育计划。") == [[("市工信局", "lead")]]
    assert prose("市工信局负责参与制定专精特新企业培育计划。") == [[("市工信局", "responsible")]]


def test_an_internal_bureau_after_its_departments_kind_is_a_subject() -> None:
    assert prose("厅综合行政执法局负责汇总各地案件办理情况。") == [[("厅综合行政执法局", "responsible")]]


def test_a_unit_that_is_the_body_in_charge_then_a_duty() -> None:
    # X是…的责任主体，要…: X is the subject of 要 (like X作为…，应…); 是否 opens no such phrase
    assert prose("各乡镇人民政府是秸秆禁烧的责任主体，要落实网格化巡查。") == [[("各乡镇人民政府", "responsible")]]
    assert prose("市财政局是否追加预算，要视执行情况而定。") == []


def test_a_page_that_prints_its_title_and_number_apart_from_the_text(tmp_path) -> None:
    from graph.ingest import read_document

    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><div class='nav'>首页 &gt; 文件</div>"
        "<div class='bt'>某某县人民政府办公室关于做好秋冬季森林防火工作的通知</div><div class='zh'>某政办发〔2024〕8号</div>"
        "<div class='content'><p>各乡镇人民政府，县直各部门：</p><p>（一）加强火源管控。严格野外用火审批。（责任单位：县林业局）</p>"
        "<p>某某县人民政府办公室</p><p>2024年10月9日</p></div></body></html>", encoding="utf-8")
    lines = read_document(page).text.splitlines()
    assert lines[:3] == ["某某县人民政府办公室关于做好秋冬季森林防火工作的通知", "某政办发〔2024〕8号", "各乡镇人民政府，县直各部门："]


def test_a_sheet_whose_first_row_is_its_title(tmp_path) -> None:
    import openpyxl

    from graph.ingest import read_document

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["某区2024年为民办实事项目分工表"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "项目名称", "责任单位"])
    ws.append([1, "新建社区嵌入式托育点", "区卫生健康局"])
    wb.save(tmp_path / "t.xlsx")
    assert read_document(tmp_path / "t.xlsx").text.splitlines()[0] == "某区2024年为民办实事项目分工表"


def test_a_table_printed_with_runs_of_spaces_between_cells() -> None:
    # copied from a PDF or a fixed-width text: two or more spaces (or ideographic spaces) part the cells
    text = normalize("二、任务分解\n序号  重点任务  牵头单位  配合单位  完成时限\n"
                     "1  改造提升农贸市场两个  镇市场监管所  镇财政所  2024年11月\n"
                     "2　　建设便民服务驿站　　镇社会事务办　　各村（社区）　　2024年12月\n")
    assert who(text) == [[("镇市场监管所", "lead"), ("镇财政所", "support")],
                         [("镇社会事务办", "lead"), ("各村（社区）", "support")]]
    # two cells apart by spaces (总理　　李克强) are no row
    assert table_rows(normalize("三、附则\n总理　　李克强\n")) == []


def test_show_warns_of_a_units_column_printed_with_spaces_and_reads_bare_labels() -> None:
    from graph.extract.unread import warnings

    text = normalize("一、任务\n序号  重点任务  责任单位  完成时限\n（详见附表）\n")
    assert warnings(text, ()) == ["a units column (责任单位) but no task read: an unread table?"]
    # 承办： (responsible) and 督查单位： (supervising: guide, as 督办) are read, not warned of
    assert who("一、加强监测。严密监视雨情。（承办：县水利局）\n二、加强巡查。落实值班值守。（督查单位：县委督查室）") == [
        [("县水利局", "responsible")], [("县委督查室", "guide")]]


# ---------------------------------------------------------------- round three (tests/made_gold/forms3)


def test_sector_words_before_deng_name_no_body_in_the_last_piece_too() -> None:
    # 各地民政、财政等部门要…: the collective noun 部门 (the sector word before 等 is no body)
    assert [[(m, r) for m, r in t] for t in prose("各地民政、财政等部门要加强对养老机构的监管。")] == [
        [("部门", "responsible")]]


def test_a_ministrys_named_centre_is_a_subject_but_not_every_centre() -> None:
    assert prose("农业农村部农村经济研究中心负责开展跟踪评估。") == [[("农业农村部农村经济研究中心", "responsible")]]
    assert prose("备选数据中心应具备以下条件。") == []


def test_a_city_market_regulation_bureau_is_a_subject() -> None:
    # 市市场监管局: the place 市 before 市场…, not 市 twice
    assert prose("由区商务局负责，区市场监管局配合，开展预付卡专项检查。") == [
        [("区商务局", "responsible"), ("区市场监管局", "support")]]
    assert prose("县市场监督管理局要加强抽检。") == [[("县市场监督管理局", "responsible")]]


def test_please_with_partners_ends_the_name_before_huitong() -> None:
    assert prose("请省财政厅会同省教育厅研究提出资金安排意见。") == [[("省财政厅", "lead"), ("省教育厅", "support")]]


def test_a_field_label_alone_on_its_line_takes_the_next_line() -> None:
    # 责任单位：⏎X、Y (a label and its value on two lines, as a two-column form copied to text prints them)
    assert who("1.规范涉企检查。推行“综合查一次”。\n责任单位：\n区市场监管局、区应急局\n"
               "2.优化审批。压缩审批时限。\n牵头单位：\n区行政审批局\n配合单位：\n区住建局\n") == [
        [("区市场监管局", "responsible"), ("区应急局", "responsible")],
        [("区行政审批局", "lead"), ("区住建局", "support")]]


def test_a_place_level_with_its_other_level_in_brackets_stays_in_its_collective() -> None:
    # 各市（州）、县（市、区）人民政府 (Sichuan), 各盟市、旗县（市、区）人民政府 (Inner Mongolia): one collective each
    for collective in ("各市（州）、县（市、区）人民政府", "各盟市、旗县（市、区）人民政府"):
        assert who(f"（三）加强宣传。开展主题宣传活动。（责任单位：省委宣传部，{collective}）") == [
            [("省委宣传部", "responsible"), (collective, "responsible")]]
        assert prose(f"{collective}要抓好贯彻落实。") == [[(collective, "responsible")]]


def test_a_two_column_form_of_label_and_value_gives_field_lines() -> None:
    # a Word form per task (牵头单位 | X), read as tab rows: the label's row is a field line
    assert who("（一）推进产业升级。实施技改项目。\n牵头单位\t区发改局\n配合单位\t区财政局、区科技局\n") == [
        [("区发改局", "lead"), ("区财政局", "support"), ("区科技局", "support")]]


# Round four (tests/made_gold/forms4): the causes of its first run, in sentences of our own.


def test_a_field_labelled_competent_department_names_who_is_responsible() -> None:
    # 主管部门：X (head word 主管) as a field line: responsible; 行业主管部门 is a collective, no label
    from graph.extract.cues import label_role

    assert label_role("主管部门") == "responsible"
    assert label_role("行业主管部门") is None
    text = ("（二）规范校外培训机构。开展无证办学专项排查，建立黑白名单制度。\n"
            "主管部门：县教育局\n参与部门：县市场监管局、县公安局\n责任领导：周晓峰\n")
    assert who(text) == [[("县教育局", "responsible"), ("县市场监管局", "support"), ("县公安局", "support")]]


def test_a_ministrys_divisions_are_subjects_of_running_text() -> None:
    # 国家卫生健康委基层卫生健康司 (a division after a known department's name), 财务司 and 人事司 (its
    # divisions printed bare in its own notice) are units; a company (公司) is no division
    assert is_subject_unit("国家卫生健康委基层卫生健康司") == (True, False)
    assert is_subject_unit("财务司") == (True, False)
    assert is_subject_unit("融资担保公司")[0] is False
    assert prose("交通运输部综合规划司要会同财务审计司编制年度投资计划。") == [
        [("交通运输部综合规划司", "lead"), ("财务审计司", "support")]]
    assert prose("交通运输部运输服务司、安全与质量监督管理司、人事教育司等单位按职责分工抓好落实。") == [
        [("交通运输部运输服务司", "responsible"), ("安全与质量监督管理司", "responsible"),
         ("人事教育司", "responsible"), ("单位", "responsible")]]
    assert prose("各省级交通运输主管部门要做好组织实施，交通运输部公路局配合做好技术指导。") == [
        [("各省级交通运输主管部门", "responsible"), ("交通运输部公路局", "support")]]


def test_a_table_printed_one_cell_per_line_with_rows_numbered_within_groups() -> None:
    # 序号 1-1, 1-2, 2-1 (a Word table copied as text): each number opens a row, and is no part of the task;
    # a task cell opening with 更新 (and other verbs of a task) is no unit though it ends like 电网
    assert _split_names("更新改造城市供水老旧管网", 0) is None
    assert _split_names("国网山东省电力公司", 0) is not None
    text = "\n".join([
        "三、任务分解", "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
        "1-1", "更新改造城市供水老旧管网", "县住建局", "县水利局", "2024年8月",
        "1-2", "开展二次供水设施排查", "县住建局", "县卫生健康局", "2024年10月",
        "2-1", "新建城区公共停车泊位", "县公安局", "各乡镇人民政府", "2024年12月",
        "2-2", "规范共享单车停放秩序", "县城管局", "县交通运输局、县公安局", "2024年11月",
        "四、保障措施", "县政府督查室要加强跟踪督办。",
    ])
    rows = table_rows(normalize(text))
    assert [r.task.text for r in rows] == [
        "更新改造城市供水老旧管网", "开展二次供水设施排查", "新建城区公共停车泊位", "规范共享单车停放秩序"]
    assert [[(role, c.text) for role, c in r.roles] for r in rows][3] == [
        ("lead", "县城管局"), ("support", "县交通运输局、县公安局")]


def _pdf_rows(path, rows: list[tuple[float, tuple[str, ...]]]) -> None:
    """A PDF whose printed lines are ``(x of the first glyph, texts)``: each text at its own column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 10.5)
    y = 760.0
    columns = (72.0, 100.0, 270.0, 345.0, 470.0)
    for x, texts in rows:
        for at, text in zip((x,) if len(texts) == 1 else columns, texts, strict=False):
            c.drawString(at, y, text)
        y -= 18
    c.showPage()
    c.save()


def test_a_task_table_in_a_pdf_text_layer_is_read_like_a_word_tables_rows(tmp_path) -> None:
    # a PDF prints a table's cells at their columns: glyph groups far apart are cells (a tab), a row
    # is a line of its own; a letter-spaced heading and two fields on one line are no rows
    import graph

    path = tmp_path / "plan.pdf"
    _pdf_rows(path, [
        (72, ("某县人民政府办公室关于印发2024年为民办实事项目分工的通知",)),
        (200, ("通" + " " * 6 + "知",)),
        (72, ("一、项目分工",)),
        (72, ("序号", "实事项目", "牵头单位", "配合单位", "完成时限")),
        (72, ("1", "改造提升农贸市场", "县商务局", "县市场监管局", "2024年9月")),
        (72, ("2", "新增公共充电桩", "县发展改革局", "县供电公司、各乡镇", "2024年12月")),
        (72, ("二、工作要求",)),
        (93, ("县财政局要保障项目资金。",)),
    ])
    text = graph.extract_file(path).document.text
    assert "序号\t实事项目\t牵头单位\t配合单位\t完成时限\n1\t改造提升农贸市场\t县商务局\t县市场监管局\t2024年9月\n" in text
    assert "\t" not in text.split("\n")[1]  # 通  知: two glyphs, no row
    rows = table_rows(normalize(text))
    assert [(r.task.text, [(role, c.text) for role, c in r.roles]) for r in rows] == [
        ("改造提升农贸市场", [("lead", "县商务局"), ("support", "县市场监管局")]),
        ("新增公共充电桩", [("lead", "县发展改革局"), ("support", "县供电公司、各乡镇")]),
    ]


def test_units_before_the_first_label_of_a_clause_are_responsible() -> None:
    # （X；配合单位：Y） and a units cell X；配合：Y — X has no role word: responsible, as a bare list is
    assert who("（三）整治校园周边环境。清理流动摊贩。（县教育局；配合单位：县城管局、县公安局）") == [
        [("县教育局", "responsible"), ("县城管局", "support"), ("县公安局", "support")]]
    assert who("（三）整治校园周边环境。清理流动摊贩。（县教育局牵头；配合单位：县城管局）") == [
        [("县教育局", "lead"), ("县城管局", "support")]]


def test_subjects_listed_before_a_comma_share_the_duty() -> None:
    # X，Y要…: a clause that is only a list of units before ，is a subject too; not an addressees line
    assert prose("各县（市、区）人民政府，市直有关单位要把农村供水纳入民生实事，加强调度。") == [
        [("各县（市、区）人民政府", "responsible"), ("市直有关单位", "responsible")]]
    assert prose("各乡镇人民政府，县直有关部门：现将方案印发给你们。") == []
    assert prose("目前，县水利局要抓紧编制规划。") == [[("县水利局", "responsible")]]


def test_party_committees_and_governments_of_a_level_stay_one_collective() -> None:
    # 各县（市、区）党委和政府: one collective (as 有关部门和单位), not 各县（市、区）党委 + 政府
    assert who("（四）压实属地责任。（责任单位：各县（市、区）党委和政府，市直有关部门）") == [
        [("各县（市、区）党委和政府", "responsible"), ("市直有关部门", "responsible")]]
    assert who("（四）压实属地责任。（责任单位：市委办公室和市政府办公室）") == [
        [("市委办公室", "responsible"), ("市政府办公室", "responsible")]]


def test_a_unit_label_joined_to_a_person_label_names_the_units() -> None:
    # 责任单位及责任人：the units in the unit label's role, without the names of people after them
    assert who("（一）改造老旧校舍。完成加固工程。（责任单位及责任人：县教育局（王五）、县财政局（李四、赵六））") == [
        [("县教育局", "responsible"), ("县财政局", "responsible")]]
    assert who("（二）建设智慧课堂。（牵头单位和负责人：县教育局（王五）；配合单位：县科技局）") == [
        [("县教育局", "lead"), ("县科技局", "support")]]
    # a bracket that names a body or a role stays what it was
    assert who("（三）保障粮食供应。（责任单位及责任人：县发展改革局（县粮食局）、县商务局（牵头））") == [
        [("县发展改革局（县粮食局）", "responsible"), ("县商务局", "lead")]]
    # or the title and name of the unit's head after it
    assert who("（五）建设校园食堂。（牵头单位及责任人：县教育局局长王五；配合单位及责任人：县财政局副局长李四、县住建局（赵六））") == [
        [("县教育局", "lead"), ("县财政局", "support"), ("县住建局", "support")]]
    # a person label alone still names nobody
    assert who("（四）整治校园周边环境。（牵头领导：张三；责任单位：县公安局）") == [[("县公安局", "responsible")]]


def test_a_national_body_named_in_full_is_a_subject_of_running_text() -> None:
    # bodies the registry does not list, named in full: a national opening and a body's head
    assert prose("一、保障措施\n中国农业发展银行负责落实收购资金贷款。\n") == [[("中国农业发展银行", "responsible")]]
    assert prose("一、保障措施\n由国家融资担保基金会同中国进出口银行做好再担保合作。\n") == [
        [("国家融资担保基金", "lead"), ("中国进出口银行", "support")]]
    # a national adjective before a noun is no body
    assert is_subject_unit("国家级示范中心") == (False, True)
    assert is_subject_unit("全国统一大市场")[0] is False


# ---------------------------------------------------------------- round five (tests/made_gold/forms5)


def test_a_label_whose_noun_prints_its_second_character_in_brackets() -> None:
    # 责任处（室）：/ 配合科（室）： are 责任处室 / 配合科室; a person label between them names nobody
    text = ("（一）清理过期药品。开展库存药品专项盘点。\n责任处（室）：药品监管处\n分管局领导：周明\n"
            "配合科（室）：稽查科、综合科\n")
    assert who(text) == [[("药品监管处", "responsible"), ("稽查科", "support"), ("综合科", "support")]]
    assert who("（二）规范行政处罚。（责任处（室）：法规处；配合处（室）：各分局）") == [
        [("法规处", "responsible"), ("各分局", "support")]]


def test_show_warns_of_an_unknown_label_of_a_division() -> None:
    from graph.extract.unread import unknown_labels

    # a label of the same shape whose head word names no role is reported, not guessed
    assert unknown_labels("（一）审核台账。\n考评处（室）：办公室\n联络科室：综合科\n") == ["考评处（室）", "联络科室"]
    assert unknown_labels("责任处（室）：法规处\n配合科室：综合科\n") == []


def test_a_qualifier_before_the_head_word_of_a_label_keeps_its_role() -> None:
    # 具体责任单位： is a 责任单位：, 具体承办单位： a 承办单位：
    assert who("（三）修缮文物建筑。完成两处古建筑保护性修缮。\n具体责任单位：区文化旅游体育局、区住房城乡建设局\n") == [
        [("区文化旅游体育局", "responsible"), ("区住房城乡建设局", "responsible")]]
    assert who("（四）编制保护规划。（具体承办单位：区自然资源分局）") == [[("区自然资源分局", "responsible")]]
    # 主要责任单位 / 其他责任单位: both by the head word 责任 (the GUIDE's rule), responsible
    assert who("（五）整治违法建设。（主要责任单位：区城管局；其他责任单位：各街道办事处）") == [
        [("区城管局", "responsible"), ("各街道办事处", "responsible")]]


def test_a_role_in_brackets_after_a_unit_label() -> None:
    # 责任单位（牵头）：X；责任单位（配合）：Y — the bracket names the role
    assert who("（六）建设口袋公园。新建口袋公园。（责任单位（牵头）：区城管局；责任单位（配合）：区住房城乡建设局）") == [
        [("区城管局", "lead"), ("区住房城乡建设局", "support")]]
    text = "（七）改造农贸市场。\n责任单位（牵头）：区商务局\n责任单位（配合）：区市场监管局、各街道办事处\n"
    assert who(text) == [[("区商务局", "lead"), ("区市场监管局", "support"), ("各街道办事处", "support")]]
    # a noun's alternative in brackets is no role
    assert who("（八）规范停车管理。（责任部门（单位）：区交警大队）") == [[("区交警大队", "responsible")]]


def test_participating_and_co_handling_labels_are_support() -> None:
    # 参办单位 (参与办理) and 会办单位 take part: support, as 协办单位
    text = "（一）疏浚河道。完成主河道清淤。\n主办单位：县水利局\n参办单位：县财政局、沿河各乡镇\n"
    assert who(text) == [[("县水利局", "responsible"), ("县财政局", "support"), ("沿河各乡镇", "support")]]
    assert who("（二）加固堤防。（主办单位：县水利局；会办单位：县应急管理局）") == [
        [("县水利局", "responsible"), ("县应急管理局", "support")]]


def test_a_unit_label_joined_to_a_time_label_names_the_units() -> None:
    # 责任单位及完成时限：X、Y，2025年6月底前 — the units in the unit label's role, the time is no name
    assert who("（五）建设充电设施。新建公共充电桩。（责任单位及完成时限：县发展改革局、县供电公司，2025年6月底前）") == [
        [("县发展改革局", "responsible"), ("县供电公司", "responsible")]]
    assert who("（六）改造站前广场。（牵头单位和完成时间：县城管局，2025年底）") == [[("县城管局", "lead")]]


def test_a_railway_depot_is_a_unit_but_a_stage_is_not() -> None:
    assert who("（七）开行旅游专列。（责任单位：县文化旅游局、中国铁路成都局集团有限公司贵阳车务段）") == [
        [("县文化旅游局", "responsible"), ("中国铁路成都局集团有限公司贵阳车务段", "responsible")]]
    # a bracket that ends in 阶段 or 路段 is no clause
    assert who("（八）整修道路。先行整修城区主干道（含试点路段）。分批推进（首批试点阶段）。") == []


def test_a_table_one_cell_per_line_with_a_column_of_leaders_who_are_people() -> None:
    # 牵头区领导 names people: its cells are no units; the leader merged over two rows, and a row whose
    # leader and units cells are all merged with the row above prints only its task and deadline
    text = "\n".join([
        "附件", "重点任务清单", "序号", "工作任务", "牵头区领导", "牵头单位", "配合单位", "完成时限",
        "1", "改造城区老旧供水管网", "孙立", "区水务局", "区财政局", "2025年6月",
        "2", "建设再生水利用工程", "区发展改革局", "区水务局、各街道办事处", "2025年9月",
        "3", "整治城区黑臭水体", "吴峰", "区生态环境局", "区城管局", "2025年10月",
        "4", "推进海绵城市示范片区建设", "2025年12月",
    ])
    assert who(text) == [
        [("区水务局", "lead"), ("区财政局", "support")],
        [("区发展改革局", "lead"), ("区水务局", "support"), ("各街道办事处", "support")],
        [("区生态环境局", "lead"), ("区城管局", "support")],
        [("区生态环境局", "lead"), ("区城管局", "support")],
    ]


def test_a_workbook_with_a_task_table_on_each_of_two_sheets(tmp_path) -> None:
    import openpyxl

    import graph

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点任务"
    for row in (["序号", "重点任务", "牵头单位", "配合单位"], [1, "建设社区养老服务中心", "县民政局", "县财政局"],
                [2, "培训养老护理员", None, "县人社局"]):
        ws.append(row)
    ws.merge_cells("C2:C3")  # 县民政局 leads both rows
    ws2 = wb.create_sheet("配套措施")
    for row in (["序号", "政策措施", "责任单位"], [1, "出台养老机构运营补贴办法", "县民政局、县财政局"],
                [2, "落实养老服务用地保障", None]):
        ws2.append(row)
    ws2.merge_cells("C2:C3")
    p = tmp_path / "yl.xlsx"
    wb.save(str(p))
    ex = graph.extract_file(p)
    got = [(t.text_span.quote(ex.document.text), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]
    assert got == [
        ("建设社区养老服务中心", [("县民政局", "lead"), ("县财政局", "support")]),
        ("培训养老护理员", [("县民政局", "lead"), ("县人社局", "support")]),
        ("出台养老机构运营补贴办法", [("县民政局", "responsible"), ("县财政局", "responsible")]),
        ("落实养老服务用地保障", [("县民政局", "responsible"), ("县财政局", "responsible")]),
    ]


# ---------------------------------------------------------------- round six (tests/made_gold/forms6)


def test_a_specific_task_column_after_a_general_one_is_the_task() -> None:
    # 主要任务 (merged over its rows, copied into each) | 具体举措 | 责任单位: the row's own 具体举措 is the task
    text = ("序号\t主要任务\t具体举措\t责任单位\t完成时限\n"
            "1\t提升通关效率\t推行进口货物“两段准入”\t昆明海关\t2024年6月\n"
            "2\t提升通关效率\t压缩出口退税办理时间\t国家税务总局昆明市税务局\t2024年9月\n")
    rows = table_rows(normalize(text))
    assert [r.task.text for r in rows] == ["推行进口货物“两段准入”", "压缩出口退税办理时间"]
    # printed one cell per line, the merged cell once
    flat = "\n".join(["序号", "主要任务", "具体措施", "责任单位", "1", "提升通关效率", "推行进口货物“两段准入”", "昆明海关",
                      "2", "压缩出口退税办理时间", "国家税务总局昆明市税务局"])
    assert [r.task.text for r in table_rows(normalize(flat))] == ["推行进口货物“两段准入”", "压缩出口退税办理时间"]
    # without 具体, the first task-like column stays the task (改革举措 | 主要内容: the measure, then its content)
    text = "序号\t改革举措\t主要内容\t责任单位\n1\t推行容缺受理\t对次要材料缺失的先行受理\t市政务服务局\n"
    assert [r.task.text for r in table_rows(normalize(text))] == ["推行容缺受理"]


def test_an_institute_of_a_known_department_is_a_subject() -> None:
    # a department's full name, then its institute (研究院, 设计院, 规划院 …): a subject of running text
    assert prose("三、保障措施\n交通运输部科学研究院负责开展实施效果评估。\n") == [[("交通运输部科学研究院", "responsible")]]
    assert prose("三、保障措施\n由农业农村部规划设计研究院负责技术指导。\n") == [[("农业农村部规划设计研究院", "responsible")]]


# ---------------------------------------------------------------- round seven (tests/made_gold/forms7)


def test_short_role_labels_open_field_lines_and_fields_after_spaces() -> None:
    # 牵头：X ⏎ 配合：Y on their own lines after a task
    text = "（一）建设急救站点。新建社区急救站。\n牵头：区卫生健康局\n配合：区财政局、各街道办事处\n"
    assert who(text) == [[("区卫生健康局", "lead"), ("区财政局", "support"), ("各街道办事处", "support")]]
    # a Word cell whose roles stand on two paragraphs reads 牵头：X 配合：Y
    rows = "序号\t整治任务\t责任分工\t完成时限\n1\t整治占道经营\t牵头：区城管局 配合：区市场监管局\t2024年6月\n"
    assert who(rows) == [[("区城管局", "lead"), ("区市场监管局", "support")]]
    # 指导：, a credit line of a person, opens no field line
    assert who("（二）编写培训教材。完成初稿。\n指导：王教授\n") == []


def test_collectives_of_towns_are_subjects() -> None:
    # 各镇（街道）, 各镇街: collectives (the bracket is not counted in a short name's length)
    assert prose("三、保障措施\n各镇（街道）要做好项目落地服务。\n") == [[("各镇（街道）", "responsible")]]
    assert prose("三、保障措施\n各镇街要配备专职人员。\n") == [[("各镇街", "responsible")]]
    assert prose("三、保障措施\n各数据专区要开放接口。\n") == []
# ---------------------------------------------------------------- round eight (tests/made_gold/forms8)


def test_a_place_level_with_its_note_alone_is_a_collective_subject() -> None:
    # 各县（市、区）要…: the note names the levels under it; the bare place no longer waits for a name after it
    assert prose("（二）夯实基层基础。各县（市、区）要配齐乡镇应急队伍。\n") == [[("各县（市、区）", "responsible")]]
    assert prose("四、工作要求\n各市（州）要于每月5日前报送进展。\n") == [[("各市（州）", "responsible")]]
    # ... still a place word before a name: one collective, as before
    assert prose("四、工作要求\n各市（州）、县（市、区）人民政府要压实责任。\n") == [
        [("各市（州）、县（市、区）人民政府", "responsible")]]


def test_a_ministrys_division_whose_name_opens_like_a_preposition_is_a_subject() -> None:
    # 商 of 商务部 is no 商 "consult"; a bare division may open with 市场 (no place there)
    assert prose("三、职责分工\n商务部服务贸易司负责组织评审，市场运行和消费促进司配合。\n") == [
        [("商务部服务贸易司", "responsible"), ("市场运行和消费促进司", "support")]]
    assert prose("三、职责分工\n商有关部门研究提出意见。\n") == []


def test_a_citys_task_force_is_a_named_subject() -> None:
    # 市…工作专班 qualified by its place: a named body (专班 ends a place-qualified name)
    assert prose("（一）健全工作机制。市招商引资工作专班要每月召开一次调度会。\n") == [
        [("市招商引资工作专班", "responsible")]]


# ---------------------------------------------------------------- left after round nine (docs/made-eval-forms.md)


def test_an_overseeing_unit_label_is_guide() -> None:
    # 监督单位： oversees the work: guide, as 督办单位 and 督查 (its head word 监督)
    assert who("（一）加强隐患排查。全面排查风险隐患。（责任单位：市应急管理局；监督单位：市政府督查室）") == [
        [("市应急管理局", "responsible"), ("市政府督查室", "guide")]]
    assert who("（二）完善制度。建立健全制度。\n牵头单位：市发展改革委\n监督单位：市纪委监委\n") == [
        [("市发展改革委", "lead"), ("市纪委监委", "guide")]]


def test_a_slash_between_unit_names_and_between_two_labels() -> None:
    # 市应急管理局/市公安局: two units
    assert [m for m, _, _ in _split_names("市应急管理局/市公安局", 0) or []] == ["市应急管理局", "市公安局"]
    assert who("（一）强化执法。严格执法检查。（市应急管理局／市公安局按职责分工负责）") == [
        [("市应急管理局", "responsible"), ("市公安局", "responsible")]]
    # 责任单位/配合单位：X/Y — each side of the value in its label's role
    assert who("（二）强化执法。严格执法检查。（责任单位/配合单位：市应急管理局/市公安局）") == [
        [("市应急管理局", "responsible"), ("市公安局", "support")]]
    assert who("（三）做好保障。保障资金。\n牵头单位/配合单位：市财政局/市审计局、市税务局\n") == [
        [("市财政局", "lead"), ("市审计局", "support"), ("市税务局", "support")]]
    # one part only: all in the first label's role
    assert who("（四）做好保障。保障资金。（牵头单位/配合单位：市财政局）") == [[("市财政局", "lead")]]


def test_a_ministrys_division_whose_name_holds_a_preposition_is_a_unit() -> None:
    # 对 of 对外贸易司 is no preposition: a known department's division (prose and clause)
    assert prose("三、职责分工\n商务部对外贸易司负责指导各地开展外贸促进工作。\n") == [[("商务部对外贸易司", "guide")]]
    assert who("（七）扩大开放。稳住外贸基本盘。（商务部对外贸易司、海关总署负责）") == [
        [("商务部对外贸易司", "responsible"), ("海关总署", "responsible")]]
    # a name the registry knows, though it holds 对
    assert is_subject_unit("中共中央对外联络部") == (True, False)
    assert prose("三、职责分工\n中共中央对外联络部负责统筹对外交往工作。\n") == [[("中共中央对外联络部", "responsible")]]
    # 对 as a preposition after a known name still ends the name (a bare 进行指导 is no duty word: the
    # GUIDE's cues; 要 makes it one)
    assert prose("三、职责分工\n商务部对各地外贸工作要加强指导。\n") == [[("商务部", "guide")]]
    assert is_subject_unit("商务部对各地") == (False, False)


def test_bases_named_by_their_kind_are_collective_subjects() -> None:
    # 培训基地应当…: bases named by their kind carry a duty (generic)
    tasks = prose_tasks(normalize("（三）规范培训管理。培训基地应当建立学员管理制度，严格考勤考核。\n"))
    assert [[(a.mention, a.role, a.generic) for a in t.assignees] for t in tasks] == [[("培训基地", "responsible", True)]]
    assert prose("（三）规范培训管理。建设基地应当因地制宜。\n") == []


def test_the_title_of_a_page_laid_out_in_nested_tables() -> None:
    # the title in a layout table's row, then a row of the page's data, then the text's cell
    from graph.ingest.html import read_html

    def page(n: int) -> str:
        body = "".join(f"<p>（{c}）推进第{c}项工作。组织开展专项行动，完善工作机制。（区经信局负责）</p>" for c in "一二三四五六七八九十"[:n])
        return ('<html><body><table><tr><td class="banner">某区人民政府门户网站</td></tr><tr><td><table>'
                '<tr><td class="bt">某区人民政府办公室关于印发某区产业提升行动方案的通知</td></tr>'
                '<tr><td class="info">发布日期：2024-05-20　来源：区府办</td></tr>'
                f'<tr><td class="zw"><p>某政办发〔2024〕19号</p><p>一、重点任务</p>{body}</td></tr>'
                '</table></td></tr></table></body></html>')

    # the text's cell is the article: its title is the row above the page's data row
    lines = read_html(page(10).encode("utf-8"), "p.html").text.splitlines()
    assert lines[:2] == ["某区人民政府办公室关于印发某区产业提升行动方案的通知", "某政办发〔2024〕19号"]
    assert not any("发布日期" in ln for ln in lines)  # the page's data line is no text
    assert len(who("\n".join(lines))) == 10
    # the cell around the inner table is the article: the text's cell (one cell, paragraphs) is laid out
    # as paragraphs, not one line of a data table
    lines = read_html(page(6).encode("utf-8"), "p.html").text.splitlines()
    assert lines[0] == "某区人民政府办公室关于印发某区产业提升行动方案的通知"
    assert "一、重点任务" in lines and len(who("\n".join(lines))) == 6


# ---------------------------------------------------------------- round ten (tests/made_gold/forms10)


def test_a_collective_of_divisions_is_a_subject() -> None:
    # 各处室要…, 各科室要…: the divisions of the issuing department, a collective
    assert prose("三、工作要求\n各处室要明确专人负责，每月5日前将工作进展报厅办公室。\n") == [[("各处室", "responsible")]]
    assert prose("三、工作要求\n各科室要按时报送数据。\n") == [[("各科室", "responsible")]]


def test_a_partners_name_ends_before_a_verb_that_opens_with_its_last_character() -> None:
    # 会同省商务厅办好…: 办 of 办好 is no 办 ending a name
    assert prose("（五）繁荣文旅消费。省文化和旅游厅要会同省商务厅办好文旅消费季活动。\n") == [
        [("省文化和旅游厅", "lead"), ("省商务厅", "support")]]
    assert prose("（六）优化服务。市发展改革委要会同市政府办办理企业诉求。\n") == [
        [("市发展改革委", "lead"), ("市政府办", "support")]]


# Round ten's forms read at its first run, each kept by a test (scripts/forms_checklist.py takes their behaviour out)


def test_a_two_level_header_with_the_units_column_over_lead_and_support() -> None:
    # 责任单位 spans 牵头单位 | 配合单位 (a Word table's two header rows, the other header cells merged down)
    text = ("序号\t重点任务\t责任单位\t\t完成时限\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t建设省级智能制造示范工厂\t市工业和信息化局\t各县（市、区）人民政府\t2026年12月\n"
            "2\t加强制造业数字化人才引育\t市人力资源社会保障局\t市教育局\t2026年12月\n")
    assert who(text) == [[("市工业和信息化局", "lead"), ("各县（市、区）人民政府", "support")],
                         [("市人力资源社会保障局", "lead"), ("市教育局", "support")]]


def test_a_lead_unit_label_with_its_noun_in_brackets_on_own_lines_and_in_a_header() -> None:
    # 牵头单位（部门）： / 配合单位（部门）： as field lines after a task and as a table's column heads
    text = "（三）规范涉企执法。推行包容审慎监管。\n牵头单位（部门）：市司法局\n配合单位（部门）：市市场监管局、市生态环境局\n"
    assert who(text) == [[("市司法局", "lead"), ("市市场监管局", "support"), ("市生态环境局", "support")]]
    rows = "序号\t工作任务\t牵头单位（部门）\t配合单位（部门）\n1\t发展富硒农业产业\t市农业农村局\t市科技局、市市场监管局\n"
    assert who(rows) == [[("市农业农村局", "lead"), ("市科技局", "support"), ("市市场监管局", "support")]]


def test_units_apart_by_spaces_only_in_a_clause_a_field_line_and_a_cell() -> None:
    assert who("（二）推行“免申即享”。梳理惠企政策清单。（责任单位：市发展改革局 市财政局 市工业和信息化局）") == [
        [("市发展改革局", "responsible"), ("市财政局", "responsible"), ("市工业和信息化局", "responsible")]]
    assert who("（三）规范涉企执法。推行包容审慎监管。\n牵头单位：市司法局\n配合单位：市市场监管局 市生态环境局\n") == [
        [("市司法局", "lead"), ("市市场监管局", "support"), ("市生态环境局", "support")]]
    rows = "序号\t工作任务\t牵头单位\t配合单位\n1\t推进农村人居环境整治\t市农业农村局 市住房和城乡建设局\t各县（市、区）人民政府\n"
    assert who(rows) == [[("市农业农村局", "lead"), ("市住房和城乡建设局", "lead"), ("各县（市、区）人民政府", "support")]]


def test_a_clause_after_a_sentence_ending_with_a_footnote_marker() -> None:
    # …全覆盖①。（…） and …“掌上办”[1]。（…）: the marker neither ends the task nor is a clause
    for marker in ("①", "[1]", "〔1〕"):
        text = f"一、任务\n（一）发展现代物流。实现重点物流园区铁路专用线全覆盖{marker}。（责任单位：省发展改革委、省交通运输厅）\n注：{marker}全覆盖指年货运量150万吨以上的物流园区。\n"
        t = normalize(text)
        tasks = extract_tasks(t)
        assert [[(a.mention, a.role) for a in task.assignees] for task in tasks] == [
            [("省发展改革委", "responsible"), ("省交通运输厅", "responsible")]]
        span = tasks[0].text_span
        assert t[span.start : span.end].startswith("发展现代物流。") and tasks[0].path == ("一", "一")


def test_numbered_items_after_a_division_of_work_line() -> None:
    # 具体分工如下： then 1.…（X负责）； (clauses, each its item's task) and 1.X负责…； (running text)
    text = ("一、任务\n（一）培育文旅消费新场景。打造夜间文旅消费集聚区。具体分工如下：\n"
            "1.创建省级夜间文旅消费集聚区（市文旅局负责）；\n2.建设智慧景区（市文旅局牵头，市数据管理局配合）；\n"
            "（二）推进文商旅融合发展。具体分工如下：\n1.市商务局负责培育特色商业街区；\n2.各县（区）人民政府负责落实促消费活动。\n")
    t = normalize(text)
    tasks = extract_tasks(t)
    assert [(task.path, t[task.text_span.start : task.text_span.start + 6]) for task in tasks] == [(("一", "一", "1"), "创建省级夜间"), (("一", "一", "2"), "建设智慧景区")]
    assert prose(text) == [[("市商务局", "responsible")], [("各县（区）人民政府", "responsible")]]


def test_the_units_concerned_carry_out_their_part_at_a_sections_end() -> None:
    # 各有关单位按照职责分工抓好落实。 after field lines and closing a section: a collective's duty in running text
    text = ("一、任务\n（二）提升旅游景区品质。完善景区配套设施。\n牵头单位：市文旅局\n配合单位：市交通运输局\n"
            "各有关单位按照职责分工抓好落实。\n二、保障\n市文旅局要会同市统计局建立监测机制。各有关单位按照职责分工抓好落实。\n")
    assert who(text) == [[("市文旅局", "lead"), ("市交通运输局", "support")]]
    assert prose(text) == [[("各有关单位", "responsible")], [("市文旅局", "lead"), ("市统计局", "support")],
                           [("各有关单位", "responsible")]]


# ---------------------------------------------------------------- round eleven (tests/made_gold/forms11)


def test_a_first_responsible_unit_label() -> None:
    # 第一责任单位： (第一 before the head word 责任: responsible, as 主要责任单位)
    text = "（一）壮大竹产业。推进竹材精深加工。\n第一责任单位：市林业局\n配合单位：市工业和信息化局、市科技局\n"
    assert who(text) == [[("市林业局", "responsible"), ("市工业和信息化局", "support"), ("市科技局", "support")]]


def test_a_label_carrying_the_first_listed_is_lead_rule_in_brackets() -> None:
    # 责任单位（排名第一的为牵头单位）：X、Y、Z — X leads in this field; no 下同, so not in the next clause
    text = ("（二）发展生态旅游。培育生态旅游品牌。\n责任单位（排名第一的为牵头单位）：市文化和旅游局、武夷山国家公园管理局、市生态环境局\n"
            "（三）推进绿色制造。创建绿色工厂。（市工业和信息化局、市发展改革委负责）\n")
    assert who(text) == [[("市文化和旅游局", "lead"), ("武夷山国家公园管理局", "responsible"), ("市生态环境局", "responsible")],
                         [("市工业和信息化局", "responsible"), ("市发展改革委", "responsible")]]
    # with 下同 it goes on
    text = text.replace("牵头单位）", "牵头单位，下同）")
    assert who(text)[1] == [("市工业和信息化局", "lead"), ("市发展改革委", "responsible")]


def test_an_administrations_own_bureau_printed_after_its_kind() -> None:
    # 总局执法稽查局: an internal bureau after 总局, as 厅生态环境执法局 after 厅
    assert is_subject_unit("总局执法稽查局") == (True, False)
    # (a kind of bureau not in [prose.units] bureau_heads: read only after 总局)
    assert is_subject_unit("总局新闻宣传局") == (True, False) and is_subject_unit("新闻宣传局")[0] is False
    assert prose("（二）总局质量监督司负责统筹协调专项整治工作，总局执法稽查局、认证监督管理司按职责分工配合。\n") == [
        [("总局质量监督司", "responsible"), ("总局执法稽查局", "support"), ("认证监督管理司", "support")]]


def test_kinds_of_body_joined_and_the_units_under_a_level_are_collectives() -> None:
    from graph.extract.cues import is_generic
    from graph.extract.unread import unknown_labels

    # X等部门和单位: 部门和单位 (generic); 市直各单位 (an addressee, no unknown label)
    assert is_generic("部门和单位") and is_generic("市直各单位") and not is_generic("市金融办")
    assert who("（四）完善绿色金融。扩大绿色信贷投放。（人民银行南平市分行、市金融办等部门和单位按职责分工负责）") == [
        [("人民银行南平市分行", "responsible"), ("市金融办", "responsible"), ("部门和单位", "responsible")]]
    assert unknown_labels(normalize("各县（市、区）人民政府，武夷新区管委会，市直各单位：\n")) == []


def test_units_a_line_each_in_excel_and_word_cells_and_a_tables_caption_row(tmp_path: Path) -> None:
    import docx
    import openpyxl

    import graph

    # an XLSX unit cell with a line break between units
    wb = openpyxl.Workbook()
    for row in (("序号", "工作内容", "牵头单位", "责任单位"), (1, "规范城区交通秩序", "市公安局", "市交通运输局\n市城管局")):
        wb.active.append(row)
    wb.save(str(tmp_path / "yy.xlsx"))
    ex = graph.extract_file(tmp_path / "yy.xlsx")
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("市公安局", "lead"), ("市交通运输局", "responsible"), ("市城管局", "responsible")]]
    # a Word unit cell with a paragraph per unit
    d = docx.Document()
    d.add_paragraph("一、重点改革任务")
    table = d.add_table(rows=2, cols=4)
    for c, h in enumerate(("序号", "工作任务", "牵头单位", "配合单位")):
        table.cell(0, c).text = h
    for c, v in enumerate(("1", "推进紧密型县域医共体建设", "市卫生健康委", "市医保局")):
        table.cell(1, c).text = v
    table.cell(1, 3).add_paragraph("市财政局")
    d.save(str(tmp_path / "dy.docx"))
    ex = graph.extract_file(tmp_path / "dy.docx")
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("市卫生健康委", "lead"), ("市医保局", "support"), ("市财政局", "support")]]
    # an HTML table whose first row is its caption, X（牵头）<br/>Y in a units cell
    from graph.ingest.html import read_html

    page = ('<html><body><div class="content"><p>二、重点任务</p><table><tr><td colspan="3"><strong>促消费重点任务分解表'
            '</strong></td></tr><tr><td><strong>序号</strong></td><td><strong>重点任务</strong></td><td><strong>责任单位'
            '</strong></td></tr><tr><td>1</td><td>培育夜间经济集聚区</td><td>市文广旅局（牵头）<br/>市城管局<br/>市公安局'
            '</td></tr></table><p>三、保障措施</p><p>各市（区）要结合实际制定具体落实措施，确保各项任务落地见效。</p></div></body></html>')
    assert who(read_html(page.encode("utf-8"), "tz.html").text) == [
        [("市文广旅局", "lead"), ("市城管局", "responsible"), ("市公安局", "responsible")]]


def test_a_national_banks_branch_is_a_subject_after_a_comma() -> None:
    # left from round seven: 人民银行市分行 (a known body's branch) as the subject of a duty after a comma
    assert is_subject_unit("人民银行南平市分行") == (True, False)
    assert prose("（三）加大金融支持。市金融办要会同有关部门建立融资对接机制，人民银行市分行、金融监管总局市监管分局负责指导推进。\n") == [
        [("市金融办", "lead"), ("有关部门", "support"), ("人民银行市分行", "guide"), ("金融监管总局市监管分局", "guide")]]


# ---------------------------------------------------------------- round twelve (tests/made_gold/forms12)


def test_units_parted_by_semicolons_in_a_table_cell() -> None:
    rows = "序号\t重点任务\t责任单位\t完成时限\n1\t推行企业开办“一日办结”\t市市场监管局；市公安局；市税务局\t2024年6月\n"
    assert who(rows) == [[("市市场监管局", "responsible"), ("市公安局", "responsible"), ("市税务局", "responsible")]]
    # a cell of labelled fields is still read by its labels
    rows = "序号\t重点任务\t责任分工\n1\t整治占道经营\t牵头：区城管局；配合：区市场监管局\n"
    assert who(rows) == [[("区城管局", "lead"), ("区市场监管局", "support")]]


def test_roles_said_by_a_label_after_wei() -> None:
    # （X为牵头单位，Y、Z为配合单位）, （X、Y为责任单位）: the label after 为 says the role
    assert who("（二）推进数字化改造。推广工业互联网。（市经信局为牵头单位，市大数据发展管理局、各县（市、区）人民政府为配合单位）") == [
        [("市经信局", "lead"), ("市大数据发展管理局", "support"), ("各县（市、区）人民政府", "support")]]
    assert who("（三）加强要素保障。保障项目用地。（市自然资源和规划局、市发改委为责任单位）") == [
        [("市自然资源和规划局", "responsible"), ("市发改委", "responsible")]]


def test_a_national_administrations_division_as_issuer() -> None:
    from graph.extract.metadata import extract_metadata

    text = "国家能源局综合司关于做好2024年迎峰度夏电力安全保供工作的通知\n国能综通电力〔2024〕52号\n一、任务\n做好保供。\n国家能源局综合司\n2024年5月28日\n"
    assert extract_metadata(normalize(text)).issuer == "国家能源局综合司"


# ---------------------------------------------------------------- round thirteen (tests/made_gold/forms13)


def test_a_plain_text_cut_into_lines_of_one_width_is_put_back_into_paragraphs(tmp_path: Path) -> None:
    import graph

    # a PDF's text copy: every line cut at 30 characters, a unit's name broken by a line end
    paras = ["某市人民政府办公室关于印发某市加快发展现代物流业三年行动计划的通知", "一、重点任务"] + [
        f"（{n}）建设物流枢纽第{n}项。完善多式联运集疏运体系，推进港区作业区二期工程建设。（市交通运输局牵头，市发展改革委、市自然资源和规划局配合）"
        for n in "一二三四五"]
    lines = [p[i : i + 30] for p in paras for i in range(0, len(p), 30)]
    names = ("市交通运输局", "市发展改革委", "市自然资源和规划局")
    assert any(not any(n in ln for ln in lines) for n in names)  # a name is cut by a line end
    (tmp_path / "cut.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ex = graph.extract_file(tmp_path / "cut.txt")
    assert ex.meta.title == paras[0]
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("市交通运输局", "lead"), ("市发展改革委", "support"), ("市自然资源和规划局", "support")]] * 5
    # a text of lines of many lengths is as it was
    from graph.ingest.unwrap import unwrap

    text = "\n".join(paras)
    assert unwrap(text) == text


def test_a_count_after_deng_and_roles_apart_by_a_space() -> None:
    # （X等4个部门按职责分工负责）: X and the collective 部门; （X牵头　Y、Z配合）: two segments
    assert who("（一）扩大优质学位供给。新建学校。（市发展改革委等4个部门按职责分工负责）") == [
        [("市发展改革委", "responsible"), ("部门", "responsible")]]
    assert who("（二）加强教师队伍建设。完善补充机制。（市教育局牵头　市委编办、市人力资源社会保障局配合）") == [
        [("市教育局", "lead"), ("市委编办", "support"), ("市人力资源社会保障局", "support")]]


def test_units_that_together_take_a_duty_introduced_by_you() -> None:
    assert prose("二、组织保障\n由市教育局、市财政局共同负责统筹推进本方案实施。\n") == [
        [("市教育局", "responsible"), ("市财政局", "responsible")]]


def test_a_units_header_merged_over_several_columns() -> None:
    # 配合单位 over three columns (an XLSX merge, a Word gridSpan): each of its columns is a support column
    rows = ("序号\t工作任务\t牵头单位\t配合单位\t\t\t完成时限\n"
            "1\t推进茶园提质改造\t市农业农村局\t市财政局\t市自然资源和规划局\t各县（区）人民政府\t2024年10月\n")
    assert who(rows) == [[("市农业农村局", "lead"), ("市财政局", "support"), ("市自然资源和规划局", "support"),
                          ("各县（区）人民政府", "support")]]


# ---------------------------------------------------------------- round fourteen (tests/made_gold/forms14)


def test_a_units_column_before_the_task_column() -> None:
    rows = "序号\t责任单位\t工作任务\t完成时限\n1\t市市场监督管理局、市税务局\t压缩企业开办时间\t2024年9月\n"
    t = normalize(rows)
    tasks = extract_tasks(t)
    assert [[(a.mention, a.role) for a in task.assignees] for task in tasks] == [
        [("市市场监督管理局", "responsible"), ("市税务局", "responsible")]]
    assert t[tasks[0].text_span.start : tasks[0].text_span.end] == "压缩企业开办时间"


def test_a_markdown_file_with_a_pipe_table(tmp_path: Path) -> None:
    import graph

    md = ("# 某市人民政府办公室关于印发某市冰雪旅游发展行动方案的通知\n\n二、重点项目\n\n"
          "| 序号 | 项目名称 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
          "| 1 | 建设冰雪体验基地 | 市文体广电和旅游局 | 市农业农村局 |\n")
    (tmp_path / "plan.md").write_text(md, encoding="utf-8")
    ex = graph.extract_file(tmp_path / "plan.md")
    assert ex.meta.title == "某市人民政府办公室关于印发某市冰雪旅游发展行动方案的通知"
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("市文体广电和旅游局", "lead"), ("市农业农村局", "support")]]


def test_a_label_alone_on_its_line_then_a_unit_a_line() -> None:
    text = "（一）推进抚仙湖保护治理。实施入湖河道综合整治。\n责任单位：\n市抚仙湖管理局\n市生态环境局\n（二）加强城镇污水处理。推进管网建设。（市住房城乡建设局负责）\n"
    assert who(text) == [[("市抚仙湖管理局", "responsible"), ("市生态环境局", "responsible")],
                         [("市住房城乡建设局", "responsible")]]
