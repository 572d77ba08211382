"""Build the documents of round 74 (tests/made_gold/forms74/docs):

- shengzhou_yinshui_2006.txt: a 2006 county-level city office's notice (嵊州市人民政府办公室), the date `二○○六年`,
  clauses **`（由X负责，Y、Z协助）`**, `（X会同Y负责）`, and a sentence with **two subjects** `X要…，C要…`.
- karamay_shuzi_2025.html: a city office's page (克拉玛依市人民政府办公室) whose field lines have their labels in
  **`<strong>`** (`<strong>牵头单位：</strong>X`), and units wrapped in **`<span>`** one by one.
- jiangxi_nongye_2024.txt: a provincial department's 工作要点 (江西省农业农村厅) whose field lines carry **role words
  inside the value**: `责任单位：X牵头，Y、Z配合`, `责任处室（单位）：X牵头，Y、Z参与`.

Run from the project root: python tests/made_gold/forms74/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SHENGZHOU = """嵊州市人民政府办公室关于印发嵊州市2006年农村饮用水工程实施意见的通知
嵊政办发〔2006〕45号
各乡镇人民政府、街道办事处，市政府各部门：
　　现将《嵊州市2006年农村饮用水工程实施意见》印发给你们，请认真贯彻执行。
嵊州市人民政府办公室
二○○六年四月十日
嵊州市2006年农村饮用水工程实施意见
　　一、工作任务
　　（一）加快农村饮用水工程建设。按照“统一规划、分步实施”的原则，加快推进联村供水工程。（由市水利水电局负责，市财政局、市卫生局协助）
　　（二）加强饮用水水源保护。划定饮用水水源保护区，依法取缔保护区内排污口。（市环保局、市水利水电局负责）
　　（三）规范工程项目审批。简化审批程序，缩短审批时间。（市水利水电局会同市发改局负责）
　　（四）落实建设资金。市财政局要安排专项资金，各乡镇（街道）要落实配套资金。
　　二、工作要求
　　各乡镇（街道）要加强组织领导，确保工程按期完成。
"""

KM_LINES = [
    "<p>克拉玛依市人民政府办公室关于印发克拉玛依市2025年数字经济重点工作任务的通知</p>",
    "<p>新克政办发〔2025〕9号</p>",
    "<p>各区人民政府，克拉玛依高新区管委会，市属各部门：</p>",
    "<p>《克拉玛依市2025年数字经济重点工作任务》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。</p>",
    "<p>克拉玛依市人民政府办公室</p>",
    "<p>2025年4月11日</p>",
    "<p>克拉玛依市2025年数字经济重点工作任务</p>",
    "<p><strong>一、重点任务</strong></p>",
    "<p><strong>（一）推进算力基础设施建设。</strong>推动智算中心扩容升级，提升算力服务能力。</p>",
    "<p><strong>牵头单位：</strong>市发展改革委</p>",
    "<p><strong>配合单位：</strong>市工业和信息化局、市数据局</p>",
    "<p><strong>（二）培育云计算产业。</strong>引进一批云计算服务企业落户。</p>",
    "<p><strong>牵头单位：</strong>市工业和信息化局</p>",
    "<p><strong>配合单位：</strong>克拉玛依高新区管委会、白碱滩区人民政府</p>",
    "<p><strong>（三）推动油气行业数字化转型。</strong>建设智能油田示范场景。</p>",
    "<p><strong>责任单位：</strong><span>市国资委</span>、<span>独山子区人民政府</span>、<span>克拉玛依区人民政府</span></p>",
    "<p><strong>二、保障措施</strong></p>",
    "<p>市数据局要会同市财政局做好重点项目资金保障。</p>",
]


def karamay_html() -> str:
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>克拉玛依市人民政府办公室关于印发克拉玛依市2025年"
            "数字经济重点工作任务的通知</title></head>\n<body>\n<div class=\"TRS_UEDITOR\">\n" + "\n".join(KM_LINES)
            + "\n</div>\n</body></html>\n")


JIANGXI = """江西省农业农村厅关于印发《2024年全省农业农村工作要点》的通知
赣农字〔2024〕8号
各设区市农业农村局，厅机关各处室、直属各单位：
　　现将《2024年全省农业农村工作要点》印发给你们，请结合实际，抓好贯彻落实。
江西省农业农村厅
2024年2月6日
2024年全省农业农村工作要点
一、全力保障粮食安全
1.稳定粮食生产。落实粮食生产目标任务，推广粮食单产提升技术。
责任单位：种植业管理处牵头，计划财务处、农田建设管理处配合
2.推进高标准农田建设。统筹推进新建和改造提升。
责任单位：农田建设管理处、省农田建设中心
二、推动乡村产业发展
3.发展乡村特色产业。培育农业产业化龙头企业。
责任处室（单位）：乡村产业发展处牵头，市场与信息化处、省农业技术推广中心参与
4.加强动物疫病防控。落实强制免疫和监测净化措施。
责任单位：省畜牧兽医局
配合单位：各设区市农业农村局
三、工作要求
　　各设区市农业农村部门要结合实际制定具体落实方案。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "shengzhou_yinshui_2006.txt").write_text(SHENGZHOU, encoding="utf-8")
    (DOCS / "karamay_shuzi_2025.html").write_text(karamay_html(), encoding="utf-8")
    (DOCS / "jiangxi_nongye_2024.txt").write_text(JIANGXI, encoding="utf-8")


if __name__ == "__main__":
    main()
