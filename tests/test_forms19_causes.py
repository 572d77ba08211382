"""Round nineteen (tests/made_gold/forms19): five documents in ordinary forms from publishers not used before, read
at 1.000 at the first run (docs/made-eval-forms.md, "Round nineteen"); kept at that level."""

from __future__ import annotations

from pathlib import Path

from test_eval_levels import _scores

MADE = Path(__file__).resolve().parent / "made_gold"


def test_round_nineteen_stays_read(shared: Path, tmp_path: Path) -> None:
    gold = MADE / "forms19"
    rows = _scores(shared, gold, gold / "docs", tmp_path / "out")
    assert rows["assignments, named units only"] == 1.0
    assert rows["tasks found (source, path, start)"] == 1.0
    assert {name: f1 for name, f1 in rows.items() if f1 < 1.0} == {}
