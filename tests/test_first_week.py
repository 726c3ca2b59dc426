"""What a first week of real use found (issue 10): honest messages, fixes, configuration, Hugo, CI."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from checker.api import check_text
from checker.cli import main
from checker.config import Config, ConfigError, load_file
from checker.document import Block
from checker.rules.calque import constructions, press_cliches
from checker.rules.calque.matching import find_matches, render
from checker.rules.lexicon import load_lexicon

from .conftest import FIXTURES, ROOT
from .regex_samples import samples, variable_words

SEED = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"
# words any advice may use whatever was matched ("the", "a", "it is a matter of")
FUNCTION_WORDS = frozenset("""a an the of to in on at for by with from is are was were be it its there this that
these those and or as s through""".split())
FRENCH_PARAGRAPH = ("Le président russe a été accueilli mardi soir à Pyongyang par le dirigeant nord-coréen, "
                    "qui a salué une amitié indestructible entre les deux pays. Les deux dirigeants doivent "
                    "signer un accord de partenariat stratégique, selon le Kremlin, qui évoque des documents "
                    "très importants pour la coopération militaire et économique des deux voisins.")
ENGLISH_PARAGRAPH = ("The Russian president was welcomed on Tuesday evening in Pyongyang by the North Korean "
                     "leader, who hailed an unbreakable friendship between the two countries. The two leaders "
                     "are expected to sign a strategic partnership agreement, according to the Kremlin, which "
                     "spoke of very important documents for the military and economic cooperation of the two "
                     "neighbours.")


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def findings(text: str, select: tuple[str, ...], fmt: str = "text"):
    return check_text(text, Config(select=select), fmt=fmt).findings


# --- calque messages follow what was matched ---------------------------------------------------

def _rendered(entry):
    """(full match, message, suggestion, advice) for each of the entry's examples and generated samples."""
    module = press_cliches if entry.data["kind"] == "periphrase" else constructions
    texts = [f"He said {s} the report." for s in samples(entry.regex.pattern)] + list(entry.data.get("examples", ()))
    for text in texts:
        full = entry.regex.search(text)
        if full is None:
            continue
        for match in find_matches(text, [Block("paragraph", 0, len(text))], [entry]):
            message, suggestion = module.message(match)
            advice = " ".join(filter(None, (render(match, "english"), render(match, "comment"), suggestion)))
            yield full.group(0), message, suggestion, advice


@pytest.mark.parametrize("entry", load_lexicon("calques"), ids=lambda e: e.key)
def test_calque_message_follows_the_match(entry):
    variable = variable_words(entry.regex.pattern) - FUNCTION_WORDS - set(entry.data.get("advice_words", ()))
    rendered = list(_rendered(entry))
    if variable or entry.data.get("forms"):
        assert rendered, f"{entry.key}: no example or generated sample is matched; add `examples`"
    for matched, message, suggestion, advice in rendered:
        assert "{" not in message and "}" not in message and "{" not in (suggestion or ""), message
        said = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", matched)}
        wrong = {w for w in variable if re.search(rf"\b{re.escape(w)}\b", advice.lower())
                 and not any(s.startswith(w) or w.startswith(s) for s in said)}
        assert not wrong, f"{entry.key}: on {matched!r} the advice names {sorted(wrong)}: {message}"


def test_since_ten_days():
    (finding,) = findings("The tax has not increased since ten days.", ("CAL002",))
    assert finding.suggestion == "for ten days"
    assert "for ten days" in finding.message and "several" not in finding.message
    assert "dix jours" in finding.message
    (finding,) = findings("Prices have doubled over the three next months.", ("CAL002",))
    assert finding.suggestion == "the next three months"


def test_country_nickname_message_does_not_contradict_itself():
    (finding,) = findings("Putin prides himself on the support of the Indian giant.", ("CAL001",))
    assert "India" in finding.message and "China" not in finding.message
    assert finding.message.count("English news writes") <= 1 and "writes it too" not in finding.message


# --- speakers and `checker quotes` ---------------------------------------------------------------

def _quotes(text: str):
    from checker.lang.quotes import extract_quotes
    return extract_quotes(text, [Block("paragraph", 0, len(text))], "en")


def test_lets_and_bare_mr_are_not_speakers():
    quotes = _quotes("Let's recall that the minister said on Monday that the treaty would be signed.")
    assert all((q.speaker or "").lower() not in ("let's", "let’s", "let") for q in quotes)
    quotes = _quotes("Mr said: “nothing will change”.")
    assert all(q.speaker != "Mr" for q in quotes)


