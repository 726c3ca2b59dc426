"""ATT001: a second reporting clause for a statement that already has one ("he said. he noted, saying")."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import ends_with_report, find_stray_attributions, speech_verb_by_form
from ...lang.sentences import split_sentences
from ...registry import Example, Rule

# a sentence made of a pronoun and one past-tense verb ("She launched.", "He slipped.")
ORPHAN_RE = re.compile(r"(?P<subj>[Hh]e|[Ss]he|[Tt]hey)(?:[ \t]+[a-z]+ly)?[ \t]+(?P<verb>[a-z]+)[ \t]*[.!]")
CLOSING_MARKS = "”\"»"


@functools.lru_cache(maxsize=None)
def _incise_forms() -> frozenset[str]:
    """Past forms of the transitive verbs French incises use (checker/data/fragment_verbs.yaml `incise`) that
    the speech-verb lexicon does not hold."""
    from ...data.cache import load_yaml

    forms = set()
    for lemma in load_yaml("fragment_verbs").get("incise", "").split():
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        else:
            forms.update((lemma + "ed", lemma + lemma[-1] + "ed"))  # "slipped"
    return frozenset(forms - set(speech_verb_by_form()))


def _orphan_incises(text: str, start: int, end: int):
    """A sentence that is only a pronoun and a transitive verb of a French incise ("She launched.") right after a
    sentence closed by an attribution or a quote: the incise of that statement, cut off and left without object."""
    sentences = split_sentences(text, start, end)
    forms = _incise_forms()
    for (prev_start, prev_stop), (sent_start, sent_stop) in zip(sentences, sentences[1:]):
        match = ORPHAN_RE.fullmatch(text, sent_start, sent_stop)
        if match is None or match.group("verb") not in forms:
            continue
        before = text[prev_start:prev_stop].rstrip(".!? ")
        if before[-1:] in CLOSING_MARKS or ends_with_report(text, prev_start, prev_stop - 1):
            yield match


def _message(text: str, stray) -> str:
    clause = " ".join(text[stray.start:stray.end].rstrip(",.!").split())
    if stray.kind == "double-verb":
        return f"'{clause}' uses two reporting verbs for one speaker; keep one."
    if text[stray.end - 1] == ",":
        return (f"'{clause}' is a second attribution with no statement of its own (two reporting verbs "
                f"for one statement); merge it with the attribution before it.")
    return (f"'{clause}' repeats the attribution that closes the previous sentence and has no statement "
            f"of its own; delete it or give it its statement.")


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        for stray in find_stray_attributions(text, block.start, block.end):
            if stray.kind in ("duplicate", "double-verb"):
                strong = stray.kind == "double-verb" or stray.lowercase or stray.after_report
                yield Hit(stray.start, stray.end, _message(text, stray), suggestion=stray.suggestion,
                          severity=None if strong else Severity.INFO)
        for match in _orphan_incises(text, block.start, block.end):
            clause = text[match.start():match.end()].rstrip(".! \t")
            yield Hit(match.start(), match.end(),
                      f"'{clause}' is a French incise cut off from the statement before it: the verb has no "
                      f"object and the statement is already attributed; delete it.")


RULE = Rule(
    code="ATT001",
    name="duplicated-attribution",
    category=Category.STRAY_ATTRIBUTION,
    severity=Severity.WARNING,
    summary="Two reporting clauses for one statement ('he said. he noted, saying …', '… said he added').",
    check=check,
    doc="""\
## What it does
Finds a reporting clause (subject + speech verb such as *said, told, noted, added,
stressed, indicated, declared* …, or *according to*) that has no statement of its own
because the statement is already attributed:

- a sentence that begins with a bare attribution ("he noted," "He added.") right after a
  sentence that already ends in one ("…,” he said.");
- an attribution followed by a participle that reports the same statement again
  ("He noted, saying he expected …");
- two reporting verbs around one subject after a quote ("…,” said he added.").

A sentence made only of a pronoun and a transitive verb of a French incise ("She launched.", "He
fustigated.", from `incise` in `checker/data/fragment_verbs.yaml`) right after a sentence closed by an
attribution or a quote is the cut-off incise of that statement.

A lowercase start after the full stop ("he said. he noted") is the typical trace of a
machine-translated French incise (*a-t-il dit. Il a noté, ajoutant …*). A second attribution
with its own statement ("He added that …", "He added, “…”") is left alone. "He noted, saying …"
with no attribution before it and a capital letter is reported as info only.

## Why is this bad?
Two speech verbs for one statement read as a stutter and blur who said what and when;
editors must merge them into one attribution.

## Example
`“… relations,” he said. he noted, saying he expected that …` → drop "he noted," and write
`“… relations,” he said, adding that he expected that …`.
""",
    examples=(
        Example("“This treaty will be conditioned by the situation,” he said. [[he noted,]] saying he "
                "expected that a decision would be made soon."),
        Example("“We are ready,” the minister said. [[She added.]]"),
        Example("“The talks will resume,” he told reporters. [[he stressed,]] adding that nothing was decided."),
        Example("“The intensity of fighting has dropped a bit,” [[said he added]]."),
        Example("The plant will close, the company said. [[It noted,]] saying the decision was final."),
        Example("[[He indicated,]] saying that the vote would take place in June."),
        Example("“We will win,” he said. He added that the war would end soon."),
        Example("“We will win,” he said. He added, “The war will end soon.”"),
        Example("“It is over,” she said. She added, however, that talks could resume."),
        Example("“We are ready,” he said on Tuesday."),
        Example("He said so, and she agreed, as he said she would."),
        Example("She told reporters: “We will not give up.” Then she left."),
        Example("The minister said he said nothing wrong."),
        Example("“We have done our job,” said the prefect, Pierre Dartout, on Sunday. [[He insisted.]]",
                note="an inverted subject with an apposition closes the previous sentence"),
        Example("“It is over,” the spokeswoman, Maud Bregeon, told BFMTV. [[she stressed,]] adding that talks "
                "could resume."),
        Example("Olivier Dussopt, 44, said he added a clause to the text.", note="'added' has its object"),
        Example("The energy minister, Vicente de la O Levy, blamed the poor state of the plants.",
                note="'state' is a noun here, not a second reporting verb"),
        Example("“We will win,” he said. “The war is over,” he added."),
        Example("“The body was buried in 1945,” [[said he assured]] the daily.", note="the second verb's audience"),
        Example("Data released on Friday, which showed growth, suggest an increased demand.",
                note="'demand' is a noun after its adjective"),
        Example("“This is theft,” the farmer told France Bleu. [[He fustigated.]]",
                note="an incise verb left without its object"),
        Example("“We will come back,” the striker wrote in a statement. [[She launched.]]"),
        Example("“The bill is balanced,” the rapporteur said on Tuesday. [[He tempered.]]"),
        Example("“We never gave up,” said the skipper. [[He saluted.]]"),
        Example("“I am leaving,” she said. She left.", note="an intransitive verb: a new event"),
        Example("“We are ready,” he said. He smiled.", note="an intransitive verb"),
        Example("The minister spoke for an hour. She launched.", note="no attribution before it"),
        Example("“It works,” he said. He launched the app on Monday.", note="the verb has its object"),
    ),
)
