"""QMM001–QMM003, MIS003–MIS004: quotes and speakers compared with the source and the speakers' own words."""
from __future__ import annotations

import re
from dataclasses import replace

from ...align.quotes import speakers_differ
from ...align.sentences import bead_index
from ...compare.quotes import MIN_WORDS, compare_content, cross_similarity, word_count
from ...findings import Category, Hit, Severity, shorten
from ...registry import Example, Rule

DRIFT = 0.45  # cross-lingual similarity under which a paired quote no longer says the same thing
# English words per French word of a translated quote stay within these bounds: a pair outside them quotes
# different spans (the English quotes three sentences where the French quotes one, or a nested quote was
# paired with the whole), and drift between different spans is the boundaries', not the translation's
SPAN_RATIO = (0.5, 2.0)
SPLIT_GAP = 120  # characters between two English quotes that render one French quote cut by its cue
QUOTE_MARKS = re.compile(r"[«»“”\"„‹›]")
FEMININE = {"she", "her", "elle"}
MASCULINE = {"he", "him", "il"}


def _describe(diff) -> str:
    parts = []
    if diff.numbers:
        parts.append("the figures differ (" + ", ".join(f"'{n}'" for n in diff.numbers[:3]) + ")")
    if diff.negation:
        parts.append("one is negative and the other is not")
    return " and ".join(parts)


def _negation_in_sentences(negations, target, source) -> bool:
    """Whether the aligned sentences holding a quote pair differ in polarity inside the quote too.

    Quote boundaries differ across languages ("On ne nous demande jamais : « je veux mourir »" →
    "“Nobody ever says to us: I want to die”"): a polarity difference between the quotes alone, which
    the sentences do not show, is the boundary's.
    """
    return any(target.start <= d.target_span[0] < target.end if d.kind == "added"
               else source.start <= d.source_span[0] < source.end for d in negations)


def _split_rendering(pairs, n: int, text: str) -> str:
    """The English of a paired quote with an unpaired English quote next to it that renders the rest of the
    same French quote, cut there by its cue (« Je ne suis pas devin, se défendait X, je fais ... » →
    "I'm no seer," X would say. "I simply make ...")."""
    target = pairs[n][0]
    before = pairs[n - 1][0] if n > 0 and pairs[n - 1][1] is None else None
    after = pairs[n + 1][0] if n + 1 < len(pairs) and pairs[n + 1][1] is None else None
    parts = [target.text]
    if before is not None and before.kind != "reported" and 0 <= target.start - before.end <= SPLIT_GAP \
            and "\n" not in text[before.end:target.start]:
        parts.insert(0, before.text)
    if after is not None and after.kind != "reported" and 0 <= after.start - target.end <= SPLIT_GAP \
            and "\n" not in text[target.end:after.start]:
        parts.append(after.text)
    return " ".join(parts)


def _same_span(target_text: str, source_text: str) -> bool:
    """Whether two paired quotes have the lengths of a translation of each other."""
    ratio = word_count(target_text) / max(1, word_count(source_text))
    return SPAN_RATIO[0] <= ratio <= SPAN_RATIO[1]


def check_quote_content(ctx):
    encoder = ctx.model("encoder") if ctx.has("encoder") else None
    negations = ctx.get("pair.negation")
    pairs = ctx.get("pair.quotes")
    for n, (target, source) in enumerate(pairs):
        if target is None or source is None or target.kind == "reported" or word_count(target.text) < MIN_WORDS:
            continue
        english = _split_rendering(pairs, n, ctx.doc.text)
        similarity = cross_similarity(english, source.text, encoder) \
            if encoder is not None and _same_span(english, source.text) else None
        diff = compare_content(target.text, ctx.doc.lang or "en", source.text, ctx.source.lang or "fr", similarity)
        if diff.negation and not _negation_in_sentences(negations, target, source):
            diff = replace(diff, negation=False)
        if diff.changed:
            yield Hit(target.start, target.end,
                      f"This quote does not say what the source quote says: {_describe(diff)} "
                      f"(source: “{shorten(source.text, 70)}”).", source_span=(source.start, source.end),
                      severity=Severity.ERROR)
        elif similarity is not None and similarity < DRIFT and word_count(target.text) >= 6:
            yield Hit(target.start, target.end,
                      f"This quote's meaning drifts from the source quote “{shorten(source.text, 70)}” "
                      f"(similarity {similarity:.2f}): check the translation inside the quotation marks.",
                      source_span=(source.start, source.end))


