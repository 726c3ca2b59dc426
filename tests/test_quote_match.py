"""When two quotes carry the same words: the matching behind MIS001."""
from checker.lang.quote_match import containment, content_words, same_words


def test_headline_quote_inside_body_quote():
    assert same_words("important documents", "Important, very significant documents")


def test_reworded_requote_of_comparable_length():
    assert same_words("We will never give in to violence", "we will never give in to this violence")


def test_common_phrase_inside_a_long_statement_is_not_the_same_quote():
    long = ("It is increasingly unlikely that the government's strategy will secure sufficient foreign "
            "currency to meet its external financing needs")
    assert not same_words("the large external financing needs", long)
    assert not same_words("too far", "In some cases, I grant you, as president, some of these actions have "
                                     "gone too far and we will ensure that it does not happen again")
    assert same_words("too far", "some of these actions have gone too far"), "a short re-quote of a short quote"


def test_one_shared_word_is_not_enough():
    assert not same_words("a disgrace", "what a disgrace this is")


def test_content_words_fold_accents_and_drop_function_words():
    assert content_words("Les États-Unis et la Chine") == ["etats-unis", "chine"]
    assert containment("important documents", "very important documents") == 1.0
