-- c5tui schema, version 12: which bundled codebook the stored codebook tags were brought
-- up to. A newer c5tui that ships more names for its tags (a sector's topical words) adds
-- them when it opens a database stamped with another codebook; with no row, as after this
-- migration, the next open brings an earlier database's codebook up to date.
CREATE TABLE bundled_codebook (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sha256 TEXT NOT NULL
);
