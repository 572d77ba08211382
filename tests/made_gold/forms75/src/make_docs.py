"""Build the documents of round 75 (tests/made_gold/forms75/docs):

- qindu_huanjing_2024.docx: a district office's Word table (咸阳市秦都区人民政府办公室) `工作内容 / 责任主体 / 督导单位
  / 完成时间`, its **督导单位 cell merged down** over three rows.
- zhungeer_meihua_2023.txt: a banner government's 意见 (准格尔旗人民政府) whose duties stand **only in running text**,
  its bodies named with the banner prefix **`旗`** (`旗能源局`), `X牵头负责…，Y、Z等部门配合`, `由X负责，会同Y…`,
  `请国网…供电公司…`, `各苏木乡镇、各有关部门要…`, and a sentence of what **has been done** (`X已…`).
- hunan_waimao_2024.xlsx: a provincial department's sheet (湖南省商务厅) `任务名称 / 牵头处室 / 协同处室 / 时间节点`, its
  units **apart by `，` and `；`**.

Run from the project root: python tests/made_gold/forms75/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

QD_HEAD = [
    "咸阳市秦都区人民政府办公室关于印发秦都区2024年城乡环境综合整治工作方案的通知",
    "秦政办发〔2024〕18号",
    "各街道办事处，区政府各工作部门：",
    "《秦都区2024年城乡环境综合整治工作方案》已经区政府同意，现印发给你们，请认真抓好落实。",
    "咸阳市秦都区人民政府办公室",
    "2024年3月26日",
    "秦都区2024年城乡环境综合整治工作方案",
    "一、工作目标",
    "城乡环境面貌明显改善，群众满意度持续提升。",
    "二、整治任务",
]
QD_HEADER = ["序号", "工作内容", "责任主体", "督导单位", "完成时间"]
QD_ROWS = [
    ("1", "开展背街小巷环境卫生集中整治", "各街道办事处", "区政府督查室", "2024年6月"),
    ("2", "推进农村生活污水治理", "区农业农村局、市生态环境局秦都分局", None, "2024年10月"),
    ("3", "规范建筑工地扬尘管控", "区住房和城乡建设局", None, "2024年12月"),
    ("4", "整治城乡结合部违法建设", "区城市管理执法局、各街道办事处", "区自然资源局", "2024年11月"),
]
QD_TAIL = ["三、工作要求", "各街道办事处要成立工作专班，明确专人负责。"]


def build_docx(out: Path = DOCS / "qindu_huanjing_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in QD_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(QD_ROWS), cols=len(QD_HEADER))
    t.style = "Table Grid"
    for c, h in enumerate(QD_HEADER):
        t.cell(0, c).text = h
    for r, row in enumerate(QD_ROWS, start=1):
        for c, value in enumerate(row):
            if value is not None:
                t.cell(r, c).text = value
    merged = t.cell(1, 3).merge(t.cell(3, 3))  # the 督导单位 cell of rows 1-3
    merged.text = "区政府督查室"
    for line in QD_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


ZHUNGEER = """准格尔旗人民政府关于加快推进现代煤化工产业发展的意见
准政发〔2023〕16号
各苏木乡镇人民政府，旗人民政府各部门，各直属单位：
　　为加快推进现代煤化工产业高端化、多元化、低碳化发展，现提出如下意见。
　　一、加快项目建设
　　旗发展和改革委员会牵头负责现代煤化工项目的谋划储备工作，旗能源局、旗自然资源局等部门配合。旗工业和信息化局已于2022年建立重点企业包联服务机制。
　　二、强化要素保障
　　由旗自然资源局负责，会同旗林业和草原局做好项目用地、用林保障。请国网准格尔供电公司加强电网配套建设。
　　三、优化营商环境
　　各苏木乡镇、各有关部门要主动服务企业，及时协调解决项目建设中的困难和问题。旗政务服务局要建立重点项目审批绿色通道。
准格尔旗人民政府
2023年11月9日
"""

HN_TITLE = "湖南省商务厅2024年外贸稳规模优结构重点任务清单"
HN_ROWS: list[list[object]] = [
    ["序号", "任务名称", "牵头处室", "协同处室", "时间节点"],
    [1, "组织企业参加广交会等重点展会", "对外贸易处", "外贸发展事务中心，财务处", "2024年10月"],
    [2, "推动跨境电商综试区高质量发展", "电子商务处", "对外贸易处；各市州商务主管部门", "2024年12月"],
    [3, "支持外贸企业开拓共建“一带一路”国家市场", "对外贸易处；国际经贸合作处", "财务处", "2024年12月"],
    [4, "提升外贸综合服务企业服务能力", "对外贸易处", "省贸促会", "2024年9月"],
]


def build_xlsx(out: Path = DOCS / "hunan_waimao_2024.xlsx") -> Path:
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, HN_TITLE, HN_ROWS, [])


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    (DOCS / "zhungeer_meihua_2023.txt").write_text(ZHUNGEER, encoding="utf-8")
    build_xlsx()


if __name__ == "__main__":
    main()
