"""Citations on documents the rules were not written for (issue #14 "Citations"), in real Chinese."""

from __future__ import annotations

import pytest

from graph.extract.citations import extract_citations, valid_doc_number
from graph.ingest.normalize import normalize


def cites(text: str, own_title: str | None = None) -> list[tuple[str | None, str | None, str]]:
    return [(c.title, c.doc_number, c.kind) for c in extract_citations(normalize(text), own_title=own_title)]


@pytest.mark.parametrize(
    "text",
    [
        # the plan a notice issues, or its own attachment: neither cites nor produces
        "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。",
        "《政府机关使用正版软件管理办法》已经国务院同意，现印发给你们，请认真贯彻执行。",
        "国家核安全局批准发布了《研究堆调试》和《研究堆维修、定期试验和检查》，现予以发布。",
        "我局组织修定了核安全导则《核设施实物保护》（HAD 501/02-2018）,现予发布，自发布之日起实施。",
        "各地要按照《三级公立医院绩效考核指标》（见附件）开展考核。",
        "国防科工局制定了《国防科技工业技术基础科研奖励性后补助实施细则(试行)》，现印发你们，请遵照执行。",
        "请参照《移动互联网应用（APP）适老化通用设计规范》（附件2）开展改造。",
        "申报项目应满足《安全应急装备应用试点示范工程实施要素指南（2021年）》（附件）的相关要求。",
        # made by the issuer and issued in the next sentences
        "我局编制了《军工行业标准制定工作程序要求》，对标准需求等环节工作要求进行了细化。现印发你们，请遵照执行。",
        "组织所属单位编制《军工行业标准论证报告》（格式见附件3）和标准初稿。分管单位对《军工行业标准论证报告》进行审核。",
        "请各地相关单位按照《2021年智慧健康养老应用试点示范申报指南》，做好试点示范推荐工作。\n特此通知。\n附件：2021年智慧健康养老应用试点示范申报指南\n",
        "请按照《申报指南》和《推荐汇总表》做好推荐工作。\n附件：\n1.申报指南\n2.推荐汇总表\n",
        "我部组织编制了《核与辐射安全隐患排查实施方案（2020-2022）》（以下简称《方案》，见附件），定于2020年5月开展排查。现将《方案》印送给你们。",
        "我们编制了《国家工业资源综合利用先进适用工艺技术设备目录（2021年版）》。现予公告。",
        "海关总署联合制定了《核产品转运及过境运输审批管理办法（试行）》，现予颁布实施。",
        # standards the announcement itself approves, catalogues it publishes (round 6: C7, C10, C15, C17)
        "现批准《环境影响评价技术导则 广播电视》《输变电建设项目环境保护技术要求》为国家环境保护标准，并予发布。",
        "工业和信息化部批准《霍尔元件 通用技术条件》等669项行业标准，批准《白云石标准样品1#》等76项行业标准样品。",
        "现将许可的《道路机动车辆生产企业及产品》（第339批）以及经商国家税务总局同意的《免征车辆购置税的新能源汽车车型目录》（第三十八批）公布。\n"
        "附件： 1.道路机动车辆生产企业及产品（第339批）.doc2.免征车辆购置税的新能源汽车车型目录（第三十八批）.doc链接：说明.pdf\n",
        "现将经同意的《免征车辆购置税的新能源汽车车型目录》（第三十六批）予以公告。   附件：1.道路机动车辆生产企业及产品（第337批）.doc2.免征车辆购置税的新能源汽车车型目录（第三十六批）.doc 工业和信息化部\n",
        # licences, forms and certificates are not policies
        "取得《民用核安全设备制造许可证》的单位应当遵守本规定。",
        "请填写《第七届“创客中国”中小企业创新创业大赛备案表》，并将《备案表》报送秘书处。",
        "申报单位填写《国家绿色数据中心推荐汇总表》。",
        "市场监管部门送达《行政处罚告知书》或者《行政处罚听证告知书》后，当事人可在三个自然日内进行陈述。",
        # an attachment named again later is still no citation
        "申报单位填写《2022年工业互联网平台申报书》（见附件2）。各地将《2022年工业互联网平台申报书》报送我部。",
        "申报项目应满足《实施要素指南（2021年）》（附件）的相关要求。各地审核《实施要素指南（2021年）》的落实情况。",
    ],
)
def test_not_citations(text: str) -> None:
    assert cites(text) == []


