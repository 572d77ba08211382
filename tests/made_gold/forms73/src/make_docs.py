"""Build the documents of round 73 (tests/made_gold/forms73/docs):

- baiyin_gongye_2024.docx: a city office's Word plan (白银市人民政府办公室) whose items are followed by **field
  paragraphs**: a person's field first (`分管市领导：`), `共同牵头单位：`, `配合单位：` naming two collectives apart by `，`.
- wuwei_nongye_2024.txt: a city office's plan (武威市人民政府办公室) whose task table is **tab-separated, copied from
  Excel**: a units cell merged over two rows leaves **an empty cell** in the second row; the lead marked `（牵头）`.
- zhongwei_zhaoshang_2025.xlsx: a city's sheet (中卫市) `主要任务 / 具体举措 / 牵头单位 / 配合单位`, the **主要任务 cells
  merged down** over each pair of rows, each row's own task in `具体举措`.

Run from the project root: python tests/made_gold/forms73/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

BY_PARAS = [
    "白银市人民政府办公室关于印发白银市有色金属产业链高质量发展实施方案的通知",
    "市政办发〔2024〕41号",
    "各县、区人民政府，市政府各部门，白银高新区管委会：",
    "《白银市有色金属产业链高质量发展实施方案》已经市政府同意，现印发给你们，请认真组织实施。",
    "白银市人民政府办公室",
    "2024年6月28日",
    "白银市有色金属产业链高质量发展实施方案",
    "一、重点任务",
    "（一）推动铜铝铅锌精深加工。支持龙头企业延伸产业链条，发展高端铜箔、铝合金材料。",
    "分管市领导：张建军",
    "牵头单位：市工业和信息化局",
    "配合单位：市发展改革委、市科技局",
    "（二）建设有色金属新材料创新平台。推动企业与高校共建中试基地。",
    "共同牵头单位：市科技局、市教育局",
    "配合单位：白银高新区管委会",
    "（三）加强尾矿资源综合利用。开展尾矿库资源化利用试点。",
    "牵头单位：市自然资源局",
    "配合单位：各县、区人民政府，市直相关部门",
    "完成时限：2024年12月底前",
    "二、保障措施",
    "各县、区人民政府和市直各有关部门要按照职责分工抓好落实。",
]


def build_docx(out: Path = DOCS / "baiyin_gongye_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in BY_PARAS:
        d.add_paragraph(line)
    d.save(str(out))
    return out


WUWEI = """武威市人民政府办公室关于印发武威市2024年戈壁生态农业发展工作方案的通知
武政办发〔2024〕27号
各县区人民政府，市政府各部门，市直及省属驻市有关单位：
　　《武威市2024年戈壁生态农业发展工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。
武威市人民政府办公室
2024年4月3日
武威市2024年戈壁生态农业发展工作方案
一、工作目标
　　戈壁生态农业规模持续扩大，产业链条不断延伸。
二、任务分工
序号\t工作任务\t责任单位\t完成时限
1\t推进戈壁生态农业园区提质增效\t市农业农村局（牵头）、市财政局、市水务局\t2024年12月
2\t发展设施蔬菜和食用菌产业\t\t2024年12月
3\t建设戈壁农产品冷链物流中心\t凉州区人民政府（牵头）、市商务局\t2024年10月
4\t培育戈壁农业观光旅游线路\t市文体广电和旅游局（牵头）、天祝藏族自治县人民政府\t2024年11月
三、工作要求
　　市农业农村局要牵头建立工作调度机制，每月通报进展情况。
"""

ZW_TITLE = "中卫市2025年招商引资重点任务责任分解表"
ZW_ROWS: list[list[object]] = [
    ["序号", "主要任务", "具体举措", "牵头单位", "配合单位", "完成时间"],
    [1, "精准开展产业链招商", "围绕数据中心产业链开展靶向招商", "市投资促进局", "市工业和信息化局、中卫工业园区管委会",
     "2025年12月"],
    [2, None, "组织赴长三角、珠三角地区开展专题招商活动", "市投资促进局", "市商务局、各县（区）人民政府", "2025年10月"],
    [3, "优化项目服务保障", "建立重点招商项目全程代办制度", "市审批服务管理局", "市投资促进局", "2025年6月"],
    [4, None, "落实招商引资优惠政策兑现", "市财政局", "市投资促进局、国家税务总局中卫市税务局", "2025年12月"],
]


def build_xlsx(out: Path = DOCS / "zhongwei_zhaoshang_2025.xlsx") -> Path:
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, ZW_TITLE, ZW_ROWS, [(3, 4, 2), (5, 6, 2)], sheet="Sheet1")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    (DOCS / "wuwei_nongye_2024.txt").write_text(WUWEI, encoding="utf-8")
    build_xlsx()


if __name__ == "__main__":
    main()
