-- c5tui schema, version 3: indexes for reading a quote in context.
-- A quote's turn and its claims are looked up on every cursor move; without these
-- indexes each look-up scans every sentence, which is felt from 100k sentences on.

CREATE INDEX sentences_turn ON sentences(turn_id, position);
CREATE INDEX claim_sentences_sentence ON claim_sentences(sentence_id);
