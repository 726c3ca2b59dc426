"""Issue 13, round 13: false friends by the argument class of their French sense, French left in English (names,
honorifics), and the French letters of eastern names, on constructed lines no set holds, with traps."""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

FALSE_FRIEND_POSITIVES = [
    # a counterpart, insecurity, an assault, behaviour, votes, a protest movement: words English news never uses so
    "The Italian minister met his French [[homologue]] in Rome on Tuesday.",
    "The Dutch premier will call her Belgian [[homologue]] tonight.",
    "The students marched against the [[precarity]] of their living conditions.",
    "Two bus drivers were [[aggressed]] by passengers on Saturday night.",
    "A nurse was [[aggressed]] in the emergency ward of the hospital.",
    "The [[comportment]] of the goalkeeper during the match was criticised.",
    "The list obtained 38% of the [[suffrages]] expressed.",
    "The [[contestation]] against the reform spread to the universities.",
    # the followers of a leader; goods of a maker; time devoted to something
    "The [[partisans]] of the president gathered outside the palace.",
    "Thousands of [[partisans]] of the opposition leader marched in Dakar.",
    "The rifles, of Belgian [[fabrication]], were seized in the car.",
    "The evening was [[consecrated]] to the memory of the victims.",
    "She [[consecrated]] her whole career to the fight against malaria.",
    # a favoured lead, a school, a welcome, an event that happens
    "The hypothesis of an electrical fault is [[privileged]] by the investigators.",
    "The track of a criminal act is not [[privileged]] at this stage.",
    "The pupils were evacuated from the [[establishment]] after the bomb threat.",
    "The president [[saluted]] the decision of the court in a tweet.",
    "The accident [[intervened]] on Sunday evening on the A7 motorway.",
    "The meeting [[intervenes]] a week after the clashes in the north.",
    "The announcement [[intervenes]] in a tense context for the government.",
    # a complaint filed, a seat kept, money received, a budget
    "The tenants [[deposited]] a complaint against the landlord.",
    "The opposition [[deposed]] a motion of censure on Monday.",
    "The striker [[conserved]] his place in the team despite the defeat.",
    "The Socialist [[conserved]] her seat by 200 votes.",
    "The former minister [[touched]] 8,000 euros a month from the party.",
    "The town obtained an [[envelope]] of 3 million euros from the state.",
    "A budgetary [[envelope]] was voted for the new stadium.",
    # accession, posting, withdrawal, standing, gathering
    "The [[adhesion]] of Sweden to NATO was approved on Monday.",
    "The lawyer was [[affected]] to the prosecutor's office in Bastia in 2010.",
    "The candidate [[retired]] his candidacy a week before the vote.",
    "He [[presented himself]] to the municipal elections in 2014.",
    "The summit [[reunited]] some 300 delegates from 40 countries.",
    # adjectives whose French sense the complement shows
    "The mechanic said the work was [[fastidious]] and slow.",
    "Checking every ballot by hand is a [[fastidious]] task.",
    "The flat is [[inhabitable]] since the flood destroyed the ground floor.",
    "The [[moral]] of the troops is low after months of fighting.",
    "The [[precedent]] government had promised the same reform.",
    "The cyclist [[terminated]] the stage in fourth place.",
    "The comedian lost his weekly [[chronicle]] on the radio after the joke.",
    "The defendant was found guilty of two [[assassinations]] and sentenced to life.",
    "The lawyers [[introduced]] an appeal before the council of state.",
    "The winger [[pretends]] that the referee was bought.",
    "The club is studying an [[eventual]] transfer of its goalkeeper.",
    "The bill was adopted by 312 [[voices]] against 201.",
    "The mayor was re-elected with 61% of the [[voices]].",
    "The economist [[estimates]] that the government has made a mistake with this tax.",
    "Three projects were [[retained]] by the jury of the competition.",
    "Around 40 lorries are [[actually]] blocked at the border.",
    "The company [[realised]] the works in three months for the municipality.",
    "The student gave a [[conference]] on Chinese poetry at the town hall.",
    "The [[propriety]] of the château belongs to a Qatari fund.",
    "The striker was the target of racist [[injuries]] from the stands.",
    "The deputies adopted the text in [[first lecture]] on Tuesday.",
    "The archbishop will [[assist]] the funeral of the bishop in Nantes.",
    "It was a truly [[historical]] day for the club, the coach said.",
    "The health minister [[recognised]] that the hospitals did not have enough beds.",
    "The residents felt they had been used [[as a decor]] for the minister's visit.",
    "The alert sent by the bank had never been [[exploited]] by the police.",
    "The trawlers from Brittany come to empty [[our deposits]] every winter, the fishermen say.",
    "The director [[touched]] a bonus of 2 million euros before leaving.",
]
FALSE_FRIEND_NEGATIVES = [
    "The protein is a homologue of a yeast enzyme, the researchers found.",
    "Partisans blew up the railway line in 1944, during the German occupation.",
    "The church was consecrated to Saint Martin in 1120.",
    "He grew up in a privileged family in Neuilly.",
    "The political establishment ignored the warnings of the economists.",
    "The soldiers saluted the flag as the coffin passed.",
    "The United Nations intervened to stop the fighting.",
    "She deposited the cheque at the bank on Monday.",
    "The firefighters conserved water during the drought.",
    "He touched the ball twice before scoring.",
    "The envelope containing the ballot papers was sealed.",
    "The glue's adhesion to wet surfaces is poor.",
    "The storm affected the north of the country.",
    "She retired from the police in 2015.",
    "The families were reunited after ten years apart.",
    "His fastidious attention to detail impressed the judges.",
    "The moral of the story is that greed never pays.",
    "The ruling set a precedent for future cases.",
    "He terminated the contract of the coach in May.",
    "The chronicle of the Trojan war was read in class.",
    "The president's assassination shocked the country.",
    "The president of the Senate introduced the bill in January.",
    "Let's pretend that nothing happened.",
    "The eventual winner of the race was announced at midnight.",
    "The choir sang with 40 voices in the cathedral.",
    "Analysts estimate that 3,000 jobs will be lost.",
    "The club retained its title after a draw in Lyon.",
    "The figures are actually lower than expected.",
    "She realised the film had been cut without her consent.",
    "The press conference on the budget was postponed.",
    "The propriety of his conduct was questioned by the committee.",
    "The driver suffered a serious head injury in the crash.",
    "The novelist gave a lecture at the Sorbonne.",
    "Nurses assisted the surgeon during the operation.",
    "The museum holds historical documents from the revolution.",
    "The court recognised that the land belonged to the tribe.",
    "The administrative tribunal recognised that the prefecture had failed in its duty.",
    "The decor of the restaurant was designed by a Milanese architect.",
    "Workers were exploited in the factories of the region.",
    "Geologists found rich deposits of lithium near the border.",
    "Yet many airlines have not touched the baggage fees.",
    "It is estimated that one in 2000 children is not screened.",
    "He tried to present himself as a candidate of all Egyptians.",
]

