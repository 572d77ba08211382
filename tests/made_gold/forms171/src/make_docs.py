"""Build the binary document of round 171 (a blind hand): 兴安盟's task table as an Excel workbook, a title row
merged across the columns, a 牵头单位 cell merged over three rows and a 配合单位 cell merged over two.

Run from the project root: python tests/made_gold/forms171/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

DOCS = Path(__file__).resolve().parent.parent / "docs"

TITLE = "兴安盟2021年肉牛产业高质量发展重点任务分解表"
HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
ROWS = [
    (1, "实施肉牛良种繁育工程，推广人工授精和胚胎移植技术", "盟农牧局", "盟财政局、盟自然资源局", "2021年10月"),
    (2, "推广全株青贮玉米种植，扩大优质饲草料基地", None, "盟林草局", "2021年9月"),
    (3, "建设肉牛活畜交易市场和冷链物流体系", None, "盟商务局、盟交通运输局", "2021年12月"),
    (4, "引进培育肉牛屠宰和精深加工龙头企业", "盟工业和信息化局", "盟农牧局、盟商务局", "2021年12月"),
    (5, "打造“兴安盟牛肉”区域公用品牌", "盟市场监管局", None, "2021年11月"),
    (6, "落实肉牛政策性保险和“活畜抵押”信贷支持", "盟金融办", "人民银行兴安盟中心支行、各旗县市人民政府", "长期坚持"),
    (7, "加强口蹄疫、布病等重大动物疫病防控", "各旗县市人民政府", "盟农牧局", "2021年12月"),
]
# merged ranges (Excel coordinates): 牵头单位 C3:C5 (rows 1-3), 配合单位 D6:D7 (rows 4-5)
MERGES = ["A1:E1", "C3:C5", "D6:D7"]


def build(out: Path = DOCS / "xinganmeng_rouniu_2021.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    ws.append([TITLE, None, None, None, None])
    ws.append(list(HEADER))
    for row in ROWS:
        ws.append(list(row))
    for rng in MERGES:
        ws.merge_cells(rng)
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 36
    wb.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
