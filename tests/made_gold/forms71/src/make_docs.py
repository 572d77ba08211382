"""Build the documents of round 71 (tests/made_gold/forms71/docs):

- fuzhou_shuzi_2024.html: a city office's page (抚州市人民政府办公室) whose table a CMS printed **one `<p>` per cell**,
  its **类别 cell merged over two rows and so printed once** (rows 2 and 4 have no 类别 cell).
- ningde_laji_2023.txt: a city government's 实施意见 (宁德市人民政府) whose clauses name **collectives with brackets and
  separators**: `各县〔市、区〕人民政府`, `中央、省驻宁有关单位`, `各乡镇人民政府〔街道办事处〕`, `各村〔居〕委会`, and two
  duties apart by `；` in one clause.
- pinghu_weijian_2024.docx: a city health bureau's Word table (平湖市卫生健康局), **units first** `责任科室 / 工作任务`,
  its own sections bare, one marked `（牵头）`.

Run from the project root: python tests/made_gold/forms71/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

FZ_HEAD = [
    "抚州市人民政府办公室关于印发抚州市数字经济发展三年行动计划（2024—2026年）的通知",
    "抚府办发〔2024〕11号",
    "各县（区）人民政府，抚州高新区管委会，市政府各部门：",
    "《抚州市数字经济发展三年行动计划（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "抚州市人民政府办公室",
    "2024年5月8日",
    "抚州市数字经济发展三年行动计划（2024—2026年）",
    "一、发展目标",
    "数字经济核心产业加快发展，产业数字化水平明显提升。",
    "二、重点任务",
]
FZ_CELLS = [
    "序号", "类别", "工作任务", "牵头单位", "配合单位",
    "1", "数字基础设施", "加快千兆光网和移动物联网建设", "市工业和信息化局", "市通信发展管理办公室、各县（区）人民政府",
    "2", "推进城市算力中心建设", "市发展和改革委员会", "市大数据中心",
    "3", "数字产业", "培育数字经济核心产业企业", "市工业和信息化局", "市科技局、市市场监督管理局",
    "4", "推动传统产业数字化转型", "市工业和信息化局", "市财政局、抚州高新区管委会",
]
FZ_TAIL = ["三、保障措施", "市工业和信息化局负责统筹推进，定期调度各项任务进展。"]


def fuzhou_html() -> str:
    paras = FZ_HEAD + FZ_CELLS + FZ_TAIL
    body = "\n".join(f"<p style=\"text-align: left;\">{p}</p>" for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + FZ_HEAD[0] + "</title></head>\n"
            "<body>\n<div class=\"article-content\">\n" + body + "\n</div>\n</body></html>\n")


NINGDE = """宁德市人民政府关于进一步加强农村生活垃圾治理的实施意见
宁政〔2023〕8号
各县（市、区）人民政府，东侨经济技术开发区管委会，市直各单位：
　　为进一步提升农村人居环境质量，现就加强农村生活垃圾治理提出如下实施意见。
　　一、主要任务
　　（一）健全收运处置体系。完善“村收集、镇转运、县处理”模式，推动收运设施全覆盖。（各县〔市、区〕人民政府，东侨经济技术开发区管委会负责）
　　（二）推进源头分类减量。开展农村生活垃圾分类示范村创建。（市住建局牵头，市直有关部门和各县〔市、区〕人民政府配合）
　　（三）加强非正规垃圾堆放点整治。开展排查整治“回头看”。（市生态环境局、市农业农村局，中央、省驻宁有关单位按职责分工负责）
　　（四）落实村庄保洁制度。合理配备农村保洁员，建立考评机制。（各乡镇人民政府〔街道办事处〕负责，各村〔居〕委会协助）
　　（五）强化资金保障。统筹整合相关涉农资金支持垃圾治理。（市财政局牵头，市发改委、市住建局配合；各县〔市、区〕人民政府负责落实）
　　二、组织保障
　　各县（市、区）人民政府要将农村生活垃圾治理纳入乡村振兴实绩考核。
宁德市人民政府
2023年9月21日
"""

PH_HEAD = [
    "平湖市卫生健康局关于印发《平湖市卫生健康局2024年工作要点》的通知",
    "平卫〔2024〕15号",
    "局机关各科室，各直属单位：",
    "现将《平湖市卫生健康局2024年工作要点》印发给你们，请认真抓好落实。",
    "平湖市卫生健康局",
    "2024年2月19日",
    "平湖市卫生健康局2024年工作要点",
    "一、总体要求",
    "坚持以人民健康为中心，持续深化医药卫生体制改革。",
    "二、重点工作任务分工",
]
PH_ROWS = [
    ("1", "医政医管科", "推进县域医共体紧密型建设", "2024年12月"),
    ("2", "疾病预防控制科、市疾病预防控制中心", "开展重点传染病监测预警", "2024年12月"),
    ("3", "基层卫生与妇幼健康科（牵头）、规划财务科", "推进基层医疗卫生机构服务能力提升", "2024年11月"),
    ("4", "局办公室", "完善卫生健康系统安全生产责任体系", "2024年6月"),
]
PH_TAIL = ["三、工作要求", "各科室、各直属单位要明确专人负责，按季度报送工作进展。"]


def build_docx(out: Path = DOCS / "pinghu_weijian_2024.docx") -> Path:
    from office_docs import write_docx_table

    return write_docx_table(out, PH_HEAD, ["序号", "责任科室", "工作任务", "完成时限"], PH_ROWS, PH_TAIL)


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "fuzhou_shuzi_2024.html").write_text(fuzhou_html(), encoding="utf-8")
    (DOCS / "ningde_laji_2023.txt").write_text(NINGDE, encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
