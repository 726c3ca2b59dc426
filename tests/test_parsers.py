"""Markdown and HTML parsers: clean text, blocks, directives, and offsets back into the raw file."""
import pytest

from checker.parsers import parse
from checker.parsers.html import parse_html
from checker.parsers.markdown import parse_markdown


def texts(doc):
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def raw_of(doc, word, occurrence=0):
    """The raw slice that the `occurrence`-th clean occurrence of `word` maps back to."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = doc.text.index(word, pos + 1)
    start, end = doc.raw_span(pos, pos + len(word))
    assert 0 <= start <= end <= len(doc.raw)
    return doc.raw[start:end]


# --- Markdown ---------------------------------------------------------------------------------

def test_yaml_front_matter_is_parsed_and_skipped():
    raw = "---\ntitle: Putin visits Pyongyang\ndate: 2024-06-18\ntags: [a, b]\n---\n\nBody *text* here.\n"
    doc = parse_markdown(raw, "post.en.md")
    assert doc.fmt == "markdown" and doc.path == "post.en.md"
    assert doc.front_matter["title"] == "Putin visits Pyongyang"
    assert doc.front_matter["tags"] == ["a", "b"]
    assert texts(doc) == [("title", "Putin visits Pyongyang"), ("paragraph", "Body text here.")]
    assert "date" not in doc.text
    assert raw_of(doc, "Pyongyang") == "Pyongyang"
    assert raw_of(doc, "text") == "text"


def test_quoted_front_matter_title_with_escape():
    raw = '---\ntitle: "Kim says \\"yes\\""\n---\nBody.\n'
    doc = parse_markdown(raw)
    assert texts(doc)[0] == ("title", 'Kim says "yes"')
    start, end = doc.raw_span(doc.blocks[0].start, doc.blocks[0].end)
    assert doc.raw[start:end] == 'Kim says \\"yes\\"'


def test_toml_front_matter():
    raw = '+++\ntitle = "Summit in Hanoi"\ndraft = false\n+++\nThe text.\n'
    doc = parse_markdown(raw)
    assert doc.front_matter == {"title": "Summit in Hanoi", "draft": False}
    assert texts(doc) == [("title", "Summit in Hanoi"), ("paragraph", "The text.")]
    assert raw_of(doc, "Hanoi") == "Hanoi"


def test_broken_front_matter_does_not_raise():
    doc = parse_markdown("---\ntitle: [unclosed\n---\nBody.\n")
    assert doc.front_matter == {}
    assert texts(doc) == [("paragraph", "Body.")]


def test_crlf_front_matter_and_body():
    raw = "---\r\ntitle: Hi\r\n---\r\nLine one\r\nline two.\r\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [("title", "Hi"), ("paragraph", "Line one line two.")]
    assert raw_of(doc, "one line") == "one\r\nline"


def test_headings():
    doc = parse_markdown("# Title one #\n\n## Second\n\nSetext\n======\n\nOther\n---\n\n#NotAHeading\n")
    assert texts(doc) == [
        ("heading", "Title one"), ("heading", "Second"), ("heading", "Setext"),
        ("heading", "Other"), ("paragraph", "#NotAHeading"),
    ]


def test_paragraph_soft_breaks_become_spaces():
    raw = "He said the deal\nwould be signed.\n\nNext paragraph.\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [("paragraph", "He said the deal would be signed."), ("paragraph", "Next paragraph.")]
    assert raw_of(doc, "deal would") == "deal\nwould"


@pytest.mark.parametrize("raw,clean,word,slice_", [
    ("An *emphasised* word.", "An emphasised word.", "emphasised", "emphasised"),
    ("A **strong** word.", "A strong word.", "strong", "strong"),
    ("An _underscored_ word.", "An underscored word.", "underscored", "underscored"),
    ("A __double__ word.", "A double word.", "double", "double"),
    ("A ~~struck~~ word.", "A struck word.", "struck", "struck"),
    ("Nested ***both*** here.", "Nested both here.", "both", "both"),
    ("A snake_case_name stays.", "A snake_case_name stays.", "snake_case_name", "snake_case_name"),
    ("Math 2 * 3 * 4 stays.", "Math 2 * 3 * 4 stays.", "3", "3"),
    ("Unmatched *star stays.", "Unmatched *star stays.", "star", "star"),
    ("Intra**word**emphasis.", "Intrawordemphasis.", "Intrawordemphasis", "Intra**word**emphasis"),
    ("About ~5 km.", "About ~5 km.", "km", "km"),
])
def test_emphasis(raw, clean, word, slice_):
    doc = parse_markdown(raw)
    assert doc.text == clean
    assert raw_of(doc, word) == slice_


def test_links_keep_only_their_text():
    raw = ('See [the report](http://x.org/a_(b) "Title") and [another][ref] and [Ref] and '
           '[collapsed][] and [undefined][nope] and ![a photo](p.jpg) and <http://auto.link> '
           'and <me@example.com> and a note[^1].\n\n[ref]: http://example.com "T"\n[collapsed]: /c\n')
    doc = parse_markdown(raw)
    assert doc.text == ("See the report and another and Ref and collapsed and [undefined][nope] "
                        "and  and  and  and a note.")
    assert raw_of(doc, "report") == "report"
    assert raw_of(doc, "another") == "another"
    assert "http" not in doc.text and "example" not in doc.text


@pytest.mark.parametrize("raw", ["[](\\", "[a](<", "[a](x \"", "![", "[a]: ", "`", "<!--", "&#", "\\", "* * *\n-"])
def test_truncated_markdown_does_not_crash(raw):
    parse_markdown(raw)


def test_link_text_with_emphasis_and_entity():
    doc = parse_markdown("Read [*caf&eacute;* news](http://x).")
    assert doc.text == "Read café news."
    assert raw_of(doc, "café") == "caf&eacute;"


def test_code_is_skipped():
    raw = ("Use `git push --force` now.\n\n```python\nsecret = 1\n```\n\n~~~\nalso code\n~~~\n\n"
           "    indented code\n\nAfter.\n")
    doc = parse_markdown(raw)
    assert texts(doc) == [("paragraph", "Use  now."), ("paragraph", "After.")]


def test_unclosed_fence_skips_to_the_end():
    doc = parse_markdown("Before.\n\n```\ncode\n\nmore code\n")
    assert texts(doc) == [("paragraph", "Before.")]


def test_lists_nested_and_ordered():
    raw = "- first item\n- second *item*\n  continued here\n  - nested item\n\n1. one\n2) two\n\n* star\n+ plus\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [
        ("list_item", "first item"), ("list_item", "second item continued here"),
        ("list_item", "nested item"), ("list_item", "one"), ("list_item", "two"),
        ("list_item", "star"), ("list_item", "plus"),
    ]
    assert raw_of(doc, "continued") == "continued"
    assert raw_of(doc, "item continued") == "item*\n  continued"


def test_number_in_paragraph_is_not_a_list():
    doc = parse_markdown("He was born in\n1986. He moved.\n")
    assert texts(doc) == [("paragraph", "He was born in 1986. He moved.")]


def test_block_quotes():
    raw = "> First quoted line\n> second *quoted* line\nlazy continuation.\n>\n> > nested quote\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [
        ("blockquote", "First quoted line second quoted line lazy continuation."),
        ("blockquote", "nested quote"),
    ]
    assert raw_of(doc, "second") == "second"
    assert raw_of(doc, "line second") == "line\n> second"
    assert raw_of(doc, "nested") == "nested"


def test_list_inside_quote():
    doc = parse_markdown("> - quoted item\n> - other\n")
    assert texts(doc) == [("list_item", "quoted item"), ("list_item", "other")]
    assert raw_of(doc, "other") == "other"


def test_html_comments_and_directives():
    raw = ("<!-- checker: ignore CAL001, ENT002 -->\nFirst paragraph.\n\n<!-- a plain comment -->\n\n"
           "Second <!-- checker: off --> paragraph.\n")
    doc = parse_markdown(raw)
    assert texts(doc) == [("paragraph", "First paragraph."), ("paragraph", "Second  paragraph.")]
    first, second = doc.directives
    assert (first.action, first.codes) == ("ignore", ("CAL001", "ENT002"))
    assert doc.raw[first.raw_start:first.raw_end] == "<!-- checker: ignore CAL001, ENT002 -->"
    assert first.clean_pos == 0
    assert second.action == "off"
    assert doc.raw[second.raw_start:second.raw_end] == "<!-- checker: off -->"
    assert doc.text[second.clean_pos - len("Second "):second.clean_pos] == "Second "


def test_inline_html_entities_and_escapes():
    raw = "A <b>bold</b> tag, AT&amp;T, caf&eacute;, &#233;t&#xE9;, \\*literal\\* and 5 &lt; 6.<br>Next\n"
    doc = parse_markdown(raw)
    assert doc.text == "A bold tag, AT&T, café, été, *literal* and 5 < 6. Next"
    assert raw_of(doc, "bold") == "bold"
    assert raw_of(doc, "AT&T") == "AT&amp;T"
    assert raw_of(doc, "été") == "&#233;t&#xE9;"
    assert raw_of(doc, "literal") == "literal"
    assert raw_of(doc, "*literal*") == "*literal\\*"


def test_unknown_entity_is_kept():
    doc = parse_markdown("Fish &chips; here.")
    assert doc.text == "Fish &chips; here."


def test_hard_breaks():
    doc = parse_markdown("Line one  \nline two\\\nline three\n")
    assert doc.text == "Line one line two line three"


def test_tables():
    raw = "| Name | Role |\n|------|:----:|\n| Kim | *leader* |\n| Choe | minister \\| envoy |\n\nAfter.\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [
        ("table_cell", "Name"), ("table_cell", "Role"), ("table_cell", "Kim"), ("table_cell", "leader"),
        ("table_cell", "Choe"), ("table_cell", "minister | envoy"), ("paragraph", "After."),
    ]
    assert raw_of(doc, "leader") == "leader"


def test_thematic_breaks_and_shortcodes():
    raw = "One.\n\n***\n\n{{< figure src=\"a.jpg\" caption=\"hidden\" >}}\n\nTwo {{% ref \"x\" %}} words.\n\n- - -\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [("paragraph", "One."), ("paragraph", "Two  words.")]


def test_code_shortcodes_are_skipped_like_fences():
    raw = "Intro.\n\n{{< highlight go >}}\nfunc main() {}\n\nx := 1\n{{< /highlight >}}\n\nAfter.\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [("paragraph", "Intro."), ("paragraph", "After.")]


def test_html_block_in_markdown():
    raw = "<div class=\"note\">\n<p>Inside &amp; <em>html</em></p>\n</div>\n\nAfter.\n"
    doc = parse_markdown(raw)
    assert texts(doc) == [("paragraph", "Inside & html"), ("paragraph", "After.")]
    assert raw_of(doc, "&") == "&amp;"
    assert raw_of(doc, "html") == "html"


def test_html_block_takes_its_lines_until_a_blank_line():
    doc = parse_markdown("<div>\n1. not a list\n> not a quote\n</div>\n\n- a list\n")
    assert texts(doc) == [("paragraph", "1. not a list > not a quote"), ("list_item", "a list")]


def test_markdown_through_parse_dispatch():
    doc = parse("Bonjour *tout* le monde.", "markdown", lang="fr")
    assert doc.lang == "fr" and doc.text == "Bonjour tout le monde."


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kim &amp; Putin</title>
<style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
<body>
<h1>Summit in <em>Pyongyang</em></h1>
<p>Putin&rsquo;s visit, &#8220;important&#x201D; documents.<br>Second line</p>
<ul><li>First <b>item</b></li><li>Second<p>inner</p></li></ul>
<blockquote><p>Quoted words</p></blockquote>
<table><tr><th>Name<td>Kim</table>
<pre>code block</pre><p>Use <code>x = 1</code> here.</p>
<noscript>enable js</noscript><template><p>tpl</p></template><svg><text>svg</text></svg>
<!-- checker: ignore ENT001 --><p>Last.</p>
</body></html>"""


