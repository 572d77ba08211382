"""Build round 188's documents (a blind hand, document metadata and citations): a city office's 转发 notice with its
title broken over two lines (湘潭市), three provincial departments' joint notice on a government page with its
索引号 / 发文机关 / 成文日期 table and 相关链接 (湖北省), a bureau's 函 whose date stands only under an attachment
list (金华市), a city office's 印发 notice with a ``[ ]`` 文号 and a date in Chinese numerals (绥化市), a county
office's notice with a ``（ ）`` 文号 (岳西县), three city bureaus' joint notice in Word (南平市).

Run from the project root: python tests/made_gold/forms188/src/make_docs.py
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from containers import write_docx, write_pdf

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
SP = "　"


def xiangtan() -> None:
    lines = [
        "湘潭市人民政府办公室文件", "", "潭政办发〔2023〕27号", "",
        "湘潭市人民政府办公室转发市应急管理局关于加强",
        "汛期安全生产工作的通知的通知", "",
        "各县市区人民政府，市直有关单位：",
        SP * 2 + "市应急管理局《关于加强汛期安全生产工作的通知》（潭应急发〔2023〕9号）已经市人民政府同意，现转发给你们，"
        "请认真贯彻执行。", "",
        SP * 12 + "湘潭市人民政府办公室",
        SP * 12 + "2023年6月5日", "",
        "关于加强汛期安全生产工作的通知", "",
        "各县市区应急管理局，市安委会有关成员单位：",
        SP * 2 + "为深入贯彻《中华人民共和国安全生产法》，有效防范化解汛期安全风险，现就有关事项通知如下。",
        SP * 2 + "一、强化隐患排查",
        SP * 2 + "（一）开展尾矿库和危险化学品企业汛前检查，严格落实《安全生产法》规定的企业主体责任。（市应急管理局负责）",
        SP * 2 + "（二）加强在建工程深基坑、高边坡等部位巡查，发现隐患立即整改。（市住房和城乡建设局牵头，市交通运输局、"
        "市水利局配合）",
        SP * 2 + "二、做好应急准备",
        SP * 2 + "（一）修订完善防汛抢险应急预案，组织开展应急演练。（牵头单位：市水利局；配合单位：市应急管理局）", "",
        SP * 12 + "湘潭市应急管理局",
        SP * 12 + "2023年5月28日",
    ]
    (DOCS / "xiangtan_xunqi_2023.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def hubei() -> None:
    e = html.escape
    issuers = ["湖北省发展和改革委员会", "湖北省财政厅", "湖北省自然资源厅"]
    title = " ".join(issuers) + "关于做好2022年省级重点项目要素保障工作的通知"
    info = [("索引号", "011043061/2022-01234", "主题分类", "综合政务"),
            ("发文机关", "、".join(issuers), "成文日期", "2022年04月18日"),
            ("标题", title, None, None),
            ("发文字号", "鄂发改投资〔2022〕135号", "发布日期", "2022年04月22日")]
    rows = []
    for a, b, c, d in info:
        if c is None:
            rows.append(f"<tr><th>{e(a)}：</th><td colspan=\"3\">{e(b)}</td></tr>")
        else:
            rows.append(f"<tr><th>{e(a)}：</th><td>{e(b)}</td><th>{e(c)}：</th><td>{e(d)}</td></tr>")
    paras = [
        "各市、州、直管市、神农架林区发展改革委、财政局、自然资源和规划局：",
        "为贯彻落实《湖北省人民政府关于加快推进重大项目建设的若干意见》（以下简称《若干意见》），按照国办发〔2021〕12号"
        "文件要求，现就做好2022年省级重点项目要素保障工作通知如下。",
        "一、加强用地保障。对纳入《若干意见》支持范围的省级重点项目，优先安排新增建设用地计划指标。（省自然资源厅负责）",
        "二、加强资金保障。统筹省预算内投资和地方政府专项债券，支持省级重点项目建设。（省发展改革委、省财政厅按职责分工负责）",
        "三、加强调度督办。建立省级重点项目要素保障台账，定期通报项目进展。（牵头单位：省发展改革委；配合单位：省财政厅、"
        "省自然资源厅）",
    ]
    sign = [f'<p align="right">{e(x)}</p>' for x in [*issuers, "2022年4月18日"]]
    page = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{e(title)}_湖北省人民政府门户网站</title></head><body>",
        '<div class="header"><img src="/images/logo.png" alt="湖北省人民政府门户网站"> 首页 | 政务公开 | 办事服务 | 互动交流</div>',
        '<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">部门文件</a></div>',
        '<table class="xxgk_info" border="1" cellspacing="0" width="100%"><tbody>' + "".join(rows) + "</tbody></table>",
        f'<div class="article"><h1 align="center">{e(title)}</h1>',
        '<div class="TRS_Editor">' + "".join(f"<p>{e(p)}</p>" for p in paras) + "".join(sign) + "</div></div>",
        '<div class="links"><p>相关链接：<a href="/a.html">《湖北省2022年省级重点建设项目清单》</a>　'
        '<a href="/b.html">《关于做好2021年省级重点项目用地保障工作的通知》</a></p></div>',
        '<div class="footer">主办：湖北省人民政府办公厅　鄂ICP备05003313号</div>',
        "</body></html>",
    ]
    (DOCS / "hubei_yaosu_2022.html").write_text("\n".join(page) + "\n", encoding="utf-8")


def jinhua() -> None:
    write_docx(DOCS / "jinhua_zhifa_2022.docx", [
        "金华市生态环境局",
        "金环函〔2022〕15号",
        "金华市生态环境局关于开展2022年重点排污单位执法检查的函",
        "各分局：",
        "根据省生态环境厅《关于印发〈浙江省2022年生态环境执法检查计划〉的通知》（浙环函〔2022〕48号），现就开展2022年"
        "重点排污单位执法检查有关事项函告如下。",
        "一、检查对象",
        "列入2022年重点排污单位名录的企业，名单见附件1。",
        "二、检查内容",
        "（一）核查排污许可证执行情况，重点检查自动监测设备运行和数据传输。（各分局负责）",
        "（二）开展废水、废气监督性监测，监测结果报市局执法监督处。（市生态环境监测中心负责）",
        "（三）对检查发现的环境违法行为依法查处，典型案例在《中国环境报》和市局门户网站公开曝光。（牵头单位：市局执法监督处；"
        "配合单位：各分局）",
        "三、工作要求",
        "检查情况汇总表请于11月30日前报送市局执法监督处。",
        "附件：1.2022年重点排污单位名单",
        "2.执法检查情况汇总表",
        "金华市生态环境局",
        "2022年3月9日",
        "（联系人：王某某，联系电话：0579-82460000）",
    ])


def suihua() -> None:
    att = "绥化市2023年下半年优化营商环境重点任务"
    write_pdf(DOCS / "suihua_yingshang_2023.pdf", [
        "^绥化市人民政府办公室文件",
        "^绥政办发[2023]8号",
        f"^绥化市人民政府办公室关于印发《{att}》的通知",
        "各县（市、区）人民政府，市政府各直属单位：",
        f"现将《{att}》印发给你们，请认真组织实施。《绥化市优化营商环境若干措施》（绥政办发〔2020〕5号）同时废止。",
        "^绥化市人民政府办公室",
        "^二〇二三年十月十二日",
        f"^{att}",
        "一、完善制度体系",
        "（一）研究制定《绥化市涉企行政检查办法》，规范涉企行政检查行为。（市司法局负责）",
        "（二）推动修订《绥化市优化营商环境条例》，固化营商环境改革经验。（市营商环境建设监督局牵头，市司法局配合）",
        "二、提升政务服务",
        "（一）推进“一网通办”，年底前实现高频政务服务事项全程网办。（牵头单位：市营商环境建设监督局；责任单位：各县（市、区）"
        "人民政府）",
    ], header="绥化市人民政府办公室")


def yuexi() -> None:
    lines = [
        "岳西县人民政府办公室文件", "",
        "岳政办（2022）43号", "",
        "岳西县人民政府办公室关于做好2022年秋冬季森林防火工作的通知", "",
        "各乡镇人民政府，县直有关单位：",
        SP * 2 + "根据《中华人民共和国森林法》和《森林防火条例》，按照省政府办公厅皖政办秘〔2022〕61号文件精神，现就做好"
        "今冬明春森林防火工作通知如下。",
        SP * 2 + "一、压实防火责任。全面落实森林防火行政首长负责制，层层签订防火责任书。（各乡镇人民政府负责）",
        SP * 2 + "二、加强火源管控。在林区主要路口设立防火检查站，严查违规野外用火行为。（县林业局牵头，县公安局配合）",
        SP * 2 + "三、加强宣传教育。转载《人民日报》刊发的森林防火评论文章，利用广播、短信等开展防火宣传。（县融媒体中心负责）",
        "",
        SP * 12 + "岳西县人民政府办公室",
        SP * 12 + "2022年10月20日",
    ]
    (DOCS / "yuexi_fanghuo_2022.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def nanping() -> None:
    write_docx(DOCS / "nanping_jiaoshi_2021.docx", [
        "南平市教育局 南平市财政局 南平市人力资源和社会保障局关于做好2021年中小学教师补充工作的通知",
        "南教人〔2021〕22号",
        "各县（市、区）教育局、财政局、人力资源和社会保障局：",
        "为贯彻落实《教育部等六部门关于加强新时代中小学教师队伍建设的意见》（教师〔2020〕10号），做好2021年全市中小学"
        "教师补充工作，现将有关事项通知如下。",
        "一、核定补充计划。根据中小学教职工编制标准和学生增长情况，核定各县（市、区）教师补充计划。（市教育局牵头，"
        "市人力资源和社会保障局配合）",
        "二、落实经费保障。新补充教师工资待遇纳入财政预算足额保障。（市财政局负责）",
        "三、完善配套制度。修订《南平市中小学教师招聘办法》，规范招聘程序。（牵头单位：市教育局；配合单位：市人力资源和"
        "社会保障局）",
        "附件：2021年中小学教师补充计划表",
        "南平市教育局",
        "南平市财政局",
        "南平市人力资源和社会保障局",
        "2021年9月3日",
    ])


if __name__ == "__main__":
    DOCS.mkdir(exist_ok=True)
    xiangtan()
    hubei()
    jinhua()
    suihua()
    yuexi()
    nanping()
    print(sorted(p.name for p in DOCS.iterdir()))