def test_quotes_reads_front_matter_and_walks_folders(tmp_path, capsys):
    post = tmp_path / "content" / "a" / "index.en.md"
    post.parent.mkdir(parents=True)
    post.write_text('---\ntitle: "Putin says \\"important documents\\" will be signed"\n---\n\n'
                    "The minister said: “Talks went well.”\n", encoding="utf-8")
    code, out, err = run(["quotes", tmp_path / "content", "--format", "json"], capsys)
    assert code == 0, err
    (file,) = json.loads(out)["files"]
    assert file["path"].endswith("index.en.md")
    assert all("\\" not in q["text"] and "title:" not in q["text"] for q in file["quotes"])
    assert any(q["text"] == "important documents" for q in file["quotes"])
    code, out, _ = run(["quotes", tmp_path / "content"], capsys)
    assert code == 0 and "columns:" in out and "- → ?" not in out


def test_quotes_legend_on_the_seed(capsys):
    code, out, _ = run(["quotes", SEED], capsys)
    assert code == 0 and "(no speaker)" in out and "speaker as written" in out


# --- a document in the wrong language ------------------------------------------------------------

def test_french_file_as_translation_is_one_error(tmp_path, capsys):
    article = tmp_path / "article.md"
    article.write_text("\n\n".join([FRENCH_PARAGRAPH] * 3) + "\n", encoding="utf-8")
    code, out, err = run(["check", article], capsys)
    assert code == 2 and out == ""
    assert str(article) in err and "French" in err and len(err.strip().splitlines()) == 1


def test_mixed_or_short_text_is_checked(tmp_path, capsys):
    short = tmp_path / "short.md"
    short.write_text("Le président a parlé. The minister said nothing.\n", encoding="utf-8")
    assert run(["check", short, "--fail-on", "never"], capsys)[0] == 0
    mixed = tmp_path / "mixed.md"
    mixed.write_text(f"{ENGLISH_PARAGRAPH}\n\n{FRENCH_PARAGRAPH}\n\n{ENGLISH_PARAGRAPH}\n", encoding="utf-8")
    assert run(["check", mixed, "--fail-on", "never"], capsys)[0] == 0


# --- the seed's confusing findings ---------------------------------------------------------------

def test_read_also_is_named_as_written_and_the_line_is_the_span():
    raw = SEED.read_text(encoding="utf-8")
    bpl = [f for f in check_text(raw, Config(select=("BPL001",))).findings]
    assert len(bpl) == 3
    for f in bpl:
        assert "'READ ALSO'" in f.message and "LIRE AUSSI" not in f.message
        line_start = raw.rfind("\n", 0, f.start) + 1
        line_end = raw.find("\n", f.start)
        assert (f.start, f.end) == (line_start, line_end) and f.suggestion == ""


def test_fragment_suggestion_shows_the_joined_text():
    (f,) = [f for f in check_text(SEED.read_text(encoding="utf-8"), Config(select=("FRG001",))).findings]
    assert f.text == "Russia. intended" and f.suggestion == "Russia intended"


def test_summary_plurals(capsys):
    code, out, _ = run(["check", SEED, "--no-color"], capsys)
    summary = out.strip().splitlines()[-1]
    assert re.search(r"\b\d+ warnings\b", summary) and "1 error," in summary and " info)" in summary


def test_mid_month_is_one_warning_with_the_english():
    found = findings("The summit is planned for mi-octobre, and the vote for mi-novembre, officials said.",
                     ("UNT002",))
    assert [(f.text, f.suggestion, f.severity.label) for f in found] == [
        ("mi-octobre", "mid-October", "warning"), ("mi-novembre", "mid-November", "warning")]


# --- configuration -------------------------------------------------------------------------------

