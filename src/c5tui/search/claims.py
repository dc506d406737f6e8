"""Whether a claim satisfies a parsed query: its words, phrases and filters.

Words match the statement and the claim's quotes (Kazakh and English) by the same rule
as quote search (:mod:`c5tui.search.terms`), without typo tolerance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from c5tui.model import Claim, Document, Sentence, Side
from c5tui.search.query import Atom, Filter, Query, Words
from c5tui.search.terms import Term, word_term
from c5tui.search.vocabulary import Vocabulary
from c5tui.store import corpus as corpus_store
from c5tui.store.database import Database
from c5tui.text import fold, query_terms

Text = tuple[Side, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ClaimContext:
    """What claims are matched against besides themselves."""

    quotes: Mapping[int, Sentence]
    documents: Mapping[int, Document]
    vocabulary: Vocabulary


@lru_cache(maxsize=4096)
def _keys(text: str) -> tuple[str, ...]:
    return tuple(query_terms(text))


@lru_cache(maxsize=1024)
def _term(key: str) -> Term:
    return word_term(key)


def _texts(claim: Claim, quotes: Mapping[int, Sentence]) -> list[Text]:
    # A statement may be written in either language: it is read as both.
    texts: list[Text] = [("kk", _keys(claim.statement)), ("en", _keys(claim.statement))]
    for sentence_id in claim.sentence_ids:
        quote = quotes.get(sentence_id)
        if quote is not None:
            texts += [("kk", _keys(quote.kk)), ("en", _keys(quote.en or ""))]
    return texts


def _words_match(words: Words, texts: list[Text]) -> bool:
    if words.phrase:
        size = len(words.keys)
        return any(
            keys[i : i + size] == words.keys for _side, keys in texts for i in range(len(keys))
        )
    return all(
        any(_term(key).quality(word, side) > 0 for side, keys in texts for word in keys)
        for key in words.keys
    )


def _filter_holds(atom: Filter, claim: Claim, context: ClaimContext) -> bool:
    values = atom.values
    quotes = [context.quotes[i] for i in claim.sentence_ids if i in context.quotes]
    if atom.key in ("sector", "actor"):
        return bool(context.vocabulary.family(values) & {t.tag for t in claim.tags})
    if atom.key == "kind":
        return claim.kind in values
    if atom.key == "role":
        return any(q.role in values for q in quotes)
    if atom.key == "speaker":
        return any(fold(values[0]) in fold(q.speaker) for q in quotes)
    if atom.key == "has":
        found = {"note": claim.note_count > 0, "claim": True, "tag": bool(claim.tags)}
        return any(found[v] for v in values)
    if atom.key == "is":
        return claim.selected
    if values[0].isdigit():
        return claim.document_id == int(values[0])
    document = context.documents.get(claim.document_id)
    title = f"{document.title} {document.title_en or ''}" if document else ""
    return fold(values[0]) in fold(title)


def _holds(atom: Atom, claim: Claim, texts: list[Text], context: ClaimContext) -> bool:
    if isinstance(atom, Words):
        return _words_match(atom, texts)
    return _filter_holds(atom, claim, context)


def claim_matches(claim: Claim, query: Query, context: ClaimContext) -> bool:
    """True if every clause of ``query`` holds for ``claim`` (a negated one must not)."""
    texts = _texts(claim, context.quotes) if query.text_clauses or query.excluded else []
    for clause in query.clauses:
        holds = any(_holds(atom, claim, texts, context) for atom in clause.atoms)
        if holds == clause.negated:
            return False
    return True


def matching_claims(
    db: Database, claims: Sequence[Claim], query: Query, vocabulary: Vocabulary
) -> list[Claim]:
    """The claims, in their order, that satisfy ``query``; reads only the context it needs."""
    if not query.clauses:
        return list(claims)
    keys = {a.key for c in query.filter_clauses for a in c.filters}
    quotes: dict[int, Sentence] = {}
    documents: dict[int, Document] = {}
    if query.text_clauses or query.excluded or keys & {"role", "speaker"}:
        ids = sorted({i for c in claims for i in c.sentence_ids})
        quotes = {q.id: q for q in corpus_store.get_sentences(db, ids)}
    if "doc" in keys:
        documents = {d.id: d for d in corpus_store.list_documents(db)}
    context = ClaimContext(quotes, documents, vocabulary)
    return [c for c in claims if claim_matches(c, query, context)]
