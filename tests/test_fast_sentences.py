"""``sentences`` (one regex scan for the characters it acts on) equals the character walk it
replaced, kept here verbatim as the reference; Hypothesis compares them on texts built from the
brackets, quotes, sentence ends and numbered labels the walk reacts to."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract.sentences import _CLOSE, _ENDS, _OPEN, sentences, trimmed
from graph.extract.structure import numbered_units
from graph.model import Span, Unit

SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = [*_OPEN, *_CLOSE, *_ENDS, "\n", " ", "\u3000", "\t", "，", "：", "财", "政", "部", "负责", "a",
           "一、", "（一）", "1.", "第一条", "二是", "\n二、", "\n（二）", "\n3．"]
texts = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


def _sentences_walk(text: str, units: Sequence[Unit] = ()) -> list[Span]:
    bodies = {u.span.start: u.body_start for u in units}
    out: list[Span] = []
    depth = 0
    start = 0
    i, n = 0, len(text)

    def close(a: int, b: int) -> None:  # the trimming is shared; the walk is the reference
        span = trimmed(text, a, b)
        if span is not None:
            out.append(span)

    while i < n:
        if i in bodies and bodies[i] > i:
            close(start, i)
            start = i = bodies[i]
            depth = 0
            continue
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "\n":
            close(start, i)
            start, depth = i + 1, 0
        elif ch in _ENDS and depth == 0:
            close(start, i + 1)
            start = i + 1
        i += 1
    close(start, n)
    return out



@SETTINGS
@given(texts)
def test_sentences_equal_the_character_walk_with_the_texts_labels(s: str) -> None:
    units = numbered_units(s)
    assert sentences(s, units) == _sentences_walk(s, units)
    assert sentences(s) == _sentences_walk(s)


@SETTINGS
@given(texts, st.lists(st.tuples(st.integers(0, 130), st.integers(-3, 8)), max_size=8))
def test_sentences_equal_the_character_walk_with_any_labels(s: str, marks: list[tuple[int, int]]) -> None:
    """Labels anywhere, of any length (none, inside one another, past the end)."""
    units = [Unit(path=("x",), label="x", key="x", style="x", span=Span(a, a + 1), body_start=a + d)
             for a, d in marks]
    assert sentences(s, units) == _sentences_walk(s, units)
