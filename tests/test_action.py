"""The GitHub Action without GitHub: action.yml's steps run with bash as the runner would, in a git repository."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml

from checker.api import check_jobs
from checker.ci import base_commit, parse_pattern
from checker.config import Config
from checker.inputs import Job
from checker.reporters.github import unescape
from checker.rules import ALL_RULES

from .conftest import ROOT

ACTION = ROOT / "action.yml"
MODELLED_ACTIONS = {"actions/cache"}  # steps of action.yml that the harness skips (a cache miss)
EXPRESSION_RE = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
SCHEMA = ROOT / "fixtures" / "schemas" / "sarif-schema-2.1.0.json"


# --- a small model of the runner ----------------------------------------------------------------

def evaluate(expression: str, context: dict) -> str:
    """The expressions action.yml uses: inputs.X, github.X, steps.ID.outputs.X, runner.X."""
    parts = expression.split(".")
    if parts[0] == "inputs" and len(parts) == 2:
        return context["inputs"][parts[1]]
    if parts[0] in ("github", "runner") and len(parts) == 2:
        return context[parts[0]][parts[1]]
    if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
        return context["steps"].get(parts[1], {}).get(parts[3], "")
    raise AssertionError(f"the harness does not model the expression {expression!r}")


def substitute(text: str, context: dict) -> str:
    return EXPRESSION_RE.sub(lambda m: evaluate(m.group(1), context), text)


def read_file_commands(path: Path) -> dict[str, str]:
    """GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines and `name<<DELIMITER` blocks."""
    values: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1)
            values[name] = "\n".join(lines[i + 1:end])
            i = end + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
        i += 1
    return values


def run_action(workspace: Path, inputs: dict[str, str], env: dict[str, str], tmp: Path) -> dict:
    """Run every step of the composite action; returns its outputs, stdout, exit status."""
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    declared = action["inputs"]
    unknown = set(inputs) - set(declared)
    assert not unknown, f"inputs not declared in action.yml: {unknown}"
    context = {
        "inputs": {name: str(inputs.get(name, spec.get("default", ""))) for name, spec in declared.items()},
        "github": {"action_path": str(ROOT), "workspace": str(workspace), "action_repository": "",
                   "action_ref": ""},
        "runner": {"temp": str(tmp)},
        "steps": {},
    }
    job_env = dict(env)
    stdout, stderr, status = [], [], 0
    for step in action["runs"]["steps"]:
        if "uses" in step:  # other actions (the pip cache) are not run: the steps must work without them
            assert step["uses"].split("@")[0] in MODELLED_ACTIONS, step["uses"]
            continue
        assert step.get("shell") == "bash"
        output_file = tmp / f"output-{uuid.uuid4().hex}"
        env_file = tmp / f"env-{uuid.uuid4().hex}"
        step_env = {**os.environ, **job_env, "GITHUB_OUTPUT": str(output_file), "GITHUB_ENV": str(env_file),
                    "RUNNER_TEMP": str(tmp), "GITHUB_ACTION_PATH": str(ROOT)}
        step_env.update({k: substitute(str(v), context) for k, v in (step.get("env") or {}).items()})
        script = tmp / f"step-{uuid.uuid4().hex}.sh"
        script.write_text(substitute(step["run"], context), encoding="utf-8")
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                                env=step_env, capture_output=True, text=True, timeout=120)
        stdout.append(result.stdout)
        stderr.append(result.stderr)
        if step.get("id"):
            context["steps"][step["id"]] = read_file_commands(output_file)
        job_env.update(read_file_commands(env_file))
        if result.returncode:
            status = result.returncode
            assert result.returncode in (1, 2), result.stderr
            break
    outputs = {name: substitute(str(spec["value"]), context) for name, spec in (action.get("outputs") or {}).items()}
    return {"outputs": outputs, "stdout": "".join(stdout), "stderr": "".join(stderr), "status": status}


def annotations(stdout: str) -> list[tuple[str, dict, str]]:
    out = []
    for line in stdout.splitlines():
        text = line.lstrip()
        if not text.startswith("::"):
            continue
        end = text.index("::", 2)
        name, _, props = text[2:end].partition(" ")
        values = dict(item.split("=", 1) for item in props.split(",") if item)
        out.append((name, {k: unescape(v, prop=True) for k, v in values.items()}, unescape(text[end + 2:])))
    return out


# --- a content repository -------------------------------------------------------------------------

def _artefact_paragraphs() -> list[str]:
    """Positive examples of the monolingual rules, as paragraphs (whatever rules are registered)."""
    paragraphs = []
    for rule in ALL_RULES:
        if rule.needs_source or rule.needs_model:
            continue
        for example in rule.examples:
            text, spans = example.plain()
            if spans and example.lang is None and example.source is None and "<!--" not in text:
                paragraphs.append(text.strip())
                break
    return paragraphs


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


def _article(title: str, paragraphs: list[str]) -> str:
    return f"---\ntitle: \"{title}\"\n---\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def repo(tmp_path) -> dict:
    """Two commits: the second edits one translation and leaves the other alone."""
    paragraphs = _artefact_paragraphs()
    assert len(paragraphs) >= 2, "need at least two rules with examples"
    half = len(paragraphs) // 2
    old, new = paragraphs[:half], paragraphs[half:]
    work = tmp_path / "repo"
    (work / "content" / "posts" / "alpha").mkdir(parents=True)
    (work / "content" / "posts" / "beta").mkdir(parents=True)
    git(work, "init", "-q", "-b", "main")
    git(work, "config", "user.email", "ci@example.org")
    git(work, "config", "user.name", "CI")
    alpha = work / "content" / "posts" / "alpha" / "index.en.md"
    beta = work / "content" / "posts" / "beta" / "index.en.md"
    alpha.write_text(_article("Alpha", ["The minister spoke on Monday in Paris."] + old), encoding="utf-8")
    (work / "content" / "posts" / "alpha" / "index.fr.md").write_text(
        _article("Alpha", ["Le ministre a parlé lundi à Paris."]), encoding="utf-8")
    beta.write_text(_article("Beta", old), encoding="utf-8")
    (work / "README.md").write_text("The the README is not a translation.\n", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "first")
    base = git(work, "rev-parse", "HEAD")
    git(work, "checkout", "-q", "-b", "feature")
    text = alpha.read_text(encoding="utf-8")
    first_new_line = text.count("\n") + 2
    alpha.write_text(text + "\n" + "\n\n".join(new) + "\n", encoding="utf-8")
    git(work, "commit", "-q", "-am", "second")
    changed = set(range(first_new_line, alpha.read_text(encoding="utf-8").count("\n") + 1))
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"base": {"sha": base, "ref": "main"}, "number": 7}}), encoding="utf-8")
    summary = tmp_path / "summary.md"
    env = {
        "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": str(event),
        "GITHUB_BASE_REF": "main", "GITHUB_HEAD_REF": "feature", "GITHUB_WORKSPACE": str(work),
        "GITHUB_STEP_SUMMARY": str(summary), "PYTHONPATH": str(ROOT),
    }
    runner_tmp = tmp_path / "runner"
    runner_tmp.mkdir()
    return {"work": work, "env": env, "summary": summary, "changed": changed, "alpha": alpha, "beta": beta,
            "tmp": runner_tmp, "base": base}


def expected_findings(work: Path, paths: list[str]) -> list[tuple[str, int]]:
    cwd = os.getcwd()
    os.chdir(work)
    try:
        jobs = [Job(p, p.replace(".en.", ".fr.") if (work / p.replace(".en.", ".fr.")).is_file() else None)
                for p in paths]
        report = check_jobs(jobs, Config())
    finally:
        os.chdir(cwd)
    return sorted((file.path, f.line) for file in report.files for f in file.findings)


def test_pull_request_reports_only_changed_lines(repo):
    inputs = {"python": sys.executable, "sarif": "build/checker.sarif", "fail-on": "info"}
    result = run_action(repo["work"], inputs, repo["env"], repo["tmp"])
    assert result["status"] == 1, result["stderr"]  # findings at or above fail-on
    found = annotations(result["stdout"])
    everything = expected_findings(repo["work"], ["content/posts/alpha/index.en.md", "content/posts/beta/index.en.md"])
    on_changed = [(p, line) for p, line in everything
                  if p == "content/posts/alpha/index.en.md" and line in repo["changed"]]
    assert on_changed, "the new paragraphs should raise findings"
    reported = sorted([(props["file"], int(props["line"])) for name, props, _ in found if "file" in props] +
                      [(m.group(1), int(m.group(2))) for m in  # beyond GitHub's limits: plain log lines
                       re.finditer(r"^checker: (.+?):(\d+):\d+: [A-Z]{3}\d{3} ", result["stdout"], re.M)])
    assert reported == on_changed
    assert all(name in ("error", "warning", "notice") for name, _, _ in found)
    # outputs, SARIF and job summary agree
    assert result["outputs"]["findings"] == str(len(on_changed))
    assert result["outputs"]["sarif"] == "build/checker.sarif"
    log = json.loads((repo["work"] / "build" / "checker.sarif").read_text(encoding="utf-8"))
    results = log["runs"][0]["results"]
    assert len(results) == len(on_changed)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == \
        {"content/posts/alpha/index.en.md"}
    if SCHEMA.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    summary = repo["summary"].read_text(encoding="utf-8")
    assert "checker (changed lines)" in summary and "content/posts/alpha/index.en.md" in summary
    assert "beta" not in summary
    assert summary.count("\n| ") - summary.count("\n| ---") >= len(on_changed)


def test_without_only_changed_every_translation_is_checked(repo):
    inputs = {"python": sys.executable, "only-changed": "false", "fail-on": "never", "html": "build/report.html"}
    result = run_action(repo["work"], inputs, repo["env"], repo["tmp"])
    assert result["status"] == 0
    reported = sorted((props["file"], int(props["line"])) for _, props, _ in annotations(result["stdout"])
                      if "file" in props)
    everything = expected_findings(repo["work"], ["content/posts/alpha/index.en.md", "content/posts/beta/index.en.md"])
    if len(everything) <= 10:  # within GitHub's display limits every finding is an annotation
        assert reported == everything
    assert int(result["outputs"]["findings"]) == len(everything)
    assert not any(f == "README.md" for f, _ in reported)  # not a translation by the pattern
    html = (repo["work"] / "build" / "report.html").read_text(encoding="utf-8")
    assert html.count('class="finding ') == len(everything)


def test_unchanged_pull_request_reports_nothing(repo):
    git(repo["work"], "checkout", "-q", "main")
    result = run_action(repo["work"], {"python": sys.executable}, repo["env"], repo["tmp"])
    assert result["status"] == 0
    assert not [a for a in annotations(result["stdout"]) if "file" in a[1]]
    assert result["outputs"]["findings"] == "0"


def test_source_change_reports_findings_with_evidence_there(repo):
    # editing only the French source re-checks its translation; nothing here has source evidence
    source = repo["work"] / "content" / "posts" / "alpha" / "index.fr.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    git(repo["work"], "commit", "-q", "-am", "source only")
    event = json.loads(Path(repo["env"]["GITHUB_EVENT_PATH"]).read_text())
    event["pull_request"]["base"]["sha"] = git(repo["work"], "rev-parse", "HEAD~1")
    Path(repo["env"]["GITHUB_EVENT_PATH"]).write_text(json.dumps(event))
    result = run_action(repo["work"], {"python": sys.executable, "fail-on": "never"}, repo["env"], repo["tmp"])
    assert result["status"] == 0
    assert "in 1 file" in result["stdout"]  # the translation of the changed source was checked


def test_bad_input_is_one_error_annotation(repo):
    result = run_action(repo["work"], {"python": sys.executable, "fail-on": "sometimes"}, repo["env"], repo["tmp"])
    assert result["status"] == 2
    (error,) = annotations(result["stdout"])
    assert error[0] == "error" and "fail-on" in error[2]


def test_base_commit_from_the_event():
    assert base_commit({"GITHUB_EVENT_NAME": "push", "GITHUB_BASE_REF": ""}) is None
    assert base_commit({"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}) == "origin/main"


def test_base_commit_of_a_push(tmp_path):
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"before": "a" * 40}))
    assert base_commit({"GITHUB_EVENT_NAME": "push", "GITHUB_EVENT_PATH": str(event)}) == "a" * 40
    event.write_text(json.dumps({"before": "0" * 40}))
    assert base_commit({"GITHUB_EVENT_NAME": "push", "GITHUB_EVENT_PATH": str(event)}) is None


def test_patterns():
    hugo = parse_pattern("*.en.md:*.fr.md")
    assert (hugo.target_lang, hugo.source_lang) == ("en", "fr")
    assert hugo.matches("content/posts/a/index.en.md") and not hugo.matches("content/posts/a/index.fr.md")
    assert hugo.source_for("content/posts/a/index.en.md") == "content/posts/a/index.fr.md"
    folders = parse_pattern("content/en/**/*.md:content/fr/**/*.md")
    assert (folders.target_lang, folders.source_lang) == ("en", "fr")
    assert folders.source_for("content/en/world/2024/summit.md") == "content/fr/world/2024/summit.md"
    assert folders.source_for("content/en/top.md") == "content/fr/top.md"
    assert not folders.matches("content/fr/top.md")
    alone = parse_pattern("*.md")
    assert alone.source is None and alone.source_for("a.md") is None
    with pytest.raises(Exception):
        parse_pattern("*.en.md:fr/*/*.md")


def test_action_metadata():
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    for name in ("paths", "pattern", "fail-on", "only-changed", "models", "sarif"):
        assert name in action["inputs"] and action["inputs"][name]["description"]
    assert {"findings", "sarif"} <= set(action["outputs"])
    for step in action["runs"]["steps"]:
        # inputs reach scripts through env, never pasted into the script text (script injection)
        assert "${{" not in step.get("run", ""), step["name"]


def test_pre_commit_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "checker"]
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    exclude = re.compile(hook.get("exclude", "^$"))
    wanted = lambda p: bool(pattern.search(p)) and not exclude.search(p)
    assert wanted("content/post/index.en.md") and wanted("notes.txt") and wanted("page.html")
    assert wanted("content/post/index.fr.md") and not wanted("image.png")  # sources lead to translations
    # the entry names a console script of this package, and its subcommand exists
    command, subcommand, *options = hook["entry"].split()
    setup = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert re.search(rf"^\s*{command}\s*=\s*checker\.(cli|entry):main", setup, re.M)
    from checker.cli import cli
    assert subcommand in cli.commands
    from checker.cli import main
    seed = ROOT / "fixtures" / "seed" / "000_dbb8f34e7e82e8cc.txt"
    assert main([subcommand, *options, str(seed), "--fail-on", "never"]) == 0


def test_odd_file_names_survive_the_round_trip(repo):
    odd = repo["work"] / "content" / "posts" / "a,b:c 100%" / "x::y.en.md"
    odd.parent.mkdir(parents=True)
    odd.write_text(_article("Odd", _artefact_paragraphs()[:3]), encoding="utf-8")
    git(repo["work"], "add", "-A")
    git(repo["work"], "commit", "-q", "-m", "odd name")
    result = run_action(repo["work"], {"python": sys.executable, "fail-on": "never"}, repo["env"], repo["tmp"])
    assert result["status"] == 0, result["stderr"]
    files = {props.get("file") for _, props, _ in annotations(result["stdout"])}
    assert "content/posts/a,b:c 100%/x::y.en.md" in files


def test_documented_workflow_is_complete():
    text = (ROOT / "docs" / "action.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: .*?)```", text, re.S).group(1)
    workflow = yaml.safe_load(block)
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["check"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    ours = next(s for s in steps if s.get("id") == "checker")
    declared = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    assert set(ours["with"]) <= set(declared)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "always()" in upload["if"]


def test_workflow_file_is_complete_and_runs(repo):
    """docs/workflow.yml: every input it gives our action is declared, and the action runs with them."""
    workflow = yaml.safe_load((ROOT / "docs" / "workflow.yml").read_text(encoding="utf-8"))
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["check"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    ours = next(s for s in steps if s.get("id") == "checker")
    assert re.fullmatch(r"[\w.-]+/[\w.-]+@[\w./-]+", ours["uses"])  # uses: <repo>@<ref>
    declared = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"]
    assert set(ours["with"]) <= set(declared)
    for step in steps:
        if "run" in step:  # expressions reach scripts through env only
            assert "${{" not in step["run"], step["name"]
    uploads = [s for s in steps if s.get("uses", "").startswith(("github/codeql-action/upload-sarif",
                                                                   "actions/upload-artifact"))]
    assert uploads and all("always()" in s["if"] for s in uploads)
    # the documented inputs, run through the action (with the interpreter already installed)
    inputs = {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in ours["with"].items()}
    inputs.update(python=sys.executable, paths="content", **{"fail-on": "never"})
    result = run_action(repo["work"], inputs, repo["env"], repo["tmp"])
    assert result["status"] == 0, result["stderr"]
    assert (repo["work"] / ours["with"]["sarif"]).is_file()
    review = json.loads((repo["work"] / ours["with"]["review"]).read_text(encoding="utf-8"))
    assert review["event"] == "COMMENT" and isinstance(review["comments"], list)
    assert result["outputs"]["old-findings"].isdigit()
    assert (ROOT / "docs" / "workflow.yml").read_text(encoding="utf-8").split("name: Translations", 1)[1] in \
        (ROOT / "docs" / "action.md").read_text(encoding="utf-8")  # the page shows the tested file


def test_action_installs_from_its_own_path_with_a_pip_cache():
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert "version" in action["inputs"] and action["inputs"]["version"]["default"] == ""
    steps = action["runs"]["steps"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    install = next(s for s in steps if s.get("id") == "install")
    assert install["env"]["CHECKER_ACTION_PATH"] == "${{ github.action_path }}"
    assert install["env"]["PIP_CACHE_DIR"] == cache["with"]["path"]
    assert '"$CHECKER_ACTION_PATH$extra"' in install["run"]

