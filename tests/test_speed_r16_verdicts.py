"""The span-language verdicts kept in the data cache: the same probabilities, lingua spared on a second run."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from checker.data import cache
from checker.lang import langid

from .conftest import ROOT

SPANS = ('Aubervilliers Resident Launches "Parti de la Banlieue"',  # short: lingua alone
         "The minister said the reform would go ahead.",
         # long and hesitant: langdetect casts the deciding vote
         "Le ministre a dit que la réforme serait adoptée, but the unions said they would strike again next week "
         "in Paris and in the regions, whatever the government decides about pensions and working hours.")


def _decided_anew() -> list[float]:
    # lingua's confidence varies in its last bits from one call to the next (its sums run in no fixed order)
    return pytest.approx([langid._french_probability(span) for span in SPANS], rel=1e-9)


def test_kept_verdicts_are_the_computed_ones(fresh_cache):
    langid._verdicts_in.cache_clear()
    assert [langid.french_probability(span) for span in SPANS] == _decided_anew()  # computed, kept
    assert [langid.french_probability(span) for span in SPANS] == _decided_anew()  # read from the memo
    langid._verdicts_in.cache_clear()


def test_without_a_cache_nothing_is_kept(monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "off")
    cache.cache_dir.cache_clear()
    try:
        assert langid._verdicts() is None
        assert [langid.french_probability(span) for span in SPANS] == _decided_anew()
    finally:
        cache.cache_dir.cache_clear()


def test_a_damaged_entry_is_decided_anew(fresh_cache):
    langid._verdicts_in.cache_clear()
    memo = langid._verdicts()
    for damaged in ((), ("0.5",), 0.5, (0.5, 0.5)):
        memo.known[SPANS[0]] = damaged
        memo.used.pop(SPANS[0], None)
        assert langid.french_probability(SPANS[0]) == pytest.approx(langid._french_probability(SPANS[0]), rel=1e-9)
    langid._verdicts_in.cache_clear()


def test_a_second_process_reads_the_verdict_without_loading_lingua(tmp_path):
    probe = ("import sys; from checker.lang.langid import french_probability; "
             f"print(repr(french_probability({SPANS[0]!r}))); print('lingua' in sys.modules)")
    env = {**os.environ, "CHECKER_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                           check=True).stdout.split() for _ in range(2)]
    assert runs[0][0] == runs[1][0]  # the kept value itself
    assert runs[0][1] == "True" and runs[1][1] == "False"


def test_a_parent_keeps_the_verdicts_its_workers_made_but_no_code_memo_it_lacks(fresh_cache):
    kind, code_kind = f"{cache.VERDICT_MEMO}test", "dataclass-code-test"
    try:
        cache.keep_run_memo_news({kind: {"un texte": (0.9,)}, code_kind: {"source": b"code"}})
        assert cache._RUN_MEMOS[kind].used == {"un texte": (0.9,)}
        assert code_kind not in cache._RUN_MEMOS  # compiled code is kept only where this process chose to
    finally:
        cache._RUN_MEMOS.pop(kind, None)


def test_a_pattern_compiled_on_first_use_is_kept_and_read_back_the_same(fresh_cache):
    import re

    source, text = r"(?P<span>since (?:ten|two) years?)\b", "He has lived there since ten years, since two year."
    cache._RUN_MEMOS.pop("regex-lazy", None)
    try:
        built = cache.compile_kept(source, re.IGNORECASE)  # compiled, its code kept
        cache._RUN_MEMOS["regex-lazy"].known = dict(cache._RUN_MEMOS["regex-lazy"].used)  # as the next process
        cache._RUN_MEMOS["regex-lazy"].used.clear()
        read = cache.compile_kept(source, re.IGNORECASE)
        plain = re.compile(source, re.IGNORECASE)
        for pattern in (built, read):
            assert (pattern.pattern, pattern.flags, pattern.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
            assert [m.span("span") for m in pattern.finditer(text)] == [m.span("span") for m in plain.finditer(text)]
    finally:
        cache._RUN_MEMOS.pop("regex-lazy", None)
