-- c5tui schema, version 1: the corpus, the codebook, and the user's work.
-- Stored text is verbatim NFC; search keys live in their own tables.

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of the normalised source text
    title TEXT NOT NULL,
    title_en TEXT,
    date TEXT NOT NULL,                  -- YYYY-MM-DD
    outlet TEXT NOT NULL,
    url TEXT,
    dateline TEXT NOT NULL DEFAULT '',
    interviewee TEXT NOT NULL,
    correspondent TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_text TEXT NOT NULL,
    bundled INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);

CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,           -- 0 is the lead
    role TEXT NOT NULL CHECK (role IN ('lead', 'question', 'answer')),
    speaker TEXT NOT NULL,
    UNIQUE (document_id, position)
);

CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,           -- ¶ number, 1-based over the document
    marker TEXT NOT NULL DEFAULT '',     -- the turn dash that opened it, verbatim
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE (document_id, position)
);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,           -- document order, 1-based
    paragraph INTEGER NOT NULL,          -- ¶ number
    sentence INTEGER NOT NULL,           -- s number within the paragraph, 1-based
    key TEXT NOT NULL,                   -- stable locator, e.g. p12.s03
    kk TEXT NOT NULL,
    en TEXT,                             -- NULL: not translated
    space_after TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,              -- character offsets into documents.source_text
    "end" INTEGER NOT NULL,
    UNIQUE (document_id, key),
    UNIQUE (document_id, position)
);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);

CREATE TABLE tags (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('sector', 'actor')),
    label_kk TEXT NOT NULL,
    label_en TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '[]',  -- JSON list
    parent TEXT REFERENCES tags(id),
    colour TEXT,
    origin TEXT NOT NULL DEFAULT 'codebook' CHECK (origin IN ('codebook', 'user')),
    created_at TEXT NOT NULL
);

-- One row per (sentence, tag, source). A user row with removed = 1 hides the tag
-- whatever curated or auto rows say: the user's decision always wins.
CREATE TABLE sentence_tags (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags(id) ON UPDATE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('curated', 'auto', 'user')),
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    evidence TEXT,                       -- auto tags: the matched text and where
    created_at TEXT NOT NULL,
    PRIMARY KEY (sentence_id, tag_id, source)
);
CREATE INDEX sentence_tags_tag ON sentence_tags(tag_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    statement TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fact', 'statistic', 'forecast', 'opinion', 'recommendation')),
    source TEXT NOT NULL DEFAULT 'curated' CHECK (source IN ('curated', 'user')),
    created_at TEXT NOT NULL,
    UNIQUE (document_id, key)
);

CREATE TABLE claim_sentences (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, sentence_id)
);

CREATE TABLE claim_tags (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    tag_id TEXT NOT NULL REFERENCES tags(id) ON UPDATE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('curated', 'auto', 'user')),
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    evidence TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (claim_id, tag_id, source)
);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0, -- kept side by side with another version on merge
    CHECK ((sentence_id IS NULL) <> (claim_id IS NULL))
);
CREATE INDEX annotations_sentence ON annotations(sentence_id);
CREATE INDEX annotations_claim ON annotations(claim_id);

-- The selection basket, ordered by position.
CREATE TABLE selection (
    id INTEGER PRIMARY KEY,
    sentence_id INTEGER UNIQUE REFERENCES sentences(id) ON DELETE CASCADE,
    claim_id INTEGER UNIQUE REFERENCES claims(id) ON DELETE CASCADE,
    position REAL NOT NULL,
    added_at TEXT NOT NULL,
    CHECK ((sentence_id IS NULL) <> (claim_id IS NULL))
);
