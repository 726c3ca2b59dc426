"""Issue 13, round 9: boilerplate on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CATEGORY = "boilerplate"
PRE = "Paris was calm on Monday morning after a weekend of protests in several cities.\n\n"
POST = "\n\nThe next meeting between the two sides is planned for the end of the month."
POSITIVES = [
    '[[Sign up for our free morning newsletter and get the essential news delivered to your inbox.]]',
    '[[Subscribe to our Economy newsletter]]',
    '[[Receive our best articles every week by email: register here]]',
    '[[LIVE - Pension reform: follow the debate in the Senate]]',
    '[[Follow our live coverage of storm Ciarán]]',
    '[[Photo credit: Ludovic Marin / AFP]]',
    '[[© Thomas Samson / AFP]]',
    '[[Share this article on Facebook]]',
    '[[Share on X Share on Facebook Copy link]]',
    '[[This article is reserved for subscribers. Subscribe to read the rest.]]',
    '[[You have 72% of this article left to read. The rest is for subscribers only.]]',
    '[[Already a subscriber? Log in]]',
    '[[READ ALSO: Inflation, what changes on 1 January]]',
    '[[To read also: Why are fuel prices rising?]]',
    "[[Also read > The government's plan for hospitals]]",
    '[[Find all our articles on the war in Ukraine in our dedicated file]]',
    '[[Download the franceinfo app for free]]',
    '[[Listen to this article]]',
    '[[Reading time: 4 min]]',
    '[[Published on 12/03/2024 at 08:15, updated at 10:42]]',
    '[[Le Figaro with AFP]]',
    '[[By Marie Dupont, special envoy to Kyiv]]',
    "[[Don't miss any news: activate notifications]]",
    '[[See the comments (124)]]',
    '[[Discover our offer: 1€ for the first month]]',
    '[[Add to your favourites]]',
    '[[VIDEO. The moment the bridge collapsed]]',
    '[[Our file: The 2027 presidential election]]',
    '[[Click here to watch the video]]',
    '[[Watch also: the images of the flood in Pas-de-Calais]]',
    '[[Advertisement]]',
    '[[The editorial staff recommends]]',
    '[[Every week, our journalists decode the news for you. Sign up!]]',
    '[[Ouest-France newsletters: choose yours]]',
    '[[Support independent journalism: make a donation]]',
    '[[Report an error]]',
    '[[Article reserved for subscribers]]',
    '[[Keywords: pensions, strike, unions]]',
    '[[Illustrative image. | Pixabay]]',
    '[[Photo: Sébastien Salom-Gomis / AFP]]',
    '[[Credit: Reuters]]',
    '[[Sign up to receive our live alerts on your mobile]]',
    '[[To find out more: our explainer on the new pension rules]]',
    '[[Get the best of the news every evening by subscribing to our newsletter.]]',
    '[[Rewatch the full interview on our YouTube channel]]',
    '[[Did you like this article? Share it with your friends]]',
    '[[By entering your email address, you agree to receive our newsletters.]]',
    '[[Get our alerts: download the app]]',
    '[[➡️ Find all our live coverage of the Paris Olympics]]',
    '[[This content is reserved for subscribers]]',
    '[[Copyright: Stéphane de Sakutin / AFP]]',
    '[[ALSO READ | The three scenarios for the budget]]',
    '[[Listen to our podcast on Deezer and Spotify]]',
    '[[Updated 14 March 2024 at 18:02]]',
    '[[Print this article]]',
    '[[Comments are closed on this story]]',
    '[[Comments have been disabled for this article.]]',
    '[[Topics: Nantes · Loire-Atlantique · Fire · Firefighters]]',
    '[[Tags: Elections | Municipal | Marseille | Left]]',
    '[[Elections: type the name of your municipality to see who won]]',
    '[[Enter your postcode to find the nearest polling station]]',
    '[[Our slideshow: the Tour de France in twenty pictures (click to enlarge)]]',
    '[[Our gallery: Notre-Dame reborn, seen from the roof]]',
    '[[See also: Brest · Finistère · Storm · Coastguard]]',
    '[[Politics | Economy | International | Sport | Culture]]',
]
NEGATIVES = [
    'Pension reform: the Senate adopts the text after a night of debate',
    'The vote is due on Tuesday.',
    'Nothing has changed since.',
    'Readers of the local newspaper were shocked by the photos.',
    'Subscribers to the service will see their bills rise by 5% in January.',
    'The newsletter sent to employees on Monday announced the closure of the site.',
    'Sign language interpreters were present at the rally.',
    'The photo, taken by a passer-by, was shared thousands of times on social networks.',
    'Click-and-collect services have boomed since the pandemic.',
    'Le Monde published the leaked documents on Wednesday.',
    'Share prices fell 3% on the Paris stock exchange.',
    'The live broadcast was interrupted by protesters.',
    '"Read the full report," the minister urged MPs.',
    '"Listen to the people," the protesters chanted.',
    'Download speeds remain poor in rural areas.',
    'Why are fuel prices rising so fast?',
    'A second round will be held on 7 July.',
    'Comments from the minister drew criticism from the opposition.',
    'By Thursday, the water had receded.',
    'Follow-up care will be provided by the regional hospital.',
    'The app, downloaded by two million people, lets users report potholes.',
    '"Subscribe, like, share," the influencer told his followers, according to the indictment.',
    'The credit crunch hit small businesses hardest.',
    'Photographs of the scene were published by the newspaper.',
    'Live music venues are struggling to survive.',
    'Find out more about the plan, the minister told reporters, by reading the decree.',
    'Advertising revenue fell by 10% last year.',
    'A woman was arrested.',
    'Then came the rain.',
    'The next day, nobody spoke about it.',
    'Why now?',
    'Ukraine: Kyiv hit by a wave of drones',
    'The editorial board of Le Monde voted against the sale.',
    'The reader can judge.',
    'Emmanuel Macron, in Brussels on Thursday.',
    'A keyword search on the site shows hundreds of complaints.',
    'The video, filmed by a resident, shows the moment of the explosion.',
    'Donations to the Restos du Cœur rose by 20% this winter.',
    'He shared the article on his Facebook account, which has since been deleted.',
    'The paywall introduced by the newspaper in 2019 has paid off.',
    "The court heard that the defendant had logged in to the victim's account.",
    'Published in 1962, the novel was an immediate success.',
    'Reading time in schools will be increased to 30 minutes a day.',
    "The prefect's report, obtained by franceinfo, is damning.",
    'Images from the drone show the scale of the damage.',
    'The podcast, hosted by two former ministers, has a million listeners.',
    'The app crashed on the first day of ticket sales.',
    'Updated rules will apply from September.',
    'Most readers did not notice the change.',
    'Print runs of the weekly have fallen by half.',
    'Also on Tuesday, the Senate voted on the budget.',
    'The live concert was cancelled at the last minute.',
    'See you next year, the festival director told the crowd.',
    "The comments were closed to the press, the minister's office said.",
    'Topics on the agenda included pensions, housing and energy.',
    'Enter the stadium, and the noise hits you, one supporter said.',
    'The gallery, which reopened on Monday, shows twenty drawings by Sempé.',
    'Results were better than expected in Lyon and Bordeaux.',
    'Elections will be held in March in 35,000 towns.',
    'Tags on the walls of the mosque were condemned by the mayor.',
    'Type 2 diabetes affects four million people in France.',
    'The mayor · who had resigned in March · returned to the council.',
    'He listed three priorities: housing, schools and transport.',
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


@pytest.mark.parametrize("line", NEGATIVES)
def test_fresh_trap_is_left_alone(line):
    assert _findings(line)[0] == []
