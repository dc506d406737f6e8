-- c5tui schema, version 2: the search index.
-- One row per sentence (rowid = sentences.id): the folded token keys of each side,
-- space-separated, so that SQLite's FTS5 answers exact and prefix term look-ups.
-- The keys are derived data: 'c5tui reindex' rebuilds them from the sentences.

CREATE VIRTUAL TABLE search_index USING fts5(
    kk,
    en,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);

-- The distinct terms of the index, for typo-tolerant look-ups. Kept by the indexer
-- because reading them from the FTS index itself costs a scan of every doclist.
CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;

-- Sentences imported before this version get their keys on first open (see store code).
CREATE TABLE search_index_pending (sentence_id INTEGER PRIMARY KEY);
INSERT INTO search_index_pending SELECT id FROM sentences;
