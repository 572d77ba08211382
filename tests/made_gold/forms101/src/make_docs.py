"""Build the documents of round 101 (tests/made_gold/forms101/docs): texts copied out of PDFs.

- hengshui_yanglao_2024.txt: a 公报 reprint copied out of its PDF: lines hard-wrapped at 27 characters, page numbers
  printed **`·n·`** and the running head `衡水市人民政府公报` on the line under them, cutting clauses.
- wuzhou_liubao_2023.txt: clauses, then a 分工表 **one cell per line** with the header `序号 / 任务内容 / 牵头单位 /
  协同单位 / 完成时间`, cells wrapped over two lines, a unit name broken after `、`.
- luohe_shipin_2025.txt: a copy made with a layout-keeping extractor (``pdftotext -layout``): the table's columns
  **aligned by spaces**, a wrapped cell continuing on the next line in its own column, the page foot `- 2 -`.

Run from the project root: python tests/made_gold/forms101/src/make_docs.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def wrap(paragraphs: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for p in paragraphs:
        if p.startswith("^"):
            lines.append(p[1:])
            continue
        while p:
            lines.append(p[:width])
            p = p[width:]
    return lines


def paged(lines: list[str], per_page: int, foot: str, head: str = "") -> str:
    out: list[str] = []
    for i in range(0, len(lines), per_page):
        if i:
            out += ["", foot.format(n=i // per_page), ""]
            if head:
                out += [head]
        out += lines[i: i + per_page]
    out += ["", foot.format(n=(len(lines) - 1) // per_page + 1), ""]
    return "\n".join(out) + "\n"


HENGSHUI = [
    "^衡水市人民政府办公室",
    "^关于印发衡水市居家和社区养老服务提升行动方案的通知",
    "^衡政办字〔2024〕28号",
    "各县市区人民政府，市政府有关部门：",
    "《衡水市居家和社区养老服务提升行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "^衡水市人民政府办公室",
    "^2024年5月30日",
    "^衡水市居家和社区养老服务提升行动方案",
    "为满足老年人多层次养老服务需求，结合我市实际，制定本方案。",
    "一、完善服务设施",
    "（一）建设社区养老服务设施。新建住宅小区按标准配建养老服务设施，老旧小区通过购置、置换、租赁等方式补齐养老服务"
    "设施。（责任单位：市民政局、市自然资源和规划局、市住房和城乡建设局）",
    "（二）推进家庭养老床位建设。为有需求的失能、半失能老年人家庭进行适老化改造，提供居家上门服务。（牵头单位：市民"
    "政局；配合单位：市卫生健康委、市残联）",
    "二、提升服务能力",
    "（三）发展老年助餐服务。建设社区老年食堂和助餐点，支持餐饮企业为老年人提供助餐服务。（牵头单位：市民政局；配合单"
    "位：市商务局、市市场监管局、各县市区人民政府）",
    "（四）推进医养结合。支持医疗机构与养老机构签约合作，为居家老年人提供健康管理服务。（责任单位：市卫生健康委、市民"
    "政局、市医疗保障局）",
    "三、保障措施",
    "市财政局要将养老服务经费列入年度预算。",
]

WUZHOU = [
    "^梧州市人民政府办公室关于印发梧州市六堡茶产业发展工作方案的通知",
    "^梧政办发〔2023〕33号",
    "各县（市、区）人民政府，市直各委、办、局：",
    "《梧州市六堡茶产业发展工作方案》已经市人民政府同意，现印发给你们，请认真组织实施。",
    "^梧州市人民政府办公室",
    "^2023年8月15日",
    "^梧州市六堡茶产业发展工作方案",
    "一、扩大茶园面积",
    "（一）建设标准化茶园。推进六堡茶生态茶园建设，推广有机肥替代化肥技术。（责任单位：市农业农村局、苍梧县人民政府）",
    "（二）建设茶叶物流园。完善六堡茶仓储物流设施，建设冷链和检测中心。（牵头单位：市商务局；配合单位：市交通运输局、"
    "市发展改革委）",
    "二、任务分工",
]
WUZHOU_TABLE = [
    "序号", "任务内容", "牵头单位", "协同单位", "完成时间",
    "1", "举办六堡茶文化节和茶", "博会", "市文化广电和旅游局", "市商务局、市农业农村", "局", "2023年11月",
    "2", "开展六堡茶地理标志保", "护专项行动", "市市场监督管理局", "市公安局", "2023年12月",
    "3", "培育六堡茶龙头企业", "市工业和信息化局", "市农业农村局、市财政局", "2023年12月",
]

LUOHE_HEAD = [
    "漯河市人民政府办公室关于印发漯河市食品产业",
    "链群提质发展行动计划的通知",
    "",
    "漯政办〔2025〕4号",
    "",
    "各县区人民政府，各功能区管委会，市人民政府各部门：",
    "    《漯河市食品产业链群提质发展行动计划》已经市政府同意，现印发给你们，",
    "请认真贯彻执行。",
    "",
    "                                              漯河市人民政府办公室",
    "                                                2025年1月20日",
    "",
    "              漯河市食品产业链群提质发展行动计划",
    "",
    "    一、重点任务",
    "",
]
LUOHE_ROWS = [
    ["序号", "重点任务", "牵头单位", "配合单位"],
    ["1", ["推进肉制品、休闲食品链群", "延链补链"], "市工业和信息化局", ["市发展改革委、", "市商务局"]],
    ["2", ["建设中国（漯河）食品", "检验检测中心"], "市市场监管局", "市科技局"],
    ["3", ["举办中国（漯河）食品博", "览会"], "市商务局", ["市工业和信息化局、", "各县区人民政府"]],
]


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def layout(rows: list[list[object]], cols: list[int]) -> list[str]:
    lines: list[str] = []
    for row in rows:
        cells = [c if isinstance(c, list) else [c] for c in row]
        for i in range(max(len(c) for c in cells)):
            line = ""
            for c, start in zip(cells, cols, strict=True):
                text = c[i] if i < len(c) else ""
                if text:
                    line += " " * max(1, start - width(line)) + text  # type: ignore[operator]
            lines.append(line.rstrip())
        lines.append("")
    return lines


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "hengshui_yanglao_2024.txt").write_text(
        paged(wrap(HENGSHUI, 27), 14, "·{n}·", "衡水市人民政府公报"), encoding="utf-8")
    (DOCS / "wuzhou_liubao_2023.txt").write_text(
        paged(wrap(WUZHOU, 28) + WUZHOU_TABLE, 40, "— {n} —"), encoding="utf-8")
    lines = LUOHE_HEAD + layout(LUOHE_ROWS, [2, 10, 40, 62])  # type: ignore[arg-type]
    lines += ["    二、保障措施", "", "    市工业和信息化局要建立链群工作专班，定期调度推进。", "", "", "                                 - 2 -"]
    (DOCS / "luohe_shipin_2025.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
