"""The hand-made answers for tests/made_gold/places111 (written 2026-12-06 blind, before any run of policykg on these
documents and without reading graph/; see ../README.md; written out by ../../places/src/make_gold.py and
../../places92/src/write_departments.py, run with this folder as their argument)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places" / "src"))
from make_gold import G, L, P, R, S, T  # type: ignore[import-not-found]

DOCS = [
    dict(stem="qx_2022_gengdi",
         title="北大荒集团黑龙江七星农场有限公司关于印发2022年耕地保护工作任务分工的通知",
         number="七星农场发〔2022〕9号", issuer="北大荒集团黑龙江七星农场有限公司", date="2022-04-12",
         tasks=[
             ("二/一", "（一）严格耕地用途", L("富锦市自然资源局") + S("农场农业发展部", "规划建设部")),
             ("二/二", "（二）推进黑土地保护", L("农场农业发展部") + S("建三江分公司农业发展部", "佳木斯市农业农村局")),
             ("二/三", "（三）开展农田水利", L("农场水务部") + S("富锦市水务局")),
             ("二/四", "（四）落实耕地保护", L("集团公司财务部") + S("农场财务部", "省财政厅")),
             ("三", "农场农业发展部要会同", L("农场农业发展部") + S("富锦市农业农村局"), P),
             ("三", "请建三江分公司对", G("建三江分公司"), P),
         ],
         targets=[("一", "农场高标准农田面积", 60, "万亩", 2022)],
         citations=[]),
    dict(stem="zj_2020_anquan",
         title="广东省湛江农垦局关于印发2020年安全生产专项整治工作方案的通知",
         number="湛垦〔2020〕15号", issuer="广东省湛江农垦局", date="2020-05-20",
         tasks=[
             ("二/一", "（一）开展橡胶加工", L("局安全生产办公室") + R("各农场")),
             ("二/二", "（二）加强农场道路", R("局社会事务处") + S("湛江市公安局交通警察支队")),
             ("二/三", "（三）推进危险化学品", G("湛江市应急管理局") + S("局生产管理处", "机关服务中心")),
             ("二/四", "（四）落实安全生产", L("省农垦总局计划财务处") + S("局财务处")),
             ("三", "局安全生产办公室要会同", L("局安全生产办公室") + S("各农场"), P),
             ("三", "请省农垦总局对专项", G("省农垦总局"), P),
         ],
         targets=[("一", "全局安全隐患整改率", 100, "%", 2020)],
         citations=[]),
    dict(stem="t143_2019_shuili",
         title="第八师一四三团关于印发2019年农田水利建设工作要点的通知",
         number="一四三团发〔2019〕21号", issuer="新疆生产建设兵团第八师一四三团", date="2019-03-26",
         tasks=[
             ("二", "推进高效节水灌溉改造", L("团农业发展办公室") + S("师市水利局", "各连队"), T),
             ("二", "加强水库安全运行管理", L("师市水利局") + S("团社会事务管理办公室"), T),
             ("二", "开展农田防护林更新", L("团农业发展办公室") + S("师市林业局"), T),
             ("二", "落实水利建设资金", L("兵团水利局") + S("师市财政局", "团财务中心"), T),
             ("三", "团农业发展办公室要会同", L("团农业发展办公室") + S("各连队"), P),
             ("三", "请沙湾县水利局协助", S("沙湾县水利局"), P),
         ],
         targets=[("一", "全团高效节水灌溉面积", 25, "万亩", 2019)],
         citations=[]),
    dict(stem="hs_2017_fanghuo",
         title="吉林省红石林业局关于印发2017年森林防火工作实施方案的通知",
         number="红林发〔2017〕18号", issuer="吉林省红石林业局", date="2017-03-08",
         tasks=[
             ("二/一", "（一）完善森林防火", L("局防火办") + S("局办公室", "各林场")),
             ("二/二", "（二）加强林区野外", L("红石森林公安局") + S("桦甸市公安局")),
             ("二/三", "（三）推进防火基础", L("局计划财务科") + S("营林科", "吉林森工集团")),
             ("二/四", "（四）落实扑火物资", L("省森林防火指挥部办公室") + S("吉林市林业局")),
             ("三", "局防火办要会同", L("局防火办") + S("各林场"), P),
             ("三", "请桦甸市人民政府对", G("桦甸市人民政府"), P),
         ],
         targets=[("一", "全局林区防火道路完好率", 85, "%", 2017)],
         citations=[]),
    dict(stem="gh_2017_tianbao",
         title="内蒙古大兴安岭重点国有林管理局根河林业局关于印发2017年天然林保护工作方案的通知",
         number="根林发〔2017〕10号", issuer="内蒙古大兴安岭重点国有林管理局根河林业局", date="2017-04-11",
         tasks=[
             ("二/一", "（一）全面停止天然林", R("局资源林政科") + S("各林场")),
             ("二/二", "（二）推进森林抚育", L("局营林科") + G("林管局营林生产处")),
             ("二/三", "（三）加强林地管理", L("根河森林公安局") + S("根河市国土资源局")),
             ("二/四", "（四）保障天保工程",
              R("局人事劳资科") + S("根河市人力资源和社会保障局", "林管局计财处")),
             ("三", "局营林科要会同", L("局营林科") + S("各林场"), P),
             ("三", "请呼伦贝尔市林业局对", G("呼伦贝尔市林业局"), P),
         ],
         targets=[("一", "全局完成森林抚育面积", 12, "万亩", 2017)],
         citations=[]),
]

DEPTS = """
qx_2022_gengdi|富锦市自然资源局|富锦市自然资源局|county|high|the county-level city the farm lies in (佳木斯市)
qx_2022_gengdi|农场农业发展部|北大荒集团黑龙江七星农场有限公司农业发展部|county/enterprise|low|the issuer's own department, with the farm company's full name; its exact name not checked
qx_2022_gengdi|规划建设部|北大荒集团黑龙江七星农场有限公司规划建设部|county/enterprise|low|elided after 农场农业发展部: the farm's own
qx_2022_gengdi|建三江分公司农业发展部|北大荒农垦集团有限公司建三江分公司农业发展部|prefectural/enterprise|low|the branch's department; its exact name not checked
qx_2022_gengdi|佳木斯市农业农村局|佳木斯市农业农村局|prefectural|high|
qx_2022_gengdi|农场水务部|北大荒集团黑龙江七星农场有限公司水务部|county/enterprise|low|the issuer's own
qx_2022_gengdi|富锦市水务局|富锦市水务局|county|low|as printed; whether 富锦市's water body is a 水务局 not checked
qx_2022_gengdi|集团公司财务部|北大荒农垦集团有限公司财务部|provincial/enterprise|low|the group's department
qx_2022_gengdi|农场财务部|北大荒集团黑龙江七星农场有限公司财务部|county/enterprise|low|the issuer's own
qx_2022_gengdi|省财政厅|黑龙江省财政厅|provincial|high|
qx_2022_gengdi|富锦市农业农村局|富锦市农业农村局|county|high|
qx_2022_gengdi|建三江分公司|北大荒农垦集团有限公司建三江分公司|prefectural/enterprise|high|the group's branch over the farm (the former 建三江管理局)
zj_2020_anquan|局安全生产办公室|广东省湛江农垦局安全生产办公室|prefectural|low|the issuer's own office; its exact name not checked
zj_2020_anquan|局社会事务处|广东省湛江农垦局社会事务处|prefectural|low|the issuer's own
zj_2020_anquan|湛江市公安局交通警察支队|湛江市公安局交通警察支队|prefectural|high|as printed
zj_2020_anquan|湛江市应急管理局|湛江市应急管理局|prefectural|high|after the 2019 reform
zj_2020_anquan|局生产管理处|广东省湛江农垦局生产管理处|prefectural|low|the issuer's own
zj_2020_anquan|机关服务中心|广东省湛江农垦局机关服务中心|prefectural|low|elided after 局生产管理处: the issuer's own
zj_2020_anquan|省农垦总局计划财务处|广东省农垦总局计划财务处|provincial|low|the parent's division; its exact name not checked
zj_2020_anquan|局财务处|广东省湛江农垦局财务处|prefectural|low|the issuer's own
zj_2020_anquan|省农垦总局|广东省农垦总局|provincial|high|the issuer's parent
t143_2019_shuili|团农业发展办公室|新疆生产建设兵团第八师一四三团农业发展办公室|county|low|the regiment's own office; its exact name not checked
t143_2019_shuili|师市水利局|新疆生产建设兵团第八师石河子市水利局|prefectural|high|the regiment's division-city
t143_2019_shuili|团社会事务管理办公室|新疆生产建设兵团第八师一四三团社会事务管理办公室|county|low|the regiment's own
t143_2019_shuili|师市林业局|新疆生产建设兵团第八师石河子市林业局|prefectural|low|its 2019 name not checked
t143_2019_shuili|兵团水利局|新疆生产建设兵团水利局|provincial|high|
t143_2019_shuili|师市财政局|新疆生产建设兵团第八师石河子市财政局|prefectural|high|
t143_2019_shuili|团财务中心|新疆生产建设兵团第八师一四三团财务中心|county|low|the regiment's own
t143_2019_shuili|沙湾县水利局|沙湾县水利局|county|high|沙湾县 (塔城地区), a county until 2021
hs_2017_fanghuo|局防火办|吉林省红石林业局森林防火办公室|county|low|the issuer's own office (防火办: 森林防火办公室)
hs_2017_fanghuo|局办公室|吉林省红石林业局办公室|county|low|the issuer's own
hs_2017_fanghuo|红石森林公安局|红石森林公安局|county|low|as printed; its registered name not checked
hs_2017_fanghuo|桦甸市公安局|桦甸市公安局|county|high|the county-level city the bureau lies in (吉林市)
hs_2017_fanghuo|局计划财务科|吉林省红石林业局计划财务科|county|low|the issuer's own
hs_2017_fanghuo|营林科|吉林省红石林业局营林科|county|low|elided after 局计划财务科: the issuer's own
hs_2017_fanghuo|吉林森工集团|中国吉林森林工业集团有限责任公司|provincial/enterprise|high|the issuer's parent group
hs_2017_fanghuo|省森林防火指挥部办公室|吉林省森林防火指挥部办公室|provincial|high|
hs_2017_fanghuo|吉林市林业局|吉林市林业局|prefectural|high|before the 2019 reform
hs_2017_fanghuo|桦甸市人民政府|桦甸市人民政府|county|high|
gh_2017_tianbao|局资源林政科|内蒙古大兴安岭重点国有林管理局根河林业局资源林政科|county|low|the issuer's own section
gh_2017_tianbao|局营林科|内蒙古大兴安岭重点国有林管理局根河林业局营林科|county|low|the issuer's own section
gh_2017_tianbao|林管局营林生产处|内蒙古大兴安岭重点国有林管理局营林生产处|prefectural|low|the issuer's parent (林管局) and its division; its exact name not checked
gh_2017_tianbao|根河森林公安局|根河森林公安局|county|low|as printed
gh_2017_tianbao|根河市国土资源局|根河市国土资源局|county|high|the county-level city the bureau lies in (呼伦贝尔市), before the 2019 reform
gh_2017_tianbao|局人事劳资科|内蒙古大兴安岭重点国有林管理局根河林业局人事劳资科|county|low|the issuer's own
gh_2017_tianbao|根河市人力资源和社会保障局|根河市人力资源和社会保障局|county|high|
gh_2017_tianbao|林管局计财处|内蒙古大兴安岭重点国有林管理局计划财务处|prefectural|low|the parent's division, short (计财处: 计划财务处)
gh_2017_tianbao|呼伦贝尔市林业局|呼伦贝尔市林业局|prefectural|high|before the 2019 reform
"""
