"""Letters that case-insensitive patterns match to ASCII ones (ſ, K, ı, İ) never crash a check."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.lang.folding import case_key

from .conftest import FIXTURES

TWINS = {
    "long s": lambda text: text.replace("s", "ſ"),
    "Kelvin sign": lambda text: text.replace("k", "\u212a").replace("K", "\u212a"),
    "dotless i": lambda text: text.replace("i", "ı"),
    "dotted capital I": lambda text: text.replace("I", "İ").replace("i", "İ"),
}
POSTS = FIXTURES / "bilingual" / "content" / "posts"


def test_case_key():
    assert [case_key(w) for w in ("ſaid", "\u212aNOWS", "fırst", "İS", "Said")] == ["said", "knows", "first", "is",
                                                                                    "said"]


@pytest.mark.parametrize("twin", TWINS)
def test_seed_checks_with_twins(twin):
    seed = (FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt").read_text(encoding="utf-8")
    check_text(TWINS[twin](seed), Config(models=False), with_quotes=True)


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("post", ["strike", "summit"])
def test_bilingual_pair_checks_with_twins(twin, post):
    """Numbers ("firſt"), speech verbs ("ſaid") and pronouns ("İL") are looked up in tables after matching."""
    english = (POSTS / post / "index.en.md").read_text(encoding="utf-8")
    french = (POSTS / post / "index.fr.md").read_text(encoding="utf-8")
    report = check_text(TWINS[twin](english), Config(models=False), source=TWINS[twin](french), fmt="markdown",
                        with_quotes=True)
    assert report.doc.raw == TWINS[twin](english)  # offsets and texts still point into the file as written
