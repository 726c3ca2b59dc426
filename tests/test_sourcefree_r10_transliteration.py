"""Issue 13, round 10: French transliterations on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "transliteration"
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

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES, MISSES)
