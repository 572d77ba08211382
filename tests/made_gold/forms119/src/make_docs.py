"""Build the documents of round 119 (tests/made_gold/forms119/docs):

- tiyu_changdi_2024.txt: a **joint notice of four central bodies** (体育总局 with 国家发展改革委, 自然资源部,
  住房城乡建设部): clauses closing half-sentences (`X、Y等部门负责`, `X负责，Y等有关部门指导`), prose with 由X牵头，会同Y,
  `各省级体育部门要会同…`, `请各省、自治区、直辖市体育局…`, `X将会同有关部门…`.
- chayu_chaye_2024.xlsx: a Tibetan county's sheet (察隅县): a **two-row header** (`责任主体` over 牵头单位 / 责任单位 / 配合单位),
  a 牵头领导 column of persons, the lead cell merged down over two rows.
- jiangda_jidi_2023.txt: a county office's plan (江达县人民政府办公室): clauses, then a **tab-separated** table under a note
  `（注：责任单位中列第一位的为牵头单位）`, one row's first unit a collective.

Run from the project root: python tests/made_gold/forms119/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_xlsx

DOCS = Path(__file__).resolve().parent.parent / "docs"

TIYU = """体育总局 国家发展改革委 自然资源部 住房城乡建设部关于推进全民健身场地设施补短板的通知
体发〔2024〕3号
各省、自治区、直辖市及新疆生产建设兵团体育局、发展改革委、自然资源主管部门、住房和城乡建设厅（委、局）：
　　为加快补齐全民健身场地设施短板，现就有关工作通知如下：
　　一、科学规划布局。各地要将全民健身场地设施建设纳入国土空间规划（自然资源部、体育总局等部门负责）。
　　二、盘活存量资源。支持利用城市公园、闲置厂房等建设健身设施（住房城乡建设部牵头，体育总局配合）；推动公共体育场馆免费低收费开放（各省级人民政府负责，体育总局等有关部门指导）。
　　三、加大投入力度。由国家发展改革委牵头，会同体育总局安排中央预算内投资支持全民健身中心建设。各省级体育部门要会同财政部门统筹用好彩票公益金。
　　四、强化监督评估。请各省、自治区、直辖市体育局于每年11月底前报送建设进展。体育总局将会同有关部门开展评估。
体育总局　　国家发展改革委　　自然资源部　　住房城乡建设部
2024年8月16日
"""

CY_TITLE = "察隅县茶产业发展2024年重点任务清单"
CY_ROWS: list[list[object]] = [
    [CY_TITLE, None, None, None, None, None, None],
    ["序号", "重点任务", "牵头领导", "责任主体", None, None, "完成时限"],
    [None, None, None, "牵头单位", "责任单位", "配合单位", None],
    [1, "新建高标准生态茶园3000亩", "扎西次仁", "县农业农村局", "各乡（镇）人民政府", "县林业和草原局", "2024年10月"],
    [2, "建设茶叶初制加工厂2座", "扎西次仁", None, "竹瓦根镇人民政府、下察隅镇人民政府", "县发展和改革委员会", "2024年12月"],
    [3, "申报“察隅茶叶”地理标志证明商标", "王永明", "县市场监督管理局", None, "县农业农村局", "2025年6月"],
]

JIANGDA = """江达县人民政府办公室关于印发江达县农村寄递物流体系建设实施方案的通知
江政办发〔2023〕19号
各乡（镇）人民政府，县直各部门：
　　《江达县农村寄递物流体系建设实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。
江达县人民政府办公室
2023年6月12日
江达县农村寄递物流体系建设实施方案
一、工作任务
　　（一）完善县乡村三级物流节点。（县商务局牵头，县交通运输局、江达县邮政分公司配合）
　　（二）推进邮快合作。（县交通运输局负责，各乡（镇）人民政府配合）
二、任务清单
（注：责任单位中列第一位的为牵头单位）
序号\t工作任务\t责任单位\t完成时限
1\t建设县级寄递物流共配中心\t县商务局、县交通运输局、江达县邮政分公司\t2023年12月
2\t改造提升乡镇快递服务站13个\t各乡（镇）人民政府、县商务局\t2024年6月
3\t推进村级寄递物流综合服务站建设\t县交通运输局、各乡（镇）人民政府\t长期坚持
三、保障措施
　　县财政局要落实寄递物流体系建设补助资金。
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "tiyu_changdi_2024.txt").write_text(TIYU, encoding="utf-8")
    write_xlsx(DOCS / "chayu_chaye_2024.xlsx",
               [("重点任务", CY_ROWS, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "D4:D5"])])
    (DOCS / "jiangda_jidi_2023.txt").write_text(JIANGDA, encoding="utf-8")


if __name__ == "__main__":
    main()
