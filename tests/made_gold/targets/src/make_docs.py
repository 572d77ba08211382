"""Build the Word documents of the held-out sets: set ten's made_tg_52.docx, a 湛江市 action plan whose
indicator table has a 类别 column merged down over its rows and the years in the header cells'
brackets (基期值（2024年） | 目标值（2027年） | 属性); set eleven's made_tg_56.docx, a 哈尔滨市 action plan
whose table gives a goal for each year (2024年（基期） | 2025年 | 2026年 | 2027年); and set fourteen's
made_tg_74.xlsx, a province's table of grain targets by city (the sheet's title in its merged first row);
set twenty's made_tg_91.docx, a 十堰市 plan whose table is 类别 (merged down) | 指标名称 | 单位 | 2025年 |
2027年 | 属性 in a document of 2024, and made_tg_92.xlsx, a city's sheet of employment targets (类别 merged
down, 2025年完成 | 2026年目标 | 责任单位).

Run from the project root: python tests/made_gold/targets/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

ZJ_HEAD = [
    "湛江市人民政府办公室关于印发湛江市数字经济高质量发展三年行动方案（2025—2027年）的通知",
    "湛府办〔2025〕21号",
    "各县（市、区）人民政府（管委会），市政府各部门、各直属机构：",
    "现将《湛江市数字经济高质量发展三年行动方案（2025—2027年）》印发给你们，请认真组织实施。",
    "湛江市人民政府办公室",
    "2025年5月20日",
    "湛江市数字经济高质量发展三年行动方案（2025—2027年）",
    "为贯彻落实《广东省数字经济促进条例》，加快建设北部湾数字经济高地，制定本方案。",
    "一、主要目标",
    "到2027年，全市数字经济发展主要指标如下：",
]
ZJ_HEADER = ("类别", "序号", "指标", "单位", "基期值（2024年）", "目标值（2027年）", "属性")
# the 类别 cell of each group stands in its first row and is merged down over the group
ZJ_ROWS = [
    ("数字产业化", "1", "数字经济核心产业增加值", "亿元", "310", "450", "预期性"),
    ("", "2", "规模以上电子信息制造业营业收入", "亿元", "120", "200", "预期性"),
    ("数字基础设施", "3", "每万人拥有5G基站数", "个", "21", "35", "预期性"),
    ("", "4", "千兆光网覆盖家庭比例", "%", "68", "≥90", "约束性"),
    ("", "5", "数据中心标准机架", "万架", "0.8", "2", "预期性"),
    ("产业数字化", "6", "规模以上工业企业数字化转型比例", "%", "45", "80", "预期性"),
    ("", "7", "数字化车间和智能工厂", "个", "15", "50", "预期性"),
    ("", "8", "电子商务交易额年均增长", "%", "—", "12", "预期性"),
]
ZJ_MERGED = [(1, 2), (3, 5), (6, 8)]  # table rows (the header is row 0) merged in column 0
ZJ_TAIL = [
    "二、重点任务",
    "（一）建设算力基础设施。2025年底前，建成湛江数据中心集群起步区，新增标准机架5000个；2026年6月底前，"
    "实现全市行政村千兆光网通达率100%。（市工业和信息化局牵头，市通信发展管理办公室配合）",
    "（二）培育数字企业。实施数字企业梯度培育计划，每年新增数字经济规模以上企业30家以上，到2027年累计培育省级"
    "专精特新中小企业120家。（市工业和信息化局负责）",
    "（三）推动产业数字化转型。2025年前完成200家规模以上工业企业数字化诊断，两年内推动100家企业“上云用数赋智”。"
    "（市工业和信息化局牵头）",
    "三、保障措施",
    "市财政三年安排数字经济发展专项资金3亿元，对新认定的省级数字化车间给予一次性奖励50万元。市工业和信息化局要"
    "制定《湛江市数字经济核心产业统计监测办法》。",
]

HRB_HEAD = [
    "哈尔滨市人民政府办公厅关于印发哈尔滨市冰雪经济高质量发展行动方案（2025—2027年）的通知",
    "哈政办规〔2025〕4号",
    "各区、县（市）人民政府，市政府各有关委、办、局：",
    "经市政府同意，现将《哈尔滨市冰雪经济高质量发展行动方案（2025—2027年）》印发给你们，请认真贯彻落实。",
    "哈尔滨市人民政府办公厅",
    "2025年1月20日",
    "哈尔滨市冰雪经济高质量发展行动方案（2025—2027年）",
    "为贯彻落实《国务院办公厅关于以冰雪运动高质量发展激发冰雪经济活力的若干意见》（国办发〔2024〕52号），制定本方案。",
    "一、发展目标",
    "到2027年，冰雪经济规模持续扩大，分年度目标如下：",
]
HRB_HEADER = ("序号", "指标", "单位", "2024年（基期）", "2025年", "2026年", "2027年")
HRB_ROWS = [
    ("1", "冰雪旅游接待人次", "万人次", "9000", "9500", "10000", "11000"),
    ("2", "冰雪旅游收入", "亿元", "1300", "1400", "1550", "1700"),
    ("3", "冰雪运动场地", "个", "180", "200", "220", "250"),
    ("4", "冰雪装备制造企业", "家", "35", "40", "45", "50"),
]
HRB_TAIL = [
    "二、重点任务",
    "（一）打造冰雪旅游精品。到2025年、2027年，全市A级滑雪场分别达到12家、15家。（市文化广电和旅游局负责）",
    "（二）建设冰雪运动场地。2026年雪季前，新建和改扩建城市公园冰场30块。（市体育局负责）",
    "（三）培育冰雪消费。每年举办冰雪赛事活动100项次以上，2025年冰雪消费券发放规模不超过5000万元。"
    "（市商务局、市体育局按职责分工负责）",
    "三、保障措施",
    "市财政对新建滑雪场按照每条雪道50万元给予补助。市体育局要会同有关部门制定《哈尔滨市冰雪运动场地建设导则》。",
]


def _write(name: str, head: list[str], header: tuple[str, ...], rows: list[tuple[str, ...]],
           merged: list[tuple[int, int]], tail: list[str]) -> None:
    import docx

    d = docx.Document()
    for line in head:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(rows), cols=len(header))
    for i, h in enumerate(header):
        table.cell(0, i).text = h
    for first, last in merged:
        table.cell(first, 0).merge(table.cell(last, 0))
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for line in tail:
        d.add_paragraph(line)
    d.save(str(DOCS / name))


GRAIN_TITLE = "2026年全省粮食生产目标任务分解表"
GRAIN_ROWS: list[list[object]] = [
    ["序号", "设区市", "粮食播种面积（万亩）", "粮食产量（亿斤）", "大豆播种面积（万亩）"],
    [1, "南昌市", 420, 38.5, 12],
    [2, "九江市", 610, 55.2, 18],
    [3, "上饶市", 780, 70.1, 25],
]


SY_HEAD = [
    "十堰市人民政府办公室关于印发十堰市制造业数字化转型行动方案（2025—2027年）的通知",
    "十政办发〔2024〕58号",
    "各县（市、区）人民政府，十堰经济技术开发区、武当山旅游经济特区管委会，市政府各部门：",
    "《十堰市制造业数字化转型行动方案（2025—2027年）》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
    "十堰市人民政府办公室",
    "2024年12月18日",
    "十堰市制造业数字化转型行动方案（2025—2027年）",
    "为贯彻落实《湖北省制造业数字化转型行动方案》，加快推进新型工业化，制定本方案。",
    "一、主要目标",
    "全市制造业数字化转型主要指标如下：",
]
SY_HEADER = ("类别", "指标名称", "单位", "2025年", "2027年", "属性")
SY_ROWS = [
    ("数字化基础", "工业互联网标识解析二级节点", "个", "3", "5", "预期性"),
    ("", "5G工厂", "家", "10", "30", "预期性"),
    ("转型成效", "规模以上工业企业数字化转型覆盖率", "%", "60", "85", "预期性"),
    ("", "关键工序数控化率", "%", "58", "65", "预期性"),
    ("", "省级智能工厂", "家", "8", "20", "预期性"),
    ("产业生态", "数字化转型服务商", "家", "15", "30", "预期性"),
]
SY_MERGED = [(1, 2), (3, 5)]
SY_TAIL = [
    "二、重点任务",
    "（一）实施智能化改造。2025年，完成100家规模以上工业企业数字化诊断；到2027年，累计实施技术改造项目300个。"
    "（市经济和信息化局负责）",
    "（二）培育服务生态。引进培育本地数字化转型服务机构10家以上。（市经济和信息化局、市科技局按职责分工负责）",
    "三、保障措施",
    "市财政每年安排数字化转型专项资金5000万元，对新认定的省级智能工厂给予一次性奖励100万元。市经济和信息化局要"
    "制定《十堰市制造业数字化转型专项资金管理办法》。",
]

JOBS_TITLE = "2026年全市稳就业主要目标任务表"
JOBS_ROWS: list[list[object]] = [
    ["类别", "序号", "指标", "单位", "2025年完成", "2026年目标", "责任单位"],
    ["就业", 1, "城镇新增就业", "万人", 5.2, 5.5, "市人力资源社会保障局"],
    [None, 2, "城镇调查失业率", "%", 5.1, "≤5.5", "市人力资源社会保障局"],
    [None, 3, "农村劳动力转移就业", "万人", 42, 43, "市农业农村局"],
    ["技能", 4, "新增技能人才", "万人", 3.1, 3.5, "市人力资源社会保障局"],
    [None, 5, "开展补贴性职业技能培训", "万人次", 6.8, 7, "市人力资源社会保障局"],
    ["创业", 6, "发放创业担保贷款", "亿元", 8, 10, "人民银行十堰市分行"],
    [None, 7, "扶持创业", "人", 3000, 3500, "市人力资源社会保障局"],
]
JOBS_MERGED = [(3, 5, 1), (6, 7, 1), (8, 9, 1)]  # sheet rows (the title is row 1, the header row 2)


def main() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from office_docs import write_xlsx_list

    _write("made_tg_52.docx", ZJ_HEAD, ZJ_HEADER, ZJ_ROWS, ZJ_MERGED, ZJ_TAIL)
    _write("made_tg_56.docx", HRB_HEAD, HRB_HEADER, HRB_ROWS, [], HRB_TAIL)
    write_xlsx_list(DOCS / "made_tg_74.xlsx", GRAIN_TITLE, GRAIN_ROWS, [], sheet="分解表")
    _write("made_tg_91.docx", SY_HEAD, SY_HEADER, SY_ROWS, SY_MERGED, SY_TAIL)
    write_xlsx_list(DOCS / "made_tg_92.xlsx", JOBS_TITLE, JOBS_ROWS, JOBS_MERGED, sheet="目标任务")


if __name__ == "__main__":
    main()