def _kept_words(quoted: str, french: str) -> bool:
    """Whether the quoted words stand in the source sentence as they are, punctuation and case aside: a title
    kept in French ('Mozart, l'Opéra Rock' for « Mozart l'opéra rock »), not a paraphrase."""
    words = lambda text: " ".join(re.findall(r"\w+", text.casefold()))  # noqa: E731
    return f" {words(quoted)} " in f" {words(french)} "


def _bead_for(pairs, position: int, side: str):
    index = bead_index(pairs, position, side)
    return None if index is None else pairs[index]


def check_quote_presence(ctx):
    pairs = ctx.get("pair.sentences")
    source_text, target_text = ctx.source.text, ctx.doc.text
    for target, source in ctx.get("pair.quotes"):
        # a lone quotation mark ("disagreement, "said Bruno Julliard") opens no quote: no paraphrase presented as one
        if (target is not None and target.kind == "partial" and word_count(target.text) >= MIN_WORDS
                and not target.unbalanced and (source is None or source.kind == "reported")):
            bead = _bead_for(pairs, target.start, "target")
            if bead is None or not bead.source:
                continue
            french = source_text[bead.source_span[0]:bead.source_span[1]]
            # words kept in French inside quotation marks ("launches “Parti de la Banlieue”") are a name
            if not QUOTE_MARKS.search(french) and not _kept_words(target.text, french):
                yield Hit(target.start, target.end,
                          "These words are in quotation marks, but the source sentence quotes no one here: "
                          "the translation presents a paraphrase as a quote.", source_span=bead.source_span)
        elif (source is not None and source.kind == "direct" and word_count(source.text) >= 4
                and (target is None or target.kind == "reported")):
            bead = _bead_for(pairs, source.start, "source")
            if bead is None or not bead.target:
                continue
            english = target_text[bead.target_span[0]:bead.target_span[1]]
            if not QUOTE_MARKS.search(english):
                yield Hit(bead.target_span[0], bead.target_span[1],
                          f"The source quotes these words directly (“{shorten(source.text, 70)}”), but the translation "
                          "drops the quotation marks and paraphrases them.",
                          source_span=(source.start, source.end), severity=Severity.INFO)


def _gender(word: str | None) -> str | None:
    word = (word or "").lower().strip()
    if word in FEMININE:
        return "f"
    if word in MASCULINE:
        return "m"
    return None


def _is_name(speaker: str | None) -> bool:
    """A proper name ('Angela Merkel', 'the NGO WaterAid'), not a bare description ('a diplomat')."""
    return bool(speaker) and any(word[:1].isupper() for word in speaker.split()[1:] + speaker.split()[:1]
                                 if word.lower() not in ("a", "an", "the", "le", "la", "les", "un", "une"))


def _cue_gender(text: str, quote) -> str | None:
    """The gender of a pronoun speaker, from the speaker word or an inverted French cue (a-t-elle dit)."""
    found = _gender(quote.speaker)
    if found or quote.cue_span is None:
        return found
    cue = text[quote.cue_span[0]:min(len(text), quote.cue_span[1] + 12)].lower()
    match = re.search(r"-t-(elle|il)\b|\b(elle|il)\b", cue)
    return _gender(match.group(1) or match.group(2)) if match else None


def _common_words(name: str) -> bool:
    """A speaker 'name' made of common English words ("the City", "Fire Department"): maybe a metonymy or a
    translated name."""
    from ...lang.names import zipf
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in ("the", "of", "and")]
    return bool(words) and all(zipf(w.lower(), "en") >= 4.75 for w in words)


def _same_bead(pairs, target, source):
    """The aligned sentence pair holding both quotes, or None when the quotes lie in different beads (a
    pairing by place that the sentence alignment does not confirm is no evidence)."""
    t_index = bead_index(pairs, target.start, "target")
    s_index = bead_index(pairs, source.start, "source")
    return pairs[t_index] if t_index is not None and t_index == s_index else None


