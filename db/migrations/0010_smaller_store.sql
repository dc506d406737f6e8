-- c5tui schema, version 10: a smaller store, with the same answers.
-- c5tui: foreign-keys-off
--
-- 1. The search index loses FTS5's prefix indexes (prefix = '2 3 4'). The engine never
--    asks FTS5 for a prefix: it expands every prefix to whole index terms itself
--    (search/terms.py), so those three indexes were written on every import and never
--    read, and held about 70% of the index's pages. Nor does it rank by bm25, so the
--    per-row column sizes go too (columnsize = 0). The keys are copied across as they
--    are, so nothing has to be folded again; sentences still waiting in
--    search_index_pending stay there and are indexed on open as before.
CREATE VIRTUAL TABLE search_index_v10 USING fts5(
    kk,
    en,
    tokenize = 'unicode61 remove_diacritics 0',
    columnsize = 0
);
INSERT INTO search_index_v10 (rowid, kk, en) SELECT rowid, kk, en FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_index_v10 RENAME TO search_index;

-- 2. Tags on quotes are kept in their primary key's order (WITHOUT ROWID): the table and
--    its key index were two copies of the same (sentence, tag, source) triples, and every
--    look-up of a quote's tags now reads one b-tree. Rebuilt the documented way (see
--    0004): nothing refers to this table, and every reference it makes is checked.
CREATE TABLE sentence_tags_v10 (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags(id) ON UPDATE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('curated', 'auto', 'user')),
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    evidence TEXT,                       -- auto tags: the matched text and where
    created_at TEXT NOT NULL,
    PRIMARY KEY (sentence_id, tag_id, source)
) WITHOUT ROWID;
INSERT INTO sentence_tags_v10 (sentence_id, tag_id, source, removed, evidence, created_at)
SELECT sentence_id, tag_id, source, removed, evidence, created_at FROM sentence_tags;
DROP TABLE sentence_tags;
ALTER TABLE sentence_tags_v10 RENAME TO sentence_tags;
CREATE INDEX sentence_tags_tag ON sentence_tags(tag_id);
