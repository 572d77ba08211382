"""The hand-made answers for tests/made_gold/places112 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="kq_2017_daqi",
         title="阳泉市矿区人民政府办公室关于印发矿区2017年大气污染防治工作方案的通知",
         number="矿政办发〔2017〕23号", issuer="阳泉市矿区人民政府办公室", date="2017-03-15",
         tasks=[
             ("二/一", "（一）推进城中村", L("区发改局") + R("各街道办事处")),
             ("二/二", "（二）加强建筑工地", R("区住建局") + S("区环保局")),
             ("二/三", "（三）推动企业燃煤", R("阳煤集团") + G("市环保局")),
             ("二/四", "（四）开展机动车", L("区环保局") + S("区公安分局")),
             ("二/五", "（五）保障大气治理", R("区财政局") + S("平潭街街道办事处")),
             ("三", "区环保局要会同", L("区环保局") + S("区发改局"), P),
             ("三", "请市环保局对大气", G("市环保局"), P),
         ],
         targets=[("一", "全区空气质量优良天数比例", 60, "%", 2017)],
         citations=[]),
    dict(stem="snj_2020_xiufu",
         title="神农架林区人民政府办公室关于印发2020年生态保护修复工作任务分工的通知",
         number="神政办发〔2020〕12号", issuer="神农架林区人民政府办公室", date="2020-04-22",
         tasks=[
             ("二/一", "（一）推进大九湖",
              L("神农架国家公园管理局") + S("林区自然资源和规划局", "大九湖镇人民政府")),
             ("二/二", "（二）开展废弃矿山",
              L("林区自然资源和规划局") + S("林区生态环境局", "松柏镇人民政府")),
             ("二/三", "（三）加强生态保护", L("林区财政局") + S("林区发改局")),
             ("二/四", "（四）争取国家生态", L("林区发改局") + S("省发展改革委", "省林业局")),
             ("三", "林区生态环境局要加强", R("林区生态环境局"), P),
             ("三", "请省林业局对林区", G("省林业局"), P),
         ],
         targets=[("一", "全区森林覆盖率", 91, "%", 2020)],
         citations=[]),
    dict(stem="qy_2021_nongtian",
         title="岳阳市屈原管理区管理委员会办公室关于印发2021年高标准农田建设工作要点的通知",
         number="屈管办发〔2021〕5号", issuer="岳阳市屈原管理区管理委员会办公室", date="2021-03-02",
         tasks=[
             ("二", "推进高标准农田项目建设", L("区农业农村局") + R("区财政局", "营田镇人民政府"), T),
             ("二", "开展农田水利设施配套", L("区水利局") + R("河市镇人民政府"), T),
             ("二", "加强项目资金监管", L("区财政局") + R("区审计局"), T),
             ("二", "落实耕地质量提升", L("市农业农村局") + R("区农业农村局", "凤凰乡人民政府"), T),
             ("三", "区农业农村局要会同", L("区农业农村局") + S("各镇（乡）人民政府"), P),
             ("三", "请省农业农村厅对", G("省农业农村厅"), P),
         ],
         targets=[("一", "全区新建高标准农田", 2.5, "万亩", 2021)],
         citations=[]),
    dict(stem="nx_2018_datonghu",
         title="南县人民政府 益阳市大通湖区管理委员会关于印发大通湖水环境联合治理实施方案的通知",
         number="南政发〔2018〕14号", issuer="南县人民政府、益阳市大通湖区管理委员会", date="2018-06-05",
         tasks=[
             ("二/一", "（一）清理大通湖", L("区农业局") + S("县畜牧水产局")),
             ("二/二", "（二）治理入湖河渠", R("县水利局", "区水利局")),
             ("二/三", "（三）推进畜禽养殖", L("县环保局") + S("区环保局")),
             ("二/四", "（四）开展联合执法", G("市环保局") + R("县环保局", "区环保局")),
             ("三", "县财政局、区财政局要", R("县财政局", "区财政局"), P),
             ("三", "请益阳市人民政府对", G("益阳市人民政府"), P),
         ],
         targets=[("一", "大通湖周边畜禽规模养殖场粪污处理设施配套率", 90, "%", 2018)],
         citations=[]),
    dict(stem="jx_2021_mianhe",
         title="井陉县人民政府 石家庄市井陉矿区人民政府关于印发绵河流域生态环境联防联治工作方案的通知",
         number="井政字〔2021〕31号", issuer="井陉县人民政府、石家庄市井陉矿区人民政府", date="2021-05-18",
         tasks=[
             ("二/一", "（一）开展绵河沿岸",
              L("市生态环境局井陉县分局", "市生态环境局井陉矿区分局") + S("县水利局", "区农业农村局")),
             ("二/二", "（二）推进沿河垃圾", L("县住房和城乡建设局") + S("贾庄镇人民政府")),
             ("二/三", "（三）加强尾矿库", L("县应急管理局", "区应急管理局") + S("市应急管理局")),
             ("二/四", "（四）落实联防联治", L("县财政局") + S("区财政局")),
             ("三", "县水利局要会同", L("县水利局") + S("区农业农村局"), P),
             ("三", "请石家庄市生态环境局", G("石家庄市生态环境局"), P),
         ],
         targets=[("一", "绵河出境断面水质达标率", 100, "%", 2021)],
         citations=[]),
]

DEPTS = """
kq_2017_daqi|区发改局|阳泉市矿区发展和改革局|county|high|a district's body, with its city (矿区 is 阳泉's district)
kq_2017_daqi|区住建局|阳泉市矿区住房和城乡建设局|county|low|its exact 2017 name not checked
kq_2017_daqi|区环保局|阳泉市矿区环境保护局|county|high|before the 2019 reform
kq_2017_daqi|阳煤集团|阳泉煤业（集团）有限责任公司|provincial/enterprise|high|the registered name of the coal group
kq_2017_daqi|市环保局|阳泉市环境保护局|prefectural|high|before the 2019 reform
kq_2017_daqi|区公安分局|阳泉市公安局矿区分局|county|high|a district's police is its city bureau's branch
kq_2017_daqi|区财政局|阳泉市矿区财政局|county|high|
kq_2017_daqi|平潭街街道办事处|阳泉市矿区平潭街街道办事处|township|high|a street office of the district
snj_2020_xiufu|神农架国家公园管理局|神农架国家公园管理局|provincial|high|as printed
snj_2020_xiufu|林区自然资源和规划局|神农架林区自然资源和规划局|county|high|林区 is the 林区 itself (a county-level unit)
snj_2020_xiufu|大九湖镇人民政府|神农架林区大九湖镇人民政府|township|high|a town of the 林区
snj_2020_xiufu|林区生态环境局|神农架林区生态环境局|county|high|
snj_2020_xiufu|松柏镇人民政府|神农架林区松柏镇人民政府|township|high|
snj_2020_xiufu|林区财政局|神农架林区财政局|county|high|
snj_2020_xiufu|林区发改局|神农架林区发展和改革局|county|high|a county-level unit's 发改局 is 发展和改革局
snj_2020_xiufu|省发展改革委|湖北省发展和改革委员会|provincial|high|
snj_2020_xiufu|省林业局|湖北省林业局|provincial|high|after the 2018 reform
qy_2021_nongtian|区农业农村局|岳阳市屈原管理区农业农村局|county|high|区 of a 管理区 plan is the 管理区 (a county-level unit of 岳阳市), named with its city
qy_2021_nongtian|区财政局|岳阳市屈原管理区财政局|county|high|
qy_2021_nongtian|营田镇人民政府|岳阳市屈原管理区营田镇人民政府|township|high|a town of the 管理区
qy_2021_nongtian|区水利局|岳阳市屈原管理区水利局|county|low|its exact name not checked
qy_2021_nongtian|河市镇人民政府|岳阳市屈原管理区河市镇人民政府|township|high|
qy_2021_nongtian|区审计局|岳阳市屈原管理区审计局|county|low|its exact name not checked
qy_2021_nongtian|市农业农村局|岳阳市农业农村局|prefectural|high|
qy_2021_nongtian|凤凰乡人民政府|岳阳市屈原管理区凤凰乡人民政府|township|high|
qy_2021_nongtian|省农业农村厅|湖南省农业农村厅|provincial|high|
nx_2018_datonghu|区农业局|益阳市大通湖区农业局|county|low|区 is the co-issuer 大通湖区; its 2018 name not checked
nx_2018_datonghu|县畜牧水产局|南县畜牧水产局|county|low|县 is the co-issuer 南县; its 2018 name not checked
nx_2018_datonghu|县水利局|南县水利局|county|high|
nx_2018_datonghu|区水利局|益阳市大通湖区水利局|county|low|its exact name not checked
nx_2018_datonghu|县环保局|南县环境保护局|county|high|before the 2019 reform
nx_2018_datonghu|区环保局|益阳市大通湖区环境保护局|county|low|its exact name not checked
nx_2018_datonghu|市环保局|益阳市环境保护局|prefectural|high|both co-issuers lie in 益阳市
nx_2018_datonghu|县财政局|南县财政局|county|high|
nx_2018_datonghu|区财政局|益阳市大通湖区财政局|county|high|
nx_2018_datonghu|益阳市人民政府|益阳市人民政府|prefectural|high|
jx_2021_mianhe|市生态环境局井陉县分局|石家庄市生态环境局井陉县分局|county|high|after the 2019 vertical reform
jx_2021_mianhe|市生态环境局井陉矿区分局|石家庄市生态环境局井陉矿区分局|county|high|
jx_2021_mianhe|县水利局|井陉县水利局|county|high|县 is the co-issuer 井陉县
jx_2021_mianhe|区农业农村局|石家庄市井陉矿区农业农村局|county|high|区 is the co-issuer 井陉矿区, named with its city
jx_2021_mianhe|县住房和城乡建设局|井陉县住房和城乡建设局|county|high|
jx_2021_mianhe|贾庄镇人民政府|石家庄市井陉矿区贾庄镇人民政府|township|high|a town of 井陉矿区
jx_2021_mianhe|县应急管理局|井陉县应急管理局|county|high|
jx_2021_mianhe|区应急管理局|石家庄市井陉矿区应急管理局|county|high|
jx_2021_mianhe|市应急管理局|石家庄市应急管理局|prefectural|high|both co-issuers lie in 石家庄市
jx_2021_mianhe|县财政局|井陉县财政局|county|high|
jx_2021_mianhe|区财政局|石家庄市井陉矿区财政局|county|high|
jx_2021_mianhe|石家庄市生态环境局|石家庄市生态环境局|prefectural|high|
"""
