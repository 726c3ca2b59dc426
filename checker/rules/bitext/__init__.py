"""Rules that read the source: numbers, names, negation, omissions and additions, quotes and speakers."""
from . import addition, antonym, dropped_adjectives, dropped_verbs, articles, confirmed, relatives, remnants, scrambled, backtranslation, copied_words, correspondence, entities, expressions, false_friend, negation, numbers, omission, orphans, pronoun_gender, qualifiers, quotes, seams, senses, similarity, stranded, persons, unaccounted
from . import inverted_incise, name_case, name_order, mistranslation_articles, mistranslation_order, mistranslation_reflexive

RULES = (correspondence.RULE, copied_words.RULE, numbers.RULE, *entities.RULES, *negation.RULES, *omission.RULES, *orphans.RULES, *stranded.RULES, *persons.RULES, *qualifiers.RULES, *dropped_adjectives.RULES, *dropped_verbs.RULES, *articles.RULES, *remnants.RULES, *relatives.RULES, *confirmed.RULES, *seams.RULES, *scrambled.RULES, *addition.RULES, *unaccounted.RULES,
         *quotes.RULES, *pronoun_gender.RULES, *antonym.RULES, false_friend.RULE, expressions.RULE, senses.RULE, *similarity.RULES,
         *backtranslation.RULES, mistranslation_articles.RULE, mistranslation_order.RULE, mistranslation_reflexive.RULE, inverted_incise.RULE, name_case.RULE, name_order.RULE)
