"""The other half of the made documents in every form (tests/test_made_gold_forms.py, whose FLOORS say the level
each set keeps), in a file of its own so that the two xdist workers (``--dist loadfile``) share the sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_made_gold_forms import FLOORS, check_set


@pytest.mark.parametrize("which", list(FLOORS)[1::2])
def test_made_documents_in_every_form_stay_read(which: str, shared: Path, made_tables: Path) -> None:
    check_set(which, shared, made_tables)
