"""A synthetic corpus shaped like policykg's graphs, for benchmarks and load tests.

Documents of ~40 tasks; each task has a source span, a form (``clause``: the projection queries
require one) and 1-4 assignments (agent, role, mention,
span) to departments drawn from a pool of a few hundred; every fifth task carries a target; each
document cites two works. Same vocabulary and IRI patterns as ``graph.rdf.build``, so every shipped
query returns rows. ``variant`` changes the task count of every document (one more task per
variant step), so a reload can be told apart from the original per document.

    python scripts/synthetic_triples.py 100000 corpus-100k.nt [--variant 1] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

BASE = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROLE = "https://w3id.org/policykg/role/"
ROLES = ["lead", "responsible", "support", "guide"]
_FIELDS = "发展改革 经济信息化 教育 科技 公安 民政 司法 财政 人力资源社会保障 国土资源 环境保护 住房城乡建设 交通运输 水利 农业 商务 文化 卫生计生 审计 质监 食品药品监管 工商 税务 统计 旅游 林业 粮食 物价 安全监管 金融".split()
_KINDS = ["厅", "委", "局", "办"]


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    s = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s + (f"@{lang}" if lang else f"^^<{dt}>" if dt else "")


def _int(n: int) -> str:
    return _lit(str(n), dt=XSD + "integer")


def departments(n: int = 300) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        field, kind = _FIELDS[i % len(_FIELDS)], _KINDS[(i // len(_FIELDS)) % len(_KINDS)]
        region = "" if i < len(_FIELDS) * len(_KINDS) else f"第{i // (len(_FIELDS) * len(_KINDS))}区"
        out.append((f"{BASE}org/syn-{i:04d}", f"{region}省{field}{kind}"))
    return out


def role_scheme() -> Iterator[str]:
    for r in [*ROLES, "cites", "produces"]:
        yield f"<{ROLE}{r}> <{RDF_TYPE}> <{SKOS}Concept> ."
        yield f"<{ROLE}{r}> <{SKOS}notation> {_lit(r)} ."
        yield f"<{ROLE}{r}> <{SKOS}prefLabel> {_lit(r, lang='en')} ."


def document(i: int, rng: random.Random, depts: list[tuple[str, str]], *, tasks: int) -> Iterator[str]:
    doc = f"{BASE}doc/synthetic-{i:05d}.txt"
    d = f"<{doc}>"

    def span(start: int, end: int, quote: str) -> str:
        node = f"{doc}/span/{start}-{end}"
        lines = [f"<{node}> <{RDF_TYPE}> <{PKG}SourceSpan> .", f"<{node}> <{OA}hasSource> {d} .",
                 f"<{node}> <{OA}hasSelector> <{node}/pos> .", f"<{node}> <{OA}hasSelector> <{node}/quote> .",
                 f"<{node}/pos> <{RDF_TYPE}> <{OA}TextPositionSelector> .",
                 f"<{node}/pos> <{OA}start> {_int(start)} .", f"<{node}/pos> <{OA}end> {_int(end)} .",
                 f"<{node}/quote> <{RDF_TYPE}> <{OA}TextQuoteSelector> .",
                 f"<{node}/quote> <{OA}exact> {_lit(quote)} ."]
        yield_lines.extend(lines)
        return f"<{node}>"

    yield_lines: list[str] = [
        f"{d} <{RDF_TYPE}> <{ELI}LegalResource> .", f"{d} <{PKG}sourceFile> {_lit(f'synthetic-{i:05d}.txt')} .",
        f"{d} <{DCT}format> {_lit('text/plain')} .", f"{d} <{ELI}title> {_lit(f'关于印发第{i}号合成行动计划的通知', 'zh')} .",
        f"{d} <{ELI}id_local> {_lit(f'皖政办〔2016〕{i}号')} .", f"{d} <{PKG}issuerName> {_lit('安徽省人民政府办公厅', 'zh')} .",
        f"{d} <{ELI}date_document> {_lit(f'2016-{1 + i % 12:02d}-{1 + i % 28:02d}', dt=XSD + 'date')} .",
    ]
    pos = 100
    for k in range(1, tasks + 1):
        t = f"<{doc}/task/{k}>"
        text = f"第{k}项任务：推进{rng.choice(_FIELDS)}领域质量提升工作。"
        yield_lines += [f"{t} <{RDF_TYPE}> <{PKG}Task> .", f"{t} <{ELI}is_part_of> {d} .",
                        f"{t} <{PKG}path> {_lit(f'{k // 10 + 1}/{k}')} .", f"{t} <{PKG}order> {_int(k)} .",
                        f"{t} <{PKG}text> {_lit(text, 'zh')} .", f"{t} <{PKG}form> {_lit('clause')} ."]
        yield_lines.append(f"{t} <{PROV}wasDerivedFrom> {span(pos, pos + 40, text)} .")
        for a, (org, label) in enumerate(rng.sample(depts, rng.randint(1, 4)), start=1):
            node = f"<{doc}/task/{k}/assignment/{a}>"
            role = "lead" if a == 1 and rng.random() < 0.5 else rng.choice(ROLES[1:])
            yield_lines += [f"<{org}> <{RDF_TYPE}> <{ORG}Organization> .", f"<{org}> <{SKOS}prefLabel> {_lit(label, 'zh')} .",
                            # every named body is its own successor from year 0 (as real builds write)
                            f"<{org}> <{PKG}succession> <{org}/succession/0> .",
                            f"<{org}/succession/0> <{PKG}fromYear> {_int(0)} .",
                            f"<{org}/succession/0> <{PKG}successor> <{org}> .",
                            f"{node} <{RDF_TYPE}> <{PKG}Assignment> .", f"{node} <{PKG}task> {t} .",
                            f"{node} <{PKG}agent> <{org}> .", f"{node} <{PKG}role> <{ROLE}{role}> .",
                            f"{node} <{PKG}mention> {_lit(label, 'zh')} .",
                            f"{node} <{PKG}generic> {_lit('false', dt=XSD + 'boolean')} .",
                            f"{node} <{PKG}implicit> {_lit('false', dt=XSD + 'boolean')} .",
                            f"{node} <{PKG}order> {_int(a)} ."]
            yield_lines.append(f"{node} <{PROV}wasDerivedFrom> {span(pos + 30 + a * 3, pos + 32 + a * 3, label)} .")
        if k % 5 == 0:
            x = f"<{doc}/target/{k // 5}>"
            yield_lines += [f"{x} <{RDF_TYPE}> <{PKG}Target> .", f"{x} <{ELI}is_part_of> {d} .",
                            f"{x} <{PKG}path> {_lit(f'{k // 10 + 1}/{k}')} .", f"{x} <{PKG}order> {_int(k // 5)} .",
                            f"{x} <{PKG}indicator> {_lit('质量提升企业', 'zh')} .",
                            f"{x} <{SCHEMA}value> {_lit(str(rng.randint(1, 500)), dt=XSD + 'decimal')} .",
                            f"{x} <{SCHEMA}unitText> {_lit('家')} .", f"{x} <{PKG}deadlineYear> {_int(2020)} ."]
            yield_lines.append(f"{x} <{PROV}wasDerivedFrom> {span(pos + 5, pos + 20, '质量提升企业')} .")
        pos += 100
    for c in (1, 2):
        node, work = f"<{doc}/citation/{c}>", f"<{BASE}work/syn-{(i + c) % 50:03d}>"
        title = f"合成纲要第{(i + c) % 50}号"
        yield_lines += [f"{work} <{RDF_TYPE}> <{ELI}LegalResource> .", f"{work} <{ELI}title> {_lit(title, 'zh')} .",
                        f"{node} <{RDF_TYPE}> <{PKG}Citation> .", f"{node} <{PKG}citingDocument> {d} .",
                        f"{node} <{PKG}cited> {work} .", f"{node} <{PKG}citationKind> <{ROLE}cites> .",
                        f"{node} <{PKG}order> {_int(c)} .", f"{node} <{DCT}title> {_lit(title, 'zh')} .",
                        f"{d} <{ELI}cites> {work} ."]
        yield_lines.append(f"{node} <{PROV}wasDerivedFrom> {span(10 * c, 10 * c + 8, title)} .")
    yield from yield_lines


def generate(n_triples: int, *, seed: int = 0, variant: int = 0, tasks_per_doc: int = 40) -> Iterator[str]:
    """N-Triples lines of about ``n_triples`` triples (whole documents; the last one may overshoot)."""
    rng = random.Random(seed)
    depts = departments()
    count = 0
    for line in role_scheme():
        count += 1
        yield line
    i = 0
    while count < n_triples:
        for line in document(i, rng, depts, tasks=tasks_per_doc + variant):
            count += 1
            yield line
        i += 1


def write(path: str | Path, n_triples: int, *, seed: int = 0, variant: int = 0) -> int:
    """Write the corpus to ``path`` (N-Triples); return the number of lines."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for line in generate(n_triples, seed=seed, variant=variant):
            fh.write(line + "\n")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n_triples", type=int)
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--variant", type=int, default=0)
    args = ap.parse_args()
    print(write(args.output, args.n_triples, seed=args.seed, variant=args.variant))


if __name__ == "__main__":
    main()
