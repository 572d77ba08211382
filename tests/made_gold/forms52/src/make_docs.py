"""Build the documents of round 52 (tests/made_gold/forms52/docs):

- shuozhou_nongye_2025.txt: a city's plan (朔州市) whose clauses carry **a deadline after the role words**
  (`（X负责，2025年6月底前完成）`, `（X、Y按职责分工负责，长期坚持）`), name `市人武部`, and prose `X、Y等部门要按照职责分工…`,
  `X要加强对Y的指导` (Y only an object).
- yichun_wenlv_2026.html: a **WeChat article** (宜春发布) whose field lines open with **emoji** (`📌牵头单位：X`,
  `🔹配合单位：Y`) in `<section>` blocks.
- tongling_chanye_2025.docx: a city's notice (铜陵市) with **two attachments, each a Word table** (`附件1` 重点任务清单
  `牵头单位 / 配合单位`; `附件2` 重点项目清单 `项目名称 / 责任单位`), numbering starting anew after each.
- yangquan_gongye_2025.xlsx: one sheet holding **two tables** (阳泉市): `一、重点任务` with `牵头单位 / 责任单位`, a blank
  row, then `二、支持政策` with its own header `政策名称 / 主要内容 / 责任单位`.

Run from the project root: python tests/made_gold/forms52/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SHUOZHOU = """朔州市人民政府办公室关于印发朔州市2025年推进农业现代化工作方案的通知
朔政办发〔2025〕12号
各县（市、区）人民政府，朔州经济开发区管委会，市直各有关单位：
　　《朔州市2025年推进农业现代化工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。
朔州市人民政府办公室
2025年3月14日
朔州市2025年推进农业现代化工作方案
　　一、重点任务
　　（一）提升粮食综合生产能力。实施高标准农田建设项目，推广玉米大豆带状复合种植。（市农业农村局负责，2025年6月底前完成）
　　（二）做强草食畜牧业。推进奶牛、肉羊标准化规模养殖场建设。（市农业农村局、市市场监管局按职责分工负责，长期坚持）
　　（三）加强民兵应急力量建设。组织民兵参加防汛抢险演练。（市人武部牵头，市应急管理局配合，2025年5月底前完成）
　　二、保障措施
　　市财政局、市自然资源局等部门要按照职责分工，强化资金和用地保障。市农业农村局要加强对各县（市、区）农业农村部门的业务指导。
"""

YC_TITLE = "宜春市2026年文旅消费提振行动重点任务来了！"


def build_html(out: Path = DOCS / "yichun_wenlv_2026.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta property="og:title" content="{YC_TITLE}"><title>{YC_TITLE}</title></head>
<body>
<div class="rich_media_content" id="js_content">
<section><h1 class="rich_media_title">{YC_TITLE}</h1></section>
<section><p><span>近日，宜春市印发2026年文旅消费提振行动方案，明确了以下重点任务。</span></p></section>
<section><p><strong>一、打造文旅消费新场景</strong></p></section>
<section><p><span>1.推进明月山景区提质扩容，打造温泉康养旅游目的地。</span></p>
<p><span>📌牵头单位：明月山温汤旅游度假区管委会</span></p>
<p><span>🔹配合单位：市文化广电新闻出版旅游局、袁州区人民政府</span></p></section>
<section><p><span>2.发展夜间文旅消费，建设夜间文旅消费集聚区。</span></p>
<p><span>📌牵头单位：市商务局</span></p>
<p><span>🔹配合单位：市文化广电新闻出版旅游局</span></p></section>
<section><p><strong>二、强化服务保障</strong></p></section>
<section><p><span>3.开展文旅市场秩序专项整治。</span></p>
<p><span>📌牵头单位：市文化广电新闻出版旅游局</span></p>
<p><span>🔹配合单位：市公安局、市市场监管局</span></p></section>
<section><p><span>来源：宜春发布</span></p></section>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


TL_HEAD = [
    "铜陵市人民政府办公室关于印发铜陵市2025年先进光伏和新型储能产业发展工作要点的通知",
    "铜政办〔2025〕10号",
    "各县、区人民政府，市政府各部门、各直属机构：",
    "《铜陵市2025年先进光伏和新型储能产业发展工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "一、加强组织领导",
    "市发展改革委要会同市经济和信息化局建立产业发展工作专班，定期调度重点项目进展。",
    "二、抓好任务落实",
    "各牵头单位要按照附件所列任务，细化工作措施，确保按期完成。",
    "附件：1.2025年重点任务清单",
    "2.2025年重点项目清单",
    "铜陵市人民政府办公室",
    "2025年3月25日",
    "附件1",
    "2025年重点任务清单",
]
TL_T1 = [["序号", "重点任务", "牵头单位", "配合单位"],
         ["1", "引进光伏组件龙头企业，完善光伏产业链", "市招商服务中心", "市经济和信息化局"],
         ["2", "推进新型储能示范项目建设", "市发展改革委", "义安区人民政府"]]
TL_MID = ["附件2", "2025年重点项目清单"]
TL_T2 = [["序号", "项目名称", "责任单位"],
         ["1", "铜陵经开区光伏组件智能制造基地", "铜陵经济技术开发区管委会"],
         ["2", "枞阳县独立储能电站", "枞阳县人民政府"]]


def build_docx(out: Path = DOCS / "tongling_chanye_2025.docx") -> Path:
    import docx

    d = docx.Document()

    def table(rows: list[list[str]]) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value

    for line in TL_HEAD:
        d.add_paragraph(line)
    table(TL_T1)
    for line in TL_MID:
        d.add_paragraph(line)
    table(TL_T2)
    d.save(str(out))
    return out


YQ_TITLE = "阳泉市2025年工业稳增长重点任务和支持政策清单"
YQ_ROWS: list[list[object]] = [
    ["一、重点任务", None, None, None],
    ["序号", "重点任务", "牵头单位", "责任单位"],
    [1, "推动煤矿智能化改造，建设智能化采掘工作面", "市能源局", "各县（区）人民政府"],
    [2, "培育新材料产业集群，推进铝镁新材料项目建设", "市工业和信息化局", "市发展改革委、平定县人民政府"],
    [None, None, None, None],
    ["二、支持政策", None, None, None],
    ["序号", "政策名称", "主要内容", "责任单位"],
    [1, "工业企业技术改造奖补", "对技改投资额较大的项目给予奖补", "市工业和信息化局、市财政局"],
    [2, "专精特新企业培育支持", "对新认定的专精特新企业给予奖励", "市工业和信息化局"],
]


def build_xlsx(out: Path = DOCS / "yangquan_gongye_2025.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "清单"
    ws.cell(1, 1, YQ_TITLE)
    ws.merge_cells("A1:D1")
    for r, row in enumerate(YQ_ROWS, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells("A2:D2")
    ws.merge_cells("A7:D7")
    wb.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "shuozhou_nongye_2025.txt").write_text(SHUOZHOU, encoding="utf-8")
    build_html()
    build_docx()
    build_xlsx()


if __name__ == "__main__":
    main()
