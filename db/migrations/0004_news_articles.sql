-- c5tui schema, version 4: news articles beside interviews.
-- c5tui: foreign-keys-off
-- Documents may have no known date (NULL, never invented), say what kind of piece they are
-- and who wrote them; turns may be the outlet's narration or a quote from a news piece.
-- SQLite cannot change a column's NOT NULL or a CHECK in place, so both tables are rebuilt
-- the documented way: with foreign keys off (the migration runner turns them off for a
-- file marked as above), copy, drop, rename, then check every reference before commit.

CREATE TABLE documents_v4 (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of the normalised source text
    title TEXT NOT NULL,
    title_en TEXT,
    date TEXT,                           -- YYYY-MM-DD; NULL when the source does not tell it
    outlet TEXT NOT NULL,                -- 'unknown' when neither text nor page names it
    url TEXT,
    dateline TEXT NOT NULL DEFAULT '',
    interviewee TEXT NOT NULL,           -- the interviewee, or a news piece's main speaker
    correspondent TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_text TEXT NOT NULL,
    bundled INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'interview' CHECK (kind IN ('interview', 'news', 'commentary')),
    author TEXT,
    source_format TEXT NOT NULL DEFAULT 'kazinform',
    speaker_override TEXT                -- the speaker the user gave (--speaker), if any
);
INSERT INTO documents_v4 (id, content_hash, title, title_en, date, outlet, url, dateline,
    interviewee, correspondent, source_name, source_text, bundled, imported_at)
SELECT id, content_hash, title, title_en, date, outlet, url, dateline,
    interviewee, correspondent, source_name, source_text, bundled, imported_at
FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v4 RENAME TO documents;

CREATE TABLE turns_v4 (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,           -- 0 is the lead
    role TEXT NOT NULL CHECK (role IN ('lead', 'narration', 'question', 'answer', 'quote')),
    speaker TEXT NOT NULL,
    UNIQUE (document_id, position)
);
INSERT INTO turns_v4 (id, document_id, position, role, speaker)
SELECT id, document_id, position, role, speaker FROM turns;
DROP TABLE turns;
ALTER TABLE turns_v4 RENAME TO turns;
