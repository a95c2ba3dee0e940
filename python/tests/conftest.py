"""Shared paths for the Python tests: the fixtures, the built executable, a fixture manifest."""

import os
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"


@pytest.fixture
def exe():
    path = os.environ.get("CLAIMDIFF_EXE", str(REPO / "build" / "claimdiff"))
    if not os.path.exists(path):
        pytest.skip("no claimdiff executable (set CLAIMDIFF_EXE)")
    return path


@pytest.fixture
def manifest(tmp_path):
    """A TSV manifest over the fixtures, with paths relative to its folder, and one bad row."""
    for name in ("bbc", "revisions"):
        (tmp_path / name).symlink_to(FIXTURES / name)
    rows = [
        "id\toriginal\tcopy\tcopy2\tlang",
        "bbc\tbbc/original.txt\tbbc/copy.txt\t\ten",
        "bbc-es\tbbc/original.es.txt\tbbc/copy.txt\t\tes,en",
        "revisions\trevisions/v1.txt\trevisions/v2.txt\trevisions/v3.txt\t",
        "missing\tbbc/original.txt\tbbc/no-such-copy.txt\t\ten",
        "same\tbbc/copy.txt\tbbc/copy.txt\t\ten",
    ]
    path = tmp_path / "rows.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path
