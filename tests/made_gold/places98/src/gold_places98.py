"""The hand-made answers for tests/made_gold/places98 (written 2026-12-05 from places, levels, eras, genres and forms
drawn at random by src/draw.py, seed 20261298, see ../README.md; written out by ../places/src/make_gold.py and
../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="snzq_2024_jinrong",
         title="苏尼特左旗人民政府办公室关于印发苏尼特左旗推进牧区普惠金融发展实施方案的通知",
         number="苏左政办发〔2024〕15号", issuer="苏尼特左旗人民政府办公室", date="2024-07-18",
         tasks=[
             ("二/一", "（一）建立牧户信用", L("旗数据局") + S("旗农牧局", "旗市场监管局")),
             ("二/二", "（二）扩大牧区信贷", L("国家金融监督管理总局锡林郭勒监管分局") + S("旗财政局")),
             ("二/三", "（三）发展政策性", L("旗财政局") + S("旗农牧局", "旗应急管理局")),
             ("二/四", "（四）开展金融知识", L("旗委社会工作部") + S("满都拉图镇", "赛汉高毕苏木")),
             ("二/五", "（五）支持牧民返乡", L("旗人社局") + S("旗财政局")),
             ("三", "旗财政局要安排", R("旗财政局"), P),
             ("三", "由旗农牧局牵头", L("旗农牧局") + S("苏尼特右旗农牧局"), P),
             ("三", "请内蒙古自治区地方金融管理局", G("内蒙古自治区地方金融管理局"), P),
             ("三", "各苏木镇人民政府要落实", R("各苏木镇人民政府"), P),
         ],
         targets=[("一", "涉农涉牧贷款余额", 30, "亿元", 2025), ("一", "牧户信用建档率", 90, "%", 2025)],
         citations=[]),
    dict(stem="dq_2023_wenlv",
         title="迪庆藏族自治州人民政府办公室关于印发迪庆州文旅康养产业三年行动计划（2023—2025年）的通知",
         number="迪政办发〔2023〕21号", issuer="迪庆藏族自治州人民政府办公室", date="2023-05-16",
         tasks=[
             ("二", "推进普达措国家公园", L("州林草局") + S("州文化和旅游局", "香格里拉市人民政府"), T),
             ("二", "建设滇藏茶马古道", L("州文旅局") + S("州民宗委", "德钦县人民政府"), T),
             ("二", "发展藏医药康养产业", L("州卫生健康委") + S("州发展改革委", "维西傈僳族自治县人民政府"), T),
             ("二", "完善旅游交通和停车", L("州交通运输局") + S("州住建局", "州自然资源和规划局"), T),
             ("二", "开展大香格里拉", L("迪庆州文化和旅游局") + S("丽江市文化和旅游局", "甘孜州文化广播电视和旅游局"), T),
             ("三", "州财政局要统筹", R("州财政局"), P),
             ("三", "由州发展改革委牵头", L("州发展改革委") + S("州文旅局"), P),
             ("三", "请云南省文化和旅游厅", G("云南省文化和旅游厅"), P),
             ("三", "各县（市）人民政府要落实", R("各县（市）人民政府"), P),
         ],
         targets=[("一", "年接待游客", 2500, "万人次", 2025), ("一", "旅游总收入", 300, "亿元", 2025)],
         citations=[]),
    dict(stem="jgs_2018_dianzi",
         title="井冈山经济技术开发区管理委员会关于印发井冈山经济技术开发区2018年电子信息产业发展工作要点的通知",
         number="井开管发〔2018〕9号", issuer="井冈山经济技术开发区管理委员会", date="2018-03-06",
         tasks=[
             ("二/一", "（一）推进通讯终端", L("开发区经济发展局") + S("市工信委", "开发区招商局")),
             ("二/二", "（二）落实企业研发", L("开发区财政局") + S("市科技局")),
             ("二/三", "（三）引进高层次", L("市人社局") + S("吉州区人民政府")),
             ("二/四", "（四）加强电子企业", L("市环保局") + S("开发区规划建设局")),
             ("二/五", "（五）保障重点项目", L("市国土资源局") + S("青原区人民政府", "开发区规划建设局")),
             ("三", "开发区招商局要建立", R("开发区招商局"), P),
             ("三", "由开发区经济发展局牵头", L("开发区经济发展局") + S("泰和县工业园区管委会"), P),
             ("三", "请江西省工业和信息化委员会", G("江西省工业和信息化委员会"), P),
             ("三", "开发区各部门要落实", [a("开发区各部门", "responsible", True)], P),
         ],
         targets=[("一", "电子信息产业主营业务收入", 600, "亿元", 2018), ("一", "高新技术企业", 80, "家", 2018)],
         citations=[]),
    dict(stem="dq_2023_weisheng",
         title="迪庆藏族自治州人民政府办公室关于印发迪庆州公共卫生服务能力提升三年行动计划（2023—2025年）的通知",
         number="迪政办发〔2023〕38号", issuer="迪庆藏族自治州人民政府办公室", date="2023-08-22",
         tasks=[
             ("二/一", "（一）提升州县疾病", L("州卫生健康委") + S("州发展改革委", "州财政局")),
             ("二/二", "（二）推进藏医药", L("州卫健委") + S("州民宗委", "维西县人民政府")),
             ("二/三", "（三）提高医疗保障", L("州医疗保障局") + S("州人力资源社会保障局")),
             ("二/四", "（四）加强学校卫生", L("州教育体育局") + S("香格里拉市卫生健康局")),
             ("二/五", "（五）开展边远村医", L("德钦县卫生健康局") + S("州人社局")),
             ("三", "州财政局要保障", R("州财政局"), P),
             ("三", "由州卫生健康委牵头", L("州卫生健康委") + S("怒江州卫生健康委员会"), P),
             ("三", "请云南省卫生健康委员会", G("云南省卫生健康委员会"), P),
             ("三", "各县（市）人民政府要落实", R("各县（市）人民政府"), P),
         ],
         targets=[("一", "每千人口执业（助理）医师数", 3, "人", 2025), ("一", "县域内就诊率", 90, "%", 2025)],
         citations=[]),
    dict(stem="wnt_2023_rouniu",
         title="翁牛特旗人民政府办公室关于印发翁牛特旗肉牛产业高质量发展实施方案的通知",
         number="翁政办发〔2023〕33号", issuer="翁牛特旗人民政府办公室", date="2023-06-09",
         tasks=[
             ("二/一", "（一）扩大基础母牛", L("旗农牧局") + S("旗财政局", "乌丹镇")),
             ("二/二", "（二）建设优质饲草料", L("旗林草局") + S("旗自然资源局")),
             ("二/三", "（三）推进养殖粪污", L("旗生态环境分局") + S("旗农牧局")),
             ("二/四", "（四）培育肉牛精深", L("旗发改委") + S("旗市场监管局", "松山区农牧局")),
             ("二/五", "（五）开展肉牛养殖", L("旗教体局") + S("旗人社局")),
             ("三", "旗财政局要整合", R("旗财政局"), P),
             ("三", "由旗农牧局牵头", L("旗农牧局") + S("赤峰市农牧局"), P),
             ("三", "请内蒙古自治区农牧厅", G("内蒙古自治区农牧厅"), P),
             ("三", "各苏木乡镇人民政府要落实", R("各苏木乡镇人民政府"), P),
         ],
         targets=[("一", "肉牛存栏", 60, "万头", 2025), ("一", "饲草料种植面积", 100, "万亩", 2025)],
         citations=[]),
]

DEPTS = """
snzq_2024_jinrong|旗数据局|苏尼特左旗数据局|county|low|2024: whether the banner's data body is 数据局 or 政务服务与数据管理局 not checked; as printed
snzq_2024_jinrong|旗农牧局|苏尼特左旗农牧局|county|high|
snzq_2024_jinrong|旗市场监管局|苏尼特左旗市场监督管理局|county|high|short
snzq_2024_jinrong|国家金融监督管理总局锡林郭勒监管分局|国家金融监督管理总局锡林郭勒监管分局|prefectural/regulator_local_office|high|2023 reform: the regulator's 盟-level branch
snzq_2024_jinrong|旗财政局|苏尼特左旗财政局|county|high|
snzq_2024_jinrong|旗应急管理局|苏尼特左旗应急管理局|county|high|
snzq_2024_jinrong|旗委社会工作部|中共苏尼特左旗委社会工作部|county/party|high|2024 reform: the party committee's 社会工作部
snzq_2024_jinrong|满都拉图镇|苏尼特左旗满都拉图镇人民政府|township|high|the banner's seat
snzq_2024_jinrong|赛汉高毕苏木|苏尼特左旗赛汉高毕苏木人民政府|township|low|a 苏木 of the banner as we recall it
snzq_2024_jinrong|旗人社局|苏尼特左旗人力资源和社会保障局|county|high|short
snzq_2024_jinrong|苏尼特右旗农牧局|苏尼特右旗农牧局|county|high|a neighbour
snzq_2024_jinrong|内蒙古自治区地方金融管理局|内蒙古自治区地方金融管理局|provincial|low|2024 reform: 地方金融监督管理局 renamed; as printed
dq_2023_wenlv|州林草局|迪庆藏族自治州林业和草原局|prefectural|high|short
dq_2023_wenlv|州文化和旅游局|迪庆藏族自治州文化和旅游局|prefectural|high|
dq_2023_wenlv|香格里拉市人民政府|香格里拉市人民政府|county|high|a county-level city of the prefecture
dq_2023_wenlv|州文旅局|迪庆藏族自治州文化和旅游局|prefectural|high|short; the same body printed three ways
dq_2023_wenlv|州民宗委|迪庆藏族自治州民族宗教事务委员会|prefectural|high|short
dq_2023_wenlv|德钦县人民政府|德钦县人民政府|county|high|
dq_2023_wenlv|州卫生健康委|迪庆藏族自治州卫生健康委员会|prefectural|high|short
dq_2023_wenlv|州发展改革委|迪庆藏族自治州发展和改革委员会|prefectural|high|short
dq_2023_wenlv|维西傈僳族自治县人民政府|维西傈僳族自治县人民政府|county|high|an 自治县
dq_2023_wenlv|州交通运输局|迪庆藏族自治州交通运输局|prefectural|high|
dq_2023_wenlv|州住建局|迪庆藏族自治州住房和城乡建设局|prefectural|high|short
dq_2023_wenlv|州自然资源和规划局|迪庆藏族自治州自然资源和规划局|prefectural|high|云南's cities and prefectures: 自然资源和规划局
dq_2023_wenlv|迪庆州文化和旅游局|迪庆藏族自治州文化和旅游局|prefectural|high|the prefecture's short name
dq_2023_wenlv|丽江市文化和旅游局|丽江市文化和旅游局|prefectural|high|a neighbour
dq_2023_wenlv|甘孜州文化广播电视和旅游局|甘孜藏族自治州文化广播电视和旅游局|prefectural|low|a neighbour in 四川; its name as we recall it
dq_2023_wenlv|州财政局|迪庆藏族自治州财政局|prefectural|high|
dq_2023_wenlv|云南省文化和旅游厅|云南省文化和旅游厅|provincial|high|
jgs_2018_dianzi|开发区经济发展局|井冈山经济技术开发区经济发展局|county|high|the zone's own body in its own plan
jgs_2018_dianzi|市工信委|吉安市工业和信息化委员会|prefectural|high|short; 2018: before the city's 2019 reform
jgs_2018_dianzi|开发区招商局|井冈山经济技术开发区招商局|county|high|the zone's own body
jgs_2018_dianzi|开发区财政局|井冈山经济技术开发区财政局|county|high|the zone's own body
jgs_2018_dianzi|市科技局|吉安市科学技术局|prefectural|low|科技局 or 科学技术局 not checked
jgs_2018_dianzi|市人社局|吉安市人力资源和社会保障局|prefectural|high|short
jgs_2018_dianzi|吉州区人民政府|吉安市吉州区人民政府|county|high|a district printed without its city
jgs_2018_dianzi|市环保局|吉安市环境保护局|prefectural|high|short; 2018
jgs_2018_dianzi|开发区规划建设局|井冈山经济技术开发区规划建设局|county|high|the zone's own body
jgs_2018_dianzi|市国土资源局|吉安市国土资源局|prefectural|high|2018
jgs_2018_dianzi|青原区人民政府|吉安市青原区人民政府|county|high|a district printed without its city
jgs_2018_dianzi|泰和县工业园区管委会|泰和县工业园区管理委员会|county|low|a county's park committee; the park's own name not checked
jgs_2018_dianzi|江西省工业和信息化委员会|江西省工业和信息化委员会|provincial|high|March 2018: before the province's reform
dq_2023_weisheng|州卫生健康委|迪庆藏族自治州卫生健康委员会|prefectural|high|short
dq_2023_weisheng|州发展改革委|迪庆藏族自治州发展和改革委员会|prefectural|high|short
dq_2023_weisheng|州财政局|迪庆藏族自治州财政局|prefectural|high|
dq_2023_weisheng|州卫健委|迪庆藏族自治州卫生健康委员会|prefectural|high|short
dq_2023_weisheng|州民宗委|迪庆藏族自治州民族宗教事务委员会|prefectural|high|short
dq_2023_weisheng|维西县人民政府|维西傈僳族自治县人民政府|county|high|an 自治县 printed without its peoples
dq_2023_weisheng|州医疗保障局|迪庆藏族自治州医疗保障局|prefectural|high|
dq_2023_weisheng|州人力资源社会保障局|迪庆藏族自治州人力资源和社会保障局|prefectural|high|short
dq_2023_weisheng|州教育体育局|迪庆藏族自治州教育体育局|prefectural|low|教育体育局 as printed; not checked
dq_2023_weisheng|香格里拉市卫生健康局|香格里拉市卫生健康局|county|high|
dq_2023_weisheng|德钦县卫生健康局|德钦县卫生健康局|county|high|
dq_2023_weisheng|州人社局|迪庆藏族自治州人力资源和社会保障局|prefectural|high|short
dq_2023_weisheng|怒江州卫生健康委员会|怒江傈僳族自治州卫生健康委员会|prefectural|high|a neighbour printed by its short name
dq_2023_weisheng|云南省卫生健康委员会|云南省卫生健康委员会|provincial|high|
wnt_2023_rouniu|旗农牧局|翁牛特旗农牧局|county|high|
wnt_2023_rouniu|旗财政局|翁牛特旗财政局|county|high|
wnt_2023_rouniu|乌丹镇|翁牛特旗乌丹镇人民政府|township|high|the banner's seat
wnt_2023_rouniu|旗林草局|翁牛特旗林业和草原局|county|high|short
wnt_2023_rouniu|旗自然资源局|翁牛特旗自然资源局|county|high|
wnt_2023_rouniu|旗生态环境分局|赤峰市生态环境局翁牛特旗分局|county|high|the city's branch since the vertical reform of 生态环境
wnt_2023_rouniu|旗发改委|翁牛特旗发展和改革委员会|county|low|委员会 or 局 at the banner not checked
wnt_2023_rouniu|旗市场监管局|翁牛特旗市场监督管理局|county|high|short
wnt_2023_rouniu|松山区农牧局|赤峰市松山区农牧局|county|high|a district printed without its city
wnt_2023_rouniu|旗教体局|翁牛特旗教育体育局|county|low|short; 教育体育局 not checked
wnt_2023_rouniu|旗人社局|翁牛特旗人力资源和社会保障局|county|high|short
wnt_2023_rouniu|赤峰市农牧局|赤峰市农牧局|prefectural|high|
wnt_2023_rouniu|内蒙古自治区农牧厅|内蒙古自治区农牧厅|provincial|high|
"""
