"""Which quotes pass a query's filters, as one SQL condition on a sentence id column.

The connection must have ``c5_fold`` registered (the search engine does) for ``speaker:``
and ``doc:`` by title.
"""

from __future__ import annotations

from c5tui.search.query import Filter, Query
from c5tui.search.vocabulary import TAG_KEYS, Vocabulary
from c5tui.store.tags import effective_tags_sql, has_effective_tag_sql
from c5tui.text import fold

_BY_TURN = "SELECT s.id FROM sentences s JOIN turns t ON t.id = s.turn_id WHERE "
_HAS = {
    "note": "SELECT sentence_id FROM annotations WHERE sentence_id IS NOT NULL",
    "claim": "SELECT sentence_id FROM claim_sentences",
    "tag": f"SELECT owner FROM ({effective_tags_sql('sentence')})",
}
_IS = {"selected": "SELECT sentence_id FROM selection WHERE sentence_id IS NOT NULL"}


def _marks(values: list[str] | tuple[str, ...]) -> str:
    return ",".join("?" * len(values))


def filter_set(atom: Filter, vocabulary: Vocabulary) -> tuple[str, list[object]]:
    """SQL selecting the ids of the sentences that pass one filter, with its parameters."""
    key, values = atom.key, atom.values
    if key in ("sector", "actor"):
        family = sorted(vocabulary.family(values))
        sql = f"SELECT owner FROM ({effective_tags_sql('sentence')}) WHERE tag_id IN"
        return f"{sql} ({_marks(family)})", list(family)
    if key == "kind":
        return (
            "SELECT cs.sentence_id FROM claim_sentences cs JOIN claims c ON c.id = cs.claim_id"
            f" WHERE c.kind IN ({_marks(values)})",
            list(values),
        )
    if key == "role":
        return f"{_BY_TURN}t.role IN ({_marks(values)})", list(values)
    if key == "speaker":
        return f"{_BY_TURN}instr(c5_fold(t.speaker), ?) > 0", [fold(values[0])]
    if key in ("has", "is"):
        table = _HAS if key == "has" else _IS
        return " UNION ".join(table[v] for v in values), []
    document = values[0]
    if document.isdigit():
        return "SELECT id FROM sentences WHERE document_id = ?", [int(document)]
    return (
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.document_id"
        " WHERE instr(c5_fold(d.title || ' ' || coalesce(d.title_en, '')), ?) > 0",
        [fold(document)],
    )


def filters_condition(
    query: Query, column: str, vocabulary: Vocabulary
) -> tuple[list[str], list[object]]:
    """SQL conditions on ``column`` (all must hold) for the query's filter clauses."""
    parts: list[str] = []
    params: list[object] = []
    seen: set[tuple[bool, tuple[tuple[str, tuple[str, ...]], ...]]] = set()
    for clause in query.filter_clauses:
        # The same filter typed twice is one condition, however long the query.
        meaning = (clause.negated, tuple((a.key, a.values) for a in clause.filters))
        if meaning in seen:
            continue
        seen.add(meaning)
        either = []
        for atom in clause.filters:
            if atom.key in TAG_KEYS:
                family = sorted(vocabulary.family(atom.values))
                either.append(has_effective_tag_sql("sentence", column, _marks(family)))
                params += family
                continue
            sql, values = filter_set(atom, vocabulary)
            either.append(f"{column} IN ({sql})")
            params += values
        joined = " OR ".join(either)
        parts.append(f"NOT ({joined})" if clause.negated else f"({joined})")
    return parts, params
