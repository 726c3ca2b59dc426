"""The editor's HTML report without a browser: structure, escaping, highlights, alignment, quotes."""
from __future__ import annotations

import importlib.util
import json
import random
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings, strategies as st

from checker.api import check_jobs
from checker.config import Config
from checker.findings import Hit
from checker.inputs import Job, discover
from checker.parsers import parse
from checker.reporters import html as html_report
from checker.align.paragraphs import align_blocks
from checker.align.quotes import pair_quotes, speakers_differ
from checker.reporters.html import clean_span, render
from checker.rules import ALL_RULES
from checker.runner import FileReport, Report, make_finding

from .conftest import FIXTURES, SHARED

SEED = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"
BILINGUAL = FIXTURES / "bilingual"
VOID = {"meta", "br", "input", "img", "hr", "link", "rect", "path"}


class Page(HTMLParser):
    """The parts of a report the tests look at, with a check that elements nest properly."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.marks: list[dict] = []  # each mark: attrs, and its text
        self.scripts: list[tuple[dict, str]] = []
        self.ids: Counter = Counter()
        self.hrefs: list[str] = []
        self.sources: list[str] = []
        self.tags: Counter = Counter()
        self.feed(text)
        self.close()
        assert not self.stack, f"unclosed elements: {[t for t, _ in self.stack]}"

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags[tag] += 1
        if "id" in attrs:
            self.ids[attrs["id"]] += 1
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "src" in attrs or "srcset" in attrs:
            self.sources.append(attrs.get("src") or attrs.get("srcset"))
        if tag in VOID:
            return
        entry = {"tag": tag, "attrs": attrs, "text": []}
        if tag == "mark":
            self.marks.append(entry)
        self.stack.append((tag, entry))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1][0] if self.stack else None}"
        _, entry = self.stack.pop()
        if tag == "script":
            self.scripts.append((entry["attrs"], "".join(entry["text"])))

    def handle_data(self, data):
        for _, entry in self.stack:
            entry["text"].append(data)

    def findings(self) -> list[dict]:
        return [m for m in self.marks if "finding" in m["attrs"].get("class", "").split()]

    def pieces(self, key: str) -> list[dict]:
        return [m for m in self.marks if m["attrs"].get("id") == key or m["attrs"].get("data-of") == key]

    def data(self) -> dict:
        (blob,) = [text for attrs, text in self.scripts if attrs.get("id") == "checker-data"]
        return json.loads(blob)


def file_report(raw: str, phrases: list[tuple[str, int, str | None]], source: str | None = None,
                evidence: dict[int, str] | None = None, path: str = "post.en.md", fmt: str = "markdown",
                quotes: list | None = None) -> FileReport:
    """Findings at the given phrases of the clean text, one registry rule each (any rules will do)."""
    doc = parse(raw, fmt, path=path)
    src = parse(source, fmt, path=path.replace(".en.", ".fr."), lang="fr") if source is not None else None
    findings = []
    for i, (phrase, occurrence, suggestion) in enumerate(phrases):
        start = -1
        for _ in range(occurrence):
            start = doc.text.index(phrase, start + 1)
        span = None
        if evidence and i in evidence:
            s = src.text.index(evidence[i])
            span = (s, s + len(evidence[i]))
        rule = ALL_RULES[i % len(ALL_RULES)]
        findings.append(make_finding(rule, Hit(start, start + len(phrase), f"About {phrase!r}.", suggestion, span),
                                     doc, src))
    findings.sort(key=lambda f: (f.start, f.end))
    return FileReport(path, src.path if src else None, findings, doc, src, quotes)


def _joined(piece_list: list[dict]) -> str:
    return "".join("".join(p["text"]) for p in piece_list)


def check_highlights(page: Page, report: Report) -> None:
    """Every finding has exactly one focusable element, and its pieces spell its clean text."""
    primaries = page.findings()
    assert len(primaries) == len(report.findings)
    assert all(n == 1 for n in page.ids.values()), [k for k, n in page.ids.items() if n > 1]
    for fi, file in enumerate(report.files):
        for k, finding in enumerate(file.findings):
            key = f"f{fi}-{k}"
            (primary,) = [m for m in primaries if m["attrs"]["id"] == key]
            assert primary["attrs"]["tabindex"] == "0" and primary["attrs"]["role"] == "button"
            assert primary["attrs"]["data-category"] == finding.category.value
            start, end = clean_span(file.doc, finding.start, finding.end)
            pieces = page.pieces(key)
            if "pin" in primary["attrs"]["class"].split():
                assert len(pieces) == 1 and _joined(pieces) == ""
            else:
                expected = "".join(file.doc.text[b.start:b.end][max(start, b.start) - b.start:max(min(end, b.end), b.start) - b.start]
                                   for b in file.doc.blocks)
                assert _joined(pieces) == expected


@pytest.fixture(scope="module")
def real_report() -> Report:
    with_quotes = importlib.util.find_spec("checker.lang.quotes") is not None
    jobs = discover([str(BILINGUAL)], None, "fr", "en") + [Job(str(SEED))]
    return check_jobs(jobs, Config(), with_quotes=with_quotes)


def test_real_report_highlights_every_finding(real_report):
    page = Page(render(real_report))
    check_highlights(page, real_report)
    data = page.data()["findings"]
    assert [d["message"] for d in data] == [f.message for f in real_report.findings]
    # a file index for a directory, one section per file
    for fi, file in enumerate(real_report.files):
        assert f"#file-{fi}" in page.hrefs
        assert page.ids[f"file-{fi}"] == 1


def test_report_is_self_contained(real_report):
    text = render(real_report)
    page = Page(text)
    assert all(href.startswith("#") for href in page.hrefs)
    assert page.tags["link"] == 0 and page.tags["img"] == 0 and page.tags["iframe"] == 0
    assert page.sources == []
    assert "@import" not in text and "url(" not in text
    assert "default-src 'none'" in text
    assert "@media print" in text


def test_article_text_is_escaped():
    raw = ('<script>alert("x")</script> The "minister" said \'no\' & left.\n\n'
           'A second paragraph with </script><img src=x onerror=alert(1)> and " onmouseover="alert(2)".\n')
    doc_text = parse(raw, "text").text
    assert "<script>" in doc_text
    file = file_report(raw, [('<script>alert("x")</script>', 1, "</script><b>"), ('" onmouseover="', 1, None)],
                       fmt="text", path='a"b<c>.en.txt')
    text = render(Report([file]))
    page = Page(text)
    assert page.tags["script"] == 2  # the data and the report's own script
    assert page.tags["img"] == 0
    assert "alert(1)" in text and "<img" not in text
    check_highlights(page, Report([file]))
    data = page.data()["findings"]
    assert data[0]["suggestion"] == "</script><b>"
    assert data[0]["text"] == '<script>alert("x")</script>'
    assert 'a"b<c>.en.txt' in "".join(t for t in (page.data()["findings"][0]["file"],))


def test_overlapping_and_nested_findings():
    raw = "Vladimir Putin met the the head of diplomacy in Pyongyang on Tuesday.\n"
    phrases = [("Putin met the the head", 1, None), ("the the", 1, "the"), ("head of diplomacy in Pyongyang", 1, None),
               ("of diplomacy", 1, None), ("Pyongyang on Tuesday.", 1, None), ("Pyongyang", 1, None)]
    file = file_report(raw, phrases, fmt="text")
    page = Page(render(Report([file])))  # the parser asserts proper nesting
    check_highlights(page, Report([file]))
    crossing = [f"f0-{k}" for k, f in enumerate(file.findings) if f.text == "head of diplomacy in Pyongyang"]
    assert len(page.pieces(crossing[0])) >= 2  # it crosses "Putin met the the head": split in pieces


def test_findings_across_blocks_and_in_markup():
    raw = ("---\ntitle: \"A title\"\n---\n\nFirst paragraph ends here.\n\nSecond paragraph starts here.\n\n"
           "<!-- checker: ignore -->\n\nThird.\n")
    doc = parse(raw, "markdown", path="x.en.md")
    rule = ALL_RULES[0]
    findings = []
    start = doc.text.index("ends here")
    end = doc.text.index("starts") + len("starts")
    findings.append(make_finding(rule, Hit(start, end, "Across two paragraphs."), doc, None))
    comment = raw.index("<!--")
    pos = doc.clean_pos(comment)
    findings.append(make_finding(rule, Hit(pos, pos, "In the markup."), doc, None))
    file = FileReport("x.en.md", None, findings, doc)
    page = Page(render(Report([file])))
    check_highlights(page, Report([file]))
    assert any("pin" in m["attrs"]["class"].split() for m in page.findings())
    assert len(page.pieces("f0-0")) == 2


def test_side_by_side_with_source_evidence():
    source = "# Titre\n\nLe ministre a annoncé 12 milliards d'euros.\n\nIl a ajouté : « Nous ne partirons pas. »\n"
    raw = "# Title\n\nThe minister announced 21 billion euros.\n\nHe added: “We will leave.”\n"
    file = file_report(raw, [("21 billion euros", 1, "12 billion euros"), ("We will leave.", 1, None)], source=source,
                       evidence={0: "12 milliards d'euros", 1: "Nous ne partirons pas."})
    text = render(Report([file]))
    page = Page(text)
    check_highlights(page, Report([file]))
    evidence = [m for m in page.marks if "evidence" in m["attrs"].get("class", "").split()]
    assert sorted(_joined([m]) for m in evidence) == ["12 milliards d'euros", "Nous ne partirons pas."]
    assert {m["attrs"]["data-for"] for m in evidence} == {"f0-0", "f0-1"}
    rows = re.findall(r'<div class="row">(.*?)</div></div>', text, re.S)
    assert len(rows) == 3
    assert "12 milliards" in rows[1] and "21 billion" in rows[1]
    data = page.data()["findings"]
    assert data[0]["source"] == "12 milliards d'euros" and data[0]["sourceLang"] == "fr"


def test_empty_report_and_empty_file():
    doc = parse("", "text", path="empty.txt")
    text = render(Report([FileReport("empty.txt", None, [], doc)]))
    assert "No findings" in text
    Page(text)


def test_align_blocks_on_wmt_documents():
    data = SHARED / "data" / "wmt_news_fr_en.jsonl"
    if not data.is_file():
        pytest.skip(f"{data} not present")
    docs: dict[str, list[dict]] = {}
    with open(data, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            docs.setdefault(row["doc_id"], []).append(row)
    rng = random.Random(7)
    correct = total = 0
    for doc_id in sorted(docs)[:40]:
        rows = docs[doc_id]
        if len(rows) < 6:
            continue
        source = [r["fr"] for r in rows]
        target = [r["en"] for r in rows]
        truth = [{i} for i in range(len(rows))]  # target index -> its source indices
        drop = rng.randrange(len(target))  # a translation that lost a paragraph...
        del target[drop], truth[drop]
        merge = rng.randrange(len(target) - 1)  # ...and joined two others
        target[merge:merge + 2] = [target[merge] + " " + target[merge + 1]]
        truth[merge:merge + 2] = [truth[merge] | truth[merge + 1]]
        aligned = {}
        for src_idx, tgt_idx in align_blocks(source, target):
            for j in tgt_idx:
                aligned[j] = set(src_idx)
        for j, expected in enumerate(truth):
            total += 1
            correct += aligned.get(j) == expected
    assert total > 100
    assert correct / total >= 0.93, f"alignment accuracy {correct / total:.2%}"


def test_align_blocks_handles_merges_and_empty_sides():
    source = ["Premier paragraphe sur Paris et 2024.", "Deuxième, sur Berlin.", "Troisième sur Rome et 12 euros."]
    target = ["First paragraph on Paris and 2024. Second, on Berlin.", "Third on Rome and 12 euros."]
    assert align_blocks(source, target) == [((0, 1), (0,)), ((2,), (1,))]
    assert align_blocks([], ["a"]) == [((), (0,))]
    assert align_blocks(["a"], []) == [((0,), ())]


def test_speakers_differ():
    assert speakers_differ("Yuri Ushakov", "Iouri Ouchakov") is False
    assert speakers_differ("Vladimir Putin", "Vladimir Poutine") is False
    assert speakers_differ("Kim Jong-un", "Iouri Ouchakov") is True
    assert speakers_differ(None, "Iouri Ouchakov") is None


def _quote(start, text, speaker, resolved, cue="said"):
    return SimpleNamespace(start=start, end=start + len(text), text=text, kind="direct", speaker=speaker,
                           resolved_speaker=resolved, cue=cue, confidence=0.9)


def test_pair_quotes_by_order_and_words():
    target = [_quote(10, "Important, very significant documents", "he", "Yuri Ushakov"),
              _quote(200, "brothers in arms", "Kim Jong-un", "Kim Jong-un")]
    source = [_quote(5, "Des documents importants, très significatifs", "il", "Iouri Ouchakov"),
              _quote(120, "une phrase absente de la traduction", "elle", "Maria Zakharova"),
              _quote(230, "frères d'armes", "Kim Jong-un", "Kim Jong-un")]
    pairs = pair_quotes(target, source, 300, 300)
    assert [(t is not None and t.text, s is not None and s.text) for t, s in pairs] == [
        (target[0].text, source[0].text), (False, source[1].text), (target[1].text, source[2].text)]


def test_quotes_table_marks_different_speakers(monkeypatch):
    source = "Le ministre a parlé.\n\n« Nous partirons demain », a déclaré Helena Duarte.\n"
    raw = "The minister spoke.\n\n“We will leave tomorrow,” said Jan Kowalczyk.\n"
    doc = parse(raw, "text")
    start = doc.text.index("We will")
    quotes = [_quote(start, "We will leave tomorrow,", "Jan Kowalczyk", "Jan Kowalczyk")]
    file = file_report(raw, [], source=source, fmt="text", quotes=quotes)
    src_start = file.source.text.index("Nous")
    monkeypatch.setattr(html_report, "_source_quotes",
                        lambda doc: [_quote(src_start, "Nous partirons demain", "Helena Duarte", "Helena Duarte")])
    text = render(Report([file]))
    Page(text)
    assert "Quotes (1)" in text
    assert "Jan Kowalczyk" in text and "Helena Duarte" in text
    assert 'class="differ-row"' in text and "speakers differ" in text


def test_quotes_table_is_omitted_without_quotes():
    file = file_report("Some text.\n", [], fmt="text")
    assert "Quotes" not in render(Report([file]))


def test_cli_writes_html(tmp_path):
    pytest.importorskip("checker.lang.quotes", reason="the CLI computes quotes for --format html")
    from checker.cli import main
    out = tmp_path / "report.html"
    assert main(["check", str(BILINGUAL), "--format", "html", "--output", str(out), "--fail-on", "never"]) == 0
    Page(out.read_text(encoding="utf-8"))


def test_assets_are_package_data():
    for name in html_report.ASSETS:
        assert (Path(html_report.__file__).parent / name).is_file()
    setup = (FIXTURES.parent / "setup.cfg").read_text(encoding="utf-8")
    assert "reporters/*.css" in setup and "reporters/*.js" in setup


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab <>&\"'é*_[]()#", min_size=1, max_size=25), min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40)), max_size=8),
       st.sampled_from(["text", "markdown"]))
def test_any_spans_nest_and_spell_their_text(paragraphs, spans, fmt):
    raw = "\n\n".join(p.strip() or "x" for p in paragraphs) + "\n"
    doc = parse(raw, fmt, path="p.txt")
    rule = ALL_RULES[0]
    findings = []
    for start, length in spans:
        start = min(start, len(doc.text))
        end = min(start + length, len(doc.text))
        findings.append(make_finding(rule, Hit(start, end, "m"), doc, None))
    findings.sort(key=lambda f: (f.start, f.end))
    report = Report([FileReport("p.txt", None, findings, doc)])
    check_highlights(Page(render(report)), report)
