"""The mistranslation rules (GRB021 French article kept, GRB022 French adjective order, GRB023 pronominal verb)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.context import Context
from checker.parsers import parse
from checker.rules.bitext import RULES
from checker.rules.bitext import mistranslation, mistranslation_articles, mistranslation_order, mistranslation_reflexive

CODES = ("GRB021", "GRB022", "GRB023")
RULE_ONLY = Config(models=False, select=CODES)


def findings(en: str, fr: str | None, config: Config = RULE_ONLY):
    return [f for f in check_text(en, config, source=fr).findings if f.code in CODES]


def test_registered_once():
    codes = [r.code for r in RULES]
    for code in CODES:
        assert codes.count(code) == 1


@pytest.mark.parametrize("module", (mistranslation_articles, mistranslation_order, mistranslation_reflexive))
def test_each_rule_has_enough_examples(module):
    marked = [e for e in module.RULE.examples if "[[" in e.text]
    assert len(marked) >= 5 and len(module.RULE.examples) - len(marked) >= 5
    assert all(e.source for e in module.RULE.examples)
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in module.RULE.doc


def test_bead_links_tokens_across_an_elided_article():
    en, fr = "The Education ministry spoke.", "Le ministère de l'Éducation a parlé."
    ctx = Context(parse(en, "text", lang="en"), parse(fr, "text", lang="fr"))
    bead = mistranslation.beads(ctx)[0]
    assert mistranslation.beads(ctx) is mistranslation.beads(ctx)  # read once per context
    education = next(p for p, t in enumerate(bead.en) if t.text == "Education")
    q = bead.to_fr[education]
    assert bead.fr[q].text == "Éducation" and bead.fr[q - 1].text == "l'"
    assert bead.to_en[q] == education


def test_country_article_reported_with_both_spans_and_suggestion():
    en = "The government believes that the France must act."
    fr = "Le gouvernement estime que la France doit agir."
    (f,) = findings(en, fr)
    assert (f.code, f.text, f.suggestion) == ("GRB021", "the France", "France")
    assert f.source_span is not None and f.source_span.text == "la France"
    assert f.category.value == "garbled"


def test_nothing_without_a_source():
    assert findings("The government believes that the France must act.", None) == []


def test_country_name_as_modifier_or_restricted_is_english():
    assert findings("The Iraq war was long.", "La guerre d'Irak a été longue.") == []
    assert findings("He describes the France of tomorrow.", "Il décrit la France de demain.") == []


def test_country_without_french_article_is_left_alone():
    # the English article is not the French one carried over: "en France" has none
    assert findings("In the France we know, it is different.", "En France, c'est différent.") == []


def test_title_needs_a_name_after_it_on_both_sides():
    fr = "Le juge a rendu sa décision et le juge Paul Martin a parlé."
    found = findings("The judge gave his decision and the judge Paul Martin spoke.", fr)
    assert [f.text for f in found] == ["the judge"]
    assert found[0].suggestion == "Judge"


def test_field_only_after_of():
    fr = "Le ministre de la Santé a parlé."
    assert [f.text for f in findings("The minister of the Health spoke.", fr)] == ["the Health"]
    assert findings("The Health Minister spoke.", fr) == []


def test_adjective_order_kept_and_reordered():
    fr = "Il a joué un rôle clé dans la négociation."
    (f,) = findings("He played a role key in the negotiation.", fr)
    assert (f.code, f.text, f.suggestion) == ("GRB022", "role key", "key role")
    assert f.source_span.text == "rôle clé"
    assert findings("He played a key role in the negotiation.", fr) == []


def test_adjective_after_its_noun_that_english_allows():
    assert findings("The measures necessary were taken.", "Les mesures nécessaires ont été prises.") == []
    assert findings("They made the project viable.", "Ils ont rendu le projet viable.") == []


def test_ordinal_and_number_are_not_nouns():
    assert findings("It celebrates its tenth anniversary.", "Il fête son dixième anniversaire.") == []


def test_pronominal_verb_rendered_reflexively():
    fr = "La réunion se tiendra lundi."
    (f,) = findings("The meeting will be held itself on Monday.", fr)
    assert (f.code, f.text) == ("GRB023", "held itself")
    assert f.source_span.text == "se tiendra"


def test_reflexive_that_english_uses():
    assert findings("They defend themselves in court.", "Ils se défendent devant le tribunal.") == []
    assert findings("She defines herself as a writer.", "Elle se définit comme écrivain.") == []


def test_emphatic_pronoun_is_not_a_reflexive_verb():
    assert findings("He wrote the book himself.", "Il a écrit le livre lui-même.") == []


@pytest.mark.parametrize("models", (False, True))
def test_examples_hold_with_and_without_the_encoder(models):
    config = Config(models=models, select=CODES)
    for module in (mistranslation_articles, mistranslation_order, mistranslation_reflexive):
        for example in module.RULE.examples:
            text, spans = example.plain()
            got = sorted((f.start, f.end) for f in findings(text, example.source, config) if f.code == module.RULE.code)
            assert got == sorted(spans), (module.RULE.code, text)
