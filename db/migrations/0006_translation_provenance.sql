-- c5tui schema, version 6: where each translated sentence came from.
-- One row per (sentence, language): the text, its origin ('bundled' with the program,
-- 'aligned' from a twin article, 'keyed' from a key<TAB>text file, 'typed' by the user),
-- the file it came from, the aligner's confidence, whether the aligner asked for it to be
-- read (needs_review) and whether a person has (reviewed). Russian can follow as lang 'ru'.
--
-- sentences.en stays, as a cache of the lang 'en' row that every reader (search index,
-- outline, export, Read) already uses. The triggers below are the one rule that keeps it:
-- only an import writes sentences.en itself, with the same text in the same transaction.

CREATE TABLE translations (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'aligned', 'keyed', 'typed')),
    source TEXT,                          -- the file it came from; NULL when unknown or typed
    confidence REAL,                      -- aligned only: the aligner's confidence, 0..1
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sentence_id, lang)
) WITHOUT ROWID;

-- English already stored: the bundled interview's is the program's own, read and checked;
-- any other came from a key<TAB>text file whose name was not kept.
INSERT INTO translations (sentence_id, lang, text, origin, reviewed, updated_at)
SELECT s.id, 'en', s.en,
    CASE WHEN d.bundled THEN 'bundled' ELSE 'keyed' END,
    d.bundled,
    strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
FROM sentences s JOIN documents d ON d.id = s.document_id
WHERE s.en IS NOT NULL;

-- An import stores a sentence with its English in one go: nothing to write again then.
CREATE TRIGGER translations_en_insert AFTER INSERT ON translations WHEN NEW.lang = 'en'
BEGIN
    UPDATE sentences SET en = NEW.text WHERE id = NEW.sentence_id AND en IS NOT NEW.text;
END;

CREATE TRIGGER translations_en_update AFTER UPDATE OF text ON translations WHEN NEW.lang = 'en'
BEGIN
    UPDATE sentences SET en = NEW.text WHERE id = NEW.sentence_id;
END;

CREATE TRIGGER translations_en_delete AFTER DELETE ON translations WHEN OLD.lang = 'en'
BEGIN
    UPDATE sentences SET en = NULL WHERE id = OLD.sentence_id;
END;
