"""Every way a plan assigns work (issue 13): field labels anywhere a clause stands, tables in
every container (text one cell per line, tab-separated rows, HTML, DOCX, XLSX, merged cells) and
collectives kept whole. Snippets in the shapes real city and provincial plans print them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import graph
from graph.cli import main
from graph.errors import InputError
from graph.extract import extract
from graph.extract.responsibility import extract_tasks, label_role
from graph.extract.tables import table_rows
from graph.extract.unread import unknown_labels, warnings
from graph.ingest.normalize import normalize
from graph.model import Document


def read(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(path, first 12 characters, [(mention, role)]) of every task of a text."""
    t = normalize(text)
    return [
        ("/".join(task.path), t[task.text_span.start : min(task.text_span.end, task.text_span.start + 12)],
         [(a.mention, a.role) for a in task.assignees])
        for task in extract_tasks(t)
    ]


def who(text: str) -> list[list[tuple[str, str]]]:
    return [assignees for _, _, assignees in read(text)]


# ------------------------------------------------------------------------------- field labels


def test_head_word_labels_take_their_roles() -> None:
    assert label_role("牵头考核单位") == "lead"
    assert label_role("推进单位") == label_role("主责单位") == label_role("主责部门") == "responsible"
    assert label_role("支撑单位") == label_role("协办单位") == "support"
    assert label_role("督办单位") == "guide"  # 督办: 督促指导 (GUIDE: guide)
    assert label_role("责任部门（单位）") == "responsible"
    assert label_role("牵头单位（部门）") == "lead"
    assert label_role("推进落实单位") == "responsible"
    # people, not units
    assert label_role("牵头领导") == label_role("责任领导") == label_role("责任人") == label_role("联系人") == ""
    # no role word at its head
    assert label_role("考核单位") is None and label_role("持证单位") is None


def test_lead_assessment_label_and_semicolon_in_a_parenthesis() -> None:
    # 成都市-style city plan: 牵头考核单位 before the responsible units, fields apart by ；
    text = ("二、主要任务\n（一）加快新型基础设施建设。新建5G基站6000个，推进千兆光网进小区。"
            "（牵头考核单位：市经信局；责任单位：市通信管理办、市住建局，各区〔市〕县政府）\n"
            "（二）培育数字经济核心产业。壮大软件和信息服务业。（牵头考核单位：市新经济委；责任单位：市科技局）\n")
    assert read(text) == [
        ("二/一", "加快新型基础设施建设。新", [("市经信局", "lead"), ("市通信管理办", "responsible"),
                                       ("市住建局", "responsible"), ("各区〔市〕县政府", "responsible")]),
        ("二/二", "培育数字经济核心产业。壮", [("市新经济委", "lead"), ("市科技局", "responsible")]),
    ]


def test_two_labels_in_one_parenthesis_after_a_comma() -> None:
    text = "（三）发展县域商业。完善县乡村物流体系。（牵头单位：省商务厅，责任单位：省农业农村厅、省邮政管理局）"
    assert who(text) == [[("省商务厅", "lead"), ("省农业农村厅", "responsible"), ("省邮政管理局", "responsible")]]


def test_field_lines_with_a_person_label_in_between() -> None:
    # 山东-style: each task followed by its field lines, the leader is a person
    text = ("三、重点工作\n1.推行“一业一证”改革。在50个行业推行一证准营。\n牵头领导：王某某\n推进单位：市行政审批服务局\n"
            "支撑单位：市市场监管局、市司法局\n完成时限：2022年12月\n"
            "2.深化工程建设项目审批制度改革。\n责任领导：李某某\n主责单位：市住房城乡建设局\n协办单位：市自然资源和规划局\n")
    assert read(text) == [
        ("三/1", "推行“一业一证”改革。在", [("市行政审批服务局", "responsible"), ("市市场监管局", "support"),
                                       ("市司法局", "support")]),
        ("三/2", "深化工程建设项目审批制度", [("市住房城乡建设局", "responsible"), ("市自然资源和规划局", "support")]),
    ]


