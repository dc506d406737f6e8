"""Attribution accuracy against hand-annotated articles (``*.expected`` beside ``*.txt``).

An expectation file has ``@kind``, ``@outlet`` and ``@date`` lines, ``@option key=value``
lines (import options, as a user would give them), and one line per paragraph
(``p03<TAB>quote<TAB>speaker``) or sentence (``p05.s02<TAB>narration``). Lead and
narration lines name no speaker; quote, answer and question lines must.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from c5tui.corpus.keys import numbered_sentences
from c5tui.corpus.reader import load_article
from c5tui.corpus.source import ImportOptions
from c5tui.parsed import ParsedDocument

SPOKEN = ("quote", "answer", "question")


@dataclass
class Expectation:
    path: Path
    kind: str = ""
    outlet: str = ""
    date: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    lines: list[tuple[str, str, str]] = field(default_factory=list)  # (where, role, speaker)

    def voices(self, document: ParsedDocument) -> dict[str, tuple[str, str]]:
        """The expected (role, speaker) of every sentence key of ``document``."""
        keys = [key for key, *_ in numbered_sentences(document)]
        found: dict[str, tuple[str, str]] = {}
        for where, role, speaker in self.lines:
            matching = [k for k in keys if k == where or k.startswith(where + ".")]
            if not matching:
                raise ValueError(f"{self.path.name}: {where} names no sentence")
            for key in matching:
                found[key] = (role, speaker)
        missing = [k for k in keys if k not in found]
        if missing:
            raise ValueError(f"{self.path.name}: no expectation for {', '.join(missing)}")
        return found


def read_expectation(path: Path) -> Expectation:
    expected = Expectation(path)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "@option":
            key, _, value = parts[1].partition("=")
            expected.options[key] = value
        elif parts[0] == "@kind":
            expected.kind = parts[1]
        elif parts[0] == "@outlet":
            expected.outlet = parts[1]
        elif parts[0] == "@date":
            expected.date = None if parts[1] == "unknown" else parts[1]
        else:
            role = parts[1]
            speaker = parts[2] if len(parts) > 2 else ""
            if (role in SPOKEN) != bool(speaker):
                raise ValueError(f"{path.name}: {parts[0]} {role} needs a speaker iff spoken")
            expected.lines.append((parts[0], role, speaker))
    return expected


@dataclass(frozen=True, slots=True)
class Miss:
    article: str
    key: str
    expected: tuple[str, str]
    found: tuple[str, str]


@dataclass
class Score:
    """Sentences by expected role: how many, how many got the role, and role and speaker."""

    total: Counter[str] = field(default_factory=Counter)
    role_right: Counter[str] = field(default_factory=Counter)
    both_right: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    documents: list[tuple[str, bool, bool, bool]] = field(default_factory=list)

    def add(self, expectation: Expectation, document: ParsedDocument) -> None:
        expected = expectation.voices(document)
        found = {
            key: (turn.role, turn.speaker)
            for key, _p, _s, turn, _para, _s2 in numbered_sentences(document)
        }
        for key, (role, speaker) in expected.items():
            got_role, got_speaker = found[key]
            self.total[role] += 1
            role_ok = got_role == role
            speaker_ok = role not in SPOKEN or got_speaker == speaker
            self.role_right[role] += role_ok
            self.both_right[role] += role_ok and speaker_ok
            if not (role_ok and speaker_ok):
                shown = got_speaker if got_role in SPOKEN else ""
                self.misses.append(
                    Miss(expectation.path.stem, key, (role, speaker), (got_role, shown))
                )
        self.documents.append(
            (
                expectation.path.stem,
                document.kind == expectation.kind,
                document.outlet == expectation.outlet,
                document.date == expectation.date,
            )
        )

    def accuracy(self, role: str) -> float:
        return self.both_right[role] / self.total[role] if self.total[role] else 1.0


def options_of(expectation: Expectation) -> ImportOptions:
    return dataclasses.replace(ImportOptions(), **expectation.options)


def evaluate(directory: Path) -> Score:
    """Parse every annotated article of ``directory`` and score it."""
    score = Score()
    for expected_path in sorted(directory.glob("*.expected")):
        expectation = read_expectation(expected_path)
        article = next(
            p
            for p in expected_path.parent.glob(expected_path.stem + ".*")
            if p.suffix != ".expected"
        )
        score.add(expectation, load_article(article, options_of(expectation)))
    return score
