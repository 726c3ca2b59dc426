"""Rules that read the source: numbers, names, negation, omissions and additions, quotes and speakers."""
from . import addition, copied_words, correspondence, entities, false_friend, negation, numbers, omission, quotes, similarity

RULES = (correspondence.RULE, copied_words.RULE, numbers.RULE, *entities.RULES, *negation.RULES, *omission.RULES, *addition.RULES,
         *quotes.RULES, false_friend.RULE, *similarity.RULES)
