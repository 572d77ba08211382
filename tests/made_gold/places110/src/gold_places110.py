"""The hand-made answers for tests/made_gold/places110 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="bdh_2021_fengong",
         title="北大荒集团黑龙江八五二农场有限公司关于印发2021年黑土地保护利用任务分工方案的通知",
         number="八五二农场发〔2021〕6号", issuer="北大荒集团黑龙江八五二农场有限公司", date="2021-03-18",
         tasks=[
             ("二/一", "（一）推进秸秆全量", L("农场农业发展部") + S("农场财务部", "综合办公室")),
             ("二/二", "（二）开展耕地质量", L("宝清县农业农村局") + S("农场农业发展部")),
             ("二/三", "（三）加强黑土地", L("县自然资源局") + S("农场社会事务部", "双鸭山市生态环境局")),
             ("二/四", "（四）争取上级项目", L("集团公司农业发展部") + S("红兴隆分公司", "省农业农村厅")),
             ("三", "农场财务部要足额", R("农场财务部"), P),
             ("三", "请宝清县人民政府", G("宝清县人民政府"), P),
         ],
         targets=[("一", "农场黑土地保护利用面积", 30, "万亩", 2021)],
         citations=[]),
    dict(stem="dhl_2016_guanhu",
         title="黑龙江省大海林林业局关于印发2016年森林资源管护工作方案的通知",
         number="大林发〔2016〕12号", issuer="黑龙江省大海林林业局", date="2016-04-06",
         tasks=[
             ("二/一", "（一）落实森林管护", L("局资源管理科") + R("各林场")),
             ("二/二", "（二）加强森林防火", R("局森林防火办") + S("营林科", "计划财务科")),
             ("二/三", "（三）严厉打击毁林", L("大海林林业公安局") + S("海林市国土资源局")),
             ("二/四", "（四）推进林区棚户", R("海林市人民政府") + G("省森工总局")),
             ("二/五", "（五）争取国有林区", L("局计划财务科") + S("牡丹江市林业局", "省林业厅")),
             ("三", "局资源管理科要会同", L("局资源管理科") + S("营林科"), P),
             ("三", "请省林业厅对森林", G("省林业厅"), P),
         ],
         targets=[("一", "全局森林覆盖率", 94, "%", 2016)],
         citations=[]),
    dict(stem="ss_2020_yaodian",
         title="三沙市人民政府办公室关于印发2020年海洋生态环境保护工作要点的通知",
         number="三府办〔2020〕8号", issuer="三沙市人民政府办公室", date="2020-04-10",
         tasks=[
             ("二", "推进岛礁生态修复", L("市生态环境局") + R("市自然资源和规划局", "市综合行政执法局"), T),
             ("二", "加强渔业资源养护", L("省农业农村厅") + R("市农业农村局", "西沙区人民政府"), T),
             ("二", "开展海上垃圾清理", L("市综合行政执法局") + R("南沙区人民政府"), T),
             ("二", "完善生态环境监测", L("省生态环境厅") + R("市生态环境局", "市发展改革委"), T),
             ("二", "争取中央项目资金", L("市财政局", "发展改革委") + R("三沙市生态环境局"), T),
             ("三", "市财政局要统筹", R("市财政局"), P),
             ("三", "各区人民政府要落实", R("各区人民政府"), P),
         ],
         targets=[("一", "全市近岸海域水质优良比例", 100, "%", 2020)],
         citations=[]),
    dict(stem="hc_2015_zhengzhi",
         title="厦门市海沧区人民政府办公室关于印发海沧区2015年农村环境综合整治实施方案的通知",
         number="厦海政办〔2015〕27号", issuer="厦门市海沧区人民政府办公室", date="2015-05-08",
         tasks=[
             ("二/一", "（一）开展农村生活",
              L("市环保局海沧分局") + S("区建设与管理局", "东孚镇人民政府")),
             ("二/二", "（二）推进畜禽养殖", R("区农林水利局") + S("区卫计局")),
             ("二/三", "（三）实施村庄绿化", L("区建设与管理局") + S("市市政园林局")),
             ("二/四", "（四）保障整治工作", R("厦门市海沧区财政局")),
             ("二/五", "（五）落实生活垃圾",
              R("新阳街道办事处", "东孚镇人民政府") + G("省环保厅")),
             ("三", "区财政局要将整治", R("区财政局"), P),
             ("三", "请省环境保护厅对", G("省环境保护厅"), P),
         ],
         targets=[("一", "全区农村生活污水处理率", 80, "%", 2015)],
         citations=[]),
]

DEPTS = """
bdh_2021_fengong|农场农业发展部|北大荒集团黑龙江八五二农场有限公司农业发展部|county/enterprise|high|the issuer's own department, with the farm company's full name
bdh_2021_fengong|农场财务部|北大荒集团黑龙江八五二农场有限公司财务部|county/enterprise|high|the issuer's own department
bdh_2021_fengong|综合办公室|北大荒集团黑龙江八五二农场有限公司综合办公室|county/enterprise|low|elided second name after 农场财务部: the farm's; its exact name not checked
bdh_2021_fengong|宝清县农业农村局|宝清县农业农村局|county|high|the county the farm lies in (双鸭山市), after the 2019 reform
bdh_2021_fengong|县自然资源局|宝清县自然资源局|county|high|县 of the farm's plan is the county the farm lies in
bdh_2021_fengong|农场社会事务部|北大荒集团黑龙江八五二农场有限公司社会事务部|county/enterprise|low|the issuer's own; its exact name not checked
bdh_2021_fengong|双鸭山市生态环境局|双鸭山市生态环境局|prefectural|high|
bdh_2021_fengong|集团公司农业发展部|北大荒农垦集团有限公司农业发展部|provincial/enterprise|low|the group's department; its exact name not checked
bdh_2021_fengong|红兴隆分公司|北大荒农垦集团有限公司红兴隆分公司|prefectural/enterprise|high|the group's branch over the farm (the former 红兴隆管理局)
bdh_2021_fengong|省农业农村厅|黑龙江省农业农村厅|provincial|high|
bdh_2021_fengong|宝清县人民政府|宝清县人民政府|county|high|
dhl_2016_guanhu|局资源管理科|黑龙江省大海林林业局资源管理科|county|low|the issuer's own section (局 is the issuer); its exact name not checked
dhl_2016_guanhu|局森林防火办|黑龙江省大海林林业局森林防火办公室|county|low|the issuer's own office
dhl_2016_guanhu|营林科|黑龙江省大海林林业局营林科|county|low|elided after 局森林防火办: the issuer's section
dhl_2016_guanhu|计划财务科|黑龙江省大海林林业局计划财务科|county|low|elided: the issuer's section; one node with 局计划财务科
dhl_2016_guanhu|大海林林业公安局|大海林林业公安局|county|low|the forest police bureau of the forestry bureau, as printed; its registered name not checked
dhl_2016_guanhu|海林市国土资源局|海林市国土资源局|county|high|the county-level city the bureau lies in (牡丹江市), before the 2019 reform
dhl_2016_guanhu|海林市人民政府|海林市人民政府|county|high|
dhl_2016_guanhu|省森工总局|黑龙江省森林工业总局|provincial|high|the issuer's parent before the 2018 reform
dhl_2016_guanhu|局计划财务科|黑龙江省大海林林业局计划财务科|county|low|the issuer's own section
dhl_2016_guanhu|牡丹江市林业局|牡丹江市林业局|prefectural|high|before the 2019 reform
dhl_2016_guanhu|省林业厅|黑龙江省林业厅|provincial|high|before the 2018 reform
ss_2020_yaodian|市生态环境局|三沙市生态环境局|prefectural|high|one node with the full form below
ss_2020_yaodian|市自然资源和规划局|三沙市自然资源和规划局|prefectural|high|as printed, with its city
ss_2020_yaodian|市综合行政执法局|三沙市综合行政执法局|prefectural|high|as printed, with its city
ss_2020_yaodian|省农业农村厅|海南省农业农村厅|provincial|high|
ss_2020_yaodian|市农业农村局|三沙市农业农村局|prefectural|high|
ss_2020_yaodian|西沙区人民政府|三沙市西沙区人民政府|county|high|a district, with its city
ss_2020_yaodian|南沙区人民政府|三沙市南沙区人民政府|county|high|a district, with its city (not 广州市南沙区)
ss_2020_yaodian|省生态环境厅|海南省生态环境厅|provincial|high|after the 2018 reform
ss_2020_yaodian|市发展改革委|三沙市发展和改革委员会|prefectural|high|
ss_2020_yaodian|市财政局|三沙市财政局|prefectural|high|
ss_2020_yaodian|发展改革委|三沙市发展和改革委员会|prefectural|high|elided after 市财政局: one node with 市发展改革委
ss_2020_yaodian|三沙市生态环境局|三沙市生态环境局|prefectural|high|
hc_2015_zhengzhi|市环保局海沧分局|厦门市环境保护局海沧分局|county|high|the city bureau's branch in the district (厦门's districts had no 环保局 of their own)
hc_2015_zhengzhi|区建设与管理局|厦门市海沧区建设与管理局|county|high|a district's bureau, with its city
hc_2015_zhengzhi|东孚镇人民政府|厦门市海沧区东孚镇人民政府|township|high|a town of the district
hc_2015_zhengzhi|区农林水利局|厦门市海沧区农林水利局|county|low|its exact 2015 name not checked
hc_2015_zhengzhi|区卫计局|厦门市海沧区卫生和计划生育局|county|high|short; before the 2018 reform
hc_2015_zhengzhi|市市政园林局|厦门市市政园林局|prefectural|high|厦门's own name
hc_2015_zhengzhi|厦门市海沧区财政局|厦门市海沧区财政局|county|high|one node with 区财政局
hc_2015_zhengzhi|新阳街道办事处|厦门市海沧区新阳街道办事处|township|high|a street office of the district
hc_2015_zhengzhi|省环保厅|福建省环境保护厅|provincial|high|before the 2018 reform
hc_2015_zhengzhi|区财政局|厦门市海沧区财政局|county|high|
hc_2015_zhengzhi|省环境保护厅|福建省环境保护厅|provincial|high|one node with 省环保厅
"""
