"""Round 85's second batch (written after rounds 77-86's fixes, measured at its own first run; docs/made-eval-forms.md):

- dingxi_malingshu_2024.pdf: 定西市人民政府办公室's measures (A5 pages), clauses in **【】** at the end of items that run
  over page breaks, page numbers `第 n 页 共 m 页` at the foot of each page.

Run from the project root: python tests/made_gold/forms85/src/make_docs_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

FILL = "推动全产业链协同发展，完善利益联结机制，带动农户稳定增收，提升产业整体效益和市场竞争力。"
DINGXI = [
    "^定西市人民政府办公室关于印发定西市马铃薯产业高质量发展若干措施的通知",
    "^定政办发〔2024〕25号",
    "各县区人民政府，市政府各部门，省属驻定各单位：",
    "《定西市马铃薯产业高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "定西市人民政府办公室",
    "2024年4月22日",
    "^定西市马铃薯产业高质量发展若干措施",
    "一、强化良种繁育",
    "（一）建设脱毒种薯繁育基地。新建改造原原种生产温网室，扩大原种、一级种繁育面积。" + FILL
    + "【责任单位：市农业农村局、市科技局，各县区人民政府】",
    "（二）加强种薯质量监管。开展种薯质量抽检，严厉打击假冒伪劣种薯。" + FILL * 2
    + "【牵头单位：市农业农村局；配合单位：市市场监督管理局】",
    "二、提升加工水平",
    "（三）支持精深加工。鼓励企业开发马铃薯全粉、变性淀粉等高附加值产品。" + FILL * 2
    + "【责任单位：市工业和信息化局、市发展和改革委员会】",
    "（四）拓展销售渠道。组织企业参加农产品展销会，发展电商直播销售。" + FILL
    + "【牵头单位：市商务局；配合单位：市农业农村局、市供销社】",
]


def main() -> None:
    write_pdf(DOCS / "dingxi_malingshu_2024.pdf", DINGXI, small=True, footer="第 {n} 页 共 {m} 页")


if __name__ == "__main__":
    main()
