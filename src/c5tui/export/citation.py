"""Citations as a reader expects them: who said it, where, when, and the place in the text.

The default style is a Chicago-like note (``notes``): speaker, title, outlet, date, the
paragraph and sentence, and the address when known; ``inline`` is a short parenthetical
(speaker, outlet, year, place) with the full reference under Sources. An English brief
cites English names (a romanised name, or the one the user gave the document), English
titles and English dates; a Kazakh one cites as the source is written. Citations never
name internal row ids: the stable key of the sentence (document hash and sentence key)
goes into an HTML comment, out of the prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from c5tui.export.english import english_marker
from c5tui.model import Claim, Document, Sentence
from c5tui.text.romanise import english_speaker

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def english_date(date: str | None) -> str:
    """``2025-11-05`` → ``November 5, 2025``; ``n.d.`` when the source gives no date."""
    if not date:
        return "n.d."
    year, month, day = [*date.split("-"), "", ""][:3]
    if not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return date
    if day.isdigit():
        return f"{MONTHS[int(month) - 1]} {int(day)}, {year}"
    return f"{MONTHS[int(month) - 1]} {year}"


def anchor(document: Document, key: str) -> str:
    """A machine anchor that holds across databases: ``<!-- c5tui 1a2b3c4d5e6f p17.s02 -->``."""
    return f"<!-- c5tui {document.content_hash[:12]} {key} -->"


@dataclass(frozen=True, slots=True)
class Citer:
    """Writes the citations of one brief, in its language."""

    lang: str

    @property
    def english(self) -> bool:
        return self.lang != "kk"

    def speaker(self, quote: Sentence, document: Document) -> str:
        """Who said it, as the brief's reader reads names."""
        if not self.english:
            return quote.speaker
        if document.speaker_en and quote.speaker == document.interviewee:
            return document.speaker_en
        return english_speaker(quote.speaker)

    def title(self, document: Document) -> str:
        """The title as cited: English first (with the Kazakh one beside it in ``both``)."""
        if self.lang == "kk" or not document.title_en:
            return f"«{document.title}»"
        if self.lang == "both":
            return f"“{document.title_en}” («{document.title}»)"
        return f"“{document.title_en}”"

    def date(self, document: Document) -> str:
        return english_date(document.date) if self.english else document.cited_date

    def locator(self, quote: Sentence) -> str:
        if self.english:
            return f"¶{quote.paragraph}, sentence {quote.sentence}"
        return quote.locator

    def lead_in(self, quote: Sentence, document: Document) -> str:
        """The words before the title: who spoke, and how the piece carries their words."""
        speaker = self.speaker(quote, document)
        if quote.role in ("lead", "narration") or speaker == document.outlet:
            return ""
        if not self.english:
            return f"{speaker}, "
        if quote.role == "question":
            return f"Question by {speaker}, in "
        verb = "interviewed" if document.kind == "interview" else "quoted"
        return f"{speaker}, {verb} in "

    def note(self, quote: Sentence, document: Document, *, first: bool = True) -> str:
        """The note for a quote (plain text; the caller escapes it).

        The first note on a document is in full; later ones are short, as Chicago has it:
        who, a short title, the place.
        """
        if first:
            parts = [
                f"{self.lead_in(quote, document)}{self.title(document)}",
                document.outlet,
                self.date(document),
            ]
        else:
            who = self.lead_in(quote, document) and self.speaker(quote, document)
            parts = [*([who] if who else []), self.short_title(document)]
        parts.append(self.locator(quote))
        marker = self.translation_marker(quote)
        if marker:
            parts.append(marker)
        return _comma_inside(", ".join(parts))

    def short_title(self, document: Document) -> str:
        """The title cut to its first four words, in the brief's language."""
        english = self.english and document.title_en
        title = (document.title_en if english else document.title) or document.title
        words = title.split()
        short = " ".join(words[:4]) + ("…" if len(words) > 4 else "")
        return f"“{short}”" if english else f"«{short}»"

    def translation_marker(self, quote: Sentence) -> str:
        """A word on this quote's English, when the reader should know (e.g. unreviewed)."""
        return english_marker(quote, self.lang) or ""

    def short(self, quote: Sentence, document: Document) -> str:
        """The inline style: ``(Rustem Mustafin, Kazinform, 2025, ¶17 s2)``."""
        speaker = self.speaker(quote, document)
        year = (document.date or "n.d.")[:4]
        who = "" if speaker == document.outlet else f"{speaker}, "
        marker = self.translation_marker(quote)
        tail = f"; {marker}" if marker else ""
        return f"({who}{document.outlet}, {year}, {quote.locator}{tail})"

    def claim_qualities(self, claim: Claim) -> list[str]:
        """The claim's kind, and its certainty when the speaker does more than assert it."""
        return (
            [claim.kind] if claim.certainty in (None, "asserted") else [claim.kind, claim.certainty]
        )

    def source(self, document: Document) -> str:
        """A bibliography entry: outlet, title, date (the address is added by the caller)."""
        title = self.title(document)
        title = title[:-1] + ".”" if title.endswith("”") else title + "."
        return f"{document.outlet}. {title} {self.date(document)}."

    def document_note(self, document: Document) -> str:
        """A note for a claim that no stored quote states: the document alone."""
        return _comma_inside(f"{self.title(document)}, {document.outlet}, {self.date(document)}")


def _comma_inside(text: str) -> str:
    """Chicago style puts the comma after an English title inside its quotation marks."""
    return text.replace("”, ", ",” ")
