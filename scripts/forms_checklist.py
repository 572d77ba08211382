"""Issue 13's checklist: for each form of its "Why" and each point of its "Build", the tests that
hold it fail when the behaviour is taken out (docs/made-eval-forms.md, "Checklist").

Each check takes one behaviour out of the source or the rules (a text replacement in the worktree),
runs the named tests, which must fail, and puts the file back; at the end the same tests run on the
unchanged worktree and must pass. Run from the worktree root (a few minutes):

    .venv/bin/python scripts/forms_checklist.py [WORD …]   (only the items whose text holds a WORD)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FT = "tests/test_fields_tables.py::"
FC = "tests/test_forms_causes.py::"
F18 = "tests/test_forms18_causes.py::"
R = "graph/data/rules.toml"

# (item, tests, [(file, old, new)]): every occurrence of old is replaced.
CHECKS: list[tuple[str, list[str], list[tuple[str, str, str]]]] = [
    ("Why: （牵头考核单位：X；责任单位：…）, a label the rules did not know",
     [FT + "test_lead_assessment_label_and_semicolon_in_a_parenthesis"],
     [(R, '"牵头考核单位" = "lead"\n', ""), (R, '"牵头" = "lead"\n"总牵头"', '"总牵头"')]),
    ("Why: 支撑单位 (support) by its head word",
     [FT + "test_head_word_labels_take_their_roles"],
     [(R, '"支撑单位" = "support"\n', ""), (R, '"支撑" = "support"\n', "")]),
    ("Why: 督办单位 (guide) by its head word",
     [FT + "test_head_word_labels_take_their_roles"],
     [(R, '"督办单位" = "guide"\n', ""), (R, '"督办" = "guide"\n', "")]),
    ("Why: 责任部门（单位）：, a label with its noun's alternative in brackets",
     [FT + "test_label_with_its_noun_in_brackets_and_a_supervising_unit"],
     [("graph/extract/cues.py", 'tail = rf"(?:（(?:{nouns}|{roles}|', 'tail = rf"(?:（(?:{roles}|')]),
    ("Why: 牵头领导： names a person, no assignee",
     [FT + "test_head_word_labels_take_their_roles", FT + "test_field_lines_with_a_person_label_in_between",
      FT + "test_person_labels_in_a_parenthesis_give_no_assignee"],
     [("graph/extract/cues.py", "    if name.endswith(cues.label_persons):\n        return \"\"\n",
       "    if name.endswith(cues.label_persons):\n        return \"responsible\"\n")]),
    ("Why: tables printed one cell per line (merged cells printed once; 27 rows; 12 rows after clauses)",
     [FT + "test_table_one_cell_per_line_with_merged_cells", FT + "test_twenty_seven_rows_with_merged_types_and_units",
      FT + "test_twelve_row_table_after_a_text_with_clauses"],
     [("graph/extract/tables.py", "def _cell_rows(text: str) -> list[Row]:\n",
       "def _cell_rows(text: str) -> list[Row]:\n    return []\n")]),
    ("Why: two labels in one parenthesis after ，, and ； between fields",
     [FT + "test_two_labels_in_one_parenthesis_after_a_comma", FT + "test_lead_assessment_label_and_semicolon_in_a_parenthesis"],
     [("graph/extract/clauses.py", 'depth_split(work, "，；。;\\n")', 'depth_split(work, "。\\n")')]),
    ("Why: （责任单位：A、B，各市、县〔区〕政府） after a long paragraph with 由各级…牵头部门 (nested group)",
     [FT + "test_responsible_units_with_a_collective_after_a_long_paragraph"],
     [("graph/extract/responsibility.py", 'elif "（" in content and not', 'elif False and "（" in content and not')]),
    ("Why/Build 1: a clause in square brackets (【…】, […])",
     [FT + "test_responsible_units_with_a_collective_after_a_long_paragraph"],
     [("graph/extract/responsibility.py", '    if "〔" in text:\n', '    if False:\n')]),
    ("Build 1: a label in square brackets on its own line (【推进单位】X)",
     [FT + "test_bracketed_label_lines"],
     [("graph/extract/responsibility.py", '    if "〔" not in text:\n        return text\n    def field(',
       "    return text\n    def field(")]),
    ("Build 1: fields and role words inside a table cell (牵头单位：X；配合单位：Y)",
     [FT + "test_tab_rows_with_a_section_row_and_a_table_cell_holding_fields", FT + "test_a_units_cell_with_its_own_role_words"],
     [("graph/extract/table_cells.py", "    clause = parse_clause(cell.text, cell.start)  #", "    clause = None  #")]),
    ("Why/Build 3: 有关部门和单位 stays whole",
     ["tests/test_fields_tables.py::test_collectives_stay_whole"],
     [(R, "bare_kind = '^(单位|部门|机构|企业|组织|团体|人民团体|社会组织|地方|地区|政府|人民政府)$'", "bare_kind = '^$'")]),
    ("Why/Build 3: 各市、县〔区〕人民政府, 有关设区市、县〔区〕人民政府, 各区、县级市人民政府 stay whole",
     ["tests/test_fields_tables.py::test_collectives_stay_whole", FC + "test_a_place_level_with_a_note_in_brackets_stays_in_its_collective"],
     [(R, "bare_place = '^(各|全|", "bare_place = '^NEVER(各|全|")]),
    ("Build 3: X及相关行业主管部门 -> X + 相关行业主管部门 (generic)",
     ["tests/test_fields_tables.py::test_collectives_stay_whole"],
     [(R, "joiners = '、，,及和与 '", "joiners = '、，,和与 '"),
      (R, 'and_words = ["以及", "和", "及", "与"]', 'and_words = ["以及", "和", "与"]')]),
    ("Build 1: unknown XX单位： labels reported by policykg show",
     [FT + "test_unknown_labels_are_reported", FT + "test_show_prints_the_forms_and_warnings"],
     [("graph/extract/unread.py", '    """Labels shaped like ``XX单位：`` / ``XX部门：`` that name no role and no collective, in order."""\n',
       '    """Labels shaped like ``XX单位：`` / ``XX部门：`` that name no role and no collective, in order."""\n'
       "    return []\n")]),
    ("Build 2: HTML <table> with rowspan carried to the rows it covers",
     [FT + "test_html_table_with_rowspan_and_colspan"],
     [("graph/ingest/html.py", 'down = _span(cell, "rowspan")', "down = 1")]),
    ("Build 2: DOCX table, a cell merged down (vMerge) given to each row it covers",
     [FT + "test_docx_table_with_merged_cells"],
     [("graph/ingest/docx.py", "    for cell in row.cells:\n        if cell._tc is previous:\n",
       "    from docx.table import _Cell\n\n"
       "    for cell in [_Cell(tc, row) for tc in row._tr.tc_lst for _ in range(tc.grid_span)]:\n"
       "        if cell._tc is previous:\n")]),
    ("Build 2: XLSX (openpyxl) with merged cells",
     [FT + "test_xlsx_task_table_with_merged_cells", FC + "test_a_workbook_with_a_task_table_on_each_of_two_sheets"],
     [("graph/ingest/xlsx.py", "    for rng in ws.merged_cells.ranges:\n", "    for rng in ():\n")]),
    ("Build 2: XLSX, every sheet read",
     [FC + "test_a_workbook_with_a_task_table_on_each_of_two_sheets"],
     [("graph/ingest/xlsx.py", "    for ws in book.worksheets:\n", "    for ws in book.worksheets[:1]:\n")]),
    ("Build 2: tab-separated rows (HTML/DOCX/XLSX rows, a text table)",
     [FT + "test_tab_rows_with_a_section_row_and_a_table_cell_holding_fields", FT + "test_docx_table_with_merged_cells",
      FT + "test_html_table_with_rowspan_and_colspan"],
     [("graph/extract/tables.py", "    for table in _tab_tables(text):\n", "    for table in ():\n")]),
    ("Build 2: the 完成时限 cell is the task's deadline",
     [FT + "test_xlsx_task_table_with_merged_cells"],
     [("graph/extract/tables.py", "deadline=row.deadline.text if row.deadline is not None", "deadline=None if row.deadline is not None")]),
    ("Build 4: policykg show prints the forms found per document",
     [FT + "test_show_prints_the_forms_and_warnings"],
     [("graph/annotate.py", "tasks{_forms(ex)}", "tasks")]),
    ("Build 4: a warning when role words or a units column give no task",
     [FT + "test_warnings_of_an_unread_form", FC + "test_show_warns_of_a_units_column_printed_with_spaces_and_reads_bare_labels"],
     [("graph/extract/unread.py", "    if tasks:\n        return out\n    cells", "    if True:\n        return out\n    cells")]),
    ("Must show: the responsibilities column form (clause, field, table)",
     [FT + "test_xlsx_task_table_with_merged_cells"],
     [("graph/rdf/build.py", "{_string(task.form)}", '{_string("clause")}'),
      ("graph/rdf/triples.py", "Literal(task.form)", 'Literal("clause")')]),
    ("Round five: 责任处（室）：, a noun with its second character in brackets",
     [FC + "test_a_label_whose_noun_prints_its_second_character_in_brackets"],
     [("graph/extract/cues.py", 'return [*nouns, *(f"{n[0]}（{n[1]}）" for n in nouns if len(n) == 2)]', "return [*nouns]")]),
    ("Round five: 具体责任单位：, a qualifier before the head word",
     [FC + "test_a_qualifier_before_the_head_word_of_a_label_keeps_its_role"],
     [(R, 'qualifiers = ["具体", "直接", "主要", "其他", "第一"]', 'qualifiers = ["无"]')]),
    ("Round five (probe): 主要责任单位： / 其他责任单位：, qualifiers before the head word",
     [FC + "test_a_qualifier_before_the_head_word_of_a_label_keeps_its_role"],
     [(R, '"主要", "其他", "第一"]', '"第一"]')]),
    ("Round five (probe): 责任单位（牵头）：, a role in brackets after a unit label",
     [FC + "test_a_role_in_brackets_after_a_unit_label"],
     [("graph/extract/cues.py", "if said is not None and label_role(", "if False and label_role(")]),
    ("Round six: 主要任务 | 具体举措, the row's own task column after a grouping one",
     [FC + "test_a_specific_task_column_after_a_general_one_is_the_task"],
     [(R, 'specific_task = ["具体", "细化"]', 'specific_task = ["无此词"]')]),
    ("Round six: the grouping column of a table printed one cell per line, printed once",
     [FC + "test_a_specific_task_column_after_a_general_one_is_the_task"],
     [("graph/extract/table_headers.py", '    if "task!" not in kinds:\n        return kinds\n', "    return kinds\n")]),
    ("Round six: an institute after a known department's name (…部科学研究院, …局调查规划设计院)",
     [FC + "test_an_institute_of_a_known_department_is_a_subject"],
     [(R, ', "研究院", "设计院", "规划院", "科学院", "研究所",', ",")]),
    ("Round seven: short labels (牵头：, 配合：) on their own lines and after spaces in a cell",
     [FC + "test_short_role_labels_open_field_lines_and_fields_after_spaces"],
     [(R, 'short_on_line = ["牵头", "配合", "协助", "参与", "主责", "协办"]', "short_on_line = []")]),
    ("Round seven: 各镇（街道）, 各镇街 as subjects of running text",
     [FC + "test_collectives_of_towns_are_subjects"],
     [(R, '"盟", "镇", "乡", "旗", "乡镇", "街道", "镇街",', '"盟", "乡镇", "街道",')]),
    ("Round eight: 各县（市、区）要… (a place level with its note alone) as a subject of running text",
     [FC + "test_a_place_level_with_its_note_alone_is_a_collective_subject"],
     [("graph/extract/prose_units.py", "        out.append(_Name(tail, base + carry, True))\n", "        return None\n")]),
    ("Round eight: a known department's division opening like a preposition (商务部…司)",
     [FC + "test_a_ministrys_division_whose_name_opens_like_a_preposition_is_a_subject"],
     [("graph/extract/prose_units.py", "if m[0] in cues.not_first and _is_known_division(bare):", "if False:")]),
    ("Round eight: a bare division opening with 市场 (市场运行和消费促进司)",
     [FC + "test_a_ministrys_division_whose_name_opens_like_a_preposition_is_a_subject"],
     [(R, 'division_may_open = ["市场"]', "division_may_open = []")]),
    ("Round eight: a city's 工作专班 as a named subject",
     [FC + "test_a_citys_task_force_is_a_named_subject"],
     [(R, '"小组", "专班", "公司"', '"小组", "公司"')]),
    ("Round five: 参办单位 / 会办单位 (support)",
     [FC + "test_participating_and_co_handling_labels_are_support"],
     [(R, '"参办" = "support"\n"会办" = "support"\n', "")]),
    ("Round five: 责任单位及完成时限：, a unit label joined to a time label",
     [FC + "test_a_unit_label_joined_to_a_time_label_names_the_units"],
     [("graph/extract/cues.py", 'sorted(spec["persons"] + spec["others"], key=len', 'sorted(spec["persons"], key=len'),
      ("graph/extract/cues.py", "(?:{persons}|{'|'.join(others)})", "(?:{persons})")]),
    ("Round five: a railway depot (…车务段) is a unit",
     [FC + "test_a_railway_depot_is_a_unit_but_a_stage_is_not"],
     [(R, '"车务段", ', "")]),
    ("Round five: show warns of unknown 处室/科室 labels",
     [FC + "test_show_warns_of_an_unknown_label_of_a_division"],
     [(R, "|处室|科室|股室|处（室）|科（室）|股（室）))", "))")]),
    ("Round nine's leftovers: 监督单位： (guide, by its head word 监督)",
     [FC + "test_an_overseeing_unit_label_is_guide"],
     [(R, '"监督" = "guide"\n', "")]),
    ("Round nine's leftovers: a slash between unit names (市应急管理局/市公安局)",
     [FC + "test_a_slash_between_unit_names_and_between_two_labels"],
     [(R, "separators = '、,，/／；;'", "separators = '、,，；;'")]),
    ("Round nine's leftovers: two labels joined by a slash (责任单位/配合单位：X/Y)",
     [FC + "test_a_slash_between_unit_names_and_between_two_labels"],
     [("graph/extract/cues.py", "[both, pair, *(", "[both, *(")]),
    ("Round nine's leftovers: 商务部对外贸易司 (a division's name holding 对外)",
     [FC + "test_a_ministrys_division_whose_name_holds_a_preposition_is_a_unit"],
     [(R, 'name_words = ["对外"]', "name_words = []")]),
    ("Round nine's leftovers: a name the registry knows holding 对 (中共中央对外联络部) as a subject",
     [FC + "test_a_ministrys_division_whose_name_holds_a_preposition_is_a_unit"],
     [("graph/extract/prose_units.py", "    if registry().by_label(m) or registry().by_label(bare):\n        return True, False  # (中共",
       "    if False:\n        return True, False  # (中共")]),
    ("Round nine's leftovers: 培训基地应当… (bases named by their kind)",
     [FC + "test_bases_named_by_their_kind_are_collective_subjects"],
     [(R, '"机关", "基地"]', '"机关"]')]),
    ("Round nine's leftovers: a page's title in a layout table's row above a 发布日期 row",
     [FC + "test_the_title_of_a_page_laid_out_in_nested_tables"],
     [("graph/ingest/html_heading.py", "return _before(row, skip_info=True) if isinstance(row, Tag) else []", "return []")]),
    ("Round nine's leftovers: a one-cell row of paragraphs is page layout",
     [FC + "test_the_title_of_a_page_laid_out_in_nested_tables"],
     [("graph/ingest/html.py", 'return len(cells) == 1 and len(cells[0].find_all(["p", "div"], recursive=False)) > 1',
       "return False")]),
    ("Round ten: 各处室要… (a collective of divisions as a subject)",
     [FC + "test_a_collective_of_divisions_is_a_subject"],
     [(R, '"专班", "处室", "科室", "股室",', '"专班",')]),
    ("Round ten: 会同省商务厅办好… (a name ends before a verb opening with its last character)",
     [FC + "test_a_partners_name_ends_before_a_verb_that_opens_with_its_last_character"],
     [("graph/extract/prose_units.py", "        if text.startswith(_ACROSS_END, j - 1):\n            continue",
       "        if False:\n            continue")]),
    ("Round ten: a two-level header (责任单位 over 牵头单位 | 配合单位)",
     [FC + "test_a_two_level_header_with_the_units_column_over_lead_and_support"],
     [("graph/extract/tables.py", "                header = found\n", "                header = header or found\n")]),
    ("Round ten: 牵头单位（部门）： / 配合单位（部门）： field lines",
     [FC + "test_a_lead_unit_label_with_its_noun_in_brackets_on_own_lines_and_in_a_header"],
     [("graph/extract/cues.py", 'tail = rf"(?:（(?:{nouns}|{roles}|', 'tail = rf"(?:（(?:{roles}|')]),
    ("Round ten: units apart by spaces only (a clause, a field line, a cell)",
     [FC + "test_units_apart_by_spaces_only_in_a_clause_a_field_line_and_a_cell"],
     [("graph/extract/mentions.py", '    if " " not in name:\n        return [(name, start, start + len(name))]\n',
       '    if True:\n        return [(name, start, start + len(name))]\n')]),
    ("Round ten: 各有关单位按照职责分工抓好落实 (按照职责 as a duty in running text)",
     [FC + "test_the_units_concerned_carry_out_their_part_at_a_sections_end"],
     [(R, '"按照职责", "按职责", "按照职责分工", "按职责分工", ', "")]),
    ("Round eleven: 第一责任单位： (a qualifier before the head word)",
     [FC + "test_a_first_responsible_unit_label"],
     [(R, '"其他", "第一"]', '"其他"]')]),
    ("Round eleven: 责任单位（排名第一的为牵头单位）：, a label carrying the first-listed-is-lead rule",
     [FC + "test_a_label_carrying_the_first_listed_is_lead_rule_in_brackets"],
     [("graph/extract/cues.py", "|(?:{lead_rule})(?:[，,](?:{below}))?)）)?", ")）)?")]),
    ("Round eleven: the bracket emptied of its rule after a label is no bracket",
     [FC + "test_a_label_carrying_the_first_listed_is_lead_rule_in_brackets"],
     [("graph/extract/clauses.py", "    if work != content:  # 责任单位（排名", "    if False:  # 责任单位（排名")]),
    ("Round eleven: 总局执法稽查局 (an internal bureau after 总局)",
     [FC + "test_an_administrations_own_bureau_printed_after_its_kind"],
     [(R, 'own_prefixes = ["厅", "局", "委", "总局"]', 'own_prefixes = ["厅", "局", "委"]')]),
    ("Round eleven: 部门和单位, 市直各单位 (collectives)",
     [FC + "test_kinds_of_body_joined_and_the_units_under_a_level_are_collectives"],
     [(R, "'^(部门|单位|机构)(和|及|与)(部门|单位|机构|组织)$', '^(省|市|县|区)直各',", "")]),
    ("Left from round seven: 人民银行市分行 (a national bank's branch) as a subject after a comma",
     [FC + "test_a_national_banks_branch_is_a_subject_after_a_comma"],
     [(R, '"研究所",\n  "分行", "支行", "中心支行"]', '"研究所"]')]),
    ("Round twelve: units parted by ； in a table cell",
     [FC + "test_units_parted_by_semicolons_in_a_table_cell"],
     [(R, "separators = '、,，/／；;'", "separators = '、,，/／'")]),
    ("Round twelve: （X为牵头单位，Y为配合单位）, a role said by a label after 为",
     [FC + "test_roles_said_by_a_label_after_wei"],
     [("graph/extract/clauses.py", "        said = _said_role(seg)  # X、Y为配合单位\n", "        said = None\n")]),
    ("Round twelve: a national administration's division as issuer (国家能源局综合司)",
     [FC + "test_a_national_administrations_division_as_issuer"],
     [(R, '"组", "社", "联", "司"]', '"组", "社", "联"]')]),
    ("Round thirteen: a plain text cut into lines of one width (a PDF's text copy) put back into paragraphs",
     [FC + "test_a_plain_text_cut_into_lines_of_one_width_is_put_back_into_paragraphs"],
     [("graph/ingest/__init__.py", "        text = unwrap(text)  #", "        text = text  #")]),
    ("Round thirteen: X等4个部门 (a count after 等)",
     [FC + "test_a_count_after_deng_and_roles_apart_by_a_space"],
     [(R, "deng = '等(?:(?:[0-9]+|[一二两三四五六七八九十]+)个)?(?=", "deng = '等(?=")]),
    ("Round thirteen: X牵头　Y配合 (roles apart by a space)",
     [FC + "test_a_count_after_deng_and_roles_apart_by_a_space"],
     [("graph/extract/clauses.py", '    if " " in work:\n        work = _role_gap_pattern()', '    if False:\n        work = _role_gap_pattern()')]),
    ("Round thirteen: 由X、Y共同负责 (running text)",
     [FC + "test_units_that_together_take_a_duty_introduced_by_you"],
     [(R, '"负总责", "共同负责", "分别负责"]', '"负总责"]')]),
    ("Round thirteen: a units header merged over several columns",
     [FC + "test_a_units_header_merged_over_several_columns"],
     [("graph/extract/tables.py", "        if not row[k].text and kinds[k - 1].startswith(\"role:\"):", "        if False:")]),
    ("Round fourteen: a units column before the task column",
     [FC + "test_a_units_column_before_the_task_column"],
     [("graph/extract/table_headers.py", '    return next((k for k in range(first_role + 1, len(kinds)) if kinds[k] in ("project", "task!", "task")), None)',
       "    return None")]),
    ("Round fourteen: a Markdown pipe table",
     [FC + "test_a_markdown_file_with_a_pipe_table"],
     [("graph/ingest/markdown.py", "        elif not _DELIMITER.match(m.group(1)):", "        elif False:")]),
    ("Round fourteen: a Markdown heading's # marks",
     [FC + "test_a_markdown_file_with_a_pipe_table"],
     [("graph/ingest/markdown.py", 'out.append(_HEADING.sub("", line))', "out.append(line)")]),
    ("Round fourteen: a label alone on its line, then a unit a line",
     [FC + "test_a_label_alone_on_its_line_then_a_unit_a_line"],
     [("graph/extract/responsibility.py", "            while after < next_field:", "            while False:")]),
    ("Round eighteen: a plain text wrapped by hand at irregular widths (lines broken inside sentences and names)",
     [F18 + "test_a_text_wrapped_by_hand_at_irregular_widths_is_put_back_into_paragraphs"],
     [("graph/ingest/unwrap.py", "        return _unwrap_ragged(text)\n", "        return text\n")]),
    ("Round eighteen: a wrapped text's titles, headings and signature stay lines of their own",
     [F18 + "test_titles_headings_and_signatures_of_a_wrapped_text_stay_lines_of_their_own"],
     [("graph/ingest/unwrap.py", "    s = line[label_length(line):]\n", "    s = line\n")]),
    ("Round eighteen: a wrapped line ending with a bracket of place levels goes on (各县（市、区）⏎人民政府要…)",
     [F18 + "test_a_text_wrapped_by_hand_at_irregular_widths_is_put_back_into_paragraphs"],
     [("graph/ingest/unwrap.py", " and _NOTE_END.search(s) is None", "")]),
    ("Round seventeen's leftover: a ministry's internal bureau printed bare (生态环境执法局负责…, 会同生态环境执法局…)",
     [F18 + "test_a_ministrys_bare_internal_bureau_is_a_subject_and_a_partner"],
     [(R, 'bureau_heads = ["执法局"', 'bureau_heads = ["无此局"'), (R, '"稽查局", ', "")]),
    ("Round seventeen's leftover: target verbs 输转, 转移, 招引, 开工",
     [F18 + "test_target_verbs_of_labour_and_projects"],
     [(R, '\n  "输转", "转移", "输出", "吸纳", "安置", "招引", "开工", "竣工", "帮扶"]', "]")]),
    ("Round eleven: a Word unit cell with a paragraph per unit",
     [FC + "test_units_a_line_each_in_excel_and_word_cells_and_a_tables_caption_row"],
     [("graph/ingest/docx.py", '    return " ".join(p for p in parts if p)', '    return "".join(p for p in parts if p)')]),
    ("Round eleven: an XLSX unit cell with a line per unit, <br/> between units (split at the spaces they become)",
     [FC + "test_units_a_line_each_in_excel_and_word_cells_and_a_tables_caption_row"],
     [("graph/extract/mentions.py", '    if " " not in name:\n        return [(name, start, start + len(name))]\n',
       '    if True:\n        return [(name, start, start + len(name))]\n')]),
]


def _pytest(nodes: list[str]) -> int:
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *nodes]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False).returncode


def main() -> int:
    bad = 0
    only = [c for c in CHECKS if not sys.argv[1:] or any(a in c[0] for a in sys.argv[1:])]
    for item, nodes, edits in only:
        saved: dict[Path, str] = {}
        try:
            for name, old, new in edits:
                path = ROOT / name
                text = saved.setdefault(path, path.read_text(encoding="utf-8"))
                current = path.read_text(encoding="utf-8")
                if old not in current:
                    raise SystemExit(f"checklist out of date: {old!r} not in {name}")
                path.write_text(current.replace(old, new), encoding="utf-8")
                assert text
            rc = _pytest(nodes)
        finally:
            for path, text in saved.items():
                path.write_text(text, encoding="utf-8")
        ok = rc != 0
        bad += not ok
        print(f"{'fails without' if ok else 'STILL PASSES '}  {item}  [{', '.join(n.split('::')[-1] for n in nodes)}]")
    only = [c for c in CHECKS if not sys.argv[1:] or any(a in c[0] for a in sys.argv[1:])]
    every = sorted({n for _, nodes, _ in only for n in nodes})
    rc = _pytest(every)
    print(f"unchanged worktree: {'all pass' if rc == 0 else 'FAILURES'} ({len(every)} tests)")
    return 1 if bad or rc else 0


if __name__ == "__main__":
    sys.exit(main())
