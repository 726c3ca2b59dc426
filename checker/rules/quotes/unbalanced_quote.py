"""QTE001: an opening quotation mark that is never closed."""
from __future__ import annotations

import bisect

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule


def check(ctx):
    blocks, starts = ctx.doc.blocks, None
    for quote in ctx.get("target.quotes"):
        if not quote.unbalanced or quote.open_mark is None:
            continue
        if starts is None:
            starts = [b.start for b in blocks]  # blocks are in order and do not overlap
        i = bisect.bisect_right(starts, quote.open_mark) - 1
        end = blocks[i].end if i >= 0 and quote.open_mark < blocks[i].end else quote.end
        yield Hit(quote.open_mark, max(end, quote.open_mark + 1),
                  "This quotation mark is never closed, so it is unclear where the quoted words end "
                  "and who is speaking after them; restore the closing mark.")


RULE = Rule(
    code="QTE001",
    name="unbalanced-quote",
    category=Category.STRAY_ATTRIBUTION,
    severity=Severity.INFO,
    summary="An opening quotation mark that is never closed: the end of the quote was lost.",
    check=check,
    requires=("target.quotes",),
    doc="""\
## What it does
Reports an opening quotation mark (“, ", «, „, ‹) whose closing mark is missing, from
the mark to the end of its paragraph. The English convention for quotes running over
several paragraphs (no closing mark at the end of a paragraph when the next one reopens
the quote) and the French one (» or « at the start of continued paragraphs) are
understood and not reported. It is filed under `stray-attribution` because a lost
closing mark detaches the quote from the attribution that follows it.

## Why is this bad?
Without its closing mark, readers cannot tell where the speaker's words end and the
reporter's begin: the rest of the paragraph is put in the speaker's mouth.

## Example
`He called it “a disgrace and left the room.` — where does the quote end?
""",
    examples=(
        Example("He called it [[“a disgrace and left the room.]]\n\nThe talks resumed later."),
        Example("“We will win,” she said. [[“And we will rebuild.]]"),
        Example("The minister said [[\"we will not give in. Then he left.]]"),
        Example("Il a déclaré [[« nous ne céderons pas. Puis il est parti.]]", lang="fr"),
        Example("The union leader warned of [[„a long strike and called for talks.]]"),
        Example("He called it “a disgrace” and left the room."),
        Example("“We will win,” she said. “And we will rebuild.”"),
        Example("“The first paragraph of a long quote,\n\n“goes on in the second,” he said."),
        Example("It's the minister's view, isn't it?"),
        Example("Il a déclaré : « Nous ne céderons pas », puis il est parti.", lang="fr"),
    ),
)