def test_html_page():
    doc = parse_html(PAGE, "page.html")
    assert doc.fmt == "html"
    assert texts(doc) == [
        ("title", "Kim & Putin"),
        ("heading", "Summit in Pyongyang"),
        ("paragraph", "Putin’s visit, “important” documents. Second line"),
        ("list_item", "First item"), ("list_item", "Second"), ("list_item", "inner"),
        ("blockquote", "Quoted words"),
        ("table_cell", "Name"), ("table_cell", "Kim"),
        ("paragraph", "Use  here."),
        ("paragraph", "Last."),
    ]
    assert raw_of(doc, "Pyongyang") == "Pyongyang"
    assert raw_of(doc, "Putin’s") == "Putin&rsquo;s"
    assert raw_of(doc, "“important”") == "&#8220;important&#x201D;"
    assert raw_of(doc, "&") == "&amp;"
    assert raw_of(doc, "documents. Second") == "documents.<br>Second"
    (directive,) = doc.directives
    assert (directive.action, directive.codes) == ("ignore", ("ENT001",))
    assert doc.raw[directive.raw_start:directive.raw_end] == "<!-- checker: ignore ENT001 -->"
    assert doc.text[directive.clean_pos:].strip() == "Last."


def test_html_whitespace_is_copied():
    doc = parse_html("<p>The meeting\n   ended.</p>")
    assert texts(doc) == [("paragraph", "The meeting\n   ended.")]


