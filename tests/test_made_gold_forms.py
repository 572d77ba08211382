"""The documents we wrote in every form a plan assigns work (issue 13; tests/made_gold/forms, forms2,
forms3 to forms14, see docs/made-eval-forms.md), built with the installed ``policykg`` and scored by the
project's unchanged scorer (run_eval.sh, once over every set; score.py per set: tests/made_scores.py), stay at the level reached: 1.000 on every scored row but
the floors below."""

from __future__ import annotations

from pathlib import Path

import pytest
from made_scores import score

MADE = Path(__file__).resolve().parent / "made_gold"

# Rows below 1.000, with the reason. forms: one of 18 targets, 不少于4家 after a long indicator with a
# quoted slogan (达到“优质服务基层行”推荐标准的乡镇卫生院), is not read (targets are another issue's work).
TARGETS_UNANNOTATED = {"targets (value + unit)": 0.0, "targets with deadline": 0.0}


def split_collective(f1: float, named: float) -> dict[str, float]:
    """Floors for a gold that splits a collective the tool keeps whole: the rows that count every mention, and the
    named row (the whole mention is in no gold's generic list, so the scorer counts it as a named unit)."""
    return {**dict.fromkeys(("assignments: task + mention + role", "assignments ignoring role",
                             "assignments per document (mention + role)"), f1), "assignments, named units only": named}


