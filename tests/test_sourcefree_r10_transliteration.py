"""Issue 13, round 10: French transliterations on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CATEGORY = "transliteration"
PRE = "Paris was calm on Monday morning after a weekend of protests in several cities.\n\n"
POST = "\n\nThe next meeting between the two sides is planned for the end of the month."
POSITIVES = [
    'The Russian deputy defence minister, [[Timour]] Ivanov, was arrested for bribery.',
    'The Kremlin spokesman, Dmitri Peskov, denied the report, as did [[Sergueï]] Ryabkov.',
    'The Russian general [[Sergueï]] [[Sourovikine]] has not been seen since June.',
    'The Belarusian opposition leader Svetlana [[Tikhanovskaïa]] addressed the parliament.',
    'The Kazakh president, Kassym-Jomart [[Tokaïev]], dissolved the government.',
    'The Ukrainian minister of defence, Rustem [[Oumerov]], was in Brussels.',
    'The Russian opposition politician Boris [[Nadejdine]] was barred from the election.',
    'The Syrian rebel leader [[Abou]] Mohammed al-Jolani entered Damascus.',
    'The Saudi crown prince, Mohammed ben [[Salmane]], received the delegation.',
    'The Afghan Taliban spokesman, Zabihullah [[Moudjahid]], rejected the report.',
    'The Uzbek president, [[Chavkat]] [[Mirzioïev]], won another term.',
    'The Ukrainian intelligence chief, Kyrylo [[Boudanov]], said the attack was planned.',
    'The Russian general Valeri [[Guerassimov]] visited the troops.',
    'In Kharkiv, the governor, Oleg [[Synegoubov]], reported two deaths.',
    'The Russian economist Sergei [[Gouriev]] left the country in 2013.',
    'The Chechen fighter, Akhmed [[Zakaïev]], lives in London.',
    'The Russian journalist Anna [[Politkovskaïa]] was murdered in 2006.',
    'The Russian defence ministry spokesman, Igor [[Konachenkov]], gave no figures.',
    'The Hezbollah number two, [[Naïm]] Qassem, spoke on television from Beirut.',
    'The Ukrainian prime minister, Denys [[Chmyhal]], met the delegation.',
    'The Russian Security Council secretary, Sergei [[Choïgou]], flew to Pyongyang.',
    'The Iranian foreign minister, Abbas [[Araghtchi]], travelled to Muscat.',
    'The Iraqi prime minister, Mohammed Chia [[al-Soudani]], visited Tehran.',
    'The Chinese foreign minister, Wang Yi, met Kazakh leader Kassym-Jomart [[Tokaïev]].',
    'The Russian oligarch [[Mikhaïl]] Fridman lost his case.',
]
NEGATIVES = [
    'The Kremlin spokesman, Dmitry Peskov, denied the report.',
    'The Chechen leader Ramzan Kadyrov posted a video on Telegram.',
    'The Russian foreign ministry spokeswoman, Maria Zakharova, mocked the decision.',
    'The Iranian president, Masoud Pezeshkian, spoke at the UN.',
    'The French actor Gérard Depardieu, who holds a Russian passport, was in Moscow.',
    'The French writer Andreï Makine, a member of the Académie française, was honoured.',
    'The Moroccan king, Mohammed VI, visited the Haouz region.',
    'The Algerian writer Boualem Sansal was arrested in Algiers.',
    'The Lebanese-French writer Amin Maalouf heads the Académie française.',
    'The brand Kookaï and the retailer Couche-Tard were in the news.',
    "Senegal's prime minister, Ousmane Sonko, met the Malian president, Assimi Goïta.",
    'The Russian composer Tchaikovsky and the writer Dostoevsky are still read.',
    'The Ukrainian city of Kharkiv and the Russian region of Belgorod were hit.',
    "Djibouti's president, Ismaïl Omar Guelleh, met the French minister.",
    'The chef Pierre Gagnaire and the designer Jean-Charles de Castelbajac attended.',
    "The Iranian filmmaker Jafar Panahi won the Palme d'Or in Cannes.",
    'The Moroccan forward Achraf Hakimi and the coach Walid Regragui were honoured.',
    'The Algerian president, Abdelmadjid Tebboune, received the Russian envoy.',
    'The Tunisian prime minister, Hichem Mechichi, was dismissed by the president in Tunis.',
    'In Mali, the junta leader Assimi Goïta met the imam Mahmoud Dicko in Bamako.',
    'The French skier Alexis Pinturault and the biathlete Quentin Fillon Maillet won medals.',
    'The French-Russian businessman Alexandre Djouhri was extradited.',
    'The French pianist Lucas Debargue and the violinist Renaud Capuçon performed.',
    "The Ivorian president, Alassane Ouattara, met Guinea's junta leader Mamadi Doumbouya in Conakry.",
    'The French businessman Igor Bogdanoff and his brother Grichka died in 2021.',
    'The Russian dissident Vladimir Boukovsky, who lived in Cambridge, died in 2019.',
]
# positives the rules still miss
MISSES = [
]

def _findings(line: str):
    text, spans, out = line.replace("\\n", "\n"), [], ""
    for part in re.split(r"(\[\[.*?\]\])", text, flags=re.S):
        if part.startswith("[["):
            spans.append((len(PRE) + len(out), len(PRE) + len(out) + len(part) - 4))
            out += part[2:-2]
        else:
            out += part
    report = check_text(PRE + out + POST, Config(models=False))
    found = [f for f in report.findings if f.category.value == CATEGORY and f.severity >= Severity.WARNING]
    return found, spans


@pytest.mark.parametrize("line", POSITIVES)
def test_fresh_artefact_is_found(line):
    found, spans = _findings(line)
    assert any(f.start < e and s < f.end for s, e in spans for f in found), line
    assert all(any(f.start < e and s < f.end for s, e in spans) for f in found), line


@pytest.mark.xfail(reason="known miss, left for a later round", strict=False)
@pytest.mark.parametrize("line", MISSES)
def test_known_miss(line):
    found, spans = _findings(line)
    assert any(f.start < e and s < f.end for s, e in spans for f in found), line


@pytest.mark.parametrize("line", NEGATIVES)
def test_fresh_trap_is_left_alone(line):
    assert _findings(line)[0] == []