def check_speakers(ctx):
    from ...compare.entities import name_mentioned
    pairs = ctx.get("pair.sentences")
    source_text, target_text = ctx.source.text, ctx.doc.text
    for target, source in ctx.get("pair.quotes"):
        if target is None or source is None:
            continue
        bead = _same_bead(pairs, target, source)
        if bead is None:
            continue
        english = target_text[bead.target_span[0]:bead.target_span[1]]
        french = source_text[bead.source_span[0]:bead.source_span[1]]
        span = target.speaker_span or (target.start, target.end)
        t_name, s_name = target.resolved_speaker, source.resolved_speaker
        if _is_name(t_name) and _is_name(s_name) and speakers_differ(t_name, s_name):
            # the other side names the same speaker in the same sentence ("le FMI" / "the IMF", "Pour le PDG de
            # Titan" / "Titan CEO"): a difference of resolution, not of attribution
            if name_mentioned(t_name, ctx.doc.lang or "en", french) \
                    or name_mentioned(s_name, ctx.source.lang or "fr", english):
                continue
            # both names written in their sentences is evidence; a name resolved from elsewhere ("the
            # administrator" read as the last person named) or a common word ("the City") is not
            explicit = (name_mentioned(t_name, ctx.doc.lang or "en", english)
                        and name_mentioned(s_name, ctx.source.lang or "fr", french) and not _common_words(t_name))
            yield Hit(span[0], span[1],
                      f"The translation attributes “{shorten(target.text, 50)}” to {t_name}, but the source gives "
                      f"these words to {s_name}.", suggestion=None, source_span=(source.start, source.end),
                      severity=None if explicit else Severity.INFO)
            continue
        t_gender, s_gender = _cue_gender(target_text, target), _cue_gender(source_text, source)
        if t_gender and s_gender and t_gender != s_gender and target.speaker_span:
            right = "she" if s_gender == "f" else "he"
            yield Hit(target.speaker_span[0], target.speaker_span[1],
                      f"'{target.speaker}' does not match the source's '{'elle' if s_gender == 'f' else 'il'}': the "
                      f"quote now points to someone else; write '{right}'.",
                      suggestion=right if target.speaker and target.speaker.islower() else right.capitalize(),
                      source_span=(source.start, source.end))


def check_against_statements(ctx):
    for match in ctx.get("quotes.matches"):
        quote = match.quote
        if match.diff is not None and match.diff.changed:
            statement = match.own_best if match.own_best is not None and match.own_score >= match.score - 0.05 \
                else match.best
            yield Hit(quote.start, quote.end,
                      f"This quote differs from what {statement.speaker} said: {_describe(match.diff)} "
                      f"(their words: “{shorten(statement.text, 70)}”).", severity=Severity.ERROR)


def check_statement_speakers(ctx):
    for match in ctx.get("quotes.matches"):
        if match.best is None or not match.attributed or match.score < 0.6:
            continue
        if speakers_differ(match.attributed, match.best.speaker) and match.own_score < match.score - 0.25:
            quote = match.quote
            span = quote.speaker_span or (quote.start, quote.end)
            yield Hit(span[0], span[1],
                      f"“{shorten(quote.text, 50)}” is attributed to {match.attributed}, but these are "
                      f"{match.best.speaker}'s words (from the source quotes).", suggestion=None)


