"""The search engine: tiered candidate look-ups in the FTS5 key index, then ranking.

Tiers, best first — a hit of a better tier always ranks above a hit of a worse one:

0. exact phrase: the query's keys appear consecutively, as typed (one key: the exact word);
1. all terms: every term matches a word by its stem as a prefix (``минерал`` finds
   ``минералдардың``), on the Kazakh or the English side;
2. fuzzy: as 1, with unknown terms replaced by their nearest index terms (typos);
3. any term: at least one term matches;
4. glossary: as 1, with an English term matched by its Kazakh rendering or a Kazakh word by
   its English one (:mod:`c5tui.search.expansion`), checked letter for letter — ranked
   below every direct hit, with a negative score.

Each tier is fetched in document order (``rowid``) and only as far as needed, so the
cost of a query does not grow with the corpus; the any-term tier is fetched term by term,
so that a rare word's hits are not crowded out by a common one's. Inside a tier, hits are
ordered by how well their words match — exact > another case of the same word > a derived
word (``орта``, middle, in ``орталық``, central) > mere prefix (which ranks false friends
such as ``ақша`` below ``АҚШ``) > a typo, the closer the better — and by whether the query's
words stand side by side as typed, then by document order.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from c5tui.model import Claim, Hit, Side
from c5tui.search.narrowing import MAIN, Narrowing, TextIndex, tag_families
from c5tui.search.query import Clause, Query, Words, parse_query
from c5tui.search.ranking import Scorer
from c5tui.search.sentence_filters import filters_condition
from c5tui.search.terms import FUZZY_CUTOFF, Term, word_term
from c5tui.search.vocabulary import Vocabulary
from c5tui.store.connection import connect
from c5tui.store.database import Database
from c5tui.store.tags import effective_tags_sql, list_tags
from c5tui.text import fold, tokenize
from c5tui.text.tokens import Token

if TYPE_CHECKING:
    # The glossary tier and claim search are loaded with their first use, not at start.
    from c5tui.search.expansion import Found, Group

MAX_TERMS = 12
MAX_COMPLETIONS = 64
GLOSSARY_TIER = 4
TIER_WEIGHT = {0: 3.0, 1: 2.0, 2: 1.0, 3: 0.0, GLOSSARY_TIER: -1.0}
# One letter as a user types it first, in Cyrillic and in Latin: every tier, the glossary
# and the highlighting run, each script's folding with them.
WARM_UP_QUERIES = ("е", "q")
WARM_UP_PAGE = 50


def _tag_counts_sql(hits: str) -> str:
    """SQL counting the sentences ``hits`` selects per tag and per ancestor of one."""
    # UNION, not UNION ALL: a parent cycle in a user's codebook ends the recursion.
    return (
        "WITH RECURSIVE up(tag_id, counted) AS ("
        " SELECT id, id FROM tags"
        " UNION SELECT up.tag_id, t.parent FROM up JOIN tags t ON t.id = up.counted"
        " WHERE t.parent IS NOT NULL)"
        " SELECT up.counted, count(DISTINCT e.owner)"
        f" FROM ({effective_tags_sql('sentence')}) e JOIN up ON up.tag_id = e.tag_id"
        f" WHERE e.owner IN ({hits}) GROUP BY up.counted"
    )


def _after_match(condition: str) -> str:
    """The filters' condition on the rows an FTS ``MATCH`` found.

    ``+rowid``, not ``rowid``: SQLite would otherwise hand an ``IN (…)`` list of every
    tagged sentence to FTS5, which then runs the match once per listed row (seconds at
    100k tagged sentences). As a plain expression the list is built once and each
    matching row is looked up in it.
    """
    return condition.replace("{id}", "+search_index.rowid")


@lru_cache(maxsize=4096)
def _sentence_tokens(text: str) -> tuple[Token, ...]:
    # Typing a query letter by letter finds mostly the same sentences again.
    return tuple(tokenize(text))


def _phrase_fts(keys: Sequence[str]) -> str:
    quoted = " + ".join(f'"{k}"' for k in keys)
    return f"(kk : ({quoted}) OR en : ({quoted}))"


def _capped(clauses: Sequence[Clause]) -> list[Clause]:
    """The text clauses, each once, keeping words while they add up to MAX_TERMS keys."""
    kept: list[Clause] = []
    keys: set[str] = set()
    for clause in dict.fromkeys(clauses):
        words = tuple(a for a in clause.words if len(keys | set(a.keys)) <= MAX_TERMS)
        if words:
            kept.append(Clause(words, clause.negated))
            keys.update(k for a in words for k in a.keys)
    return kept


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one query is searched: its terms, its direct tiers and its glossary groups."""

    terms: list[Term]
    tiers: list[tuple[int, str]]
    groups: tuple[Group, ...] = ()
    glossary_fts: str = ""


