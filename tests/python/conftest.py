import os
import pathlib

import pytest

EXAMPLES = pathlib.Path(os.environ.get("TAILORCORE_EXAMPLES", pathlib.Path(__file__).parents[2] / "examples"))


@pytest.fixture(scope="session")
def engine():
    import tailorcore

    return tailorcore.Engine()


@pytest.fixture(scope="session")
def examples():
    return {p.stem: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