QUOTE_CONTENT = Rule(
    code="QMM001",
    name="quote-content-changed",
    category=Category.QUOTE_MISMATCH,
    severity=Severity.WARNING,
    summary="A quote whose figures, polarity or meaning differ from its counterpart in the source.",
    check=check_quote_content,
    requires=("pair.quotes", "pair.negation"),
    doc="""\
## What it does
Pairs each quote of the translation with its counterpart in the source (same place, shared
names and numbers, same speaker) and compares the two: numbers normalised in both languages,
negation, and, when an encoder is available, the meaning (cross-lingual similarity below
0.45 for a quote of six words or more). Changed figures or polarity are errors; drift is a
warning. Polarity is compared as the negation rule compares it (a negation said by a word,
"n'a pas d'âge" = "ageless", answers one), and a difference counts only when the aligned
sentences differ in polarity inside the quote too: quote boundaries differ across languages
("On ne nous demande jamais : « je veux mourir »" = "“Nobody ever says to us: I want to die”").

## Why is this bad?
Words inside quotation marks are a promise that the speaker said them. A changed number or a
lost negation puts words in someone's mouth.

## Example
Source: `« Nous ne fermerons pas l'usine », a dit le PDG.`
Translation: `"We will close the factory," said the CEO.` → the negation is lost.
""",
    examples=(
        Example("“[[We will close the factory,]]” said the chief executive.",
                source="« Nous ne fermerons pas l'usine », a déclaré le PDG."),
        Example("The minister promised “[[300 new posts by the end of the year.]]”",
                source="La ministre a promis « 3 000 postes nouveaux d'ici la fin de l'année »."),
        Example("“[[We have never received so many requests,]]” the association said.",
                source="« Nous avons reçu autant de demandes que l'an dernier », a indiqué l'association."),
        Example("“[[Prices rose by 5% in a year,]]” he said.",
                source="« Les prix ont augmenté de 15 % en un an », a-t-il dit."),
        Example("The mayor said: “[[The bridge will reopen in two weeks.]]”",
                source="Le maire a déclaré : « Le pont rouvrira dans trois semaines. »"),
        Example("“We will not close the factory,” said the chief executive.",
                source="« Nous ne fermerons pas l'usine », a déclaré le PDG."),
        Example("The minister promised “3,000 new posts by the end of the year.”",
                source="La ministre a promis « 3 000 postes nouveaux d'ici la fin de l'année »."),
        Example("“Prices rose by 15% in a year,” he said.",
                source="« Les prix ont augmenté de 15 % en un an », a-t-il dit."),
        Example("“We only have two weeks left,” she said.",
                source="« Il ne nous reste que deux semaines », a-t-elle dit.", note="ne … que is 'only'"),
        Example("The mayor said: “The bridge will reopen in three weeks.”",
                source="Le maire a déclaré : « Le pont rouvrira dans trois semaines. »"),
    ),
)

QUOTE_PRESENCE = Rule(
    code="QMM002",
    name="quote-invented-or-dropped",
    category=Category.QUOTE_MISMATCH,
    severity=Severity.WARNING,
    summary="Words quoted in the translation but not in the source, or a source quote paraphrased without marks.",
    check=check_quote_presence,
    requires=("pair.quotes", "pair.sentences"),
    doc="""\
## What it does
Reports words in quotation marks inside an English sentence (a partial quote) when the aligned
source sentence quotes no one (a paraphrase presented as a quote), and, as a hint, a direct quote of the source whose aligned
English sentence has no quotation marks (a quote silently turned into reported speech).
Words kept in French inside quotation marks (a name: launches “Parti de la Banlieue”) and a
lone quotation mark, which opens no quote, are not reported.

## Why is this bad?
Quotation marks assert that these are the speaker's exact words; an invented quote is a
fabrication, and a quote turned into paraphrase loses its evidential value.

## Example
Source: `Le ministre a jugé la situation préoccupante.`
Translation: `The minister said the situation was “very worrying”.`
""",
    examples=(
        Example("The minister said the situation was “[[extremely worrying for everyone]]”.",
                source="Le ministre a jugé la situation préoccupante."),
        Example("The union leader called the plan “[[a declaration of war on workers]]”.",
                source="Le dirigeant syndical a vivement critiqué le plan du gouvernement."),
        Example("Police described the suspect as “[[calm and cooperative during questioning]]”.",
                source="Selon la police, le suspect s'est montré calme pendant l'interrogatoire."),
        Example("[[The mayor said the works would be finished before the summer.]]",
                source="« Les travaux seront terminés avant l'été », a dit le maire."),
        Example("[[The coach said his team had played its best match of the season.]]",
                source="« Nous avons joué notre meilleur match de la saison », a dit l'entraîneur."),
        Example("The minister said the situation was “worrying”.",
                source="Le ministre a jugé la situation « préoccupante »."),
        Example("“The works will be finished before the summer,” the mayor said.",
                source="« Les travaux seront terminés avant l'été », a dit le maire."),
        Example("The mayor said the works would be finished soon.",
                source="Le maire a dit que les travaux seraient bientôt terminés."),
        Example("The film “The Artist” won five Oscars.",
                source="Le film « The Artist » a remporté cinq Oscars."),
        Example("The union leader called the plan “a declaration of war”.",
                source="Le dirigeant syndical a qualifié le plan de « déclaration de guerre »."),
    ),
)

