"""The GitHub Action's entry point: check translations (changed ones in a pull request), annotate, write SARIF."""
from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import os
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .config import FAIL_ON, Config, ConfigError, discover, load_file
from .findings import Severity
from .inputs import TEXT_SUFFIXES, InputError, Job, discover as discover_jobs
from .registry import UnknownCode
from .runner import FileReport, Report

PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment")
HUNK_RE = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.M)
WILDCARD_RE = re.compile(r"\*\*/|\*\*|\*|\?")
LANG_RE = re.compile(r"^[a-z]{2}$")
NO_COMMIT = re.compile(r"^0+$")


class ActionError(Exception):
    """A problem with the Action's inputs or the repository, reported as one error annotation."""


# --- the naming pattern -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Pattern:
    """Which files are translations, where their sources are, and the two languages."""

    translation: str
    source: str | None
    target_lang: str | None
    source_lang: str | None

    def _regex(self, glob: str) -> re.Pattern:
        parts, pos = [], 0
        for match in WILDCARD_RE.finditer(glob):
            parts.append(re.escape(glob[pos:match.start()]))
            token = match.group(0)
            parts.append({"**/": "((?:[^/]+/)*)", "**": "(.*)", "*": "([^/]*)", "?": "([^/])"}[token])
            pos = match.end()
        parts.append(re.escape(glob[pos:]))
        return re.compile("".join(parts))

    def _subject(self, rel: str) -> str:
        return rel if "/" in self.translation else PurePosixPath(rel).name

    def matches(self, rel: str) -> bool:
        """Whether a path (relative, forward slashes) names a translation."""
        return self._regex(self.translation).fullmatch(self._subject(rel)) is not None

    def source_for(self, rel: str) -> str | None:
        """The source path the pattern gives a translation, whether or not it exists."""
        if self.source is None:
            return None
        match = self._regex(self.translation).fullmatch(self._subject(rel))
        if match is None:
            return None
        groups = iter(match.groups())
        name = WILDCARD_RE.sub(lambda _: next(groups), self.source)
        if "/" in self.translation:
            return name
        parent = PurePosixPath(rel).parent
        return name if str(parent) == "." else f"{parent}/{name}"


def _lang_of(glob: str) -> str | None:
    """A two-letter language code in a glob: `*.en.md` → en, `content/fr/**/*.md` → fr."""
    path = PurePosixPath(glob)
    for part in path.parts[:-1]:
        if LANG_RE.match(part):
            return part
    for token in reversed(path.name.split(".")[1:-1]):
        if LANG_RE.match(token):
            return token
    return None


def parse_pattern(text: str) -> Pattern:
    """`TRANSLATION_GLOB[:SOURCE_GLOB]`, e.g. `*.en.md:*.fr.md` (Hugo) or `content/en/**/*.md:content/fr/**/*.md`."""
    translation, _, source = (part.strip() for part in text.partition(":"))
    if not translation:
        raise ActionError(f"pattern {text!r}: give TRANSLATION_GLOB[:SOURCE_GLOB], e.g. *.en.md:*.fr.md")
    if source and WILDCARD_RE.findall(source) != WILDCARD_RE.findall(translation):
        raise ActionError(f"pattern {text!r}: the two globs must have the same wildcards in the same order")
    target_lang, source_lang = _lang_of(translation), _lang_of(source) if source else None
    if target_lang and target_lang == source_lang:
        raise ActionError(f"pattern {text!r}: translation and source have the same language {target_lang!r}")
    return Pattern(translation, source or None, target_lang, source_lang)


# --- git ----------------------------------------------------------------------------------------

def _git(*args: str, cwd: Path) -> str:
    result = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, capture_output=True)
    if result.returncode:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ActionError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return result.stdout.decode("utf-8", "surrogateescape")