def test_html_text_outside_blocks_and_implicit_closes():
    doc = parse_html("Loose text<p>One<p>Two<div>Three</div>tail")
    assert texts(doc) == [("paragraph", "Loose text"), ("paragraph", "One"), ("paragraph", "Two"),
                          ("paragraph", "Three"), ("paragraph", "tail")]


@pytest.mark.parametrize("raw", [
    "<p>Unclosed <b>bold",
    "a < b and c > d <p>x",
    "<p>Broken &# entity; and <b>more</b></p><script>hidden()</script>",
    "<p>Bad &#xZZ; and &amp stays</p>",
    "</p></div>Stray closers",
    "<div <p>weird</p>",
    "<!-- unclosed comment <p>text</p>",
    "<![CDATA[ x ]]><?php echo 1 ?><p>ok</p>",
    "<p attr='unclosed>text</p>",
    "<a href=x/>link</a> & more",
    "<",
    "&",
    "",
])
def test_malformed_html_does_not_crash(raw):
    doc = parse_html(raw)
    for block in doc.blocks:
        start, end = doc.raw_span(block.start, block.end)
        assert 0 <= start <= end <= len(raw)


def test_malformed_entity_does_not_expose_script():
    doc = parse_html("<p>Broken &# entity; and <b>more</b></p><script>hidden()</script>")
    assert "hidden" not in doc.text
    assert "more" in doc.text


def test_html_head_without_body_tag():
    doc = parse_html("<html><head><title>T</title><p>Body text</p>")
    assert texts(doc) == [("title", "T"), ("paragraph", "Body text")]


def test_html_crlf_and_bom():
    doc = parse_html("\ufeff<p>Line one\r\nline two &eacute;</p>")
    assert texts(doc) == [("paragraph", "Line one\r\nline two é")]
    assert raw_of(doc, "two") == "two"
