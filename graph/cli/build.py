"""``policykg build``: files and folders -> one graph (graph.pipeline), into a file and/or a store."""

from __future__ import annotations

import sys

import click

from ..errors import InputError, NoDocumentsError, PolicyKGError, SourceError
from .common import OptionError, fail, handles

__all__ = ["build"]


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))  # checked by the build
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Graph file to write, streamed in any format: .nt (N-Triples), .ttl (Turtle), .jsonld (JSON-LD), "
                   ".nq, .trig, .rdf (RDF/XML).")
@click.option("--store", "store_uri", help="Also put each document into its own named graph of this store "
              "(oxigraph:DIR or a SPARQL endpoint URL); -o is then optional.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract with this many processes (output is identical to -j 1).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Fragment cache for incremental rebuilds [default: .OUTPUT.policykg-cache next to OUTPUT].")
@click.option("--no-cache", is_flag=True, help="Extract every file again and keep no cache.")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False),
              help="Also write the failed files and reasons here as JSON.")
@click.option("--strict", is_flag=True, help="Stop at the first file that fails; write nothing.")
@click.option("--prune/--no-prune", default=True, show_default=True,
              help="Drop the documents of the previous build of OUTPUT that are not among PATHS (with a note); "
                   "--no-prune refuses such a build instead (exit 2).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal].")
@handles((SourceError, 2), (NoDocumentsError, 3))
def build(paths: tuple[str, ...], output: str | None, store_uri: str | None, jobs: int, cache_dir: str | None,
          no_cache: bool, errors_file: str | None, strict: bool, prune: bool, progress: bool | None) -> None:
    """Extract PATHS (files or folders of .txt/.md/.html/.docx/.doc/.wps/.xlsx/.xls/.pdf/.ofd/.rtf/.odt/.ods/.mht)
    into one graph.

    Unchanged files are taken from the cache, changed ones replace their own facts, files gone
    from a folder drop out. Each bad file gets one line on stderr; the rest is built; the exit
    status is 1 if any file failed. Outputs are written to a temporary name and renamed, so an
    interrupted build leaves the previous output intact.

    Nothing is written (the previous graph and cache stay) and the exit status is 2 when a path
    is missing or cannot be read, or (with --no-prune) when documents of the previous build are not
    among PATHS; 3 when PATHS hold no document; 1 when no file could be read.
    """
    import json

    from ..pipeline import Fragment, build_corpus, collect_sources
    from ..rdf.io import atomic_write_bytes, format_for

    if output is None and store_uri is None:
        raise OptionError("give -o FILE, --store URI or both")
    if output is not None:
        try:
            format_for(output)
        except PolicyKGError as exc:
            raise OptionError(str(exc)) from None
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    counts = {"tasks": 0, "errors": 0}
    told: set[str] = set()

    def tick(frag: Fragment) -> None:
        if frag.error is not None and not strict:
            fail(f"{frag.path}: {frag.error}")
            told.add(str(frag.path))
        counts["tasks"] += frag.tasks
        counts["errors"] += frag.error is not None
        if bar is not None:
            bar.update(1)
            bar.set_postfix(tasks=counts["tasks"], errors=counts["errors"], refresh=False)

    kept = f"; {output or store_uri} left as it was"
    try:
        if show:
            from tqdm import tqdm

            total = len(collect_sources(paths).files)
            bar = tqdm(total=total, unit="file", file=sys.stderr, desc="policykg build")
        report = build_corpus(paths, output, jobs=jobs, cache_dir=cache_dir, use_cache=not no_cache,
                              strict=strict, prune=prune, progress=tick, reread=store_uri is not None)
    except (SourceError, NoDocumentsError) as exc:
        raise type(exc)(f"{exc}{kept}") from None
    except InputError as exc:
        raise PolicyKGError(f"{exc} (--strict: stopped, nothing written)") from None
    except KeyboardInterrupt:
        fail(f"interrupted{kept}")
        sys.exit(130)
    finally:
        if bar is not None:
            bar.close()
    for f, reason in report.errors:
        if str(f) not in told:  # found after the file was read (two files of one name)
            fail(f"{f}: {reason}")
    if errors_file:
        payload = [{"file": f, "reason": r} for f, r in report.errors]
        atomic_write_bytes(errors_file, (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    if store_uri is not None and report.documents:
        from ..assemble import nt_documents
        from ..store import open_store

        with open_store(store_uri, create=True) as st:
            st.load_ntriples_by_document(nt_documents(report.fragments))  # a document at a time, no rdflib
    click.echo(
        f"policykg: {report.documents} documents, {report.tasks} tasks, {report.assignments} assignments, "
        f"{len(report.errors)} failed -> {output or store_uri}",
        err=True,
    )
    if report.documents == 0:  # every file failed (one line each above)
        click.echo(f"policykg: no file could be read as a document: nothing built{kept}", err=True)
    elif output is not None:
        click.echo(
            f"policykg: {report.added} added, {report.changed} changed, {report.removed} removed, "
            f"{report.unchanged} unchanged" + ("" if report.written else "; output already up to date"),
            err=True,
        )
    sys.exit(1 if report.errors else 0)
