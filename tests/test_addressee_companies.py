"""An addressee line naming an organisation by its own name, with or without a place before it (江南核电有限公司：,
浙江江南核电有限公司：): the one addressee either way, so 你公司应… is its duty (found by the corpus audit of 2026-12-07,
docs/audit-4.md "Left"). A line ending in ： that is no addressee (a heading, 附件：, 联系人：) gives the pronoun none.
Sentences of our own."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.model import Document
from graph.resolve import default_resolver

_BODY = ("你{k}《关于申请变更许可证的请示》收悉。经审查，我局同意你{k}的申请。\n"
         "你{k}应按照许可证规定的条件开展相关活动，确保安全。\n"
         "你{k}应于每年3月31日前向我局报送上一年度的年度报告。\n")


def _tasks(header: str, kind: str) -> list[tuple[str, str, str, str]]:
    text = f"某局关于同意变更某许可证的批复\n某许发〔2024〕12号\n{header}\n{_BODY.format(k=kind)}某局\n2024年5月6日\n"
    ex = extract(Document(text=text, source="a.txt"))
    resolve = default_resolver()
    return [(text[t.text_span.start : t.text_span.end], a.mention, a.role, _full_width(resolve(a.mention, ex)[1] or ""))
            for t in ex.tasks for a in t.assignees]


def _full_width(name: str) -> str:  # (a place's company is written with ASCII brackets by its resolution; the name is the same)
    return name.replace("(", "（").replace(")", "）")


@pytest.mark.parametrize(("place", "name", "kind"), [
    ("浙江", "江南核电有限公司", "公司"),
    ("北京", "恒远电力装备股份有限公司", "公司"),
    ("上海", "瑞和精密机械（集团）有限公司", "公司"),
    ("四川", "蜀光化工集团", "单位"),
    ("广东省", "岭南同位素研究院", "院"),
    ("南京市", "仁济医院", "院"),
    ("杭州市", "育英学校", "校"),
])
def test_an_organisation_with_or_without_a_place_is_the_addressee(place: str, name: str, kind: str) -> None:
    bare, placed = _tasks(f"{name}：", kind), _tasks(f"{place}{name}：", kind)
    assert len(bare) == 2
    assert [t[:3] for t in bare] == [t[:3] for t in placed]
    assert [t[3] for t in bare] == [name, name] and [t[3] for t in placed] == [place + name] * 2
    assert {t[2] for t in bare} == {"responsible"}


@pytest.mark.parametrize("line", ["附件：", "联系人：", "有关事项通知如下：", "安全管理要求：", "各有关单位：", "有限公司：",
                                  "发文机关："])
def test_a_line_that_is_no_addressee_gives_the_pronoun_none(line: str) -> None:
    assert _tasks(line, "公司") == []
    assert _tasks(line, "单位") == []
