"""The hand-made answers for tests/made_gold/places104 (written 2026-12-06 from places, levels, eras, genres and forms
drawn at random by ./draw.py, seed 20261304, see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, a  # type: ignore[import-not-found]

DOCS = [
    dict(stem="gc_2022_renju",
         title="岚皋县城关镇人民政府关于印发城关镇2022年农村人居环境整治提升工作方案的通知",
         number="城政发〔2022〕8号", issuer="岚皋县城关镇人民政府", date="2022-03-10",
         tasks=[
             ("二/一", "（一）镇农业综合服务站要会同", L("镇农业综合服务站") + S("镇村镇建设办公室"), P),
             ("二/二", "（二）由镇综合执法办牵头", L("镇综合执法办") + S("县住房和城乡建设局"), P),
             ("二/三", "（三）镇社会事务办公室要", R("镇社会事务办公室"), P),
             ("二/四", "（四）蔺河镇人民政府要", R("蔺河镇人民政府"), P),
             ("三", "请县农业农村局", G("县农业农村局", "县卫健局"), P),
             ("三", "请安康市生态环境局岚皋分局", R("安康市生态环境局岚皋分局"), P),
             ("三", "各村（社区）要落实", R("各村（社区）"), P),
         ],
         targets=[("一", "农村卫生厕所普及率", 85, "%", 2022)],
         citations=[]),
    dict(stem="bk_2021_wenlv",
         title="拉萨市城关区八廓街道办事处关于印发八廓街文化旅游环境提升任务分工方案的通知",
         number="八街办发〔2021〕6号", issuer="拉萨市城关区八廓街道办事处", date="2021-04-12",
         tasks=[
             ("二/一", "（一）规范商铺", L("区市场监管局") + S("街道党政综合办公室", "冲赛康社区居委会")),
             ("二/二", "（二）加强文物", L("市文物局") + S("区文化和旅游局")),
             ("二/三", "（三）做好消防", L("区应急管理局") + S("区消防救援大队")),
             ("二/四", "（四）提升游客", L("区发改委") + R("街道社会事务办公室", "区民政局")),
             ("三", "区财政局要保障", R("区财政局"), P),
             ("三", "各社区居委会要落实", R("各社区居委会"), P),
         ],
         targets=[("一", "游客满意度", 95, "%", 2021)],
         citations=[]),
    dict(stem="lz_2015_anquan",
         title="六枝特区人民政府办公室关于印发六枝特区煤矿安全生产专项整治方案的通知",
         number="六特府办发〔2015〕31号", issuer="六枝特区人民政府办公室", date="2015-06-08",
         tasks=[
             ("二/一", "（一）开展煤矿", L("特区安监局") + S("特区能源局")),
             ("二/二", "（二）打击非法", L("特区国土资源局") + S("特区公安局", "郎岱镇人民政府")),
             ("二/三", "（三）整治矿区", L("特区食药监局") + S("特区工商局")),
             ("二/四", "（四）加强矿区", R("特区交通运输局")),
             ("二/五", "（五）推进煤矿", L("特区国土资源局") + S("水城县国土资源局") + G("六盘水市国土资源局")),
             ("三", "特区财政局要保障", R("特区财政局"), P),
             ("三", "请六盘水市安监局", G("六盘水市安监局"), P),
             ("三", "各乡（镇）人民政府要落实", R("各乡（镇）人民政府"), P),
         ],
         targets=[("一", "煤矿重大隐患整改率", 100, "%", 2015)],
         citations=[]),
    dict(stem="da_2023_lianfang",
         title="大安市人民政府 镇赉县人民政府关于印发嫩江大安镇赉段水生态联防联控工作方案的通知",
         number="大政联发〔2023〕1号", issuer="大安市人民政府、镇赉县人民政府", date="2023-05-22",
         tasks=[
             ("二/一", "（一）大安市水利局、", R("大安市水利局", "镇赉县水利局"), P),
             ("二/二", "（二）由市生态环境分局牵头", L("市生态环境分局") + S("县生态环境分局"), P),
             ("二/三", "（三）市农业农村局、", R("市农业农村局", "县农业农村局"), P),
             ("二/四", "（四）大安市发展改革局要", L("大安市发展改革局") + S("镇赉县发展改革局"), P),
             ("三", "请白城市生态环境局", G("白城市生态环境局"), P),
             ("三", "两市县财政部门要", [a("两市县财政部门", "responsible", True)], P),
         ],
         targets=[("一", "嫩江大安镇赉段国控断面水质优良比例", 100, "%", 2023)],
         citations=[]),
]

DEPTS = """
gc_2022_renju|镇农业综合服务站|岚皋县城关镇农业综合服务站|township|low|a town's own station, with its county and town (城关镇 is a name of many towns); its exact name not checked
gc_2022_renju|镇村镇建设办公室|岚皋县城关镇村镇建设办公室|township|low|as printed with its county and town
gc_2022_renju|镇综合执法办|岚皋县城关镇综合行政执法办公室|township|low|short; its exact name not checked
gc_2022_renju|县住房和城乡建设局|岚皋县住房和城乡建设局|county|high|the town's county
gc_2022_renju|镇社会事务办公室|岚皋县城关镇社会事务办公室|township|low|as printed with its county and town
gc_2022_renju|蔺河镇人民政府|岚皋县蔺河镇人民政府|township|high|another town of the same county
gc_2022_renju|县农业农村局|岚皋县农业农村局|county|high|after the 2019 county reform
gc_2022_renju|县卫健局|岚皋县卫生健康局|county|high|short
gc_2022_renju|安康市生态环境局岚皋分局|安康市生态环境局岚皋分局|county|high|after the 2019 reform a county's ecology bureau is the city bureau's branch
bk_2021_wenlv|区市场监管局|拉萨市城关区市场监督管理局|county|high|拉萨's 城关区, not 兰州's
bk_2021_wenlv|街道党政综合办公室|拉萨市城关区八廓街道党政综合办公室|township|low|the street office's own office, with its district and street
bk_2021_wenlv|冲赛康社区居委会|拉萨市城关区八廓街道冲赛康社区居民委员会|township|low|a community of the street; its exact name not checked
bk_2021_wenlv|市文物局|拉萨市文物局|prefectural|low|whether 拉萨 kept a separate 文物局 in 2021 not checked; as printed with its city
bk_2021_wenlv|区文化和旅游局|拉萨市城关区文化和旅游局|county|high|
bk_2021_wenlv|区应急管理局|拉萨市城关区应急管理局|county|high|after the 2019 reform
bk_2021_wenlv|区消防救援大队|拉萨市城关区消防救援大队|county|low|as printed with its district
bk_2021_wenlv|区发改委|拉萨市城关区发展和改革委员会|county|high|short
bk_2021_wenlv|街道社会事务办公室|拉萨市城关区八廓街道社会事务办公室|township|low|as printed with its district and street
bk_2021_wenlv|区民政局|拉萨市城关区民政局|county|high|
bk_2021_wenlv|区财政局|拉萨市城关区财政局|county|high|
lz_2015_anquan|特区安监局|六枝特区安全生产监督管理局|county|high|short; before the 2018 reform
lz_2015_anquan|特区能源局|六枝特区能源局|county|low|as printed with its place
lz_2015_anquan|特区国土资源局|六枝特区国土资源局|county|high|before the 2018 reform
lz_2015_anquan|特区公安局|六枝特区公安局|county|high|
lz_2015_anquan|郎岱镇人民政府|六枝特区郎岱镇人民政府|township|high|a town of the 特区
lz_2015_anquan|特区食药监局|六枝特区食品药品监督管理局|county|high|short; before the 2018 reform
lz_2015_anquan|特区工商局|六枝特区工商行政管理局|county|high|short; before the 2018 reform
lz_2015_anquan|特区交通运输局|六枝特区交通运输局|county|high|
lz_2015_anquan|水城县国土资源局|水城县国土资源局|county|high|a county in 2015 (水城区 since 2020)
lz_2015_anquan|六盘水市国土资源局|六盘水市国土资源局|prefectural|high|the superior city
lz_2015_anquan|特区财政局|六枝特区财政局|county|high|
lz_2015_anquan|六盘水市安监局|六盘水市安全生产监督管理局|prefectural|high|short; before the 2018 reform
da_2023_lianfang|大安市水利局|大安市水利局|county|high|白城市's county-level city, not 自贡市大安区
da_2023_lianfang|镇赉县水利局|镇赉县水利局|county|high|the joint notice's other place
da_2023_lianfang|市生态环境分局|白城市生态环境局大安市分局|county|low|in a notice of 大安市 and 镇赉县 市 is 大安市; a county's ecology bureau is the city bureau's branch; its exact name not checked
da_2023_lianfang|县生态环境分局|白城市生态环境局镇赉县分局|county|low|县 is 镇赉县; as above
da_2023_lianfang|市农业农村局|大安市农业农村局|county|high|市 of a notice of 大安市 and 镇赉县
da_2023_lianfang|县农业农村局|镇赉县农业农村局|county|high|县 of the same notice
da_2023_lianfang|大安市发展改革局|大安市发展和改革局|county|high|short
da_2023_lianfang|镇赉县发展改革局|镇赉县发展和改革局|county|high|short
da_2023_lianfang|白城市生态环境局|白城市生态环境局|prefectural|high|the superior city
"""