def test_fail_on_with_underscore_and_did_you_mean(tmp_path):
    cfg = tmp_path / "setup.cfg"
    cfg.write_text("[checker]\nfail_on = error\ntarget_lang = en\n", encoding="utf-8")
    assert load_file(cfg).fail_on == "error"
    cfg.write_text("[checker]\nselct = ENT\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="did you mean 'select'"):
        load_file(cfg)


def test_unknown_code_in_config_names_the_file_and_key(tmp_path, capsys):
    cfg = tmp_path / "setup.cfg"
    cfg.write_text("[checker]\nignore = XYZ9\n", encoding="utf-8")
    code, _, err = run(["check", SEED, "--config", cfg], capsys)
    assert code == 2 and f"{cfg}: ignore:" in err and "XYZ9" in err and "--select" not in err
    code, _, err = run(["check", SEED, "--select", "QQQ"], capsys)
    assert code == 2 and "--select:" in err


def test_output_parent_folder_is_created(tmp_path, capsys):
    target = tmp_path / "build" / "reports" / "seed.json"
    code, _, err = run(["check", SEED, "--format", "json", "--output", target, "--fail-on", "never"], capsys)
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8"))["files"]


# --- Hugo ------------------------------------------------------------------------------------------

def _hugo(tmp_path: Path, config: str | None) -> Path:
    site = tmp_path / "site"
    post = site / "content" / "posts" / "summit"
    post.mkdir(parents=True)
    if config is not None:
        (site / "hugo.toml").write_text(config, encoding="utf-8")
    (post / "index.md").write_text("\n\n".join([FRENCH_PARAGRAPH] * 2) + "\n", encoding="utf-8")
    (post / "index.en.md").write_text(ENGLISH_PARAGRAPH + "\n", encoding="utf-8")
    return site


@pytest.mark.parametrize("config", ['defaultContentLanguage = "fr"\n', None])
def test_french_default_site_pairs_index_md(tmp_path, config):
    from checker.inputs import discover
    site = _hugo(tmp_path, config)
    jobs = discover([str(site / "content")], None, "fr", "en")
    assert [(Path(j.path).name, Path(j.source_path).name) for j in jobs] == [("index.en.md", "index.md")]


def test_english_default_site_keeps_index_md_as_translation(tmp_path):
    from checker.inputs import discover
    site = _hugo(tmp_path, 'defaultContentLanguage = "en"\n')
    post = site / "content" / "posts" / "summit"
    (post / "index.en.md").rename(post / "index.fr.md")
    jobs = discover([str(site / "content")], None, "fr", "en")
    assert [(Path(j.path).name, Path(j.source_path).name) for j in jobs] == [("index.md", "index.fr.md")]


def test_include_and_exclude_in_config(tmp_path, monkeypatch, capsys):
    (tmp_path / "content" / "drafts").mkdir(parents=True)
    (tmp_path / "content" / "a.md").write_text("The the minister spoke.\n", encoding="utf-8")
    (tmp_path / "content" / "drafts" / "b.md").write_text("The the minister spoke.\n", encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[checker]\nexclude = drafts/*\npattern = *.md\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", "content", "--format", "json", "--fail-on", "never"], capsys)
    assert code == 0
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["a.md"]


# --- fixes -----------------------------------------------------------------------------------------

def test_diff_shows_only_safe_fixes_and_writes_nothing(tmp_path, capsys):
    article = tmp_path / "seed.txt"
    article.write_bytes(SEED.read_bytes())
    code, out, _ = run(["check", article, "--diff"], capsys)
    assert code == 1 and article.read_bytes() == SEED.read_bytes()
    assert out.startswith("--- a/") and "+++ b/" in out
    assert "-READ ALSO:" in out and "Russia intended" in out and "Andrei Belousov" in out
    assert "+The Russian president will be accompanied" not in out  # CAL001: not a safe fix


def test_fix_rewrites_the_file_and_reports_what_remains(tmp_path, capsys):
    from checker.fixes import SAFE_FIXES
    article = tmp_path / "seed.txt"
    article.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes())
    before = check_text(SEED.read_text(encoding="utf-8")).findings
    code, out, err = run(["check", article, "--fix", "--format", "json", "--fail-on", "never"], capsys)
    assert code == 0 and "fixed" in err
    assert article.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM is kept
    text = article.read_text(encoding="utf-8-sig")
    assert "READ ALSO" not in text and "Russia intended" in text and "The master of the Kremlin" in text
    after = json.loads(out)["files"][0]["findings"]
    assert not [f for f in after if f["code"] in SAFE_FIXES and f["suggestion"] is not None]
    assert len(after) < len(before)
    assert not list(tmp_path.glob(".*.tmp"))


def test_overlapping_fixes_are_resolved_the_same_way():
    from checker.findings import Category, Finding, Severity
    from checker.fixes import apply_edits, edits_for

    def finding(code, start, end, suggestion):
        return Finding(code, Category.REPETITION, Severity.WARNING, "m", start, end, 1, start + 1, 1, end + 1,
                       "x", suggestion)
    raw = "abcdefghij"
    found = [finding("TRL001", 2, 6, "X"), finding("REP001", 0, 3, "Y"), finding("REP001", 8, 9, "")]
    for order in (found, found[::-1]):
        assert apply_edits(raw, edits_for(order)) == "Ydefghj"


def test_review_suggestions_reproduce_the_fix():
    from checker.fixes import apply_edits, edits_for
    from checker.reporters.github import review
    from checker.runner import Report
    raw = SEED.read_text(encoding="utf-8")
    file = check_text(raw, path="seed.txt")
    payload = review(Report([file]))
    assert payload["comments"] and payload["event"] == "COMMENT"
    lines = raw.split("\n")
    for comment in payload["comments"]:
        body = comment["body"]
        fixed = re.search(r"(`{3,})suggestion\n(.*)\n\1\n", body, re.S).group(2)
        first = comment.get("start_line", comment["line"])
        patched = "\n".join(lines[:first - 1] + [fixed] + lines[comment["line"]:])
        code = body.split("**")[1]
        one = [f for f in file.findings if f.code == code and f.line == comment["line"]]
        assert any(patched == apply_edits(raw, edits_for([f])) for f in one)
    assert {c["body"].split("**")[1] for c in payload["comments"]} <= {"BPL001", "FRG001", "TRL001", "REP001",
                                                                      "ENT002", "ENT003", "BPL002"}


# --- rule pages and SARIF helpUri --------------------------------------------------------------------

def test_rule_pages_are_up_to_date():
    from checker.docs import rule_pages
    folder = ROOT / "docs" / "rules"
    pages = rule_pages()
    stale = [name for name, text in pages.items()
             if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text]
    extra = sorted(p.name for p in folder.glob("*.md") if p.name not in pages)
    assert not stale and not extra, f"run `make docs` (stale: {stale}, extra: {extra})"


def test_sarif_help_uri_points_at_the_rule_page(monkeypatch):
    from checker.reporters.sarif import sarif_log
    from checker.runner import Report
    report = Report([check_text("The the minister spoke.", path="a.txt")])
    monkeypatch.delenv("CHECKER_DOCS_URL", raising=False)
    rules = sarif_log(report)["runs"][0]["tool"]["driver"]["rules"]
    assert all("helpUri" not in r for r in rules)
    monkeypatch.setenv("CHECKER_DOCS_URL", "https://github.com/acme/checker/blob/v1/docs/rules")
    rules = sarif_log(report)["runs"][0]["tool"]["driver"]["rules"]
    for rule in rules:
        assert rule["helpUri"] == f"https://github.com/acme/checker/blob/v1/docs/rules/{rule['id']}.md"
        assert (ROOT / "docs" / "rules" / f"{rule['id']}.md").is_file()


# --- CI: only new findings, pre-commit -------------------------------------------------------------

def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


def test_touching_a_paragraph_reports_only_new_findings(tmp_path, monkeypatch):
    from checker import ci
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "ci@example.org")
    git(repo, "config", "user.name", "CI")
    post = repo / "post.en.md"
    old = "The minister left Paris. The the talks had failed on Monday."
    post.write_text(f"{old}\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first")
    base = git(repo, "rev-parse", "HEAD")
    post.write_text(f"{old} He flew to to Berlin on Tuesday.\n", encoding="utf-8")  # the same line, edited
    git(repo, "commit", "-q", "-am", "second")
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"base": {"sha": base}}}), encoding="utf-8")
    env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": str(event)}
    monkeypatch.chdir(repo)
    out = tmp_path / "out.txt"
    with open(out, "w", encoding="utf-8") as handle:
        status = ci.run(["--paths", ".", "--fail-on", "never"], env=env, out=handle)
    log = out.read_text(encoding="utf-8")
    assert status == 0
    annotated = [line for line in log.splitlines() if line.startswith("::")]
    assert len(annotated) == 1 and int(re.search(r"col=(\d+)", annotated[0]).group(1)) > len(old)  # "to to"
    assert "1 finding on changed lines was already there" in log and "1 old finding remains" in log
    with open(out, "w", encoding="utf-8") as handle:
        ci.run(["--paths", ".", "--fail-on", "never", "--only-new", "false"], env=env, out=handle)
    assert len([line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("::")]) == 2


def test_pre_commit_source_only_rechecks_the_translation(tmp_path, capsys):
    hooks = __import__("yaml").safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "checker"]
    _, *args = hook["entry"].split()
    (tmp_path / "post.en.md").write_text("The the minister spoke on Monday.\n", encoding="utf-8")
    (tmp_path / "post.fr.md").write_text("Le ministre a parlé lundi.\n", encoding="utf-8")
    (tmp_path / "draft.fr.md").write_text("Un brouillon sans traduction.\n", encoding="utf-8")
    assert re.search(hook["files"], "post.fr.md") and not re.search(hook.get("exclude", "^$"), "post.fr.md")
    code, out, _ = run([*args, tmp_path / "post.fr.md", "--format", "json"], capsys)
    assert code == 1
    (file,) = json.loads(out)["files"]
    assert file["path"].endswith("post.en.md") and file["source_path"].endswith("post.fr.md")
    assert run([*args, tmp_path / "draft.fr.md"], capsys)[0] == 0  # nothing to check yet
    code, out, _ = run([*args, tmp_path / "post.fr.md", tmp_path / "post.en.md", "--format", "json"], capsys)
    assert len(json.loads(out)["files"]) == 1