FLOORS = {
    "forms": {"targets (value + unit)": 0.944, "targets with deadline": 0.944},
    "forms2": {},
    "forms3": {},
    "forms4": {},
    "forms5": {},
    "forms6": {},
    "forms7": {},
    "forms8": {},
    "forms9": {},
    "forms10": {},
    "forms11": {},
    "forms12": {},
    "forms13": {},
    "forms14": {},
    "forms20": {},  # round twenty: 1.000 on every row at its first run, no fix made for it
    # round twenty-one: one generic subject, 各县（区）、市级有关部门要…, read as one collective (the gold: two), which
    # the scorer counts as a named prose mention (27 found for 26)
    "forms21": {"prose assignments, named units only": 0.981},
    "forms22": {},  # round twenty-two: 1.000 on every row after its one fix (units as a sentence's label, X：负责…)
    "forms23": {},  # round twenty-three: 1.000 on every row at its first run (its one miss was a page's title)
    # round twenty-four: two of five targets not read (公开招聘中小学教师120名: 招聘 is no target cue; 100兆比特每秒: a unit
    # not known); targets are not issue 13's work, left as found
    "forms24": {"targets (value + unit)": 0.75, "targets with deadline": 0.75},
    # round twenty-five: one role read otherwise than the first gold (X负总责: gold responsible, rules.toml lead);
    # the lead decided lead (overall charge, as 总牵头) and corrected the gold after the first run: 1.000 on every row
    "forms25": {},
    "forms26": {},  # round twenty-six: 1.000 on every row after its one fix (a label apart from its units by spaces)
    "forms27": {},  # round twenty-seven: 1.000 on every row after its one fix (a person's field in brackets after a unit)
    # round twenty-eight: 1.000 on every row after its fixes (主办：, X　张某某 under a joined label, X作为牵头单位, and an
    # XLSX's notes sheet 填表说明 put after its table sheet, whose category rows its 1. 2. had taken under them)
    "forms28": {},
    "forms29": {},  # round twenty-nine: 1.000 on every row at its first run, no fix made for it
    # round thirty: 1.000 on every scored row at its first run (its one miss, zhoushan_yuye's title taken from the page's
    # metadata table before the title div, is a document-level row this test does not hold), no fix made for it
    "forms30": {},
    # round 31: ziyang_wenlv's one-cell-per-line table prints row 6 with one units cell of two (its 牵头单位 merged with
    # row 5's): left as found in "Rounds 31–32"; read since "Rounds 87–96" (a row short by its lead cell, no blank line
    # in it, takes the lead above: table_merges.lead_left_out): 1.000 on every row
    "forms31": {},
    # round 32: its first four documents 1.000 on every row at their first run; a fifth (wuzhou_gangkou, task cards) 1.000
    # after its two fixes
    "forms32": {},
    # rounds 33-34: gold annotates assignments only (no targets): the targets the tool reads in the task cells
    # (改造老旧小区60个, 城镇新增就业4万人) have no gold to match, so the targets rows score 0 (docs/made-eval-forms.md
    # "Rounds 33–34"); every other row 1.000 after the rounds' fixes
    "forms33": {"targets (value + unit)": 0.0, "targets with deadline": 0.0},
    "forms34": {"targets (value + unit)": 0.0, "targets with deadline": 0.0},
    # round 35: first run named 0.943 (hfut_fengong's 实验室与设备管理处 read as two units; fixed, test_forms35_causes);
    # huaihe_kaohe's prose sentence is unread (a 细则 is read as a regulation: only registry units are subjects there),
    # left for the lead (docs/made-eval-forms.md "Round 35")
    "forms35": {"prose tasks found (annotated documents)": 0.857, "prose assignments, named units only": 0.857},
    # round 36: first run 1.000 but one prose task (gansu_linye's bare 办公室负责…; fixed, test_forms36_causes)
    "forms36": {},
    # round 37: first run named 0.911 (baicheng_nongye's PDF cells with units stacked one per line read as one name;
    # sxjg_anquan's bare 安全环保部要会同… no subject; both fixed, test_forms37_causes)
    "forms37": {},
    # round 38: first run named 0.950 (chaozhou_xiaofei's units cell of paragraphs cut its collective 各县、区人民政府（管委会）
    # at the 、; fixed, test_forms38_causes)
    "forms38": {},
    # round 39: first run named 0.712 (pingliang_gengxin's rule-less PDF table with wrapped cells, bazhong_zhenxing's
    # header 协同, fjmz_gongzuo's 平潭综合实验区 bodies and collective; all fixed, test_forms39_causes)
    "forms39": {},
    "forms40": {},  # round 40: 1.000 on every row at its first run, no fix made for it
    "forms41": {},  # round 41: 1.000 on every row at its first run, no fix made for it
    # round 42: first run named 0.833 (zhoukou_liangshi's header 牵头单位；配合单位 over cells X；Y、Z not read; fixed,
    # test_forms42_causes)
    "forms42": {},
    "forms43": {},  # round 43: 1.000 on every row at its first run, no fix made for it
    "forms44": {},  # round 44: 1.000 on every row at its first run, no fix made for it
    "forms45": {},  # round 45: 1.000 on every row at its first run, no fix made for it
    # rounds 46-56 (docs/made-eval-forms.md "Rounds 46–56"): gold annotates assignments only. forms46: one target read
    # where the gold has none (实现一次告知 read as 1 次; targets are not issue 13's work), so the targets rows score 0;
    # every other row 1.000 after the round's fixes (test_forms46_causes)
    "forms46": {"targets (value + unit)": 0.0, "targets with deadline": 0.0},
    "forms47": {},  # round 47: first run named 0.971 (a box-drawn table's wrapped cells; fixed, test_forms47_causes)
    "forms48": {},  # round 48: first run named 0.847 (协商议题/承办专委会, 研究室, 门诊部; fixed, test_forms48_causes)
    "forms49": {},  # round 49: first run named 0.926 (责任： in a cell, 等科室, 经济…, 纪工委; fixed, test_forms49_causes)
    # round 50: every table and clause assignment read at its first run, one prose collective not (各地、州、市人民政府
    # （行政公署）; fixed, test_forms50_causes); two gold rows of guangan_renju share their first 8 characters
    # (开展农村人居环境整治成效… / …宣传), the scorer's task key, so the scorer counts 29 of 30 tasks (the tool reads 30)
    "forms50": {"tasks found (source, path, start)": 0.983},
    "forms51": {},  # round 51: first run named 0.984 (协同推进, X为牵头单位 in running text; fixed, test_forms51_causes)
    "forms52": {},  # round 52: first run named 0.682 (emoji field lines, 政策名称; fixed, test_forms52_causes)
    "forms53": {},  # round 53: 1.000 on every row at its first run, no fix made for it
    "forms54": {},  # round 54: first run named 0.878 (Markdown bold labels; fixed, test_forms54_causes)
    "forms55": {},  # round 55: first run named 1.000, prose named 0.500 (…督查室加强…; fixed, test_forms55_causes)
    "forms56": {},  # round 56: first run named 1.000, prose tasks 0.800 (各级人民武装部; fixed, test_forms56_causes)
    "forms57": {},  # round 57: first run named 0.950 (an enterprise's 建设部; fixed, test_forms57_causes)
    "forms58": {},  # round 58: first run named 1.000, prose tasks 0.857 (各二级党组织; fixed, test_forms58_causes)
    "forms59": {},  # round 59: 1.000 on every row at its first run, no fix made for it
    "forms60": {},  # round 60: first run named 0.800 (（责任单位为X）; fixed, test_forms60_causes)
    "forms61": {},  # round 61: first run prose named 0.667 (villages, …处组成, 镇派出所; fixed, test_forms61_causes)
    "forms62": {},  # round 62: first run named 0.903 (a court's …庭, 机关党委; fixed, test_forms62_causes)
    "forms63": {},  # round 63: 1.000 on every row at its first run, no fix made for it
    "forms64": {},  # round 64: 1.000 on every row at its first run, no fix made for it
    "forms65": {},  # round 65: 1.000 on every row at its first run, no fix made for it
    "forms66": {},  # round 66: first run named 1.000, prose named 0.875 (…支队优化…; fixed, test_forms66_causes)
    # rounds 67-76 (docs/made-eval-forms.md "Rounds 67–76"); causes fixed in test_forms67_causes
    "forms67": {},  # round 67: 1.000 on every row at its first run, no fix made for it
    "forms68": {},  # round 68: 1.000 on every row at its first run, no fix made for it
    "forms69": {},  # round 69: 1.000 on every row at its first run, no fix made for it
    "forms70": {},  # round 70: 1.000 on every row at its first run, no fix made for it
    "forms71": {},  # round 71: first run named 0.958 (中央、省驻宁有关单位 split at the 、; fixed)
    "forms72": {},  # round 72: 1.000 on every row at its first run, no fix made for it
    "forms73": {},  # round 73: first run named 0.941 (a tab row's empty merged units cell; fixed)
    "forms74": {},  # round 74: 1.000 on every row at its first run, no fix made for it
    "forms75": {},  # round 75: 1.000 on every row at its first run, no fix made for it
    "forms76": {},  # round 76: first run named 0.929 (X、Y督办 in a clause; fixed)
    # prose rounds 1–3 (docs/made-eval-forms.md "Prose rounds 1–3"): first run prose tasks / named 1.000 / 1.000,
    # 0.737 / 0.833, 0.720 / 0.923 (a law's duties, 救援协调处, 执法支队, 各脱贫村, 驻村工作队, 城关镇东岭村; fixed,
    # test_prose_rounds_causes); forms_prose2 keeps one miss: 县（市、区）人民政府确定的城市绿化主管部门 (a name holding 的)
    "forms_prose1": {},
    "forms_prose2": {},  # its one miss (a name holding 的) read since prose rounds 4–5
    "forms_prose3": {},
    # rounds 77-86 (containers): gold annotates assignments only (no targets), as rounds 33-34: the targets the tool
    # reads have no gold to match, so the targets rows score 0 where it reads any (docs/made-eval-forms.md)
    "forms77": TARGETS_UNANNOTATED,  # first run 1.000 (second batch too)
    "forms78": TARGETS_UNANNOTATED,  # first run 1.000 (second batch too)
    "forms79": TARGETS_UNANNOTATED,  # first run 1.000 (second batch too)
    "forms80": TARGETS_UNANNOTATED,  # first run named 0.903, a PDF table over a page; second batch 0.000, a table
    # without rules (fixed, test_forms77_causes)
    "forms81": TARGETS_UNANNOTATED,  # first run named 0.571, page numbers and cells run on; second batch 0.696, a
    # running head (fixed, test_forms77_causes)
    "forms82": TARGETS_UNANNOTATED,  # first run 1.000 (second batch too)
    "forms83": TARGETS_UNANNOTATED,  # first run 1.000 (second batch too)
    "forms84": TARGETS_UNANNOTATED,  # first run 1.000 (second batch too; a prose start: a gold error, corrected)
    "forms85": TARGETS_UNANNOTATED,  # first run named 0.923 (the drawer's rules; after the redraw 1.000)
    "forms86": TARGETS_UNANNOTATED,  # first run named 0.766, tab rows; second batch 0.941, a lead printed empty
    # (fixed, test_forms77_causes)
    # prose rounds 4–5 (docs/made-eval-forms.md "Prose rounds 4–5"): first run prose tasks / named 1.000 / 1.000 and
    # 1.000 / 0.980 (县特殊教育学校; a speech's date, 万担; fixed, test_prose_rounds45_causes)
    "forms_prose4": {},
    "forms_prose5": {},
    # rounds 87-96 (docs/made-eval-forms.md "Rounds 87–96"); causes fixed in test_forms87_causes. Gold annotates no
    # targets: where a document states a quantity the tool reads as a target, the targets rows score 0 (0 gold).
    "forms87": TARGETS_UNANNOTATED,  # round 87: 1.000 on every annotated row at its first run
    "forms88": {},  # round 88: 1.000 on every row at its first run (star and ★ leads, 主抓/协抓: read before the round)
    # rounds 89 and 91: the gold reads 各乡镇人民政府、街道办事处 (各镇…) as two collectives; since places72–77 the
    # tool reads one, as running text does and as GUIDE keeps 各有关部门和单位 whole (a split whole would cost two)
    "forms89": {**split_collective(0.966, 0.988)},  # round 89: first run named 0.964 (a one-cell-per-line row short by its merged lead; fixed)
    "forms90": {},  # round 90: first run named 0.971 (各辖市、区交通运输局 cut at its 、; fixed)
    "forms91": {**TARGETS_UNANNOTATED, **split_collective(0.985, 0.994)},  # round 91: first run prose 0.667 (示范区X局要…; fixed)
    "forms92": {},  # round 92: 1.000 on every row at its first run
    "forms93": {},  # round 93: 1.000 on every row at its first run
    "forms94": TARGETS_UNANNOTATED,  # round 94: first run named 0.984 (a tab row's empty merged lead cell; fixed)
    "forms95": TARGETS_UNANNOTATED,  # round 95: 1.000 on every annotated row at its first run
    "forms96": TARGETS_UNANNOTATED,  # round 96: 1.000 on every annotated row at its first run
    # rounds 97-104 (containers, second look; causes fixed in test_forms97_causes)
    "forms97": TARGETS_UNANNOTATED,  # first run named 0.875 (units listed in a table inside their cell)
    "forms98": TARGETS_UNANNOTATED,  # first run named 0.792 (a table in a text box; 项目建设任务 after the units)
    "forms99": TARGETS_UNANNOTATED,  # first run named 0.694 (hidden columns; the first-listed lead in a note row)
    "forms100": TARGETS_UNANNOTATED,  # first run 1.000
    # first run named 0.969 (a pdftotext -layout copy's wrapped cells: fixed); not fixed: a task cell's wrapped tail
    # 博会, printed one cell per line, read as a unit (wuzhou_liubao)
    "forms101": {**TARGETS_UNANNOTATED, "assignments, named units only": 0.984, "assignments: task + mention + role": 0.985,
                 "assignments ignoring role": 0.985, "assignments per document (mention + role)": 0.985},
    "forms102": TARGETS_UNANNOTATED,  # first run named 0.847 (a hidden row; the first-listed lead in a subtitle row)
    "forms103": TARGETS_UNANNOTATED,  # first run 1.000
    "forms104": TARGETS_UNANNOTATED,  # first run named 0.680 (a 序号 cell numbered by Word read as a unit's label)
    # rounds 105-112 (containers, third look; causes fixed in test_forms105_causes; first run named 0.788, task 0.846)
    "forms105": TARGETS_UNANNOTATED,  # first run named 0.705 (a units cell holding a label table)
    "forms106": TARGETS_UNANNOTATED,  # first run 1.000
    "forms107": TARGETS_UNANNOTATED,  # first run 1.000
    "forms108": TARGETS_UNANNOTATED,  # first run named 1.000 (a title wrapped inside 通知: fixed)
    "forms109": TARGETS_UNANNOTATED,  # first run named 0.057 (centred layout-text tables; a wrapped title)
    # first run named 0.880 (an Excel-copied cell quoted over two lines); the task row below 1.000 is the scorer's
    # 8-character key: two of jingjiang_chuanbo's tasks open with 推进船舶修造企业, one key (the tool reads both)
    "forms110": {**TARGETS_UNANNOTATED, "tasks found (source, path, start)": 0.957},
    "forms111": TARGETS_UNANNOTATED,  # first run named 0.706 (content controls; a units row merged across)
    "forms112": TARGETS_UNANNOTATED,  # first run named 0.524 (role columns in a workbook and a Word file)
    # rounds 113-120 and prose round 6 (docs/made-eval-forms.md "Rounds 113–120 and prose round 6"): gold annotates no
    # targets. First run named and task F1 1.000 on all 24 plan documents; prose tasks 51 of 59 (bare bodies of the
    # issuer's place, 各团, 同级…部门, 按照职责分工密切配合, a past opener; fixed, test_forms113_causes)
    "forms113": TARGETS_UNANNOTATED,
    "forms114": TARGETS_UNANNOTATED,
    "forms115": TARGETS_UNANNOTATED,  # (and two HTML pages' title / 文号 before a labelled block: fixed)
    "forms116": TARGETS_UNANNOTATED,
    "forms117": TARGETS_UNANNOTATED,
    "forms118": TARGETS_UNANNOTATED,
    "forms119": TARGETS_UNANNOTATED,
    "forms120": TARGETS_UNANNOTATED,
    "forms_prose6": {},
    # rounds 121-126 (containers, fourth look; causes fixed in test_forms121_causes; first run named 0.798, task 0.824)
    "forms121": TARGETS_UNANNOTATED,  # first run named 0.945 (tracked changes in cells)
    "forms122": TARGETS_UNANNOTATED,  # first run named 0.636 (a role column after the units; a 配合单位 sheet)
    "forms123": TARGETS_UNANNOTATED,  # first run 1.000
    "forms124": TARGETS_UNANNOTATED,  # first run named 0.862 (a role column after the units in a PDF)
    "forms125": TARGETS_UNANNOTATED,  # first run named 0.346 (ideographic-space columns; a units row, one cell a line)
    "forms126": TARGETS_UNANNOTATED,  # first run named 0.923 (one cell a line over a page break, wrapped cells)
    # rounds 127-130 and prose rounds 7-8 (docs/made-eval-forms.md "Rounds 127–130 and prose rounds 7–8"): gold annotates
    # no targets. First run named 0.907, tasks 0.939 on the 12 plans (a clause right after an item's label, a division
    # name holding 和); prose tasks 35 of 43, prose named 37 of 62 (给予支持, 我局, a bureau's own 站 and 股 …; fixed,
    # test_forms127_causes). Left below 1.000: prose rounds 7 and 8 (readings not yet read, see the doc).
    "forms127": TARGETS_UNANNOTATED,
    "forms128": TARGETS_UNANNOTATED,
    "forms129": TARGETS_UNANNOTATED,  # first run named 0.727 (huma: clauses right after the label)
    "forms130": TARGETS_UNANNOTATED,  # first run named 0.870 (市场运行和消费促进处 split at 和)
    # (the prose rounds' gold annotates no targets nor citations: those rows score 0)
    # (prose named 0.929 -> 0.947 and 0.918 -> 0.935 since prose round 13: Y给予支持 after a subject's duty, support)
    "forms_prose7": {"citations (cites)": 0.0, "prose tasks found (annotated documents)": 0.97,
                     "prose assignments, named units only": 0.94},
    # (forms_prose8 prose named 0.935 -> 0.984 since the corpus audit 4: X将联合Y…, X lead and Y support, as X将会同Y…)
    "forms_prose8": {**TARGETS_UNANNOTATED, "citations (cites)": 0.0, "citations (produces)": 0.0,
                     "prose assignments, named units only": 0.98},
    # rounds 131-134 (containers in the usual layouts of offices and sites: WPS attachments, OA workbook exports,
    # 政府信息公开 pages pasted from Word, ruled PDF tables, web tables copied one cell per line; docs/made-eval-forms.md
    # "Rounds 131–134"): first run 1.000 on every measure (named 103/103, tasks 48/48), floors at first-run values.
    "forms131": {},
    "forms132": {},
    "forms133": {},
    "forms134": {},
    # prose rounds 9-10 (docs/made-eval-forms.md "Prose rounds 9–10"): first run prose tasks 0.913 and 0.958, prose
    # named 0.871 and 0.928 (联合 after a 牵头 subject, subjects right after 会议要求, 由X作为…，负责…, 教研室, 各中小学校、
    # 幼儿园; fixed, test_prose9_causes). Left in prose9: 请X会同Y after a topic mid-sentence, a bare 施工单位 read (both read
    # since: 1.000; the regulated party by prose rounds 17-20, tests/test_prose17_causes.py).
    "forms_prose9": {},
    "forms_prose10": {},
    # rounds 135-142 (containers, fifth look: long tables with group rows, tables over pages, one cell per line after a
    # notice with clauses, nested pages with <th> first, multi-sheet workbooks, cells of 10+ units, unusual columns;
    # docs/made-eval-forms.md "Rounds 135–142"): first run named 0.999 (1107/1110), tasks 0.999 (380/381); the row
    # lost (a task cell read as a park's name), a menu read as a title and a plant's size read as a target fixed
    # (test_forms135_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(135, 143)},
    # prose rounds 11-12 (docs/made-eval-forms.md "Prose rounds 11–12"): first run prose tasks 0.952 and 0.983, prose named
    # 0.956 and 0.968 (persons asked by 请, a paragraph reviewing the past year, 由X组织实施, X经Y授权，将…, 镇市场监管所, a work
    # report's issuer; fixed, test_prose11_causes); forms_prose12's target gold corrected after the run (一次 as GUIDE's 一期).
    "forms_prose11": {},
    "forms_prose12": {},
    # prose rounds 13-14 (docs/made-eval-forms.md "Prose rounds 13–14"): first run prose tasks 1.000 and 0.917, prose named
    # 1.000 and 0.866; field tasks 0.333 and 0.333 (整改责任单位： unknown, one card under its heading started at 整改措施：,
    # 省市场监管厅, 兴隆华侨农场, 委党组, 驻委纪检监察组给予指导, 各责任股室、单位, 由X依规依纪追责问责; fixed, test_prose13_causes);
    # forms_prose14's clause start corrected after the run (GUIDE: from the numbered unit's start, its heading).
    "forms_prose13": {},
    "forms_prose14": {},
    # prose rounds 15-16 (held out, imitating real documents' running text): first run forms_prose15 prose named 0.987,
    # forms_prose16 prose tasks 0.944, named 0.953 (由X另行制定, 由X统一组织，Y具体承办, 由X具体组织实施, 给予技术指导, a bare
    # 镇人民政府, X负责…，对…负总责; fixed, tests/test_prose15_causes.py).
    "forms_prose15": {},
    "forms_prose16": {},
    # prose rounds 17-20 (held out, new hands: a State Council executive meeting's release, a work report's division in
    # paragraphs, a speech, a joint-prevention notice, a joint meeting's member duties, a city's 办法, a supervision bulletin, a
    # 厅's work points, 2005/2008/2012 documents, a report and a reply telling practice with 都要, regulated parties in plans;
    # docs/made-eval-forms.md "Prose rounds 17–20"): first run prose tasks 0.987 / 0.947 / 0.837 / 0.946, prose named 0.981 /
    # 0.911 / 0.829 / 0.918 (fixed, tests/test_prose17_causes.py). Left: forms_prose18's 工业和信息化部：负责…，会同Y… (the gold's
    # R and L; 会同 in a later clause gives the subject lead only) and its 办法's penalty 由X责令限期改正 (no task in a regulation:
    # [prose] by_cues_not_in_laws), forms_prose20's start of 12 characters holding 7 word characters (各市（地）、县（市）人民: the
    # scorer keys tasks on 8) and a reduction target (减少10%以上).
    "forms_prose17": {},
    "forms_prose18": {"prose tasks found (annotated documents)": 0.983, "prose assignments, named units only": 0.976},
    "forms_prose19": {},
    "forms_prose20": {"prose tasks found (annotated documents)": 0.973, "prose assignments, named units only": 0.966,
                      "targets (value + unit)": 0.857, "targets with deadline": 0.857},
    # prose rounds 21-22 (a blind hand: a joint 意见, a 防汛 预案, a 国务院 批复, a campaign 通知, a 职责清单, a 全会 决定, a 实施细则,
    # a press conference; docs/made-eval-forms.md "Prose rounds 21–22 (a blind hand)"): first run prose tasks 0.933 / 0.868
    # (0.920 against the gold corrected to docs/readings.md), named 0.897 / 0.923 (fixed, tests/test_prose21_causes.py).
    # Left: 居（村）民委员会应当协助… in a 细则's article (a law's subjects are government bodies); the transcript's past count
    # (共为民营企业办理诉求1.2万件) read as a target.
    "forms_prose21": {},
    "forms_prose22": {"prose tasks found (annotated documents)": 0.98, **TARGETS_UNANNOTATED},
    # prose rounds 23-24 (a blind hand: a 实施意见, a 防火 通知, a 常务会议纪要, a speech with a 工作回顾 section, a 政府工作报告, a
    # 条例, a 工作方案 with clauses, a 工作要点, a 办法, a 安委会办公室's 通知; docs/made-eval-forms.md "Prose rounds 23–24 (a blind
    # hand)"): first run prose tasks 0.969 / 0.971, prose named 0.958 / 0.886 (0.914 against the gold corrected to earlier gold's
    # readings); the causes fixed (tests/test_prose23_causes.py): 1.000 on every row.
    "forms_prose23": {},
    "forms_prose24": {},
    # prose rounds 25-26 (a blind hand: a 国务院办公厅 意见, a 省委省政府 实施意见, a county 工作方案 in running text, a 督查 通报, a
    # 领导小组 会议纪要; a ministry's 意见, a reply to a deputy, a 条例, a 通知 of traps; docs/made-eval-forms.md "Prose rounds 25–26
    # (a blind hand)"): first run prose tasks 0.967 / 0.955, prose named 0.964 / 0.938; the causes fixed
    # (tests/test_prose25_causes.py): 1.000 on every row.
    "forms_prose25": {},
    "forms_prose26": {},
    # prose rounds 27-28 (a blind hand: a 常务会议纪要, a 督查通报, a reply to a CPPCC proposal, an 应急预案; a 实施细则 with a 法律责任
    # chapter, a vice mayor's speech, a group company's 工作要点, a leaders' division notice; docs/made-eval-forms.md "Prose rounds
    # 27–28 (a blind hand)"): first run prose tasks 0.967 / 0.943, prose named 0.949 / 0.935 (round 28 0.963 / 0.952 against its
    # gold corrected to docs/readings.md's 由X依法处理); the causes fixed (tests/test_prose27_causes.py): 1.000 on every row.
    "forms_prose27": {},
    "forms_prose28": {},
    # prose rounds 29-30 (a blind hand: a 实施意见 closing each measure with `由X负责，Y配合。`, a 工作方案 of `X要…，Y要…`, a city's
    # 通知 to its counties and bureaus, a 考核办法 in articles; a 联席会议制度, a 专项整治方案, a county 人大常委会's 决定, a provincial
    # department's 意见; docs/made-eval-forms.md "Prose rounds 29–30 (a blind hand)"): first run prose tasks 0.966 / 0.969,
    # prose named 0.935 / 0.906; the causes fixed (tests/test_prose29_causes.py): 1.000 on every row.
    "forms_prose29": {},
    "forms_prose30": {},
    # prose rounds 31-32 (a blind hand: a State Council 意见, a ministry office's 通知 to the provinces, a city's 实施办法 of
    # `X负责…；Y负责…`, a county bureau's 工作计划 in its own voice; a meeting's news report, a province's 批复, a city's 意见 for
    # social organisations, enterprises and schools, a county's 责任清单 in sentences; docs/made-eval-forms.md "Prose rounds 31–32
    # (a blind hand)"): first run prose tasks 0.907 / 0.886, prose named 0.817 / 0.833 (0.937 / 0.851 for round 32 against its
    # gold's corrected starts); the causes fixed (tests/test_prose31_causes.py). Left (floors): `X负责…的Z，由X所属的Y具体负责…`,
    # `项目实施乡镇要…`, a bare `企业要…`, a present count after `已建成…，配备…` read as a target.
    "forms_prose31": {"prose tasks found (annotated documents)": 0.988, "prose assignments, named units only": 0.974},
    "forms_prose32": {"prose tasks found (annotated documents)": 0.988, "prose assignments, named units only": 0.989,
                      "targets (value + unit)": 0.667, "targets with deadline": 0.667},
    # prose rounds 33-34 (a blind hand: a city's 常务会议纪要, a 国办 通知, a 领导小组 notice with member lines, a plan under its
    # notice, a bureau's 工作要点 in its own voice; a province's 实施意见, a banner's 专题会议纪要, a notice adjusting a 领导小组, a
    # city bureau's 通知, a city's 实施意见; docs/made-eval-forms.md "Prose rounds 33–34 (a blind hand)"): first run prose tasks
    # 0.959 / 0.941, prose named 0.957 / 0.922 (0.969 / 0.952 and 0.965 / 0.940 against the golds corrected after the run); the
    # causes fixed (tests/test_prose33_causes.py): 1.000 on every row.
    "forms_prose33": {},
    "forms_prose34": {},
    # prose rounds 35-36 (a blind hand: a 国务院 意见, a ministry's 通知 to the provinces, a city's 工作要点 whose items open with
    # the doer, a region's 批复, a vice mayor's speech; a 督查通报 with `责令X…`, a 联席会议制度, an 应急预案's 职责 list, a 办法 in
    # articles, a 专题会议纪要; docs/made-eval-forms.md "Prose rounds 35–36 (a blind hand)"): first run prose tasks 0.947 / 0.951,
    # prose named 0.941 / 0.914 (0.928 for round 36 against its gold corrected after the run); the causes fixed
    # (tests/test_prose35_causes.py): 1.000 on every row.
    "forms_prose35": {},
    "forms_prose36": {},
    # prose round 37 (a blind hand: a province's 实施意见, a city's 工作要点 under its notice, the forestry and grassland
    # administration's 通知 to the provinces, a county's 专题会议纪要 with no signature; docs/made-eval-forms.md "Prose round 37
    # (a blind hand; first run only)"): first run prose tasks 0.986 (34/35), prose named 1.000 (33/33). Left (floor):
    # `各地接到热点信息后，要在1小时内核查反馈。` (a time clause between the collective and its 要) not read.
    "forms_prose37": {"prose tasks found (annotated documents)": 0.986},
    # rounds 143-148 (every notice's surrounding text written apart: field lines after measures, 【】 fields before an
    # item's text, clauses mid-paragraph, ——X负责 lists, OCR spacing, hard wraps, red heads, annexes after a body that
    # assigns; docs/made-eval-forms.md "Rounds 143–148"): first run named 0.838 (209/277), tasks 0.834 (98/133); the
    # six causes fixed (test_forms143_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(143, 149)},
    # rounds 149-154 (real publishers' shapes: 第一，/首先 measures, closing 责任单位 lines, 具体由X负责, （X；Y配合）/（X，Y）,
    # 责任领导 persons, 等部门/等单位, site chrome, DOCX header/footer, running heads; docs/made-eval-forms.md
    # "Rounds 149–154"): first run named 0.881 (144/166), tasks 0.918 (67/75), 0.932 / 0.973 after one gold error;
    # the causes fixed (test_forms149_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(149, 155)},
    # round 170 (legacy containers, two-column task headers: HTML colspan / DOCX merged 重点任务 over 任务类别 | 具体内容,
    # a one-cell-per-line copy with two leads a line each, .doc and .xls with merged unit cells; docs/made-eval-forms.md
    # "Round 170"): first run named 0.963 (52/54, five documents), then a sixth (重点任务 over two unlabelled columns)
    # named 0.000; the two causes fixed (test_forms170_causes): 1.000 on every row.
    "forms170": {},
    # rounds 155-160 (new hands: a 管委会's, a 厅's, a ministry's, a 街道's, a hospital's and a university's party committee's
    # divisions of work, 整改 cards, leaders closing items; docs/made-eval-forms.md "Rounds 155–160"): first run named 0.986
    # (213/216), tasks 1.000 (107/107), prose 0.931; the causes fixed (test_forms155_causes): 1.000 on every assignment row.
    # Round 156: two of ten targets were not read (全街道划分基础网格86个: 划分 no target cue; 为30个乡镇卫生院配备…: the count
    # before its noun as 为's object); read since held-out targets sets 43-44 (test_targets_made20): 10/10.
    **{f"forms{n}": {} for n in range(155, 161)},
    # rounds 161-163 (a second pass in yet another hand: ㈠ ⑴ labels, 〔〕 bare lists, deadlines inside clauses, 主办/协办
    # 部门 and 责任子公司, a CPPCC's proposal cards, 牵头：/配合： in one table cell): first run named 0.777 (61/81), tasks
    # 0.775 (31/42), prose 1.000; the causes fixed (test_forms161_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(161, 164)},
    # rounds 164-166 (a blind hand: a 地区 行署, a 海南 市's field lines with 完成时限, a 直辖市's 区 with 街道, a 厅 joint
    # notice with a Word 分工表 in tabs, a 县 常务会议 纪要, a ministry's 司局, a 园区's 重点项目 table, clauses opening
    # items, sections closed by one clause; docs/made-eval-forms.md "Rounds 164–166"): first run named 0.976 (82/85), tasks
    # 0.987 (38/39), prose 1.000; the causes fixed (test_forms164_causes): 1.000 on every assignment row.
    **{f"forms{n}": {} for n in range(164, 167)},
    # Round 166: a project table's 年度建设内容 cell (新增污水处理能力2万吨/日) is read as a project's description, no target
    # (target_filters.in_project_row: no year due in its own cell); targets are not issue 13's work, left as found.
    "forms166": {"targets (value + unit)": 0.923, "targets with deadline": 0.923},
    # rounds 171-173 (a blind hand: 自治州, 盟 and 自治县 plans, a 厅's divisions under 承办/主办/协办/督办单位, a university's
    # field lines with 责任领导, SOEs' HTML rowspan and Word merged tables, an Excel sheet with merged unit cells, a 开发区 list
    # one cell per line, a tab table, two and three labels in one parenthesis, collectives kept whole; docs/made-eval-forms.md
    # "Rounds 171–173"): first run named 0.997 (161/162), tasks 1.000 (71/71), prose tasks 0.966 (28/30), prose named 0.949
    # (28/31), no document below 0.90; the causes fixed (test_forms171_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(171, 174)},
    # rounds 174-175 (paths, a blind hand: 第一章/第一节/第一条 with a 目录, 一是…二是… in a paragraph, 主要包括：1.…2.… inside
    # a task, （1） ① one a paragraph with the clause after the last, 1） and 1), full-width １．, decimal outline numbers
    # 2/2.1/2.1.1, Markdown ## 一、, HTML <h3> and <strong> headings, Word heading styles, attachments numbered anew;
    # docs/made-eval-forms.md "Rounds 174–175"): first run named 0.759 (77/103), tasks 0.775 (50/65), three documents
    # below 0.90; the causes fixed (test_forms174_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(174, 176)},
    # rounds 176-177 (containers, a blind hand: whole saved site pages with nav, breadcrumbs, a 字号 metadata line and a
    # <table>, reportlab PDFs with a table page, Word tables split over a page break; 责任单位（牵头）, 主要责任单位, 参与单位,
    # 协同单位, 责任科室; docs/made-eval-forms.md "Rounds 176–177"): first run named 0.948 (91/96), tasks 1.000 (45/45),
    # prose 1.000, one document below 0.90; the causes fixed (test_forms176_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(176, 178)},
    # rounds 178-179 (numbering, a blind hand: Word list numbering 一、/（一）/1., 1/1.1/1.1.1 and 第X章/（甲） drawn from
    # numbering.xml, lists restarted under typed 第一部分 headings, an attachment's own list; 第一篇/第X章, a 专栏 box, 一是…二是…,
    # 第一项, typed （甲）, bold unnumbered headings; docs/made-eval-forms.md "Rounds 178–179"): first run named 0.450 (45/96),
    # tasks 0.469 (23/49), six documents below 0.90; the causes fixed (test_forms178_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(178, 180)},
    # rounds 182-183 (paths, a blind hand: decimal labels with a closing dot 2.1./2.1.1. typed and drawn by Word from a
    # heading style's list, a list restarted by w:lvlOverride, （一） with no 一、 above, only 1. 2., 一、>1、>（1）>①, a count
    # that skips, an attachment numbered anew, a table's 序号 with section rows, Markdown lists, a PDF's labels alone on
    # their line, 第三条 in an attached 办法; docs/made-eval-forms.md "Rounds 182–183"): first run named 0.712 (52/72), tasks
    # 0.742 (33/45), four documents below 0.90; the causes fixed (test_forms182_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(182, 184)},
    # rounds 180-181 (containers, a blind hand: a letter-spaced PDF, a scan's OCR text with page numbers inside clauses, a
    # workbook with a notice sheet and a two-row merged header, pages with an attachment div, <br> cells, colspan headers
    # and section rows, Markdown pipe tables, a Word table with a repeated header row, multi-paragraph and nested cells and
    # a text box, wrapped PDF columns with spaced-out names; docs/made-eval-forms.md "Rounds 180–181"): first run named
    # 0.939 (84/91), tasks 0.943 (41/45), one document below 0.90; the causes fixed (test_forms180_causes): 1.000 on
    # every row (one target's deadline in round 181's gold corrected after the first run, docs/readings.md).
    **{f"forms{n}": {} for n in range(180, 182)},
    # rounds 184-185 (whole documents, a blind hand: six full plans, a province 办公厅, a city, a county, a district, an
    # autonomous prefecture and a 国家局, 2014-2025, text, page and Word, 25-26 tasks each, every form of assigning mixed: a
    # 下同 first-listed rule, field lines, HTML, Word and flattened 分工表; docs/made-eval-forms.md "Rounds 184–185"): first
    # run named 0.993 (270/270, 274 out), tasks 1.000 (123/123), prose tasks 0.947, targets 18/21, no document below 0.90;
    # the causes fixed (test_forms184_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(184, 186)},
    # round 188 (document metadata and citations, a blind hand: a 转发 notice with a title over two lines, joint notices
    # of three issuers on a page with an info table and in Word, a 函, [ ] and （ ） 文号, a date in Chinese numerals and
    # one under an attachment list, a law's short form, 以下简称, a 文号 alone, nested 〈〉, produces, a repealed plan,
    # 相关链接, newspapers; docs/made-eval-forms.md "Round 188"): first run named 1.000, cites 0.727, title accuracy 0.833;
    # the causes fixed (test_forms188_causes): 1.000 on every row (one cites line of the gold corrected after the first
    # run to an earlier round's written reading, docs/readings.md).
    "forms188": {},
    # rounds 186-187 (containers, a blind hand: a notice in an <iframe srcdoc>, a mark table with units as columns and
    # ★/√ under a legend, a workbook with a hidden row and column and a 合计 row, GB18030 text with CRLF and 安　委　办牵头,
    # a PDF's landscape 分工表 page stored turned, a Word file with tracked changes and comments, <div id="zoom"> with
    # &nbsp; and <p> per cell, <th> row numbers and a rowspan lead; docs/made-eval-forms.md "Rounds 186–187"): first run
    # named 0.815 (55/80), tasks 0.857 (30/40), three documents below 0.90; the causes fixed (test_forms186_causes):
    # 1.000 on every row.
    **{f"forms{n}": {} for n in range(186, 188)},
    # rounds 189-190 (whole documents, a second blind hand: six full plans, a province's 厅, a city's 办公室, a 县级市, a 旗,
    # a ministry and a 新区, 2013-2021, text, page and Word, 20-21 tasks each; docs/made-eval-forms.md "Rounds 189–190"):
    # first run named 0.974 (187/197), tasks 0.983 (86/89), prose 1.000, targets 30/31, no document below 0.90; the causes
    # fixed (test_forms189_causes): 1.000 on every row.
    **{f"forms{n}": {} for n in range(189, 191)},
    # rounds 191-192 (whole documents, a third blind hand: four full plans, a 直辖市's 委, a 计划单列市's 办公厅, an
    # autonomous region's 厅 and a 县 in 云南, 2019-2023, text, page, Word with a 分工表 and PDF; docs/made-eval-forms.md
    # "Rounds 191–192"): first run named 0.985 (99/102), tasks 0.990 (50/51), prose named 0.970, no document below 0.90;
    # the causes fixed (test_forms191_causes: a city's broadcaster a unit, the bare list of the clause declaring the
    # first-listed rule read): 1.000 on every row.
    "forms191": {},
    "forms192": {},
    # round 196 (table and numbering leftovers, a blind hand: mark tables printed one cell per line with the legend above
    # or under them, 序号 `1.` / `一` / `（1）` alone on their lines, a wrapped header, Word's w:lvlOverride holding whole
    # levels, a Word mark table headed 重点项目 with ●/○; docs/made-eval-forms.md "Round 196"): first run named 0.065
    # (3/58), tasks 0.091 (2/28), five documents below 0.90; the causes fixed (test_forms196_causes): 1.000 on every row.
    "forms196": {},
    # rounds 194-195 (whole documents, a fourth blind hand: six full plans, a 县级市 in 青海 and one in 宁夏, a 地区 in 新疆,
    # a 直辖市's 区, a 计划单列市 and a provincial 厅's internal 分工, 2009-2024, text with tab-separated and one-cell-per-line
    # 分解表; docs/made-eval-forms.md "Rounds 194–195"): first run named 0.994 (163/165), tasks 0.994 (83/84), prose
    # 1.000, targets 26/27, no document below 0.90; the causes fixed (test_forms194_causes: a 全年 time cell, 新开通 a
    # target's verb): 1.000 on every row (one target's deadline in round 194's gold corrected after the first run).
    "forms194": {},
    "forms195": {},
    # round 197 (flattened-table tails, a blind hand: a one-cell-a-line table's last row followed by ① paragraphs or a
    # sentence, 序号 printed on the task's line, a mark table's unit headers of two lines in a text and a page;
    # docs/made-eval-forms.md "Round 197"): first run named 0.703 (26/42), tasks 0.683 (14/23), three documents below
    # 0.90; the causes fixed (test_flattened_tables_tail): 1.000 on every row.
    "forms197": {},
    # round 193 (new containers, a blind hand: an OFD whose text objects are stored out of reading order, an RTF with
    # GBK and \u escapes and a lead cell merged down, an ODT with row-spanned category and lead cells, an ODS 分工表
    # with a cover sheet, an MHT page in quoted-printable gb2312; docs/made-eval-forms.md "Round 193"): first run 0 (no
    # reader for any of the five: each failed with one line naming the file and its type); after the readers
    # (graph/ingest/ofd.py, rtf.py, odf.py, mhtml.py) and a 文号 alone above the title: 1.000 on every row.
    "forms193": {},
    # round 198 (PDF task tables, a blind hand: five notices printed from Word to PDF, 红头, page numbers, 版记, an 附件
    # table wrapped in every column, broken across a page under its repeated header, on landscape pages, without rules,
    # with merged unit cells; docs/made-eval-forms.md "Round 198"): first run named 0.922 (104/113), tasks 1.000, 广昌
    # (no rules, centred cells) 0.370; the causes fixed (test_forms198_causes: a centred cell's lines one cell, a number
    # wrapped in a cell one number, a goal cell's targets due by the row's time cell): 1.000 on every row.
    "forms198": {},
    # round 200 (table ends and wrapped last rows: a one-cell-a-line table's last row with a task cell of two lines, a
    # clause paragraph with no label after a task table, task cells numbered in tables with no 序号 column, in text, tab
    # rows, Word and a page; docs/made-eval-forms.md "Round 200"): first run named 0.293 (12/39), tasks 0.304 (7/25),
    # three documents below 0.90; the causes fixed (test_flattened_tables_tail): 1.000 on every row.
    "forms200": {},
    # round 201 (new containers, a second blind hand, real producers: RTF and ODT written by LibreOffice from a .docx
    # whose headings a Chinese list style numbers, an ODS from an .xlsx, an MHTML captured by Chromium with the article
    # in an iframe, an OFD with a template red head, CTM, a clause over a page break and a ruled table whose lead cell
    # spans two rows; docs/made-eval-forms.md "Round 201"): first run named F1 0.593 (the MHTML failed: no body text;
    # the ODT's list items holding only a nested list counted; the OFD's merged lead cell its own line); after the
    # fixes (iframe parts read in place, such items not numbered, ruled OFD tables read cell by cell, a line short by
    # a number that did not fit goes on, a page's data grid above the title skipped): 1.000 on every row.
    "forms201": {},
    # rounds 202-203 (whole documents as researchers download them, a fifth blind hand: three portal pages as a CMS prints
    # them with a 信息公开 metadata table, spans, &nbsp; and a rowspan 附件 table, two python-docx Word files with Heading
    # styles and merged cells, a red-head PDF; docs/made-eval-forms.md "Rounds 202–203"): first run named 0.982 (166/169),
    # tasks 0.988 (79/80), prose named 0.938, no document below 0.90; one gold start corrected to GUIDE's letter, the
    # cause fixed (test_forms202_causes: 各镇人民政府、街道办事处 kept whole before 和): 1.000 on every row.
    "forms202": {},
    "forms203": {},
    # round 204 (central task-division notices across reforms, a blind hand: four 国务院办公厅 notices of 2010, 2015, 2019
    # and 2024 in short central names, 列第一位者为牵头部门 / 排在第一位的部门为牵头部门，下同 rules, 等 and 等部门 lists,
    # 各省级人民政府 and 各地区、各部门; docs/made-eval-forms.md "Round 204"): first run 1.000 on every row (named 122/122,
    # tasks 50/50, prose 8/8); its canonical departments in tests/test_made_gold_places.py AT_LEAST.
    "forms204": {},
    # round 205 (whole documents as plain text, a sixth blind hand: a 甘肃 county's 2014 plan under a 下同 first-listed rule,
    # a 山东 地级市's 2019 plan with field lines and a tab-separated 附件 table, a 贵州 provincial 厅's 2024 分工 with
    # 责任处室 clauses and a one-cell-per-line table; docs/made-eval-forms.md "Round 205"): first run 1.000 on every row
    # (named 61/61, tasks 28/28, prose 10/10, targets 10/10), no fix.
    "forms205": {},
}


def check_set(which: str, shared: Path, tables: Path) -> None:
    """Score one set against the shared build of every set (tests/made_scores.py): every row at 1.000 but its
    floors."""
    _, rows = score(shared, MADE / which, tables)
    for name in ("assignments, named units only", "tasks found (source, path, start)",
                 "prose tasks found (annotated documents)", "prose assignments, named units only"):
        assert name in rows
    low = {name: f1 for name, f1 in rows.items() if f1 < FLOORS[which].get(name, 1.0)}
    assert low == {}


# Every other set here, the rest in test_made_gold_forms_half.py (each file stays on one xdist worker).
@pytest.mark.parametrize("which", list(FLOORS)[::2])
def test_made_documents_in_every_form_stay_read(which: str, shared: Path, made_tables: Path) -> None:
    check_set(which, shared, made_tables)
