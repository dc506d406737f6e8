"""The search engine: tiered candidate look-ups in the FTS5 key index, then ranking.

Tiers, best first — a hit of a better tier always ranks above a hit of a worse one:

0. exact phrase: the query's keys appear consecutively, as typed (one key: the exact word);
1. all terms: every term matches a word by its stem as a prefix (``минерал`` finds
   ``минералдардың``), on the Kazakh or the English side;
2. fuzzy: as 1, with unknown terms replaced by their nearest index terms (typos);
3. any term: at least one term matches.

Each tier is fetched in document order (``rowid``) and only as far as needed, so the
cost of a query does not grow with the corpus; the any-term tier is fetched term by term,
so that a rare word's hits are not crowded out by a common one's. Inside a tier, hits are
ordered by how well their words match — exact > another case of the same word > a derived
word (``орта``, middle, in ``орталық``, central) > mere prefix (which ranks false friends
such as ``ақша`` below ``АҚШ``) > a typo, the closer the better — and by whether the query's
words stand side by side as typed, then by document order.
"""

from __future__ import annotations

import sqlite3
import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from rapidfuzz import fuzz, process

from c5tui.model import Hit, Side
from c5tui.search.query import Query, parse_query
from c5tui.store.connection import connect
from c5tui.text import english_stem, fold, inflection_stems, kazakh_stems, tokenize
from c5tui.text.tokens import Token

MAX_TERMS = 12
MAX_COMPLETIONS = 64
MIN_STEM = 3
FUZZY_CUTOFF = 75.0
TIER_WEIGHT = {0: 3.0, 1: 2.0, 2: 1.0, 3: 0.0}
# Share of a hit's in-tier score given to the query's words standing side by side.
ADJACENT_WEIGHT = 0.2


@dataclass(frozen=True, slots=True)
class Term:
    """One query word and the keys it is looked up by."""

    key: str
    stem: str  # Kazakh-side prefix: the shortest sensible stem
    stems: frozenset[str]  # every stem candidate of the key
    forms: frozenset[str]  # stems by inflection only: the same word in another case
    en_stem: str  # English-side prefix
    fuzzy: tuple[str, ...] = ()  # nearest index terms, for typos
    fuzzy_scores: tuple[float, ...] = ()  # their similarity to the key, 0-100
    kk_words: tuple[str, ...] = ()  # index terms starting with ``stem``
    en_words: tuple[str, ...] = ()  # index terms starting with ``en_stem``

    def fts(self, *, fuzzy: bool) -> str:
        # Prefixes are expanded to index terms here: FTS5 would merge every doclist of a
        # prefix in memory, which at a million sentences costs more than a gigabyte.
        kk = " OR ".join(f'"{word}"' for word in self.kk_words) or f'"{self.key}"'
        en = " OR ".join(f'"{word}"' for word in self.en_words) or f'"{self.key}"'
        options = [f"kk : ({kk})", f"en : ({en})"]
        if fuzzy:
            options += [f'"{alt}"' for alt in self.fuzzy]
        return "(" + " OR ".join(options) + ")"

    def quality(self, word: str, side: Side) -> float:
        """How well an index word matches this term: 1 exact, lower for looser matches."""
        if word == self.key:
            return 1.0
        if side == "kk" and word.startswith(self.stem):
            if self.forms.intersection(inflection_stems(word)):
                return 0.9
            if self.stems.intersection(kazakh_stems(word)):
                return 0.6
            return 0.55 if word.startswith(self.key) else 0.5
        if side == "en" and word.startswith(self.en_stem):
            return 0.9 if english_stem(word) == self.en_stem else 0.55
        if word in self.fuzzy:
            # One letter off beats three letters off: 0.2 at the cut-off, 0.45 for a twin.
            score = self.fuzzy_scores[self.fuzzy.index(word)]
            return 0.2 + 0.25 * (score - FUZZY_CUTOFF) / (100.0 - FUZZY_CUTOFF)
        return 0.0


@lru_cache(maxsize=4096)
def _sentence_tokens(text: str) -> tuple[Token, ...]:
    # Typing a query letter by letter finds mostly the same sentences again.
    return tuple(tokenize(text))


def _side_quality(terms: Sequence[Term], words: Sequence[str], side: Side) -> float:
    """How well one side's words match the terms, 0-1: the words' quality, then adjacency."""
    best = 0.0
    places: list[set[int]] = []
    for term in terms:
        scores = [term.quality(word, side) for word in words]
        best += max(scores, default=0.0)
        places.append({i for i, score in enumerate(scores) if score > 0})
    if not best:
        return 0.0
    # Consecutive query words found as consecutive words: «көлік дәліздері» beats
    # «Көлік пен … Орта дәліз» where both words stand apart.
    pairs = list(pairwise(places))
    together = sum(1 for a, b in pairs if any(i + 1 in b for i in a)) / len(pairs) if pairs else 1
    return (1 - ADJACENT_WEIGHT) * best / len(terms) + ADJACENT_WEIGHT * together


