-- c5tui schema, version 9: the analyst's decisions on candidate actors, and company parents.
-- Candidates are found again from the stored sentences whenever they are asked for (so a
-- better finder or a changed codebook applies to every document at once); what is kept is
-- what the analyst decided, by the fold key of every name of the candidate, so a rejected
-- or merged candidate never comes back under any of its spellings.
CREATE TABLE candidate_decisions (
    key TEXT PRIMARY KEY,                -- fold key of one name of the candidate
    label TEXT NOT NULL,                 -- the candidate's label when decided
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'merged')),
    tag_id TEXT,                         -- the tag it became or was merged into
    decided_at TEXT NOT NULL
);
CREATE INDEX candidate_decisions_tag ON candidate_decisions(tag_id);

-- Companies belong to their country, so actor:usa finds Chevron's quotes too. Only a
-- parent not yet set is filled in, and only where both tags are there.
UPDATE tags SET parent = 'usa'
WHERE id IN ('wabtec', 'chevron', 'exxonmobil', 'honeywell', 'blue_sky_energy')
  AND parent IS NULL AND EXISTS (SELECT 1 FROM tags WHERE id = 'usa');
UPDATE tags SET parent = 'kazakhstan'
WHERE id IN ('kazmunaygas', 'ast_petroleum')
  AND parent IS NULL AND EXISTS (SELECT 1 FROM tags WHERE id = 'kazakhstan');
