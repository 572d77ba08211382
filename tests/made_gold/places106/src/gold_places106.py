"""The hand-made answers for tests/made_gold/places106 (written 2026-12-06 from places, levels, eras, genres and forms
drawn at random by ../../places104/src/draw.py, seed 20261306, see ../README.md; written out by
../../places/src/make_gold.py and ../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="t143_2023_jieshui",
         title="新疆生产建设兵团第八师一四三团关于印发一四三团2023年高效节水农业推进工作方案的通知",
         number="师八团一四三发〔2023〕11号", issuer="新疆生产建设兵团第八师一四三团", date="2023-03-06",
         tasks=[
             ("二/一", "（一）团农业发展办公室要", L("团农业发展办公室") + S("团水利工作站"), P),
             ("二/二", "（二）由团经济发展办公室牵头", L("团经济发展办公室") + S("团财务资产管理中心"), P),
             ("二/三", "（三）团社会事务办公室要", R("团社会事务办公室"), P),
             ("二/四", "（四）一四一团要", R("一四一团"), P),
             ("三", "请师市农业农村局", G("师市农业农村局", "师市水利局"), P),
             ("三", "各连队要落实", R("各连队"), P),
         ],
         targets=[("一", "高效节水灌溉面积", 28, "万亩", 2023)],
         citations=[]),
    dict(stem="ewk_2015_lvyou",
         title="鄂温克族自治旗人民政府办公室关于印发鄂温克族自治旗全域旅游发展三年行动计划（2015—2017年）的通知",
         number="鄂政办发〔2015〕27号", issuer="鄂温克族自治旗人民政府办公室", date="2015-05-11",
         tasks=[
             ("二", "建设民族文化旅游景区", L("旗旅游局") + S("旗发改局", "旗文体广电局"), T),
             ("二", "保障旅游项目建设用地", L("旗国土资源局") + S("旗住建局"), T),
             ("二", "加强旅游食品安全监管", L("旗食药监局") + S("旗卫计局"), T),
             ("二", "发展牧家乐乡村旅游", L("旗农牧业局") + S("巴彦托海镇人民政府", "辉苏木人民政府"), T),
             ("二", "推进草原旅游线路共建", L("旗旅游局") + S("陈巴尔虎旗旅游局", "呼伦贝尔市旅游局"), T),
             ("三", "旗财政局要设立", R("旗财政局"), P),
             ("三", "各苏木乡镇人民政府要", R("各苏木乡镇人民政府"), P),
         ],
         targets=[("一", "接待游客", 150, "万人次", 2017)],
         citations=[]),
    dict(stem="wlyst_2014_yaodian",
         title="东乌珠穆沁旗乌里雅斯太镇人民政府关于印发乌里雅斯太镇2014年工作要点的通知",
         number="乌镇发〔2014〕3号", issuer="东乌珠穆沁旗乌里雅斯太镇人民政府", date="2014-02-20",
         tasks=[
             ("二/一", "（一）推进草畜", L("镇农牧业综合服务中心") + G("旗农牧业局")),
             ("二/二", "（二）开展城镇", R("旗安监局", "旗住建局")),
             ("二/三", "（三）规范镇区", L("旗食药监局") + S("旗工商局")),
             ("二/四", "（四）做好牧区", L("东乌旗国土资源局") + S("镇国土资源所")),
             ("二/五", "（五）推进边境", S("那仁宝力格苏木人民政府")),
             ("三", "请锡林郭勒盟农牧业局", G("锡林郭勒盟农牧业局", "盟安监局"), P),
             ("三", "各嘎查村委会要落实", R("各嘎查村委会"), P),
         ],
         targets=[("一", "牧民人均纯收入", 2.2, "万元", 2014)],
         citations=[]),
    dict(stem="cy_2022_shangye",
         title="北京市朝阳区人民政府办公室关于印发朝阳区国际消费中心城市主承载区建设三年行动计划（2022—2024年）的通知",
         number="朝政办发〔2022〕9号", issuer="北京市朝阳区人民政府办公室", date="2022-04-25",
         tasks=[
             ("二/一", "（一）打造国际", L("区商务局") + S("区发展改革委", "区规划自然资源分局")),
             ("二/二", "（二）建设数字", L("区科信局") + S("区市场监管局")),
             ("二/三", "（三）提升商圈", L("区城市管理委") + S("区住房城乡建设委", "望京街道办事处")),
             ("二/四", "（四）推进跨区", L("区商务局") + S("海淀区商务局", "市商务局")),
             ("三", "区财政局要设立", R("区财政局"), P),
             ("三", "请市发展改革委", S("市发展改革委"), P),
             ("三", "各街道办事处、地区办事处要", R("各街道办事处、地区办事处"), P),
         ],
         targets=[("一", "社会消费品零售总额", 4000, "亿元", 2024)],
         citations=[]),
    dict(stem="yn_2021_gucheng",
         title="伊宁市人民政府办公室关于印发伊宁市喀赞其历史文化街区保护利用三年行动计划（2021—2023年）的通知",
         number="伊市政办发〔2021〕35号", issuer="伊宁市人民政府办公室", date="2021-06-03",
         tasks=[
             ("二/一", "（一）市住房和城乡建设局要", L("市住房和城乡建设局") + S("市自然资源局"), P),
             ("二/二", "（二）由市文化体育广播电视和旅游局牵头", L("市文化体育广播电视和旅游局") + S("喀赞其街道办事处"), P),
             ("二/三", "（三）市应急管理局要", R("市应急管理局"), P),
             ("二/四", "（四）市发展改革委要", L("市发展改革委") + S("伊宁县发展改革委"), P),
             ("三", "市财政局要保障", R("市财政局"), P),
             ("三", "请州住房和城乡建设局", G("州住房和城乡建设局", "州文化体育广播电视和旅游局"), P),
             ("三", "各街道办事处要落实", R("各街道办事处"), P),
         ],
         targets=[("一", "喀赞其街区年接待游客", 300, "万人次", 2023)],
         citations=[]),
]

DEPTS = """
t143_2023_jieshui|团农业发展办公室|新疆生产建设兵团第八师一四三团农业发展办公室|township|low|a regiment's own office, with its division and regiment; its exact name not checked
t143_2023_jieshui|团水利工作站|新疆生产建设兵团第八师一四三团水利工作站|township|low|as printed with its division and regiment
t143_2023_jieshui|团经济发展办公室|新疆生产建设兵团第八师一四三团经济发展办公室|township|low|as printed with its division and regiment
t143_2023_jieshui|团财务资产管理中心|新疆生产建设兵团第八师一四三团财务资产管理中心|township|low|as printed with its division and regiment
t143_2023_jieshui|团社会事务办公室|新疆生产建设兵团第八师一四三团社会事务办公室|township|low|as printed with its division and regiment
t143_2023_jieshui|一四一团|新疆生产建设兵团第八师一四一团|township|high|another regiment of the same division
t143_2023_jieshui|师市农业农村局|新疆生产建设兵团第八师石河子市农业农村局|prefectural|high|the regiment's division-city
t143_2023_jieshui|师市水利局|新疆生产建设兵团第八师石河子市水利局|prefectural|high|the regiment's division-city
ewk_2015_lvyou|旗旅游局|鄂温克族自治旗旅游局|county|high|before the 2019 reform
ewk_2015_lvyou|旗发改局|鄂温克族自治旗发展和改革局|county|high|short
ewk_2015_lvyou|旗文体广电局|鄂温克族自治旗文化体育广播电视局|county|low|short; its exact name in 2015 not checked
ewk_2015_lvyou|旗国土资源局|鄂温克族自治旗国土资源局|county|high|before the 2019 reform
ewk_2015_lvyou|旗住建局|鄂温克族自治旗住房和城乡建设局|county|high|short
ewk_2015_lvyou|旗食药监局|鄂温克族自治旗食品药品监督管理局|county|high|short; before the 2019 reform
ewk_2015_lvyou|旗卫计局|鄂温克族自治旗卫生和计划生育局|county|high|short; before the 2019 reform
ewk_2015_lvyou|旗农牧业局|鄂温克族自治旗农牧业局|county|high|before the 2019 reform
ewk_2015_lvyou|巴彦托海镇人民政府|鄂温克族自治旗巴彦托海镇人民政府|township|high|a town of the banner
ewk_2015_lvyou|辉苏木人民政府|鄂温克族自治旗辉苏木人民政府|township|high|a 苏木 of the banner
ewk_2015_lvyou|陈巴尔虎旗旅游局|陈巴尔虎旗旅游局|county|high|a neighbouring banner
ewk_2015_lvyou|呼伦贝尔市旅游局|呼伦贝尔市旅游局|prefectural|high|the superior city, 2015
ewk_2015_lvyou|旗财政局|鄂温克族自治旗财政局|county|high|
wlyst_2014_yaodian|镇农牧业综合服务中心|东乌珠穆沁旗乌里雅斯太镇农牧业综合服务中心|township|low|the town's own centre, with its banner and town
wlyst_2014_yaodian|旗农牧业局|东乌珠穆沁旗农牧业局|county|high|the town's banner, 2014
wlyst_2014_yaodian|旗安监局|东乌珠穆沁旗安全生产监督管理局|county|high|short; before the 2019 reform
wlyst_2014_yaodian|旗住建局|东乌珠穆沁旗住房和城乡建设局|county|high|short
wlyst_2014_yaodian|旗食药监局|东乌珠穆沁旗食品药品监督管理局|county|high|short; 2014
wlyst_2014_yaodian|旗工商局|东乌珠穆沁旗工商行政管理局|county|high|short; 2014
wlyst_2014_yaodian|东乌旗国土资源局|东乌珠穆沁旗国土资源局|county|high|the banner's common short name 东乌旗
wlyst_2014_yaodian|镇国土资源所|东乌珠穆沁旗乌里雅斯太镇国土资源所|township|low|the banner bureau's office in the town; as printed with its banner and town
wlyst_2014_yaodian|那仁宝力格苏木人民政府|东乌珠穆沁旗那仁宝力格苏木人民政府|township|high|a 苏木 of the same banner
wlyst_2014_yaodian|锡林郭勒盟农牧业局|锡林郭勒盟农牧业局|prefectural|high|the 盟, 2014
wlyst_2014_yaodian|盟安监局|锡林郭勒盟安全生产监督管理局|prefectural|high|short; before the 2019 reform
cy_2022_shangye|区商务局|北京市朝阳区商务局|county|high|北京's 朝阳区, not 长春's
cy_2022_shangye|区发展改革委|北京市朝阳区发展和改革委员会|county|high|short
cy_2022_shangye|区规划自然资源分局|北京市规划和自然资源委员会朝阳分局|county|high|北京's districts have a branch of the municipal commission
cy_2022_shangye|区科信局|北京市朝阳区科学技术和信息化局|county|high|short
cy_2022_shangye|区市场监管局|北京市朝阳区市场监督管理局|county|high|short
cy_2022_shangye|区城市管理委|北京市朝阳区城市管理委员会|county|high|short
cy_2022_shangye|区住房城乡建设委|北京市朝阳区住房和城乡建设委员会|county|high|short
cy_2022_shangye|望京街道办事处|北京市朝阳区望京街道办事处|township|high|a street office of the district
cy_2022_shangye|海淀区商务局|北京市海淀区商务局|county|high|another district of the municipality
cy_2022_shangye|市商务局|北京市商务局|provincial|high|the municipality's
cy_2022_shangye|区财政局|北京市朝阳区财政局|county|high|
cy_2022_shangye|市发展改革委|北京市发展和改革委员会|provincial|high|short
yn_2021_gucheng|市住房和城乡建设局|伊宁市住房和城乡建设局|county|high|伊宁市, not 伊宁县
yn_2021_gucheng|市自然资源局|伊宁市自然资源局|county|high|
yn_2021_gucheng|市文化体育广播电视和旅游局|伊宁市文化体育广播电视和旅游局|county|high|
yn_2021_gucheng|喀赞其街道办事处|伊宁市喀赞其街道办事处|township|high|a street office of the city
yn_2021_gucheng|市应急管理局|伊宁市应急管理局|county|high|
yn_2021_gucheng|市发展改革委|伊宁市发展和改革委员会|county|high|short
yn_2021_gucheng|伊宁县发展改革委|伊宁县发展和改革委员会|county|high|short; the county of the same short name
yn_2021_gucheng|市财政局|伊宁市财政局|county|high|
yn_2021_gucheng|州住房和城乡建设局|伊犁哈萨克自治州住房和城乡建设局|prefectural|high|the autonomous prefecture's
yn_2021_gucheng|州文化体育广播电视和旅游局|伊犁哈萨克自治州文化体育广播电视和旅游局|prefectural|high|
"""
