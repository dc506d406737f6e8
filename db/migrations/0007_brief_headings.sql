-- c5tui schema, version 7: section headings in the selection basket; speakers' English names.
-- c5tui: foreign-keys-off
-- A basket item is a quote, a claim, or a heading (its text) that opens a section of the
-- brief; headings are ordered and undone like any item. SQLite cannot change a CHECK in
-- place, so the table is rebuilt the documented way (see 0004). Nothing refers to it.

CREATE TABLE selection_v6 (
    id INTEGER PRIMARY KEY,
    sentence_id INTEGER UNIQUE REFERENCES sentences(id) ON DELETE CASCADE,
    claim_id INTEGER UNIQUE REFERENCES claims(id) ON DELETE CASCADE,
    heading TEXT CHECK (heading IS NULL OR length(trim(heading)) > 0),
    position REAL NOT NULL,
    added_at TEXT NOT NULL,
    CHECK ((sentence_id IS NOT NULL) + (claim_id IS NOT NULL) + (heading IS NOT NULL) = 1)
);
INSERT INTO selection_v6 (id, sentence_id, claim_id, position, added_at)
SELECT id, sentence_id, claim_id, position, added_at FROM selection;
DROP TABLE selection;
ALTER TABLE selection_v6 RENAME TO selection;

-- The English (romanised) name of the document's own speaker, when the user gives one;
-- otherwise exports romanise the Kazakh name.
ALTER TABLE documents ADD COLUMN speaker_en TEXT;
