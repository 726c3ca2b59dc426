"""HTML reporter: one self-contained page for editors, findings highlighted in place beside the source."""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from importlib import resources

from .. import __version__
from ..document import Document
from ..align.paragraphs import align_blocks
from ..align.quotes import pair_quotes, speaker_of, speakers_differ
from ..findings import Category, Finding, Severity
from ..runner import FileReport, Report
from .sarif import repo_path

# Strong colour of each category (underline, swatch, chart bar); the highlight is a light tint of it.
CATEGORY_COLORS = {
    Category.ENTITY_INCONSISTENCY: "#1f6fb4",
    Category.TRANSLITERATION: "#0f9bb0",
    Category.STRAY_ATTRIBUTION: "#e8700a",
    Category.SENTENCE_FRAGMENT: "#9a9a10",
    Category.UNTRANSLATED: "#8c564b",
    Category.BOILERPLATE: "#6b7280",
    Category.CALQUE: "#8b5cf6",
    Category.FALSE_FRIEND: "#db2777",
    Category.GARBLED: "#dc2626",
    Category.REPETITION: "#16a34a",
    Category.MISATTRIBUTION: "#be185d",
    Category.QUOTE_MISMATCH: "#e11d48",
    Category.NUMBER_MISMATCH: "#4338ca",
    Category.ENTITY_MISMATCH: "#2563eb",
    Category.NEGATION: "#7e22ce",
    Category.OMISSION: "#c2410c",
    Category.ADDITION: "#0d9488",
}
SEVERITY_COLORS = {Severity.ERROR: "#b91c1c", Severity.WARNING: "#b45309", Severity.INFO: "#1d4ed8"}
ASSETS = ("report.css", "report.js")


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _tint(color: str, alpha: float) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _category_css() -> str:
    rules = [f".cat-{c.value}{{--cat:{color};--cat-bg:{_tint(color, 0.16)};--cat-bg-strong:{_tint(color, 0.34)}}}"
             for c, color in CATEGORY_COLORS.items()]
    return "\n".join(rules)


