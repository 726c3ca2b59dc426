"""Source-free garbled syntax (issue 13): French word order families found, legitimate English left alone."""
import json
import os
import re
from pathlib import Path

import pytest

from checker.api import check_text
from checker.config import Config

FOUND = [
    ("[[It is Griezmann who opened]] the scoring just before half-time.", "GRB001"),
    ("[[It is Marine Tondelier who announced]] the agreement on Friday.", "GRB001"),
    ("[[Never the unions had]] been so united against a reform.", "GRB001"),
    ("[[Rarely Berlin has]] shown such firmness towards Beijing.", "GRB001"),
    ("[[Of their side]], the Greens demand a recount.", "GRB001"),
    ("The opposition, [[of its part]], denounced a manoeuvre.", "GRB001"),
    ("The families have been waiting for news [[since weeks]].", "GRB001"),
    ("The strike has paralysed the port [[since days]].", "GRB001"),
    ("The Seine reached the highest level [[never measured]] in Paris.", "GRB001"),
    ("The ban worries the growers, [[so much the vineyards rely]] on exports.", "GRB001"),
    ("The club [[avoided to comment]] on the transfer.", "GRB001"),
    ("The government [[renounced to raise]] the tax on fuel.", "GRB001"),
    ("When the police stopped the drivers, [[they them fined]] on the spot.", "GRB001"),
    ("[[With him disappears]] the last witness of the trial.", "GRB001"),
    ("The investigators [[have not found nobody]] in the building.", "GRB001"),
    ("The ministry launched an [[operation military]] in the north.", "GRB001"),
    ("The candidate [[declared to want]] a referendum on pensions.", "GRB001"),
    ("[[How the government will finance this measure?]]", "GRB001"),
    ("Imports were [[more numerous that]] the year before.", "GRB001"),
    ("The actor, [[of whom the career]] began in 1970, died on Sunday.", "GRB001"),
    ("The council [[voted in the following weeks]] the new budget.", "GRB008"),
]

LEFT_ALONE = [
    "Never before had the city seen such crowds.",
    "Never have so many voters stayed at home.",
    "Rarely, the committee said, has a budget been so tight.",
    "It was Griezmann who opened the scoring; it is Deschamps who picks the team.",
    "On their side of the border, the Greens demand a recount.",
    "Since weeks of rain flooded the fields, the harvest is late.",
    "He moved to Lyon since two years later the job ended.",
    "It was the greatest player never to win the Ballon d'Or.",
    "The drought hurt so much the region asked for help.",
    "So much the worse for the banks, said the minister.",
    "The club was avoided to its dismay; they risk to their health.",
    "The prize was accepted to applause; they had them sent home.",
    "We cannot say nothing about it; he did not just do nothing.",
    "The president elect met the attorney general; something new is coming.",
    "They deemed the operation military in nature; the party political broadcast aired.",
    "She is widely said to want the job.",
    "The teams came together the next day; they brought together a coalition.",
    "How the government will finance this measure is unclear.",
    "It is more likely that the talks will fail.",
    "The firm, whose founder is in prison, of which the majority is owned by banks, is bankrupt.",
    "The council voted in the following weeks, the mayor said.",
]


def _check(marked):
    expected = [(m.start() - 4 * i, m.end() - 4 * i - 4) for i, m in enumerate(re.finditer(r"\[\[(.*?)\]\]", marked))]
    text = marked.replace("[[", "").replace("]]", "")
    return text, expected, check_text(text, Config()).findings


@pytest.mark.parametrize("marked, code", FOUND)
def test_french_word_order_is_found(marked, code):
    text, expected, findings = _check(marked)
    spans = {(f.start, f.end) for f in findings if f.code == code and f.severity.name == "WARNING"}
    assert set(expected) <= spans, [(f.code, text[f.start:f.end]) for f in findings]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_legitimate_english_is_left_alone(text):
    garbled = [(f.code, text[f.start:f.end]) for f in check_text(text, Config()).findings
               if f.code in ("GRB001", "GRB008")]
    assert garbled == []


def _references():
    root = Path(os.environ.get("CHECKER_DATA", "/work/shared/data"))
    path = root / "wmt_news_fr_en.jsonl"
    if not path.exists():
        pytest.skip("WMT14 references not available")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["en"] for line in handle]


def test_warning_patterns_are_silent_on_professional_references():
    import yaml
    data = yaml.safe_load((Path(__file__).parents[1] / "checker/data/garble_patterns.yaml").read_text("utf-8"))
    from checker.rules.lexicon import with_classes
    classes = data.get("classes")
    patterns = [re.compile(with_classes(e["regex"], classes), 0 if e.get("case_sensitive") else re.IGNORECASE)
                for e in data["entries"] if e.get("severity") == "warning"]
    hits = [(p.pattern[:40], t) for t in _references() for p in patterns if p.search(t)]
    assert hits == []
