-- c5tui schema, version 7: a claim carries the speaker's certainty.
-- asserted, hedged ("Қателеспесем", "мүмкін"), expected ("күтілуде"), conditional
-- ("Егер … -са"), reported ("саналады", "айтуынша"). NULL means not read yet: the
-- workspace reads it from the claim's quotes when it opens the database (Python knows
-- the Kazakh markers; SQL does not), so claims made before this version get theirs.
ALTER TABLE claims ADD COLUMN certainty TEXT
    CHECK (certainty IS NULL OR certainty IN ('asserted', 'hedged', 'expected', 'conditional', 'reported'));
