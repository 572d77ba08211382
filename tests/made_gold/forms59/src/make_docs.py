"""Build the documents of round 59 (tests/made_gold/forms59/docs):

- meizhou_zhaoshang_2025.txt: a city office's plan (梅州市人民政府办公室) whose clauses use the **short labels
  `主办：` / `协办：`** in one parenthesis, one clause **on its own line after an item of two paragraphs**.
- shizhu_wenlv_2024.txt: a county's plan (石柱土家族自治县人民政府办公室) whose items each end with **`，由X负责。`** or
  `，由X牵头，Y配合。` inside the sentence (running text, no clause).
- jiujiang_shihua_2025.xlsx: an enterprise's sheet (中国石化九江分公司) `序号 / 工作事项 / 责任部门 / 配合部门 / 责任人 /
  完成时间`, units in a cell **apart by in-cell line breaks** (Alt+Enter), a 责任人 column of people, `各运行部`.

Run from the project root: python tests/made_gold/forms59/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

MEIZHOU = """梅州市人民政府办公室关于印发梅州市2025年招商引资攻坚行动方案的通知
梅市府办函〔2025〕18号
各县（市、区）人民政府，市府直属各单位：
　　《梅州市2025年招商引资攻坚行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。
梅州市人民政府办公室
2025年3月5日
梅州市2025年招商引资攻坚行动方案
一、重点任务
（一）开展产业链精准招商。围绕电子信息、食品饮料等产业绘制招商图谱。（主办：市商务局；协办：市工业和信息化局、市发展改革局）
（二）强化招商项目服务保障。建立重大项目专班服务机制，实行全流程跟踪服务。
　　对签约项目实行月调度、季通报，推动项目尽快落地。
（主办：市投资促进中心；协办：市自然资源局、市生态环境局）
（三）优化招商考核激励。完善招商引资考核办法。（主办：市委组织部、市商务局）
二、保障措施
　　市商务局要会同市统计局建立招商引资统计监测制度。
"""

SHIZHU = """石柱土家族自治县人民政府办公室关于印发石柱县2024年文旅融合发展工作要点的通知
石柱府办发〔2024〕22号
各乡镇人民政府、街道办事处，县政府各部门，有关单位：
　　《石柱县2024年文旅融合发展工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。
石柱土家族自治县人民政府办公室
2024年4月12日
石柱县2024年文旅融合发展工作要点
一、重点工作
1.推进黄水国家级旅游度假区提档升级，由县文化旅游委负责。
2.举办康养避暑季系列活动，由县文化旅游委牵头，县商务委、县财政局配合。
3.加快旅游公路和停车场建设，由县交通局负责。
二、工作要求
　　各乡镇（街道）要结合实际抓好落实。
"""

JJ_TITLE = "中国石化九江分公司2025年安全环保重点工作分解表"
JJ_ROWS: list[list[object]] = [
    ["序号", "工作事项", "责任部门", "配合部门", "责任人", "完成时间"],
    [1, "开展装置区泄漏检测与修复", "安全环保处", "生产技术处\n设备工程处", "王某某", "2025年6月"],
    [2, "推进火炬气回收系统改造", "设备工程处", "生产技术处\n各运行部", "李某某", "2025年10月"],
    [3, "修订公司突发环境事件应急预案", "安全环保处\n企管法规处", "办公室", "张某某", "2025年4月"],
]


def build_xlsx(out: Path = DOCS / "jiujiang_shihua_2025.xlsx") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from office_docs import write_xlsx_list

    return write_xlsx_list(out, JJ_TITLE, JJ_ROWS, [])


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "meizhou_zhaoshang_2025.txt").write_text(MEIZHOU, encoding="utf-8")
    (DOCS / "shizhu_wenlv_2024.txt").write_text(SHIZHU, encoding="utf-8")
    build_xlsx()


if __name__ == "__main__":
    main()
