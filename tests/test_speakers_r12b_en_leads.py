"""Speakers, round 12 second pass (English): a story's lead that describes its speaker before naming them: an
indefinite description the next paragraph opens on by name ("A charity … says … ¶ Brightwater said …"), a judge
the text names next by title ("Mr Justice X"), a role a later sentence gives a name set off beside the same noun
("the family's solicitor said … ¶ X, a solicitor for …"); a body described before its apposed name ("Ireland's
largest lender, Glenmoy, said"). Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    (["A charity that trains guide dogs says waiting lists in Wales have doubled since 2022.",
      "Brightwater said in its annual report that 600 people were waiting for a dog."],
     "waiting lists in Wales", "Brightwater"),
    (["A woman accused of poisoning her neighbour's horses told a court on Monday that she had been “set up”.",
      "Lorna Fairweather, 51, denies six counts of animal cruelty."],
     "set up", "Lorna Fairweather"),
    (["A High Court judge has ruled that a care home must reopen its visitors' lounge.",
      "Mr Justice Ambrose Tierney said the residents had been “shut away”. “Loneliness is harm,” the judge said."],
     "a care home must reopen", "Ambrose Tierney"),
    (["A High Court judge has ruled that a care home must reopen its visitors' lounge.",
      "Mr Justice Ambrose Tierney said the residents had been “shut away”. “Loneliness is harm,” the judge said."],
     "Loneliness is harm", "Ambrose Tierney"),
    (["The parents of a cyclist killed on the A38 believe the junction is unsafe, the family's solicitor said.",
      "Owen Pryce, 19, died in April.",
      "“They want the junction closed,” Nadia Okafor, a solicitor representing the family, told reporters."],
     "the junction is unsafe", "Nadia Okafor"),
    (["A village bakery that has traded for a century will close in May, its owner said on Monday.",
      "“I am tired,” the owner, Agnes Pemberton-Lowe, told customers."],
     "A village bakery", "Agnes Pemberton-Lowe"),
    (["Ireland's largest lender, Glenmoy, said on Tuesday that milk prices would fall by 4%."],
     "milk prices would fall", "Glenmoy"),
])
def test_a_lead_description_takes_the_name_given_later(paragraphs, words, expected):
    assert_item_speaker("\n\n".join(paragraphs), words, expected, "en")


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # a description in a later paragraph, not the lead, keeps its words
    (["Flooding closed the A470 on Sunday.",
      "A charity that runs shelters in Brecon says demand has doubled.",
      "Brightwater said in its report that 600 people were waiting."],
     "demand has doubled", "A charity"),
    # the next paragraph opens on a person, the lead described a body: no match
    (["A charity that trains guide dogs says waiting lists in Wales have doubled.",
      "Megan Rhys, who is blind, said she had waited three years."],
     "waiting lists in Wales", "A charity that trains guide dogs"),
    # the name set off after "lawyers for the defendant" is the defendant's, not the lawyers'
    (["Lawyers for the defendant, Callum Fenwick, said they would appeal."],
     "they would appeal", "Lawyers for the defendant"),
])
def test_trap_the_description_stays(paragraphs, words, expected):
    assert_item_speaker("\n\n".join(paragraphs), words, expected, "en")