SOURCE_SPEAKER = Rule(
    code="MIS003",
    name="speaker-differs-from-source",
    category=Category.MISATTRIBUTION,
    severity=Severity.ERROR,
    summary="A quote attributed to another speaker than in the source, or by a pronoun of the wrong gender.",
    check=check_speakers,
    requires=("pair.quotes", "pair.sentences"),
    doc="""\
## What it does
For each quote paired with its source counterpart, compares the speakers the quote model
resolves on each side (names compared across spellings: Poutine and Putin are one person) and
reports a different speaker; it also reports a pronoun whose gender no longer matches the
source ("a-t-elle dit" rendered "he said"), which points the quote at someone else.
Only quotes in the same aligned sentence pair are compared, and a speaker that the other
side's sentence also names ("le FMI" and "the IMF", "le PDG de Titan" and "Titan CEO") is the
same speaker. A difference between names resolved from elsewhere (a description such as
"the administrator" read as the last person named) or a speaker that is a common word ("the
City") is weak evidence, reported as info.

## Why is this bad?
Putting a statement in the wrong mouth is the most serious error a news translation can make.

## Example
Source: `« C'est inacceptable », a dit Angela Merkel.`
Translation: `"This is unacceptable," said Emmanuel Macron.`
""",
    examples=(
        Example("“This is unacceptable,” said [[Emmanuel Macron]].",
                source="« C'est inacceptable », a déclaré Angela Merkel."),
        Example("“We will not give in,” [[he]] said.",
                source="« Nous ne céderons pas », a-t-elle dit."),
        Example("“The talks are over,” [[Vladimir Putin]] told reporters.",
                source="« Les négociations sont terminées », a déclaré Volodymyr Zelensky aux journalistes."),
        Example("“The budget is balanced,” [[she]] said.",
                source="« Le budget est à l'équilibre », a-t-il affirmé."),
        Example("“We need more nurses,” said the health minister [[Agnès Buzyn]].",
                source="« Nous avons besoin de plus d'infirmières », a dit le ministre de l'Intérieur "
                       "Gérald Darmanin."),
        Example("“This is unacceptable,” said Angela Merkel.",
                source="« C'est inacceptable », a déclaré Angela Merkel."),
        Example("“We will not give in,” she said.",
                source="« Nous ne céderons pas », a-t-elle dit."),
        Example("“The talks are over,” Vladimir Putin told reporters.",
                source="« Les négociations sont terminées », a déclaré Vladimir Poutine aux journalistes."),
        Example("“The budget is balanced,” he said.",
                source="« Le budget est à l'équilibre », a-t-il affirmé."),
        Example("“The war must end,” said Yuri Ushakov.",
                source="« La guerre doit cesser », a dit Iouri Ouchakov."),
        Example("The IMF noted that “the need for external finance” was a weakness.",
                source="Le FMI a constaté que « les besoins en financement extérieur » constituaient une "
                       "faiblesse.",
                note="an acronym in each language"),
    ),
)

STATEMENT_CONTENT = Rule(
    code="QMM003",
    name="quote-differs-from-statement",
    category=Category.QUOTE_MISMATCH,
    severity=Severity.WARNING,
    summary="A quote whose figures or polarity differ from the speaker's own words given with --quotes.",
    check=check_against_statements,
    requires=("quotes.matches",),
    doc="""\
## What it does
Matches each English quote of three words or more to the speakers' statements given with
`--quotes` (same language: sacrebleu's chrF and content-word containment; another language:
the encoder's similarity, or the word lexicon's coverage without one) and, for the statement it
renders, compares numbers and negation.

## Why is this bad?
A figure or a negation changed inside quotation marks misquotes the speaker.

## Example
Statement (Health minister): `We will hire 300 nurses by June.`
Translation: `"We will hire 3,000 nurses by June," the minister said.`
""",
    examples=(
        Example("“[[We will hire 3,000 nurses by June,]]” the health minister said.",
                quotes=(("health minister", "We will hire 300 nurses by June."),)),
        Example("“[[We will raise taxes on the largest companies,]]” the finance minister said.",
                quotes=(("finance minister", "We will not raise taxes on the largest companies."),)),
        Example("“[[We will close the factory in Lorraine,]]” the chief executive said.",
                quotes=(("chief executive", "Nous ne fermerons pas l'usine de Lorraine."),)),
        Example("Unemployment “[[fell by 2% last year in the region]]”, the prefect said.",
                quotes=(("prefect", "Unemployment fell by 3% last year in the region, and it keeps falling."),)),
        Example("“[[The war will be over in two weeks,]]” the general told reporters.",
                quotes=(("general", "La guerre sera terminée dans trois semaines."),)),
        Example("“We will hire 300 nurses by June,” the health minister said.",
                quotes=(("health minister", "We will hire 300 nurses by June."),)),
        Example("“We will not close the factory in Lorraine,” the chief executive said.",
                quotes=(("chief executive", "Nous ne fermerons pas l'usine de Lorraine."),)),
        Example("“The war will be over in three weeks,” the general told reporters.",
                quotes=(("general", "La guerre sera terminée dans trois semaines."),)),
        Example("The minister spoke of “a historic day” for the region.",
                quotes=(("minister", "This is not a historic day."),), note="too short to be a statement"),
        Example("The minister said taxes would rise next year.",
                quotes=(("minister", "Taxes will not rise next year."),), note="reported speech is not quoted"),
    ),
)

