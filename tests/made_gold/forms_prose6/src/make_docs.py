"""Build the documents of held-out prose round 6 (tests/made_gold/forms_prose6/docs): duties in running text.

- yinchuan_jingkai_jiyao_2025.txt: a development zone's meeting minutes (银川经济技术开发区管委会): 会议要求，X要会同Y、Z…,
  由X牵头，Y、Z配合, 请X…，Y负责…, …由X承担; a report heard, an approval, past facts.
- gongbujiangda_jianghua_2025.txt: a county head's speech (工布江达县): last year's work (`X会同Y扎实推进…`, past), X要牵头…,
  X、Y要…, 由X牵头，会同Y…, persons as subjects, X将….
- tumushuke_yaodian_2025.txt: a 兵团 division-city bureau's work points (第三师图木舒克市发展改革委): internal divisions as
  subjects, `X负责，Y配合。` as a sentence, one item closed by a clause (its 各团要… sentence governed by the clause).
- hainan_ducha_2024.txt: a prefecture office's inspection bulletin (海南藏族自治州人民政府办公室): the inspection done
  (past), findings, then duties split by `；`, named counties as subjects, 请X….

Run from the project root: python tests/made_gold/forms_prose6/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

YINCHUAN = """银川经济技术开发区管委会主任办公会议纪要
2025年4月8日，管委会主任张立新主持召开管委会主任办公会议，研究重点项目建设、安全生产和人才公寓建设等工作。现纪要如下：
一、关于重点项目建设工作
会议听取了经济发展局关于一季度重点项目推进情况的汇报。会议指出，一季度重点项目开工情况总体较好，但部分项目要素保障不足。
会议要求，经济发展局要会同规划建设局、自然资源分局，建立重点项目“一项目一专班”推进机制。
各园区服务中心要主动对接企业，协调解决用工、用能等问题。
二、关于安全生产工作
会议强调，要压紧压实企业安全生产主体责任。由应急管理局牵头，市场监管局、消防救援大队配合，开展危险化学品企业专项检查。
三、关于人才公寓建设工作
会议原则同意规划建设局提出的人才公寓建设方案。
请财政局按程序落实建设资金，规划建设局负责项目建设管理。
会议明确，人才公寓运营管理工作由开发区国投公司承担。
出席：张立新　马晓东　李文华　周海燕
列席：管委会办公室、经济发展局、规划建设局、财政局、应急管理局负责同志
银川经济技术开发区管委会办公室
2025年4月10日
"""

GONGBU = """在全县2025年农牧工作会议上的讲话
县委副书记、县长　次仁多吉
（2025年2月18日）
同志们：
　　今天召开全县农牧工作会议，主要任务是总结2024年农牧工作，安排部署2025年重点任务。下面，我讲三点意见。
　　一、充分肯定2024年农牧工作取得的成绩
　　过去一年，县农业农村局会同各乡镇扎实推进高标准农田建设，全县粮食产量创历史新高。
　　二、突出重点，抓好2025年各项任务
　　（一）稳定粮食生产。县农业农村局要牵头落实粮食安全责任制，确保播种面积不减。各乡镇要把任务分解到村到户。
　　（二）发展特色产业。县农业农村局、县商务局要积极培育藏香猪、牦牛等特色产业品牌。
　　（三）改善人居环境。由县住房和城乡建设局牵头，会同林芝市生态环境局工布江达县分局持续推进农村厕所革命。
　　三、加强领导，确保任务落到实处
　　各乡镇、各部门主要负责同志要亲自抓、负总责。县委督查室、县政府督查室要加强跟踪督办。县财政局将优先保障农牧业发展资金。
　　同志们，让我们……为建设美丽幸福工布江达作出新的更大贡献！
"""

TUMUSHUKE = """第三师图木舒克市发展改革委关于印发2025年工作要点的通知
师市发改发〔2025〕2号
委机关各科室、各直属单位：
　　现将《第三师图木舒克市发展改革委2025年工作要点》印发给你们，请结合实际抓好落实。
第三师图木舒克市发展改革委
2025年1月20日
第三师图木舒克市发展改革委2025年工作要点
一、抓好项目建设
　　1.全力推进重大项目建设。投资科要会同各团建立重大项目储备库，做好中央预算内投资项目申报工作。
　　2.加强项目调度。由项目办牵头，每月开展一次重点项目调度。
二、深化改革攻坚
　　3.推进要素市场化配置改革。体改科负责，各团配合。
　　4.优化营商环境。各团要落实营商环境评价反馈问题整改任务，提升政务服务便利度。（营商环境科负责）
三、加强自身建设
　　5.办公室要加强机关党建和干部队伍建设。各科室要按照职责分工抓好本要点落实。
"""

HAINAN = """海南藏族自治州人民政府办公室关于2024年第三季度重点工作督查情况的通报
海州政办〔2024〕88号
各县人民政府，州政府各部门：
　　为推动州政府重点工作落实，9月中旬，州政府督查室会同州发展改革委对各县、州直有关部门重点工作推进情况进行了督查。现将有关情况通报如下：
　　一、总体情况
　　从督查情况看，共和县、贵德县重点项目推进较快，同德县、兴海县部分项目进度滞后。
　　二、存在的问题
　　部分项目前期工作不扎实，要素保障不到位。
　　三、下一步工作要求
　　（一）加快项目进度。各县人民政府要对照年度目标，倒排工期、挂图作战；同德县、兴海县要于11月底前报送整改方案。
　　（二）强化要素保障。州自然资源局、州生态环境局要开辟审批绿色通道。州财政局负责及时拨付项目资金。
　　（三）严格督查问责。州政府督查室将对整改情况开展“回头看”。请州直各有关部门于每月5日前将工作进展报州政府督查室。
海南藏族自治州人民政府办公室
2024年10月25日
"""


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for name, text in (("yinchuan_jingkai_jiyao_2025.txt", YINCHUAN), ("gongbujiangda_jianghua_2025.txt", GONGBU),
                       ("tumushuke_yaodian_2025.txt", TUMUSHUKE), ("hainan_ducha_2024.txt", HAINAN)):
        (DOCS / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
