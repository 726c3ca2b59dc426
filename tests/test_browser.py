"""The HTML report in a real headless Chromium: highlights, selection by mouse and keyboard, filters, offline."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from checker.api import check_jobs
from checker.config import Config
from checker.inputs import Job, discover
from checker.reporters.html import render
from checker.runner import Report

from .conftest import FIXTURES, ROOT

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEED = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"
BILINGUAL = FIXTURES / "bilingual"
BUILD = ROOT / "build"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file() and not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).is_file()
                                             else shutil.which("chromium"), args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _report(jobs: list[Job]) -> Report:
    with_quotes = importlib.util.find_spec("checker.lang.quotes") is not None
    return check_jobs(jobs, Config(), with_quotes=with_quotes)


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {
        "seed": _report([Job(str(SEED))]),
        "bilingual": _report(discover([str(BILINGUAL)], None, "fr", "en")),
    }


def _open(browser, report: Report, tmp_path: Path, name: str):
    path = tmp_path / f"{name}.html"
    path.write_text(render(report), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    errors, requests = [], []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: requests.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    return page, errors, requests


def _visible_detail(page) -> str:
    return page.inner_text("#detail-body")


@pytest.mark.parametrize("name", ["seed", "bilingual"])
def test_report_in_a_browser(browser, reports, tmp_path, name):
    report = reports[name]
    page, errors, requests = _open(browser, report, tmp_path, name)
    try:
        findings = report.findings
        marks = page.locator("mark.finding")
        assert marks.count() == len(findings)
        assert page.locator("mark.finding[tabindex='0']").count() == len(findings)
        BUILD.mkdir(exist_ok=True)
        page.screenshot(path=str(BUILD / f"report-{name}.png"), full_page=False)
        if not findings:
            pytest.skip("no findings to select in this fixture with the current rules")
        keys = [f"f{fi}-{k}" for fi, file in enumerate(report.files) for k in range(len(file.findings))]
        by_key = dict(zip(keys, findings))

        # mouse: click a finding, the panel shows its message and it is marked as pressed
        first = keys[0]
        page.click(f"#{first}")
        assert by_key[first].message in _visible_detail(page)
        assert page.get_attribute(f"#{first}", "aria-pressed") == "true"
        # hover shows a tooltip with the message
        page.hover(f"#{keys[-1]}")
        assert page.is_visible("#tip")
        assert by_key[keys[-1]].message in page.inner_text("#tip")

        # keyboard: focus a finding, Tab goes to the next one in reading order, Enter / Space select
        # two neighbours in one file that do not overlap (nested marks come outer first in the page)
        def outermost(key):
            f = by_key[key]
            return not any(o is not f and o.start <= f.start and f.end <= o.end and (o.start, -o.end) < (f.start, -f.end)
                           for o in by_key.values())
        pairs = [(a, b) for a, b in zip(keys, keys[1:]) if a.split("-")[0] == b.split("-")[0]
                 and by_key[a].end <= by_key[b].start and outermost(a) and outermost(b)]
        if pairs:
            a, b = pairs[0]
            page.focus(f"#{a}")
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.id") == b
            page.keyboard.press("Enter")
            assert by_key[b].message in _visible_detail(page)
            assert page.get_attribute(f"#{b}", "aria-pressed") == "true"
            page.focus(f"#{a}")
            page.keyboard.press(" ")
            assert by_key[a].message in _visible_detail(page)
            page.keyboard.press("n")
            assert page.get_attribute(f"#{b}", "aria-pressed") == "true"
            page.keyboard.press("Escape")
            assert page.get_attribute(f"#{b}", "aria-pressed") == "false"

        # filters: unchecking a category switches its highlights and rows off; checking it again restores them
        category = findings[0].category.value
        of_category = [k for k in keys if by_key[k].category.value == category]
        box = page.locator(f"input[data-filter='category'][value='{category}']")
        box.uncheck()
        for key in of_category:
            assert "off" in page.get_attribute(f"#{key}", "class").split()
            assert page.get_attribute(f"#{key}", "tabindex") == "-1"
            assert not page.is_visible(f"tr[data-for='{key}']")
        others = [k for k in keys if k not in of_category]
        for key in others:
            assert "off" not in page.get_attribute(f"#{key}", "class").split()
        assert str(len(findings) - len(of_category)) in page.inner_text("#shown")
        box.check()
        for key in of_category:
            assert "off" not in page.get_attribute(f"#{key}", "class").split()
            assert page.is_visible(f"tr[data-for='{key}']")
        severity = findings[0].severity.label
        page.locator(f"input[data-filter='severity'][value='{severity}']").uncheck()
        hidden = [k for k in keys if by_key[k].severity.label == severity]
        assert all("off" in page.get_attribute(f"#{k}", "class").split() for k in hidden)
        page.locator(f"input[data-filter='severity'][value='{severity}']").check()

        # the findings table's links select the finding
        page.click(f"tr[data-for='{keys[-1]}'] a.goto")
        assert page.get_attribute(f"#{keys[-1]}", "aria-pressed") == "true"

        page.click(f"#{keys[0]}")
        page.mouse.move(1, 1)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(BUILD / f"report-{name}.png"), full_page=False)
        assert not errors, errors
        assert not requests, f"the report made network requests: {requests}"
    finally:
        page.close()


def test_source_evidence_is_highlighted_on_selection(browser, tmp_path):
    from .test_html_report import file_report
    source = "Le ministre a annoncé 12 milliards d'euros.\n\nIl est parti.\n"
    raw = "The minister announced 21 billion euros.\n\nHe left.\n"
    file = file_report(raw, [("21 billion euros", 1, "12 billion euros")], source=source,
                       evidence={0: "12 milliards d'euros"}, fmt="text")
    page, errors, _ = _open(browser, Report([file]), tmp_path, "evidence")
    try:
        page.click("#f0-0")
        assert "active" in page.get_attribute("mark.evidence[data-for='f0-0']", "class").split()
        detail = _visible_detail(page)
        assert "12 milliards d'euros" in detail and "12 billion euros" in detail
        assert not errors
    finally:
        page.close()


def test_escaped_article_runs_no_script(browser, tmp_path):
    from .test_html_report import file_report
    raw = '<script>window.pwned = 1</script> "quoted" <img src=x onerror="window.pwned=2"> text.\n'
    file = file_report(raw, [("<script>window.pwned = 1</script>", 1, None)], fmt="text")
    page, errors, _ = _open(browser, Report([file]), tmp_path, "escaped")
    try:
        assert page.evaluate("window.pwned === undefined")
        assert "<script>window.pwned = 1</script>" in page.inner_text("#f0-0")
    finally:
        page.close()