def test_the_plan_issued_is_no_citation_even_with_quotes_printed_differently() -> None:
    own = "安徽省关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知"
    text = "现将《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则 扎实推进高水平开放实施意见》印发给你们。"
    assert cites(text, own) == []


def test_a_citation_the_text_implements_is_still_cited() -> None:
    text = "根据《国务院关于加快发展现代职业教育的决定》（国发〔2014〕19号），现将《实施方案》印发给你们。"
    assert cites(text) == [("国务院关于加快发展现代职业教育的决定", "国发〔2014〕19号", "cites")]


def test_a_document_made_before_and_not_issued_here_is_cited_not_produced() -> None:
    text = "结合我省实际制定了《关于依法从重从快严厉打击违法行为的实施意见》《关于有效应对疫情促进经济稳定增长的若干举措》等相关制度措施。"
    assert [k for _, _, k in cites(text)] == ["cites", "cites"]
    assert [k for _, _, k in cites("研究制定《安徽省品牌建设“十三五”规划》。")] == ["produces"]


def test_a_short_form_not_declared_folds_too() -> None:
    text = ("市场监管总局《关于依法从重从快严厉打击违法行为的意见》（国市监法〔2020〕27号）。"
            "严格执行市场监管总局《意见》确定的行政处罚裁量幅度。")
    assert cites(text) == [("关于依法从重从快严厉打击违法行为的意见", "国市监法〔2020〕27号", "cites")]


def test_a_doc_number_printed_before_its_title_is_that_titles() -> None:
    text = "吉林省人民政府：\n一九八八年九月七日吉政文〔1988〕49号《吉林省人民政府关于军民合用吉林市二台子机场的请示》悉。"
    assert cites(text) == [("吉林省人民政府关于军民合用吉林市二台子机场的请示", "吉政文〔1988〕49号", "cites")]


def test_short_forms_fold_into_the_full_citation() -> None:
    text = ("根据《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）精神，纳入《三峡库区及其上游水污染防治规划》"
            "（以下简称《规划》）。《规划》基本包括了你省主要水污染治理项目，《决定》要求加强监管。")
    assert cites(text) == [("国务院关于投资体制改革的决定", "国发〔2004〕20号", "cites"),
                           ("三峡库区及其上游水污染防治规划", None, "cites")]


def test_a_short_form_in_the_brackets_with_quotes() -> None:
    text = "根据《中华人民共和国公司法》(以下简称《公司法》)的有关规定，制定本规定。股东依照《公司法》享有同等权利。"
    assert cites(text) == [("中华人民共和国公司法", None, "cites")]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("《关于继续对宣传文化单位实行财税优惠政策的规定》(〔94〕财税字第089号)", "〔94〕财税字第089号"),
        ("《关于开辟黑河至俄罗斯国际航线的请示》（〔1992〕参作字第1381号）", "〔1992〕参作字第1381号"),
        ("《放射性同位素与射线装置安全和防护条例》（国务院令第449号）", "国务院令第449号"),
        ("《托儿所、幼儿园建筑设计规范（2019年版）》（住房城乡建设部公告2019年第237号）", "住房城乡建设部公告2019年第237号"),
        ("《国家级工业设计中心认定管理办法（试行）》（工信部产业〔2012〕422号，以下简称《办法》）", "工信部产业〔2012〕422号"),
        ("《关于加强监管的通知》[国办发[2016]18号]", None),  # square brackets are no citation's
        ("《关于加强监管的通知》（国办发〔2016〕18号）", "国办发〔2016〕18号"),
        ("《关于加强监管的通知》(国办发〔2016〕18号)", "国办发〔2016〕18号"),
    ],
)
def test_doc_number_in_every_bracket_form_after_a_title(text: str, number: str | None) -> None:
    got = cites("根据" + text + "执行。")
    assert got[0][1] == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # garbage before a 文号 is cut off, and what stays is the real number
        ("各省、自治区人民政府要按照国办发〔1993〕71号文件精神做好工作。", "国办发〔1993〕71号"),
        ("省人民政府一九八八年九月七日吉政文〔1988〕49号批复同意。", "吉政文〔1988〕49号"),
        ("经青海省人民政府青政〔1984〕53号批准。", "青政〔1984〕53号"),
    ],
)
def test_doc_numbers_are_validated(text: str, number: str) -> None:
    assert cites(text) == [(None, number, "cites")]


