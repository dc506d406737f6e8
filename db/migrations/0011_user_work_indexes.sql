-- c5tui schema, version 11: the user's own rows are found without reading the corpus.
-- A backup of the user's work reads only these; on an auto-tagged corpus the tag tables
-- hold millions of automatic rows and a handful of the user's, so each partial index
-- holds only what the user made (the queries repeat these WHERE clauses word for word).
CREATE INDEX sentence_tags_by_user ON sentence_tags(sentence_id) WHERE source = 'user';
CREATE INDEX claim_tags_by_user ON claim_tags(claim_id) WHERE source = 'user';
CREATE INDEX translations_by_user ON translations(sentence_id) WHERE origin = 'typed' OR reviewed = 1;
CREATE INDEX claim_suggestions_decided ON claim_suggestions(sentence_id) WHERE status <> 'suggested';
CREATE INDEX claims_by_user ON claims(document_id) WHERE source = 'user';
