"""Namespaces and the IRI scheme. IRIs are deterministic: built from file names, offsets and
hashes of names, never from counters shared across documents or from random ids."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import OWL as _OWL
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

from ..ingest.normalize import normalize

__all__ = [
    "BASE",
    "DCTERMS",
    "ELI",
    "OA",
    "ORG",
    "OWL",
    "PKG",
    "PROV",
    "RDF",
    "RDFS",
    "ROLE",
    "SCHEMA",
    "SKOS",
    "XSD",
    "bind_prefixes",
    "collective_iri",
    "doc_iri",
    "org_iri",
    "work_iri",
]

class CachedNamespace:
    """A namespace whose terms are built once and then read as plain attributes: ``PKG.Task`` is
    looked up hundreds of thousands of times in a corpus build, and rdflib's Namespace builds a
    new URIRef on every access. ``str(ns)`` is the namespace IRI; ``ns["name"]`` works too."""

    def __init__(self, iri: str, terms: Callable[[], frozenset[str]] | None = None) -> None:
        self._iri = iri
        self._terms = terms  # a closed namespace: only these names are terms

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._terms is not None and name not in self._terms():
            raise AttributeError(f"{name!r} is not a term of {self._iri} (ontology/policykg.ttl defines its terms)")
        term = URIRef(self._iri + name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        if name.isidentifier() and not name.startswith("_"):
            return getattr(self, name)
        if self._terms is not None:
            raise KeyError(f"{name!r} is not a term of {self._iri}")
        return URIRef(self._iri + name)

    def __str__(self) -> str:
        return self._iri

    def __repr__(self) -> str:
        return f"CachedNamespace({self._iri!r})"

    def as_namespace(self) -> Namespace:
        return Namespace(self._iri)


DCTERMS = CachedNamespace(str(_DCTERMS))
OWL = CachedNamespace(str(_OWL))
PROV = CachedNamespace(str(_PROV))
RDF = CachedNamespace(str(_RDF))
RDFS = CachedNamespace(str(_RDFS))
SKOS = CachedNamespace(str(_SKOS))
XSD = CachedNamespace(str(_XSD))

BASE = "https://w3id.org/policykg/id/"
@cache
def _ontology_terms() -> frozenset[str]:
    """The names ``ontology/policykg.ttl`` defines (each opens a statement: ``pkg:Task a …``):
    PKG is closed over them, so a typo raises instead of minting a new term."""
    text = resources.files("graph.ontology").joinpath("policykg.ttl").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^pkg:([A-Za-z_][A-Za-z0-9_]*)", text, flags=re.M))


PKG = CachedNamespace("https://w3id.org/policykg/ontology#", _ontology_terms)
ROLE = CachedNamespace("https://w3id.org/policykg/role/")
ELI = CachedNamespace("http://data.europa.eu/eli/ontology#")
ORG = CachedNamespace("http://www.w3.org/ns/org#")
OA = CachedNamespace("http://www.w3.org/ns/oa#")
SCHEMA = CachedNamespace("https://schema.org/")
ID = CachedNamespace(BASE)


def _h(text: str, n: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def doc_iri(source: str) -> URIRef:
    """One IRI per input file name (``x.txt`` and ``x.html`` are two sources)."""
    return URIRef(BASE + "doc/" + quote(source, safe=""))


def org_iri(key: str) -> URIRef:
    """A department: a registry id (ASCII) or, for an unresolved name, a hash of the name."""
    if key.isascii() and key.replace("-", "").replace("_", "").isalnum():
        return URIRef(BASE + "org/" + key)
    return URIRef(BASE + "org/x-" + _h(key))


#: A resolver's key ``source + SCOPED + name`` names a body only within one document (a name whose words
#: do not say which body it is: 数据提供部门, 市发展改革委 of a city not known): see graph.resolve.
SCOPED = "#"


def unresolved_key(key: str, canonical: str) -> bool:
    """A resolver's key of a body no registry entry matched (``pkg:resolved false``, ``departments --unresolved``): a
    name as printed or written out (the key is the name), one document's own (``SCOPED``), or a place's name that no
    template knows (``pattern:``, one node with the same name printed in full).

    >>> unresolved_key("d340100-gov", "合肥市人民政府"), unresolved_key("pattern:济南市双创办", "济南市双创办")
    (False, True)
    """
    return key == canonical or SCOPED in key or key.startswith("pattern:")


def own_body_iri(source: str, name: str) -> URIRef:
    """The department node of a body that is one document's own (``SCOPED``), named ``name``.

    >>> own_body_iri("a.txt", "数据提供部门") == org_iri("a.txt#数据提供部门")
    True
    """
    return org_iri(f"{source}{SCOPED}{name}")


def collective_iri(doc: URIRef, mention: str) -> URIRef:
    """A collective (有关部门…) means different bodies in different documents: scoped per document."""
    return URIRef(f"{doc}/collective/{_h(mention, 12)}")


def work_iri(doc_number: str | None, title: str | None) -> URIRef:
    """A cited work, identified by its 文号 when it has one, else by its title."""
    # (a title as printed may hold half-width brackets or spaces: one work however it is printed)
    key = ("no:" + doc_number) if doc_number else ("title:" + normalize(title or ""))
    return URIRef(BASE + "work/" + _h(key))


def bind_prefixes(g: object) -> None:
    bind = g.bind  # type: ignore[attr-defined]
    for prefix, ns in (
        ("pkg", PKG),
        ("role", ROLE),
        ("eli", ELI),
        ("org", ORG),
        ("oa", OA),
        ("schema", SCHEMA),
        ("prov", PROV),
        ("skos", SKOS),
        ("dcterms", DCTERMS),
        ("xsd", XSD),
        ("id", ID),
    ):
        bind(prefix, Namespace(str(ns)), override=True)


__all__ += ["ID"]
_ = (OWL, RDF, RDFS)
