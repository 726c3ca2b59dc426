"""GRB001: French syntax rendered word for word ("officially less", "since ten years", "the two last")."""
from __future__ import annotations

import bisect

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import candidates, load_lexicon
from .spans import Spans


_HITS: list = [(None, {}, None)]  # (the last text asked about, its hits by block, its `_Anchored`)


def literal_syntax_hits(text: str, start: int, end: int) -> list[tuple]:
    """(start, end, entry, match) for every pattern of checker/data/garble_patterns.yaml in text[start:end]."""
    memo = _HITS[0]
    if memo[0] is not text:  # three rules ask for each block: the text is read once for all its blocks
        memo = _HITS[0] = (text, {}, _Anchored(load_lexicon("garble_patterns"), text))
    hits = memo[1].get((start, end))
    if hits is None:
        hits = memo[1][start, end] = []
        for entry, window in memo[2].within(start, end):
            for match in entry.scan(text, start, end, window):
                group = "span" if "span" in entry.regex.groupindex and match.group("span") is not None else 0
                if match.end(group) > match.start(group):
                    hits.append((match.start(group), match.end(group), entry, match))
    return hits


class _Anchored:
    """The entries whose words a text holds, and where their anchors start: those a stretch of the text may
    match, in lexicon order, are found by bisection."""

    __slots__ = ("entries", "windows", "always", "starts", "owners")

    def __init__(self, entries, text: str) -> None:
        self.entries = candidates(entries, text)
        self.windows = [entry.window(text) for entry in self.entries]  # read once for the scans of every stretch
        always, events = [], []
        for i, window in enumerate(self.windows):
            if window is None:
                always.append(i)  # not known where: every stretch is scanned
            elif window:
                events.extend((p, i) for p in window[1])
        events.sort()
        self.always = tuple(always)
        self.starts = [p for p, _ in events]
        self.owners = [i for _, i in events]

    def within(self, start: int, end: int) -> list:
        """The entries with an anchor starting in [start, end), and those whose anchors are not known, each with
        its `Entry.window`."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        chosen = set(self.owners[lo:hi])
        chosen.update(self.always)
        entries, windows = self.entries, self.windows
        return [(entries[i], windows[i]) for i in sorted(chosen)]


_CALQUES: list = [(None, None)]  # (the last text asked about, its calque `_Anchored`)


def calque_spans(text: str, start: int, end: int) -> "Spans | _NearSpans":
    """Spans the calque lexicon matches: those constructions are the calque rules' to report."""
    try:
        entries = load_lexicon("calques")
    except (FileNotFoundError, KeyError, TypeError):
        return Spans.of(())
    memo = _CALQUES[0]
    if memo[0] is not text:
        memo = _CALQUES[0] = (text, _Anchored(entries, text))
    return _NearSpans(text, start, end, memo[1])


class _NearSpans:
    """The calque spans of text[start:end] as `Spans` answers `ends_after`, found only near what is asked about:
    a span that ends after `after` and starts before `before` holds an anchor of its entry within the entry's
    reach of them, so only the entries with an anchor there are scanned (each once, over the whole stretch)."""

    __slots__ = ("text", "start", "end", "anchored", "reach", "spans")

    def __init__(self, text: str, start: int, end: int, anchored: "_Anchored") -> None:
        self.text, self.start, self.end, self.anchored, self.spans = text, start, end, anchored, {}
        self.reach = max((entry.reach or 0 for entry in anchored.entries), default=0)

    def ends_after(self, before: int, after: int) -> bool:
        """Whether a calque span starting before `before` ends after `after` (s < before and e > after)."""
        for entry, window in self.anchored.within(max(self.start, after - self.reach),
                                                  min(self.end, before + self.reach)):
            spans = self.spans.get(id(entry))
            if spans is None:
                spans = self.spans[id(entry)] = [(m.start(), m.end())
                                                 for m in entry.scan(self.text, self.start, self.end, window)]
            if any(s < before and e > after for s, e in spans):
                return True
        return False


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        calques = None
        starts: set[int] = set()
        for start, end, entry, match in literal_syntax_hits(text, block.start, block.end):
            if start in starts:  # a general family and a narrower one read the same words: report them once
                continue
            if calques is None:
                calques = calque_spans(text, block.start, block.end)
            if calques.ends_after(start + 1, end - 1):  # a calque spans the whole construction: it is the calque's
                continue
            starts.add(start)
            suggestion = entry.suggestion
            if "replace" in entry.data:
                suggestion = match.expand(entry.data["replace"])
            if suggestion and text[start:end][:1].isupper():
                suggestion = suggestion[:1].upper() + suggestion[1:]
            yield Hit(start, end, f"'{text[start:end]}' is not English: {entry.note}.",
                      suggestion=suggestion, severity=entry.severity)


