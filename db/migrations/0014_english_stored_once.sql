-- c5tui schema, version 14: a sentence's English is stored once, in sentences.en.
-- c5tui: foreign-keys-off
--
-- Until now translations held every English text and sentences.en a copy of it, kept by
-- three triggers: about a tenth of the store. The English now lives in sentences.en alone,
-- where search, display and export read it; a translations row for English keeps where
-- that text came from (origin, file, confidence, review), with text NULL. Another
-- language, should one be stored, keeps its text in translations.
--
-- 1. The record wins: an English changed in sentences.en alone, outside c5tui, takes the
--    translation's text back, and the sentence is indexed again on open.
INSERT OR IGNORE INTO search_index_pending (sentence_id)
SELECT t.sentence_id FROM translations t JOIN sentences s ON s.id = t.sentence_id
WHERE t.lang = 'en' AND s.en IS NOT t.text;
UPDATE sentences SET en = (
    SELECT t.text FROM translations t WHERE t.sentence_id = sentences.id AND t.lang = 'en'
)
WHERE id IN (
    SELECT t.sentence_id FROM translations t JOIN sentences s ON s.id = t.sentence_id
    WHERE t.lang = 'en' AND s.en IS NOT t.text
);

-- 2. The copy and its triggers go; the table is rebuilt the documented way (see 0004).
DROP TRIGGER translations_en_insert;
DROP TRIGGER translations_en_update;
DROP TRIGGER translations_en_delete;
CREATE TABLE translations_v14 (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT,                            -- NULL for English: the text is sentences.en
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'aligned', 'keyed', 'typed')),
    source TEXT,                          -- the file it came from; NULL when unknown or typed
    confidence REAL,                      -- aligned only: the aligner's confidence, 0..1
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sentence_id, lang),
    CHECK ((lang = 'en') = (text IS NULL))
) WITHOUT ROWID;
INSERT INTO translations_v14 (
    sentence_id, lang, text, origin, source, confidence, needs_review, reviewed, updated_at
)
SELECT sentence_id, lang, CASE WHEN lang = 'en' THEN NULL ELSE text END, origin, source,
    confidence, needs_review, reviewed, updated_at
FROM translations;
DROP TABLE translations;
ALTER TABLE translations_v14 RENAME TO translations;
CREATE INDEX translations_by_user ON translations(sentence_id) WHERE origin = 'typed' OR reviewed = 1;
