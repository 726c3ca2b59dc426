"""Property tests: parsing never raises and every clean word maps back to the raw text that produced it."""
import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.lang.sentences import document_sentences
from checker.parsers.html import parse_html
from checker.parsers.markdown import parse_markdown
from checker.parsers.text import parse_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from([
    "alpha", "Putin", "café", "naïve", "Москва", "東京", "x1", "2024", "l’Express", "snake_case",
    "Mr.", "U.S.", "end.", "said.", "he", "intended", "Kim", "«", "»", "“quoted”", "3.5", "…",
])
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\r\n", "\n\n", "\r\n\r\n", "  \n", "\t", "\u00a0"])
MARKDOWN_WRAPPERS = [
    "*{}*", "**{}**", "_{}_", "__{}__", "~~{}~~", "***{}***", "[{}](http://x.y/{} \"t\")", "[{}][r]",
    "[{}]", "![{}](i.png)", "`{}`", "``{}``", "<b>{}</b>", "<!-- {} -->", "&amp;{}", "{}&eacute;",
    "&#233;{}", "\\*{}", "<http://{}.com>", "{{{{< {} >}}}}", "{}[^1]", "wo{}rd", "<span>{}</span>",
]
MARKDOWN_MARKUP = st.sampled_from([
    "*", "**", "_", "__", "~~", "~", "`", "```", "[", "]", "(", ")", "<", ">", "&", "&#", "\\", "!", "#",
    "|", "{{<", ">}}", "-", "+", "1.", "2)", "<!--", "-->", "<p>", "</p>", "<br>", "&nbsp;", "&bogus;",
])
LINE_STARTS = st.sampled_from([
    "\n# ", "\n## ", "\n> ", "\n- ", "\n1. ", "\n    ", "\n  - ", "\n> > ", "\n| ", "\n---\n", "\n```\n",
    "\n~~~\n", "\n***\n", "\n|---|---|\n", "\n[r]: http://r.com\n", "\n<div>\n", "\n</div>\n",
    "\n<!-- checker: off -->\n", "\n{{< x >}}\n", "\n=====\n", "\n[^1]: note ",
])
FRONT_MATTER = st.sampled_from([
    "", "", "---\ntitle: Hello world\n---\n", "---\r\ntitle: \"Quoted &amp; title\"\r\n---\r\n",
    "+++\ntitle = \"TOML title\"\n+++\n", "---\ntitle: [broken\n---\n", "---\nno closing\n", "\ufeff",
])
HTML_WRAPPERS = [
    "<p>{}</p>", "<b>{}</b>", "<i>{}", "<a href=\"x?a=1&b=2\">{}</a>", "<h2>{}</h2>", "<li>{}",
    "<td>{}</td>", "<script>{}</script>", "<style>{}</style>", "<!-- {} -->", "<title>{}</title>",
    "{}<br>", "{}<br/>", "&amp;{}", "{}&eacute;", "&#233;{}", "&#x41;{}", "<div class='a'>{}</div>",
    "<pre>{}</pre>", "<code>{}</code>", "<blockquote>{}</blockquote>", "<span>{}</span>",
]
HTML_MARKUP = st.sampled_from([
    "<", ">", "&", "&#", "&#;", "&#x;", "&amp", "</p>", "</div>", "<p", "<div <p>", "<!--", "-->", "<!x>",
    "<?pi?>", "<![CDATA[x]]>", "<head>", "</head>", "<body>", "<html>", "<br>", "<hr>", "\"", "'",
    "<!-- checker: ignore ENT001 -->", "<svg>", "</svg>", "<td>", "<tr>", "<table>",
])


def _wrap(templates):
    return st.tuples(st.sampled_from(templates), WORDS).map(lambda pair: pair[0].format(pair[1], pair[1]))


MARKDOWN = st.tuples(
    FRONT_MATTER,
    st.lists(st.one_of(WORDS, WORDS, SEPARATORS, SEPARATORS, _wrap(MARKDOWN_WRAPPERS), MARKDOWN_MARKUP,
                       LINE_STARTS, st.text(max_size=5)), max_size=60),
).map(lambda parts: parts[0] + "".join(parts[1]))
HTML = st.lists(
    st.one_of(WORDS, WORDS, SEPARATORS, _wrap(HTML_WRAPPERS), HTML_MARKUP, st.text(max_size=5)), max_size=60,
).map("".join)
PLAIN = st.lists(
    st.one_of(WORDS, SEPARATORS, st.sampled_from(["<!-- checker: off -->", "\n \n", "<", "*"]),
              st.text(max_size=5)), max_size=60,
).map("".join)

