"""Interviews printed as questions and answers: each answer paragraph is the interviewee's words, unmarked."""
from __future__ import annotations

import re

from .quote_common import Candidate
from .speakers import SPEAKER_WORDS, Mention

FIRST_SINGULAR = {lang: SPEAKER_WORDS[f"{lang}_first_person_singular"] for lang in ("en", "fr")}
FIRST_PERSON = {lang: FIRST_SINGULAR[lang] | SPEAKER_WORDS[f"{lang}_first_person_plural"] for lang in ("en", "fr")}
WORD_RE = re.compile(r"\w+")
QUOTE_MARKS_RE = re.compile("[\"“”«»„]")
MAX_QUESTION_WORDS = 40  # a question paragraph longer than this is a paragraph of the article
RUN_IN_QUESTION_RE = re.compile(r"\s*[A-Z][^.!?\n]*\?\s+(?=[A-Z0-9])")  # "Why coffee on the island? The …"
MAX_RUN_IN_WORDS = 15  # a run-in question is short: a longer one opens a paragraph of the article
MIN_EXCHANGES = 2  # one question after a paragraph may be rhetorical; two question-answer pairs make an interview


class InterviewStage:
    """Methods of the extractor (checker.lang.quotes._Extractor) for this stage; they share its state."""

    def _interview_candidates(self) -> list[Candidate]:
        """The answers of a question-and-answer interview ("Why has the timetable been cut? ¶ Because the
        operator cannot crew two ships …"), each a direct quote of the person the lead paragraphs introduce;
        the paper's questions are its own words. An interview is two exchanges or more: a short paragraph that
        ends with a question mark, then paragraphs without quotation marks up to the next question."""
        asked = sum(self.text[b.start:b.end].rstrip().endswith("?") or
                    "?" in self.text[b.start:b.end] and RUN_IN_QUESTION_RE.match(self.text, b.start, b.end) is not None
                    for b in self.blocks)
        if asked < MIN_EXCHANGES:
            return []  # (nearly every document: nothing more to read)
        kinds = [self._paragraph_kind(i, b) for i, b in enumerate(self.blocks)]
        first = next((i for i, (kind, _) in enumerate(kinds) if kind in ("question", "exchange")), None)
        if first is None:
            return []
        answers: list[tuple[int, int]] = []  # (paragraph, where its answer starts)
        exchanges = 0
        for i in range(first, len(kinds)):
            kind, start = kinds[i]
            if kind == "question":
                exchanges += i + 1 < len(kinds) and kinds[i + 1][0] == "answer"
            elif kind in ("answer", "exchange"):
                exchanges += kind == "exchange"
                answers.append((i, start))
            else:
                return []  # a quotation, a headline or a label inside: not an interview's layout
        spoken = any(self._first_person(i, FIRST_PERSON, start) for i, start in answers)  # not an explainer's headings
        column = any(self._first_person(i, FIRST_SINGULAR) for i in range(first))  # nor a columnist's "I"
        interviewee = self._interviewee(first) if exchanges >= MIN_EXCHANGES and spoken and not column else None
        if interviewee is None:
            return []
        out = []
        for i, start in answers:
            b = self.blocks[i]
            end = b.start + len(self.text[b.start:b.end].rstrip())
            out.append(Candidate(start, end, "direct", start, None, i, mention=interviewee,
                                 via="answer in a question-and-answer interview"))
        return out

    def _paragraph_kind(self, index: int, block) -> tuple[str, int]:
        """ "question", "answer" (a paragraph with no quotation marks), "exchange" (a run-in question and its
        answer in one paragraph: "Why coffee here? The bushes were planted in 1733."), or "other"; with where
        the paragraph's answer starts."""
        words = self.text[block.start:block.end].strip()
        if index in self.headlines or index in self.furniture or not words or QUOTE_MARKS_RE.search(words):
            return "other", block.start
        if words.endswith("?"):
            return ("question" if len(words.split()) <= MAX_QUESTION_WORDS else "other"), block.start
        asked = RUN_IN_QUESTION_RE.match(self.text, block.start, block.end)
        if asked is not None and len(asked.group(0).split()) <= MAX_RUN_IN_WORDS:
            return "exchange", asked.end()
        return "answer", block.start

    def _first_person(self, index: int, words_by_lang: dict, start: int | None = None) -> bool:
        """Paragraph `index` (from `start` on) speaks in the first person ("I would rather", "je ne veux pas")
        outside quotation marks."""
        block = self.blocks[index]
        text = self.text[block.start:block.end]
        if start is not None and start > block.start:
            text = " " * (start - block.start) + text[start - block.start:]
        for qi in self.block_quotes.get(index, ()):  # (what a quoted person says in the first person is theirs)
            q = self.marked[qi]
            a, b = max(q.start, block.start) - block.start, min(q.end, block.end) - block.start
            if a < b:
                text = text[:a] + " " * (b - a) + text[b:]
        words = words_by_lang[self.lang]
        return any(w.lower() in words for w in WORD_RE.findall(text))

    def _interviewee(self, first_question: int) -> Mention | None:
        """The first person the paragraphs before the first question name: whom the paper interviews."""
        for sent in self.sentences:
            if sent.block >= first_question:
                return None
            for m in sent.mentions:
                if m.kind == "name" and m.entity is not None and self._personal_name(m.entity):
                    return m
        return None
