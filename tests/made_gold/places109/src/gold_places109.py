"""The hand-made answers for tests/made_gold/places109 (written 2026-12-06 from issuers, eras, genres and forms drawn at
random by ../../places107/src/draw.py, seed 20261307, see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="ts_2024_fangan",
         title="天水经济技术开发区管理委员会关于印发天水经济技术开发区装备制造产业集群培育工作方案的通知",
         number="天经开管发〔2024〕9号", issuer="天水经济技术开发区管理委员会", date="2024-04-08",
         tasks=[
             ("二/一", "（一）培育链主企业", L("经开区经发局") + S("市工信局")),
             ("二/二", "（二）保障项目要素", L("经开区财政局", "自然资源局") + S("天水市自然资源局麦积分局")),
             ("二/三", "（三）加强园区安全", L("经开区应急管理局") + S("麦积区人民政府", "社棠镇人民政府")),
             ("二/四", "（四）推进园区污染", L("天水市生态环境局麦积分局") + S("经开区管委会办公室")),
             ("二/五", "（五）争取国家和省", L("市发展改革委") + S("天水经济技术开发区经济发展局", "省商务厅")),
             ("三", "经开区财政局要设立", R("经开区财政局"), P),
             ("三", "请天水市发展和改革委员会", G("天水市发展和改革委员会"), P),
         ],
         targets=[("一", "装备制造产业产值", 150, "亿元", 2024)],
         citations=[]),
    dict(stem="nmsg_2019_fengong",
         title="内蒙古大兴安岭重点国有林管理局关于印发天然林保护修复任务分工方案的通知",
         number="内大林发〔2019〕15号", issuer="内蒙古大兴安岭重点国有林管理局", date="2019-07-22",
         tasks=[
             ("二/一", "（一）落实天然林管护", L("林管局森林资源管理处") + R("根河林业局", "阿尔山林业局")),
             ("二/二", "（二）开展退化林修复", L("林管局营林生产处") + S("呼伦贝尔市林业和草原局")),
             ("二/三", "（三）加强森林防火", L("林管局森林防火办公室") + S("根河市人民政府", "阿尔山市人民政府")),
             ("二/四", "（四）推进林区民生", L("林管局计划财务处") + S("自治区林业和草原局")),
             ("三", "各林业局要落实", R("各林业局"), P),
             ("三", "请国家林业和草原局驻", G("国家林业和草原局驻内蒙古自治区森林资源监督专员办事处"), P),
         ],
         targets=[("一", "森林抚育面积", 100, "万亩", 2019)],
         citations=[]),
    dict(stem="jc_2020_fangan",
         title="金昌市人民政府办公室关于印发金昌市新材料产业链提升工作方案的通知",
         number="金政办发〔2020〕36号", issuer="金昌市人民政府办公室", date="2020-06-15",
         tasks=[
             ("二/一", "（一）市工信局、科技局", L("市工信局", "科技局") + S("金川集团股份有限公司"), P),
             ("二/二", "（二）由市发展改革委", L("市发展改革委") + S("金昌经济技术开发区管委会"), P),
             ("二/三", "（三）金川区人民政府", R("金川区人民政府", "永昌县人民政府"), P),
             ("二/四", "（四）市生态环境局", R("市生态环境局"), P),
             ("二/五", "（五）市市场监管局", S("市市场监管局"), P),
             ("三", "请省工信厅", G("省工信厅"), P),
             ("三", "市财政局要统筹", R("市财政局"), P),
         ],
         targets=[("一", "新材料产业产值", 500, "亿元", 2020)],
         citations=[]),
    dict(stem="ly_2024_fengong",
         title="鹿邑县人民政府办公室关于印发鹿邑县老子文化旅游产业发展任务分工方案的通知",
         number="鹿政办〔2024〕18号", issuer="鹿邑县人民政府办公室", date="2024-05-06",
         tasks=[
             ("二", "提升老君台景区品质", L("县文广旅局") + R("太清宫镇人民政府"), T),
             ("二", "保障文旅项目建设资金", L("县发改委", "财政局") + R("县自然资源局"), T),
             ("二", "规范旅游市场秩序", L("县市场监管局") + R("周口市文化广电和旅游局"), T),
             ("二", "加强景区周边环境治理", L("周口市生态环境局鹿邑分局") + R("县住建局"), T),
             ("二", "申报省级文旅项目", L("鹿邑县发展和改革委员会") + R("省发展改革委"), T),
             ("三", "县税务局要落实", R("县税务局"), P),
             ("三", "各乡镇人民政府、街道办事处要", [a("各乡镇人民政府、街道办事处", "responsible", True)], P),
         ],
         targets=[("一", "接待游客", 600, "万人次", 2024)],
         citations=[]),
]

DEPTS = """
ts_2024_fangan|经开区经发局|天水经济技术开发区经济发展局|prefectural|high|the zone's own bureau, with the zone's full name (the issuer's)
ts_2024_fangan|市工信局|天水市工业和信息化局|prefectural|high|the zone's city
ts_2024_fangan|经开区财政局|天水经济技术开发区财政局|prefectural|high|the zone's own bureau
ts_2024_fangan|自然资源局|天水经济技术开发区自然资源局|prefectural|low|elided second name of the zone's; whether the zone has one not checked
ts_2024_fangan|天水市自然资源局麦积分局|天水市自然资源局麦积分局|county|high|as printed
ts_2024_fangan|经开区应急管理局|天水经济技术开发区应急管理局|prefectural|low|the zone's own bureau; its exact name not checked
ts_2024_fangan|麦积区人民政府|天水市麦积区人民政府|county|high|the district the zone lies in
ts_2024_fangan|社棠镇人民政府|天水市麦积区社棠镇人民政府|township|high|a town of 麦积区
ts_2024_fangan|天水市生态环境局麦积分局|天水市生态环境局麦积分局|county|high|as printed
ts_2024_fangan|经开区管委会办公室|天水经济技术开发区管理委员会办公室|prefectural|low|the issuer's own office
ts_2024_fangan|市发展改革委|天水市发展和改革委员会|prefectural|high|short; one node with the full form
ts_2024_fangan|天水经济技术开发区经济发展局|天水经济技术开发区经济发展局|prefectural|high|one node with 经开区经发局
ts_2024_fangan|省商务厅|甘肃省商务厅|provincial|high|
ts_2024_fangan|天水市发展和改革委员会|天水市发展和改革委员会|prefectural|high|
nmsg_2019_fengong|林管局森林资源管理处|内蒙古大兴安岭重点国有林管理局森林资源管理处|provincial|low|the issuer's own division (林管局 is the issuer); its exact name not checked
nmsg_2019_fengong|根河林业局|内蒙古大兴安岭重点国有林管理局根河林业局|county|low|a forestry bureau under the issuer; as printed with its parent
nmsg_2019_fengong|阿尔山林业局|内蒙古大兴安岭重点国有林管理局阿尔山林业局|county|low|as above
nmsg_2019_fengong|林管局营林生产处|内蒙古大兴安岭重点国有林管理局营林生产处|provincial|low|the issuer's own division
nmsg_2019_fengong|呼伦贝尔市林业和草原局|呼伦贝尔市林业和草原局|prefectural|high|after the 2019 reform
nmsg_2019_fengong|林管局森林防火办公室|内蒙古大兴安岭重点国有林管理局森林防火办公室|provincial|low|the issuer's own office
nmsg_2019_fengong|根河市人民政府|根河市人民政府|county|high|a county-level city of 呼伦贝尔
nmsg_2019_fengong|阿尔山市人民政府|阿尔山市人民政府|county|high|a county-level city of 兴安盟
nmsg_2019_fengong|林管局计划财务处|内蒙古大兴安岭重点国有林管理局计划财务处|provincial|low|the issuer's own division
nmsg_2019_fengong|自治区林业和草原局|内蒙古自治区林业和草原局|provincial|high|
nmsg_2019_fengong|国家林业和草原局驻内蒙古自治区森林资源监督专员办事处|国家林业和草原局驻内蒙古自治区森林资源监督专员办事处|central|high|as printed
jc_2020_fangan|市工信局|金昌市工业和信息化局|prefectural|high|short
jc_2020_fangan|科技局|金昌市科学技术局|prefectural|high|elided second name
jc_2020_fangan|金川集团股份有限公司|金川集团股份有限公司|provincial/enterprise|high|as printed
jc_2020_fangan|市发展改革委|金昌市发展和改革委员会|prefectural|high|short
jc_2020_fangan|金昌经济技术开发区管委会|金昌经济技术开发区管理委员会|prefectural|high|
jc_2020_fangan|金川区人民政府|金昌市金川区人民政府|county|high|
jc_2020_fangan|永昌县人民政府|永昌县人民政府|county|high|
jc_2020_fangan|市生态环境局|金昌市生态环境局|prefectural|high|
jc_2020_fangan|市市场监管局|金昌市市场监督管理局|prefectural|high|short
jc_2020_fangan|省工信厅|甘肃省工业和信息化厅|provincial|high|short
jc_2020_fangan|市财政局|金昌市财政局|prefectural|high|
ly_2024_fengong|县文广旅局|鹿邑县文化广电和旅游局|county|high|short
ly_2024_fengong|太清宫镇人民政府|鹿邑县太清宫镇人民政府|township|high|a town of the county
ly_2024_fengong|县发改委|鹿邑县发展和改革委员会|county|high|short; one node with the full form
ly_2024_fengong|财政局|鹿邑县财政局|county|high|elided second name
ly_2024_fengong|县自然资源局|鹿邑县自然资源局|county|high|
ly_2024_fengong|县市场监管局|鹿邑县市场监督管理局|county|high|short
ly_2024_fengong|周口市文化广电和旅游局|周口市文化广电和旅游局|prefectural|high|the county's city (河南 manages it directly, 周口 still holds it)
ly_2024_fengong|周口市生态环境局鹿邑分局|周口市生态环境局鹿邑分局|county|high|as printed
ly_2024_fengong|县住建局|鹿邑县住房和城乡建设局|county|high|short
ly_2024_fengong|鹿邑县发展和改革委员会|鹿邑县发展和改革委员会|county|high|
ly_2024_fengong|省发展改革委|河南省发展和改革委员会|provincial|high|
ly_2024_fengong|县税务局|国家税务总局鹿邑县税务局|county|high|
"""
