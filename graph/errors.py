"""The project's exceptions. Library code raises these; only the CLI turns them into messages."""

from __future__ import annotations

__all__ = ["InputError", "NoDocumentsError", "PolicyKGError", "QueryError", "SourceError", "StoreError",
           "ValidationError"]


class PolicyKGError(Exception):
    """Base class of every error policykg raises on purpose."""


class InputError(PolicyKGError):
    """A source file cannot be read as a document (empty, binary, undecodable, no text layer...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class SourceError(PolicyKGError):
    """A path given to a build cannot be read (missing, unreadable, not a file or folder), or the
    build would drop documents of the previous build that are not among its inputs. Nothing is
    written: the previous graph and cache stay as they were."""


class NoDocumentsError(PolicyKGError):
    """A build was given no document at all (an empty folder, or only unsupported files)."""


class QueryError(PolicyKGError):
    """A query name or file is unknown, or a query failed."""


class StoreError(PolicyKGError):
    """A store URI cannot be opened or does not support an operation."""


class ValidationError(PolicyKGError):
    """A graph does not conform to the shapes."""
