"""Build the documents of round 69 (tests/made_gold/forms69/docs):

- loudi_zhizao_2024.txt: a city office's task table (娄底市人民政府办公室) **copied from Word one cell per line**, the
  units cells of rows 1-2 **merged in Word and so printed once** (row 2 has only its number, task and deadline).
- yongzhou_yinfa_2025.html: a city office's page (永州市人民政府办公室) whose table has `<thead>`/`<th>` and one units
  column `责任单位`, the lead **marked `（牵头）`** and the units **apart by `<br>`**.
- fugu_meitan_2023.docx: a county office's Word plan (府谷县人民政府办公室), clauses with **three labels apart by
  `，`** in one parenthesis, items numbered `1．` and sub-items `（1）` as paragraphs, inline `（1）…（2）…` in one.

Run from the project root: python tests/made_gold/forms69/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

LOUDI = """娄底市人民政府办公室关于印发《娄底市2024年制造业高质量发展重点任务分解表》的通知
娄政办函〔2024〕15号
各县市区人民政府，娄底经济技术开发区管委会，市直机关各单位：
　　《娄底市2024年制造业高质量发展重点任务分解表》已经市人民政府同意，现印发给你们，请认真抓好落实。
娄底市人民政府办公室
2024年2月27日
娄底市2024年制造业高质量发展重点任务分解表
序号
重点任务
牵头单位
配合单位
完成时限
1
推进钢铁新材料产业链延链强链
市工业和信息化局
市发展和改革委员会、市科技局
2024年12月
2
实施工业企业技术改造专项行动
2024年12月
3
培育“专精特新”中小企业
市工业和信息化局
各县市区人民政府、娄底经济技术开发区管委会
2024年11月
4
加快工业园区标准化厂房建设
市商务局
市自然资源和规划局、市住房和城乡建设局
2024年10月
"""

YZ_LINES = [
    "永州市人民政府办公室关于印发《永州市加快发展银发经济增进老年人福祉实施方案》的通知",
    "永政办发〔2025〕4号",
    "各县市区人民政府，各管理区、永州经济技术开发区管委会，市直机关各单位：",
    "《永州市加快发展银发经济增进老年人福祉实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。",
    "永州市人民政府办公室",
    "2025年2月14日",
    "永州市加快发展银发经济增进老年人福祉实施方案",
    "一、工作目标",
    "老年人福祉持续增进，银发经济规模不断扩大。",
    "二、重点任务分工",
]
YZ_ROWS = [
    ("1", "发展老年助餐服务，完善城乡老年助餐服务网络", ["市民政局（牵头）", "市财政局", "各县市区人民政府"]),
    ("2", "推进医养结合服务", ["市卫生健康委（牵头）", "市民政局", "市医保局"]),
    ("3", "丰富老年人文体服务供给", ["市文化旅游广电体育局（牵头）", "市委老干部局", "市教育局"]),
    ("4", "培育银发经济经营主体", ["市发展改革委（牵头）", "市商务局", "市市场监管局"]),
]
YZ_TAIL = [
    "三、保障措施",
    "市民政局要会同市发展改革委建立银发经济发展工作协调机制。各县市区人民政府要细化落实措施。",
]


def yongzhou_html() -> str:
    body = "".join(f"<tr><td>{n}</td><td>{task}</td><td>{'<br>'.join(units)}</td><td>2025年12月</td></tr>\n"
                   for n, task, units in YZ_ROWS)
    table = ("<table class=\"MsoTableGrid\">\n<thead><tr><th>序号</th><th>工作任务</th><th>责任单位</th>"
             "<th>完成时间</th></tr></thead>\n<tbody>\n" + body + "</tbody>\n</table>")
    head = "\n".join(f"<p>{line}</p>" for line in YZ_LINES)
    tail = "\n".join(f"<p>{line}</p>" for line in YZ_TAIL)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + YZ_LINES[0] + "</title></head>\n"
            "<body>\n<div id=\"zoom\">\n" + head + "\n" + table + "\n" + tail + "\n</div>\n</body></html>\n")


FG_PARAS = [
    "府谷县人民政府办公室关于印发府谷县煤炭产业转型升级实施方案的通知",
    "府政办发〔2023〕52号",
    "各镇人民政府，县政府各工作部门、直属机构：",
    "《府谷县煤炭产业转型升级实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。",
    "府谷县人民政府办公室",
    "2023年8月16日",
    "府谷县煤炭产业转型升级实施方案",
    "一、重点任务",
    "1．加快煤矿智能化改造。推进井工煤矿智能化采掘工作面建设，提升煤矿本质安全水平。（牵头单位：县能源局，责任单位：各煤矿企业，配合单位：县应急管理局、县财政局）",
    "2．推进煤炭清洁高效利用。（1）推动兰炭产业升级改造，淘汰落后产能；（2）推进煤电一体化项目建设。（牵头单位：县发展改革局，配合单位：县工业和信息化局、县生态环境局、县自然资源局）",
    "3．强化安全生产监管。",
    "（1）开展煤矿重大灾害治理。（牵头单位：县应急管理局、县能源局，配合单位：各镇人民政府）",
    "（2）加强危险化学品运输安全监管。（牵头单位：县应急管理局；责任单位：县公安局、县交通运输局）",
    "二、保障措施",
    "县能源局负责本方案的统筹协调和督促落实。",
]


def build_docx(out: Path = DOCS / "fugu_meitan_2023.docx") -> Path:
    import docx

    d = docx.Document()
    for line in FG_PARAS:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "loudi_zhizao_2024.txt").write_text(LOUDI, encoding="utf-8")
    (DOCS / "yongzhou_yinfa_2025.html").write_text(yongzhou_html(), encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
