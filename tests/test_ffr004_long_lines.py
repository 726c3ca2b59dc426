"""FFR004 on a document written on one line reads the sentences around each look-alike, and finds what the
whole-line scan finds."""
from checker.rules.false_friends import structure

PARAGRAPH = ("The committee auditioned the prefect for three hours on Tuesday. Most of the acts are prescribed "
             "and cannot be tried, the lawyer said. The laboratory claims the molecule is efficient against the "
             "parasite. The weather was mild and the roads were quiet. ")


def _hits(text, long_line):
    saved = structure.LONG_LINE
    structure.LONG_LINE = long_line
    structure._HITS[0] = (None, [])
    try:
        return [(s, e, la.french) for s, e, la in structure.structure_hits(text)]
    finally:
        structure.LONG_LINE = saved
        structure._HITS[0] = (None, [])


def test_sentences_of_a_long_line_find_what_the_whole_line_finds():
    text = PARAGRAPH * 40
    assert len(text) > structure.LONG_LINE
    windowed = _hits(text, structure.LONG_LINE)
    assert windowed and windowed == _hits(text, len(text) + 1)


def test_windows_are_sentences_holding_a_form_merged_where_they_touch():
    text = "First sentence here. The mayor evoked the closure. Nothing else. The prefect evoked it again."
    windows = structure._sentences_holding(text, text.lower(), ("evoked",), 0, len(text))
    assert [text[a:b].strip() for a, b in windows] == ["The mayor evoked the closure.", "The prefect evoked it again."]
