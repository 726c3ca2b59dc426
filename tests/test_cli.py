"""The command line, through click's runner and as a real subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from checker import __version__
from checker.cli import main

from .conftest import FIXTURES

SEED = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"checker {__version__}"


def test_check_seed_text_exit_1(capsys):
    code, out, _ = run(["check", str(SEED), "--no-color"], capsys)
    assert code == 1
    assert "BPL001 [warning]" in out and ":9:1:" in out
    assert "\033[" not in out


def test_fail_on_never_and_error(capsys):
    assert run(["check", str(SEED), "--fail-on", "never"], capsys)[0] == 0
    assert run(["check", str(SEED), "--select", "BPL", "--fail-on", "error"], capsys)[0] == 0


def test_json_contract(capsys):
    code, out, _ = run(["check", str(SEED), "--format", "json", "--select", "BPL,REP"], capsys)
    data = json.loads(out)
    assert set(data) == {"version", "files", "summary"}
    raw = SEED.read_text(encoding="utf-8")
    (entry,) = data["files"]
    assert entry["path"] == str(SEED) and entry["source_path"] is None
    assert data["summary"]["findings"] == len(entry["findings"]) > 0
    for f in entry["findings"]:
        assert set(f) == {"code", "category", "severity", "message", "start", "end", "line", "column",
                          "end_line", "end_column", "text", "suggestion", "source_span"}
        assert raw[f["start"]:f["end"]] == f["text"]
        line_start = raw.rfind("\n", 0, f["start"]) + 1
        assert f["line"] == raw.count("\n", 0, f["start"]) + 1 and f["column"] == f["start"] - line_start + 1


def test_select_unknown_code_is_usage_error(capsys):
    code, out, err = run(["check", str(SEED), "--select", "XYZ999"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "XYZ999" in err and "Traceback" not in err


def test_missing_file(capsys):
    code, _, err = run(["check", "missing.txt"], capsys)
    assert code == 2 and err.strip() == "checker: error: missing.txt: no such file or directory"


def test_binary_file(tmp_path, capsys):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run(["check", str(path)], capsys)
    assert code == 2 and str(path) in err and "binary" in err and err.count("\n") == 1


def test_latin1_needs_encoding(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a déclaré. READ ALSO: the the story\n".encode("latin-1"))
    code, _, err = run(["check", str(path)], capsys)
    assert code == 2 and str(path) in err and "--encoding" in err and err.count("\n") == 1
    code, out, _ = run(["check", str(path), "--encoding", "latin-1", "--format", "json", "--select", "REP"], capsys)
    finding = json.loads(out)["files"][0]["findings"][0]
    assert finding["text"] == "the the" and code == 1


def test_bom_is_dropped(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe the end.".encode("utf-8"))
    code, out, _ = run(["check", str(path), "--format", "json"], capsys)
    finding = json.loads(out)["files"][0]["findings"][0]
    assert finding["start"] == 0 and finding["text"] == "The the"


def test_output_file_and_unwritable_output(tmp_path, capsys):
    out_file = tmp_path / "report.json"
    code, out, _ = run(["check", str(SEED), "--format", "json", "--output", str(out_file)], capsys)
    assert out == "" and json.loads(out_file.read_text())["summary"]["files"] == 1
    code, _, err = run(["check", str(SEED), "--output", str(tmp_path / "new" / "r.txt")], capsys)
    assert code == 1 and (tmp_path / "new" / "r.txt").is_file()  # the folder is created
    (tmp_path / "file").write_text("x")
    code, _, err = run(["check", str(SEED), "--output", str(tmp_path / "file" / "r.txt")], capsys)
    assert code == 2 and "cannot" in err


def test_input_not_modified(tmp_path, capsys):
    path = tmp_path / "a.md"
    content = "---\ntitle: x\n---\n\nThe the minister.\n"
    path.write_text(content, encoding="utf-8")
    before = os.stat(path).st_mtime_ns
    run(["check", str(path)], capsys)
    assert path.read_text(encoding="utf-8") == content and os.stat(path).st_mtime_ns == before


def test_directory_pairs_hugo_files(tmp_path, capsys):
    post = tmp_path / "content" / "post"
    post.mkdir(parents=True)
    (post / "index.en.md").write_text("The the minister spoke.\n", encoding="utf-8")
    (post / "index.fr.md").write_text("Le ministre a parlé.\n", encoding="utf-8")
    (post / "other.md").write_text("Clean text.\n", encoding="utf-8")
    sub = tmp_path / "content" / "declared"
    sub.mkdir()
    (sub / "en.md").write_text("---\nsource: ../post/index.fr.md\n---\n\nClean.\n", encoding="utf-8")
    code, out, _ = run(["check", str(tmp_path / "content"), "--format", "json"], capsys)
    files = {os.path.relpath(f["path"], tmp_path): f["source_path"] for f in json.loads(out)["files"]}
    assert files == {
        "content/declared/en.md": str(sub / "../post/index.fr.md"),
        "content/post/index.en.md": str(post / "index.fr.md"),
        "content/post/other.md": None,
    }


def test_source_and_quotes_validated(tmp_path, capsys):
    code, _, err = run(["check", str(SEED), "--source", str(tmp_path / "none.fr.txt")], capsys)
    assert code == 2 and "none.fr.txt" in err
    bad = tmp_path / "quotes.yaml"
    bad.write_text("- speaker: Yuri Ushakov\n", encoding="utf-8")
    code, _, err = run(["check", str(SEED), "--quotes", str(bad)], capsys)
    assert code == 2 and "quote 1 has no text" in err
    good = tmp_path / "quotes.json"
    good.write_text(json.dumps([{"speaker": "Yuri Ushakov", "text": "Des documents importants", "lang": "fr"}]))
    assert run(["check", str(SEED), "--quotes", str(good), "--fail-on", "never"], capsys)[0] == 0


def test_config_from_setup_cfg(tmp_path, capsys, monkeypatch):
    (tmp_path / "setup.cfg").write_text("[checker]\nselect = REP\nfail-on = error\nseverity = REP001:error\n")
    path = tmp_path / "a.txt"
    path.write_text("READ ALSO: the the story\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", "a.txt", "--format", "json"], capsys)
    findings = json.loads(out)["files"][0]["findings"]
    assert [(f["code"], f["severity"]) for f in findings] == [("REP001", "error")] and code == 1
    code, out, _ = run(["check", "a.txt", "--format", "json", "--select", "BPL", "--fail-on", "never"], capsys)
    assert {f["code"] for f in json.loads(out)["files"][0]["findings"]} == {"BPL001"} and code == 0


def test_bad_config_is_one_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.checker]\nfail-on = 'sometimes'\n")
    (tmp_path / "a.txt").write_text("x\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["check", "a.txt"], capsys)
    assert code == 2 and "pyproject.toml" in err and "fail-on" in err and err.count("\n") == 1


def test_rules_and_explain(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "BPL001" in out and "REP001" in out
    code, out, _ = run(["explain", "rep001"], capsys)
    assert code == 0 and "## Why is this bad?" in out and "clocks clocks" in out
    code, _, err = run(["explain", "NOP001"], capsys)
    assert code == 2 and "NOP001" in err


def test_usage_error_is_one_line(capsys):
    code, _, err = run(["check"], capsys)
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(["check", str(SEED), "--format", "pdf"], capsys)
    assert code == 2 and err.count("\n") == 1 and "pdf" in err


def test_subprocess_entry_points(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(SEED), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1 and json.loads(proc.stdout)["summary"]["findings"] > 0
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(tmp_path / "missing.md")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_version_does_not_import_heavy_libraries():
    code = ("import sys; from checker.cli import main; main(['--version']); "
            "heavy = [m for m in ('torch', 'transformers', 'datasets', 'langdetect', 'lingua') if m in sys.modules]; "
            "print(heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip().endswith("[]"), proc.stdout


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_formats_on_seed(fmt, capsys):
    code, out, _ = run(["check", str(SEED), "--format", fmt], capsys)
    assert code in (0, 1) and out


def test_quotes_command_text_and_json(capsys):
    code, out, _ = run(["quotes", str(SEED)], capsys)
    assert code == 0 and "Yuri Ushakov" in out and out.startswith(f"{SEED}: ")
    code, out, _ = run(["quotes", str(SEED), "--format", "json"], capsys)
    data = json.loads(out)
    raw = SEED.read_text(encoding="utf-8")
    quotes = data["files"][0]["quotes"]
    by_text = {q["text"]: q for q in quotes}
    assert by_text["Important, very significant documents"]["resolved_speaker"] == "Yuri Ushakov"
    assert by_text["unwavering, brothers-in-arms"]["resolved_speaker"] == "Kim Jong-un"
    assert all(raw[q["start"]:q["end"]] == q["text"] for q in quotes)


def test_check_json_carries_quotes(capsys):
    _, out, _ = run(["check", str(SEED), "--format", "json"], capsys)
    quotes = json.loads(out)["files"][0]["quotes"]
    assert any(q["speaker"] == "Kim Jong-un" and q["text"] == "important documents" for q in quotes)


def test_click_runner_invocation():
    from click.testing import CliRunner

    from checker.cli import cli

    result = CliRunner().invoke(cli, ["check", str(SEED), "--select", "BPL001", "--format", "json"])
    assert result.exit_code == 1
    assert [f["code"] for f in json.loads(result.output)["files"][0]["findings"]] == ["BPL001"] * 3
    result = CliRunner().invoke(cli, ["explain", "BPL001"])
    assert result.exit_code == 0 and "READ ALSO" in result.output


FRENCH = ("Vladimir Poutine sera en Corée du Nord mardi et mercredi, une visite exceptionnelle à l'issue "
          "de laquelle un accord de partenariat stratégique pourrait être signé entre ces deux pays que "
          "l'Occident perçoit comme des menaces. « Des documents importants » seront signés, a déclaré "
          "Iouri Ouchakov, le conseiller diplomatique du président russe, aux médias russes.\n")


def test_swapped_translation_and_source_is_an_input_error(tmp_path, capsys):
    french, english = tmp_path / "article.txt", tmp_path / "source.txt"
    french.write_text(FRENCH, encoding="utf-8")
    english.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run(["check", str(french), "--source", str(english)], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "wrong way round" in err
    code, _, _ = run(["check", str(english), "--source", str(french), "--fail-on", "never"], capsys)
    assert code == 0


def test_quotes_guesses_the_language(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    _, out, _ = run(["quotes", str(path), "--format", "json"], capsys)
    (quote,) = [q for q in json.loads(out)["files"][0]["quotes"] if q["text"] == "Des documents importants"]
    assert quote["cue"] == "a déclaré" and quote["resolved_speaker"] == "Iouri Ouchakov"
