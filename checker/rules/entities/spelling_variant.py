"""ENT001: a name spelled one or two letters differently from its usual spelling in the same text ("Kim Jung-un")."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...lang.names import names_in
from ...registry import Example, Rule
from .format_variant import explained
from .variants import pair_slips, spelling_variants

CLEAR_MAJORITY = 3


def check(ctx):
    mentions = names_in(ctx)
    variants = spelling_variants(mentions, ctx.doc.lang, ctx.doc.text)
    # once against once: a later full name with the same first name and a typical slip ("Antoine Dupond")
    slips = [v for v in pair_slips(mentions, ctx.doc.lang, ctx.doc.text)
             if not any(o.start < v.end and v.start < o.end for o in variants)]
    for variant in variants + slips:
        if _common_word_against_rare(variant, ctx.doc.lang) or explained(ctx.doc.text, variant.start) \
                or _english_beside_french(variant, ctx.doc.lang) or _english_transliteration(variant):
            continue  # "France" beside "Ms Franck": a country, not a slip of a rare surname
        # once against three, or once against two where a neighbouring name word agrees ("Gérald Darmannin")
        # or where the odd spelling is a surname alone referring back to a person named in full ("Mr Dusopt")
        clear = variant in slips or variant.count == 1 and (
            variant.majority >= CLEAR_MAJORITY or (variant.shared or variant.backref) and variant.majority >= 2) \
            or _rare_letter_swapped(variant)
        times = "once" if variant.majority == 1 else f"{variant.majority} times"
        yield Hit(variant.start, variant.end,
                  f"'{variant.text}' looks like a misspelling of '{variant.suggestion}', written {times} "
                  f"elsewhere in the text.",
                  suggestion=variant.suggestion,
                  severity=None if clear else Severity.INFO)


def _rare_letter_swapped(variant) -> bool:
    """A long one-word name no dictionary knows, written twice or more, and once with one inner letter replaced,
    dropped, added or swapped ("Plampincieux" beside "Planpincieux", "Villeurbane" beside "Villeurbanne",
    "Kakovka" beside "Kakhovka"): no two places or people differ so little in one text."""
    from ...lang.names import zipf
    from .variants import edit_distance

    odd, usual = variant.text.strip(), variant.suggestion.strip()
    if not (variant.count == 1 and variant.majority >= 2 and " " not in odd and " " not in usual
            and len(usual) >= LONG_NAME and len(odd) >= LONG_NAME - 1 and odd[0] == usual[0]):
        return False
    # the first letter kept, and the last (a letter replaced there only by its neighbour in sound): an added or
    # dropped ending makes another word ("Castro"/"Castros", "Louis"/"Louise")
    shape = odd[-1] == usual[-1] or len(odd) == len(usual) and {odd[-1].lower(), usual[-1].lower()} in END_SLIPS
    if len(odd) != len(usual):  # an added or dropped e, s or x inflects a word ("Crématisés"/"Crématisées")
        short, long = sorted((odd.lower(), usual.lower()), key=len)
        at = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
        shape = shape and long[at] not in INFLECTION_LETTERS
    # the odd form is no word nor known name in either language; the usual one may be a known place
    return (shape and edit_distance(odd.lower(), usual.lower()) == 1
            and max(zipf(odd.lower()), zipf(odd.lower(), "fr")) < UNKNOWN_ZIPF and zipf(usual.lower()) < RARE_ZIPF)


LONG_NAME = 8
END_SLIPS = ({"m", "n"}, {"t", "d"}, {"c", "k"})  # a last letter replaced by its neighbour in sound
UNKNOWN_ZIPF = 1.5
INFLECTION_LETTERS = "esx"
COMMON_ZIPF = 4.5  # a word this frequent is written on purpose
RARE_ZIPF = 3.5


ENGLISH_WORD_ZIPF = 3.0  # an English word ("Mediterranean") ...
FRENCH_LEAD = 1.0  # ... beside a name French writes this much more than English ("Villa Méditerranée")


def _english_beside_french(variant, lang: str) -> bool:
    """An English word beside the French name it translates ("the Mediterranean" beside "Villa Méditerranée"): the
    name of a French place or building kept as it is, not a slip of it."""
    from ...lang.names import zipf

    odd, usual = variant.text.strip().lower(), variant.suggestion.strip().lower()
    return (lang == "en" and " " not in odd and " " not in usual and zipf(odd) >= ENGLISH_WORD_ZIPF
            and zipf(odd) > zipf(usual) and zipf(usual, "fr") - zipf(usual) >= FRENCH_LEAD)


def _english_transliteration(variant) -> bool:
    """The odd form is the English transliteration of the usual one ("Poroshenko" beside "Porochenko" written
    first, "Maliuk" beside "Maliouk"): the French spelling is the slip, which the transliteration rules report."""
    odd, usual = variant.text.split(), variant.suggestion.split()
    if len(odd) != len(usual):
        return False
    pairs = [(o, u) for o, u in zip(odd, usual) if o != u]
    return bool(pairs) and all(_transliterates(o, u) for o, u in pairs)


def _transliterates(odd: str, usual: str) -> bool:
    """`odd` is `usual` rewritten by the French-to-English transliteration correspondences: the respelling English
    prefers, or, for a Slavic name too rare for word counts that shows French-transliteration signs ("Maliouk"), any
    rewriting that makes a transliteration change ("Estanget" is no English form of "Estanguet")."""
    from ..transliteration.forms import read_word
    from ..transliteration.respell import TRANSLIT, respell, variants

    found = respell(usual)
    if found is not None and found.english == odd and TRANSLIT in found.kinds:
        return True
    return read_word(usual) is not None and any(form == odd.lower() and TRANSLIT in kinds
                                                for form, kinds in variants(usual.lower()))


def _common_word_against_rare(variant, lang: str) -> bool:
    """A very common one-word name ("France", "Paris") taken for a slip of a rarer name one letter away."""
    from ...lang.names import zipf

    return (" " not in variant.text.strip() and zipf(variant.text.lower(), lang) >= COMMON_ZIPF
            and zipf(variant.suggestion.lower(), lang) < RARE_ZIPF)


RULE = Rule(
    code="ENT001",
    name="name-spelling-variant",
    category=Category.ENTITY_INCONSISTENCY,
    severity=Severity.WARNING,
    summary="A name spelled one or two letters differently from its usual spelling in the same text.",
    check=check,
    requires=("target.names",),
    doc="""\
