"""Build the documents of round 60 (tests/made_gold/forms60/docs):

- wuzhou_chengshi_2025.txt: a city office's plan (梧州市人民政府办公室) whose clauses **declare roles with 为**
  instead of a colon (`（责任单位为X、Y）`, `（牵头单位为X，配合单位为Y、Z）`) and field lines **opened by ◆**.
- baojing_chaye_2016.html: a 2016 county office's page (保靖县人民政府办公室) with an HTML table whose units cells hold
  **`牵头：X；配合：Y、Z` on one line**, apart by `；`.
- neijiang_jiaoyu_2024.docx: a city department's Word plan (内江市教育局) whose items and their field lines stand **in
  one body paragraph, apart by soft line breaks** (Shift+Enter), the department's own 科 bare.

Run from the project root: python tests/made_gold/forms60/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

WUZHOU = """梧州市人民政府办公室关于印发梧州市2025年城市更新行动工作方案的通知
梧政办发〔2025〕9号
各县（市、区）人民政府，市直各委、办、局：
　　经市人民政府同意，现将《梧州市2025年城市更新行动工作方案》印发给你们，请认真贯彻执行。
梧州市人民政府办公室
2025年2月28日
梧州市2025年城市更新行动工作方案
一、重点任务
（一）推进老旧小区改造。完善小区水电气路等基础设施。（责任单位为市住房城乡建设局、市财政局）
（二）实施城市排水防涝提升。开展易涝点排查整治。（牵头单位为市水利局，配合单位为市住房城乡建设局、市城市管理局）
（三）加强历史文化街区保护。
◆牵头单位：市文化广电体育和旅游局
◆配合单位：市自然资源局、各县（市、区）人民政府
二、组织保障
　　市住房城乡建设局要会同市发展改革委建立城市更新项目库。
"""

BJ_HEAD = [
    "保靖县人民政府办公室关于印发保靖县2016年茶叶产业发展实施方案的通知",
    "保政办发〔2016〕14号",
    "各乡镇人民政府，县直有关单位：",
    "《保靖县2016年茶叶产业发展实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。",
    "保靖县人民政府办公室",
    "2016年3月18日",
    "保靖县2016年茶叶产业发展实施方案",
    "一、重点任务",
]
BJ_ROWS = [
    ("1", "新建标准化茶园基地", "牵头：县农业局；配合：县财政局、县扶贫办"),
    ("2", "培育茶叶加工龙头企业", "牵头：县经济和信息化局；配合：县食品药品监督管理局"),
    ("3", "推进茶旅融合示范带建设", "县林业局、县旅游局"),
]
BJ_TAIL = ["二、保障措施", "各乡镇人民政府要明确专人负责茶叶产业发展工作。"]


def baojing_html() -> str:
    head = "\n".join(f"<p>{line}</p>" for line in BJ_HEAD)
    rows = "\n".join(f"<tr><td>{n}</td><td>{task}</td><td>{units}</td><td>2016年12月</td></tr>"
                     for n, task, units in BJ_ROWS)
    tail = "\n".join(f"<p>{line}</p>" for line in BJ_TAIL)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + BJ_HEAD[0] + "</title></head>\n<body>\n"
            + head + "\n<table border=\"1\">\n<tr><td>序号</td><td>主要任务</td><td>责任单位</td><td>完成时限</td></tr>\n"
            + rows + "\n</table>\n" + tail + "\n</body></html>\n")


NJ_HEAD = [
    "内江市教育局关于印发内江市2024年教育工作要点的通知",
    "内教〔2024〕12号",
    "各县（市、区）教育局，局机关各科室，市直属各学校：",
    "现将《内江市2024年教育工作要点》印发给你们，请结合实际认真贯彻落实。",
    "内江市教育局",
    "2024年2月20日",
    "内江市2024年教育工作要点",
    "一、重点工作",
]
NJ_ITEMS = [
    ["1.推进义务教育优质均衡发展。", "牵头单位：基础教育科", "配合单位：发展规划科、各县（市、区）教育局"],
    ["2.加强教师队伍建设。", "责任单位：人事科、教师工作科"],
    ["3.深化职业教育产教融合。", "牵头单位：职业教育与成人教育科", "配合单位：市教育科学研究所"],
]
NJ_TAIL = ["二、工作要求", "各县（市、区）教育局要于每月5日前报送工作进展。"]


def build_docx(out: Path = DOCS / "neijiang_jiaoyu_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in NJ_HEAD:
        d.add_paragraph(line)
    for lines in NJ_ITEMS:
        p = d.add_paragraph()
        for k, line in enumerate(lines):
            run = p.add_run(line)
            if k < len(lines) - 1:
                run.add_break()  # a soft line break (Shift+Enter) inside the one paragraph
    for line in NJ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "wuzhou_chengshi_2025.txt").write_text(WUZHOU, encoding="utf-8")
    (DOCS / "baojing_chaye_2016.html").write_text(baojing_html(), encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