RULE = Rule(
    code="GRB001",
    name="literal-french-syntax",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A French construction rendered word for word into ungrammatical English.",
    check=check,
    doc="""\
## What it does
Matches function-word patterns that literal translation from French produces and edited
English does not use: "officially less," (*du moins officiellement*), "at the less"
(*au moins*), "of less in less" (*de moins en moins*), "to the one of the" (*à l'un des*),
"there are two years." (*il y a deux ans*), "a year of more" (*un an de plus*), "the nine
first episodes" (*les neuf premiers*), "in what concerns" (*en ce qui concerne*), "more big
than", "more than never", "since always", "in majority", "in train of". Weaker signals
("the ones of", "the fact of controlling") are reported as info. The patterns
live in `checker/data/garble_patterns.yaml`. They also model French connectives and
constructions carried over literally: "of which the peak is …" (*dont le pic*), "without for as
much" (*sans pour autant*), "in waiting for" (*en attendant*), "once returned the calm" (*une fois
le calme revenu*), "one household on ten" (*un sur dix*), "are more high", "the more young of"
(comparatives built the French way), "allows to reduce" (*permet de*, with no object), "in reason
of", "face to the crisis"; each pattern names its contexts so that "of which the majority",
"for as much as" and "allowed to leave" are left alone; and an adjective of nationality after its noun ("the policy
French is criticised"), unless a verb like "teach" or "make" explains it. Constructions that the calque lexicon lists
("since several years", "at the level of", "a same") are left to the calque rules when a calque spans all their words;
a longer construction that holds a calque ("On the side of the employers,") is reported.
French word order and function words are modelled as families with their guards: "It is him who", "It is
Pollard who kicked" (a past event after a present cleft), "Never Moscow had appeared" (no inversion after a
negative adverb; "Never again will", "Never mind" left alone), "Of its side," (*de son côté*), "since months"
(*depuis des mois*; "since years of austerity" left alone), "the biggest gap never seen" (*jamais vu*), ", so
much the producers depend" (*tant*), "accepted to commit" / "succeeded to win" (not after "was"), "he them
saw", "have them refused it", "With him disappears", "did not say nothing", "a decision political" (a
relational adjective after its noun, not after "called" or "made"), "said to understand" (*a dit
comprendre*), "who lit together a cauldron", "Why the minister has resigned?" and "more expensive that".
French sentence structure is modelled the same way, one family per construction: a declarative sentence
opening on its verb ("Were present between 6,000 and 30,000 people", not a question), a pseudo-cleft or a
cleft resumed by "it is" ("What the defence denounced, it is …", "It is alone that he crossed"), a phrase
dislocated and resumed by a pronoun ("How he left, nobody knows it", "The text, the government had accepted
to harden it", "The negotiations, they have not started"; time phrases such as "The other night, he" are
left alone), a change measured with "of" ("has risen of several metres", not "increases of 8%"), "before to
leave", "without that his face moved", "whose the health", "the question of knowing whether", "they were
numerous to complain", "succeed to Ali Khamenei" (not "to the throne"), "at the hour foreseen", "comes from
announcing" (*vient de*), "On the side of the opposition," (not "of the road"), "From there to say", "the
Mrs. Dupont", "the government him has refused", "have not stopped to rise", "the first time that a woman is
elected" (*la première fois que*, present for present perfect), "came in number", "decided of a", "at
several reprises", "The unemployment has fallen" (an article on a general notion), and an evaluative or
relational adjective after its noun ("a president outgoing", "a volley magnificent", "the element material").
Structures mined from literal machine translation (WMT14 rbmt and online systems) and silent on the 3,003
professional references: a French pronominal verb with its reflexive pronoun ("the incident produced itself", "the
offer is reduced itself", "expressed itself on"), "ce qui" after a comma (", what prevents"), an inverted reporting
clause in the present perfect (“…”, has declared the mayor), the impersonal "on" ("one has learned", "one fears"),
"à" of place ("based to Montreal"), "pour" + infinitive ("for to pay"), "d'ici" ("of here 2025"), "être" as the
auxiliary of an intransitive verb ("it is deceased at", "they are descended"), "since" before a quantified
duration ("since more than ten years"), a nominal chain around a bare verbal noun ("the calendar of implementation
of the project") and an adjective known by its suffix (-al, -ic, -ive, -ous, -ful) after its noun, before a verb,
a relative or a stop ("the recovery partial,"; not "a town famous for", "a court martial").
Families written with word classes (the `classes:` of the data file: verbs in the base form, control and -ing
verbs, sentence adverbs, determiners, mass nouns, superlative adjectives), so that they hold for any word of the
class: "decided finally to go", "fear to lose", "a such hurry", "at fifteen minutes near", "exercising serenely my
mission", "Arrived to the power in 1990", "arrived to a dead end", "At their exit from", "a software of", "as well
the young as the old", "it is difficult of explain", "They wait … since thirty years", "Nobody has never", ", him,
has refused", "accused of to have", "in end of year", "the question is to know whether", "the more visited monument
of", "the Saturday 4 June", "the crowd dispersed itself", "The bakers of the region, they have", "a sign clear
against", "It is in Grenoble that the meeting took place", "called himself the police", "the worst was already
passed", "make talk of him", "raising the fists in the air", "without never", "since that the plant closed", "is
not than six", "gave place to", "took it in account", "an inquiry in course", "to reduce drastically the lists", and an
evaluative adjective after its noun before a time, a place or "of" ("a drought exceptional this summer"; not after
a verb that takes an object and its complement: "found the sentence lenient").

## Why is this bad?
These phrases are word salad to an English reader and the sign of an unedited literal
translation; the meaning is often recoverable only from the French.

## Example
`the two men praised each other but without concluding, officially less, agreements` →
`…, at least officially, …`.
""",
    examples=(
        Example("The referee stopped the match after [[a incident]] in the stands."),
        Example("The town hall, [[where was signed]] the treaty in 1919, is now a museum."),
        Example("She took a one-week break in a once-great club, a unique moment."),
        Example("The two men praised each other but without concluding, [[officially less]], agrees."),
        Example("The intensity of fighting is [[in train of]] dropping."),
        Example("[[The nine first]] episodes will be shown on Sunday.", note="suggests 'The first nine'"),
        Example("It is [[of less in less]] probable that the strategy will work."),
        Example("He asked to remain [[a year of more]] in order to receive a full pension."),
        Example("The message was transmitted to [[the one of]] the rescue teams."),
        Example("The episodes are growing [[more big than]] ever."),
        Example("The commission studied the options [[in what concerns]] electronic voting."),
        Example("Prices were less officially recorded than in the past."),
        Example("He earns significantly more, she said."),
        Example("Since 2010, the tax has not increased; it rose two years ago."),
        Example("The last two episodes will be shown on Sunday."),
        Example("She has been ill since two weeks ago."),
        Example("A same-sex couple married in the town hall."),
        Example("The plan was made part of the agreement."),
        Example("There are 20 years left on the lease."),
        Example("The government [[has confirmed yesterday]] the calendar of the reform."),
        Example("The mayor [[has denounced on Monday]] an unbearable violence."),
        Example("It is the city [[the most touched]] by drug trafficking in France."),
        Example("Kyiv has received [[twice less]] shells than promised."),
        Example("The party came first but [[without to have]] a majority."),
        Example("He will wear an electronic bracelet [[during one year]]."),
        Example("The government confirmed the calendar of the reform yesterday."),
        Example("The item has been on Monday's agenda since May."),
        Example("He has worked there for one year, during 16 days of talks."),
        Example("It is the most affected city in France; the team was the most feared."),
        Example("The heatwave, [[of which the peak]] is expected on Tuesday, worries the firefighters."),
        Example("The government cut the tax, [[without for as much]] renouncing its goals."),
        Example("Taxes will be collected, [[in waiting for]] the adoption of a budget."),
        Example("Dialogue will resume only [[once returned the calm]]."),
        Example("Evenepoel, the [[more young]] of the three riders, took the white jersey."),
        Example("Salaries there are [[more high]] in California."),
        Example("The new system [[allows to reduce]] waiting times."),
        Example("More than [[one household on ten]] was infested."),
        Example("The firm has 200 staff, of which the majority are women."),
        Example("She paid for as much as she could afford."),
        Example("He once owned the building."),
        Example("One in ten households was infested; two goals on three shots."),
        Example("The rules allow patients to book online; they were allowed to leave."),
        Example("There are more young people in the city than before."),
        Example("The [[policy French]] is criticised in Brussels."),
        Example("He taught the children French; the word French is an adjective; the new French envoy came."),
        Example("The party came first without having a majority."),
        # French word order and function words (issue 13, second pass), each family with its traps
        Example("[[It is Mbappé who scored]] the second goal in the 80th minute."),
        Example("[[Never the government had]] looked so isolated."),
        Example("[[Of his side]], the prefect called for calm."),
        Example("The village has been cut off from the network [[since months]]."),
        Example("It was the highest turnout [[never recorded]] in the region."),
        Example("The tariffs worry Brittany, [[so much the farmers fear]] for their exports."),
        Example("The union [[accepted to sign]] the agreement on Friday; both teams [[succeeded to win]]."),
        Example("The minister met the strikers and [[she them thanked]] for their patience."),
        Example("The senators [[have them rejected it]] by a large majority."),
        Example("[[With her vanishes]] a whole era of French cinema."),
        Example("The prosecutor [[did not find nothing]] in the car."),
        Example("The minister announced a [[reform fiscal]] on Monday."),
        Example("The mayor [[said to regret]] the violence of the clashes."),
        Example("The two leaders, who [[signed together]] a declaration, left Brussels."),
        Example("[[Why the minister has resigned?]]"),
        Example("Rents in Lyon are [[more expensive that]] the national average."),
        Example("The firm, [[of whom the founder]] is in prison, is bankrupt."),
        Example("Never again will the party accept such terms. Never mind the polls, the candidate said."),
        Example("Since years of austerity have eroded trust, the vote was close."),
        Example("It was Mbappé who scored the second goal; it is Mbappé who leads the team."),
        Example("They put together a plan; the leaders who met together the next day agreed."),
        Example("It may be the best film never made."),
        Example("She was accepted to study medicine; he succeeded to the throne in 1936."),
        Example("We cannot do nothing, she said; it is not for nothing that he left."),
        Example("The body politic, the attorney general and the president elect; they called the decision political."),
        Example("He is said to regret the decision."),
        Example("Why the government resigned remains unclear. How the Tories won"),
        Example("It is more important that the government acts now."),
        Example("So much the better for the farmers, he said. They had them arrested at dawn."),
        Example("Of its part in the crisis little is known."),
        Example("\"Never the twain shall meet,\" he said."),
        # French sentence structure (issue 13, fourth pass): inversion, clefts, dislocation, prepositions, adjectives
        Example("[[Were arrested]] on Monday three members of the network."),
        Example("[[What the unions reject, it is]] the age of retirement."),
        Example("[[It is with emotion that]] she received the award."),
        Example("[[Why the talks failed, nobody explained it]] yet."),
        Example("[[The budget, the senators had refused to vote it]] in December."),
        Example("Exports have [[dropped of]] nearly 8% in a year."),
        Example("The mayor met the families [[before to visit]] the flooded district."),
        Example("The law passed [[without that the opposition could]] amend it."),
        Example("The director, [[whose the]] contract ends in June, will leave."),
        Example("The [[question of knowing whether]] the plant will close remains open."),
        Example("Residents [[were many to protest]] against the new tower."),
        Example("She hopes to [[succeed to Angela Merkel]] at the head of the party."),
        Example("The train left [[at the hour planned]] despite the strike."),
        Example("The coach praised a [[performance remarkable]] of his young goalkeeper."),
        Example("Were the protesters arrested on Monday?"),
        Example("What the unions reject is the age of retirement."),
        Example("It is clear that she received the award; it is possible that he left."),
        Example("Why the talks failed remains unclear. Nobody explained it."),
        Example("The budget, the senators said, would be voted in December."),
        Example("Exports have dropped by nearly 8%; despite increases of 5% in Asia."),
        Example("The mayor met the families before visiting the district, and after, to the town hall."),
        Example("Without that, the plan fails; without that money nobody could act."),
        Example("The director, whose contract ends in June, will leave."),
        Example("A way of knowing whether the plant will close."),
        Example("Many residents protested; there were many to choose from."),
        Example("The prince succeeded to the throne; she succeeded Angela Merkel."),
        Example("The train left at the scheduled time; the result was remarkable for its speed."),
        # French syntax, fifth pass: constructions the fourth blind set showed, each with its traps
        Example("The church, [[of which the steeple was]] rebuilt in 1990, reopens in May."),
        Example("The singer received [[three years of suspended prison]] for tax fraud."),
        Example("The former mayor got [[six years of prison]], [[of which four firm]], for bribery."),
        Example("He moved to Brussels in 2015. [[Since,]] he has not returned to France."),
        Example("The chef, [[unknown of the general public]] until last year, now runs three restaurants."),
        Example("The airline [[changed of name]] after the merger; the singer, [[unknown of most viewers]], won."),
        Example("[[Apart the]] goalkeeper, every player was tested."),
        Example("Flags were flown [[in half-mast]] over the prefecture; his sons stayed [[at his sides]]."),
        Example("Prices soared in [[the period where]] the mines were closed."),
        Example("The mayor [[has, after three days of talks with the residents, signed]] the decree."),
        Example("The party, which [[replaced at the last minute its candidate]], lost the seat."),
        Example("\u201cWe have lost everything,\u201d [[a neighbour of the family deplored, who]] asked for help."),
        Example("The museum, whose roof was rebuilt in 1990, reopens in May; it has a roof of which the town is proud."),
        Example("The singer received a three-year suspended sentence; he spent six years in prison, four of them behind bars."),
        Example("Since then, he has not returned. Since, as he said, nothing had changed, he stayed."),
        Example("The chef was unknown to the general public; a girl aged 12 was hurt; the firm changed its name."),
        Example("Apart from the goalkeeper, everyone was tested; they stood with their arms at their sides."),
        Example("Flags were flown at half-mast; the fire broke out at the time when the pupils were leaving."),
        Example("The mayor has, however, signed the decree; she has since signed it."),
        Example("A change of government is likely; the club signed a striker at the last minute."),
        Example("\u201cWe have lost everything,\u201d said a neighbour, who asked for help."),
        Example("Early polls [[gave her more credible than]] the outgoing mayor."),
        Example("The trial showed a [[reaction immune]] weaker than expected in older patients."),
        Example("The coach gave him more time than the others; the polls put her ahead."),
        # French syntax, sixth pass: structures of the literal MT systems, each family with its traps
        Example("The landslide [[occurred itself]] shortly before dawn near the pass."),
        Example("A second march [[unfolded itself]] on Saturday in the harbour district."),
        Example("The gap between the two camps [[widened themselves]] during the spring."),
        Example("The membership of the union was [[reduced itself]] to a few hundred."),
        Example("Wages stagnated for a decade, [[what explains]] the anger of the nurses."),
        Example("\u201cWe will not give in,\u201d [[has declared]] the mayor of Nantes on Tuesday."),
        Example("The harvest will be late this year, [[has added Mrs Girard]], a grower from Cahors."),
        Example("Two hikers went missing on Sunday, [[one has learned]] from the rescue services."),
        Example("The start-up, [[based to Lyon]], employs forty engineers."),
        Example("She sold the flat [[for to pay]] her debts; the film is [[worth to see]]."),
        Example("The museum has been closed [[since more than six months]] for repairs."),
        Example("The club found itself in trouble; history repeats itself; the team spread itself thin."),
        Example("An opportunity presented itself; the minister declared herself satisfied; "
                "the party reinvented itself."),
        Example("The union was pleased with itself; he was beside himself; she was left to herself."),
        Example("Wages stagnated, which explains the anger; nobody knows what explains it; what is more, they left."),
        Example("\u201cWe will not give in,\u201d the mayor said; the mayor has said that Nantes will not give in."),
        Example("The harvest will be late, Mrs Girard has added; "
                "his spokesman, Mark Dunn, has described the claims as false."),
        Example("One has to wonder why; no one has learned anything; the one noted by the judge was false."),
        Example("The start-up, based in Lyon, moved to Paris; he was sentenced to prison; "
                "she was hospitalised in Nice."),
        Example("Thanks for coming; he is worth it to them; the fund is worth two billion; he paid for the house."),
        Example("The museum has been closed for several months; since several months ago nothing works."),
        Example("So, for example, what explains the gap between the two camps?", note="a question, not 'ce qui'"),
        Example("The rail operator announced the [[closure partial]] since Monday of the line."),
        Example("The candidate received a [[welcome enthusiastic]], which moved him; "
                "the board took a [[decision unanimous]]."),
        Example("He was tried by a court martial; the team reached the cup final; "
                "the press was a bit brutal; a town famous for wine."),
        Example("Voters want to make the process democratic; the partial closure of the line; a handful of voters."),
        Example("The new line must open [[of here 2031]]; the mayor wants a decision [[of here the end]] of June."),
        Example("The old fisherman [[is deceased at]] his home; the protesters [[are descended]] into the square."),
        Example("The ministry refused to [[express itself on]] the matter; the fire [[declared itself in]] a cellar."),
        Example("Get out of here now; the farm lies ten miles north of here; nobody can see it from here."),
        Example("The letter was returned to the sender; the deceased was buried on Monday; he was deceased by then."),
        Example("She expressed herself clearly; the republic declared itself in favour of the plan; "
                "they translated it."),
        Example("The hospital postponed the [[works of renovation of the maternity]] ward again."),
        Example("Unions contested the [[calendar of application of the reform]] on Tuesday."),
        Example("The date of publication of the report slipped; the process of ratification of the treaty is slow."),
        Example("Rents have [[increased in 12 %]] since January; [[it exists a]] shortage of small flats."),
        Example("Rents increased by 12% in 2023; it exists only in theory; there is a shortage of flats."),
        # word classes (round 13), each family with its traps
        Example("The board [[agreed finally to]] sell the stadium; the growers [[dread to lose]] their licences."),
        Example("It was [[a so violent]] storm; the count was won [[at six ballots near]]."),
        Example("[[Nobody has never]] crossed the pass in winter; the captain, [[him, has]] protested."),
        Example("The board finally agreed to sell; the growers dread losing their licences; a so-called reform."),
        Example("Nobody has ever crossed the pass; he told them, however, that he would stay."),
        Example("The vineyards suffered a [[frost exceptional]] this spring."),
        Example("The jury found the sentence lenient; an exceptional frost this spring."),
    ),
)