def base_commit(env: dict[str, str]) -> str | None:
    """What a pull request (or push) is compared with: the PR base sha, the push's `before`, or the base branch."""
    payload: dict = {}
    event_path = env.get("GITHUB_EVENT_PATH")
    if event_path and Path(event_path).is_file():
        try:
            payload = json.loads(Path(event_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            payload = {}
    event = env.get("GITHUB_EVENT_NAME", "")
    if event in PULL_REQUEST_EVENTS:
        sha = ((payload.get("pull_request") or {}).get("base") or {}).get("sha")
        if sha:
            return sha
    if event == "merge_group":
        sha = (payload.get("merge_group") or {}).get("base_sha")
        if sha:
            return sha
    if event == "push":
        before = payload.get("before")
        if before and not NO_COMMIT.match(before):
            return before
    if env.get("GITHUB_BASE_REF"):
        return f"origin/{env['GITHUB_BASE_REF']}"
    return None


def _has_commit(rev: str, cwd: Path) -> bool:
    return subprocess.run(["git", "cat-file", "-e", f"{rev}^{{commit}}"], cwd=cwd, capture_output=True).returncode == 0


def changed_lines(base: str, cwd: Path) -> dict[str, set[int]]:
    """Lines added or changed since `base` (merge base with HEAD), per file relative to `cwd`."""
    if not _has_commit(base, cwd):  # a shallow clone: fetch the base (a sha, or origin/<branch>)
        branch = base.removeprefix("origin/")
        refspec = base if branch == base else f"+refs/heads/{branch}:refs/remotes/origin/{branch}"
        subprocess.run(["git", "fetch", "--no-tags", "--quiet", "origin", refspec], cwd=cwd, capture_output=True)
        if not _has_commit(base, cwd):
            raise ActionError(f"the base commit {base} is not in the clone; check out with fetch-depth: 0")
    root = Path(_git("rev-parse", "--show-toplevel", cwd=cwd).strip())
    try:
        rng = [f"{base}...HEAD"]
        names = _git("diff", "--name-only", "-z", "--diff-filter=ACMR", *rng, cwd=root)
    except ActionError:  # no merge base (unrelated histories): compare the trees
        rng = [base, "HEAD"]
        names = _git("diff", "--name-only", "-z", "--diff-filter=ACMR", *rng, cwd=root)
    changed: dict[str, set[int]] = {}
    here = cwd.resolve()
    for name in filter(None, names.split("\0")):
        if Path(name).suffix.lower() not in TEXT_SUFFIXES:
            continue
        diff = _git("diff", "--unified=0", "--no-color", "--no-ext-diff", *rng, "--", name, cwd=root)
        lines: set[int] = set()
        for hunk in HUNK_RE.finditer(diff):
            start, count = int(hunk.group("start")), int(hunk.group("count") or 1)
            lines.update(range(start, start + count))
        try:
            rel = (root / name).resolve().relative_to(here).as_posix()
        except ValueError:
            continue  # outside the working directory
        changed[rel] = lines
    return changed


# --- selecting files and findings ---------------------------------------------------------------

def _norm(path: str) -> str:
    return PurePosixPath(Path(os.path.normpath(path)).as_posix()).as_posix()


def _walk(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / name for name in sorted(names) if not name.startswith("."))
    return files


def _selected(rel: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """The configuration's `include` / `exclude` globs (matched against the path or the file name)."""
    def hit(globs):
        return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(PurePosixPath(rel).name, g)
                   or fnmatch.fnmatch(rel, f"*/{g.lstrip('/')}") for g in globs)
    return (not include or hit(include)) and not (exclude and hit(exclude))


def candidate_files(paths: list[str], pattern: Pattern, cwd: Path, include: tuple[str, ...] = (),
                    exclude: tuple[str, ...] = ()) -> list[str]:
    """Translations to check: files named in `paths`, and files under its folders that match the pattern."""
    found: list[str] = []
    for given in paths:
        path = cwd / given
        if not path.exists():
            raise ActionError(f"paths: {given}: no such file or directory")
        for file in [path] if path.is_file() else _walk(path):
            rel = _norm(os.path.relpath(file, cwd))
            wanted = path.is_file() or (file.suffix.lower() in TEXT_SUFFIXES and pattern.matches(rel)
                                        and _selected(rel, include, exclude))
            if wanted and rel not in found:
                found.append(rel)
    return found


def make_jobs(files: list[str], pattern: Pattern, config: Config, cwd: Path) -> list[Job]:
    jobs = []
    for rel in files:
        job = discover_jobs([rel], None, config.source_lang, config.target_lang)[0]
        source = job.source_path
        if source is None:
            by_pattern = pattern.source_for(rel)
            if by_pattern and (cwd / by_pattern).is_file():
                source = by_pattern
        jobs.append(Job(rel, _norm(source) if source else None))
    return jobs


def _touches(lines: set[int] | None, start: int, end: int) -> bool:
    return bool(lines) and any(line in lines for line in range(start, end + 1))


def filter_changed(report: Report, changed: dict[str, set[int]]) -> Report:
    """Only the findings on changed lines of the translation, or whose source evidence is on changed source lines."""
    files = []
    for file in report.files:
        target = changed.get(_norm(file.path))
        source = changed.get(_norm(file.source_path)) if file.source_path else None
        kept = []
        for f in file.findings:
            on_source = False
            if f.source_span is not None and file.source is not None and source:
                first = file.source.line_col(f.source_span.start)[0]
                last = file.source.line_col(f.source_span.end)[0]
                on_source = _touches(source, first, last)
            if _touches(target, f.line, f.end_line) or on_source:
                kept.append(f)
        files.append(FileReport(file.path, file.source_path, kept, file.doc, file.source, file.quotes,
                                file.skipped_rules, file.skip_reasons, file.alignment, file.metadata))
    return Report(files)


# --- findings that were already there at the base -----------------------------------------------

def _show(base: str, rel: str, cwd: Path) -> str | None:
    """A file's text at the base commit (path relative to `cwd`), or None when it did not exist."""
    result = subprocess.run(["git", "show", f"{base}:./{rel}"], cwd=cwd, capture_output=True)
    if result.returncode:
        return None
    return result.stdout.decode("utf-8-sig", "replace").lstrip("\ufeff")


CONTEXT_WORDS = 3  # words each side of a finding that identify it across edits of its paragraph


def edit_fingerprints(file: FileReport) -> list[str]:
    """What identifies a finding across edits: its rule, its words and a few words around it on its line
    (as SARIF's partialFingerprints, with less context, so that editing elsewhere in a one-line Markdown
    paragraph leaves it the same finding); identical ones are numbered."""
    raw, seen, out = file.doc.raw, {}, []
    for f in file.findings:
        line_start = raw.rfind("\n", 0, f.start) + 1
        line_end = raw.find("\n", f.end)
        line_end = len(raw) if line_end < 0 else line_end
        before = raw[line_start:f.start].split()[-CONTEXT_WORDS:]
        after = raw[f.end:line_end].split()[:CONTEXT_WORDS]
        key = "\x1f".join((f.code, " ".join(f.text.split()).casefold(), " ".join(before).casefold(),
                           " ".join(after).casefold()))
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{key}\x1f{seen[key]}")
    return out


def base_fingerprints(report: Report, base: str, config: Config, cwd: Path) -> dict[str, set[str]]:
    """Per translation, the fingerprints of the findings its base version (with its base source) had."""
    from .api import check_document
    from .parsers import format_for, parse
    out: dict[str, set[str]] = {}
    for file in report.files:
        old = _show(base, _norm(file.path), cwd)
        if old is None:
            out[file.path] = set()
            continue
        doc = parse(old, format_for(file.path), path=file.path, lang=config.target_lang)
        source = None
        if file.source_path:
            old_source = _show(base, _norm(file.source_path), cwd)
            if old_source is not None:
                source = parse(old_source, format_for(file.source_path), path=file.source_path,
                               lang=config.source_lang)
        out[file.path] = set(edit_fingerprints(check_document(doc, config, source)))
    return out


def _with(file: FileReport, findings: list) -> FileReport:
    return FileReport(file.path, file.source_path, findings, file.doc, file.source, file.quotes,
                      file.skipped_rules, file.skip_reasons, file.alignment, file.metadata)


def split_new(report: Report, known: dict[str, set[str]]) -> tuple[Report, Report]:
    """The findings whose fingerprint (rule, words and a little context) the base
    did not have, and the old ones. Fingerprints are taken on whole files, before any filtering."""
    new, old = [], []
    for file in report.files:
        seen = known.get(file.path, set())
        marks = [fp in seen for fp in edit_fingerprints(file)]
        new.append(_with(file, [f for f, was in zip(file.findings, marks) if not was]))
        old.append(_with(file, [f for f, was in zip(file.findings, marks) if was]))
    return Report(new), Report(old)


def _old_note(on_changed: int, in_all: int) -> str:
    return (f"checker: {on_changed} finding{'s' if on_changed != 1 else ''} on changed lines "
            f"{'were' if on_changed != 1 else 'was'} already there before this change and "
            f"{'are' if on_changed != 1 else 'is'} not reported; {in_all} old finding{'s' if in_all != 1 else ''} "
            f"remain{'s' if in_all == 1 else ''} in the checked files.")


# --- outputs ------------------------------------------------------------------------------------

def set_outputs(path: str | None, values: dict[str, str]) -> None:
    """Step outputs in the multi-line form, so that no value can add another output."""
    if not path:
        return
    with open(path, "a", encoding="utf-8") as handle:
        for name, value in values.items():
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            handle.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


def _write(path: str, text: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _bool(value: str) -> bool:
    value = value.strip().lower()
    if value in ("true", "yes", "1", "on"):
        return True
    if value in ("false", "no", "0", "off", ""):
        return False
    raise ActionError(f"expected true or false, not {value!r}")


def _arguments(argv: list[str] | None, env: dict[str, str]) -> argparse.Namespace:
    def default(name: str, fallback: str) -> str:
        return env.get(f"INPUT_{name.upper().replace('-', '_')}", fallback)

    parser = argparse.ArgumentParser(prog="python -m checker.ci", description=__doc__)
    parser.add_argument("--paths", default=default("paths", "."), help="files or folders, space or newline separated")
    parser.add_argument("--pattern", default=default("pattern", ""),
                        help="TRANSLATION_GLOB[:SOURCE_GLOB] (default: the configuration's, else *.en.md:*.fr.md)")
    parser.add_argument("--fail-on", default=default("fail-on", ""), help="error, warning, info or never")
    parser.add_argument("--only-changed", default=default("only-changed", "true"))
    parser.add_argument("--only-new", default=default("only-new", "true"),
                        help="with only-changed, leave out findings the base commit already had")
    parser.add_argument("--review", default=default("review", ""),
                        help="write a pull-request review (safe fixes as suggestions) as JSON here")
    parser.add_argument("--sarif", default=default("sarif", ""), help="write a SARIF file here")
    parser.add_argument("--html", default=default("html", ""), help="write the HTML report here")
    parser.add_argument("--config", default=default("config", ""), help="a setup.cfg or pyproject.toml")
    return parser.parse_args(argv)


def _config(args: argparse.Namespace) -> Config:
    if args.config:
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"{args.config}: no such configuration file")
        config = load_file(path)
        if config is None:
            raise ConfigError(f"{args.config}: no [checker] or [tool.checker] section")
    else:
        config = discover()
    fail_on = args.fail_on.strip() or None
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ActionError(f"fail-on: {fail_on!r} is not one of {', '.join(FAIL_ON)}")
    return config.merged(fail_on=fail_on)


def run(argv: list[str] | None = None, env: dict[str, str] | None = None, out=None) -> int:
    """Run the Action's check; returns the exit status (0 pass, 1 findings at or above fail-on, 2 error)."""
    env = dict(os.environ) if env is None else env
    out = out or sys.stdout
    args = _arguments(argv, env)
    cwd = Path.cwd()
    config = _config(args)
    pattern = parse_pattern(args.pattern.strip() or config.pattern or "*.en.md:*.fr.md")
    config = config.merged(target_lang=pattern.target_lang, source_lang=pattern.source_lang)
    files = candidate_files(args.paths.split() or ["."], pattern, cwd, config.include, config.exclude)
    changed = base = None
    if _bool(args.only_changed):
        base = base_commit(env)
        if base is None:
            print("checker: no pull-request or push base found; checking every file", file=out)
        else:
            changed = changed_lines(base, cwd)
    jobs = make_jobs(files, pattern, config, cwd)
    if changed is not None:  # a translation is checked when it, or its source, changed
        jobs = [job for job in jobs if job.path in changed or (job.source_path or "\0") in changed]
    from .api import check_jobs  # the rules are loaded only once the inputs are known to be good
    from .reporters import github, html, sarif
    with_quotes = bool(args.html) and importlib.util.find_spec("checker.lang.quotes") is not None
    report = check_jobs(jobs, config, with_quotes=with_quotes) if jobs else Report()
    note, old_count = None, 0
    if changed is not None:
        if _bool(args.only_new):
            report, old = split_new(report, base_fingerprints(report, base, config, cwd))
            old_count = len(old.findings)
            note = _old_note(len(filter_changed(old, changed).findings), old_count)
        report = filter_changed(report, changed)
    annotated = github.annotations(report)
    for line in annotated.lines:
        print(line, file=out)
    title = "checker (changed lines)" if changed is not None else "checker"
    if env.get("GITHUB_STEP_SUMMARY"):
        github.write_summary(report, env["GITHUB_STEP_SUMMARY"], title)
        if note:
            with open(env["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
                handle.write(f"{note}\n")
    if args.sarif:
        _write(args.sarif, sarif.render(report))
    if args.html:
        _write(args.html, html.render(report))
    if args.review:
        _write(args.review, json.dumps(github.review(report), ensure_ascii=False, indent=2) + "\n")
    findings = report.findings
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    set_outputs(env.get("GITHUB_OUTPUT"), {
        "findings": str(len(findings)), "errors": str(counts[Severity.ERROR]),
        "warnings": str(counts[Severity.WARNING]), "notices": str(counts[Severity.INFO]),
        "files": str(len(report.files)), "sarif": args.sarif, "html": args.html, "review": args.review,
        "old-findings": str(old_count),
    })
    if note:
        print(note, file=out)
    scope = " on changed lines" if changed is not None else ""
    print(f"checker: {len(findings)} finding{'s' if len(findings) != 1 else ''}{scope} "
          f"in {len(report.files)} file{'s' if len(report.files) != 1 else ''}", file=out)
    if config.fail_on == "never":
        return 0
    threshold = Severity.parse(config.fail_on)
    return 1 if any(f.severity >= threshold for f in findings) else 0


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except (ActionError, InputError, ConfigError, UnknownCode) as exc:
        return _fail(str(exc))
    except Exception as exc:  # exit status 1 means "findings": a crash must not look like one
        import traceback
        traceback.print_exc()
        return _fail(f"internal error: {type(exc).__name__}: {exc}")


def _fail(message: str) -> int:
    from .reporters.github import escape_data
    print(f"::error title=checker::{escape_data(message)}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
