"""The one build of every made-gold set (tests/made_scores.py) scores each set as its own ``run_eval.sh`` run does."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from made_scores import MADE, first_document, made_sets, score


def test_made_stems_are_unique() -> None:
    """One folder of links can hold every set's gold files and documents."""
    stems = [j.stem for which in made_sets() for j in (MADE / which).glob("*.json")]
    assert len(stems) == len(set(stems)) > 1000


def test_first_document_is_run_evals_pick(tmp_path: Path) -> None:
    for name in ("a.txt", "a.html", "a.docx", "ab.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert first_document(tmp_path, "a") == tmp_path / "a.docx"
    assert first_document(tmp_path, "b") is None


def test_a_set_scores_alike_alone_and_in_the_shared_build(shared: Path, policykg_exe: str, made_tables: Path,
                                                          tmp_path: Path) -> None:
    """Three sets of three kinds (forms with prose, places, a later blind round) run alone through run_eval.sh print
    the same table as scored against the build of every set."""
    for which in ("forms21", "places77", "forms164"):
        run = subprocess.run(
            ["bash", str(shared / "eval" / "run_eval.sh"), str(MADE / which), str(MADE / which / "docs"),
             str(tmp_path / which)],
            env={**os.environ, "POLICYKG": policykg_exe}, capture_output=True, text=True, timeout=600, check=False,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        printed = score(shared, MADE / which, made_tables)[0]
        assert printed.count("\n") > 10 and run.stdout.endswith(printed)
