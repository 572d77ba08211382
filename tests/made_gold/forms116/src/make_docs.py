"""Build the documents of round 116 (tests/made_gold/forms116/docs):

- karuo_lvyou_2024.docx: a district's Word plan (昌都市卡若区人民政府办公室): a clause, then a **Word table whose 类别 and
  牵头单位 cells are merged down** (vertical merges), then prose.
- haiyuan_rouniu_2023.txt: a county office's plan (海原县人民政府办公室) whose first clause **declares the first listed unit
  the lead, 下同**; later clauses list units with no role word, with 按职责分工负责, with a single unit and 负责, and with
  their own role words.
- changsha_jingkai_2024.xlsx: a development zone's sheet (长沙经济技术开发区) with a **note under the table**
  (`责任单位中排名第一的为牵头单位`) and a second sheet of instructions.

Run from the project root: python tests/made_gold/forms116/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_UP, write_docx, write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

KARUO: list[object] = [
    "昌都市卡若区人民政府办公室关于印发卡若区全域旅游发展三年行动计划的通知",
    "卡政办发〔2024〕17号",
    "各乡（镇）人民政府、街道办事处，区直各部门：",
    "《卡若区全域旅游发展三年行动计划》已经区人民政府研究同意，现印发给你们，请认真贯彻落实。",
    "昌都市卡若区人民政府办公室",
    "2024年6月3日",
    "卡若区全域旅游发展三年行动计划",
    "一、总体要求",
    "以茶马古道和卡若文化为主线，推动旅游业由景点旅游向全域旅游转变。",
    "二、主要任务",
    "（一）加强旅游宣传推介。策划“茶马古道·藏东明珠”主题宣传活动。（区文化和旅游局牵头，区财政局、区委宣传部配合）",
    "三、任务分工",
    [
        ["序号", "类别", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "景区建设", "推进卡若遗址公园创建国家3A级旅游景区", "区文化和旅游局", "区自然资源局、卡若镇人民政府", "2024年底"],
        ["2", MERGE_UP, "实施茶马古道旅游线路提升工程", MERGE_UP, "区交通运输局、各乡（镇）人民政府", "2025年底"],
        ["3", "服务提升", "开展旅游从业人员服务技能培训", "区人力资源和社会保障局", "区文化和旅游局", "长期坚持"],
        ["4", MERGE_UP, "建设智慧旅游服务平台", "区发展和改革委员会", "区文化和旅游局、昌都市通信发展管理办公室", "2025年6月"],
    ],
    "四、保障措施",
    "区财政局要统筹安排旅游发展专项资金。各乡（镇）人民政府要切实履行属地管理责任。",
]

HAIYUAN = """海原县人民政府办公室关于印发海原县肉牛产业高质量发展实施方案的通知
海政办发〔2023〕72号
各乡镇人民政府，县政府各部门、直属机构：
　　《海原县肉牛产业高质量发展实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。
海原县人民政府办公室
2023年10月9日
海原县肉牛产业高质量发展实施方案
一、壮大养殖规模
　　（一）建设标准化规模养殖场。新建存栏300头以上规模养殖场20个。（县农业农村局、县财政局负责，列第一位的为牵头单位，下同）
　　（二）实施基础母牛扩群提质行动。（县农业农村局、各乡镇人民政府）
　　（三）加强饲草料保障。推广青贮玉米种植10万亩。（县自然资源局、县农业农村局按职责分工负责）
二、提升服务能力
　　（四）健全动物防疫体系。（县畜牧水产技术推广服务中心负责）
　　（五）培育肉牛交易市场。（县市场监督管理局牵头，县商务和工业信息化局配合）
三、保障措施
　　（六）加大金融支持。县财政局要会同人民银行海原县支行落实活畜抵押贷款政策。
"""

CS_TITLE = "长沙经济技术开发区2024年优化营商环境重点任务分解表"
CS_ROWS: list[list[object]] = [
    [CS_TITLE, None, None, None, None],
    ["序号", "重点任务", "责任单位", "配合单位", "完成时限"],
    [1, "推行企业开办“一网通办”全流程办理", "经开区政务服务中心、经开区市场监督管理局", "经开区税务局", "2024年6月"],
    [2, "开展惠企政策“免申即享”改革", "经开区财政局、经开区经济发展局", "各园区服务中心", "2024年底"],
    [3, "建立重点企业“服务专员”制度", "经开区经济发展局、经开区招商合作局", "经开区党群工作部", "长期坚持"],
    [4, "压减涉企检查事项", "经开区司法局、经开区各执法部门", None, "长期坚持"],
    ["备注：责任单位中排名第一的为牵头单位。", None, None, None, None],
]
CS_NOTES: list[list[object]] = [
    ["填报说明"],
    ["1.请各责任单位于每月25日前报送工作进展。"],
    ["2.完成时限为“长期坚持”的，按季度报送。"],
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_docx(DOCS / "karuo_lvyou_2024.docx", KARUO)
    (DOCS / "haiyuan_rouniu_2023.txt").write_text(HAIYUAN, encoding="utf-8")
    write_xlsx(DOCS / "changsha_jingkai_2024.xlsx",
               [("分解表", CS_ROWS, ["A1:E1", "A7:E7"]), ("填报说明", CS_NOTES, [])])


if __name__ == "__main__":
    main()
