"""Build the PDF document of held-out set thirteen (tests/made_gold/targets/docs/made_tg_65.pdf): a
宁波市 action plan printed as a text-layer PDF, each paragraph wrapped to the page width, so that a
target may be cut across two lines (tests/made_gold/wrapped_pdf.py; the same lines give the same bytes).

Run from the project root: python tests/made_gold/targets/src/make_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from wrapped_pdf import write_wrapped_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

NINGBO = [
    "宁波市人民政府办公厅关于印发宁波市急救医疗服务能力提升三年行动方案（2025—2027年）的通知",
    "甬政办发〔2025〕31号",
    "各区（县、市）人民政府，市直及部省属驻甬各单位：",
    "《宁波市急救医疗服务能力提升三年行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真组织实施。",
    "宁波市人民政府办公厅",
    "2025年7月14日",
    "宁波市急救医疗服务能力提升三年行动方案（2025—2027年）",
    "为贯彻落实《浙江省院前医疗急救服务条例》，进一步提升全市院前医疗急救服务能力，结合我市实际，制定本方案。",
    "一、工作目标",
    "截至2027年底，全市累计建成急救站点120个，救护车总数达到300辆，城区急救平均反应时间缩短至12分钟以内，"
    "农村地区缩短至20分钟以内；急救电话10秒内接听率实现百分之百。",
    "二、重点任务",
    "（一）完善急救网络。2025年三季度前完成急救指挥调度平台升级，2026年内新建乡镇急救站点40个。（市卫生健康委负责）",
    "（二）加强人员培训。每年培训社会急救员不少于2万人次，到2027年，全市每千人口接受急救培训人数达到30人。"
    "（市卫生健康委、市红十字会按职责分工负责）",
    "（三）配置急救设备。在机场、车站、学校等公共场所配置自动体外除颤器（AED）1500台以上，其中2025年配置500台。"
    "（市卫生健康委牵头）",
    "三、保障措施",
    "自2026年1月1日起，新建公共场所按照每5万人口不少于1台的标准配置自动体外除颤器。市财政对每台自动体外除颤器给予"
    "1万元补助。市卫生健康委要制定《宁波市公共场所自动体外除颤器管理办法》。",
]


def main() -> None:
    write_wrapped_pdf(DOCS / "made_tg_65.pdf", NINGBO)


if __name__ == "__main__":
    main()