def test_a_deadline_line_between_field_lines_keeps_them_one_clause() -> None:
    text = ("1.推行“一业一证”改革。\n推进单位：市行政审批服务局\n完成时限：2022年12月\n支撑单位：市市场监管局\n"
            "（二）强化考核。（牵头单位：市委组织部；完成时限：2023年底；配合单位：市统计局）")
    assert who(text) == [[("市行政审批服务局", "responsible"), ("市市场监管局", "support")],
                         [("市委组织部", "lead"), ("市统计局", "support")]]


def test_zhuze_is_responsible_in_a_clause_too() -> None:
    assert who("（二）推进改革。（市发改委主责，市财政局配合）") == [[("市发改委", "responsible"), ("市财政局", "support")]]


def test_person_labels_in_a_parenthesis_give_no_assignee() -> None:
    assert who("（四）强化资金保障。统筹专项资金。（牵头领导：张副市长；责任单位：市财政局；责任人：李某）") == [
        [("市财政局", "responsible")]
    ]
    # a clause of people only is no task
    assert read("（五）做好宣传。加强舆论引导。（责任领导：张某某，责任人：王某）") == []


def test_label_with_its_noun_in_brackets_and_a_supervising_unit() -> None:
    text = ("（六）提升医疗服务能力。建设区域医疗中心。（责任部门（单位）：市卫生健康委、市医保局）\n"
            "（七）加强人才引进。实施“英才计划”。【主责单位：市委人才办；协办单位：市人社局；督办单位：市委督查室】\n")
    assert who(text) == [
        [("市卫生健康委", "responsible"), ("市医保局", "responsible")],
        [("市委人才办", "responsible"), ("市人社局", "support"), ("市委督查室", "guide")],
    ]


def test_bracketed_label_lines() -> None:
    text = "（八）推进数据共享。\n【推进单位】市大数据局\n【支撑单位】市政务服务中心、市公安局\n"
    assert who(text) == [[("市大数据局", "responsible"), ("市政务服务中心", "support"), ("市公安局", "support")]]


def test_responsible_units_with_a_collective_after_a_long_paragraph() -> None:
    # the clause closes a long paragraph that itself talks of 牵头部门 (and may come in square brackets)
    body = ("（三）强化复工复产要素保障。由各级复工复产牵头部门统筹协调，帮助企业解决用工、资金、原材料、物流等问题，"
            "对重点企业实行“一企一策”，确保企业应复尽复、稳产满产，做到防疫情和稳生产两不误。")
    want = [[("省发展改革委", "responsible"), ("省工业和信息化厅", "responsible"), ("各市、县〔区〕政府", "responsible")]]
    assert who(body + "（责任单位：省发展改革委、省工业和信息化厅，各市、县〔区〕政府）") == want
    assert who(body + "【责任单位：省发展改革委、省工业和信息化厅，各市、县〔区〕政府】") == want
    assert who(body + "[责任单位：省发展改革委、省工业和信息化厅，各市、县〔区〕政府]") == want
    assert who(body + "\n责任单位：省发展改革委、省工业和信息化厅，各市、县〔区〕政府\n") == want
    # the clause inside a parenthesis that is none (it only tells who coordinates)
    nested = ("（三）强化复工复产要素保障（由各级复工复产牵头部门统筹协调，帮助企业解决用工、资金等问题"
              "（责任单位：省发展改革委、省工业和信息化厅，各市、县〔区〕政府））。")
    assert who(nested) == want
    assert read("（四）加强宣传（以下简称宣传工作（省委宣传部负责））。") == []


def test_unknown_labels_are_reported() -> None:
    text = normalize("各有关单位：\n（一）优化审批。（考评单位：市委督查室；实施部门：市政务服务中心）\n")
    assert unknown_labels(text) == ["考评单位"]
    (task,) = extract_tasks(text)
    assert [a.mention for a in task.assignees] == ["市政务服务中心"]


# ------------------------------------------------------------------------------- collectives


