"""Build the documents of round 114 (tests/made_gold/forms114/docs):

- alaer_mianhua_2024.txt: a 兵团 division-city office's plan (第一师阿拉尔市办公室): **two labels in one parenthesis** with a
  **牵头领导** person first, field lines after sub-items with a 牵头领导 line, prose with 由X牵头，会同Y.
- lingwu_tanyang_2023.xlsx: a county-level city's task sheet (灵武市): a group column and a lead column **merged down**.
- zhujianbu_laojiu_2024.txt: a **joint notice of three ministries**: clauses closing sentences inside one item,
  `（X、Y按职责分工负责）`, `（X牵头，Y、Z参与）`, and prose duties (`各省级住房和城乡建设部门要会同…`, `X将会同…`).

Run from the project root: python tests/made_gold/forms114/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

ALAER = """第一师阿拉尔市办公室关于印发第一师阿拉尔市棉花产业高质量发展行动方案的通知
师市办发〔2024〕33号
各团（镇），师市机关各部门，各直属单位：
　　《第一师阿拉尔市棉花产业高质量发展行动方案》已经师市党委常委会研究同意，现印发给你们，请结合实际认真贯彻落实。
第一师阿拉尔市办公室
2024年4月2日
第一师阿拉尔市棉花产业高质量发展行动方案
一、推进棉花生产提质增效
　　（一）推进高标准农田建设。新建高标准农田10万亩，推进节水灌溉设施改造升级。（牵头领导：王振华；牵头单位：师市农业农村局，责任单位：各团（镇））
　　（二）推广全程机械化。推广棉花精量播种、无人机植保和机械采收技术。（牵头单位：师市农业农村局；配合单位：师市工业和信息化局，塔里木大学）
二、延伸棉纺产业链
　　（三）引进棉纺织重点项目。围绕纺纱、织布、印染、服装全链条开展精准招商。（责任单位：师市工业和信息化局、师市发展改革委，阿拉尔经济技术开发区管委会）
　　（四）壮大纺织服装产业集群。
　　1.培育棉纺织骨干企业，支持企业技术改造和智能化升级。
　　2.建设纺织服装产业园，完善标准厂房和职工公寓等配套设施。
　　牵头领导：李建国
　　牵头单位：阿拉尔经济技术开发区管委会
　　配合单位：师市商务局、师市人力资源和社会保障局
三、加强组织保障
　　（五）强化统筹调度。由师市农业农村局牵头，会同师市发展改革委、师市财政局建立棉花产业发展工作专班，定期研究解决重大问题。
　　（六）压实工作责任。各团（镇）要落实主体责任，师市农业农村局负责做好政策宣传和跟踪问效。
"""

LW_TITLE = "灵武市滩羊产业发展重点任务清单"
LW_ROWS: list[list[object]] = [
    [LW_TITLE, None, None, None, None, None],
    ["序号", "重点任务", "工作措施", "牵头单位", "配合单位", "完成时限"],
    [1, "良种繁育", "建设滩羊核心育种场2个", "灵武市农业农村局", "灵武市财政局", "2023年12月"],
    [2, None, "推广人工授精技术，年授精母羊3万只", None, "各乡镇人民政府", "2023年12月"],
    [3, "品牌营销", "组织参加滩羊美食文化节", "灵武市商务和投资促进局", "灵武市文化旅游体育局、灵武市融媒体中心", "长期坚持"],
    [4, None, "开展“灵武滩羊”地理标志产品保护", "灵武市市场监督管理局", "灵武市农业农村局", "长期坚持"],
    [5, "要素保障", "落实滩羊养殖贷款贴息", "灵武市财政局", "人民银行灵武市支行、灵武市农村信用合作联社", "2023年12月"],
]

ZJB = """住房城乡建设部 国家发展改革委 财政部关于推进城镇老旧小区改造提质增效的通知
建城〔2024〕52号
各省、自治区、直辖市住房和城乡建设厅（委、管委）、发展改革委、财政厅（局），新疆生产建设兵团住房和城乡建设局、发展改革委、财政局：
　　为深入推进城镇老旧小区改造，提升改造质量和效益，现就有关事项通知如下：
　　一、科学编制改造计划。各省级住房和城乡建设部门要会同同级有关部门，于2024年底前完成城镇老旧小区改造规划编制，合理确定年度改造任务。
　　二、加大资金支持。中央财政通过城镇保障性安居工程补助资金支持城镇老旧小区改造（财政部负责）；国家发展改革委安排中央预算内投资支持配套基础设施建设（国家发展改革委负责）。
　　三、健全长效管理机制
　　（一）推动建立小区党组织领导下的居民自治机制。（住房城乡建设部、民政部按职责分工负责）
　　（二）探索建立住宅专项维修资金续筹机制。（住房城乡建设部牵头，财政部、金融监管总局参与）
　　四、加强组织实施
　　各省级人民政府要落实属地责任，市、县人民政府是城镇老旧小区改造的责任主体。住房城乡建设部将会同有关部门加强对各地工作的指导，定期通报进展情况。
住房城乡建设部　　国家发展改革委　　财政部
2024年7月10日
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "alaer_mianhua_2024.txt").write_text(ALAER, encoding="utf-8")
    write_xlsx(DOCS / "lingwu_tanyang_2023.xlsx", [("任务清单", LW_ROWS, ["A1:F1", "B3:B4", "D3:D4", "B5:B6"])])
    (DOCS / "zhujianbu_laojiu_2024.txt").write_text(ZJB, encoding="utf-8")


if __name__ == "__main__":
    main()
