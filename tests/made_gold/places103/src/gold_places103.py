"""The hand-made answers for tests/made_gold/places103 (written 2026-12-05 from places, levels, eras, genres and forms
drawn at random by ../../places101/src/draw.py, seed 20261303, see ../README.md; written out by
../places/src/make_gold.py and ../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S  # type: ignore[import-not-found]

DOCS = [
    dict(stem="xj_2022_shuzi",
         title="新疆维吾尔自治区人民政府办公厅关于印发2022年自治区数字政府建设工作要点的通知",
         number="新政办发〔2022〕21号", issuer="新疆维吾尔自治区人民政府办公厅", date="2022-04-15",
         tasks=[
             ("二/一", "（一）自治区发展改革委要", L("自治区发展改革委") + S("自治区党委网信办"), P),
             ("二/二", "（二）由自治区自然资源厅", L("自治区自然资源厅") + S("自治区住房城乡建设厅"), P),
             ("二/三", "（三）自治区卫生健康委", R("自治区卫生健康委"), P),
             ("二/四", "（四）自治区市场监管局", R("自治区市场监管局", "自治区人力资源社会保障厅"), P),
             ("二/五", "（五）乌鲁木齐市人民政府", R("乌鲁木齐市人民政府", "克拉玛依市人民政府"), P),
             ("三", "自治区财政厅要保障", R("自治区财政厅"), P),
             ("三", "请工业和信息化部", G("工业和信息化部", "国家卫生健康委"), P),
             ("三", "各地（州、市）人民政府要", R("各地（州、市）人民政府"), P),
         ],
         targets=[("一", "政务服务事项网上可办率", 95, "%", 2022)],
         citations=[]),
    dict(stem="ah_2025_shuju",
         title="安徽省人民政府办公厅关于印发安徽省加快数据要素市场化配置重点任务分工方案的通知",
         number="皖政办秘〔2025〕18号", issuer="安徽省人民政府办公厅", date="2025-04-09",
         tasks=[
             ("二/一", "（一）建设省级", L("省数据资源局") + S("省发展改革委", "省财政厅")),
             ("二/二", "（二）培育数据", L("省发展改革委") + S("省地方金融管理局", "国家金融监督管理总局安徽监管局")),
             ("二/三", "（三）推进工业", L("省经信厅") + S("工业和信息化部", "省科技厅")),
             ("二/四", "（四）加强数据", L("省市场监管局") + S("省公安厅", "省委网信办")),
             ("二/五", "（五）强化数据", L("省人力资源社会保障厅") + S("省委社会工作部", "省教育厅")),
             ("三", "省财政厅要加大", R("省财政厅"), P),
             ("三", "合肥市人民政府要建设", R("合肥市人民政府"), P),
             ("三", "请国家数据局", G("国家数据局"), P),
             ("三", "各市人民政府要落实", R("各市人民政府"), P),
         ],
         targets=[("一", "数据产业规模", 1000, "亿元", 2027)],
         citations=[]),
    dict(stem="wy_2021_cha",
         title="万源市人民政府办公室关于印发万源市2021年富硒茶产业发展工作要点的通知",
         number="万府办发〔2021〕9号", issuer="万源市人民政府办公室", date="2021-03-18",
         tasks=[
             ("二/一", "（一）市农业农村局要会同", L("市农业农村局") + S("市林业局"), P),
             ("二/二", "（二）由市发展改革局牵头", L("市发展改革局") + S("市经济信息化和科技局"), P),
             ("二/三", "（三）市市场监管局要", R("市市场监管局"), P),
             ("二/四", "（四）市卫健局、", R("市卫健局", "市文广旅局"), P),
             ("二/五", "（五）由市农业农村局牵头", L("市农业农村局") + S("宣汉县农业农村局"), P),
             ("三", "市财政局要统筹", R("市财政局"), P),
             ("三", "请达州市农业农村局", G("达州市农业农村局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "茶园面积", 40, "万亩", 2021)],
         citations=[]),
    dict(stem="hj_2022_yingshang",
         title="洪江市人民政府办公室关于印发洪江市优化营商环境重点任务分工方案的通知",
         number="洪政办发〔2022〕12号", issuer="洪江市人民政府办公室", date="2022-05-16",
         tasks=[
             ("二/一", "（一）推进政务服务", L("市政务服务中心") + S("市发改局", "市司法局")),
             ("二/二", "（二）优化不动产", L("市自然资源局") + S("市住建局", "市税务局")),
             ("二/三", "（三）规范涉企", L("市市场监管局") + S("市发展和改革局")),
             ("二/四", "（四）提升企业", L("市金融办") + S("人民银行洪江市支行")),
             ("二/五", "（五）强化营商", L("市发改局") + S("中方县发展和改革局")),
             ("三", "市财政局要保障", R("市财政局"), P),
             ("三", "请怀化市发展和改革委员会", G("怀化市发展和改革委员会"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "政务服务事项网上可办率", 90, "%", 2022)],
         citations=[]),
    dict(stem="jb_2021_shuzi",
         title="宁波市江北区人民政府办公室关于印发江北区数字经济发展三年行动计划（2021—2023年）的通知",
         number="北区政办发〔2021〕23号", issuer="宁波市江北区人民政府办公室", date="2021-07-06",
         tasks=[
             ("二/一", "（一）建设区级", L("区大数据中心") + S("区经信局")),
             ("二/二", "（二）培育数字", L("区经信局") + S("区科技局", "区发改局")),
             ("二/三", "（三）推进数字化", L("区民政局") + S("庄桥街道办事处", "洪塘街道办事处")),
             ("二/四", "（四）加强数字", L("区卫健局") + S("区医保分局")),
             ("二/五", "（五）促进数字", L("区商务局") + S("镇海区商务局")),
             ("三", "区财政局要设立", R("区财政局"), P),
             ("三", "请市发展改革委", G("市发展改革委"), P),
             ("三", "各街道办事处要落实", R("各街道办事处"), P),
         ],
         targets=[("一", "数字经济核心产业营业收入", 600, "亿元", 2023)],
         citations=[]),
]

DEPTS = """
xj_2022_shuzi|自治区发展改革委|新疆维吾尔自治区发展和改革委员会|provincial|high|short
xj_2022_shuzi|自治区党委网信办|中共新疆维吾尔自治区委员会网络安全和信息化委员会办公室|provincial/party|low|the party committee's cyberspace office; its full name as we write it
xj_2022_shuzi|自治区自然资源厅|新疆维吾尔自治区自然资源厅|provincial|high|after the 2018 reform
xj_2022_shuzi|自治区住房城乡建设厅|新疆维吾尔自治区住房和城乡建设厅|provincial|high|short
xj_2022_shuzi|自治区卫生健康委|新疆维吾尔自治区卫生健康委员会|provincial|high|after the 2018 reform; short
xj_2022_shuzi|自治区市场监管局|新疆维吾尔自治区市场监督管理局|provincial|high|short
xj_2022_shuzi|自治区人力资源社会保障厅|新疆维吾尔自治区人力资源和社会保障厅|provincial|high|short
xj_2022_shuzi|乌鲁木齐市人民政府|乌鲁木齐市人民政府|prefectural|high|
xj_2022_shuzi|克拉玛依市人民政府|克拉玛依市人民政府|prefectural|high|
xj_2022_shuzi|自治区财政厅|新疆维吾尔自治区财政厅|provincial|high|
xj_2022_shuzi|工业和信息化部|工业和信息化部|central|high|a ministry with the region's bodies
xj_2022_shuzi|国家卫生健康委|国家卫生健康委员会|central|high|short
ah_2025_shuju|省数据资源局|安徽省数据资源管理局|provincial|low|short; whether the 2024 reform renamed it 数据局 not checked
ah_2025_shuju|省发展改革委|安徽省发展和改革委员会|provincial|high|short
ah_2025_shuju|省财政厅|安徽省财政厅|provincial|high|
ah_2025_shuju|省地方金融管理局|安徽省地方金融管理局|provincial|low|2024 reform: the nameplate of the party committee's 金融办; as printed
ah_2025_shuju|国家金融监督管理总局安徽监管局|国家金融监督管理总局安徽监管局|provincial/regulator_local_office|high|2023 reform
ah_2025_shuju|省经信厅|安徽省经济和信息化厅|provincial|high|short
ah_2025_shuju|工业和信息化部|工业和信息化部|central|high|a ministry among the province's bodies
ah_2025_shuju|省科技厅|安徽省科学技术厅|provincial|high|short
ah_2025_shuju|省市场监管局|安徽省市场监督管理局|provincial|high|short
ah_2025_shuju|省公安厅|安徽省公安厅|provincial|high|
ah_2025_shuju|省委网信办|中共安徽省委网络安全和信息化委员会办公室|provincial/party|high|short
ah_2025_shuju|省人力资源社会保障厅|安徽省人力资源和社会保障厅|provincial|high|short
ah_2025_shuju|省委社会工作部|中共安徽省委社会工作部|provincial/party|high|2023 reform
ah_2025_shuju|省教育厅|安徽省教育厅|provincial|high|
ah_2025_shuju|合肥市人民政府|合肥市人民政府|prefectural|high|
ah_2025_shuju|国家数据局|国家数据局|central|high|2023 reform
wy_2021_cha|市农业农村局|万源市农业农村局|county|high|a county-level city by its own name
wy_2021_cha|市林业局|万源市林业局|county|low|whether the city kept a 林业局 after 2019 not checked
wy_2021_cha|市发展改革局|万源市发展和改革局|county|high|short
wy_2021_cha|市经济信息化和科技局|万源市经济信息化和科技局|county|low|as printed
wy_2021_cha|市市场监管局|万源市市场监督管理局|county|high|short
wy_2021_cha|市卫健局|万源市卫生健康局|county|high|short
wy_2021_cha|市文广旅局|万源市文化广播电视和旅游局|county|low|short; Sichuan's counties: 文化广播电视和旅游局 as we recall
wy_2021_cha|宣汉县农业农村局|宣汉县农业农村局|county|high|a neighbouring county of 达州市
wy_2021_cha|市财政局|万源市财政局|county|high|
wy_2021_cha|达州市农业农村局|达州市农业农村局|prefectural|high|the superior city
hj_2022_yingshang|市政务服务中心|洪江市政务服务中心|county|low|its full name not checked; as printed with its place
hj_2022_yingshang|市发改局|洪江市发展和改革局|county|high|short
hj_2022_yingshang|市司法局|洪江市司法局|county|high|
hj_2022_yingshang|市自然资源局|洪江市自然资源局|county|high|
hj_2022_yingshang|市住建局|洪江市住房和城乡建设局|county|high|short
hj_2022_yingshang|市税务局|国家税务总局洪江市税务局|county/regulator_local_office|high|
hj_2022_yingshang|市市场监管局|洪江市市场监督管理局|county|high|short
hj_2022_yingshang|市发展和改革局|洪江市发展和改革局|county|high|the same body as 市发改局
hj_2022_yingshang|市金融办|洪江市人民政府金融工作办公室|county|low|its exact name not checked
hj_2022_yingshang|人民银行洪江市支行|中国人民银行洪江市支行|county/regulator_local_office|high|
hj_2022_yingshang|中方县发展和改革局|中方县发展和改革局|county|high|a neighbouring county of 怀化市
hj_2022_yingshang|市财政局|洪江市财政局|county|high|
hj_2022_yingshang|怀化市发展和改革委员会|怀化市发展和改革委员会|prefectural|high|the superior city
jb_2021_shuzi|区大数据中心|宁波市江北区大数据中心|county|low|the district's data centre; its full name not checked; as printed with its place
jb_2021_shuzi|区经信局|宁波市江北区经济和信息化局|county|high|short; a district with its city
jb_2021_shuzi|区科技局|宁波市江北区科学技术局|county|high|short
jb_2021_shuzi|区发改局|宁波市江北区发展和改革局|county|high|short
jb_2021_shuzi|区民政局|宁波市江北区民政局|county|high|
jb_2021_shuzi|庄桥街道办事处|宁波市江北区庄桥街道办事处|township|high|a subdistrict of the district
jb_2021_shuzi|洪塘街道办事处|宁波市江北区洪塘街道办事处|township|high|
jb_2021_shuzi|区卫健局|宁波市江北区卫生健康局|county|high|short
jb_2021_shuzi|区医保分局|宁波市医疗保障局江北分局|county|low|a district's 医保 is the city bureau's branch in 宁波 as we recall
jb_2021_shuzi|区商务局|宁波市江北区商务局|county|high|
jb_2021_shuzi|镇海区商务局|宁波市镇海区商务局|county|high|a district of the same city printed without its city
jb_2021_shuzi|区财政局|宁波市江北区财政局|county|high|
jb_2021_shuzi|市发展改革委|宁波市发展和改革委员会|prefectural|high|the district's city; not 黄山市's (places101)
"""
