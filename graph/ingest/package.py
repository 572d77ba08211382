"""Zip packages of XML parts (OFD, OpenDocument): open and parse them safely, every failure one :class:`InputError`.

A part is parsed with lxml without entity expansion or network access; a part larger than ``MAX_PART`` bytes
uncompressed is refused (a zip bomb), as is a package whose parts cannot be inflated (a truncated download).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from ..errors import InputError

__all__ = ["MAX_PART", "open_zip", "part_names", "read_part", "xml_part"]

MAX_PART = 100 * 1024 * 1024


def open_zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """The package as a zip; ``kind`` names the format in the messages (``an .odt file``)."""
    if not data:
        raise InputError(name, "empty file")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(name, f"not {kind} (bad zip: truncated or not a package)")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise InputError(name, f"not {kind} (bad zip: {exc})") from None


def part_names(z: zipfile.ZipFile) -> dict[str, str]:
    """The package's part names by their lower-cased form without a leading ``/`` (producers differ in case)."""
    return {n.lstrip("/").lower(): n for n in z.namelist()}


def read_part(z: zipfile.ZipFile, part: str, name: str, kind: str) -> bytes:
    """The bytes of ``part`` (found regardless of case and of a leading ``/``)."""
    real = part_names(z).get(part.lstrip("/").replace("\\", "/").lower())
    if real is None:
        raise InputError(name, f"not {kind} (no {part.lstrip('/')} in the package)")
    info = z.getinfo(real)
    if info.file_size > MAX_PART:
        raise InputError(name, f"{part} too large ({info.file_size // (1024 * 1024)} MB uncompressed)")
    try:
        return z.read(real)
    except RuntimeError as exc:  # zipfile's "File … is encrypted, password required for extraction"
        raise InputError(name, f"encrypted {kind} ({part}: {exc})") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise InputError(name, f"broken {kind} ({part} cannot be read: {exc})") from None


def xml_part(z: zipfile.ZipFile, part: str, name: str, kind: str) -> Any:
    """The root element of ``part`` parsed as XML."""
    from lxml import etree

    data = read_part(z, part, name, kind)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(name, f"broken {kind} ({part} is not well-formed XML: {exc.msg})") from None
    if root is None:
        raise InputError(name, f"broken {kind} ({part} is empty)")
    return root