@pytest.mark.parametrize(
    ("clause", "mentions"),
    [
        ("（有关部门和单位按职责分工负责）", ["有关部门和单位"]),
        ("（各有关部门和单位负责）", ["各有关部门和单位"]),
        ("（责任单位：省民政厅，各市、县（区）人民政府）", ["省民政厅", "各市、县（区）人民政府"]),
        ("（责任单位：省生态环境厅，各市、县〔区〕政府）", ["省生态环境厅", "各市、县〔区〕政府"]),
        ("（责任单位：省水利厅，有关设区市、县〔区〕人民政府）", ["省水利厅", "有关设区市、县〔区〕人民政府"]),
        ("（责任单位：市住房城乡建设局，各区、县级市人民政府）", ["市住房城乡建设局", "各区、县级市人民政府"]),
        ("（市交通运输局及相关行业主管部门负责）", ["市交通运输局", "相关行业主管部门"]),
        ("（省发展改革委和有关部门负责）", ["省发展改革委", "有关部门"]),
        ("（省财政厅和单位负责）", ["省财政厅", "单位"]),
        ("（各省、自治区、直辖市人民政府负责）", ["各省、自治区、直辖市人民政府"]),
        ("（省发展改革委、有关市、省直有关部门负责）", ["省发展改革委", "有关市", "省直有关部门"]),
    ],
)
def test_collectives_stay_whole(clause: str, mentions: list[str]) -> None:
    (task,) = extract_tasks(normalize("（一）推进工作。" + clause))
    assert [a.mention for a in task.assignees] == mentions
    assert task.assignees[-1].generic is (mentions[-1] not in ("省财政厅",))


# ------------------------------------------------------------------------------- tables as text

HEADER = "序号\n任务类型\n重点内容\n推进单位\n完成时限\n"


def test_table_one_cell_per_line_with_merged_cells() -> None:
    # a city's 三年行动 attachment copied from Word: 任务类型 and 推进单位 merged over rows
    text = ("附件\n重点任务清单\n" + HEADER
            + "1\n数字基础设施\n加快5G基站建设，实现城区和重点乡镇全覆盖。\n市工信局、市通信发展办\n2023年底\n"
            + "2\n推进千兆光网进小区，提升家庭宽带接入能力。\n2024年底\n"
            + "3\n数字产业化\n培育软件和信息技术服务企业。\n市科技局、市发展改革委\n2025年\n"
            + "4\n推动电子信息制造业集群发展。\n市工信局\n长期坚持\n")
    assert read(text) == [
        ("", "加快5G基站建设，实现城", [("市工信局", "responsible"), ("市通信发展办", "responsible")]),
        ("", "推进千兆光网进小区，提升", [("市工信局", "responsible"), ("市通信发展办", "responsible")]),
        ("", "培育软件和信息技术服务企", [("市科技局", "responsible"), ("市发展改革委", "responsible")]),
        ("", "推动电子信息制造业集群发", [("市工信局", "responsible")]),
    ]
    rows = table_rows(normalize(text))
    assert [r.deadline.text if r.deadline else None for r in rows] == ["2023年底", "2024年底", "2025年", "长期坚持"]
    assert {r.shape for r in rows} == {"cells"}
    tasks = extract_tasks(normalize(text))
    assert all(t.form == "table" for t in tasks)
    assert [t.deadline for t in tasks] == ["2023年底", "2024年底", "2025年", "长期坚持"]  # the 完成时限 column


