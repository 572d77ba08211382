"""Build the documents of round 72 (tests/made_gold/forms72/docs):

- hebei_shengtai_2024.txt: a provincial department's 工作要点 (河北省生态环境厅) whose clauses name its **own divisions
  bare** and the cities' bureaus as **a collective with a bracket holding a list** (`各市〔含定州、辛集市〕生态环境局`),
  roles `落实`, `参与`.
- puer_chaye_2023.txt: a city office's measures (普洱市人民政府办公室) whose clauses **list units with no role words**
  under a note **`（责任单位中列第一位的为牵头单位，下同）`** on its own line, one list **opened by a collective**.
- weinan_yingshang_2025.html: a city office's page (渭南市人民政府办公室) whose table opens with a **`领域` column
  merged down (rowspan)**, no 序号, the columns **`工作举措 / 责任部门 / 协同部门`**.

Run from the project root: python tests/made_gold/forms72/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEBEI = """河北省生态环境厅关于印发《2024年全省生态环境保护工作要点》的通知
冀环综〔2024〕12号
各市（含定州、辛集市）生态环境局，雄安新区生态环境局，厅机关各处室、各直属单位：
　　现将《2024年全省生态环境保护工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
河北省生态环境厅
2024年1月30日
2024年全省生态环境保护工作要点
一、深入打好蓝天保卫战
1.推进重点行业超低排放改造。开展钢铁、焦化企业超低排放改造评估监测。（大气环境处牵头，各市生态环境局落实）
2.加强移动源污染防治。推进重型柴油货车排放检验与维护制度落实。（移动源污染防治处负责，省机动车排污监控中心配合）
二、深入打好碧水保卫战
3.推进入河排污口排查整治。（水生态环境处、海洋生态环境处按职责分工负责，各市〔含定州、辛集市〕生态环境局、雄安新区生态环境局落实）
4.开展美丽河湖建设。遴选一批美丽河湖优秀案例。（水生态环境处牵头，省生态环境监测中心参与）
三、强化生态环境监管执法
5.深化“双随机、一公开”监管。推行非现场监管方式。（省生态环境综合执法局负责）
四、保障措施
　　各市生态环境局要对照本要点制定本地区年度工作计划。厅办公室负责对各项工作进展情况进行调度。
"""

PUER = """普洱市人民政府办公室关于印发普洱市推进茶产业高质量发展若干措施的通知
普政办发〔2023〕28号
各县（区）人民政府，市直各委、办、局：
　　《普洱市推进茶产业高质量发展若干措施》已经市人民政府同意，现印发给你们，请认真贯彻执行。
普洱市人民政府办公室
2023年10月16日
普洱市推进茶产业高质量发展若干措施
一、主要措施
（责任单位中列第一位的为牵头单位，下同）
（一）加强古茶树资源保护。开展古茶树资源普查，建立保护档案。（市茶叶和咖啡产业发展中心、市林业和草原局、市自然资源和规划局）
（二）推进生态茶园建设。推广绿色防控和有机肥替代技术。（各县〔区〕人民政府、市茶叶和咖啡产业发展中心）
（三）加强茶叶科技创新。支持企业与高校共建研发平台。（市科技局、普洱学院、市茶叶和咖啡产业发展中心）
（四）拓展茶叶销售市场。组织企业参加国内外知名展会。（市商务局牵头，市茶叶和咖啡产业发展中心、市文化和旅游局配合）
二、保障措施
　　市茶叶和咖啡产业发展中心要会同市财政局制定具体实施细则。
"""

WN_LINES = [
    "渭南市人民政府办公室关于印发渭南市2025年优化营商环境攻坚行动方案的通知",
    "渭政办发〔2025〕6号",
    "各县（市、区）人民政府，市政府各工作部门、各直属机构：",
    "《渭南市2025年优化营商环境攻坚行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "渭南市人民政府办公室",
    "2025年3月5日",
    "渭南市2025年优化营商环境攻坚行动方案",
    "一、工作目标",
    "营商环境持续优化，经营主体满意度稳步提升。",
    "二、攻坚举措",
]
WN_TAIL = ["三、保障措施", "市优化营商环境工作领导小组办公室要加强统筹调度。"]


def weinan_html() -> str:
    rows = (
        "<tr><td rowspan=\"2\">政务环境</td><td>推行企业开办、变更、注销“一网通办”</td><td>市行政审批服务局</td>"
        "<td>市市场监管局、市税务局</td><td>2025年6月</td></tr>\n"
        "<tr><td>深化“高效办成一件事”改革</td><td>市数据局</td><td>市直有关部门、各县（市、区）人民政府</td>"
        "<td>2025年12月</td></tr>\n"
        "<tr><td rowspan=\"2\">市场环境</td><td>清理妨碍统一市场和公平竞争的政策措施</td><td>市市场监管局</td>"
        "<td>市发展改革委、市司法局</td><td>2025年9月</td></tr>\n"
        "<tr><td>规范招标投标和政府采购行为</td><td>市发展改革委、市财政局</td><td>市公共资源交易中心</td>"
        "<td>2025年12月</td></tr>\n"
    )
    table = ("<table border=\"1\">\n<tr><td>领域</td><td>工作举措</td><td>责任部门</td><td>协同部门</td>"
             "<td>完成时限</td></tr>\n" + rows + "</table>")
    head = "\n".join(f"<p>{line}</p>" for line in WN_LINES)
    tail = "\n".join(f"<p>{line}</p>" for line in WN_TAIL)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + WN_LINES[0] + "</title></head>\n"
            "<body>\n<div class=\"zwgk_content\">\n" + head + "\n" + table + "\n" + tail + "\n</div>\n</body></html>\n")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "hebei_shengtai_2024.txt").write_text(HEBEI, encoding="utf-8")
    (DOCS / "puer_chaye_2023.txt").write_text(PUER, encoding="utf-8")
    (DOCS / "weinan_yingshang_2025.html").write_text(weinan_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
