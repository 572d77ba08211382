"""Run named mutants of a mutation run (scripts/mutation.sh) against test files, in one process.

    cd $MUTATION_DIR/extract/mutants
    python $WORKTREE/scripts/mutation_check.py graph.extract.clauses. tests/test_mutants_clauses.py \
        x_parse_clause__mutmut_1 x__paired__mutmut_3 ...

Several test files are given separated by commas. Prints ``killed NAME`` or ``alive NAME`` per mutant (``rcN NAME`` for another pytest exit code),
after ``base 0`` for the file with no mutant switched on (anything else there: the file fails on
the code itself, so its kills mean nothing). mutmut's trampolines read ``MUTANT_UNDER_TEST`` at
each call, so one process serves every mutant; the test file is collected anew each time, and
no test ids are passed (pytest escapes non-ASCII ids again in a later session of one process).
A mutant that runs over 30 s (``MUTATION_CHECK_TIMEOUT``) fails its test by a TimeoutError (a loop).
A mutant of a function called only while a ``@cache`` is filled must be run by mutmut itself
(forkserver mode), not here: the cache is filled once, under the first mutant.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys


def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError("the mutant ran over its time (a loop?)")


def _run(test_files: str, mutant: str) -> int:
    import pytest

    os.environ["MUTANT_UNDER_TEST"] = mutant
    # a mutant that loops fails the test it loops in (counted killed: a timeout) instead of hanging the check
    signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(int(os.environ.get("MUTATION_CHECK_TIMEOUT", "30")))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return int(pytest.main(["-x", "-q", "-p", "no:cacheprovider", "--hypothesis-seed=0", *test_files.split(",")]))
    finally:
        signal.alarm(0)


def main(prefix: str, test_file: str, names: list[str]) -> None:
    sys.path.insert(0, os.getcwd())
    print("base", _run(test_file, "none"), flush=True)
    for name in names:
        rc = _run(test_file, prefix + name)
        print("killed" if rc == 1 else "alive" if rc == 0 else f"rc{rc}", name, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