STATEMENT_SPEAKER = Rule(
    code="MIS004",
    name="quote-belongs-to-another-speaker",
    category=Category.MISATTRIBUTION,
    severity=Severity.ERROR,
    summary="A quote attributed to someone whose statements do not contain it, while another speaker's do.",
    check=check_statement_speakers,
    requires=("quotes.matches",),
    doc="""\
## What it does
Matches each English quote to the speakers' statements given with `--quotes` and reports a
quote that matches another speaker's statement well (score 0.6 or more) while the statements of
the speaker it is attributed to match it far less, naming the right speaker.

## Why is this bad?
The source quotes are the evidence of who said what; a quote that belongs to someone else is a
misattribution.

## Example
Statements: Yuri Ushakov: `Important, very significant documents will be signed.`
Translation: `"Important, very significant documents will be signed," Kim Jong-un said.`
""",
    examples=(
        Example("“Important, very significant documents will be signed,” [[Kim Jong-un]] said.",
                quotes=(("Yuri Ushakov", "Important, very significant documents will be signed."),
                        ("Kim Jong-un", "Our friendship with Russia is unwavering."))),
        Example("“The strike will continue until the government withdraws its plan,” [[Laurent Berger]] said.",
                quotes=(("Philippe Martinez", "La grève continuera jusqu'au retrait du plan du gouvernement."),
                        ("Laurent Berger", "We are ready to negotiate."))),
        Example("“We will not send troops to Ukraine,” [[Emmanuel Macron]] told reporters.",
                quotes=(("Olaf Scholz", "We will not send troops to Ukraine."),
                        ("Emmanuel Macron", "Nothing should be ruled out."))),
        Example("“Inflation has peaked and rates will fall this year,” said [[Christine Lagarde]].",
                quotes=(("Jerome Powell", "Inflation has peaked and rates will fall this year."),
                        ("Christine Lagarde", "We are not pre-committing to any rate path."))),
        Example("“This reform is a historic mistake for the country,” [[Marine Le Pen]] said.",
                quotes=(("Jean-Luc Mélenchon", "Cette réforme est une erreur historique pour le pays."),
                        ("Marine Le Pen", "The government must resign."))),
        Example("“Important, very significant documents will be signed,” Yuri Ushakov said.",
                quotes=(("Yuri Ushakov", "Important, very significant documents will be signed."),
                        ("Kim Jong-un", "Our friendship with Russia is unwavering."))),
        Example("“We will not send troops to Ukraine,” Olaf Scholz told reporters.",
                quotes=(("Olaf Scholz", "We will not send troops to Ukraine."),
                        ("Emmanuel Macron", "Nothing should be ruled out."))),
        Example("“We are ready to negotiate,” Laurent Berger said.",
                quotes=(("Philippe Martinez", "La grève continuera jusqu'au retrait du plan du gouvernement."),
                        ("Laurent Berger", "Nous sommes prêts à négocier."))),
        Example("“The weather was terrible all week,” a spokesman said.",
                quotes=(("Olaf Scholz", "We will not send troops to Ukraine."),), note="no statement matches"),
        Example("“We will not send troops,” the chancellor said.",
                quotes=(("Olaf Scholz", "We will not send troops to Ukraine."),
                        ("Emmanuel Macron", "Nothing should be ruled out.")), note="a description, not a name"),
    ),
)

RULES = (QUOTE_CONTENT, QUOTE_PRESENCE, SOURCE_SPEAKER, STATEMENT_CONTENT, STATEMENT_SPEAKER)
