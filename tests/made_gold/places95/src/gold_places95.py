"""The hand-made answers for tests/made_gold/places95 (written 2026-12-05 from places, levels, genres, forms and years
drawn at random by src/draw.py, seed 20261243, see ../README.md; see ../places/src/make_gold.py and
src/write_departments.py; run them with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="xj_2020_tuopin",
         title="西吉县2020年脱贫攻坚工作要点",
         number=None, issuer="西吉县人民政府办公室", date="2020-02-28",
         tasks=[
             ("二", "巩固“两不愁", R("县扶贫开发办公室", "县农业农村局"), T),
             ("二", "发展马铃薯", R("县农业农村局"), T),
             ("二", "实施移民迁出区", R("县自然资源局", "固原市生态环境局西吉分局"), T),
             ("二", "推进贫困村饮水", R("县水务局"), T),
             ("二", "落实建档立卡贫困人口基本", R("县卫生健康局", "县医疗保障局"), T),
             ("二", "开展西吉隆德海原",
              R("县人力资源和社会保障局", "隆德县人力资源和社会保障局", "海原县人力资源和社会保障局"), T),
             ("三", "县财政局要统筹", R("县财政局"), P),
             ("三", "吉强镇、将台堡镇要", R("吉强镇", "将台堡镇"), P),
             ("三", "由县扶贫办牵头", L("县扶贫办") + S("县教育体育局"), P),
             ("三", "请固原市农业农村局", G("固原市农业农村局"), P),
             ("三", "各乡镇人民政府要落实", R("各乡镇人民政府"), P),
         ],
         targets=[("一", "建档立卡贫困人口脱贫", 1.2, "万人", 2020), ("一", "农村居民人均可支配收入", 9, "%", 2020)],
         citations=[]),
    dict(stem="lq_2021_wenlv",
         title="禄劝彝族苗族自治县人民政府办公室关于印发禄劝县文化旅游产业发展三年行动计划（2021—2023年）的通知",
         number="禄政办发〔2021〕27号", issuer="禄劝彝族苗族自治县人民政府办公室", date="2021-07-14",
         tasks=[
             ("二/一", "（一）提升轿子雪山", L("县文化和旅游局") + S("县林业和草原局", "县自然资源局")),
             ("二/二", "（二）建设金沙江沿岸", L("县民族宗教事务局") + S("县文旅局", "县住房和城乡建设局")),
             ("二/三", "（三）完善旅游道路", L("县交通运输局") + S("昆明市生态环境局禄劝分局", "县发展和改革局")),
             ("二/四", "（四）培育乡村旅游", L("县农业农村局") + S("县乡村振兴局", "县市场监督管理局")),
             ("二/五", "（五）联合开发滇中", L("县文化和旅游局")
              + S("武定县文化和旅游局", "寻甸回族彝族自治县文化和旅游局")),
             ("三", "县财政局要落实", R("县财政局"), P),
             ("三", "屏山街道、转龙镇要", R("屏山街道", "转龙镇"), P),
             ("三", "由县市场监管局牵头", L("县市场监管局") + S("县公安局"), P),
             ("三", "请昆明市文化和旅游局", G("昆明市文化和旅游局"), P),
             ("三", "各乡镇人民政府、街道办事处要落实", R("各乡镇人民政府、街道办事处"), P),
         ],
         targets=[("一", "旅游总人数", 600, "万人次", 2023), ("一", "旅游总收入", 60, "亿元", 2023)],
         citations=[]),
    dict(stem="xt_2025_zhizao",
         title="湘潭经济技术开发区管理委员会关于印发湘潭经开区智能制造提升行动实施方案的通知",
         number="湘经开管发〔2025〕6号", issuer="湘潭经济技术开发区管理委员会", date="2025-04-02",
         tasks=[
             ("二/一", "（一）实施规模以上", L("经开区经济发展局") + S("经开区财政局")),
             ("二/二", "（二）建设汽车及零部件", L("经开区投资合作局") + S("湘潭市工业和信息化局")),
             ("二/三", "（三）推进标准厂房", L("经开区规划建设局") + S("经开区企业服务中心")),
             ("二/四", "（四）开展智能制造人才", L("经开区党群工作部") + S("湘潭市人力资源和社会保障局")),
             ("二/五", "（五）做好园区周边", L("雨湖区人民政府") + S("湘潭市自然资源和规划局雨湖分局")),
             ("三", "经开区财政局要设立", R("经开区财政局"), P),
             ("三", "经开区经济发展局要会同", L("经开区经济发展局") + S("湘潭高新区管委会"), P),
             ("三", "请湖南省工业和信息化厅", G("湖南省工业和信息化厅"), P),
             ("三", "区直各部门要落实", [a("区直各部门", "responsible", True)], P),
         ],
         targets=[("一", "规模以上工业企业数字化改造覆盖率", 80, "%", 2025), ("一", "智能制造示范车间", 10, "个", 2025)],
         citations=[]),
    dict(stem="bz_2025_mianhua",
         title="巴音郭楞蒙古自治州人民政府办公室关于印发巴州棉花和特色林果产业高质量发展三年行动计划（2025—2027年）的通知",
         number="巴政办发〔2025〕15号", issuer="巴音郭楞蒙古自治州人民政府办公室", date="2025-03-10",
         tasks=[
             ("二/一", "州农业农村局要会同", L("州农业农村局") + S("州工业和信息化局"), P),
             ("二/一", "州市场监督管理局要", R("州市场监督管理局"), P),
             ("二/二", "库尔勒市人民政府要", R("库尔勒市人民政府"), P),
             ("二/二", "由州林业和草原局牵头", L("州林业和草原局") + S("州农业农村局"), P),
             ("二/二", "焉耆回族自治县人民政府、若羌县人民政府要", R("焉耆回族自治县人民政府", "若羌县人民政府"), P),
             ("二/三", "州发展改革委要会同", L("州发展改革委") + S("第二师铁门关市发展改革委"), P),
             ("二/三", "州文化体育广播电视和旅游局要", R("州文化体育广播电视和旅游局"), P),
             ("二/三", "请新疆维吾尔自治区农业农村厅", G("新疆维吾尔自治区农业农村厅"), P),
             ("三", "州财政局要统筹", R("州财政局"), P),
             ("三", "州水利局要", R("州水利局"), P),
             ("三", "各县（市）人民政府要落实", R("各县（市）人民政府"), P),
         ],
         targets=[("一", "棉花种植面积", 400, "万亩", 2027), ("一", "库尔勒香梨种植面积", 60, "万亩", 2027)],
         citations=[]),
]

DEPTS = """
xj_2020_tuopin|县扶贫开发办公室|西吉县扶贫开发办公室|county|high|2020: before 乡村振兴局
xj_2020_tuopin|县农业农村局|西吉县农业农村局|county|high|
xj_2020_tuopin|县自然资源局|西吉县自然资源局|county|high|
xj_2020_tuopin|固原市生态环境局西吉分局|固原市生态环境局西吉分局|county|high|the city bureau's branch
xj_2020_tuopin|县水务局|西吉县水务局|county|high|
xj_2020_tuopin|县卫生健康局|西吉县卫生健康局|county|high|
xj_2020_tuopin|县医疗保障局|西吉县医疗保障局|county|high|
xj_2020_tuopin|县人力资源和社会保障局|西吉县人力资源和社会保障局|county|high|
xj_2020_tuopin|隆德县人力资源和社会保障局|隆德县人力资源和社会保障局|county|high|a neighbour
xj_2020_tuopin|海原县人力资源和社会保障局|海原县人力资源和社会保障局|county|high|a neighbour of 中卫市
xj_2020_tuopin|县财政局|西吉县财政局|county|high|
xj_2020_tuopin|吉强镇|西吉县吉强镇人民政府|township|high|
xj_2020_tuopin|将台堡镇|西吉县将台堡镇人民政府|township|high|
xj_2020_tuopin|县扶贫办|西吉县扶贫开发办公室|county|high|short
xj_2020_tuopin|县教育体育局|西吉县教育体育局|county|low|not checked; as printed
xj_2020_tuopin|固原市农业农村局|固原市农业农村局|prefectural|high|
lq_2021_wenlv|县文化和旅游局|禄劝彝族苗族自治县文化和旅游局|county|high|
lq_2021_wenlv|县林业和草原局|禄劝彝族苗族自治县林业和草原局|county|high|
lq_2021_wenlv|县自然资源局|禄劝彝族苗族自治县自然资源局|county|high|
lq_2021_wenlv|县民族宗教事务局|禄劝彝族苗族自治县民族宗教事务局|county|high|
lq_2021_wenlv|县文旅局|禄劝彝族苗族自治县文化和旅游局|county|high|short
lq_2021_wenlv|县住房和城乡建设局|禄劝彝族苗族自治县住房和城乡建设局|county|high|
lq_2021_wenlv|县交通运输局|禄劝彝族苗族自治县交通运输局|county|high|
lq_2021_wenlv|昆明市生态环境局禄劝分局|昆明市生态环境局禄劝分局|county|high|the city bureau's branch
lq_2021_wenlv|县发展和改革局|禄劝彝族苗族自治县发展和改革局|county|high|
lq_2021_wenlv|县农业农村局|禄劝彝族苗族自治县农业农村局|county|high|
lq_2021_wenlv|县乡村振兴局|禄劝彝族苗族自治县乡村振兴局|county|low|whether renamed by July 2021 not checked
lq_2021_wenlv|县市场监督管理局|禄劝彝族苗族自治县市场监督管理局|county|high|
lq_2021_wenlv|武定县文化和旅游局|武定县文化和旅游局|county|high|a neighbour of 楚雄州
lq_2021_wenlv|寻甸回族彝族自治县文化和旅游局|寻甸回族彝族自治县文化和旅游局|county|high|a neighbour
lq_2021_wenlv|县财政局|禄劝彝族苗族自治县财政局|county|high|
lq_2021_wenlv|屏山街道|禄劝彝族苗族自治县屏山街道办事处|township|high|
lq_2021_wenlv|转龙镇|禄劝彝族苗族自治县转龙镇人民政府|township|high|
lq_2021_wenlv|县市场监管局|禄劝彝族苗族自治县市场监督管理局|county|high|short
lq_2021_wenlv|县公安局|禄劝彝族苗族自治县公安局|county|high|
lq_2021_wenlv|昆明市文化和旅游局|昆明市文化和旅游局|prefectural|high|
xt_2025_zhizao|经开区经济发展局|湘潭经济技术开发区经济发展局|county|high|the zone's own body in its own plan
xt_2025_zhizao|经开区财政局|湘潭经济技术开发区财政局|county|high|the zone's own body
xt_2025_zhizao|经开区投资合作局|湘潭经济技术开发区投资合作局|county|high|the zone's own body
xt_2025_zhizao|湘潭市工业和信息化局|湘潭市工业和信息化局|prefectural|high|
xt_2025_zhizao|经开区规划建设局|湘潭经济技术开发区规划建设局|county|high|the zone's own body
xt_2025_zhizao|经开区企业服务中心|湘潭经济技术开发区企业服务中心|county|high|the zone's own body
xt_2025_zhizao|经开区党群工作部|湘潭经济技术开发区党群工作部|county|low|the zone's party office's formal name not checked
xt_2025_zhizao|湘潭市人力资源和社会保障局|湘潭市人力资源和社会保障局|prefectural|high|
xt_2025_zhizao|雨湖区人民政府|湘潭市雨湖区人民政府|county|high|a district printed without its city
xt_2025_zhizao|湘潭市自然资源和规划局雨湖分局|湘潭市自然资源和规划局雨湖分局|county|high|the city bureau's branch
xt_2025_zhizao|湘潭高新区管委会|湘潭高新技术产业开发区管理委员会|prefectural|high|a neighbouring zone
xt_2025_zhizao|湖南省工业和信息化厅|湖南省工业和信息化厅|provincial|high|
bz_2025_mianhua|州农业农村局|巴音郭楞蒙古自治州农业农村局|prefectural|high|
bz_2025_mianhua|州工业和信息化局|巴音郭楞蒙古自治州工业和信息化局|prefectural|high|
bz_2025_mianhua|州市场监督管理局|巴音郭楞蒙古自治州市场监督管理局|prefectural|high|
bz_2025_mianhua|库尔勒市人民政府|库尔勒市人民政府|county|high|
bz_2025_mianhua|州林业和草原局|巴音郭楞蒙古自治州林业和草原局|prefectural|high|
bz_2025_mianhua|焉耆回族自治县人民政府|焉耆回族自治县人民政府|county|high|
bz_2025_mianhua|若羌县人民政府|若羌县人民政府|county|high|
bz_2025_mianhua|州发展改革委|巴音郭楞蒙古自治州发展和改革委员会|prefectural|high|short
bz_2025_mianhua|第二师铁门关市发展改革委|新疆生产建设兵团第二师铁门关市发展和改革委员会|prefectural|high|a Corps division-city's body
bz_2025_mianhua|州文化体育广播电视和旅游局|巴音郭楞蒙古自治州文化体育广播电视和旅游局|prefectural|high|新疆's 文体广旅局
bz_2025_mianhua|新疆维吾尔自治区农业农村厅|新疆维吾尔自治区农业农村厅|provincial|high|
bz_2025_mianhua|州财政局|巴音郭楞蒙古自治州财政局|prefectural|high|
bz_2025_mianhua|州水利局|巴音郭楞蒙古自治州水利局|prefectural|high|
"""
