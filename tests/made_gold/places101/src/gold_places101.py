"""The hand-made answers for tests/made_gold/places101 (written 2026-12-05 from places, levels, eras, genres and forms
drawn at random by src/draw.py, seed 20261301, see ../README.md; written out by ../places/src/make_gold.py and
../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S  # type: ignore[import-not-found]

DOCS = [
    dict(stem="yn_2023_zijianfang",
         title="南宁市邕宁区人民政府办公室关于印发邕宁区城乡自建房安全专项整治方案的通知",
         number="邕宁政办发〔2023〕12号", issuer="南宁市邕宁区人民政府办公室", date="2023-06-20",
         tasks=[
             ("二/一", "（一）开展自建房安全", L("区住建局") + S("区自然资源局", "区应急管理局")),
             ("二/二", "（二）整治经营性", L("区市场监管局") + S("区消防救援大队", "区公安分局")),
             ("二/三", "（三）建设自建房", R("区大数据中心")),
             ("二/四", "（四）落实属地排查", R("蒲庙镇人民政府", "新江镇人民政府")),
             ("二/五", "（五）加强农村建房", L("区住房城乡建设局") + S("区农业农村局")),
             ("二/六", "（六）发动网格员", L("区委社会工作部") + S("区民政局")),
             ("三", "区财政局要保障", R("区财政局"), P),
             ("三", "由区应急管理局牵头", L("区应急管理局") + S("江南区应急管理局"), P),
             ("三", "请南宁市住房和城乡建设局", G("南宁市住房和城乡建设局"), P),
             ("三", "各镇人民政府要落实", R("各镇人民政府"), P),
         ],
         targets=[("一", "经营性自建房安全隐患整治完成率", 100, "%", 2023)],
         citations=[]),
    dict(stem="hn_2023_gengdi",
         title="湖南省人民政府办公厅关于印发湖南省耕地保护和土地节约集约利用实施方案的通知",
         number="湘政办发〔2023〕18号", issuer="湖南省人民政府办公厅", date="2023-05-10",
         tasks=[
             ("二/一", "（一）省自然资源厅要会同", L("省自然资源厅") + S("省农业农村厅"), P),
             ("二/二", "（二）由省发展改革委牵头", L("省发展改革委") + S("省自然资源厅"), P),
             ("二/三", "（三）省地方金融监管局", R("省地方金融监管局"), P),
             ("二/四", "（四）省财政厅、省林业局", R("省财政厅", "省林业局"), P),
             ("二/五", "（五）长沙市人民政府", R("长沙市人民政府"), P),
             ("三", "请自然资源部、农业农村部", G("自然资源部", "农业农村部"), P),
             ("三", "各市州人民政府要落实", R("各市州人民政府"), P),
         ],
         targets=[("一", "耕地保有量", 5400, "万亩", 2025)],
         citations=[]),
    dict(stem="hz_2021_lvyou",
         title="黄山市徽州区人民政府办公室关于印发徽州区促进全域旅游高质量发展实施方案的通知",
         number="徽政办〔2021〕9号", issuer="黄山市徽州区人民政府办公室", date="2021-04-12",
         tasks=[
             ("二/一", "（一）区文旅局要会同", L("区文旅局") + S("区住建局"), P),
             ("二/二", "（二）由区发展改革委牵头", L("区发展改革委") + S("区财政局"), P),
             ("二/三", "（三）区市场监管局要", R("区市场监管局"), P),
             ("二/四", "（四）由区交通运输局牵头", L("区交通运输局") + S("屯溪区交通运输局"), P),
             ("三", "区财政局要统筹", R("区财政局"), P),
             ("三", "请市发展改革委", G("市发展改革委"), P),
             ("三", "各镇人民政府要落实", R("各镇人民政府"), P),
         ],
         targets=[("一", "年接待游客", 1200, "万人次", 2023)],
         citations=[]),
    dict(stem="zj_2024_shuzi",
         title="浙江省人民政府办公厅关于印发浙江省推进数字经济高质量发展重点任务分工方案的通知",
         number="浙政办发〔2024〕21号", issuer="浙江省人民政府办公厅", date="2024-05-28",
         tasks=[
             ("二/一", "（一）推进公共数据", L("省数据局") + S("省发展改革委", "省财政厅")),
             ("二/二", "（二）实施制造业", L("省经信厅") + S("工业和信息化部", "省科技厅")),
             ("二/三", "（三）加强数字经济领域金融", L("省地方金融管理局") + S("国家金融监督管理总局浙江监管局", "中国人民银行浙江省分行")),
             ("二/四", "（四）强化数字经济", L("省市场监管局") + S("浙江省发展和改革委员会")),
             ("二/五", "（五）培育数字社会", L("省委社会工作部") + S("省人力社保厅")),
             ("二/六", "（六）推进数字基础", L("省发改委") + S("省通信管理局")),
             ("三", "省财政厅要加大", R("省财政厅"), P),
             ("三", "请国家数据局", G("国家数据局"), P),
             ("三", "各设区市人民政府要", R("各设区市人民政府"), P),
         ],
         targets=[("一", "数字经济核心产业增加值占地区生产总值比重", 15, "%", 2025)],
         citations=[]),
    dict(stem="ml_2013_kafei",
         title="孟连傣族拉祜族佤族自治县人民政府办公室关于印发孟连县咖啡产业发展三年行动计划（2013—2015年）的通知",
         number="孟政办发〔2013〕28号", issuer="孟连傣族拉祜族佤族自治县人民政府办公室", date="2013-07-15",
         tasks=[
             ("二/一", "（一）建设咖啡", L("县农业局") + S("县林业局", "县国土资源局")),
             ("二/二", "（二）推进咖啡", L("县发改局") + S("县工商局", "县质监局")),
             ("二/三", "（三）加强咖啡", L("县人力资源社会保障局") + S("县科技局")),
             ("二/四", "（四）拓宽咖啡", L("县商务局") + S("普洱市商务局", "澜沧县商务局")),
             ("二/五", "（五）落实咖啡", R("县财政局")),
             ("三", "县财政局要统筹", R("县财政局"), P),
             ("三", "请云南省农业厅", G("云南省农业厅"), P),
             ("三", "各乡（镇）人民政府要", R("各乡（镇）人民政府"), P),
         ],
         targets=[("一", "咖啡种植面积", 10, "万亩", 2015)],
         citations=[]),
]

DEPTS = """
yn_2023_zijianfang|区住建局|南宁市邕宁区住房和城乡建设局|county|high|short; a district with its city
yn_2023_zijianfang|区自然资源局|南宁市邕宁区自然资源局|county|low|whether the district's bureau adds 和规划 not checked
yn_2023_zijianfang|区应急管理局|南宁市邕宁区应急管理局|county|high|
yn_2023_zijianfang|区市场监管局|南宁市邕宁区市场监督管理局|county|high|short
yn_2023_zijianfang|区消防救援大队|南宁市邕宁区消防救援大队|county|low|the fire brigade of the district; its exact name not checked
yn_2023_zijianfang|区公安分局|南宁市公安局邕宁分局|county|high|a district's police is the city bureau's branch
yn_2023_zijianfang|区大数据中心|南宁市邕宁区大数据中心|county|low|the district's data centre; its full name not checked; as printed with its place
yn_2023_zijianfang|蒲庙镇人民政府|南宁市邕宁区蒲庙镇人民政府|township|high|the district's seat
yn_2023_zijianfang|新江镇人民政府|南宁市邕宁区新江镇人民政府|township|low|a town of the district as we recall it
yn_2023_zijianfang|区住房城乡建设局|南宁市邕宁区住房和城乡建设局|county|high|the same body as 区住建局
yn_2023_zijianfang|区农业农村局|南宁市邕宁区农业农村局|county|high|
yn_2023_zijianfang|区委社会工作部|中共南宁市邕宁区委员会社会工作部|county/party|low|2023 reform: the district party committee's 社会工作部 (set up late 2023 or 2024)
yn_2023_zijianfang|区民政局|南宁市邕宁区民政局|county|high|
yn_2023_zijianfang|区财政局|南宁市邕宁区财政局|county|high|
yn_2023_zijianfang|江南区应急管理局|南宁市江南区应急管理局|county|high|a district of the same city printed without its city
yn_2023_zijianfang|南宁市住房和城乡建设局|南宁市住房和城乡建设局|prefectural|high|
hn_2023_gengdi|省自然资源厅|湖南省自然资源厅|provincial|high|after the 2018 reform
hn_2023_gengdi|省农业农村厅|湖南省农业农村厅|provincial|high|
hn_2023_gengdi|省发展改革委|湖南省发展和改革委员会|provincial|high|short
hn_2023_gengdi|省地方金融监管局|湖南省地方金融监督管理局|provincial|high|before the 2024 renaming to 地方金融管理局
hn_2023_gengdi|省财政厅|湖南省财政厅|provincial|high|
hn_2023_gengdi|省林业局|湖南省林业局|provincial|high|
hn_2023_gengdi|长沙市人民政府|长沙市人民政府|prefectural|high|
hn_2023_gengdi|自然资源部|自然资源部|central|high|a ministry with the province's bodies
hn_2023_gengdi|农业农村部|农业农村部|central|high|
hz_2021_lvyou|区文旅局|黄山市徽州区文化和旅游局|county|low|whether the district's body is 文化和旅游局 or 文化旅游体育局 not checked
hz_2021_lvyou|区住建局|黄山市徽州区住房和城乡建设局|county|high|short
hz_2021_lvyou|区发展改革委|黄山市徽州区发展和改革委员会|county|high|Anhui's districts keep 发展和改革委员会
hz_2021_lvyou|区财政局|黄山市徽州区财政局|county|high|
hz_2021_lvyou|区市场监管局|黄山市徽州区市场监督管理局|county|high|short
hz_2021_lvyou|区交通运输局|黄山市徽州区交通运输局|county|high|
hz_2021_lvyou|屯溪区交通运输局|黄山市屯溪区交通运输局|county|high|a district of the same city printed without its city
hz_2021_lvyou|市发展改革委|黄山市发展和改革委员会|prefectural|high|the district's city; not 宁波市's (places103)
zj_2024_shuzi|省数据局|浙江省数据局|provincial|high|2024 reform: the 大数据发展管理局 became 数据局
zj_2024_shuzi|省发展改革委|浙江省发展和改革委员会|provincial|high|one body printed three ways in this document
zj_2024_shuzi|省财政厅|浙江省财政厅|provincial|high|
zj_2024_shuzi|省经信厅|浙江省经济和信息化厅|provincial|high|short
zj_2024_shuzi|工业和信息化部|工业和信息化部|central|high|a ministry among the province's bodies
zj_2024_shuzi|省科技厅|浙江省科学技术厅|provincial|high|short
zj_2024_shuzi|省地方金融管理局|浙江省地方金融管理局|provincial|low|2024 reform: the nameplate of the party committee's 金融办; as printed
zj_2024_shuzi|国家金融监督管理总局浙江监管局|国家金融监督管理总局浙江监管局|provincial/regulator_local_office|high|2023 reform
zj_2024_shuzi|中国人民银行浙江省分行|中国人民银行浙江省分行|provincial/regulator_local_office|high|2023 reform of the central bank's branches
zj_2024_shuzi|省市场监管局|浙江省市场监督管理局|provincial|high|short
zj_2024_shuzi|浙江省发展和改革委员会|浙江省发展和改革委员会|provincial|high|in full
zj_2024_shuzi|省委社会工作部|中共浙江省委社会工作部|provincial/party|high|2023 reform
zj_2024_shuzi|省人力社保厅|浙江省人力资源和社会保障厅|provincial|high|short
zj_2024_shuzi|省发改委|浙江省发展和改革委员会|provincial|high|short
zj_2024_shuzi|省通信管理局|浙江省通信管理局|provincial/regulator_local_office|high|under 工业和信息化部
zj_2024_shuzi|国家数据局|国家数据局|central|high|2023 reform
ml_2013_kafei|县农业局|孟连傣族拉祜族佤族自治县农业局|county|high|an 自治县 by its full name
ml_2013_kafei|县林业局|孟连傣族拉祜族佤族自治县林业局|county|high|
ml_2013_kafei|县国土资源局|孟连傣族拉祜族佤族自治县国土资源局|county|high|before the 2019 reform
ml_2013_kafei|县发改局|孟连傣族拉祜族佤族自治县发展和改革局|county|high|short
ml_2013_kafei|县工商局|孟连傣族拉祜族佤族自治县工商行政管理局|county|high|short; before 2019
ml_2013_kafei|县质监局|孟连傣族拉祜族佤族自治县质量技术监督局|county|high|short; before 2019
ml_2013_kafei|县人力资源社会保障局|孟连傣族拉祜族佤族自治县人力资源和社会保障局|county|high|
ml_2013_kafei|县科技局|孟连傣族拉祜族佤族自治县科学技术局|county|high|short
ml_2013_kafei|县商务局|孟连傣族拉祜族佤族自治县商务局|county|low|whether the county had a 商务局 of its own in 2013 not checked
ml_2013_kafei|普洱市商务局|普洱市商务局|prefectural|high|the superior city
ml_2013_kafei|澜沧县商务局|澜沧拉祜族自治县商务局|county|high|a neighbouring 自治县 printed short
ml_2013_kafei|县财政局|孟连傣族拉祜族佤族自治县财政局|county|high|
ml_2013_kafei|云南省农业厅|云南省农业厅|provincial|high|before the 2018 reform
"""