def _script_json(data: object) -> str:
    """JSON that cannot close the <script> element holding it."""
    text = json.dumps(data, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --- highlighting -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted span of a document's clean text: a finding, or its evidence in the source."""

    key: str  # id of the finding it belongs to
    start: int
    end: int
    classes: str
    attrs: str = ""  # attributes of the first piece, escaped
    primary: bool = True  # the first piece is the finding's focusable element


def clean_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The clean-text span produced by the raw span start:end (empty when it is all markup)."""
    cs = doc.clean_pos(start)
    ce = doc.clean_pos(end) if end > start else cs
    return min(cs, len(doc.text)), min(max(ce, cs), len(doc.text))


def _block_for(doc: Document, pos: int) -> int:
    """The block holding clean position `pos`, else the next one, else the last."""
    for i, block in enumerate(doc.blocks):
        if pos <= block.end:
            return i
    return len(doc.blocks) - 1


def _open_tag(mark: Mark, first: bool) -> str:
    if first and mark.primary:
        return f'<mark class="{mark.classes}" id="{esc(mark.key)}"{mark.attrs}>'
    cls = mark.classes.replace("finding", "finding-part") if mark.primary else mark.classes
    attr = "data-of" if mark.primary else "data-for"
    return f'<mark class="{cls}" {attr}="{esc(mark.key)}">'


def highlight(text: str, lo: int, hi: int, marks: list[Mark], pins: list[Mark], opened: set[str]) -> str:
    """Escaped text[lo:hi] with marks nested properly; a mark crossing another is split into pieces.

    `opened` collects the keys whose first piece has been written, so that each finding has
    exactly one focusable element however many pieces it is split into.
    """
    inside = [m for m in marks if max(m.start, lo) < min(m.end, hi)]
    bounds = {lo, hi}
    for m in inside:
        bounds.update((max(m.start, lo), min(m.end, hi)))
    for p in pins:
        bounds.add(min(max(p.start, lo), hi))
    out: list[str] = []
    stack: list[tuple[Mark, int]] = []  # (mark, clipped end)
    prev = lo
    order = {id(m): i for i, m in enumerate(inside)}
    for pos in sorted(bounds):
        out.append(esc(text[prev:pos]))
        prev = pos
        reopen = []
        while any(end == pos for _, end in stack):
            mark, end = stack.pop()
            out.append("</mark>")
            if end != pos:
                reopen.append((mark, end))
        for mark, end in sorted(reversed(reopen), key=lambda item: -item[1]):
            out.append(_open_tag(mark, False))
            stack.append((mark, end))
        for pin in pins:
            if min(max(pin.start, lo), hi) == pos:
                out.append(_open_tag(pin, pin.key not in opened) + "</mark>")
                opened.add(pin.key)
        starting = [m for m in inside if max(m.start, lo) == pos]
        for m in sorted(starting, key=lambda m: (-min(m.end, hi), order[id(m)])):
            out.append(_open_tag(m, m.key not in opened))
            opened.add(m.key)
            stack.append((m, min(m.end, hi)))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


# --- quotes -------------------------------------------------------------------------------------

def _source_quotes(source: Document) -> list:
    from ..lang.quotes import extract_quotes

    return list(extract_quotes(source.text, source.blocks, source.lang))


# --- page parts ---------------------------------------------------------------------------------

def _svg_chart(report: Report) -> str:
    counts = report.by_category()
    if not counts:
        return ""
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = max(counts.values())
    label_w, bar_w, row_h = 170, 300, 24
    height = row_h * len(rows) + 8
    parts = [f'<svg class="chart" viewBox="0 0 {label_w + bar_w + 50} {height}" width="{label_w + bar_w + 50}" '
             f'height="{height}" role="img" aria-labelledby="chart-title">',
             '<title id="chart-title">Findings by category: '
             + esc(", ".join(f"{c} {n}" for c, n in rows)) + "</title>"]
    for i, (category, n) in enumerate(rows):
        y = 4 + i * row_h
        width = max(3, round(bar_w * n / top))
        color = CATEGORY_COLORS.get(Category(category), "#666")
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="chart-label">'
                     f'{esc(category)}</text><rect x="{label_w}" y="{y + 3}" width="{width}" '
                     f'height="{row_h - 8}" rx="3" fill="{color}"/>'
                     f'<text x="{label_w + width + 6}" y="{y + 16}" class="chart-value">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _severity_bar(findings: list[Finding]) -> str:
    total = len(findings)
    if not total:
        return ""
    parts, x = ['<svg class="sevbar" viewBox="0 0 300 14" preserveAspectRatio="none" role="img" '
                'aria-label="Share of findings by severity">'], 0.0
    for severity in sorted(Severity, reverse=True):
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            w = 300 * n / total
            parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="14" fill="{SEVERITY_COLORS[severity]}">'
                         f'<title>{severity.label}: {n}</title></rect>')
            x += w
    parts.append("</svg>")
    return "".join(parts)


def _summary(report: Report) -> str:
    findings = report.findings
    by_sev = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    plural = lambda n, word: f"{word}{'s' if n != 1 else ''}"
    cards = [f'<div class="card"><span class="num">{n}</span><span>{plural(n, word)}</span></div>'
             for n, word in ((len(findings), "finding"), (len(report.files), "file"))]
    for severity in sorted(Severity, reverse=True):
        cards.append(f'<div class="card sev-{severity.label}"><span class="num">{by_sev[severity]}</span>'
                     f'<span>{severity.label}</span></div>')
    chart = _svg_chart(report) or '<p class="clean">No findings: nothing to correct.</p>'
    return (f'<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>'
            f'<div class="totals"><div class="cards">{"".join(cards)}</div>{_severity_bar(findings)}</div>'
            f'<div class="chart-wrap">{chart}</div></section>')


def _filters(report: Report) -> str:
    findings = report.findings
    if not findings:
        return ""
    cats = report.by_category()
    boxes = []
    for category, n in cats.items():
        boxes.append(f'<label class="chip cat-{esc(category)}"><input type="checkbox" checked '
                     f'data-filter="category" value="{esc(category)}"><span class="swatch" aria-hidden="true">'
                     f'</span>{esc(category)} <span class="count">{n}</span></label>')
    sevs = []
    for severity in sorted(Severity, reverse=True):
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            sevs.append(f'<label class="chip sev-{severity.label}"><input type="checkbox" checked '
                        f'data-filter="severity" value="{severity.label}"><span class="sev-dot" aria-hidden="true">'
                        f'</span>{severity.label} <span class="count">{n}</span></label>')
    return (f'<section class="filters" aria-label="Filters">'
            f'<fieldset><legend>Severity</legend>{"".join(sevs)}</fieldset>'
            f'<fieldset><legend>Category</legend>{"".join(boxes)}</fieldset>'
            f'<p class="shown" id="shown" aria-live="polite">Showing all {len(findings)} findings.</p></section>')


def _file_index(report: Report) -> str:
    if len(report.files) < 2:
        return ""
    rows = []
    for fi, file in enumerate(report.files):
        counts = {s: sum(1 for f in file.findings if f.severity == s) for s in Severity}
        rows.append(f'<tr><td class="path"><a href="#file-{fi}">{esc(repo_path(file.path))}</a></td>'
                    f'<td class="path">{esc(repo_path(file.source_path) if file.source_path else "—")}</td>'
                    + "".join(f'<td class="n">{counts[s]}</td>' for s in sorted(Severity, reverse=True))
                    + f'<td class="n">{len(file.findings)}</td></tr>')
    head = "".join(f'<th scope="col" class="n">{s.label}</th>' for s in sorted(Severity, reverse=True))
    return (f'<section class="index" aria-labelledby="index-title"><h2 id="index-title">Files</h2>'
            f'<table><thead><tr><th scope="col">Translation</th><th scope="col">Source</th>{head}'
            f'<th scope="col" class="n">total</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _finding_marks(fi: int, file: FileReport) -> tuple[list[tuple[str, Finding]], list[Mark], list[Mark],
                                                        list[Mark], list[Mark]]:
    """The findings keyed by element id, their marks and pins, and the marks of their source evidence."""
    keyed = [(f"f{fi}-{k}", f) for k, f in enumerate(file.findings)]
    marks, pins, evidence, evidence_pins = [], [], [], []
    for key, f in keyed:
        classes = f"finding cat-{f.category.value} sev-{f.severity.label}"
        attrs = (f' tabindex="0" role="button" aria-pressed="false" data-category="{esc(f.category.value)}"'
                 f' data-severity="{f.severity.label}" aria-describedby="m-{key}"')
        start, end = clean_span(file.doc, f.start, f.end)
        marks.append(Mark(key, start, end, classes, attrs))
        if f.source_span is not None and file.source is not None:
            s_start, s_end = clean_span(file.source, f.source_span.start, f.source_span.end)
            ev = Mark(key, s_start, s_end, f"evidence cat-{f.category.value}", primary=False)
            (evidence if s_end > s_start else evidence_pins).append(ev)
    # a finding with no text in any block (it is in markup only, or between blocks) is shown as a pin
    for mark in list(marks):
        if not any(max(mark.start, b.start) < min(mark.end, b.end) for b in file.doc.blocks):
            marks.remove(mark)
            label = "a finding in the markup, not in the visible text"
            pins.append(Mark(mark.key, mark.start, mark.start, mark.classes + " pin",
                             mark.attrs + f' aria-label="{esc(label)}"'))
    return keyed, marks, pins, evidence, evidence_pins


def _blocks_html(doc: Document, prefix: str, marks: list[Mark], pins: list[Mark], opened: set[str]) -> list[str]:
    pins_by_block: dict[int, list[Mark]] = {}
    for pin in pins:
        pins_by_block.setdefault(_block_for(doc, pin.start), []).append(pin)
    out = []
    for i, block in enumerate(doc.blocks):
        body = highlight(doc.text, block.start, block.end, marks, pins_by_block.get(i, []), opened)
        tag = "h3" if block.kind in ("heading", "title") else "p"
        out.append(f'<{tag} class="blk k-{esc(block.kind)}" id="{prefix}-{i}">{body}</{tag}>')
    if not doc.blocks and pins:
        out.append(f'<p class="blk">{highlight("", 0, 0, [], pins, opened)}</p>')
    return out


def _article(fi: int, file: FileReport, marks, pins, evidence, evidence_pins) -> str:
    doc, source = file.doc, file.source
    opened: set[str] = set()
    target_html = _blocks_html(doc, f"t{fi}", marks, pins, opened)
    lang_t = esc(doc.lang)
    if source is None:
        return f'<div class="article one-col"><div class="cell tgt" lang="{lang_t}">{"".join(target_html)}</div></div>'
    source_html = _blocks_html(source, f"s{fi}", evidence, evidence_pins, set())
    lang_s = esc(source.lang)
    if doc.blocks:
        rows = align_blocks([source.text[b.start:b.end] for b in source.blocks],
                            [doc.text[b.start:b.end] for b in doc.blocks])
    else:  # an empty translation: its pinned findings sit beside the whole source
        rows = [(tuple(range(len(source.blocks))), ())]
    gap = '<p class="gap">no counterpart</p>'
    out = [f'<div class="article two-col"><div class="col-head" aria-hidden="true"><span>Source ({lang_s})</span>'
           f'<span>Translation ({lang_t})</span></div>']
    for src_idx, tgt_idx in rows:
        src = "".join(source_html[i] for i in src_idx) or gap
        tgt = ("".join(target_html[j] for j in tgt_idx) if doc.blocks else "".join(target_html)) or gap
        out.append(f'<div class="row"><div class="cell src" lang="{lang_s}">{src}</div>'
                   f'<div class="cell tgt" lang="{lang_t}">{tgt}</div></div>')
    out.append("</div>")
    return "".join(out)


def _findings_table(keyed: list[tuple[str, Finding]]) -> str:
    if not keyed:
        return '<p class="clean">No findings in this file.</p>'
    with_source = any(f.source_span is not None for _, f in keyed)
    rows = []
    for key, f in keyed:
        suggestion = "" if f.suggestion is None else (esc(f.suggestion) if f.suggestion else "<em>delete</em>")
        cells = [
            f'<td class="n"><a class="goto" href="#{key}">{f.line}:{f.column}</a></td>',
            f'<td><span class="badge sev-{f.severity.label}">{f.severity.label}</span></td>',
            f'<td><span class="chip-s cat-{esc(f.category.value)}"><span class="swatch" aria-hidden="true"></span>'
            f'{esc(f.code)} {esc(f.category.value)}</span></td>',
            f'<td id="m-{key}"><span class="sr">{f.severity.label} {esc(f.code)}: </span>{esc(f.message)}</td>',
            f'<td class="quote">{esc(f.text)}</td>',
            f'<td class="quote">{suggestion}</td>',
        ]
        if with_source:
            cells.append(f'<td class="quote">{"" if f.source_span is None else esc(f.source_span.text)}</td>')
        rows.append(f'<tr data-for="{key}" data-category="{esc(f.category.value)}" '
                    f'data-severity="{f.severity.label}">{"".join(cells)}</tr>')
    head = ["Line", "Severity", "Rule", "Message", "Text", "Suggestion"] + (["Source"] if with_source else [])
    return ('<table class="findings"><thead><tr>' + "".join(f'<th scope="col">{h}</th>' for h in head)
            + f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _quote_cell(doc: Document, quote, prefix: str) -> str:
    start, _ = doc.raw_span(quote.start, quote.end)
    line, _ = doc.line_col(start)
    text = doc.text[quote.start:quote.end]
    if len(text) > 160:
        text = text[:157] + "…"
    block = doc.block_at(quote.start)
    where = f'<a href="#{prefix}-{block}">line {line}</a>' if block is not None else f"line {line}"
    kind = getattr(quote, "kind", None) or "direct"
    shown = esc(text) if kind == "reported" else f"“{esc(text)}”"  # reported speech is not quoted words
    return f'<td class="quote">{shown}<br><small>{where} · {esc(kind)}</small></td>'


def _speaker(quote) -> str:
    if quote is None:
        return "<td></td>"
    said, who = getattr(quote, "speaker", None), speaker_of(quote)
    evidence = getattr(quote, "evidence", None)
    why = f' title="why: {esc(evidence.describe())}"' if evidence is not None else ""
    if said and who and said != who:
        return f"<td{why}>{esc(said)} <small>→ {esc(who)}</small></td>"
    return f"<td{why}>{esc(who or said or '?')}</td>"


def _quotes_table(fi: int, file: FileReport) -> str:
    if file.quotes is None:
        return ""
    quotes = list(file.quotes)
    source_quotes = _source_quotes(file.source) if file.source is not None else None
    if source_quotes is None:
        pairs = [(q, None) for q in quotes]
    else:
        pairs = pair_quotes(quotes, source_quotes, len(file.doc.text), len(file.source.text))
    if not pairs:
        return ('<details class="quotes" open><summary><h3>Quotes</h3></summary>'
                '<p class="clean">No quotes found.</p></details>')
    with_source = source_quotes is not None
    rows = []
    for t, s in pairs:
        differ = speakers_differ(speaker_of(t), speaker_of(s)) if (t is not None and s is not None) else None
        mark = ('<td class="differ" title="the speakers differ"><span aria-hidden="true">≠</span>'
                '<span class="sr">speakers differ</span></td>') if differ else "<td></td>"
        row = [(_quote_cell(file.doc, t, f"t{fi}") if t is not None else '<td class="gap">no counterpart</td>'),
               _speaker(t), f"<td>{esc(getattr(t, 'cue', None) or '')}</td>" if t is not None else "<td></td>"]
        if with_source:
            row += [(_quote_cell(file.source, s, f"s{fi}") if s is not None else '<td class="gap">no counterpart</td>'),
                    _speaker(s), mark]
        rows.append(f'<tr class="{"differ-row" if differ else ""}">{"".join(row)}</tr>')
    head = '<th scope="col">Quote in the translation</th><th scope="col">Speaker</th><th scope="col">Cue</th>'
    if with_source:
        head += ('<th scope="col">Quote in the source</th><th scope="col">Speaker in the source</th>'
                 '<th scope="col"><span aria-hidden="true">≠</span><span class="sr">speakers differ</span></th>')
    return (f'<details class="quotes" open><summary><h3>Quotes ({len(quotes)})</h3></summary>'
            f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


def _heat_color(score: float) -> str:
    """Red (0) through amber to green (1)."""
    return f"hsl({round(120 * min(1.0, max(0.0, score)))}, 65%, 42%)"


def _excerpt(doc: Document, index: int, limit: int = 90) -> str:
    block = doc.blocks[index]
    text = " ".join(doc.text[block.start:block.end].split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _quality(fi: int, file: FileReport, article: str) -> str:
    """The article with a heat strip of its paragraphs' quality beside it, and the worst paragraphs first."""
    quality = file.metadata.get("quality")
    if not quality:
        return article
    paragraphs = [p for p in quality["paragraphs"] if p["index"] < len(file.doc.blocks)]
    total = sum(max(1, p["end"] - p["start"]) for p in paragraphs) or 1
    strip = []
    for p in paragraphs:
        title = f"paragraph {p['index'] + 1}: {p['score']:.2f}"
        strip.append(f'<a href="#t{fi}-{p["index"]}" title="{esc(title)}" style="flex-grow:'
                     f'{max(1, p["end"] - p["start"]) / total:.4f};background:{_heat_color(p["score"])}">'
                     f'<span class="sr">{esc(title)}</span></a>')
    worst = sorted((p for p in paragraphs if p["score"] < 0.75), key=lambda p: (p["score"], p["index"]))[:5]
    items = "".join(f'<li><a href="#t{fi}-{p["index"]}"><span class="q-dot" style="background:'
                    f'{_heat_color(p["score"])}" aria-hidden="true"></span>{p["score"]:.2f}</a> '
                    f'<span class="q-text">{esc(_excerpt(file.doc, p["index"]))}</span></li>' for p in worst)
    listing = (f'<ol class="q-worst" aria-label="Worst paragraphs first">{items}</ol>' if items
               else '<p class="clean">No paragraph below good.</p>')
    head = (f'<div class="quality q-{esc(quality["label"])}"><p class="q-score"><span class="q-dot" style="'
            f'background:{_heat_color(quality["score"])}" aria-hidden="true"></span>Estimated adequacy '
            f'<strong>{quality["score"]:.2f}</strong> ({esc(quality["label"])}) <small>from '
            f'{esc(", ".join(quality["computed_from"]))}</small></p>{listing}</div>')
    return (f'{head}<div class="with-heat"><nav class="heat" aria-label="Paragraph quality in article order '
            f'(red poor, green good)">{"".join(strip)}</nav>{article}</div>')


def _file_section(fi: int, file: FileReport) -> tuple[str, list[dict]]:
    keyed, marks, pins, evidence, evidence_pins = _finding_marks(fi, file)
    meta = [f"{len(file.findings)} finding{'s' if len(file.findings) != 1 else ''}"]
    if file.source_path:
        meta.insert(0, f"source: {esc(repo_path(file.source_path))}")
    if file.skipped_rules:
        reasons: dict[str, list[str]] = {}
        for code in file.skipped_rules:
            reasons.setdefault(file.skip_reasons.get(code, "an input was missing"), []).append(code)
        meta.append("skipped: " + "; ".join(f"{esc(', '.join(codes))} ({esc(why)})"
                                             for why, codes in reasons.items()))
    section = (f'<section class="file" id="file-{fi}" aria-labelledby="file-{fi}-title">'
               f'<header class="file-head"><h2 id="file-{fi}-title">{esc(repo_path(file.path))}</h2>'
               f'<p class="meta">{" · ".join(meta)}</p></header>'
               f'{_quality(fi, file, _article(fi, file, marks, pins, evidence, evidence_pins))}'
               f'<details class="list" open><summary><h3>Findings ({len(keyed)})</h3></summary>'
               f'{_findings_table(keyed)}</details>{_quotes_table(fi, file)}</section>')
    data = [_finding_data(key, fi, file, f) for key, f in keyed]
    return section, data


def _finding_data(key: str, fi: int, file: FileReport, f: Finding) -> dict:
    from ..rules import rule_by_code
    rule = rule_by_code(f.code)
    return {
        "id": key, "file": repo_path(file.path), "code": f.code, "name": rule.name if rule else f.code,
        "summary": rule.summary if rule else "", "category": f.category.value, "severity": f.severity.label,
        "message": f.message, "text": f.text, "suggestion": f.suggestion,
        "source": None if f.source_span is None else f.source_span.text,
        "sourceLang": file.source.lang if file.source is not None else None,
        "line": f.line, "column": f.column,
    }


def render(report: Report, **_options) -> str:
    sections, data = [], []
    for fi, file in enumerate(report.files):
        section, items = _file_section(fi, file)
        sections.append(section)
        data.extend(items)
    css, js = (_asset(name) for name in ASSETS)
    if "</script" in js.lower() or "</style" in css.lower():
        raise ValueError("report assets must not close their own element")
    n = len(report.findings)
    files = len(report.files)
    subtitle = f"checker {__version__} · {files} file{'s' if files != 1 else ''} · {n} finding{'s' if n != 1 else ''}"
    title = f"checker report: {n} finding{'s' if n != 1 else ''}"
    if len(report.files) == 1:
        title += f" in {repo_path(report.files[0].path)}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="checker {esc(__version__)}">
<title>{esc(title)}</title>
<style>
{css}
{_category_css()}
</style>
</head>
<body class="no-js">
<a class="skip" href="#main">Skip to the article</a>
<div class="layout">
<main id="main">
<header class="top"><h1>Translation check</h1><p class="sub">{esc(subtitle)}</p></header>
{_summary(report)}
{_filters(report)}
{_file_index(report)}
{''.join(sections)}
</main>
<aside class="detail" id="detail" aria-labelledby="detail-title">
<h2 id="detail-title">Finding</h2>
<div id="detail-body" aria-live="polite"><p class="hint">Select a highlighted passage (click it, or Tab to it and press Enter) to see what is wrong, the suggested correction and the source text.</p></div>
<p class="keys">Keys: <kbd>Tab</kbd> next passage · <kbd>Enter</kbd>/<kbd>Space</kbd> select · <kbd>n</kbd>/<kbd>p</kbd> next/previous finding · <kbd>Esc</kbd> clear</p>
</aside>
</div>
<div class="tip" id="tip" role="tooltip" hidden></div>
<script type="application/json" id="checker-data">{_script_json({"findings": data})}</script>
<script>
{js}
</script>
</body>
</html>
"""