def test_valid_doc_number() -> None:
    assert valid_doc_number("治区人民政府要按照国办发〔1993〕71号") == "国办发〔1993〕71号"
    assert valid_doc_number("国发〔2019〕3号") == "国发〔2019〕3号"
    assert valid_doc_number("要〔2019〕3号") is None
    assert valid_doc_number("工业和信息化部令第11号") == "工业和信息化部令第11号"


def test_own_number_on_a_line_of_its_own_in_brackets_is_no_citation() -> None:
    from graph.extract.metadata import extract_metadata

    text = normalize("安徽省人民政府办公厅关于印发行动计划的通知\n（皖政办秘〔2021〕82号）\n各市人民政府：\n现将《行动计划》印发给你们。\n")
    meta = extract_metadata(text)
    assert meta.doc_number == "皖政办秘〔2021〕82号"
    assert extract_citations(text, own_title=meta.title, own_number=meta.doc_number) == ()


def test_the_cited_query_counts_citing_documents_and_finds_works_in_the_corpus(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import graph
    from graph.sparql import query_df

    (tmp_path / "a.txt").write_text(
        "某省人民政府关于加强安全生产的意见\n某政发〔2020〕5号\n各市人民政府：\n加强安全生产。\n某省人民政府\n2020年3月1日\n",
        encoding="utf-8")
    for name in ("b", "c"):
        (tmp_path / f"{name}.txt").write_text(
            f"某市人民政府关于落实安全生产工作的通知{name}\n各县人民政府：\n根据《某省人民政府关于加强安全生产的意见》（某政发〔2020〕5号）"
            "和《中华人民共和国安全生产法》，做好工作。\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("某县关于安全生产的通知\n各乡镇：\n根据《中华人民共和国安全生产法》，做好工作。\n",
                                    encoding="utf-8")
    kg = graph.build_graph(sorted(tmp_path.glob("*.txt")))
    df = query_df(kg, "cited")
    assert list(df.columns) == ["title", "doc_number", "citing_documents", "in_corpus", "corpus_source"]
    rows = [tuple(None if x != x else x for x in r) for r in df.itertuples(index=False, name=None)]  # NaN -> None
    assert rows[0][:4] == ("中华人民共和国安全生产法", None, 3, False)
    assert rows[1] == ("某省人民政府关于加强安全生产的意见", "某政发〔2020〕5号", 2, True, "a.txt")


@pytest.mark.parametrize(
    ("text", "own_title", "expected"),
    [
        # a work cited inside the document's own title is cited (GUIDE: only the own title and
        # the plan it issues are left out)
        (
            "为全面对接《数字经济伙伴关系协定》（DEPA）规则，结合本市实际，制定本意见。",
            "某市人民政府关于全面对接数字经济伙伴关系协定（DEPA）规则推进数字贸易发展的实施意见",
            [("数字经济伙伴关系协定", None, "cites")],
        ),
        (
            "为贯彻落实《中华人民共和国乡村振兴促进法》，制定本办法。",
            "某省关于贯彻《中华人民共和国乡村振兴促进法》的实施办法",
            [("中华人民共和国乡村振兴促进法", None, "cites")],
        ),
        # the plan the notice issues, named in the text, stays out (also one of two plans)
        ("各地要按照《某省数字乡村建设实施方案》抓好落实。", "某省人民政府办公厅关于印发某省数字乡村建设实施方案的通知", []),
        ("各地要按照《乡村道路养护办法》抓好落实。", "某省交通运输厅关于印发乡村道路养护办法和乡村客运管理办法的通知", []),
    ],
)
def test_work_cited_inside_own_title(text: str, own_title: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert cites(text, own_title) == expected


def test_summing_up_into_a_document_produces_it() -> None:
    # a document the text commits to draft and publish (GUIDE "produces")
    text = "各市于年底前汇总形成《全市重点项目推进成效报告》，并及时在门户网站公开发布。"
    assert cites(text) == [("全市重点项目推进成效报告", None, "produces")]
    assert cites("研究形成《县域商业体系建设指引》，报省政府审定后印发。") == [("县域商业体系建设指引", None, "produces")]


def test_a_kind_word_between_the_drafting_verb_and_the_title() -> None:
    # made and issued by the text (现予公布): neither cited nor produced; to be drafted: produces
    assert cites("我厅组织制定了地方标准《城市道路照明设计规范》（DB36/T 100-2020）。现予公布，自公布之日起施行。") == []
    assert cites("省住房城乡建设厅要研究制定地方标准《绿色建筑评价标准》。") == [("绿色建筑评价标准", None, "produces")]


def test_an_approved_standard_is_issued_only_with_the_standard_words_after_it() -> None:
    # 批准 before a title without 为…标准 / 等N项…标准 after it: the title is cited
    text = "根据国务院批准《全国主体功能区规划》的要求，做好相关工作。"
    assert cites(text) == [("全国主体功能区规划", None, "cites")]


def test_a_one_line_attachment_list_names_only_its_files() -> None:
    text = "依据《中华人民共和国行政许可法》，现将许可的车型予以公告。\n附件：1.甲目录（第3批）.doc2.乙目录.wps\n"
    assert cites(text) == [("中华人民共和国行政许可法", None, "cites")]


def test_the_draft_a_consultation_notice_circulates_is_no_citation() -> None:
    # round 7 C3: the draft named in the notice's own title
    own = "关于征求国家标准《核燃料循环设施流出物归一化排放量管理限值（征求意见稿）》意见的通知"
    text = own + "\n各有关单位：\n为贯彻落实《中华人民共和国放射性污染防治法》，我部组织修订了标准。"
    assert cites(text, own) == [("中华人民共和国放射性污染防治法", None, "cites")]
    # a title the own title cites with more words after it is still cited
    own2 = "关于对接《区域全面经济伙伴关系协定》扎实推进高水平开放的实施意见"
    assert cites("为对接《区域全面经济伙伴关系协定》，制定本意见。", own2) == [("区域全面经济伙伴关系协定", None, "cites")]


def test_a_doc_number_with_wen_after_it_is_the_titles() -> None:
    # round 7 C29: （瓦卢字（2020）01号文） is the 文号 of the request, not a second citation
    text = "你公司《关于申请延续民用核安全机械设备制造许可证的请示》（瓦卢字（2020）01号文）收悉。"
    assert cites(text) == [("关于申请延续民用核安全机械设备制造许可证的请示", "瓦卢字（2020）01号", "cites")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # round 7 C14: a commitment to revise, the drafting noun after the title
        ("做好《江西省省级储备粮管理办法》修订和立法工作。", "produces"),
        ("加快推进《中华人民共和国档案法》的修订。", "produces"),
        # done, or a document made on the basis of the title: cited
        ("我部组织对《光伏制造行业规范条件》进行了修订。", "cites"),
        ("根据《中华人民共和国军品出口管理条例》制定本清单。", "cites"),
        ("完成《国有资产评估管理办法》修订后，及时公布。", "cites"),
    ],
)
def test_a_drafting_noun_after_the_title(text: str, kind: str) -> None:
    assert [c[2] for c in cites(text)] == [kind]
