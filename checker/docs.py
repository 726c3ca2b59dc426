"""Rule documentation from rule metadata: the rule table, `explain`, and JSON for tooling."""
from __future__ import annotations

import json

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
