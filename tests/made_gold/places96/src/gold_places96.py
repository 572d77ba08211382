"""The hand-made answers for tests/made_gold/places96 (written 2026-12-05 from places, levels, genres, forms and years
drawn at random by src/draw.py, seed 20261244, see ../README.md; see ../places/src/make_gold.py and
src/write_departments.py; run them with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="ml_2017_kafei",
         title="孟连傣族拉祜族佤族自治县人民政府办公室关于印发孟连县2017年高原特色农业工作要点的通知",
         number="孟政办发〔2017〕31号", issuer="孟连傣族拉祜族佤族自治县人民政府办公室", date="2017-03-06",
         tasks=[
             ("二", "推进咖啡提质增效", L("县农业局") + S("县科技局", "县工业商务和信息化局"), T),
             ("二", "建设牛油果", L("县林业局") + S("县国土资源局", "县农业局"), T),
             ("二", "实施高原特色农业", L("县扶贫开发办公室") + S("县财政局", "县发展和改革局"), T),
             ("二", "开展边境口岸", L("孟连出入境检验检疫局") + S("县工业商务和信息化局"), T),
             ("二", "推进孟连澜沧西盟", L("县农业局") + S("澜沧拉祜族自治县农业局", "西盟佤族自治县农业局"), T),
             ("三", "县环境保护局要", R("县环境保护局"), P),
             ("三", "娜允镇、勐马镇要", R("娜允镇", "勐马镇"), P),
             ("三", "由县扶贫办牵头", L("县扶贫办") + S("县卫生和计划生育局"), P),
             ("三", "请普洱市农业局", G("普洱市农业局"), P),
             ("三", "各乡（镇）人民政府要落实", R("各乡（镇）人民政府"), P),
         ],
         targets=[("一", "咖啡种植面积", 8, "万亩", 2017), ("一", "农村常住居民人均可支配收入", 10, "%", 2017)],
         citations=[]),
    dict(stem="cz_2014_taoci",
         title="潮州经济开发区管理委员会关于印发潮州经济开发区陶瓷产业转型升级三年行动计划（2014—2016年）的通知",
         number="潮开管〔2014〕12号", issuer="潮州经济开发区管理委员会", date="2014-08-25",
         tasks=[
             ("二", "推进陶瓷窑炉", L("开发区经济发展局") + S("市经济和信息化局", "开发区财政局"), T),
             ("二", "建设陶瓷产业集聚区", L("开发区规划建设局") + S("市质量技术监督局"), T),
             ("二", "整治陶瓷企业粉尘", L("市环境保护局") + S("开发区安全监管和环保局"), T),
             ("二", "培育陶瓷自主品牌", L("开发区招商局") + S("市科学技术局", "湘桥区人民政府"), T),
             ("二", "开展陶瓷产业工人", L("开发区社会事务局") + S("市人力资源和社会保障局"), T),
             ("三", "开发区财政局要安排", R("开发区财政局"), P),
             ("三", "开发区经济发展局要会同", L("开发区经济发展局") + S("湘桥区经济和信息化局"), P),
             ("三", "请广东省经济和信息化委员会", G("广东省经济和信息化委员会"), P),
             ("三", "开发区各部门要落实", [a("开发区各部门", "responsible", True)], P),
         ],
         targets=[("一", "陶瓷产业产值", 200, "亿元", 2016), ("一", "规模以上陶瓷企业", 80, "家", 2016)],
         citations=[]),
    dict(stem="wf_2023_kuangshan",
         title="五峰土家族自治县人民政府办公室关于印发五峰土家族自治县非煤矿山安全生产专项整治方案的通知",
         number="五政办发〔2023〕9号", issuer="五峰土家族自治县人民政府办公室", date="2023-04-20",
         tasks=[
             ("二/一", "县应急管理局要会同县自然", L("县应急管理局") + S("县自然资源和规划局"), P),
             ("二/一", "宜昌市生态环境局五峰分局要", R("宜昌市生态环境局五峰分局"), P),
             ("二/二", "由县自然资源和规划局牵头", L("县自然资源和规划局") + S("县公安局"), P),
             ("二/二", "渔洋关镇、长乐坪镇要", R("渔洋关镇", "长乐坪镇"), P),
             ("二/二", "县交通运输局要配合", S("县交通运输局"), P),
             ("二/三", "县应急管理局要会同长阳", L("县应急管理局")
              + S("长阳土家族自治县应急管理局", "石门县应急管理局"), P),
             ("二/三", "请宜昌市应急管理局", G("宜昌市应急管理局"), P),
             ("三", "县市场监督管理局要", R("县市场监督管理局"), P),
             ("三", "县应急局要", R("县应急局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "非煤矿山隐患排查整改率", 100, "%", 2023), ("一", "关闭不具备安全生产条件的小型矿山", 3, "座", 2023)],
         citations=[]),
    dict(stem="js_2022_gongfu",
         title="江山市人民政府办公室关于印发江山市乡村共富三年行动计划（2022—2024年）的通知",
         number="江政办发〔2022〕33号", issuer="江山市人民政府办公室", date="2022-06-16",
         tasks=[
             ("二", "发展江山白鹅", L("市农业农村局") + S("市发展和改革局", "市市场监督管理局"), T),
             ("二", "推进“江郎山", L("市文化和广电旅游体育局") + S("市自然资源和规划局", "市交通运输局"), T),
             ("二", "开展农村人居环境", L("市住房和城乡建设局") + S("衢州市生态环境局江山分局"), T),
             ("二", "发展农村电商", L("市商务局") + S("市经济和信息化局", "市妇联"), T),
             ("二", "推进浙闽赣边际", L("市发改局") + S("常山县发展和改革局", "浦城县发展和改革局"), T),
             ("三", "市财政局要统筹", R("市财政局"), P),
             ("三", "贺村镇、清湖街道要", R("贺村镇", "清湖街道"), P),
             ("三", "由市农业农村局牵头", L("市农业农村局") + S("市文广旅体局"), P),
             ("三", "请衢州市农业农村局", G("衢州市农业农村局"), P),
             ("三", "各乡镇人民政府、街道办事处要落实", R("各乡镇人民政府、街道办事处"), P),
         ],
         targets=[("一", "村级集体经济年经营性收入30万元以上的村占比", 60, "%", 2024),
                  ("一", "农村居民人均可支配收入", 8, "%", 2024)],
         citations=[]),
]

DEPTS = """
ml_2017_kafei|县农业局|孟连傣族拉祜族佤族自治县农业局|county|high|2017: before 农业农村
ml_2017_kafei|县科技局|孟连傣族拉祜族佤族自治县科学技术局|county|low|科技局 or 科学技术局 not checked
ml_2017_kafei|县工业商务和信息化局|孟连傣族拉祜族佤族自治县工业商务和信息化局|county|low|not checked; as printed
ml_2017_kafei|县林业局|孟连傣族拉祜族佤族自治县林业局|county|high|
ml_2017_kafei|县国土资源局|孟连傣族拉祜族佤族自治县国土资源局|county|high|
ml_2017_kafei|县扶贫开发办公室|孟连傣族拉祜族佤族自治县扶贫开发办公室|county|high|
ml_2017_kafei|县财政局|孟连傣族拉祜族佤族自治县财政局|county|high|
ml_2017_kafei|县发展和改革局|孟连傣族拉祜族佤族自治县发展和改革局|county|high|
ml_2017_kafei|孟连出入境检验检疫局|孟连出入境检验检疫局|county/regulator_local_office|high|before 2018, as printed
ml_2017_kafei|澜沧拉祜族自治县农业局|澜沧拉祜族自治县农业局|county|high|a neighbour
ml_2017_kafei|西盟佤族自治县农业局|西盟佤族自治县农业局|county|high|a neighbour
ml_2017_kafei|县环境保护局|孟连傣族拉祜族佤族自治县环境保护局|county|high|
ml_2017_kafei|娜允镇|孟连傣族拉祜族佤族自治县娜允镇人民政府|township|high|
ml_2017_kafei|勐马镇|孟连傣族拉祜族佤族自治县勐马镇人民政府|township|high|
ml_2017_kafei|县扶贫办|孟连傣族拉祜族佤族自治县扶贫开发办公室|county|high|short
ml_2017_kafei|县卫生和计划生育局|孟连傣族拉祜族佤族自治县卫生和计划生育局|county|high|
ml_2017_kafei|普洱市农业局|普洱市农业局|prefectural|high|
cz_2014_taoci|开发区经济发展局|潮州经济开发区经济发展局|county|high|the zone's own body in its own plan
cz_2014_taoci|市经济和信息化局|潮州市经济和信息化局|prefectural|high|
cz_2014_taoci|开发区财政局|潮州经济开发区财政局|county|high|the zone's own body
cz_2014_taoci|开发区规划建设局|潮州经济开发区规划建设局|county|high|the zone's own body
cz_2014_taoci|市质量技术监督局|潮州市质量技术监督局|prefectural|high|2014: before 市场监管
cz_2014_taoci|市环境保护局|潮州市环境保护局|prefectural|high|
cz_2014_taoci|开发区安全监管和环保局|潮州经济开发区安全监管和环保局|county|high|the zone's own body, as printed
cz_2014_taoci|开发区招商局|潮州经济开发区招商局|county|high|the zone's own body
cz_2014_taoci|市科学技术局|潮州市科学技术局|prefectural|high|
cz_2014_taoci|湘桥区人民政府|潮州市湘桥区人民政府|county|high|a district printed without its city
cz_2014_taoci|开发区社会事务局|潮州经济开发区社会事务局|county|high|the zone's own body
cz_2014_taoci|市人力资源和社会保障局|潮州市人力资源和社会保障局|prefectural|high|
cz_2014_taoci|湘桥区经济和信息化局|潮州市湘桥区经济和信息化局|county|low|the district's body's name in 2014 not checked
cz_2014_taoci|广东省经济和信息化委员会|广东省经济和信息化委员会|provincial|high|
wf_2023_kuangshan|县应急管理局|五峰土家族自治县应急管理局|county|high|
wf_2023_kuangshan|县自然资源和规划局|五峰土家族自治县自然资源和规划局|county|high|
wf_2023_kuangshan|宜昌市生态环境局五峰分局|宜昌市生态环境局五峰分局|county|high|the city bureau's branch
wf_2023_kuangshan|县公安局|五峰土家族自治县公安局|county|high|
wf_2023_kuangshan|渔洋关镇|五峰土家族自治县渔洋关镇人民政府|township|high|
wf_2023_kuangshan|长乐坪镇|五峰土家族自治县长乐坪镇人民政府|township|high|
wf_2023_kuangshan|县交通运输局|五峰土家族自治县交通运输局|county|high|
wf_2023_kuangshan|长阳土家族自治县应急管理局|长阳土家族自治县应急管理局|county|high|a neighbour
wf_2023_kuangshan|石门县应急管理局|石门县应急管理局|county|high|a neighbour in 湖南
wf_2023_kuangshan|宜昌市应急管理局|宜昌市应急管理局|prefectural|high|
wf_2023_kuangshan|县市场监督管理局|五峰土家族自治县市场监督管理局|county|high|
wf_2023_kuangshan|县应急局|五峰土家族自治县应急管理局|county|high|short
js_2022_gongfu|市农业农村局|江山市农业农村局|county|high|
js_2022_gongfu|市发展和改革局|江山市发展和改革局|county|high|
js_2022_gongfu|市市场监督管理局|江山市市场监督管理局|county|high|
js_2022_gongfu|市文化和广电旅游体育局|江山市文化和广电旅游体育局|county|high|浙江's county-level name
js_2022_gongfu|市自然资源和规划局|江山市自然资源和规划局|county|low|whether a branch of 衢州's bureau not checked
js_2022_gongfu|市交通运输局|江山市交通运输局|county|high|
js_2022_gongfu|市住房和城乡建设局|江山市住房和城乡建设局|county|high|
js_2022_gongfu|衢州市生态环境局江山分局|衢州市生态环境局江山分局|county|high|the city bureau's branch
js_2022_gongfu|市商务局|江山市商务局|county|high|
js_2022_gongfu|市经济和信息化局|江山市经济和信息化局|county|high|
js_2022_gongfu|市妇联|江山市妇女联合会|county/mass_org|high|
js_2022_gongfu|市发改局|江山市发展和改革局|county|high|short
js_2022_gongfu|常山县发展和改革局|常山县发展和改革局|county|high|a neighbour
js_2022_gongfu|浦城县发展和改革局|浦城县发展和改革局|county|high|a neighbour in 福建
js_2022_gongfu|市财政局|江山市财政局|county|high|
js_2022_gongfu|贺村镇|江山市贺村镇人民政府|township|high|
js_2022_gongfu|清湖街道|江山市清湖街道办事处|township|high|
js_2022_gongfu|市文广旅体局|江山市文化和广电旅游体育局|county|high|short
js_2022_gongfu|衢州市农业农村局|衢州市农业农村局|prefectural|high|
"""
