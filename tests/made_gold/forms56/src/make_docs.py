"""Build the documents of round 56 (tests/made_gold/forms56/docs):

- fujian_shuangyong_2025.txt: a provincial 双拥 office's 工作要点 (福建省双拥工作领导小组办公室) whose clauses name **military
  and armed police bodies** (`省军区政治工作局`, `武警福建省总队政治工作部`), `X牵头，Y、Z等单位积极配合`, and prose
  `各级人民武装部要…`, `省军区政治工作局要会同…`.
- fengxiang_renju_2026.xlsx: a district's sheet (宝鸡市凤翔区) whose partner cells hold collectives with **nested brackets**
  (`各镇（街道）党（工）委`) and `X、Y等单位`.
- laizhou_gongye_2024.docx: a county-level city's Word table (莱州市) whose units cells stack their units with
  **soft line breaks inside one paragraph** (Shift+Enter, `<w:br/>`).

Run from the project root: python tests/made_gold/forms56/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

FUJIAN = """福建省双拥工作领导小组办公室关于印发《2025年全省双拥工作要点》的通知
闽双拥办〔2025〕3号
各设区市、平潭综合实验区双拥工作领导小组办公室，省双拥工作领导小组各成员单位：
　　现将《2025年全省双拥工作要点》印发给你们，请结合实际认真贯彻落实。
福建省双拥工作领导小组办公室
2025年3月12日
2025年全省双拥工作要点
　　一、深化拥军优属
　　1.落实军人家属随军就业安置政策，做好随军家属就业帮扶。（省退役军人事务厅牵头，省人力资源和社会保障厅、省军区政治工作局等单位积极配合）
　　2.开展“情系国防”教育进军营活动。（责任单位：省教育厅、武警福建省总队政治工作部）
　　二、推进拥政爱民
　　3.组织部队参与乡村振兴和应急救援。（省军区战备建设局、武警福建省总队负责）
　　三、加强组织领导
　　省军区政治工作局要会同省退役军人事务厅做好双拥模范城（县）创建指导。各级人民武装部要积极协调驻地部队参与地方建设。
"""

FX_TITLE = "凤翔区2026年农村人居环境整治任务清单"
FX_ROWS: list[list[object]] = [
    ["序号", "整治任务", "牵头单位", "配合单位", "完成时限"],
    [1, "开展村庄清洁行动春季战役", "区农业农村局", "各镇（街道）党（工）委", "2026年4月底"],
    [2, "推进农村生活垃圾收运处置", "区住房和城乡建设局", "区城市管理执法局、区财政局等单位", "2026年全年"],
    [3, "实施农村户厕问题排查整改", "区农业农村局", "区卫生健康局、各镇人民政府（街道办事处）", "2026年9月底"],
]


def build_xlsx(out: Path = DOCS / "fengxiang_renju_2026.xlsx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, FX_TITLE, FX_ROWS, [])


LZ_HEAD = [
    "莱州市人民政府办公室关于印发莱州市2024年工业经济稳增长工作措施的通知",
    "莱政办发〔2024〕11号",
    "各镇人民政府、街道办事处，市政府各部门、各直属机构：",
    "《莱州市2024年工业经济稳增长工作措施》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "莱州市人民政府办公室",
    "2024年3月22日",
    "莱州市2024年工业经济稳增长工作措施",
    "一、工作措施",
]
LZ_ROWS = [
    ("1", "支持企业技术改造，实施一批技改项目", ["市工业和信息化局", "市财政局", "市发展和改革局"]),
    ("2", "推动黄金产业链延链补链", ["市工业和信息化局", "市自然资源和规划局"]),
    ("3", "加强企业用工服务保障", ["市人力资源和社会保障局", "市工业和信息化局"]),
]
LZ_TAIL = ["二、工作要求", "市工业和信息化局要会同市统计局加强工业经济运行监测。"]


def build_docx(out: Path = DOCS / "laizhou_gongye_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in LZ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(LZ_ROWS), cols=3)
    for c, h in enumerate(["序号", "工作措施", "责任单位"]):
        t.cell(0, c).text = h
    for r, (n, task, units) in enumerate(LZ_ROWS, start=1):
        t.cell(r, 0).text = n
        t.cell(r, 1).text = task
        p = t.cell(r, 2).paragraphs[0]
        for k, u in enumerate(units):
            run = p.add_run(u)
            if k < len(units) - 1:
                run.add_break()  # a soft line break (Shift+Enter) inside the one paragraph
    for line in LZ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "fujian_shuangyong_2025.txt").write_text(FUJIAN, encoding="utf-8")
    build_xlsx()
    build_docx()


if __name__ == "__main__":
    main()