class SearchEngine:
    """Search one c5tui database. Safe to call from a worker thread; any query string is valid."""

    def __init__(self, db_path: Path | str) -> None:
        self.conn = connect(Path(db_path))
        self.conn.create_function("c5_fold", 1, fold, deterministic=True)
        self._lock = threading.Lock()
        self._vocab: list[str] = []
        self._vocab_version: int | None = None
        self._filters = Vocabulary([])
        self._filters_version: int | None = None
        self._last_plan: tuple[object, _Plan] | None = None
        # The groups the SQL function c5_glossary checks rows against: the current search's.
        self._checking: _Plan | None = None
        self.conn.create_function("c5_glossary", 5, self._sql_glossary_check)
        self._shown: set[int] = set()  # hits of better tiers: c5_glossary passes over them
        self._narrowing = Narrowing(self.conn)
        self._closed = False

    def close(self) -> None:
        # Wait for a search running in another thread: closing under it would crash SQLite.
        with self._lock:
            self.conn.close()
            self._closed = True

    def interrupt(self) -> None:
        """Stop the query running now, from any thread (it answers as if it found nothing)."""
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile: nothing runs
            self.conn.interrupt()

    def __enter__(self) -> SearchEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API -----------------------------------------------------------------------

    def warm(self) -> None:
        """Read and load what the first search with words needs, ahead of it.

        The index's terms, the filter vocabulary, the glossary and its expansion: about
        30 ms on an idle machine, which the first key typed would otherwise wait for.
        Then a page of :data:`WARM_UP_QUERIES`, thrown away: the first search of a process
        runs its Python for the first time and reads the index's upper pages, and at 1M
        sentences that doubled the first letter's search (10 ms against 4).
        A search asked for meanwhile waits for the lock rather than loading them again.
        """
        from c5tui.search.expansion import expand  # noqa: F401  (loaded for the first search)
        from c5tui.search.glossary import load_glossary

        with self._lock:
            if self._closed:
                return
            self._index_terms()
            vocabulary = self._vocabulary_of_filters()
            load_glossary()
        for query in WARM_UP_QUERIES:
            # One lock per search: a key typed meanwhile waits for one page, not for all.
            with self._lock:
                if self._closed:
                    return
                with contextlib.suppress(sqlite3.Error):  # a database busy or closing
                    self._search(parse_query(query, vocabulary), WARM_UP_PAGE, True)

    def parse(self, raw: str) -> Query:
        """Parse a query against this database's codebook (its problems in ``errors``)."""
        with self._lock:
            if self._closed:
                return parse_query(raw)
            return parse_query(raw, self._vocabulary_of_filters())

    def search(self, query: str | Query, limit: int = 50, *, glossary: bool = True) -> list[Hit]:
        """The best ``limit`` hits for a query (text and filters), best first.

        A filter value the codebook does not know is left out (see :meth:`parse`). With
        ``glossary``, English terms also find their Kazakh renderings and Kazakh words their
        English ones, below every direct hit (``Hit.glossary`` names the pairs found).
        """
        if limit <= 0:
            return []
        with self._lock:
            if self._closed:
                return []
            if isinstance(query, str):
                query = parse_query(query, self._vocabulary_of_filters())
            return self._search(query, limit, glossary)

    def tag_counts(self, query: Query, *, glossary: bool = True) -> dict[str, int]:
        """How many of all the query's hits carry each tag; a child counts for its parent.

        Every hit counts, not only the ones a page shows: the facets of the query.
        """
        with self._lock:
            if self._closed:
                return {}
            hits, params = self._all_hits(query, glossary)
            try:
                rows = self.conn.execute(_tag_counts_sql(hits), params).fetchall()
            except sqlite3.OperationalError:
                return {}  # an FTS syntax corner case must never reach the user
            return {tag: count for tag, count in rows}

    def document_counts(self, query: Query, *, glossary: bool = True) -> dict[int, int]:
        """How many of all the query's hits each document holds, by document id."""
        with self._lock:
            if self._closed:
                return {}
            hits, params = self._all_hits(query, glossary)
            sql = (
                f"SELECT document_id, count(*) FROM sentences WHERE id IN ({hits})"
                " GROUP BY document_id"
            )
            try:
                rows = self.conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError:
                return {}  # an FTS syntax corner case must never reach the user
            return {document: count for document, count in rows}

    def claims(self, query: Query) -> list[Claim]:
        """The claims that satisfy a query, in document order (where their first quote is)."""
        with self._lock:
            if self._closed:
                return []
            from c5tui.search.claims import matching_claims
            from c5tui.store.claims import claims_in_document_order

            db = Database(self.conn)
            everything = claims_in_document_order(db)
            return matching_claims(db, everything, query, self._vocabulary_of_filters())

    # -- internals ------------------------------------------------------------------------

    def _plan(self, query: Query, glossary: bool) -> _Plan:
        """The query's terms, the FTS expression of each tier it has, best first, and its
        glossary groups."""
        # The facets count the hits of the query just searched: look its typos up once.
        memo = (query.clauses, glossary, self._data_version())
        if self._last_plan is None or self._last_plan[0] != memo:
            self._last_plan = (memo, self._plan_of(query, glossary))
        return self._last_plan[1]

    def _plan_of(self, query: Query, glossary: bool) -> _Plan:
        clauses = _capped(query.text_clauses)
        keys = [k for c in clauses for a in c.words for k in a.keys]
        terms = self._terms(list(dict.fromkeys(keys)))
        if not terms:
            return _Plan([], [])
        by_key = {t.key: t for t in terms}
        phrases = any(a.phrase for c in clauses for a in c.words)
        tiers: list[tuple[int, str]] = []
        if all(len(c.atoms) == 1 for c in clauses):
            tiers.append((0, _phrase_fts(keys)))
        tiers.append((1, self._all_fts(clauses, by_key, fuzzy=False)))
        if any(t.fuzzy for t in terms):
            tiers.append((2, self._all_fts(clauses, by_key, fuzzy=True)))
        if len(terms) > 1 and not phrases:
            tiers.append((3, " OR ".join(t.fts(fuzzy=True) for t in terms)))
        plan = _Plan(terms, tiers)
        return self._with_glossary(plan, clauses, by_key) if glossary else plan

    def _with_glossary(
        self, plan: _Plan, clauses: Sequence[Clause], by_key: dict[str, Term]
    ) -> _Plan:
        """The plan with its glossary tier: each rendered group matched directly or rendered."""
        vocab = self._index_terms()
        from c5tui.search.expansion import expand
        from c5tui.search.glossary import load_glossary

        groups = expand(clauses, load_glossary())
        if not groups:
            return plan
        covered = {id(c): g for g in groups for c in g.clauses}
        parts: list[str] = []
        renderings: list[str] = []
        for clause in clauses:
            group = covered.get(id(clause))
            if group is None:
                parts.append(self._clause_fts(clause, by_key))
            elif clause is group.clauses[0]:
                direct = " AND ".join(self._clause_fts(c, by_key) for c in group.clauses)
                ways = [f for t in group.targets if (f := t.fts(self._completer(vocab)))]
                renderings += ways
                parts.append("(" + " OR ".join([f"({direct})", *ways]) + ")")
        if not renderings:
            return replace(plan, groups=groups)
        # One rendering at least: a row found by the typed words alone is a direct hit.
        parts.append("(" + " OR ".join(renderings) + ")")
        return replace(plan, groups=groups, glossary_fts=" AND ".join(parts))

    @staticmethod
    def _completer(vocab: list[str]) -> Callable[[str], tuple[str, ...]]:
        return lambda prefix: SearchEngine._completions(vocab, prefix)

    def _all_hits(self, query: Query, glossary: bool = True) -> tuple[str, list[object]]:
        """SQL selecting the id of every hit of the query, however many, with its parameters."""
        plan = self._plan(query, glossary)
        terms, tiers = plan.terms, plan.tiers
        condition, params = self._condition(query)
        if not terms:
            where = " WHERE " + condition.replace("{id}", "sentences.id") if condition else ""
            return "SELECT id FROM sentences" + where, params
        # A hit of any tier is a hit: one MATCH of the tiers joined by OR finds them all.
        either = " OR ".join(f"({fts})" for _tier, fts in tiers)
        index = self._text_index(query)
        sql = f"SELECT search_index.rowid FROM {index.source} WHERE {index.operand} MATCH ?"
        if condition:
            sql += " AND " + _after_match(condition)
        if not plan.glossary_fts:
            return sql, [either, *params]
        self._checking, self._shown = plan, set()
        glossary_sql, glossary_params = self._glossary_sql(
            plan, index, condition, params, "search_index.rowid"
        )
        return f"{sql} UNION {glossary_sql}", [either, *params, *glossary_params]

    def _glossary_sql(
        self,
        plan: _Plan,
        index: TextIndex,
        condition: str,
        params: list[object],
        columns: str,
    ) -> tuple[str, list[object]]:
        """SQL of the rows the glossary tier finds, checked letter for letter by c5_glossary."""
        sql = (
            f"SELECT {columns} FROM {index.source} JOIN sentences s ON s.id = search_index.rowid"
            f" WHERE {index.operand} MATCH ?"
            " AND c5_glossary(s.id, s.kk, s.en, search_index.kk, search_index.en)"
        )
        if condition:
            sql += " AND " + _after_match(condition)
        return sql, [plan.glossary_fts, *params]

    def _sql_glossary_check(
        self, rowid: int, kk: str, en: str | None, kk_keys: str, en_keys: str
    ) -> int:
        plan = self._checking
        if plan is None or rowid in self._shown:
            return 0
        found = self._glossary_found(plan, kk, en or "")
        from c5tui.search.expansion import satisfied

        return int(satisfied(plan.groups, found, plan.terms, kk_keys, en_keys or ""))

    @staticmethod
    def _glossary_found(plan: _Plan, kk: str, en: str) -> Found:
        from c5tui.search.expansion import find_all

        return find_all(plan.groups, _sentence_tokens(kk), _sentence_tokens(en))

    def _search(self, query: Query, limit: int, glossary: bool) -> list[Hit]:
        plan = self._plan(query, glossary)
        terms, tiers = plan.terms, plan.tiers
        condition, params = self._condition(query)
        if not terms:
            return self._browse(condition, params, limit)

        index = self._text_index(query)
        hits: list[Hit] = []
        seen: set[int] = set()
        scorer = Scorer(terms)
        for tier, fts_query in tiers:
            need = limit - len(hits)
            if need <= 0:
                break
            window = max(need * 2, 32)
            if tier == 3:
                # Fetched term by term, each with its share of the window: a rare word's
                # hits are not crowded out by a common one's, and rows to score stay as many.
                share = max(window // len(terms), 16)
                rows = self._fetch_each(terms, index, condition, params, seen, share)
            else:
                rows = self._fetch(fts_query, index, condition, params, seen, window)
            ranked = sorted(
                (self._score(tier, scorer, row) for row in rows), key=lambda h: (-h[0].score, h[1])
            )
            for hit, _rowid in ranked[:need]:
                hits.append(hit)
                seen.add(hit.sentence_id)
        if plan.glossary_fts and len(hits) < limit:
            hits += self._glossary_hits(plan, index, condition, params, seen, limit - len(hits))
        return self._with_spans(hits, scorer, plan)

    def _glossary_hits(
        self,
        plan: _Plan,
        index: TextIndex,
        condition: str,
        params: list[object],
        seen: set[int],
        limit: int,
    ) -> list[Hit]:
        """The glossary tier's hits in document order, after every direct one."""
        self._checking, self._shown = plan, seen
        sql, sql_params = self._glossary_sql(plan, index, condition, params, "s.id, s.kk, s.en")
        sql += " ORDER BY search_index.rowid LIMIT ?"
        try:
            rows = self.conn.execute(sql, [*sql_params, limit]).fetchall()
        except sqlite3.OperationalError:
            return []  # an FTS syntax corner case must never reach the user
        hits: list[Hit] = []
        for rowid, kk, en in rows:
            if rowid in seen or len(hits) >= limit:
                continue
            found = self._glossary_found(plan, kk, en or "")
            matched: Side = "kk" if found.kk_spans else "en"
            score = round(TIER_WEIGHT[GLOSSARY_TIER] + 0.5 * found.exact, 4)
            hits.append(Hit(rowid, score, matched))
        return hits

    @staticmethod
    def _words_fts(words: Words, by_key: dict[str, Term], *, fuzzy: bool) -> str:
        if words.phrase:
            return _phrase_fts(words.keys)
        return "(" + " AND ".join(by_key[k].fts(fuzzy=fuzzy) for k in words.keys) + ")"

    def _all_fts(self, clauses: Sequence[Clause], by_key: dict[str, Term], *, fuzzy: bool) -> str:
        """Every clause must match; a clause, any of its alternatives."""
        return " AND ".join(self._clause_fts(c, by_key, fuzzy=fuzzy) for c in clauses)

    def _clause_fts(self, clause: Clause, by_key: dict[str, Term], *, fuzzy: bool = False) -> str:
        return (
            "(" + " OR ".join(self._words_fts(a, by_key, fuzzy=fuzzy) for a in clause.words) + ")"
        )

    def _condition(self, query: Query) -> tuple[str, list[object]]:
        """The SQL condition on ``{id}`` for the filters and the excluded words; '' if none."""
        parts, params = filters_condition(query, "{id}", self._vocabulary_of_filters())
        excluded = list(dict.fromkeys(query.excluded))[:MAX_TERMS]
        if excluded:
            keys = list(dict.fromkeys(k for w in excluded for k in w.keys))
            by_key = {t.key: t for t in self._terms(keys, fuzzy=False)}
            for words in excluded:
                parts.append(
                    "{id} NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
                )
                params.append(self._words_fts(words, by_key, fuzzy=False))
        return " AND ".join(parts), params

    def _terms(self, keys: Sequence[str], *, fuzzy: bool = True) -> list[Term]:
        vocab = self._index_terms()
        terms = []
        for key in keys:
            term = word_term(key)
            nearest: list[tuple[str, float, int]] = []
            known = self._in_vocab(vocab, term.stem) or self._in_vocab(vocab, term.en_stem)
            if fuzzy and not known and len(key) >= 4:
                from rapidfuzz import fuzz, process  # loaded by the first typo, not at start

                nearest = process.extract(
                    key, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=4
                )
            terms.append(
                replace(
                    term,
                    fuzzy=tuple(match for match, _score, _i in nearest),
                    fuzzy_scores=tuple(score for _match, score, _i in nearest),
                    kk_words=self._completions(vocab, term.stem),
                    en_words=self._completions(vocab, term.en_stem),
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

    def _index_terms(self) -> list[str]:
        """Every key in the index, sorted; reloaded when the database has changed."""
        version = self._data_version()
        if version != self._vocab_version or not self._vocab:
            self._vocab = [r[0] for r in self.conn.execute("SELECT term FROM search_terms")]
            self._vocab_version = version
        return self._vocab

    def _vocabulary_of_filters(self) -> Vocabulary:
        """The filter vocabulary of the codebook; reloaded when the database has changed."""
        version = self._data_version()
        if version != self._filters_version:
            self._filters = Vocabulary(list_tags(Database(self.conn)))
            self._filters_version = version
        return self._filters

    def _data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def _text_index(self, query: Query) -> TextIndex:
        """Where the query's text is matched: a rare tag filter's own copy, or the corpus."""
        families = tag_families(query, self._vocabulary_of_filters())
        if not families:
            return MAIN
        return self._narrowing.index_for(families, self._data_version())

    def _fetch(
        self,
        fts_query: str,
        index: TextIndex,
        condition: str,
        condition_params: list[object],
        seen: set[int],
        limit: int,
    ) -> list[tuple[int, str, str]]:
        sql = (
            "SELECT search_index.rowid, search_index.kk, search_index.en"
            f" FROM {index.source} WHERE {index.operand} MATCH ?"
        )
        params: list[object] = [fts_query]
        if condition:
            sql += " AND " + _after_match(condition)
            params += condition_params
        sql += " ORDER BY search_index.rowid LIMIT ?"
        params.append(limit + len(seen))
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            return []  # an FTS syntax corner case must never reach the user
        return [r for r in rows if r[0] not in seen][:limit]

    def _fetch_each(
        self,
        terms: Sequence[Term],
        index: TextIndex,
        condition: str,
        condition_params: list[object],
        seen: set[int],
        limit: int,
    ) -> list[tuple[int, str, str]]:
        """Rows matching any one term, each term's first ``limit`` taken, in document order."""
        rows: dict[int, tuple[int, str, str]] = {}
        for term in terms:
            fts = term.fts(fuzzy=True)
            for row in self._fetch(fts, index, condition, condition_params, seen, limit):
                rows.setdefault(row[0], row)
        return [rows[rowid] for rowid in sorted(rows)]

    @staticmethod
    def _score(tier: int, scorer: Scorer, row: tuple[int, str, str]) -> tuple[Hit, int]:
        rowid, kk_keys, en_keys = row
        quality: dict[Side, float] = {}
        sides: tuple[tuple[Side, str], ...] = (("kk", kk_keys), ("en", en_keys))
        for side, text in sides:
            quality[side] = scorer.side_quality(text.split(), side)
        best: Side = "kk" if quality["kk"] >= quality["en"] else "en"
        score = round(TIER_WEIGHT[tier] + quality[best], 4)
        return Hit(rowid, score, best), rowid

    def _with_spans(self, hits: list[Hit], scorer: Scorer, plan: _Plan) -> list[Hit]:
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
            kk_spans = self._spans(kk, scorer, "kk")
            en_spans = self._spans(en, scorer, "en")
            pairs: tuple[tuple[str, str], ...] = ()
            if plan.groups:
                # Both panes show the glossary pair of a searched term.
                found = self._glossary_found(plan, kk, en)
                kk_spans = tuple(sorted(set(kk_spans) | set(found.kk_spans)))
                en_spans = tuple(sorted(set(en_spans) | set(found.en_spans)))
                pairs = found.pairs
            spans = kk_spans if hit.matched == "kk" else en_spans
            result.append(
                Hit(hit.sentence_id, hit.score, hit.matched, spans, kk_spans, en_spans, pairs)
            )
        return result

    @staticmethod
    def _spans(text: str, scorer: Scorer, side: Side) -> tuple[tuple[int, int], ...]:
        return tuple(
            (token.start, token.end)
            for token in _sentence_tokens(text)
            if scorer.matches(token.key, side)
        )

    def _browse(self, condition: str, params: list[object], limit: int) -> list[Hit]:
        """No search text: the (filtered) sentences in document order."""
        sql = "SELECT id FROM sentences"
        if condition:
            sql += " WHERE " + condition.replace("{id}", "sentences.id")
        try:
            rows = self.conn.execute(sql + " ORDER BY id LIMIT ?", [*params, limit]).fetchall()
        except sqlite3.OperationalError:
            return []  # an excluded word's FTS corner case must never reach the user
        return [Hit(r[0], 0.0, "kk") for r in rows]
