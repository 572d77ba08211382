"""The cues of a law's duties come from the role cue lists (rules.toml ``[prose]``), not a copy of
them: a cue added to a role reaches laws too, and no word can be a law's cue without a role."""

from __future__ import annotations

from graph.data import rules
from graph.extract.prose_cues import _cues, _regulation_cues


def test_no_hand_copied_list() -> None:
    assert "regulation_cues" not in rules()["prose"]


def test_a_cue_added_to_a_role_reaches_laws() -> None:
    r = dict(rules()["prose"])
    r["support"] = [*r["support"], "协同做好"]
    r["responsible"] = [*r["responsible"], "务必"]
    got = _regulation_cues(r)
    assert "协同做好" in got and "务必" in got


def test_every_law_cue_gives_a_role() -> None:
    r = rules()["prose"]
    roles = {c for role in ("lead", "responsible", "support", "guide") for c in r[role]} | set(r["with_word"])
    cues = _cues().regulation_cues
    assert set(cues) <= roles
    assert not set(cues) & set(r["declared"])  # X为牵头单位: who leads a body, no duty
    assert {"负责", "牵头", "会同", "应当", "配合"} <= set(cues)
    assert list(cues) == sorted(cues, key=lambda w: (-len(w), w))  # longest first
