"""Rule documentation from rule metadata: the rule table, `explain`, JSON, and one Markdown page per rule."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .registry import Rule
from .rules import ALL_RULES


def rule_table(rules: tuple[Rule, ...] = ALL_RULES) -> str:
    width = max(len(r.category.value) for r in rules)
    lines = [f"{'code':<7} {'severity':<8} {'category':<{width}} summary"]
    for rule in sorted(rules, key=lambda r: r.code):
        lines.append(f"{rule.code:<7} {rule.severity.label:<8} {rule.category.value:<{width}} {rule.summary}"
                     f"{_needs(rule)}")
    return "\n".join(lines) + "\n"


def _needs(rule: Rule) -> str:
    needs = [what for what, flag in (("source", rule.needs_source), ("model", rule.needs_model)) if flag]
    return f" (needs {' and '.join(needs)})" if needs else ""


def rules_json(rules: tuple[Rule, ...] = ALL_RULES) -> str:
    return json.dumps([
        {"code": r.code, "name": r.name, "category": r.category.value, "severity": r.severity.label,
         "summary": r.summary, "needs_source": r.needs_source, "needs_model": r.needs_model}
        for r in sorted(rules, key=lambda r: r.code)
    ], indent=2) + "\n"


def explain_rule(rule: Rule) -> str:
    out = [f"{rule.code} ({rule.name})", "",
           f"Category: {rule.category.value}    Default severity: {rule.severity.label}"
           + ("    Needs a source" if rule.needs_source else "")
           + ("    Needs a model (--model)" if rule.needs_model else ""), "",
           rule.summary, "", rule.doc.rstrip(), ""]
    positives = [e for e in rule.examples if e.positive]
    negatives = [e for e in rule.examples if not e.positive]
    if positives:
        out.append("## Flagged (the [[marked]] span is reported)")
        out.extend(f"- {e.text}" + (f"  ({e.note})" if e.note else "") for e in positives)
        out.append("")
    if negatives:
        out.append("## Not flagged")
        out.extend(f"- {e.text}" + (f"  ({e.note})" if e.note else "") for e in negatives)
        out.append("")
    return "\n".join(out)


def rule_page(rule: Rule) -> str:
    """docs/rules/CODE.md: the rule's metadata, documentation and (tested) examples, as Ruff's rule pages."""
    needs = [what for what, flag in (("a source (`--source`)", rule.needs_source),
                                     ("a model (`--model`)", rule.needs_model)) if flag]
    out = [f"# {rule.code}: {rule.name}", "",
           "<!-- generated from the rule's metadata by `make docs`; do not edit -->", "",
           f"- **Category**: `{rule.category.value}`",
           f"- **Default severity**: {rule.severity.label}",
           f"- **Fix**: {_fix_kind(rule)}"]
    if needs:
        out.append(f"- **Needs**: {' and '.join(needs)}")
    out += ["", rule.summary, "", rule.doc.rstrip(), ""]
    positives = [e for e in rule.examples if e.positive]
    negatives = [e for e in rule.examples if not e.positive]
    for title, examples in (("Flagged (the marked span is reported)", positives), ("Not flagged", negatives)):
        if examples:
            out += [f"## {title}", ""]
            out += [f"- {_example(e)}" for e in examples]
            out.append("")
    return "\n".join(out)


def _fix_kind(rule: Rule) -> str:
    from .fixes import SAFE_FIXES
    if rule.code in SAFE_FIXES:
        return "safe (applied by `checker check --fix` when the finding has a suggestion)"
    return "suggestion only, for an editor (applied with `--fix --unsafe-fixes`)"


def _example(example) -> str:
    text = " ".join(example.text.split()).replace("`", "'")
    text = text.replace("[[", "**").replace("]]", "**")
    extra = [f"source: {example.source}"] if example.source else []
    extra += [example.note] if example.note else []
    return text + (f" ({'; '.join(extra)})" if extra else "")


def rule_pages(rules: tuple[Rule, ...] = ALL_RULES) -> dict[str, str]:
    """File name → content of every rule page, and the index README.md."""
    pages = {f"{rule.code}.md": rule_page(rule) for rule in rules}
    index = ["# Rules", "", "<!-- generated from the rules' metadata by `make docs`; do not edit -->", "",
             "| code | name | category | severity | summary |", "| --- | --- | --- | --- | --- |"]
    index += [f"| [{r.code}]({r.code}.md) | {r.name} | {r.category.value} | {r.severity.label} | "
              f"{r.summary.replace('|', '/')} |" for r in sorted(rules, key=lambda r: r.code)]
    pages["README.md"] = "\n".join(index) + "\n"
    return pages


def write_pages(folder: Path) -> list[str]:
    """Write the rule pages into `folder`, removing pages of rules that no longer exist; returns the names."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = rule_pages()
    for stale in folder.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(pages)


if __name__ == "__main__":  # python -m checker.docs [FOLDER]
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")
    print(f"wrote {len(write_pages(target))} pages in {target}")
