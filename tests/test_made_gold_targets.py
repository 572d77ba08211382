"""The targets and citations we reach on our own made documents (tests/made_gold/targets, see
docs/made-eval-targets.md) do not slip: built with the installed ``policykg`` and scored by the
project's unchanged scorer (../shared/eval/run_eval.sh, once for every made set: tests/made_scores.py), under issue 14's reading of deadlines
(the gold files) and under the GUIDE's letter (the same gold with ``deadline_guide_letter``).

These documents were written by us, so they measure the GUIDE's forms we thought of, not a
hidden set; the first score (before any fix) is in docs/made-eval-targets.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from made_scores import score

ROOT = Path(__file__).resolve().parents[1]
MADE = ROOT / "tests" / "made_gold" / "targets"

# The lowest F1 per scorer row (measured 2026-12-04 on 01-20: 0.997, 0.997, 1.000, 1.000; letter
# 0.909 — 01-12 alone still 0.949; the second held-out set 13-20 has 11 targets whose deadline
# differs by reading, docs/made-eval-targets.md). Measured 2026-12-05 on 01-24 (the third held-out
# set 21-24 after its fixes): 0.998, 0.998, 1.000, 1.000; letter 0.925 (01-20 alone 0.997, 0.909);
# on 01-28 (the fourth, 25-28, after its fixes): 0.998, 0.998, 1.000, 1.000; letter 0.927; on 01-32
# (the fifth, 29-32, after its fixes; 21's 翻一番 row out of the gold): 0.999, 0.999, 1.000, 1.000;
# letter 0.935; on 01-36 (the sixth, 33-36, after its fixes): 0.999, 0.999, 1.000, 1.000; letter 0.923
# (33-36 alone 0.806: seven of its 36 targets have no year under the GUIDE's letter); on 01-40 (the
# seventh, 37-40, after its fixes): 0.999, 0.999, 1.000, 1.000; letter 0.924 (01-36 alone unchanged);
# on 01-45 (the eighth, 41-45, after its fixes): 0.999, 0.999, 1.000, 1.000; letter 0.913 (41-45 alone
# 0.830: nine of its 53 targets are due by a plan period, no year under the GUIDE's letter); on 01-49
# (the ninth, 46-49, after its fixes): 0.999, 0.999, 1.000, 1.000; letter 0.919; on 01-85 (the tenth to
# eighteenth, 50-85, after their fixes): 0.999, 0.999, 1.000, 1.000; letter 0.908 (01-49 alone unchanged,
# 0.919; 50-85 hold 38 targets due by a plan period or under a table's title, no year under the
# GUIDE's letter), hence that floor 0.90; on 01-89 (the leftovers fixed and the nineteenth, 86-89, after its
# fixes): 1.000, 1.000, 1.000, 1.000; letter 0.913; on 01-93 (the twentieth, 90-93, table shapes, after its
# fixes): 1.000, 1.000, 1.000, 1.000; letter 0.902 (15 rows of 90's table by county have no year under
# the GUIDE's letter); on 01-125 (sets twenty-one to twenty-eight, 94-125, after their fixes): 1.000,
# 0.997 (made_tg_125's four goals under 完成时限： field lines, docs/made-eval-targets.md), 1.000, 1.000;
# letter 0.890 (94-125 alone 0.861: 64 of their 432 targets are due by a plan period, a table's title, a
# heading's year or a list's lead, no year under the GUIDE's letter), hence that floor 0.88. On 01-175 (sets
# thirty-nine to forty-two, 160-175, after their fixes): 1.000, 0.998 (made_tg_125 as before), 1.000, 1.000; letter 0.893.
# On 01-183 (the blind sets forty-three and forty-four, 176-183, after their fixes): 1.000 (1971 of 1972: made_tg_181's
# 达到5级, 级 is never a unit), 0.998, 1.000, 1.000; letter 0.883 (176 and 178: 28 goals under a heading's or a lead's year).
# On 01-191 (the blind sets forty-five and forty-six, 184-191, after their fixes; first run 0.937 / 0.937 on their 125
# targets): 1.000 (2096 of 2097: 181's 5级 as before), 0.998, 1.000, 1.000; letter 0.889 (184-191 alone 0.984: two goals
# due by a plan period). On 01-199 (the blind sets forty-seven and forty-eight, 192-199, after their fixes; first run
# 0.889 / 0.860 on their 115 targets): 0.999 (2208 of 2212), 0.997, 1.000, 1.000; letter 0.892 (192-199 alone 0.952).
# After the leftovers of sets 43-48 (181's 5级, 192's 等12条河流, 195's goal broken over two lines, 196's 2000核;
# tests/test_targets_leftovers.py): 1.000 (2212 of 2212), 0.998, 1.000, 1.000; letter 0.893.
# On 01-209 (the blind sets forty-nine and fifty, 202-209, after their fixes; first run 0.936 / 0.936 on their 141 targets,
# tests/test_targets_made23.py): 1.000 (2351 of 2353: 207's and 208's counts per year in 次, a reading left open), 0.998,
# 1.000, 1.000; letter 0.888 (202-209 alone 0.807: 203's goals under a heading's year, five due by a plan period).
# On 01-217 (the blind sets fifty-one and fifty-two, 210-217, after their fixes; first run 0.993 / 0.917 on their 129
# targets, tests/test_targets_made24.py): 1.000 (2480 of 2482: 207's and 208's as before), 0.998, 1.000, 1.000; letter 0.878
# (210-217 alone 0.698: 39 of their 129 goals are due by a plan period, a table's title line or a heading's year, no year
# under the GUIDE's letter), hence that floor 0.87.
# On 01-225 (the blind sets fifty-three and fifty-four, 218-225, after their fixes; first run 0.915 / 0.957 on their 122
# targets, tests/test_targets_made25.py): 1.000 (2604 of 2604: 207's and 208's counts per year now read), 0.998, 1.000,
# 1.000; letter 0.878 (218-225 alone 0.869: 16 goals due by a plan period or under a table's title line).
FLOORS = {
    "targets (value + unit)": 0.99,
    "targets with deadline": 0.99,
    "citations (cites)": 1.0,
    "citations (produces)": 1.0,
}
LETTER_FLOORS = {"targets (value + unit)": 0.99, "targets with deadline": 0.87}


@pytest.fixture(scope="module")
def scored(shared: Path, made_tables: Path) -> tuple[Path, Path, dict[str, float]]:
    """The set scored against the shared tables of every set's build (tests/made_scores.py)."""
    return shared, made_tables, score(shared, MADE, made_tables)[1]


def test_made_targets_and_citations_hold_their_level(scored: tuple[Path, Path, dict[str, float]]) -> None:
    rows = scored[2]
    assert {name: rows.get(name) for name in FLOORS if rows.get(name, 0.0) < FLOORS[name]} == {}


def test_made_targets_under_the_guides_letter(scored: tuple[Path, Path, dict[str, float]], tmp_path: Path) -> None:
    shared, tables, _ = scored
    letter = tmp_path / "letter"
    subprocess.run([sys.executable, str(MADE / "src" / "make_gold.py"), "--letter", str(letter)], check=True)
    rows = score(shared, letter, tables)[1]
    assert {name: rows.get(name) for name in LETTER_FLOORS if rows.get(name, 0.0) < LETTER_FLOORS[name]} == {}
