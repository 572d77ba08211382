"""Build the documents of round 78 (tests/made_gold/forms78/docs), Word files as city offices send them:

- changde_lvyou_2024.docx: 常德市人民政府办公室's three-year plan, a **body of clauses**, then the attachment's
  **重点任务分工表** whose 牵头单位 and 责任单位 cells are **merged down** over several rows.
- liling_taoci_2025.docx: 醴陵市人民政府办公室's work points **wholly in a Word table**: a **two-row header**
  (`责任单位` merged across `牵头 | 协同`, the other header cells merged down) and **section rows** `一、…` merged
  across the table.

Run from the project root: python tests/made_gold/forms78/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_LEFT as L
from containers import MERGE_UP as U
from containers import write_docx

DOCS = Path(__file__).resolve().parent.parent / "docs"

CHANGDE = [
    "常德市人民政府办公室关于印发常德市文旅产业高质量发展三年行动方案（2024—2026年）的通知",
    "常政办发〔2024〕7号",
    "各区县（市）人民政府，常德经济技术开发区、柳叶湖旅游度假区管委会，市直各单位：",
    "《常德市文旅产业高质量发展三年行动方案（2024—2026年）》已经市人民政府同意，现印发给你们，请认真组织实施。",
    "常德市人民政府办公室",
    "2024年4月15日",
    "常德市文旅产业高质量发展三年行动方案（2024—2026年）",
    "一、总体要求",
    "坚持以文塑旅、以旅彰文，推动文化和旅游深度融合，把文旅产业培育成为全市战略性支柱产业。",
    "二、主要任务",
    "（一）打造桃花源文旅品牌。推进桃花源景区提质升级，丰富夜间游览产品。（责任单位：桃花源旅游管理区管委会、市文化旅游广电体育局）",
    "（二）培育文旅新业态。发展研学旅行、低空旅游、康养旅居等新业态。（牵头单位：市文化旅游广电体育局；配合单位：市教育局、市交通运输局）",
    "（三）提升旅游服务品质。具体任务见附件。",
    "三、保障措施",
    "各区县（市）人民政府要落实属地责任，加大对文旅项目的要素保障力度。",
    "附件",
    "重点任务分工表",
    [
        ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
        ["1", "建设城区游客集散中心", "市文化旅游广电体育局", "市住房和城乡建设局、武陵区人民政府", "2025年底"],
        ["2", "完善旅游交通标识系统", U, "市交通运输局、市公安局交通警察支队", "2024年底"],
        ["3", "开展星级旅游饭店和等级民宿评定", U, "市市场监管局", "持续推进"],
        ["4", "推进智慧旅游平台建设", "市数据资源局", "市文化旅游广电体育局", "2025年6月"],
        ["5", "加强旅游市场综合监管", "市市场监管局", U, "持续推进"],
    ],
]

LILING = [
    "醴陵市人民政府办公室关于印发醴陵市2025年陶瓷产业高质量发展工作要点的通知",
    "醴政办发〔2025〕3号",
    "各镇人民政府、街道办事处，市直各单位：",
    "《醴陵市2025年陶瓷产业高质量发展工作要点》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。",
    "醴陵市人民政府办公室",
    "2025年2月20日",
    "醴陵市2025年陶瓷产业高质量发展工作要点",
    [
        ["序号", "工作任务", "责任单位", L, "时间节点"],
        [U, U, "牵头", "协同", U],
        ["一、做强陶瓷产业集群", L, L, L, L],
        ["1", "推进日用瓷智能化改造，新增智能生产线10条", "市工业和信息化局", "市陶瓷产业发展中心、市财政局", "2025年12月"],
        ["2", "支持电瓷企业开展关键技术攻关", "市科技局", "市工业和信息化局", "2025年10月"],
        ["二、拓展陶瓷市场空间", L, L, L, L],
        ["3", "办好第七届中国醴陵国际陶瓷产业博览会", "市商务局", "市陶瓷产业发展中心、各镇人民政府", "2025年9月"],
        ["4", "推动陶瓷产品跨境电商出口", "市商务局", "市市场监督管理局", "2025年12月"],
    ],
    "请各责任单位每季度末向市工业和信息化局报送工作进展。",
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_docx(DOCS / "changde_lvyou_2024.docx", CHANGDE)
    write_docx(DOCS / "liling_taoci_2025.docx", LILING)


if __name__ == "__main__":
    main()
