"""The corpus fuzzer (``scripts/fuzz_corpus.py``) at CI size: 300 mutated documents through
ingest -> extract -> RDF must raise nothing but InputError and keep every span inside the text.
The 10,000-case run is recorded in ``benchmarks/RESULTS-build.md``."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_corpus", ROOT / "scripts" / "fuzz_corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_corpus"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_fuzz_300_cases(fuzz, tmp_path: Path) -> None:
    result = fuzz.run(300, seed=20261128, save=tmp_path)
    assert result.cases == 300
    assert result.failures == [], result.summary()
    assert not list(tmp_path.iterdir())
    # the fuzzer reaches the extractors, not only the decoders
    assert result.ok >= 100, result.summary()
    assert set(result.by_mutation) >= {"flip", "truncate", "brackets", "labels", "roles", "numbers", "shuffle",
                                       "reencode", "mixed_encoding"}


def test_fuzz_is_deterministic_and_checks_spans(fuzz) -> None:
    seeds = fuzz.load_seeds([])  # the seed document and the synthetic ones only
    a = [fuzz.mutate(random.Random(5), data) for _, data in seeds]
    b = [fuzz.mutate(random.Random(5), data) for _, data in seeds]
    assert a == b
    name, data = seeds[0]
    assert fuzz.check_case(data, name) == "ok"
    assert fuzz.check_case(b"", "x.txt") == "input-error: empty file"

    class Bad:
        start, end = 3, 99

    with pytest.raises(AssertionError, match="outside the text"):
        fuzz._check_span(Bad(), 10, "task")


def test_fuzz_command_line(fuzz, capsys) -> None:
    assert fuzz.main(["20", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("20 cases in ") and "0 failures" in out
