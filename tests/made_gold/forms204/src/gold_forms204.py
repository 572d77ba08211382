"""The hand-made answers for tests/made_gold/forms204 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, a  # type: ignore[import-not-found]  # noqa: F401


def RG(*names: str) -> list[dict]:
    """responsible, generic (部门 of `X等部门`, 各地区, 各部门, 各省级人民政府)"""
    return [a(n, "responsible", True) for n in names]


def SG(*names: str) -> list[dict]:
    return [a(n, "support", True) for n in names]


def LG(*names: str) -> list[dict]:
    return [a(n, "lead", True) for n in names]


DOCS = [
    dict(stem="gwyb_2010_zhongxiao",
         title="国务院办公厅关于促进中小企业发展重点工作分工的通知",
         number="国办函〔2010〕88号", issuer="国务院办公厅", date="2010-06-12",
         tasks=[
             ("一/一", "（一）完善中小企业发展", R("财政部", "工业和信息化部")),
             ("一/二", "（二）落实小型微利", R("财政部", "税务总局")),
             ("二/一", "（一）引导商业银行", L("银监会") + S("人民银行")),
             ("二/二", "（二）扩大中小企业集合", R("发展改革委", "人民银行", "证监会")),
             ("二/三", "（三）规范中小企业信用", L("工业和信息化部") + S("银监会", "工商总局")),
             ("三/一", "（一）支持中小企业技术", L("工业和信息化部") + S("质检总局", "科技部")),
             ("三/二", "（二）加强中小食品", L("卫生部") + S("质检总局", "工商总局", "食品药品监管局")),
             ("三/三", "（三）引导中小企业节能", R("发展改革委", "环境保护部") + RG("部门")),
             ("四/一", "（一）建立和完善", R("工业和信息化部")),
             ("四/二", "（二）清理规范涉及", R("财政部", "发展改革委", "监察部")),
             ("四/三", "（三）加强中小企业经营", R("人力资源社会保障部") + S("教育部")),
             ("四/四", "（四）督促中小企业", R("安全监管总局") + RG("各省级人民政府")),
             ("四/五", "（五）规范面向中小企业", R("工商总局", "广电总局", "新闻出版总署")),
             ("五", "各地区、各部门要高度", RG("各地区", "各部门"), P),
             ("五", "工业和信息化部要会同", L("工业和信息化部") + SG("有关部门"), P),
         ],
         targets=[],
         citations=[("国务院关于进一步促进中小企业发展的若干意见", "国发〔2009〕36号", "cites")]),
    dict(stem="gwyb_2015_shipin",
         title="国务院办公厅关于加强食品安全和发展健康服务重点工作分工的通知",
         number="国办函〔2015〕52号", issuer="国务院办公厅", date="2015-05-20",
         tasks=[
             ("一/一", "（一）完善食品安全标准", L("卫生计生委") + R("食品药品监管总局", "农业部")),
             ("一/二", "（二）加强婴幼儿", L("食品药品监管总局") + R("质检总局", "工商总局")),
             ("一/三", "（三）严厉打击", L("公安部") + R("食品药品监管总局")),
             ("一/四", "（四）加强进出口", L("质检总局")),
             ("二/一", "（一）推进公立医院", L("卫生计生委") + R("发展改革委", "财政部", "人力资源社会保障部")),
             ("二/二", "（二）支持社会力量", L("卫生计生委") + S("发展改革委", "商务部")),
             ("二/三", "（三）发展中医药", L("中医药局") + R("卫生计生委")),
             ("二/四", "（四）发展商业健康", L("保监会") + R("卫生计生委", "财政部") + RG("部门")),
             ("三/一", "（一）加强健康知识", L("新闻出版广电总局") + R("卫生计生委", "网信办")),
             ("三/二", "（二）严格控制重点", L("环境保护部") + R("安全监管总局")),
             ("三/三", "（三）鼓励金融机构", L("人民银行") + R("银监会", "证监会")),
             ("三/四", "（四）加强医疗卫生", L("国土资源部") + R("住房城乡建设部")),
             ("四", "各有关部门要按照", RG("各有关部门"), P),
             ("四", "卫生计生委要会同", L("卫生计生委") + S("食品药品监管总局"), P),
         ],
         targets=[],
         citations=[]),
    dict(stem="gwyb_2019_minsheng",
         title="国务院办公厅关于做好民生保障领域重点工作分工的通知",
         number="国办函〔2019〕61号", issuer="国务院办公厅", date="2019-07-08",
         tasks=[
             ("一/一", "（一）推进医养结合", L("民政部") + R("卫生健康委")),
             ("一/二", "（二）深化医保支付", L("医保局") + R("卫生健康委", "财政部")),
             ("一/三", "（三）加强药品和医疗", L("药监局") + R("市场监管总局")),
             ("一/四", "（四）做好退役军人", L("退役军人部") + R("人力资源社会保障部", "教育部")),
             ("二/一", "（一）强化安全生产", L("应急部") + S("公安部", "交通运输部")),
             ("二/二", "（二）加强农村人居", L("农业农村部") + R("生态环境部", "住房城乡建设部")),
             ("二/三", "（三）加强耕地保护", L("自然资源部") + R("农业农村部")),
             ("二/四", "（四）推进全域旅游", L("文化和旅游部") + R("广电总局")),
             ("二/五", "（五）规范网络直播", L("广电总局") + R("网信办", "市场监管总局")),
             ("三/一", "（一）加大普惠金融", L("人民银行") + R("银保监会", "证监会")),
             ("三/二", "（二）落实更大规模", L("财政部") + R("税务总局") + RG("部门")),
             ("三/三", "（三）加强重要民生", L("国家发展改革委") + R("市场监管总局")),
             ("三/四", "（四）加强基本民生", LG("各省级人民政府")),
             ("四", "各地区、各部门要把", RG("各地区", "各部门"), P),
             ("四", "请民政部会同有关部门", L("民政部") + SG("有关部门"), P),
         ],
         targets=[],
         citations=[]),
    dict(stem="gwyb_2024_shuju",
         title="国务院办公厅关于推进数据要素和科技金融重点工作分工的通知",
         number="国办函〔2024〕35号", issuer="国务院办公厅", date="2024-04-16",
         tasks=[
             ("一/一", "（一）建立健全数据", L("国家数据局") + S("国家发展改革委", "工业和信息化部")),
             ("一/二", "（二）推进公共数据", R("数据局", "中央网信办", "市场监管总局")),
             ("一/三", "（三）加快建设全国", R("国家发展改革委", "数据局", "工业和信息化部")),
             ("一/四", "（四）加强数据安全", R("中央网信办", "公安部", "国家数据局")),
             ("二/一", "（一）加大对科技型", R("金融监管总局", "人民银行")),
             ("二/二", "（二）完善多层次", R("证监会")),
             ("二/三", "（三）防范化解", L("国家金融监督管理总局") + S("人民银行", "财政部")),
             ("二/四", "（四）规范发展数字", L("人民银行") + S("金融监管总局", "证监会", "数据局")),
             ("三/一", "（一）加强知识产权", R("知识产权局", "市场监管总局")),
             ("三/二", "（二）加大研发费用", R("财政部", "税务总局", "科技部")),
             ("三/三", "（三）推进政务服务", L("国务院办公厅") + SG("各有关部门")),
             ("三/四", "（四）开展中小企业", R("工业和信息化部", "财政部") + RG("部门", "各省级人民政府")),
             ("四", "各地区、各部门要强化", RG("各地区", "各部门"), P),
             ("四", "国家数据局要会同", L("国家数据局") + S("国家发展改革委") + SG("部门"), P),
         ],
         targets=[],
         citations=[]),
]

_C = "central"
DEPTS = """
gwyb_2010_zhongxiao|财政部|财政部|central|high|
gwyb_2010_zhongxiao|工业和信息化部|工业和信息化部|central|high|created 2008
gwyb_2010_zhongxiao|税务总局|国家税务总局|central|high|
gwyb_2010_zhongxiao|银监会|中国银行业监督管理委员会|central|high|2003-2018, before 银保监会
gwyb_2010_zhongxiao|人民银行|中国人民银行|central|high|
gwyb_2010_zhongxiao|发展改革委|国家发展和改革委员会|central|high|
gwyb_2010_zhongxiao|证监会|中国证券监督管理委员会|central|high|
gwyb_2010_zhongxiao|工商总局|国家工商行政管理总局|central|high|before 市场监管总局 (2018)
gwyb_2010_zhongxiao|质检总局|国家质量监督检验检疫总局|central|high|before 市场监管总局 (2018)
gwyb_2010_zhongxiao|科技部|科学技术部|central|high|
gwyb_2010_zhongxiao|卫生部|卫生部|central|high|before 卫生计生委 (2013)
gwyb_2010_zhongxiao|食品药品监管局|国家食品药品监督管理局|central|high|2008-2013, under 卫生部
gwyb_2010_zhongxiao|环境保护部|环境保护部|central|high|2008-2018
gwyb_2010_zhongxiao|监察部|监察部|central|high|until 2018
gwyb_2010_zhongxiao|人力资源社会保障部|人力资源和社会保障部|central|high|
gwyb_2010_zhongxiao|教育部|教育部|central|high|
gwyb_2010_zhongxiao|安全监管总局|国家安全生产监督管理总局|central|high|before 应急部 (2018)
gwyb_2010_zhongxiao|广电总局|国家广播电影电视总局|central|high|before 新闻出版广电总局 (2013)
gwyb_2010_zhongxiao|新闻出版总署|新闻出版总署|central|high|before 2013; formal prefix omitted as for ministries
gwyb_2015_shipin|卫生计生委|国家卫生和计划生育委员会|central|high|2013-2018
gwyb_2015_shipin|食品药品监管总局|国家食品药品监督管理总局|central|high|2013-2018
gwyb_2015_shipin|农业部|农业部|central|high|before 农业农村部 (2018)
gwyb_2015_shipin|质检总局|国家质量监督检验检疫总局|central|high|
gwyb_2015_shipin|工商总局|国家工商行政管理总局|central|high|
gwyb_2015_shipin|公安部|公安部|central|high|
gwyb_2015_shipin|发展改革委|国家发展和改革委员会|central|high|
gwyb_2015_shipin|财政部|财政部|central|high|
gwyb_2015_shipin|人力资源社会保障部|人力资源和社会保障部|central|high|
gwyb_2015_shipin|商务部|商务部|central|high|
gwyb_2015_shipin|中医药局|国家中医药管理局|central|high|
gwyb_2015_shipin|保监会|中国保险监督管理委员会|central|high|before 银保监会 (2018)
gwyb_2015_shipin|新闻出版广电总局|国家新闻出版广电总局|central|high|2013-2018
gwyb_2015_shipin|网信办|国家互联网信息办公室|central|low|the State Council's name of the office; one office with 中央网信办
gwyb_2015_shipin|环境保护部|环境保护部|central|high|
gwyb_2015_shipin|安全监管总局|国家安全生产监督管理总局|central|high|
gwyb_2015_shipin|人民银行|中国人民银行|central|high|
gwyb_2015_shipin|银监会|中国银行业监督管理委员会|central|high|
gwyb_2015_shipin|证监会|中国证券监督管理委员会|central|high|
gwyb_2015_shipin|国土资源部|国土资源部|central|high|before 自然资源部 (2018)
gwyb_2015_shipin|住房城乡建设部|住房和城乡建设部|central|high|
gwyb_2019_minsheng|民政部|民政部|central|high|
gwyb_2019_minsheng|卫生健康委|国家卫生健康委员会|central|high|2018
gwyb_2019_minsheng|医保局|国家医疗保障局|central|high|2018
gwyb_2019_minsheng|财政部|财政部|central|high|
gwyb_2019_minsheng|药监局|国家药品监督管理局|central|high|2018
gwyb_2019_minsheng|市场监管总局|国家市场监督管理总局|central|high|2018
gwyb_2019_minsheng|退役军人部|退役军人事务部|central|high|2018
gwyb_2019_minsheng|人力资源社会保障部|人力资源和社会保障部|central|high|
gwyb_2019_minsheng|教育部|教育部|central|high|
gwyb_2019_minsheng|应急部|应急管理部|central|high|2018
gwyb_2019_minsheng|公安部|公安部|central|high|
gwyb_2019_minsheng|交通运输部|交通运输部|central|high|
gwyb_2019_minsheng|农业农村部|农业农村部|central|high|2018
gwyb_2019_minsheng|生态环境部|生态环境部|central|high|2018
gwyb_2019_minsheng|住房城乡建设部|住房和城乡建设部|central|high|
gwyb_2019_minsheng|自然资源部|自然资源部|central|high|2018
gwyb_2019_minsheng|文化和旅游部|文化和旅游部|central|high|2018
gwyb_2019_minsheng|广电总局|国家广播电视总局|central|high|2018 (not the 广播电影电视总局 of before 2013)
gwyb_2019_minsheng|网信办|国家互联网信息办公室|central|low|
gwyb_2019_minsheng|人民银行|中国人民银行|central|high|
gwyb_2019_minsheng|银保监会|中国银行保险监督管理委员会|central|high|2018-2023
gwyb_2019_minsheng|证监会|中国证券监督管理委员会|central|high|
gwyb_2019_minsheng|税务总局|国家税务总局|central|high|
gwyb_2019_minsheng|国家发展改革委|国家发展和改革委员会|central|high|
gwyb_2024_shuju|国家数据局|国家数据局|central|high|2023
gwyb_2024_shuju|国家发展改革委|国家发展和改革委员会|central|high|
gwyb_2024_shuju|工业和信息化部|工业和信息化部|central|high|
gwyb_2024_shuju|数据局|国家数据局|central|high|2023; one node with 国家数据局
gwyb_2024_shuju|中央网信办|中央网络安全和信息化委员会办公室|central/party|low|the Party's name of the office
gwyb_2024_shuju|市场监管总局|国家市场监督管理总局|central|high|
gwyb_2024_shuju|公安部|公安部|central|high|
gwyb_2024_shuju|金融监管总局|国家金融监督管理总局|central|high|2023, replacing 银保监会
gwyb_2024_shuju|人民银行|中国人民银行|central|high|
gwyb_2024_shuju|证监会|中国证券监督管理委员会|central|high|a State Council 直属机构 since 2023
gwyb_2024_shuju|国家金融监督管理总局|国家金融监督管理总局|central|high|
gwyb_2024_shuju|财政部|财政部|central|high|
gwyb_2024_shuju|知识产权局|国家知识产权局|central|high|
gwyb_2024_shuju|税务总局|国家税务总局|central|high|
gwyb_2024_shuju|科技部|科学技术部|central|high|
gwyb_2024_shuju|国务院办公厅|国务院办公厅|central|high|
"""
