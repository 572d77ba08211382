"""Round 11 of the build's speed (issue 19): each shortcut gives what the plain code gave.

A gate (:class:`graph.literals.Gate`) may only say "no match here" when the pattern finds none; the
other shortcuts are checked against the code they replaced, kept here verbatim.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.data import rules
from graph.extract.cues import _cues
from graph.extract.marked_leads import _patterns, unmark
from graph.extract.prose_cues import _cues as _prose_cues
from graph.extract.prose_cues import _skip
from graph.extract.responsibility import _first_lead_note, _implicit_notes
from graph.ingest.normalize import normalize
from graph.ingest.unwrap import _PAGE_NUMBER, _without_page_numbers
from graph.literals import Gate, required
from graph.rdf.ntriples import quote

# patterns of rules.toml and of the code, and made ones: groups, alternations, classes, repeats, lookarounds, flags
_NOTES = [p.pattern for p in (*_patterns()[0], *_patterns()[1])]
PATTERNS = [
    *_NOTES,
    *rules()["standing"]["first_lead"],
    *rules()["standing"]["implicit"],
    "(?:牵头|负责)单位",
    "a(b|c)de",
    "x(?:yz)+w",
    "x(?:yz)*w",
    "(?i)abc",
    "(?i:ab)cd",
    "[ab]c|d",
    "[^a]bc",
    "(?<=a)bc",
    "b(?=cd)",
    "b(?!cd)",
    r"a\d{2,}b",
    "a|",
    "",
]
ALPHABET = "abcdwxyz*★为是牵头主责单位部门列排第一首以下均负责落实不再列出注：带标的"


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40))
def test_a_gate_never_hides_a_match(pattern: str, text: str) -> None:
    gate = Gate(pattern)
    if re.search(pattern, text) is not None:
        assert gate(text)


def test_what_some_patterns_require() -> None:
    assert required("a(b|c)de") == ("all", ("a", ("any", ("b", "c")), "de"))
    assert required("x(?:yz)+w") == ("all", ("x", "yz", "w"))
    assert required("x(?:yz)*w") == ("all", ("x", "w"))
    assert required("(?<=a)bc") == "bc"  # a lookbehind may look before the search's start
    assert required("b(?=cd)") == ("all", ("b", "cd"))
    assert required("[^a]bc") == "bc"
    assert required("a|") == required("(?i)abc") == required("") == ("all", ())
    assert not Gate("(?:带|标)?([*★])的?为牵头单位")("市水利局、市财政局")
    assert Gate("")("") and Gate("a|")("")


def test_the_gates_of_the_build_skip_texts_without_their_words() -> None:
    plain = "一、总体要求\n（一）加强领导。（市财政局负责）\n"
    assert not any(Gate(p)(plain) for p in _NOTES)
    assert not _cues().standing_gate(plain)
    marked = "（责任单位：市水利局*、市财政局；带*的为牵头单位）"
    assert any(Gate(p)(marked) for p in _NOTES)
    assert unmark(marked)[1].roles == {10: "lead"}
    noted = "注：责任单位中排在第一位的为牵头单位，下同。\n（一）加强领导。\n"
    assert _cues().standing_gate(noted)
    assert _first_lead_note(noted) == noted.index("\n")
    ruled = "以下各项任务均需各市、县（市、区）政府落实，不再列出。\n"
    assert _implicit_notes(ruled)


def _old_skip(text: str, pos: int, words: tuple[str, ...]) -> int:
    """_skip before round 11."""
    changed = True
    while changed:
        changed = False
        for w in words:
            if text.startswith(w, pos):
                pos += len(w)
                changed = True
                break
    return pos


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(text=st.text(alphabet="要切实加强并抓紧", max_size=12), pos=st.integers(0, 12),
       words=st.lists(st.sampled_from(["要", "切实", "切", "实加", "加强", "并", "抓紧"]), max_size=5, unique=True))
def test_skip_as_before(text: str, pos: int, words: list[str]) -> None:
    assert _skip(text, pos, tuple(words)) == _old_skip(text, pos, tuple(words))


def test_skip_with_the_cue_lists() -> None:
    cues = _prose_cues()
    for words in (cues.adverbs, cues.openers, cues.by_adverbs):
        assert words
        for text in ("要切实加强领导", "进一步加快推进", "由省财政厅负责", "各地要抓紧"):
            for pos in range(len(text)):
                assert _skip(text, pos, words) == _old_skip(text, pos, words)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(text=st.text(alphabet='ab"\\\n\r\t单位 ', max_size=20))
def test_quote_as_before(text: str) -> None:
    old = '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'
    assert quote(text) == old


def _old_drop(text: str) -> list[bool]:
    """The page-number test of _without_page_numbers before round 11 (each line normalised alone)."""
    return [bool(_PAGE_NUMBER.match(normalize(ln).strip())) if ln.strip() else False for ln in text.split("\n")]


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(text=st.text(alphabet="— －-2３第页共 \u3000\n,，1234甲市）", max_size=40))
def test_page_numbers_as_before(text: str) -> None:
    norm = normalize(text).split("\n")
    lines = text.split("\n")
    assert len(norm) == len(lines)
    new = [bool(_PAGE_NUMBER.match(n.strip())) if ln.strip() else False for ln, n in zip(lines, norm, strict=True)]
    assert new == _old_drop(text)
    _without_page_numbers(text)  # runs


def test_page_numbers_dropped() -> None:
    assert _without_page_numbers("（牵头单\n\n— 2 —\n\n位：市商务局）\n第 3 页 共 3 页") == "（牵头单\n位：市商务局）"


def test_a_cache_folder_removed_between_two_fragments_is_made_again(tmp_path: Path) -> None:
    import shutil

    from graph.fragments import Fragment, _Cache, fragment_lines

    cache = _Cache(tmp_path / "cache")
    first = cache.put_encoded(Fragment(path="a.txt", source="a.txt", key="k1"), b"<a> <b> <c> .\n")
    assert first.spill is not None and fragment_lines(first) == ("<a> <b> <c> .",)
    shutil.rmtree(tmp_path / "cache")  # (this process remembers the folder as made)
    second = cache.put(Fragment(path="b.txt", source="b.txt", key="k2", lines=("<d> <e> <f> .",)))
    assert second.spill is not None and fragment_lines(second) == ("<d> <e> <f> .",)


def _old_trim_head(head: str) -> str:
    """indicators._trim_head before round 11 (the bracket loop run on every head)."""
    from graph.extract import indicators as ind

    while True:
        head = ind._TAIL_VERBS.sub("", ind._HEAD_COMPARED.sub("", ind._YEAR.sub("", head)))
        for cue in ind._rules().cues:
            if cue not in head:
                continue
            i = ind._cut_at(head, cue)
            if i >= 0 and i + len(cue) < len(head):
                left, right = head[:i], head[i + len(cue) :]
                base = cue in ind._SHARE_COMPARE and right.endswith(ind._SHARE_BASE_END) and len(left.strip(" ，")) >= 2
                head = right if len(right) >= 2 and not base else left
        head = ind._HEAD_TRIM.sub("", head)
        head = ind._TAIL_VERBS.sub("", head)
        head = ind._LEAD_WORDS.sub("", head)
        depth = 0
        cut = -1
        for i, ch in enumerate(head):
            if ch in ind._OPEN:
                depth += 1
            elif ch in ind._CLOSE:
                if depth == 0:
                    if ch == "”":
                        return ind._trim_quotes(head.strip(" \t，"))
                    cut = i
                    break
                depth -= 1
        if cut < 0:
            return ind._trim_quotes(head.strip(" \t，"))
        head = head[cut + 1 :]


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(head=st.text(alphabet="市）(（“”《》〕]农作物覆盖率达到提高年2025全省，\t 总数的", max_size=24))
def test_trim_head_as_before(head: str) -> None:
    from graph.extract.indicators import _trim_head

    assert _trim_head(head) == _old_trim_head(head)
    for made in ("市）农作物覆盖率", "到2025年，全省森林覆盖率", "“十四五”期间新建", "（一）主要指标：粮食产量"):
        assert _trim_head(made) == _old_trim_head(made)
