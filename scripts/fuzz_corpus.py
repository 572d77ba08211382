"""Fuzz the whole extraction with mutated corpus documents.

Each case takes a real document (``../shared/corpus/docs`` and ``html`` when present, the seed
document and a few synthetic ones otherwise), applies one to four random mutations (byte flips,
truncation, insertion of brackets / field labels / role words / numbers / numbered labels, line
shuffles, deleted or duplicated ranges, deep bracket nesting, NUL bytes, re-encoding as GB18030,
UTF-16, UTF-8 with BOM, a GBK paragraph inside UTF-8 text) and runs the bytes through
``graph.ingest.document_from_bytes`` -> ``graph.extract.extract`` -> ``graph.rdf.build.extraction_lines``
(the N-Triples lines of the document), as ``policykg build`` does for one file.

A case passes when it raises nothing but :class:`~graph.errors.InputError` and every span the
extraction returns (title, task text and clause, assignee, target and its sentence, citation)
lies inside the document text. Failing inputs are saved with ``--save DIR`` for reproduction.
Deterministic for a seed; the exit status is 1 when any case failed.

    python scripts/fuzz_corpus.py 10000 --seed 1 [--save /tmp/fuzz-failures] [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["FuzzResult", "check_case", "load_seeds", "mutate", "run"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"

_BRACKETS = [*"（）()〔〕[]【】《》〈〉「」“”", "（（", "））", "（一）", "(1)", "〔2016〕"]
_LABELS = ["一、", "二、", "十一、", "（一）", "（二十）", "1.", "2．", "(3)", "第一条", "第十二章", "1、", "①",
           "（1）", "一是", "附件1", "\n三、", "\n（四）", "\n5."]
_ROLE_WORDS = ["牵头", "负责", "按职责分工负责", "配合", "参与", "指导", "会同", "责任单位：", "牵头单位：",
               "配合单位：", "下同", "列第一的为牵头单位", "各有关部门", "省发展改革委", "省财政厅、", "有关单位",
               "以下均需各地相关部门落实，不再列出", "由", "、", "，", "；", "。", "：", "\n"]
_NUMBERS = ["2020年", "到2025年，", "95%", "100%以上", "3.5个百分点", "1,000万元", "十", "二十个", "〔2016〕76号",
            "国办发〔2016〕18号", "第5号", "0", "99999999999999999999", "1e309", "−5%", "１２３", "%", "年", "亿元"]
_ENCODINGS = ["gb18030", "gbk", "utf-16", "utf-8-sig", "big5", "utf-16-be"]


@dataclass
class FuzzResult:
    cases: int = 0
    ok: int = 0
    input_errors: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (case id, mutations, error)
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0
    by_mutation: Counter[str] = field(default_factory=Counter)
    input_reasons: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        lines = [
            f"{self.cases} cases in {self.seconds:.1f} s ({self.cases / max(self.seconds, 1e-9):.0f}/s): "
            f"{self.ok} extracted, {self.input_errors} rejected with InputError, {len(self.failures)} failures",
            f"slowest case: {self.slowest[0] * 1000:.0f} ms ({self.slowest[1]})",
            "mutations applied: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_mutation.items())),
            "InputError reasons: " + ", ".join(f"{k} {v}" for k, v in self.input_reasons.most_common(8)),
        ]
        for case, muts, err in self.failures[:20]:
            lines.append(f"FAIL {case} [{muts}]: {err}")
        return "\n".join(lines)


# ------------------------------------------------------------------------------------ seeds


def load_seeds(folders: Sequence[str | Path] | None = None, *, limit: int | None = None,
               max_bytes: int = 60_000) -> list[tuple[str, bytes]]:
    """(name, bytes) of the documents to mutate, sorted by name (so a seed number means the same)."""
    import graph

    if folders is None:
        folders = [p for p in (SHARED / "docs", SHARED / "html") if p.is_dir()]
    out: list[tuple[str, bytes]] = []
    for folder in folders:
        for p in sorted(Path(folder).iterdir()):
            if p.suffix.lower() in (".txt", ".md", ".html", ".htm") and p.stat().st_size <= max_bytes:
                out.append((p.name, p.read_bytes()))
    seed = Path(graph.example_path())
    out.append((seed.name, seed.read_bytes()))
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from synthetic_documents import synthetic_document
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    out += [(f"synth_{i}.txt", synthetic_document(i).encode("utf-8")) for i in range(5)]
    if limit is not None and len(out) > limit:
        out = random.Random(0).sample(out, limit)
    return sorted(out)


# ------------------------------------------------------------------------------------ mutations


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _flip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        if b:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def _chars(rng: random.Random, data: bytes) -> bytes:
    """Character-level substitutions (the text stays valid UTF-8, so extraction is reached)."""
    text = list(_decode(data))
    pool = "（）、，。；：\n 0123456789%年省部委厅局负责牵头配合一二三" + "".join(_BRACKETS[:16])
    for _ in range(rng.randint(1, 30)):
        if text:
            text[rng.randrange(len(text))] = rng.choice(pool) if rng.random() < 0.8 else chr(rng.randrange(32, 0x2FFFF))
    return "".join(text).encode("utf-8", errors="replace")


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)] if data else data


def _insert_tokens(tokens: list[str]) -> Callable[[random.Random, bytes], bytes]:
    def mutate(rng: random.Random, data: bytes) -> bytes:
        text = _decode(data)
        for _ in range(rng.randint(1, 25)):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(tokens) + text[i:]
        return text.encode("utf-8")

    return mutate


def _shuffle_lines(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    if rng.random() < 0.5:
        rng.shuffle(lines)
    else:  # move one block of lines somewhere else
        i = rng.randrange(len(lines))
        j = min(len(lines), i + rng.randint(1, 20))
        block, rest = lines[i:j], lines[:i] + lines[j:]
        k = rng.randrange(len(rest) + 1)
        lines = rest[:k] + block + rest[k:]
    return b"\n".join(lines)


def _reencode(rng: random.Random, data: bytes) -> bytes:
    text = _decode(data)
    return text.encode(rng.choice(_ENCODINGS), errors="replace")


def _mixed_encoding(rng: random.Random, data: bytes) -> bytes:
    """A paragraph (or a random range) of UTF-8 text re-encoded as GBK in place."""
    text = _decode(data)
    paras = text.split("\n")
    i = rng.randrange(len(paras))
    out = [p.encode("utf-8") for p in paras]
    out[i] = paras[i].encode("gbk", errors="replace")
    return b"\n".join(out)


def _delete_range(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, 2000) :]


def _duplicate_range(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randint(1, 3000))
    return data[:j] + data[i:j] * rng.randint(1, 5) + data[j:]


def _nest(rng: random.Random, data: bytes) -> bytes:
    text = _decode(data)
    depth = rng.choice([5, 50, 500, 3000])
    opener, closer = rng.choice([("（", "）"), ("(", ")"), ("《", "》"), ("〔", "〕"), ("【", "】")])
    core = rng.choice(["省财政厅负责", "省发展改革委牵头，省商务厅配合", "x", ""])
    closing = closer * (depth if rng.random() < 0.5 else rng.randrange(depth + 1))  # balanced or not
    i = rng.randrange(len(text) + 1)
    return (text[:i] + opener * depth + core + closing + text[i:]).encode("utf-8")


def _control_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        b.insert(rng.randrange(len(b) + 1), rng.choice([0, 1, 7, 8, 11, 12, 27, 127, 0xFF, 0xFE, 0xC0]))
    return bytes(b)


def _html_damage(rng: random.Random, data: bytes) -> bytes:
    snippets = [b"<table><tr><td>", b"</td></tr>", b"<div", b"<!--", b"<script>", b"&#x110000;", b"&nbsp",
                b"<meta charset=gbk>", b"<p>", b"</html>", b"<td rowspan=999999>", b"<td colspan=0>"]
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(data) + 1)
        data = data[:i] + rng.choice(snippets) + data[i:]
    return data


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "flip": _flip,
    "chars": _chars,
    "truncate": _truncate,
    "brackets": _insert_tokens(_BRACKETS),
    "labels": _insert_tokens(_LABELS),
    "roles": _insert_tokens(_ROLE_WORDS),
    "numbers": _insert_tokens(_NUMBERS),
    "shuffle": _shuffle_lines,
    "reencode": _reencode,
    "mixed_encoding": _mixed_encoding,
    "delete": _delete_range,
    "duplicate": _duplicate_range,
    "nest": _nest,
    "control": _control_bytes,
    "html": _html_damage,
}


def mutate(rng: random.Random, data: bytes) -> tuple[bytes, list[str]]:
    names = [rng.choice(list(MUTATIONS)) for _ in range(rng.choice([1, 1, 2, 2, 3, 4]))]
    for name in names:
        data = MUTATIONS[name](rng, data)
    return data, names


# ------------------------------------------------------------------------------------ checking


def _check_span(span: object, n: int, what: str) -> None:
    if span is None:
        return
    start, end = span.start, span.end  # type: ignore[attr-defined]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
        raise AssertionError(f"{what} span {start}-{end} outside the text (length {n})")


def check_case(data: bytes, name: str) -> str:
    """Run one input through the extraction; return "ok" or "input-error: reason"; raise on a bug."""
    from graph.errors import InputError
    from graph.extract import extract
    from graph.ingest import document_from_bytes
    from graph.rdf.build import extraction_lines
    from graph.resolve import default_resolver

    try:
        doc = document_from_bytes(data, name, path=name)
    except InputError as exc:
        return f"input-error: {exc.reason}"
    ex = extract(doc)
    n = len(doc.text)
    _check_span(ex.meta.title_span, n, "title")
    for t in ex.tasks:
        _check_span(t.text_span, n, "task text")
        _check_span(t.clause_span, n, "task clause")
        if t.form == "prose":  # a duty in running text: the sentence is both the task and its clause
            if t.clause_span != t.text_span:
                raise AssertionError(f"prose task {t.text_span} has another clause {t.clause_span}")
        elif not t.text_span.end <= t.clause_span.start:
            raise AssertionError(f"task text {t.text_span} overlaps its clause {t.clause_span}")
        for a in t.assignees:
            _check_span(a.span, n, f"assignee {a.mention!r}")
            if a.span is not None and a.span.end > a.span.start and a.mention not in doc.text[a.span.start : a.span.end]:
                quote = doc.text[a.span.start : a.span.end]
                if len(quote) != len(a.mention) and a.mention.replace(" ", "") not in quote.replace(" ", ""):
                    raise AssertionError(f"assignee {a.mention!r} not at its span (quote {quote!r})")
    for tg in ex.targets:
        _check_span(tg.span, n, "target")
        _check_span(tg.sentence, n, "target sentence")
    for c in ex.citations:
        _check_span(c.span, n, "citation")
    extraction_lines(ex, default_resolver())
    return "ok"


def run(n: int, seed: int = 0, *, seeds: list[tuple[str, bytes]] | None = None, save: str | Path | None = None,
        progress: bool = False) -> FuzzResult:
    """Run ``n`` fuzz cases; never raises for a failing case (they are collected in the result)."""
    seeds = seeds if seeds is not None else load_seeds()
    rng = random.Random(seed)
    result = FuzzResult()
    t0 = time.perf_counter()
    save_dir = Path(save) if save else None
    for i in range(n):
        name, original = rng.choice(seeds)
        data, muts = mutate(rng, original)
        suffix = Path(name).suffix
        if rng.random() < 0.1:  # the same bytes read as another format
            suffix = rng.choice([".txt", ".md", ".html"])
        case_name = f"{Path(name).stem}{suffix}"
        result.by_mutation.update(muts)
        start = time.perf_counter()
        try:
            outcome = check_case(data, case_name)
        except Exception as exc:  # a bug: record it and go on
            tb = traceback.format_exc(limit=-3).strip().splitlines()
            where = next((line.strip() for line in reversed(tb) if line.strip().startswith("File")), "")
            result.failures.append((f"#{i} {case_name}", "+".join(muts), f"{type(exc).__name__}: {exc} ({where})"))
            if save_dir is not None:
                save_dir.mkdir(parents=True, exist_ok=True)
                (save_dir / f"case{i:06d}_{case_name}").write_bytes(data)
            outcome = "fail"
        spent = time.perf_counter() - start
        if spent > result.slowest[0]:
            result.slowest = (spent, f"#{i} {case_name} [{'+'.join(muts)}], {len(data)} bytes")
        result.cases += 1
        if outcome == "ok":
            result.ok += 1
        elif outcome.startswith("input-error"):
            result.input_errors += 1
            result.input_reasons[outcome.split(": ", 1)[1].split(" (")[0][:50]] += 1
        if progress and (i + 1) % 1000 == 0:
            print(f"... {i + 1} cases, {len(result.failures)} failures, "
                  f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    result.seconds = time.perf_counter() - t0
    return result


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of cases")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", nargs="*", help="folders of seed documents [default: ../shared/corpus/docs, html]")
    ap.add_argument("--save", help="write failing inputs into this folder")
    a = ap.parse_args(argv)
    result = run(a.n, a.seed, seeds=load_seeds(a.corpus) if a.corpus else None, save=a.save, progress=True)
    print(result.summary())
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
