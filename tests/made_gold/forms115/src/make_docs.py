"""Build the documents of round 115 (tests/made_gold/forms115/docs):

- donghu_guangdian_2024.html: a development zone's page (武汉东湖新技术开发区管理委员会): clauses with `主责单位：` /
  `协办单位：` / `支撑单位：`, then an HTML table headed **`责任部门（单位）`** whose cells mark the lead `X（牵头）、Y`.
- zhongning_gongshui_2023.txt: a county office's plan (中宁县人民政府办公室): clauses, then a **tab-separated** table whose
  last row's lead cell is empty (a merged cell copied as text).
- beitun_nongye_2025.txt: a 兵团 division-city's list (第十师北屯市办公室): every item closed by **field lines of unusual
  names** (`推进单位：`, `督办单位：`, `主责单位：`, `支撑单位：`, `责任部门（单位）：`, `牵头考核单位：`, `协办单位：`).

Run from the project root: python tests/made_gold/forms115/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

DH_HEAD = "武汉东湖新技术开发区管理委员会关于印发东湖高新区光电子信息产业集群发展行动方案的通知"
DH_ROWS = [
    ("1", "推进国家存储器基地二期建设", "区经济发展局（牵头）、区自然资源和规划局、区建设局", "2024年底前"),
    ("2", "建设光谷光电子信息产业创新中心", "区科技创新局", "2025年6月底前"),
    ("3", "开展光电子企业上市培育行动", "区财政金融局（牵头）、区经济发展局", "长期坚持"),
]


def donghu_html() -> str:
    rows = [f"<tr><td>{n}</td><td>{t}</td><td>{u}</td><td>{d}</td></tr>" for n, t, u, d in DH_ROWS]
    body = [
        f'<div class="title">{DH_HEAD}</div>',
        '<div class="meta">发文机关：武汉东湖新技术开发区管理委员会　发文字号：武新管〔2024〕8号　成文日期：2024年06月18日</div>',
        '<div class="TRS_Editor">',
        "<p>武新管〔2024〕8号</p>",
        "<p>各街道办事处、园区办，管委会各部门，各直属单位：</p>",
        "<p>　　现将《东湖高新区光电子信息产业集群发展行动方案》印发给你们，请认真组织实施。</p>",
        '<p align="right">武汉东湖新技术开发区管理委员会</p>',
        '<p align="right">2024年6月18日</p>',
        '<p align="center">东湖高新区光电子信息产业集群发展行动方案</p>',
        "<p>　　一、强化创新策源</p>",
        "<p>　　（一）建设高水平创新平台。支持湖北光谷实验室开展光电子前沿技术攻关。（主责单位：区科技创新局；协办单位：区教育局、华中科技大学）</p>",
        "<p>　　（二）突破关键核心技术。实施光电子“卡脖子”技术攻关项目20项以上。（主责单位：区经济发展局，支撑单位：湖北光谷实验室）</p>",
        "<p>　　二、重点项目推进</p>",
        '<table border="1">',
        "<tr><td>序号</td><td>重点工作</td><td>责任部门（单位）</td><td>完成时限</td></tr>",
        *rows,
        "</table>",
        "<p>　　三、保障措施</p>",
        "<p>　　各街道办事处要按照属地职责做好项目服务保障。区经济发展局负责每季度对行动方案落实情况开展调度评估。</p>",
        "</div>",
    ]
    return ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>' + DH_HEAD
            + "-武汉东湖新技术开发区</title></head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


ZN = """中宁县人民政府办公室关于印发中宁县城乡供水一体化建设实施方案的通知
中政办发〔2023〕58号
各乡镇人民政府，县直各部门、各企事业单位：
　　《中宁县城乡供水一体化建设实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。
中宁县人民政府办公室
2023年9月21日
中宁县城乡供水一体化建设实施方案
一、建设任务
　　（一）实施城乡供水管网互联互通工程。新建输水管道86公里。（县水务局牵头，县发展和改革局、县财政局配合）
　　（二）推进农村供水工程规范化管理。（县水务局负责，各乡镇人民政府落实）
二、任务分解
序号\t工作任务\t牵头单位\t责任单位\t完成时限
1\t完成中宁县第二水厂扩建\t县水务局\t县住房和城乡建设局、中宁县城市供水有限公司\t2023年12月底
2\t开展水源地保护区规范化建设\t中卫市生态环境局中宁分局\t县水务局、县自然资源局\t2024年6月底
3\t推进入黄排污口排查整治\t\t县水务局\t长期坚持
三、保障措施
　　县水务局要会同县财政局积极争取中央和自治区专项资金。各乡镇人民政府要做好征地拆迁等保障工作。
"""

BT = """第十师北屯市办公室关于印发第十师北屯市2025年农业农村重点工作任务的通知
师市办发〔2025〕5号
各团（镇），师市机关各部门，各直属单位：
　　现将《第十师北屯市2025年农业农村重点工作任务》印发给你们，请认真抓好落实。
第十师北屯市办公室
2025年2月20日
第十师北屯市2025年农业农村重点工作任务
一、保障粮食安全
　　1.稳定粮食播种面积，完成小麦播种任务12万亩。
　　推进单位：师市农业农村局
　　督办单位：师市党委督查室
　　2.实施耕地保护和质量提升行动。
　　主责单位：师市自然资源和规划局
　　支撑单位：师市农业农村局、各团场
二、推进团场连队建设
　　3.推进团场连队人居环境整治，完成改厕1500户。
　　责任部门（单位）：师市住房和城乡建设局、各团场
　　4.实施连队道路硬化工程。
　　牵头考核单位：师市交通运输局
　　协办单位：师市财政局
三、工作要求
　　各团场要建立任务台账，逐项抓好落实；各推进单位要按月报送工作进展。
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    (DOCS / "donghu_guangdian_2024.html").write_text(donghu_html(), encoding="utf-8")
    (DOCS / "zhongning_gongshui_2023.txt").write_text(ZN, encoding="utf-8")
    (DOCS / "beitun_nongye_2025.txt").write_text(BT, encoding="utf-8")


if __name__ == "__main__":
    main()