def _stem(key: str) -> str:
    candidates = [s for s in kazakh_stems(key) if len(s) >= MIN_STEM] or [key]
    return min(candidates, key=len)


class SearchEngine:
    """Search one c5tui database. Safe to call from a worker thread; any query string is valid."""

    def __init__(self, db_path: Path | str) -> None:
        self.conn = connect(Path(db_path))
        self.conn.create_function("c5_fold", 1, fold, deterministic=True)
        self._lock = threading.Lock()
        self._vocab: list[str] = []
        self._vocab_version: int | None = None
        self._closed = False

    def close(self) -> None:
        # Wait for a search running in another thread: closing under it would crash SQLite.
        with self._lock:
            self.conn.close()
            self._closed = True

    def __enter__(self) -> SearchEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API -----------------------------------------------------------------------

    def search(self, query: str | Query, limit: int = 50) -> list[Hit]:
        """The best ``limit`` hits for a query (text and filters), best first."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if limit <= 0:
            return []
        with self._lock:
            if self._closed:
                return []
            return self._search(parsed, limit)

    # -- internals ------------------------------------------------------------------------

    def _search(self, query: Query, limit: int) -> list[Hit]:
        filter_sql, filter_params = self._filters(query)
        keys = [t.key for t in tokenize(query.text)][:MAX_TERMS]
        if not keys:
            return self._browse(filter_sql, filter_params, limit)
        terms = self._terms(keys)
        phrases = [[t.key for t in tokenize(p)] for p in query.phrases]
        tiers: list[tuple[int, str]] = []
        exact = [" ".join(f'"{k}"' for k in keys)]
        phrase_fts = "(kk : ({0}) OR en : ({0}))".format(exact[0].replace('" "', '" + "'))
        tiers.append((0, phrase_fts))
        all_terms = " AND ".join(t.fts(fuzzy=False) for t in terms)
        for phrase in phrases:
            if phrase:
                quoted = " + ".join(f'"{k}"' for k in phrase)
                all_terms = f"({all_terms}) AND (kk : ({quoted}) OR en : ({quoted}))"
        tiers.append((1, all_terms))
        if any(t.fuzzy for t in terms):
            tiers.append((2, " AND ".join(t.fts(fuzzy=True) for t in terms)))
        if len(terms) > 1 and not phrases:
            tiers.append((3, " OR ".join(t.fts(fuzzy=True) for t in terms)))

        hits: list[Hit] = []
        seen: set[int] = set()
        for tier, fts_query in tiers:
            need = limit - len(hits)
            if need <= 0:
                break
            window = max(need * 2, 32)
            if tier == 3:
                rows = self._fetch_each(terms, filter_sql, filter_params, seen, window)
            else:
                rows = self._fetch(fts_query, filter_sql, filter_params, seen, window)
            ranked = sorted(
                (self._score(tier, terms, row) for row in rows), key=lambda h: (-h[0].score, h[1])
            )
            for hit, _rowid in ranked[:need]:
                hits.append(hit)
                seen.add(hit.sentence_id)
        return self._with_spans(hits, terms)

    def _terms(self, keys: Sequence[str]) -> list[Term]:
        vocab = self._vocabulary()
        terms = []
        for key in keys:
            stem = _stem(key)
            en_stem = english_stem(key) or key
            nearest: list[tuple[str, float, int]] = []
            if (
                not (self._in_vocab(vocab, stem) or self._in_vocab(vocab, en_stem))
                and len(key) >= 4
            ):
                nearest = process.extract(
                    key, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=4
                )
            terms.append(
                Term(
                    key,
                    stem,
                    frozenset(kazakh_stems(key)),
                    frozenset(inflection_stems(key)),
                    en_stem,
                    tuple(match for match, _score, _i in nearest),
                    tuple(score for _match, score, _i in nearest),
                    self._completions(vocab, stem),
                    self._completions(vocab, en_stem),
                )
            )
        return terms

    @staticmethod
    def _completions(vocab: list[str], prefix: str) -> tuple[str, ...]:
        """Index terms that start with ``prefix``, shortest first, at most MAX_COMPLETIONS."""
        found = []
        index = bisect_left(vocab, prefix)
        while index < len(vocab) and vocab[index].startswith(prefix):
            found.append(vocab[index])
            index += 1
        found.sort(key=len)
        return tuple(found[:MAX_COMPLETIONS])

    @staticmethod
    def _in_vocab(vocab: list[str], prefix: str) -> bool:
        index = bisect_left(vocab, prefix)
        return index < len(vocab) and vocab[index].startswith(prefix)

    def _vocabulary(self) -> list[str]:
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._vocab_version or not self._vocab:
            self._vocab = [r[0] for r in self.conn.execute("SELECT term FROM search_terms")]
            self._vocab_version = version
        return self._vocab

    def _fetch(
        self,
        fts_query: str,
        filter_sql: str,
        filter_params: list[object],
        seen: set[int],
        limit: int,
    ) -> list[tuple[int, str, str]]:
        sql = "SELECT rowid, kk, en FROM search_index WHERE search_index MATCH ?"
        params: list[object] = [fts_query]
        if filter_sql:
            sql += f" AND rowid IN ({filter_sql})"
            params += filter_params
        sql += " ORDER BY rowid LIMIT ?"
        params.append(limit + len(seen))
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            return []  # an FTS syntax corner case must never reach the user
        return [r for r in rows if r[0] not in seen][:limit]

    def _fetch_each(
        self,
        terms: Sequence[Term],
        filter_sql: str,
        filter_params: list[object],
        seen: set[int],
        limit: int,
    ) -> list[tuple[int, str, str]]:
        """Rows matching any one term, each term's first ``limit`` taken, in document order."""
        rows: dict[int, tuple[int, str, str]] = {}
        for term in terms:
            for row in self._fetch(term.fts(fuzzy=True), filter_sql, filter_params, seen, limit):
                rows.setdefault(row[0], row)
        return [rows[rowid] for rowid in sorted(rows)]

    def _score(
        self, tier: int, terms: Sequence[Term], row: tuple[int, str, str]
    ) -> tuple[Hit, int]:
        rowid, kk_keys, en_keys = row
        quality: dict[Side, float] = {}
        for side, text in (("kk", kk_keys), ("en", en_keys)):
            quality[side] = _side_quality(terms, text.split(), side)
        side: Side = "kk" if quality["kk"] >= quality["en"] else "en"
        score = round(TIER_WEIGHT[tier] + quality[side], 4)
        return Hit(rowid, score, side), rowid

    def _with_spans(self, hits: list[Hit], terms: Sequence[Term]) -> list[Hit]:
        if not hits:
            return hits
        ids = [h.sentence_id for h in hits]
        marks = ",".join("?" * len(ids))
        texts = {
            r[0]: (r[1], r[2] or "")
            for r in self.conn.execute(
                f"SELECT id, kk, en FROM sentences WHERE id IN ({marks})", ids
            )
        }
        result = []
        for hit in hits:
            kk, en = texts.get(hit.sentence_id, ("", ""))
            kk_spans = self._spans(kk, terms, "kk")
            en_spans = self._spans(en, terms, "en")
            spans = kk_spans if hit.matched == "kk" else en_spans
            result.append(Hit(hit.sentence_id, hit.score, hit.matched, spans, kk_spans, en_spans))
        return result

    @staticmethod
    def _spans(text: str, terms: Sequence[Term], side: Side) -> tuple[tuple[int, int], ...]:
        return tuple(
            (token.start, token.end)
            for token in _sentence_tokens(text)
            if any(term.quality(token.key, side) > 0 for term in terms)
        )

    def _browse(self, filter_sql: str, params: list[object], limit: int) -> list[Hit]:
        """No search text: the (filtered) sentences in document order."""
        sql = "SELECT id FROM sentences"
        if filter_sql:
            sql += f" WHERE id IN ({filter_sql})"
        rows = self.conn.execute(sql + " ORDER BY id LIMIT ?", [*params, limit]).fetchall()
        return [Hit(r[0], 0.0, "kk") for r in rows]

    def _filters(self, query: Query) -> tuple[str, list[object]]:
        """One SQL set of sentence ids satisfying every filter (empty string: no filter)."""
        parts: list[str] = []
        params: list[object] = []
        for tag in (*query.sectors, *query.actors):
            parts.append(
                "SELECT x.sentence_id FROM sentence_tags x WHERE x.removed = 0 AND x.tag_id IN"
                " (WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT t.id FROM tags t"
                " JOIN below b ON t.parent = b.id) SELECT id FROM below)"
                " AND NOT EXISTS (SELECT 1 FROM sentence_tags u WHERE u.sentence_id = x.sentence_id"
                " AND u.tag_id = x.tag_id AND u.source = 'user' AND u.removed = 1)"
            )
            params.append(tag)
        for speaker in query.speakers:
            parts.append(
                "SELECT s.id FROM sentences s JOIN turns t ON t.id = s.turn_id"
                " WHERE instr(c5_fold(t.speaker), ?) > 0"
            )
            params.append(fold(speaker))
        if query.roles:
            marks = ",".join("?" * len(query.roles))
            parts.append(
                "SELECT s.id FROM sentences s JOIN turns t ON t.id = s.turn_id"
                f" WHERE t.role IN ({marks})"
            )
            params += list(query.roles)
        if query.has_note:
            parts.append("SELECT sentence_id FROM annotations WHERE sentence_id IS NOT NULL")
        if query.selected:
            parts.append("SELECT sentence_id FROM selection WHERE sentence_id IS NOT NULL")
        for document in query.documents:
            if document.isdigit():
                parts.append("SELECT id FROM sentences WHERE document_id = ?")
                params.append(int(document))
            else:
                parts.append(
                    "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.document_id"
                    " WHERE instr(c5_fold(d.title || ' ' || coalesce(d.title_en, '')), ?) > 0"
                )
                params.append(fold(document))
        return " INTERSECT ".join(parts), params
