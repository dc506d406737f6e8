-- c5tui schema, version 15: each translation file named once; auto tags without a time.
-- c5tui: foreign-keys-off
--
-- 1. Every sentence's provenance repeated the path of the file its English came from
--    (about 50 bytes a sentence, a twentieth of the store). The paths now live in
--    translation_sources, once each; a translations row points at its file by number.

CREATE TABLE translation_sources (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE              -- as the user gave it (the bundled file by name)
);
INSERT INTO translation_sources (path)
SELECT DISTINCT source FROM translations WHERE source IS NOT NULL ORDER BY source;

-- The table is rebuilt the documented way (see 0004).
CREATE TABLE translations_v15 (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    text TEXT,                            -- NULL for English: the text is sentences.en
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'aligned', 'keyed', 'typed')),
    source_id INTEGER REFERENCES translation_sources(id),  -- NULL when unknown or typed
    confidence REAL,                      -- aligned only: the aligner's confidence, 0..1
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sentence_id, lang),
    CHECK ((lang = 'en') = (text IS NULL))
) WITHOUT ROWID;
INSERT INTO translations_v15 (
    sentence_id, lang, text, origin, source_id, confidence, needs_review, reviewed, updated_at
)
SELECT t.sentence_id, t.lang, t.text, t.origin, ts.id, t.confidence, t.needs_review,
    t.reviewed, t.updated_at
FROM translations t LEFT JOIN translation_sources ts ON ts.path = t.source;
DROP TABLE translations;
ALTER TABLE translations_v15 RENAME TO translations;
CREATE INDEX translations_by_user ON translations(sentence_id) WHERE origin = 'typed' OR reviewed = 1;

-- 2. An auto tag is the tagger's reading of the text as it stands, written again by every
--    import and retag: its time said nothing and took 25 bytes of each of some 2.4 auto
--    tags a sentence. Curated and user tags keep when they were made. Rebuilt the
--    documented way (see 0004 and 0010).
CREATE TABLE sentence_tags_v15 (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags(id) ON UPDATE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('curated', 'auto', 'user')),
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    evidence TEXT,                       -- auto tags: the matched text and where
    created_at TEXT,                     -- NULL for auto tags, and for them alone
    PRIMARY KEY (sentence_id, tag_id, source),
    CHECK ((source = 'auto') = (created_at IS NULL))
) WITHOUT ROWID;
INSERT INTO sentence_tags_v15 (sentence_id, tag_id, source, removed, evidence, created_at)
SELECT sentence_id, tag_id, source, removed, evidence,
    CASE WHEN source = 'auto' THEN NULL ELSE created_at END
FROM sentence_tags;
DROP TABLE sentence_tags;
ALTER TABLE sentence_tags_v15 RENAME TO sentence_tags;
CREATE INDEX sentence_tags_tag ON sentence_tags(tag_id);
CREATE INDEX sentence_tags_by_user ON sentence_tags(sentence_id) WHERE source = 'user';
