"""Build the documents of round 68 (tests/made_gold/forms68/docs):

- haining_fangguanfu_2022.txt: a county-level city's list (海宁市人民政府办公室) printed as a **tab-separated table**
  with the Zhejiang columns **`改革事项 / 主办部门 / 会办部门`**.
- huludao_gongzuo_2025.xlsx: a city's sheet (葫芦岛市) `年度目标任务 / 责任领导 / 牵头单位 / 责任单位`, the lead
  **merged down**, units **apart by line breaks inside a cell**, county governments by name (`兴城市政府`).
- gansu_jiceng_2024.txt: a provincial commission (甘肃省卫生健康委员会) whose items are followed by field lines with
  labels not met before: **`主要责任单位：`, `协同配合单位：`, `具体实施单位：`, `牵头处室：`, `督导处室：`,
  `责任处室（单位）：`**, its own divisions bare.

Run from the project root: python tests/made_gold/forms68/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

HAINING = """海宁市人民政府办公室关于印发海宁市2022年深化“放管服”改革重点任务清单的通知
海政办发〔2022〕35号
各镇人民政府、街道办事处，市政府各部门、各直属单位：
　　《海宁市2022年深化“放管服”改革重点任务清单》已经市政府同意，现印发给你们。各有关部门要对照清单细化工作举措，确保按期完成。
海宁市人民政府办公室
2022年6月8日
海宁市2022年深化“放管服”改革重点任务清单
序号\t改革事项\t主办部门\t会办部门\t完成时间
1\t推进企业开办“一件事”全流程网上办理\t市市场监管局\t市公安局、市人力社保局、市税务局\t2022年9月
2\t深化工程建设项目审批制度改革\t市建设局\t市发改局、市自然资源和规划局\t2022年12月
3\t推行“证照分离”改革全覆盖\t市市场监管局\t各有关部门\t2022年12月
4\t优化不动产登记办理流程\t市自然资源和规划局\t市税务局、市建设局\t2022年10月
"""

HLD_TITLE = "葫芦岛市2025年政府工作报告重点任务分解表"
HLD_ROWS: list[list[object]] = [
    ["序号", "年度目标任务", "责任领导", "牵头单位", "责任单位", "完成时限"],
    [1, "实施重点项目建设攻坚行动，推动项目早开工早投产", "王立新", "市发展改革委", "各县（市）区政府\n市直有关部门",
     "2025年12月"],
    [2, "积极争取中央预算内投资和地方政府专项债券资金", "王立新", None, "市财政局\n市自然资源局", "2025年12月"],
    [3, "推进泳装产业集群提档升级", "李文博", "市工业和信息化局", "兴城市政府\n市商务局", "2025年12月"],
    [4, "打造环渤海滨海旅游目的地", "李文博", "市文化旅游和广播电视局", "绥中县政府\n兴城市政府", "2025年10月"],
]


def build_xlsx(out: Path = DOCS / "huludao_gongzuo_2025.xlsx") -> Path:
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, HLD_TITLE, HLD_ROWS, [(3, 4, 4)], sheet="分解表")


GANSU = """甘肃省卫生健康委员会关于印发《甘肃省基层卫生人才能力提升行动实施方案（2024—2026年）》的通知
甘卫基层发〔2024〕45号
各市州卫生健康委，兰州新区卫生健康局，委直属各单位，委机关各处室：
　　现将《甘肃省基层卫生人才能力提升行动实施方案（2024—2026年）》印发给你们，请结合实际认真贯彻落实。
甘肃省卫生健康委员会
2024年5月20日
甘肃省基层卫生人才能力提升行动实施方案（2024—2026年）
一、重点任务
（一）实施基层卫生人才定向培养。持续开展农村订单定向医学生免费培养，落实就业安置政策。
主要责任单位：科技教育处
协同配合单位：人事处、基层卫生健康处
（二）开展全科医生转岗培训。组织乡镇卫生院临床医师参加全科医生转岗培训。
主要责任单位：科技教育处、基层卫生健康处
具体实施单位：各市州卫生健康委
（三）推进县域医疗卫生人才一体化配置。推行“县管乡用、乡聘村用”管理模式。
牵头处室：基层卫生健康处
配合处室：人事处、规划发展与信息化处
督导处室：综合监督处
（四）加强基层卫生人才信息化管理。建立全省基层卫生人才信息库，实行动态更新。
责任处室（单位）：规划发展与信息化处、省卫生健康统计信息中心
二、保障措施
　　各市州卫生健康委要将基层卫生人才能力提升工作纳入年度目标责任考核。人事处负责做好编制和岗位保障工作。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "haining_fangguanfu_2022.txt").write_text(HAINING, encoding="utf-8")
    build_xlsx()
    (DOCS / "gansu_jiceng_2024.txt").write_text(GANSU, encoding="utf-8")


if __name__ == "__main__":
    main()