WORD_RE = re.compile(r"\w+")
PLAIN_WORD_RE = re.compile(r"[^\W_]+")  # letters and digits: never markup
STRIP_RES = [
    re.compile(r"<!--.*?-->", re.S),
    re.compile(r"!\[[^\]]*\]\([^()]*\)"),
    re.compile(r"\{\{[<%].*?[%>]\}\}", re.S),
    re.compile(r"<[!?/]?[A-Za-z][^>]*>"),
    re.compile(r"<!\[CDATA\[.*?\]\]>", re.S),
    re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)", re.S),
    re.compile(r"\]\([^()]*(?:\([^()]*\))?[^()]*\)"),
    re.compile(r"\]\[[^\]]*\]"),
    re.compile(r"\[\^[^\]\s]+\]"),
]
DROPPED = re.compile(r"[*_~\\\[\]!\s`]")


def strip_markup(piece: str) -> str:
    """What a raw slice reads as once markup is removed, with emphasis and escape characters dropped."""
    for pattern in STRIP_RES:
        piece = pattern.sub("", piece)
    return DROPPED.sub("", html.unescape(piece))


def is_anchored_subsequence(word: str, text: str) -> bool:
    """`word` reads in `text` in order, from its first character to its last."""
    if not word:
        return True
    if not (text.startswith(word[0]) and text.endswith(word[-1])):
        return False
    chars = iter(text)
    return all(char in chars for char in word)


def check_document(doc, exact: bool = True) -> None:
    """Offsets of `doc` are sound; with `exact`, each word reads verbatim in its markup-stripped raw slice.

    HTML hides whole elements (scripts, code, an unclosed head) that a regex cannot delimit the way
    the tokenizer does, so there the word need only read in order from the slice's first to last character.
    """
    raw, text = doc.raw, doc.text
    previous_end = 0
    for block in doc.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert not text[block.start].isspace() and not text[block.end - 1].isspace()
        previous_end = block.end
    for match in WORD_RE.finditer(text):
        start, end = doc.raw_span(*match.span())
        assert 0 <= start <= end <= len(raw)
        piece = raw[start:end]
        if PLAIN_WORD_RE.fullmatch(piece):
            assert piece == match.group()  # a plain word copied verbatim
        word, stripped = DROPPED.sub("", match.group()), strip_markup(piece)
        if exact:
            assert word in stripped, (match.group(), piece)
        else:
            assert is_anchored_subsequence(word, stripped), (match.group(), piece)
    for directive in doc.directives:
        assert 0 <= directive.raw_start < directive.raw_end <= len(raw)
        assert raw[directive.raw_start:directive.raw_end].startswith("<!--")
        assert 0 <= directive.clean_pos <= len(text)
    previous_end = 0
    for sentence in document_sentences(doc):
        block = doc.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        assert previous_end <= sentence.start
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace()
        previous_end = sentence.end
    for position in range(0, len(text) + 1, max(1, len(text) // 7)):
        start, end = doc.raw_span(position, position)
        assert 0 <= start == end <= len(raw)
        doc.line_col(start)


@SETTINGS
@given(MARKDOWN)
def test_markdown_offsets(raw):
    check_document(parse_markdown(raw))


@SETTINGS
@given(HTML)
def test_html_offsets(raw):
    check_document(parse_html(raw), exact=False)


@SETTINGS
@given(PLAIN)
def test_plain_text_offsets(raw):
    doc = parse_text(raw)
    check_document(doc)
    for match in WORD_RE.finditer(doc.text):
        start, end = doc.raw_span(*match.span())
        assert raw[start:end] == match.group()


@SETTINGS
@given(st.lists(st.sampled_from(["*", "_", "[", "]", "(", ")", "`", "<", ">", "&", "\\", "!", "a", " ", "\n"]),
                max_size=120).map("".join))
def test_markdown_punctuation_soup(raw):
    check_document(parse_markdown(raw))


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(raw):
    check_document(parse_markdown(raw))
    check_document(parse_html(raw), exact=False)
    check_document(parse_text(raw))
