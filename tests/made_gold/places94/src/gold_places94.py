"""The hand-made answers for tests/made_gold/places94 (written 2026-12-05 from places, levels, genres, forms and years
drawn at random by src/draw.py, seed 20261242, see ../README.md; see ../places/src/make_gold.py and
src/write_departments.py; run them with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S  # type: ignore[import-not-found]

DOCS = [
    dict(stem="ps_2023_wenlv",
         title="屏山县人民政府办公室关于印发屏山县文旅融合发展实施方案的通知",
         number="屏府办发〔2023〕19号", issuer="屏山县人民政府办公室", date="2023-06-05",
         tasks=[
             ("二/一", "（一）打造向家坝", L("县文化广播电视和旅游局") + S("县自然资源和规划局", "县水利局")),
             ("二/二", "（二）推进龙华古镇", L("县住房和城乡建设局") + S("县文广旅局", "县发展和改革局")),
             ("二/三", "（三）完善旅游交通", L("县交通运输局") + S("宜宾市生态环境局屏山分局")),
             ("二/四", "（四）发展茶旅融合", L("县农业农村局") + S("县市场监督管理局", "县乡村振兴局")),
             ("二/五", "（五）联合打造金沙江", L("县文化广播电视和旅游局")
              + S("绥江县文化和旅游局", "马边彝族自治县文化广播电视和旅游局")),
             ("三", "县财政局要统筹", R("县财政局"), P),
             ("三", "屏山镇、龙华镇要", R("屏山镇", "龙华镇"), P),
             ("三", "由县市场监管局牵头", L("县市场监管局") + S("县公安局"), P),
             ("三", "请宜宾市文化广播电视和旅游局", G("宜宾市文化广播电视和旅游局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "年接待游客", 300, "万人次", 2025), ("一", "国家AAAA级旅游景区", 2, "个", 2025)],
         citations=[]),
    dict(stem="fy_2017_kouan",
         title="抚远市人民政府关于印发抚远市对俄经贸合作三年行动计划（2017—2019年）的通知",
         number="抚政发〔2017〕14号", issuer="抚远市人民政府", date="2017-05-03",
         tasks=[
             ("二/一", "（一）完善抚远口岸", L("市交通运输局") + S("市发展和改革局", "市口岸办")),
             ("二/二", "（二）提高通关便利化", L("市口岸办") + S("抚远海关", "抚远出入境检验检疫局")),
             ("二/三", "（三）建设对俄果蔬", L("市商务局") + S("市国土资源局", "市环境保护局")),
             ("二/四", "（四）发展黑瞎子岛", L("市旅游局") + S("市公安局", "同江市旅游局")),
             ("二/五", "（五）培育跨境电子商务", L("市工业信息化和科技局") + S("市财政局")),
             ("三", "市发改局要将", R("市发改局"), P),
             ("三", "浓桥镇、寒葱沟镇要", R("浓桥镇", "寒葱沟镇"), P),
             ("三", "请佳木斯市商务局", G("佳木斯市商务局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "对俄进出口贸易额", 10, "亿元", 2019), ("一", "口岸过货量", 30, "万吨", 2019)],
         citations=[]),
    dict(stem="snj_2012_yinshui",
         title="神农架林区人民政府办公室关于印发神农架林区农村饮水安全工程建设实施方案的通知",
         number="神政办发〔2012〕36号", issuer="神农架林区人民政府办公室", date="2012-06-11",
         tasks=[
             ("二/一", "（一）新建和改造", L("林区水利和湖泊局") + S("林区发展和改革委员会", "林区财政局")),
             ("二/二", "（二）加强水源地", L("林区环境保护局") + S("林区卫生局", "林区疾病预防控制中心")),
             ("二/三", "（三）做好饮水工程", L("林区国土资源局") + S("林区林业管理局")),
             ("二/四", "（四）落实扶贫搬迁", L("林区扶贫开发办公室") + S("林区水利和湖泊局", "林区住建局")),
             ("二/五", "（五）加强工程质量", L("林区住房和城乡建设局") + S("林区质监局")),
             ("三", "林区发改委要做好", R("林区发改委"), P),
             ("三", "下谷坪土家族乡、宋洛乡要", R("下谷坪土家族乡", "宋洛乡"), P),
             ("三", "由林区水利和湖泊局牵头", L("林区水利和湖泊局") + S("林区环保局"), P),
             ("三", "请湖北省水利厅", G("湖北省水利厅"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "解决农村饮水安全问题", 3.2, "万人", 2013), ("一", "农村集中供水率", 85, "%", 2013)],
         citations=[]),
    dict(stem="nb_2010_gangkou",
         title="宁波市人民政府办公厅关于印发宁波市加快港口物流业发展工作方案的通知",
         number="甬政办发〔2010〕118号", issuer="宁波市人民政府办公厅", date="2010-07-20",
         tasks=[
             ("二/一", "（一）建设梅山保税港区", L("市港口管理局") + S("北仑区人民政府", "市发展和改革委员会")),
             ("二/二", "（二）发展海铁联运", L("市交通委员会") + S("市港口管理局", "宁波港集团")),
             ("二/三", "（三）推进大宗商品", L("市贸易局") + S("市经委", "镇海区人民政府")),
             ("二/四", "（四）提高口岸通关", L("市口岸打私办") + S("宁波海关", "宁波出入境检验检疫局")),
             ("二/五", "（五）培育航运服务业", L("市发改委") + S("市财政局", "市国土资源局")),
             ("三", "市规划局要做好", R("市规划局"), P),
             ("三", "鄞州区人民政府、余姚市人民政府要", R("鄞州区人民政府", "余姚市人民政府"), P),
             ("三", "象山县人民政府要", R("象山县人民政府"), P),
             ("三", "请浙江省发展和改革委员会", G("浙江省发展和改革委员会"), P),
             ("三", "各县（市）区人民政府要落实", R("各县（市）区人民政府"), P),
         ],
         targets=[("一", "货物吞吐量", 4.5, "亿吨", 2012), ("一", "集装箱吞吐量", 1500, "万标准箱", 2012)],
         citations=[]),
]

DEPTS = """
ps_2023_wenlv|县文化广播电视和旅游局|屏山县文化广播电视和旅游局|county|high|
ps_2023_wenlv|县自然资源和规划局|屏山县自然资源和规划局|county|high|
ps_2023_wenlv|县水利局|屏山县水利局|county|high|
ps_2023_wenlv|县住房和城乡建设局|屏山县住房和城乡建设局|county|high|
ps_2023_wenlv|县文广旅局|屏山县文化广播电视和旅游局|county|high|short
ps_2023_wenlv|县发展和改革局|屏山县发展和改革局|county|high|
ps_2023_wenlv|县交通运输局|屏山县交通运输局|county|high|
ps_2023_wenlv|宜宾市生态环境局屏山分局|宜宾市生态环境局屏山分局|county|high|the city bureau's branch
ps_2023_wenlv|县农业农村局|屏山县农业农村局|county|high|
ps_2023_wenlv|县市场监督管理局|屏山县市场监督管理局|county|high|
ps_2023_wenlv|县乡村振兴局|屏山县乡村振兴局|county|high|2021–2024
ps_2023_wenlv|绥江县文化和旅游局|绥江县文化和旅游局|county|high|a neighbour in 云南
ps_2023_wenlv|马边彝族自治县文化广播电视和旅游局|马边彝族自治县文化广播电视和旅游局|county|high|a neighbour
ps_2023_wenlv|县财政局|屏山县财政局|county|high|
ps_2023_wenlv|屏山镇|屏山县屏山镇人民政府|township|high|a town named as its county
ps_2023_wenlv|龙华镇|屏山县龙华镇人民政府|township|high|
ps_2023_wenlv|县市场监管局|屏山县市场监督管理局|county|high|short
ps_2023_wenlv|县公安局|屏山县公安局|county|high|
ps_2023_wenlv|宜宾市文化广播电视和旅游局|宜宾市文化广播电视和旅游局|prefectural|high|
fy_2017_kouan|市交通运输局|抚远市交通运输局|county|high|
fy_2017_kouan|市发展和改革局|抚远市发展和改革局|county|high|
fy_2017_kouan|市口岸办|抚远市口岸办公室|county|low|the office's formal name not checked
fy_2017_kouan|抚远海关|抚远海关|county/regulator_local_office|high|a subordinate customs office, as printed
fy_2017_kouan|抚远出入境检验检疫局|抚远出入境检验检疫局|county/regulator_local_office|high|2017: before 海关's takeover (2018)
fy_2017_kouan|市商务局|抚远市商务局|county|high|
fy_2017_kouan|市国土资源局|抚远市国土资源局|county|high|2017: before 自然资源
fy_2017_kouan|市环境保护局|抚远市环境保护局|county|high|2017: before 生态环境
fy_2017_kouan|市旅游局|抚远市旅游局|county|low|not checked; as printed
fy_2017_kouan|市公安局|抚远市公安局|county|high|
fy_2017_kouan|同江市旅游局|同江市旅游局|county|low|a neighbour; not checked
fy_2017_kouan|市工业信息化和科技局|抚远市工业信息化和科技局|county|low|not checked; as printed
fy_2017_kouan|市财政局|抚远市财政局|county|high|
fy_2017_kouan|市发改局|抚远市发展和改革局|county|high|short
fy_2017_kouan|浓桥镇|抚远市浓桥镇人民政府|township|high|
fy_2017_kouan|寒葱沟镇|抚远市寒葱沟镇人民政府|township|high|
fy_2017_kouan|佳木斯市商务局|佳木斯市商务局|prefectural|high|
snj_2012_yinshui|林区水利和湖泊局|神农架林区水利和湖泊局|county|low|not checked; as printed
snj_2012_yinshui|林区发展和改革委员会|神农架林区发展和改革委员会|county|low|委员会 or 局 not checked; as printed
snj_2012_yinshui|林区财政局|神农架林区财政局|county|high|
snj_2012_yinshui|林区环境保护局|神农架林区环境保护局|county|high|
snj_2012_yinshui|林区卫生局|神农架林区卫生局|county|high|
snj_2012_yinshui|林区疾病预防控制中心|神农架林区疾病预防控制中心|county|high|
snj_2012_yinshui|林区国土资源局|神农架林区国土资源局|county|high|
snj_2012_yinshui|林区林业管理局|神农架林区林业管理局|county|high|
snj_2012_yinshui|林区扶贫开发办公室|神农架林区扶贫开发办公室|county|high|
snj_2012_yinshui|林区住建局|神农架林区住房和城乡建设局|county|high|short
snj_2012_yinshui|林区住房和城乡建设局|神农架林区住房和城乡建设局|county|high|
snj_2012_yinshui|林区质监局|神农架林区质量技术监督局|county|high|short
snj_2012_yinshui|林区发改委|神农架林区发展和改革委员会|county|low|short of the same body
snj_2012_yinshui|下谷坪土家族乡|神农架林区下谷坪土家族乡人民政府|township|high|
snj_2012_yinshui|宋洛乡|神农架林区宋洛乡人民政府|township|high|
snj_2012_yinshui|林区环保局|神农架林区环境保护局|county|high|short
snj_2012_yinshui|湖北省水利厅|湖北省水利厅|provincial|high|
nb_2010_gangkou|市港口管理局|宁波市港口管理局|prefectural|high|
nb_2010_gangkou|北仑区人民政府|宁波市北仑区人民政府|county|high|a district printed without its city
nb_2010_gangkou|市发展和改革委员会|宁波市发展和改革委员会|prefectural|high|
nb_2010_gangkou|市交通委员会|宁波市交通委员会|prefectural|low|宁波's transport body in 2010 not checked; as printed
nb_2010_gangkou|宁波港集团|宁波港集团有限公司|prefectural/enterprise|low|registered name not checked
nb_2010_gangkou|市贸易局|宁波市贸易局|prefectural|low|not checked; as printed
nb_2010_gangkou|市经委|宁波市经济委员会|prefectural|low|宁波's 经委 in 2010 not checked
nb_2010_gangkou|镇海区人民政府|宁波市镇海区人民政府|county|high|
nb_2010_gangkou|市口岸打私办|宁波市口岸打私办|prefectural|low|the office's formal name not checked; as printed with its place
nb_2010_gangkou|宁波海关|宁波海关|prefectural/regulator_local_office|high|a customs district, prefix omitted (the dev gold's convention)
nb_2010_gangkou|宁波出入境检验检疫局|宁波出入境检验检疫局|prefectural/regulator_local_office|high|
nb_2010_gangkou|市发改委|宁波市发展和改革委员会|prefectural|high|short
nb_2010_gangkou|市财政局|宁波市财政局|prefectural|high|
nb_2010_gangkou|市国土资源局|宁波市国土资源局|prefectural|high|
nb_2010_gangkou|市规划局|宁波市规划局|prefectural|high|
nb_2010_gangkou|鄞州区人民政府|宁波市鄞州区人民政府|county|high|
nb_2010_gangkou|余姚市人民政府|余姚市人民政府|county|high|a county-level city by its own name
nb_2010_gangkou|象山县人民政府|象山县人民政府|county|high|
nb_2010_gangkou|浙江省发展和改革委员会|浙江省发展和改革委员会|provincial|high|
"""