def test_twenty_seven_rows_with_merged_types_and_units() -> None:
    # 任务类型 printed once per group of rows, 推进单位 once per pair of rows, 完成时限 in every row
    units = ["市发展改革委", "市经济和信息化局", "市商务局、市市场监管局", "市住房城乡建设局", "市交通运输局",
             "市农业农村局", "市文化广电旅游局", "市卫生健康委", "市教育局、市人力资源社会保障局", "市生态环境局",
             "市自然资源和规划局", "市大数据中心", "市财政局、市地方金融监管局", "市科技局"]
    lines = ["附件", "2022年重点任务清单", "序号", "任务类型", "重点内容", "推进单位", "完成时限"]
    want = []
    for k in range(1, 28):
        lines.append(str(k))
        if k % 9 == 1:
            lines.append(["扩大有效投资", "促进消费升级", "优化营商环境"][k // 9])
        task = f"推进第{k}项重点工作落地见效，形成可复制经验。"
        lines.append(task)
        unit = units[(k - 1) // 2]
        if k % 2 == 1:
            lines.append(unit)
        lines.append("2022年12月底前" if k % 3 else "长期坚持")
        want.append((task[:12], unit.split("、")))
    got = read("\n".join(lines) + "\n")
    assert [(start, [m for m, _ in who_]) for _, start, who_ in got] == want
    assert all(role == "responsible" for _, _, who_ in got for _, role in who_)


def _twelve_rows() -> str:
    rows = [
        ("开展“湘品出湘”消费促进活动。", "省商务厅", "省文化和旅游厅、省贸促会", "2022年6月底前"),
        ("推进步行街改造提升。", "省商务厅", "省住房城乡建设厅", "2022年12月底前"),
        ("建设县域商业体系示范县。", "省商务厅", "省财政厅、省农业农村厅", "2022年底前"),
        ("发展夜间经济，打造夜间消费集聚区。", "省文化和旅游厅", "省商务厅、省公安厅", "2022年底前"),
        ("推进文旅消费试点城市建设。", None, None, "持续推进"),
        ("举办湖南旅游发展大会。", None, None, "2022年9月"),
        ("推动汽车消费升级，落实汽车下乡政策。", "省工业和信息化厅", "省商务厅、省公安厅", "2022年底前"),
        ("扩大新能源汽车消费。", "省发展改革委", "省工业和信息化厅、国网湖南省电力有限公司", "2022年底前"),
        ("促进家电家居消费。", "省商务厅", "省市场监管局", "长期"),
        ("加强消费金融支持。", "中国人民银行长沙中心支行", "湖南银保监局", "长期"),
        ("优化消费环境，开展放心消费创建。", "省市场监管局", "各市州人民政府", "长期"),
        ("完善消费统计监测。", "省统计局", "省商务厅", "2022年底前"),
    ]
    lines = []
    for k, (task, lead, support, due) in enumerate(rows, start=1):
        lines += [str(k), task] + [c for c in (lead, support) if c] + [due]
    return "\n".join(lines) + "\n"


def test_twelve_row_table_after_a_text_with_clauses() -> None:
    text = ("湖南省促进消费提质扩容实施方案\n一、重点任务\n"
            "（一）培育消费新业态。发展直播电商。（责任单位：省商务厅、省市场监管局，各市州人民政府）\n"
            "（二）提升县域消费。完善物流配送体系。（牵头单位：省商务厅，责任单位：省农业农村厅、省供销社）\n"
            "二、保障措施\n各地各部门要按照重点任务分解表抓好落实。\n"
            "附件\n重点任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n" + _twelve_rows())
    tasks = read(text)
    assert len(tasks) == 14
    assert [t[1] for t in tasks[:2]] == ["培育消费新业态。发展直播", "提升县域消费。完善物流配"]
    table = tasks[2:]
    assert [t[1] for t in table][:3] == ["开展“湘品出湘”消费促进", "推进步行街改造提升。", "建设县域商业体系示范县。"]
    assert table[3][2] == [("省文化和旅游厅", "lead"), ("省商务厅", "support"), ("省公安厅", "support")]
    # rows 5 and 6 print no units: the merged cells of row 4 cover them
    assert table[4][2] == table[5][2] == table[3][2]
    assert table[11][2] == [("省统计局", "lead"), ("省商务厅", "support")]
    assert all(path == "" for path, _, _ in table)


def test_sections_inside_a_table_and_rows_left_out() -> None:
    # a 国办-style 推广清单: section rows between rows, numbering jumps past rows not printed
    text = ("附件\n改革举措推广清单\n序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n"
            "一、知识产权保护方面（共2项）\n"
            "1\n知识产权民事、刑事、行政案件“三合一”审判\n整合分散的审判资源，实现审判标准统一。\n最高人民法院、国家知识产权局\n全国\n"
            "2\n专利保险机制\n开发专利执行险等保险产品。\n国家知识产权局、中国银保监会\n全国\n"
            "二、军民深度融合方面（共6项）\n三、管理体制创新方面（共1项）\n"
            "9\n允许地方高校自主开展职称评审\n下放职称评审自主权。\n教育部、人力资源社会保障部\n8个改革试验区域\n")
    assert read(text) == [
        ("一", "知识产权民事、刑事、行政", [("最高人民法院", "guide"), ("国家知识产权局", "guide")]),
        ("一", "专利保险机制", [("国家知识产权局", "guide"), ("中国银保监会", "guide")]),
        ("三", "允许地方高校自主开展职称", [("教育部", "guide"), ("人力资源社会保障部", "guide")]),
    ]


def test_table_without_serial_numbers_in_rows_of_its_width() -> None:
    text = ("工作任务\n牵头部门\n配合部门\n"
            "建立重点企业服务专员制度\n市工信局\n市发展改革委、市商务局\n"
            "开展惠企政策直达行动\n市财政局\n市税务局\n"
            "以上任务请于每季度末报送进展。\n")
    assert who(text) == [
        [("市工信局", "lead"), ("市发展改革委", "support"), ("市商务局", "support")],
        [("市财政局", "lead"), ("市税务局", "support")],
    ]


def test_table_without_serial_numbers_with_empty_cells_and_cells_on_two_lines() -> None:
    text = ("附件\n重点工作\n牵头单位\n配合单位\n完成时限\n"
            "建立重点企业服务专员制度\n市工信局\n市发展改革委、市商务局\n2022年6月\n"
            "开展惠企政策直达行动\n市财政局\n2022年底\n"  # no 配合单位
            "二、扩大投资\n"
            "推进重大项目建设\n市发展改革委\n各区人民政府\n持续推进\n"
            "完善项目推进机制，\n实行清单化管理。\n市发展改革委\n长期\n"  # a cell on two lines
            "以上任务请各单位于每季度末报送进展情况。\n")
    assert read(text) == [
        ("", "建立重点企业服务专员制度", [("市工信局", "lead"), ("市发展改革委", "support"), ("市商务局", "support")]),
        ("", "开展惠企政策直达行动", [("市财政局", "lead")]),
        ("二", "推进重大项目建设", [("市发展改革委", "lead"), ("各区人民政府", "support")]),
        ("二", "完善项目推进机制，\n实行", [("市发展改革委", "lead")]),
    ]
    assert [t.deadline for t in extract_tasks(normalize(text))] == ["2022年6月", "2022年底", "持续推进", "长期"]


def test_numbered_rows_under_a_header_without_serial_column() -> None:
    text = ("附件\n重点任务\n推进单位\n完成时限\n1\n建立企业家参与涉企政策制定机制。\n市发展改革委、市工商联\n2022年6月\n"
            "2\n开展“万人助万企”活动。\n2022年底\n")
    assert who(text) == [[("市发展改革委", "responsible"), ("市工商联", "responsible")]] * 2


def test_header_cells_printed_on_two_lines() -> None:
    text = ("附件\n序号\n重点任务\n责任\n单位\n完成\n时限\n备注\n"
            "1\n建立企业家参与涉企政策制定机制。\n市发展改革委、市工商联\n2022年6月\n")
    assert who(text) == [[("市发展改革委", "responsible"), ("市工商联", "responsible")]]
    assert [t.deadline for t in extract_tasks(normalize(text))] == ["2022年6月"]


def test_two_header_rows_printed_one_cell_per_line() -> None:
    # 责任单位 spans 牵头单位 | 配合单位 of the second header row, printed after the first row
    text = ("附件\n序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
            "1\n培育服务业龙头企业。\n省发改委\n省工信厅\n2023年\n"
            "2\n建设现代服务业集聚区。\n省商务厅\n省财政厅、省统计局\n2024年\n")
    assert who(text) == [[("省发改委", "lead"), ("省工信厅", "support")],
                         [("省商务厅", "lead"), ("省财政厅", "support"), ("省统计局", "support")]]


def test_serial_numbers_printed_with_the_task() -> None:
    text = ("附件\n序号\n重点任务\n牵头单位\n完成时限\n1.培育服务业龙头企业。\n省发改委\n2023年\n"
            "2.建设现代服务业集聚区。\n省商务厅\n2024年\n")
    assert read(text) == [("1", "培育服务业龙头企业。", [("省发改委", "lead")]),
                          ("2", "建设现代服务业集聚区。", [("省商务厅", "lead")])]


def test_short_role_labels_in_a_parenthesis() -> None:
    assert who("（一）完善机制。（牵头：市发改委；配合：市财政局、市统计局；指导：省发改委）") == [
        [("市发改委", "lead"), ("市财政局", "support"), ("市统计局", "support"), ("省发改委", "guide")]
    ]


def test_first_listed_unit_leads_by_the_header_or_the_text() -> None:
    flat = ("附件\n序号\n重点任务\n责任单位（排在第一位的为牵头单位）\n完成时限\n"
            "1\n建立企业家参与涉企政策制定机制。\n市发展改革委、市工商联\n2022年6月\n")
    assert who(flat) == [[("市发展改革委", "lead"), ("市工商联", "responsible")]]
    rule = ("一、重点任务（责任单位中排在第一位的为牵头单位，下同）\n（一）优化服务。（省发展改革委、省财政厅）\n附件\n")
    rows = "序号\t工作任务\t责任单位\n1\t开展“万人助万企”活动。\t市工信局、市财政局、各区人民政府\n"
    assert who(rule + rows)[1] == [("市工信局", "lead"), ("市财政局", "responsible"), ("各区人民政府", "responsible")]
    assert who(rows)[0][0] == ("市工信局", "responsible")  # no rule: all responsible
    two = "序号\t工作任务\t牵头单位\t责任单位\n1\t开展活动。\t市工信局\t市财政局、市商务局\n"
    assert who(rule + two)[1] == [("市工信局", "lead"), ("市财政局", "responsible"), ("市商务局", "responsible")]


def test_units_on_lines_of_a_cell_joined_by_spaces() -> None:
    # an HTML or Word cell with one unit per paragraph reads "市财政局 市商务局"
    text = "序号\t工作任务\t牵头单位\t配合单位\n1\t开展“万人助万企”活动。\t市工信局\t市财政局 市商务局 各区人民政府\n"
    assert who(text) == [[("市工信局", "lead"), ("市财政局", "support"), ("市商务局", "support"), ("各区人民政府", "support")]]
    assert who("序号\t工作任务\t牵头单位\n1\t开展活动。\t井冈山经开区 管委会\n") == [[("井冈山经开区 管委会", "lead")]]


def test_a_units_cell_with_its_own_role_words() -> None:
    text = ("序号\n工作任务\n责任单位\n1\n建设智慧社区服务平台。\n市民政局牵头，市大数据局、各区政府配合\n"
            "2\n推进养老服务“时间银行”试点。\n牵头单位：市民政局；配合单位：团市委\n")
    assert who(text) == [
        [("市民政局", "lead"), ("市大数据局", "support"), ("各区政府", "support")],
        [("市民政局", "lead"), ("团市委", "support")],
    ]


def test_short_lines_of_prose_are_no_table() -> None:
    # headings and signature lines are short too; a law's articles hold no units column
    text = ("第一章 总则\n第一条 为了规范政务数据管理，制定本办法。\n第二条 本办法适用于本州行政区域。\n"
            "牵头单位\n职责\n"
            "州人民政府办公室\n2021年10月11日\n")
    assert read(text) == []


def test_tab_rows_with_a_section_row_and_a_table_cell_holding_fields() -> None:
    text = ("序号\t重点任务\t责任单位\t完成时限\n"
            "一、优化营商环境\n"
            "1\t推行企业开办“一日办结”。\t牵头单位：市市场监管局；配合单位：市税务局、市人社局\t2022年6月\n"
            "二、扩大有效投资\n"
            "2\t推进重大项目“双月”攻坚。\t市发展改革委\t2022年底\n")
    assert read(text) == [
        ("一", "推行企业开办“一日办结”", [("市市场监管局", "lead"), ("市税务局", "support"), ("市人社局", "support")]),
        ("二", "推进重大项目“双月”攻坚", [("市发展改革委", "responsible")]),
    ]


def test_a_division_of_work_column_whose_cells_name_their_roles() -> None:
    text = ("序号\t工作任务\t责任分工\t完成时限\n"
            "1\t建设智慧社区服务平台。\t牵头单位：市民政局；配合单位：市大数据局\t2023年\n"
            "2\t推进老旧小区适老化改造。\t市住建局牵头，市民政局配合\t2023年\n")
    assert who(text) == [[("市民政局", "lead"), ("市大数据局", "support")], [("市住建局", "lead"), ("市民政局", "support")]]
    assert who("（一）完善养老服务体系。\n责任分工：市民政局牵头，市财政局、市卫生健康委配合。\n") == [
        [("市民政局", "lead"), ("市财政局", "support"), ("市卫生健康委", "support")]
    ]


def test_warnings_of_an_unread_form() -> None:
    # a units column and no row that gives a task
    text = normalize("附件\n序号\n工作任务\n责任单位\n说明\n")
    assert warnings(text, ()) == ["a units column (责任单位) but no task read: an unread table?"]
    assert warnings(normalize("（一）甲。（省发展改革委负责）"), extract_tasks(normalize("（一）甲。（省发展改革委负责）"))) == []


# ------------------------------------------------------------------------------- containers


def test_html_table_with_rowspan_and_colspan(tmp_path: Path) -> None:
    page = tmp_path / "zj.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><div id="zoom">'
        "<p>浙江省人民政府办公厅关于印发浙江省数字贸易先行示范区建设方案的通知</p><p>一、重点任务</p>"
        "<table><tr><td>序号</td><td>任务类型</td><td>重点内容</td><td>推进单位</td><td>完成时限</td></tr>"
        '<tr><td>1</td><td rowspan="2">数字基础设施</td><td>建设国际互联网数据专用通道。</td>'
        '<td rowspan="2">省通信管理局、省经信厅</td><td>2023年底</td></tr>'
        "<tr><td>2</td><td>推进跨境数据流动试点。</td><td>2024年底</td></tr>"
        '<tr><td colspan="5">二、数字贸易主体</td></tr>'
        "<tr><td>3</td><td>主体培育</td><td>培育数字贸易龙头企业。</td><td>省商务厅</td><td>长期</td></tr>"
        "</table></div></body></html>",
        encoding="utf-8",
    )
    ex = graph.extract_file(page)
    text = ex.document.text
    assert "2\t数字基础设施\t推进跨境数据流动试点。\t省通信管理局、省经信厅\t2024年底" in text
    got = [("/".join(t.path), t.text_span.quote(text), [a.mention for a in t.assignees]) for t in ex.tasks]
    assert got == [
        ("一", "建设国际互联网数据专用通道。", ["省通信管理局", "省经信厅"]),
        ("一", "推进跨境数据流动试点。", ["省通信管理局", "省经信厅"]),
        ("二", "培育数字贸易龙头企业。", ["省商务厅"]),
    ]
    # one cell per line (the page's table copied into a text file) reads the same
    flat = extract(Document(source="zj.txt", text=text.replace("\t", "\n")))
    flat_got = [("/".join(t.path), t.text_span.quote(flat.document.text), [a.mention for a in t.assignees])
                for t in flat.tasks]
    assert flat_got == got


def test_docx_table_with_merged_cells(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("广东省人民政府办公厅关于印发广东省数字经济发展工作方案的通知")
    d.add_paragraph("一、重点任务")
    t = d.add_table(rows=5, cols=4)
    rows = [("序号", "重点任务", "责任单位", ""), ("", "", "牵头单位", "配合单位"),
            ("1", "建设数据中心集群。", "省发展改革委", "省工业和信息化厅、省通信管理局"),
            ("2", "推进政务数据共享。", "", "省公安厅"),
            ("3", "培育数据要素市场。", "省政务服务数据管理局", "")]
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value:
                t.cell(r, c).text = value
    t.cell(0, 2).merge(t.cell(0, 3))  # 责任单位 over 牵头单位 | 配合单位
    t.cell(2, 2).merge(t.cell(3, 2))  # 省发展改革委 leads rows 1 and 2
    p = tmp_path / "gd.docx"
    d.save(str(p))
    ex = graph.extract_file(p)
    got = [(t.text_span.quote(ex.document.text), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]
    assert got == [
        ("建设数据中心集群。", [("省发展改革委", "lead"), ("省工业和信息化厅", "support"), ("省通信管理局", "support")]),
        ("推进政务数据共享。", [("省发展改革委", "lead"), ("省公安厅", "support")]),
        ("培育数据要素市场。", [("省政务服务数据管理局", "lead")]),
    ]


def test_xlsx_task_table_with_merged_cells(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点任务分工"
    ws.append(["山东省“十四五”养老服务体系建设重点任务分工表"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ws.append([1, "推进社区嵌入式养老服务设施建设。", "省民政厅", "省住房城乡建设厅、省自然资源厅", "2025年底前"])
    ws.append([2, "发展普惠型养老服务。", None, "省发展改革委", "2023年底前"])
    ws.append([3, "加强养老护理员队伍建设。", "省人力资源社会保障厅", "省民政厅", "持续推进"])
    ws.merge_cells("C3:C4")
    p = tmp_path / "sd.xlsx"
    wb.save(str(p))
    ex = graph.extract_file(p)
    # a sheet whose first row is one merged title starts with that title (the document's), not the sheet's name
    assert ex.document.text.splitlines()[0] == "山东省“十四五”养老服务体系建设重点任务分工表"
    assert ex.meta.title == "山东省“十四五”养老服务体系建设重点任务分工表"
    got = [(t.text_span.quote(ex.document.text), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]
    assert got == [
        ("推进社区嵌入式养老服务设施建设。", [("省民政厅", "lead"), ("省住房城乡建设厅", "support"), ("省自然资源厅", "support")]),
        ("发展普惠型养老服务。", [("省民政厅", "lead"), ("省发展改革委", "support")]),
        ("加强养老护理员队伍建设。", [("省人力资源社会保障厅", "lead"), ("省民政厅", "support")]),
    ]
    kg = graph.build_graph([p])
    df = graph.query_df(kg, "responsibilities")
    assert set(df["form"]) == {"table"}
    from graph.rdf.namespaces import PKG

    assert sorted(str(o) for o in kg.objects(None, PKG.deadline)) == ["2023年底前", "2025年底前", "持续推进"]


def test_xlsx_that_is_no_workbook(tmp_path: Path) -> None:
    p = tmp_path / "bad.xlsx"
    p.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="bad zip"):
        graph.extract_file(p)


def test_show_prints_the_forms_and_warnings(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text("某市优化营商环境行动方案\n一、重点任务\n（一）深化改革。推行告知承诺制。（牵头考核单位：市政务服务中心；考评单位：市委督查室）\n"
                   "附件\n序号\n工作任务\n推进单位\n1\n压缩审批时限。\n市行政审批局\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["show", str(doc)])
    assert r.exit_code == 0, r.output
    assert "  2 tasks (clause 1, table 1), 0 targets, 0 citations" in r.output
    assert "warning: unknown field label 考评单位：" in r.output
