-- c5tui schema, version 8: a claim carries the speaker's certainty; claims are suggested.
-- asserted, hedged ("Қателеспесем", "мүмкін"), expected ("күтілуде"), conditional
-- ("Егер … -са"), reported ("саналады", "айтуынша"). NULL means not read yet: the
-- workspace reads it from the claim's quotes when it opens the database (Python knows
-- the Kazakh markers; SQL does not), so claims made before this version get theirs.
ALTER TABLE claims ADD COLUMN certainty TEXT
    CHECK (certainty IS NULL OR certainty IN ('asserted', 'hedged', 'expected', 'conditional', 'reported'));

-- Claims suggested on import for the analyst to review: a quote that states a statistic,
-- a forecast or a recommendation, with the words that show it. Accepting one makes a
-- claim (source 'user') and keeps the link; dismissing one keeps it out of the list.
CREATE TABLE claim_suggestions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL UNIQUE REFERENCES sentences(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('statistic', 'forecast', 'recommendation')),
    certainty TEXT NOT NULL
        CHECK (certainty IN ('asserted', 'hedged', 'expected', 'conditional', 'reported')),
    statement TEXT NOT NULL,
    evidence TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'suggested'
        CHECK (status IN ('suggested', 'accepted', 'dismissed')),
    claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX claim_suggestions_document ON claim_suggestions(document_id, status);
