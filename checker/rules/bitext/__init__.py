"""Rules that read the source: numbers, names, negation, omissions and additions, quotes and speakers."""
from . import addition, antonym, backtranslation, copied_words, correspondence, entities, expressions, false_friend, negation, numbers, omission, orphans, pronoun_gender, quotes, seams, senses, similarity, stranded, persons

RULES = (correspondence.RULE, copied_words.RULE, numbers.RULE, *entities.RULES, *negation.RULES, *omission.RULES, *orphans.RULES, *stranded.RULES, *persons.RULES, *seams.RULES, *addition.RULES,
         *quotes.RULES, *pronoun_gender.RULES, *antonym.RULES, false_friend.RULE, expressions.RULE, senses.RULE, *similarity.RULES,
         *backtranslation.RULES)
