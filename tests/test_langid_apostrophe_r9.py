"""A word with a leading apostrophe gets wordfreq's value from the compact table, without importing wordfreq."""
import subprocess
import sys

import pytest

from checker.lang.langid import zipf

WORDS = ["'histoires", "’histoires", "'the", "'l'homme", "''abc", "'été", "'2014", "'hôtel-dieu", "'"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_same_value_as_wordfreq(lang):
    from wordfreq import zipf_frequency

    assert [zipf(w, lang) for w in WORDS] == [zipf_frequency(w, lang) for w in WORDS]


def test_a_leading_apostrophe_does_not_load_wordfreq(tmp_path):
    import os

    env = dict(os.environ, CHECKER_CACHE_DIR=str(tmp_path))  # the tables built first, in a cache of the test's own
    build = "from checker.lang.langid import frequency_table; frequency_table('en'); frequency_table('fr')"
    subprocess.run([sys.executable, "-c", build], check=True, env=env)
    code = ("import sys; from checker.lang.langid import zipf; zipf(\"'histoires\", 'fr'); zipf('’tis', 'en'); "
            "print('wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"
