"""Namespaces and the IRI scheme. IRIs are deterministic: built from file names, offsets and
hashes of names, never from counters shared across documents or from random ids."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

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

BASE = "https://w3id.org/policykg/id/"
PKG = Namespace("https://w3id.org/policykg/ontology#")
ROLE = Namespace("https://w3id.org/policykg/role/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
ID = Namespace(BASE)


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


def collective_iri(doc: URIRef, mention: str) -> URIRef:
    """A collective (有关部门…) means different bodies in different documents: scoped per document."""
    return URIRef(f"{doc}/collective/{_h(mention, 12)}")


def work_iri(doc_number: str | None, title: str | None) -> URIRef:
    """A cited work, identified by its 文号 when it has one, else by its title."""
    key = ("no:" + doc_number) if doc_number else ("title:" + (title or ""))
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
        bind(prefix, ns, override=True)


__all__ += ["ID"]
_ = (OWL, RDF, RDFS)
