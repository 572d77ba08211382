"""Causes of prose rounds 15-16's misses (docs/made-eval-forms.md), on sentences of our own: ``由X另行制定``,
``由X统一组织，Y具体承办``, ``由X具体组织实施``, ``Y给予技术指导``, a township's government printed bare, ``X负责…，对…负总责``
(X leads too), and ``镇人民政府负责指导…`` in a regulation's article; with guards."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 由X另行制定: the document to come is given to X (as 由X组织实施); with 会同 as before
    ("补助标准的具体办法，由县民政局另行制定。", [[("县民政局", "responsible", False)]]),
    ("水库养护办法由县水利局会同县财政局另行制定。", [[("县水利局", "lead", False), ("县财政局", "support", False)]]),
    ("县交通局应当会同县财政局建立养护机制，具体办法由县人民政府另行规定。",
     [[("县交通局", "lead", False), ("县财政局", "support", False), ("县人民政府", "responsible", True)]]),
    # 由X统一组织，Y具体承办; 由X具体组织实施
    ("村级会计代理服务由乡人民政府统一组织，乡农经站具体承办。",
     [[("乡人民政府", "responsible", True), ("乡农经站", "responsible", False)]]),
    ("安全生产工作纳入年度考核，由县考核办具体组织实施。", [[("县考核办", "responsible", False)]]),
    # guards: 由X组织…后 is a condition; X组织的 a noun phrase
    ("由县财政局组织专家评审后，报县人民政府审定。", []),
    ("由县商务局组织的展销会，各乡镇要做好宣传。", [[("各乡镇", "responsible", True)]]),
    # guard: a bare 由X组织 (who publishes, said of the standards: the corpus check) stays none
    ("以上电子行业标准由县标准化研究所组织出版。", []),
    # 给予技术指导 → guide
    ("县农业农村局负责组织培训，县农技推广中心给予技术指导。",
     [[("县农业农村局", "responsible", False), ("县农技推广中心", "guide", False)]]),
    # X负责…，对…负总责: X responsible and lead (one assignee per role)
    ("县卫生健康局负责本方案的组织实施，对全县医疗服务提升工作负总责。",
     [[("县卫生健康局", "responsible", False), ("县卫生健康局", "lead", False)]]),
    # guards: no subject before it; 负总责的 a noun phrase
    ("对全县医疗服务提升工作负总责。", []),
    ("县财政局负责拨付资金，对资金安全负总责的单位要定期报告。", [[("县财政局", "responsible", False)]]),
])
def test_prose_round_15_16_sentences(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_a_township_government_printed_bare_is_generic_and_guides_in_an_article() -> None:
    text = ("某县集体资产管理办法\n第一章　总则\n第二条　县农业农村局负责全县集体资产的监督管理。\n"
            "镇人民政府负责指导本镇集体资产管理，对本镇集体资产安全负总责。\n"
            "卫生健康行政部门监督指导医疗机构的工作。\n")
    assert _read(text) == [[("县农业农村局", "responsible", False)],
                           [("镇人民政府", "guide", True), ("镇人民政府", "lead", True)]]
