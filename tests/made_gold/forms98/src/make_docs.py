"""Build the documents of round 98 (tests/made_gold/forms98/docs): Word files laid out as offices save them.

- xuchang_huagong_2024.docx: a landscape section, clauses, then the attachment's 分工表 **inside a text box** (a
  ``v:textbox`` anchored in a paragraph, as when a table is pasted into a drawing frame), 牵头单位 merged down.
- suining_shengzhu_2023.docx: headings and items **numbered by Word's list numbering** (``一、`` and ``（一）`` drawn by
  Word, not in the text), each item followed by **field lines** ``牵头单位：`` / ``配合单位：`` in paragraphs of their own.
- zhangye_wenlv_2025.docx: **two tables** with different column orders (牵头单位 before the task; then 工作内容 /
  责任单位 / 完成时限), the second with a **two-row header** (责任单位 merged across over 牵头 / 配合) and a
  **section row merged across**; 仿宋 in a small size.

Run from the project root: python tests/made_gold/forms98/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import MERGE_LEFT as L
from containers import MERGE_UP as U
from containers import write_docx_ext

DOCS = Path(__file__).resolve().parent.parent / "docs"

XUCHANG = [
    "许昌市人民政府办公室关于印发许昌市化工园区安全整治提升实施方案的通知",
    "许政办〔2024〕19号",
    "各县（市、区）人民政府，城乡一体化示范区、经济技术开发区、东城区管委会，市人民政府各部门：",
    "《许昌市化工园区安全整治提升实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "许昌市人民政府办公室",
    "2024年5月8日",
    "许昌市化工园区安全整治提升实施方案",
    "一、重点任务",
    "（一）开展园区安全风险评估。对全市化工园区开展整体性安全风险评估，确定园区安全风险等级。（责任单位：市应急管理局、"
    "市工业和信息化局）",
    "（二）完善园区基础设施。推进园区封闭化管理，建设园区安全风险智能化管控平台。（牵头单位：市工业和信息化局；配合单位："
    "市应急管理局、各县〔市、区〕人民政府）",
    "二、任务分工",
    "具体分工见下表。",
    ("box", [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "开展危险化学品企业安全生产专项检查", "市应急管理局", "市消防救援支队", "2024年8月"],
        ["2", "排查园区内企业重大危险源并建立管控清单", U, "市生态环境局", "2024年9月"],
        ["3", "规范园区危险化学品运输车辆停车场建设", "市交通运输局", "市公安局交警支队", "2024年12月"],
    ]),
    "三、工作要求",
    "各县（市、区）人民政府要落实属地管理责任，加强对园区整治工作的组织推动。",
]

N0, N1 = 0, 1
SUINING = [
    "遂宁市农业农村局关于印发遂宁市生猪产业稳产保供工作方案的通知",
    "遂农发〔2023〕31号",
    "各县（市、区）农业农村局，市直园区农业农村部门，局机关各科室：",
    "现将《遂宁市生猪产业稳产保供工作方案》印发给你们，请遵照执行。",
    "遂宁市农业农村局",
    "2023年7月14日",
    "遂宁市生猪产业稳产保供工作方案",
    ("num", N0, "稳定生产能力"),
    ("num", N1, "落实能繁母猪正常保有量。将能繁母猪正常保有量目标任务分解到县，实施产能调控。"),
    "牵头单位：畜牧科",
    "配合单位：计划财务科、各县（市、区）农业农村局",
    ("num", N1, "推进规模养殖场建设。支持建设标准化规模养殖场，推广智能化养殖设备。"),
    "牵头单位：畜牧科",
    "配合单位：农田建设管理科",
    ("num", N0, "强化疫病防控"),
    ("num", N1, "加强非洲猪瘟常态化防控。开展养殖场户排查和抽样监测，落实病死猪无害化处理。"),
    "牵头单位：兽医科",
    "配合单位：市动物疫病预防控制中心、农业综合行政执法支队",
    ("num", N1, "规范生猪调运监管。落实生猪落地报告制度，加强指定通道检查。"),
    "责任单位：兽医科、农业综合行政执法支队",
    ("num", N0, "工作要求"),
    "各县（市、区）农业农村局要于每月5日前报送生猪生产情况。",
]

ZHANGYE = [
    "张掖市人民政府办公室关于印发张掖市文旅康养融合发展行动方案的通知",
    "张政办发〔2025〕9号",
    "各县区人民政府，市政府各部门，市直及省属驻张各单位：",
    "《张掖市文旅康养融合发展行动方案》已经市政府同意，现印发给你们，请认真组织实施。",
    "张掖市人民政府办公室",
    "2025年3月4日",
    "张掖市文旅康养融合发展行动方案",
    "一、重点项目",
    [
        ["序号", "牵头单位", "项目建设任务", "配合单位"],
        ["1", "市文体广电和旅游局", "建设七彩丹霞康养度假区，完善游客服务中心设施", "临泽县人民政府、肃南县人民政府"],
        ["2", "市卫生健康委", "建设中医药康养基地，推出中医药康养旅游线路", "市文体广电和旅游局"],
    ],
    "二、重点工作",
    [
        ["序号", "工作内容", "责任单位", L, "完成时限"],
        [U, U, "牵头", "配合", U],
        ["（一）提升服务品质", L, L, L, L],
        ["1", "制定康养旅游服务质量标准", "市市场监管局", "市文体广电和旅游局", "2025年6月"],
        ["2", "开展文旅从业人员技能培训", "市人社局", "市文体广电和旅游局、市总工会", "2025年10月"],
        ["（二）拓展客源市场", L, L, L, L],
        ["3", "开通康养旅游专列，加强与兰州、西安等城市的宣传推介", "市文体广电和旅游局", "市交通运输局、市发展改革委",
         "2025年9月"],
    ],
]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_docx_ext(DOCS / "xuchang_huagong_2024.docx", XUCHANG, landscape=True)
    write_docx_ext(DOCS / "suining_shengzhu_2023.docx", SUINING, font="黑体")
    write_docx_ext(DOCS / "zhangye_wenlv_2025.docx", ZHANGYE, size=10.5)


if __name__ == "__main__":
    main()