## What it does
Collects the names of people, places and organisations (runs of capitalised words with
particles, initials and hyphenated given names: "Ursula von der Leyen", "George W. Bush",
"Kim Jong-un"), then compares their parts syllable by syllable. A syllable one letter away
from another (two for names of nine letters or more) is taken as a misspelling when:

- its neighbours agree: "Jung" in "Kim Jung-un" against "Jong" in "Kim Jong-un"; or, for a
  one-word name standing alone ("Narishkin" against "Naryshkin"), it is at least six letters
  long, keeps its first and last letters, and the two are not both common words;
- the usual spelling occurs at least twice as often in the same context.

A letter added or dropped at the end ("Élisabeth Bornes", "Chokri Chafrou", "Marine Le Penn") counts
when a neighbouring name word agrees, unless it makes a derived word ("Korea"/"Korean",
"Iraq"/"Iraqi", "Castro"/"Castros") or, in a first name, another person's ("Louis"/"Louise").
A surname standing alone refers back to a person named in full: "Mr Dusopt" after "Olivier
Dussopt", "Mr Thein" after "Christian Tein", "Vingegard" after "Jonas Vingegaard". When the surname
alone is never written with a first name and is one letter away from the surname of someone named in
full (a letter added, dropped, doubled, swapped or replaced, the first letter kept; four letters or
more after a title such as "Mr" or "the minister", five without), it is taken as a misspelling. A
surname alone that an apposition introduces as someone new ("Mr Castel, the mayor of Prades": a person's noun
in the first words after the comma) is compared only under the stricter rule for lone names; a comma before the
main clause is no apposition ("For the critics of Mr Fabert, the crisis shows …"). A double-barrelled surname
with one part one typical slip away ("Mrs Keller-Suter" after "Karin Keller-Sutter") is a slip too, not two
parts that differ by another letter ("Al-Qassam"/"Al-Qassas").
A letter dropped inside a surname of seven letters or more ("Sciamma"/"Siamma"), "Mc" for "Mac" and, with a rare
surname in common, a doubled letter in a common first name ("Mohamed"/"Mohammed") are slips too. A name standing
alone written once with a letter added or dropped at the end of a name written at least twice, neither of
them a word ("Noaille" against "Noailles"), is a slip too, unless the odd form is a plural ("Uighurs"
beside "Uighur") or modifies a noun ("the Uighur diaspora"). A very common
word ("France") is not taken for a slip of a rare name ("Franck"), and a form given on purpose ("also written
…", "known as …") is left alone.
A name written only twice, once each way, is judged by its shape: the later of two full names with
the same first name and a surname one slip apart ("Antoine Dupont" … "Antoine Dupond": a doubled letter
made single, a final t/d, c/k, a letter added or dropped at the end — an "e" too, "Michel Aoun" … "Michel
Aoune", unless it makes a known name — one letter replaced in a surname of five letters or more), the same
surname and a first name one slip apart ("Isabelle" … "Isabele"; letters that sound alike: y/i, ph/f,
ew/u, c/k, th/t, "Melvyn"/"Melvin", "Stewart"/"Stuart"; two neighbouring letters swapped; one inner vowel
replaced in a name of seven letters or more, or in a shorter one that turns a known first name into no known one,
"Djamel"/"Djamal"; never a relative the apposition introduces, "Karem Benali, his cousin"; never a
feminine ending, "Louis"/"Louise"; two common first names only when far apart in the text, not "Philip
Smith and Phillip Smith" side by side), or a surname alone one slip from that of a person named in full before
("Jordan Bardella" … "Mr Bardela"), is a warning: an article's first mention of a person is its careful one.
The finding is a warning when the odd spelling occurs once against three or more, or once against
two with a neighbouring name word in common ("Gérald Darmannin" beside "Gérald Darmanin" twice) or
as a surname alone referring back to a person named in full ("Mr Bardela" beside "Jordan Bardella"
twice); otherwise it is information. Different entities stay apart: "Kim Jong-il" is not "Kim Jong-un" (a different
two-letter syllable is another person), "Raúl Castro" is not "Fidel Castro", "Marine Le Pen" is
not "Jean-Marie Le Pen", and known confusable names ("Austria"/"Australia", "Iran"/"Iraq",
"Slovakia"/"Slovenia", in `checker/data/names_confusable.yaml`) are never merged. A long one-word name
(eight letters or more) written twice and once with one inner letter replaced, dropped, added or swapped,
the odd form no word nor known name in English or French ("Plampincieux" beside "Planpincieux",
"Villeurbane" beside "Villeurbanne", "Kakovka" beside "Kakhovka"), is a warning, and so is its last letter
replaced by its neighbour in sound, m/n, t/d or c/k ("Wintzenhein" beside "Wintzenheim"). A name and its
extension ("Korea"/"Korean", "Castro"/"Castros"), its possessive ("Putin's") or a surname-only
mention ("Putin" after "Vladimir Putin") are not variants. Capitalised common words at the start
of a sentence and the words of Title Case headlines are not taken as names unless the same word
is capitalised mid-sentence elsewhere.

A surname alone that drops or adds a last letter other than a plural "s" is a slip when the shorter form is no
word of its own ("Mr Barnie" after "Michel Barnier"; "Mr Macro" after "Emmanuel Macron" is left alone).
Left alone too: an English word beside the French name it translates ("the Mediterranean" beside "Villa
Méditerranée"), and the English transliteration of a name written first the French way ("Poroshenko" beside
"Porochenko": the transliteration rules report the French form).

Words that describe rather than name before a full name (a title, "Lieutenant-Colonel", or a nationality,
"the Belarusian") are set aside before mentions are compared, an h written after g, k, t, d, b or r counts as a
typical slip (Sandaogo/Sandaogho), the word before a shared surname is compared whatever the name's length
("Paul-Henri Sandaogo Damiba" … "Sandaogho Damiba"), and a surname alone after a phrase that ends at a comma is
a back-reference unless that phrase names a role ("the mayor of Prades, Mr Castel").

## Why is this bad?
Machine translation spells a name the way it was trained to, segment by segment, so one
article can carry two spellings of one person; readers wonder whether two people are meant,
and a misspelt name is a factual error.

## Example
`... the father of Kim Jung-un, Kim Jong-il.` in an article that says "Kim Jong-un"
five times → `Kim Jong-un`.
""",
    examples=(
        Example("The final pitted her against the Ukrainian Elina Svitolina.\n\nShe had lost to [[Elina Svitolena]] "
                "in June.", note="a nationality before the first mention"),
        Example("The opposition leader, Ousmane Sonko, was released.\n\nSupporters of [[Ousmane Sonkho]] gathered.",
                note="an h added after a consonant, as transliterations write it"),
        Example("The prime minister, Michel Barnier, met the unions. Mr [[Barnie]] promised to listen.",
                note="a surname alone that drops the last consonant of the full name before it"),
        Example("Emmanuel Macron spoke. Mr Macro left.", note="a shortening that is a word of its own"),
        Example("The outgoing president, Petro Porochenko, conceded. “I am not leaving politics,” said Petro "
                "Poroshenko.", note="the English transliteration after the French one: the French one is the slip"),
        Example("The cave lies below the surface of the Mediterranean. Its replica, Cosquer Méditerranée, is in "
                "the Villa Méditerranée.", note="an English word beside the French name it translates"),
        Example("The astronomer Sylvestre Moreau led the team. The instrument was built in Toulouse and tested for "
                "months in the desert of Arizona before its launch last summer on a rocket from Florida. "
                "[[Silvestre Moreau]] called it a collective success.", note="a first name written as it sounds"),
        Example("President Michel Aoun received the envoy. [[Michel Aoune]] called for a cabinet of experts.",
                note="a letter added at the end of a surname, the same first name"),
        Example("The court heard the mother of Joanna Parrish on Monday. It then read [[Joanna Parish]]'s last "
                "letter.", note="a consonant undoubled into a word, after a first name few people share"),
        Example("John Parrish chairs the board. John Parish, a neighbour, told the court he had seen nothing.",
                note="a first name many people share: maybe two men"),
        Example("The Noailles district is among the poorest. Residents of Noailles marched on Sunday. Another "
                "march is planned in [[Noaille]] next week.", note="a letter dropped at the end of a place name"),
        Example("Louis Bernard spoke first. The meeting lasted for hours, with speakers from every region of the "
                "country discussing the budget and the pension reform. Louise Bernard spoke last.",
                note="a feminine first name: another person"),
        Example("Many Uighur families fled. The Uighurs of Xinjiang are watched closely. The Uighur diaspora "
                "protested.", note="a people's name and its plural"),
        Example("Kim Jong-un met the envoy. Kim Jong-un later spoke. Aides said Kim Jong-un was pleased. "
                "He met the father of [[Kim Jung-un]], Kim Jong-il, in 2000.",
                note="Kim Jong-il is another person and stays unflagged"),
        Example("Sergei Naryshkin arrived on Monday. Naryshkin met officials, and Naryshkin spoke to the "
                "press before [[Narishkin]] left.", note="a surname-only mention counts for the full name"),
        Example("Angela Merkel spoke first. Merkel said the plan would work, and Merkel insisted. "
                "Later, [[Angela Merkle]] added details."),
        Example("The Hôtel-Dieu hospital stays open. Hôtel-Dieu staff are relieved, and the Hôtel-Dieu "
                "board met. Doctors at the [[Hôtel-Deiu]] were told."),
        Example("Ursula von der Leyen flew in. Ursula von der Leyen spoke. Aides to [[Ursula von der Layen]] "
                "said the talks went well. Ursula von der Leyen left."),
        Example("Recep Tayyip Erdoğan arrived. Recep Tayyip Erdoğan spoke, and [[Recep Tayip Erdoğan]] "
                "returned later.", note="two against one: information"),
        Example("Kim Jong-un, Kim Jong-il and Kim Yo-jong appear in the film. Kim Jong-un is the son of "
                "Kim Jong-il; Kim Yo-jong is his sister. Kim Jong-un rules."),
        Example("Marine Le Pen spoke. Jean-Marie Le Pen, her father, did not. Marine Le Pen leads the party, "
                "and Marine Le Pen will run."),
        Example("Raúl Castro met the press. Fidel Castro did not appear. Raúl Castro spoke, and Raúl Castro left."),
        Example("Austria and Australia signed. Australia said the deal with Austria was good for Australia."),
        Example("Iran and Iraq talked. Iraq said Iran had agreed. Iraq and Iran will meet again, Iraq said."),
        Example("Slovakia and Slovenia voted yes. Slovenia and Slovakia, Slovenia said, agree."),
        Example("Vladimir Putin arrived. Putin's aides said Putin would speak. The Putins were not there."),
        Example("Spectacular Wingsuit Jump Over Bogota\n\nA wingsuit flyer jumped over Bogota. Bogota "
                "residents watched the jump over the city."),
        Example("Korea and the Korean peninsula: North Korea said Korean talks would go on. Korea agreed."),
        Example("Élisabeth Borne spoke. Élisabeth Borne said so, but [[Elisabeth Bornes]] refused any change."),
        Example("Chokri Chafroud denies it. Chokri Chafroud spoke. [[Chokri Chafrou]] has been detained for years."),
        Example("Marine Le Pen spoke. Jean-Marie Le Pen did not. Marine Le Pen said so, and [[Marine Le Penn]] left."),
        Example("Gérald Darmanin arrived. Gérald Darmanin spoke. [[Gérald Darmannin]] left."),
        Example("Louis Martin and Louise Martin, his sister, ran the firm. Louis Martin said the firm was sold."),
        Example("North Korea fired. North Korea said so. North Korean leaders were pleased. North Korean troops "
                "and North Korean workers went; North Koreans cheered."),
        Example("Iraq voted. Iraq said so; Iraqi officials agreed with Iraq."),
        Example("The labour minister, Olivier Dussopt, defended the reform. Olivier Dussopt spoke for an hour. "
                "Mr [[Dusopt]] has faced weeks of criticism.", note="a doubled consonant dropped"),
        Example("Its leader, Christian Tein, denied any role. Christian Tein's supporters marched. "
                "Mr [[Thein]] was placed under house arrest.", note="a short surname after a title"),
        Example("The transport minister, Clément Beaune, spoke. Mr Beaune said the network was safe. "
                "Mr [[Baune]] asked operators to act."),
        Example("The prosecutor, Rémy Heitz, opened an inquiry. Rémy Heitz said the suspect was known. "
                "Mr [[Heits]] gave no further details.", note="the last letter replaced"),
        Example("The minister, Jean Castex, spoke in Prades. Jean Castex left on Monday. Mr Castel, the mayor "
                "of Prades, welcomed him.", note="an apposition introduces another person"),
        Example("Arnaud Rousseau leads the farmers' union. The Green MP Sandrine Rousseau criticised him. "
                "Mr Rousseau did not answer."),
        Example("The minister Gérald Darmanin spoke. Gérald Darmanin said the police were ready. Mr Darmanin left."),
        Example("Coach Fabien Galthié picked Antoine Dupont at scrum-half. After the match, [[Antoine Dupond]] "
                "thanked the crowd.", note="once against once: the later full name, a final t/d slip"),
        Example("The envoy, Marc Bellotti, arrived in Rome on Monday. On Friday [[Marc Belotti]] met the pope.",
                note="a doubled consonant made single"),
        Example("Ramzan Kadyrov sent troops to the front. Days later [[Ramzan Cadyrov]] called them back.",
                note="c for k"),
        Example("Anne Martin chaired the board. Later Anne Martine, her cousin, took the floor.",
                note="a letter added at the end that makes another name"),
        Example("Kate Hill met the mayor. Kate Hall met the prefect.", note="not a typical slip: two people"),
        Example("Olga Ivanova spoke to the press. Olga Ivanov did not.", note="a gendered form"),
        Example("The painting by Céline Delacroix opened the show; [[Céline Delcroix]] was honoured later.",
                note="a letter dropped inside a surname"),
        Example("The director Lucas Belvaux spoke first. Later [[Lucas Bevaux]] thanked the jury.",
                note="a letter dropped inside a surname"),
        Example("The astronaut Kayla McKinley boarded first; [[Kayla MacKinley]] will command the mission.",
                note="Mc / Mac"),
        Example("The suspect, Mohamed Belkaïd, denied it. [[Mohammed Belkaïd]] was remanded in custody.",
                note="a first name with a doubled letter, a rare surname"),
        Example("The singer Emmanuelle Franck spoke. Ms Franck left. France mourned the actor.",
                note="a country, not a slip of a rare surname"),
        Example("Philip Smith and Phillip Smith, two cousins, ran the firm.",
                note="a common surname: maybe two people"),
        Example("The striker Ousmane Koné scored. His brother Ibrahim Koné watched.",
                note="two first names: family members"),
        Example("The Planpincieux glacier may fall. The Planpincieux glacier is watched. The [[Plampincieux]] road "
                "is shut.", note="a long rare name, one inner letter replaced"),
        Example("Anderson spoke. Anderson left. Andersen arrived.", note="common names: two people"),
    ),
)
