"""The hand-made answers for tests/made_gold/places102 (written 2026-12-05 from places, levels, eras, genres and forms
drawn at random by ../../places101/src/draw.py, seed 20261302, see ../README.md; written out by
../places/src/make_gold.py and ../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="xj_2018_lvyou",
         title="新疆维吾尔自治区人民政府办公厅关于印发2018年自治区全域旅游工作要点的通知",
         number="新政办发〔2018〕32号", issuer="新疆维吾尔自治区人民政府办公厅", date="2018-03-02",
         tasks=[
             ("二", "推进旅游基础设施建设", L("自治区旅游发展委") + S("自治区发展改革委", "自治区交通运输厅"), T),
             ("二", "保障旅游重点项目用地", L("自治区国土资源厅") + S("自治区住房城乡建设厅"), T),
             ("二", "发展医疗康养旅游", L("自治区卫生计生委") + S("自治区旅游发展委"), T),
             ("二", "加强旅游市场秩序监管", L("自治区工商局") + S("自治区公安厅"), T),
             ("二", "争取国家旅游政策支持", L("自治区发展改革委") + S("国家旅游局", "文化部"), T),
             ("三", "自治区财政厅要安排", R("自治区财政厅"), P),
             ("三", "由乌鲁木齐市人民政府牵头", L("乌鲁木齐市人民政府") + S("昌吉回族自治州人民政府"), P),
             ("三", "各地（州、市）人民政府要", R("各地（州、市）人民政府"), P),
         ],
         targets=[("一", "接待游客", 1, "亿人次", 2018)],
         citations=[]),
    dict(stem="hl_2017_nongye",
         title="海伦市人民政府办公室关于印发海伦市推进农业供给侧结构性改革重点任务分工方案的通知",
         number="海政办发〔2017〕16号", issuer="海伦市人民政府办公室", date="2017-06-12",
         tasks=[
             ("二/一", "（一）调整优化种植结构", L("市农业局") + S("市发改局", "市财政局")),
             ("二/二", "（二）发展农产品加工业", L("市发展和改革局") + S("市国土资源局", "市环保局")),
             ("二/三", "（三）改善农村医疗", L("市卫计局") + S("市民政局")),
             ("二/四", "（四）培育新型职业农民", L("市人社局") + S("市农业局")),
             ("二/五", "（五）完善农村金融服务", L("市金融办") + S("人行海伦市支行")),
             ("三", "市财政局要统筹", R("市财政局"), P),
             ("三", "由市农业局牵头", L("市农业局") + S("望奎县农业局"), P),
             ("三", "请绥化市农业委员会", G("绥化市农业委员会"), P),
             ("三", "各乡（镇）人民政府要落实", R("各乡（镇）人民政府"), P),
         ],
         targets=[("一", "绿色有机食品认证面积", 100, "万亩", 2020)],
         citations=[]),
    dict(stem="fn_2019_caoyuan",
         title="丰宁满族自治县人民政府办公室关于印发丰宁满族自治县坝上草原生态保护重点任务分工方案的通知",
         number="丰政办字〔2019〕45号", issuer="丰宁满族自治县人民政府办公室", date="2019-08-20",
         tasks=[
             ("二/一", "（一）实施退化草原", L("县林业和草原局") + S("县自然资源和规划局", "县水务局")),
             ("二/二", "（二）加强草原旅游", L("县文广旅局") + S("县生态环境分局")),
             ("二/三", "（三）做好牧民健康", L("县卫健局") + S("县医保局")),
             ("二/四", "（四）严厉打击", R("县公安局", "县市场监管局")),
             ("二/五", "（五）争取上级", L("县发改局") + S("县财政局") + G("承德市林业和草原局")),
             ("三", "县财政局要保障", R("县财政局"), P),
             ("三", "由县林业和草原局牵头", L("县林业和草原局") + S("围场县林业和草原局"), P),
             ("三", "大滩镇人民政府要做好", R("大滩镇人民政府"), P),
             ("三", "请河北省林业和草原局", G("河北省林业和草原局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "草原植被覆盖度", 75, "%", 2020)],
         citations=[]),
    dict(stem="mh_2019_renju",
         title="民和回族土族自治县人民政府办公室关于印发民和县农村人居环境整治实施方案的通知",
         number="民政办〔2019〕58号", issuer="民和回族土族自治县人民政府办公室", date="2019-09-10",
         tasks=[
             ("二", "推进农村生活垃圾治理", L("县住建局") + S("县农业农村局", "县财政局"), T),
             ("二", "推进农村厕所革命", L("县农业农村局") + S("县卫健局"), T),
             ("二", "提升村容村貌", L("县自然资源局") + S("川口镇人民政府", "官亭镇人民政府"), T),
             ("二", "推进农村生活污水治理", L("县水务局") + S("海东市生态环境局民和分局"), T),
             ("二", "开展跨县区协作", L("县住房和城乡建设局") + S("乐都区住房和城乡建设局", "互助县住房和城乡建设局"), T),
             ("三", "县财政局要加大", R("县财政局"), P),
             ("三", "请青海省农业农村厅", G("青海省农业农村厅"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "农村卫生厕所普及率", 60, "%", 2020)],
         citations=[]),
    dict(stem="hain_2013_lvyou",
         title="海南省人民政府办公厅关于印发海南省旅游房地产市场秩序整治工作方案的通知",
         number="琼府办〔2013〕86号", issuer="海南省人民政府办公厅", date="2013-07-22",
         tasks=[
             ("二", "清理闲置旅游用地", L("省国土资源厅") + S("省住房城乡建设厅", "三亚市人民政府"), T),
             ("二", "规范旅游房地产销售行为", L("省住房城乡建设厅") + S("省工商局", "省物价局"), T),
             ("二", "整治旅游市场秩序", L("省旅游委") + S("省公安厅", "省工商局"), T),
             ("二", "完善旅游交通设施", L("省交通运输厅") + S("省发展改革委"), T),
             ("二", "争取国家政策支持", L("省发改委") + S("国家发展改革委", "国家旅游局", "国土资源部"), T),
             ("三", "省财政厅要安排", R("省财政厅"), P),
             ("三", "由三亚市人民政府牵头", L("三亚市人民政府") + S("陵水黎族自治县人民政府"), P),
             ("三", "各市县人民政府要落实", R("各市县人民政府"), P),
         ],
         targets=[("一", "闲置旅游用地处置率", 90, "%", 2015)],
         citations=[]),
]

DEPTS = """
xj_2018_lvyou|自治区旅游发展委|新疆维吾尔自治区旅游发展委员会|provincial|high|before the 2018 reform; short
xj_2018_lvyou|自治区发展改革委|新疆维吾尔自治区发展和改革委员会|provincial|high|short
xj_2018_lvyou|自治区交通运输厅|新疆维吾尔自治区交通运输厅|provincial|high|
xj_2018_lvyou|自治区国土资源厅|新疆维吾尔自治区国土资源厅|provincial|high|before the 2018 reform (自然资源厅 from late 2018)
xj_2018_lvyou|自治区住房城乡建设厅|新疆维吾尔自治区住房和城乡建设厅|provincial|high|short
xj_2018_lvyou|自治区卫生计生委|新疆维吾尔自治区卫生和计划生育委员会|provincial|high|before the 2018 reform; short
xj_2018_lvyou|自治区工商局|新疆维吾尔自治区工商行政管理局|provincial|high|before the 2018 reform; short
xj_2018_lvyou|自治区公安厅|新疆维吾尔自治区公安厅|provincial|high|
xj_2018_lvyou|国家旅游局|国家旅游局|central|high|before March 2018's reform
xj_2018_lvyou|文化部|文化部|central|high|before March 2018's reform
xj_2018_lvyou|自治区财政厅|新疆维吾尔自治区财政厅|provincial|high|
xj_2018_lvyou|乌鲁木齐市人民政府|乌鲁木齐市人民政府|prefectural|high|
xj_2018_lvyou|昌吉回族自治州人民政府|昌吉回族自治州人民政府|prefectural|high|
hl_2017_nongye|市农业局|海伦市农业局|county|high|a county-level city by its own name; before 2019
hl_2017_nongye|市发改局|海伦市发展和改革局|county|high|short
hl_2017_nongye|市财政局|海伦市财政局|county|high|
hl_2017_nongye|市发展和改革局|海伦市发展和改革局|county|high|the same body as 市发改局
hl_2017_nongye|市国土资源局|海伦市国土资源局|county|high|before 2019
hl_2017_nongye|市环保局|海伦市环境保护局|county|high|short; before 2019
hl_2017_nongye|市卫计局|海伦市卫生和计划生育局|county|high|short; before 2019
hl_2017_nongye|市民政局|海伦市民政局|county|high|
hl_2017_nongye|市人社局|海伦市人力资源和社会保障局|county|high|short
hl_2017_nongye|市金融办|海伦市人民政府金融工作办公室|county|low|the city government's finance office; its exact name not checked
hl_2017_nongye|人行海伦市支行|中国人民银行海伦市支行|county/regulator_local_office|high|the central bank's county sub-branch
hl_2017_nongye|望奎县农业局|望奎县农业局|county|high|a neighbouring county of 绥化市
hl_2017_nongye|绥化市农业委员会|绥化市农业委员会|prefectural|low|Heilongjiang's cities had 农业委员会 before 2019 as we recall; as printed
fn_2019_caoyuan|县林业和草原局|丰宁满族自治县林业和草原局|county|high|after the 2019 reform
fn_2019_caoyuan|县自然资源和规划局|丰宁满族自治县自然资源和规划局|county|high|Hebei's counties: 自然资源和规划局
fn_2019_caoyuan|县水务局|丰宁满族自治县水务局|county|high|
fn_2019_caoyuan|县文广旅局|丰宁满族自治县文化广电和旅游局|county|low|short; whether 文化广电和旅游局 or 文化广电体育和旅游局 not checked
fn_2019_caoyuan|县生态环境分局|承德市生态环境局丰宁满族自治县分局|county|low|after the vertical reform the county's bureau is the city bureau's branch; its exact name not checked
fn_2019_caoyuan|县卫健局|丰宁满族自治县卫生健康局|county|high|short
fn_2019_caoyuan|县医保局|丰宁满族自治县医疗保障局|county|high|short
fn_2019_caoyuan|县公安局|丰宁满族自治县公安局|county|high|
fn_2019_caoyuan|县市场监管局|丰宁满族自治县市场监督管理局|county|high|short
fn_2019_caoyuan|县发改局|丰宁满族自治县发展和改革局|county|high|short
fn_2019_caoyuan|县财政局|丰宁满族自治县财政局|county|high|
fn_2019_caoyuan|承德市林业和草原局|承德市林业和草原局|prefectural|high|the superior city
fn_2019_caoyuan|围场县林业和草原局|围场满族蒙古族自治县林业和草原局|county|high|a neighbouring 自治县 printed short
fn_2019_caoyuan|大滩镇人民政府|丰宁满族自治县大滩镇人民政府|township|high|a town of the county
fn_2019_caoyuan|河北省林业和草原局|河北省林业和草原局|provincial|high|
mh_2019_renju|县住建局|民和回族土族自治县住房和城乡建设局|county|high|short; an 自治县 by its full name
mh_2019_renju|县农业农村局|民和回族土族自治县农业农村局|county|high|
mh_2019_renju|县财政局|民和回族土族自治县财政局|county|high|
mh_2019_renju|县卫健局|民和回族土族自治县卫生健康局|county|high|short
mh_2019_renju|县自然资源局|民和回族土族自治县自然资源局|county|low|whether the county's bureau adds 和规划 not checked
mh_2019_renju|川口镇人民政府|民和回族土族自治县川口镇人民政府|township|high|the county's seat
mh_2019_renju|官亭镇人民政府|民和回族土族自治县官亭镇人民政府|township|high|
mh_2019_renju|县水务局|民和回族土族自治县水务局|county|high|
mh_2019_renju|海东市生态环境局民和分局|海东市生态环境局民和分局|county|high|the city bureau's branch, printed in full
mh_2019_renju|县住房和城乡建设局|民和回族土族自治县住房和城乡建设局|county|high|the same body as 县住建局
mh_2019_renju|乐都区住房和城乡建设局|海东市乐都区住房和城乡建设局|county|high|a district of the same city printed without its city
mh_2019_renju|互助县住房和城乡建设局|互助土族自治县住房和城乡建设局|county|high|a neighbouring 自治县 printed short
mh_2019_renju|青海省农业农村厅|青海省农业农村厅|provincial|high|
hain_2013_lvyou|省国土资源厅|海南省国土资源厅|provincial|high|before the 2018 reform
hain_2013_lvyou|省住房城乡建设厅|海南省住房和城乡建设厅|provincial|high|short
hain_2013_lvyou|三亚市人民政府|三亚市人民政府|prefectural|high|
hain_2013_lvyou|省工商局|海南省工商行政管理局|provincial|high|short; before 2018
hain_2013_lvyou|省物价局|海南省物价局|provincial|high|before 2018
hain_2013_lvyou|省旅游委|海南省旅游发展委员会|provincial|high|short; Hainan's tourism commission (2009–2018)
hain_2013_lvyou|省公安厅|海南省公安厅|provincial|high|
hain_2013_lvyou|省交通运输厅|海南省交通运输厅|provincial|high|
hain_2013_lvyou|省发展改革委|海南省发展和改革委员会|provincial|high|short
hain_2013_lvyou|省发改委|海南省发展和改革委员会|provincial|high|short; the same body as 省发展改革委
hain_2013_lvyou|国家发展改革委|国家发展和改革委员会|central|high|a ministry with the province's bodies
hain_2013_lvyou|国家旅游局|国家旅游局|central|high|before 2018
hain_2013_lvyou|国土资源部|国土资源部|central|high|before 2018
hain_2013_lvyou|省财政厅|海南省财政厅|provincial|high|
hain_2013_lvyou|陵水黎族自治县人民政府|陵水黎族自治县人民政府|county|high|a county-level 自治县 directly under the province
"""