UNTRANSLATED_POSITIVES = [
    "The victims were represented by [[Me]] Laurent Dubois, who asked for a retrial.",
    "The study was led by [[Pr]] Hélène Girard at the hospital in Rennes.",
    "According to [[M.]] Lefort, the mayor knew nothing about the contract.",
    "The minister announced a [[plan de relance]] worth 100 billion euros for the economy.",
    "Rescuers worked [[sans relâche]] through the night to free the miners.",
]
UNTRANSLATED_NEGATIVES = [
    # a name in sentence case, used as a name elsewhere in the text or explained once
    "Marche citoyenne: thousands walk through Lille. Marche citoyenne, the collective that organised the walk, "
    "asked for calm.",
    "Thousands joined the protest. Some talk of a Marche citoyenne in Ghent next week. Marche citoyenne wants more.",
    # a quoted French name that the noun before it announces
    "The authorities raised the flood warning to its maximum level, “vigilance rouge”, across the region.",
    # explained by an apposition that runs into a relative clause
    "The young man was offered a place in the douaniers-volants, the mobile customs squad, which he accepted.",
    # a wine term English keeps, in the plural
    "The dinner featured oysters and premiers crus from Burgundy.",
    # "Me" in English title case
    "Tell Me Why Now is a song by Neil Young.",
    "They were with me Sunday Morning at the church.",
]

TRANSLITERATION_POSITIVES = [
    "Ukrainian troops retook [[Lyssytchansk]] on Monday, the Russian army admitted.",
    "After [[Pisotchyn]] on Friday, Ukrainian forces entered Vovchansk.",
    "Russian troops withdrew from [[Krasnyï]] Lyman after a week of fighting.",
    "Ukraine says the bridge at [[Kertch]] was damaged again.",
    "The Kremlin named [[Iakov]] Sergeyev as the new governor of the region.",
    "Navalny's ally [[Lioubov]] Sobol left Russia in 2021.",
    "The protests spread from Zahedan to [[Machhad]], Iranian media reported.",
    "The Iranian police fired on the crowd in [[Kermanchah]] on Saturday.",
    "The case recalls the death of [[Alexandre]] Perepilitchny in Surrey in 2012.",
    "The dissident [[Léonid]] Volkov was attacked in Vilnius.",
]
TRANSLITERATION_NEGATIVES = [
    "The Moroccan goalkeeper Yassine Bounou saved two penalties in Doha.",
    "The Belgian-Moroccan suspect Oussama Atar was tried in absentia in Brussels.",
    "The Algerian president Abdelmadjid Tebboune received the French minister in Algiers.",
    "The Belgian striker Loïc Nottet scored in Brussels.",
    "The match in Iowa drew a large crowd, the Russian coach said.",
    "The Dutch ambassador met Putin in Moscow.",
    "Russian forces withdrew from Kherson and Izium, the ministry said.",
    "The novelist Alexandre Dumas wrote The Three Musketeers.",
    "The former striker Youri Djorkaeff opened a school in Lyon.",
    "Naïm Boudaoud, a friend of the Chechen killer, was tried in Paris.",
]

test_false_friend_found, _, test_false_friend_trap = phenomenon_tests(
    "false-friend", FALSE_FRIEND_POSITIVES, FALSE_FRIEND_NEGATIVES)
test_untranslated_found, _, test_untranslated_trap = phenomenon_tests(
    "untranslated", UNTRANSLATED_POSITIVES, UNTRANSLATED_NEGATIVES)
test_transliteration_found, _, test_transliteration_trap = phenomenon_tests(
    "transliteration", TRANSLITERATION_POSITIVES, TRANSLITERATION_NEGATIVES)
