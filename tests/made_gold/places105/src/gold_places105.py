"""The hand-made answers for tests/made_gold/places105 (written 2026-12-06 from places, levels, eras, genres and forms
drawn at random by ../../places104/src/draw.py, seed 20261305, see ../README.md; written out by
../../places/src/make_gold.py and ../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S  # type: ignore[import-not-found]

DOCS = [
    dict(stem="nc_2025_zhongyao",
         title="重庆市南川区人民政府办公室关于印发南川区中药材产业高质量发展三年行动计划（2025—2027年）的通知",
         number="南川府办发〔2025〕14号", issuer="重庆市南川区人民政府办公室", date="2025-03-18",
         tasks=[
             ("二/一", "（一）区农业农村委要会同区林业局", L("区农业农村委") + S("区林业局"), P),
             ("二/二", "（二）由区经济信息委牵头", L("区经济信息委") + S("区发展改革委"), P),
             ("二/三", "（三）区卫生健康委要", R("区卫生健康委"), P),
             ("二/四", "（四）区市场监管局要", R("区市场监管局"), P),
             ("二/五", "（五）区农业农村委要会同武隆区", L("区农业农村委") + S("武隆区农业农村委"), P),
             ("三", "区财政局要统筹", R("区财政局"), P),
             ("三", "请市农业农村委", G("市农业农村委", "市药监局"), P),
             ("三", "各乡镇人民政府、街道办事处要", R("各乡镇人民政府、街道办事处"), P),
         ],
         targets=[("一", "中药材种植面积", 20, "万亩", 2027)],
         citations=[]),
    dict(stem="bytl_2012_muye",
         title="巴彦塔拉达斡尔族乡人民政府关于印发巴彦塔拉达斡尔族乡现代畜牧业发展实施方案的通知",
         number="巴乡政发〔2012〕5号", issuer="鄂温克族自治旗巴彦塔拉达斡尔族乡人民政府", date="2012-04-16",
         tasks=[
             ("二/一", "（一）乡畜牧工作站要", L("乡畜牧工作站") + S("乡农业服务中心"), P),
             ("二/二", "（二）由旗农牧业局牵头", L("旗农牧业局") + S("旗国土资源局"), P),
             ("二/三", "（三）旗环保局要指导", G("旗环保局"), P),
             ("二/四", "（四）旗卫生局要会同", L("旗卫生局") + S("乡卫生院"), P),
             ("二/五", "（五）伊敏河镇人民政府要", R("伊敏河镇人民政府"), P),
             ("三", "请呼伦贝尔市农牧业局", G("呼伦贝尔市农牧业局"), P),
             ("三", "各嘎查要落实", R("各嘎查"), P),
         ],
         targets=[("一", "牲畜存栏", 6, "万头", 2012)],
         citations=[]),
    dict(stem="ks_2012_mianhua",
         title="喀什地区行政公署办公室关于印发喀什地区棉花产业提质增效实施方案的通知",
         number="喀署办发〔2012〕42号", issuer="喀什地区行政公署办公室", date="2012-07-05",
         tasks=[
             ("二/一", "（一）推广棉花", L("地区水利局") + S("地区农业局", "地区财政局")),
             ("二/二", "（二）加强棉花", L("地区质监局") + S("地区工商局", "地区供销社")),
             ("二/三", "（三）保障棉花", L("地区国土资源局") + S("喀什市人民政府", "疏附县人民政府")),
             ("二/四", "（四）争取上级", L("地区发改委") + S("自治区农业厅", "兵团第三师")),
             ("三", "地区财政局要安排", R("地区财政局"), P),
             ("三", "各县（市）人民政府要落实", R("各县（市）人民政府"), P),
         ],
         targets=[("一", "优质棉种植面积", 500, "万亩", 2012)],
         citations=[]),
    dict(stem="alt_2022_lianfang",
         title="阿勒泰地区行政公署 新疆生产建设兵团第十师关于印发阿勒泰地区和第十师北屯市兵地融合发展重点任务分工方案的通知",
         number="阿署发〔2022〕19号", issuer="阿勒泰地区行政公署、新疆生产建设兵团第十师", date="2022-06-28",
         tasks=[
             ("二/一", "（一）统筹兵地", L("地区自然资源局", "师市自然资源局") + S("地区发展改革委")),
             ("二/二", "（二）共建额尔齐斯河", L("地区生态环境局") + S("师市生态环境局", "布尔津县人民政府")),
             ("二/三", "（三）推进兵地", L("地区文化体育广播电视和旅游局") + S("师市文化体育广电和旅游局", "阿勒泰市人民政府")),
             ("二/四", "（四）建立兵地", L("地区应急管理局") + S("师市应急管理局")),
             ("二/五", "（五）争取国家", L("地区发展改革委", "师市发展改革委") + S("自治区发展改革委", "兵团发展改革委")),
             ("三", "地区财政局、师市财政局要", R("地区财政局", "师市财政局"), P),
         ],
         targets=[("一", "兵地共建共享重大项目", 30, "个", 2022)],
         citations=[]),
]

DEPTS = """
nc_2025_zhongyao|区农业农村委|重庆市南川区农业农村委员会|county|high|重庆's districts keep a 委员会 for agriculture
nc_2025_zhongyao|区林业局|重庆市南川区林业局|county|high|
nc_2025_zhongyao|区经济信息委|重庆市南川区经济和信息化委员会|county|high|short
nc_2025_zhongyao|区发展改革委|重庆市南川区发展和改革委员会|county|high|short
nc_2025_zhongyao|区卫生健康委|重庆市南川区卫生健康委员会|county|high|short
nc_2025_zhongyao|区市场监管局|重庆市南川区市场监督管理局|county|high|short
nc_2025_zhongyao|武隆区农业农村委|重庆市武隆区农业农村委员会|county|high|another district of the municipality, printed without it
nc_2025_zhongyao|区财政局|重庆市南川区财政局|county|high|
nc_2025_zhongyao|市农业农村委|重庆市农业农村委员会|provincial|high|the municipality's
nc_2025_zhongyao|市药监局|重庆市药品监督管理局|provincial|high|short
bytl_2012_muye|乡畜牧工作站|鄂温克族自治旗巴彦塔拉达斡尔族乡畜牧工作站|township|low|the township's station with its banner; its exact name not checked
bytl_2012_muye|乡农业服务中心|鄂温克族自治旗巴彦塔拉达斡尔族乡农业服务中心|township|low|as printed with its banner and township
bytl_2012_muye|旗农牧业局|鄂温克族自治旗农牧业局|county|high|before the 2019 reform
bytl_2012_muye|旗国土资源局|鄂温克族自治旗国土资源局|county|high|before the 2019 reform
bytl_2012_muye|旗环保局|鄂温克族自治旗环境保护局|county|high|short; before the 2019 reform
bytl_2012_muye|旗卫生局|鄂温克族自治旗卫生局|county|high|before the 2013–14 merger with 计生
bytl_2012_muye|乡卫生院|鄂温克族自治旗巴彦塔拉达斡尔族乡卫生院|township|low|as printed with its banner and township
bytl_2012_muye|伊敏河镇人民政府|鄂温克族自治旗伊敏河镇人民政府|township|high|another town of the same banner
bytl_2012_muye|呼伦贝尔市农牧业局|呼伦贝尔市农牧业局|prefectural|high|the superior city, 2012
ks_2012_mianhua|地区水利局|喀什地区水利局|prefectural|high|a 地区's bodies by its name
ks_2012_mianhua|地区农业局|喀什地区农业局|prefectural|high|before the 2019 reform
ks_2012_mianhua|地区财政局|喀什地区财政局|prefectural|high|
ks_2012_mianhua|地区质监局|喀什地区质量技术监督局|prefectural|high|short; before the 2018 reform
ks_2012_mianhua|地区工商局|喀什地区工商行政管理局|prefectural|high|short; before the 2018 reform
ks_2012_mianhua|地区供销社|喀什地区供销合作社|prefectural|low|short; its registered name (联合社?) not checked
ks_2012_mianhua|地区国土资源局|喀什地区国土资源局|prefectural|high|before the 2018 reform
ks_2012_mianhua|喀什市人民政府|喀什市人民政府|county|high|
ks_2012_mianhua|疏附县人民政府|疏附县人民政府|county|high|
ks_2012_mianhua|地区发改委|喀什地区发展和改革委员会|prefectural|high|short
ks_2012_mianhua|自治区农业厅|新疆维吾尔自治区农业厅|provincial|high|before the 2018 reform
ks_2012_mianhua|兵团第三师|新疆生产建设兵团第三师|prefectural|high|a Corps division printed short
alt_2022_lianfang|地区自然资源局|阿勒泰地区自然资源局|prefectural|high|after the 2019 reform
alt_2022_lianfang|师市自然资源局|新疆生产建设兵团第十师北屯市自然资源局|prefectural|low|the division-city's, written as the Corps' 师市 bodies are; its exact name not checked
alt_2022_lianfang|地区发展改革委|阿勒泰地区发展和改革委员会|prefectural|high|short
alt_2022_lianfang|地区生态环境局|阿勒泰地区生态环境局|prefectural|high|
alt_2022_lianfang|师市生态环境局|新疆生产建设兵团第十师北屯市生态环境局|prefectural|high|the division-city's
alt_2022_lianfang|布尔津县人民政府|布尔津县人民政府|county|high|
alt_2022_lianfang|地区文化体育广播电视和旅游局|阿勒泰地区文化体育广播电视和旅游局|prefectural|high|
alt_2022_lianfang|师市文化体育广电和旅游局|新疆生产建设兵团第十师北屯市文化体育广电和旅游局|prefectural|low|as printed with the division-city
alt_2022_lianfang|阿勒泰市人民政府|阿勒泰市人民政府|county|high|
alt_2022_lianfang|地区应急管理局|阿勒泰地区应急管理局|prefectural|high|
alt_2022_lianfang|师市应急管理局|新疆生产建设兵团第十师北屯市应急管理局|prefectural|high|
alt_2022_lianfang|师市发展改革委|新疆生产建设兵团第十师北屯市发展和改革委员会|prefectural|high|short; the joint notice's other place
alt_2022_lianfang|自治区发展改革委|新疆维吾尔自治区发展和改革委员会|provincial|high|short
alt_2022_lianfang|兵团发展改革委|新疆生产建设兵团发展和改革委员会|provincial|high|short
alt_2022_lianfang|地区财政局|阿勒泰地区财政局|prefectural|high|
alt_2022_lianfang|师市财政局|新疆生产建设兵团第十师北屯市财政局|prefectural|high|
"""
