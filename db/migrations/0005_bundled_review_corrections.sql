-- c5tui schema version 5 (data only): the bundled interview's English, claims and tags as corrected
-- after the bilingual review (translation-and-claims review, issue 13).
-- Nothing in the schema changes. A database seeded before this version gets the corrected
-- bundled text; a row is changed only where it still holds the text shipped before, so a
-- translation the user imported over the bundled one stays. Tags and quote links are only
-- added: a tag the user removed stays removed (their row wins), and the user's own tags,
-- notes and selection are not touched. Curated tags are added only to a bundled interview
-- that was seeded with curated tags.

CREATE TEMP TABLE review_english (key TEXT PRIMARY KEY, old TEXT NOT NULL, new TEXT NOT NULL);
INSERT INTO review_english (key, old, new) VALUES
    ('p05.s02', 'The aim is to gain control over supply chains of important strategic minerals and to build alternative transport corridors.', 'The aim is to control the supply chains of important strategic minerals and to build alternative transport corridors.'),
    ('p06.s02', 'This means our region can become a source of strategic independence for US industry and the defence sector.', 'This means our region can become a source of strategic independence for US industry and its defence sector.'),
    ('p08.s01', 'Like the other countries of Central Asia, Kazakhstan attaches special importance to the summit.', 'For Kazakhstan, as for the other countries of Central Asia, the summit is of special significance.'),
    ('p08.s03', 'Kazakhstan, as the main player in the region, holds the most advantageous position in this multifaceted policy.', 'Kazakhstan, as the main player in the region, is in a highly advantageous position in this multifaceted policy.'),
    ('p09.s01', 'If Washington reconsiders the parts of restrictions such as the Jackson–Vanik amendment that concern Central Asia, the way will open to full-fledged trade integration.', 'If Washington reconsiders those provisions of restrictions such as the Jackson–Vanik amendment that apply to Central Asia, the way will open to full-fledged trade integration.'),
    ('p10.s01', 'Compared with the New York summit, this is a gathering of an entirely different level.', 'Compared with the New York summit, this is a gathering on an entirely different level.'),
    ('p10.s02', 'That was a side meeting on the margins of the UN General Assembly, whereas this time it will be a meeting at the decision-making level in the White House.', 'That was a side meeting on the margins of the UN General Assembly, whereas this time it will be a gathering at the White House at the level where concrete decisions are taken.'),
    ('p10.s03', 'The difference is clear: back then Joe Biden talked more about values, while Donald Trump focuses more on interests and routes, and on money.', 'The difference is clear: back then Joe Biden talked more about values, whereas Donald Trump dwells more on percentages and routes, and on money.'),
    ('p15.s01', 'If in the nineties US business came to this region for oil, in the 2010s the topics of democracy and Afghanistan took centre stage.', 'Whereas in the nineties US business came to this region for oil, in the 2010s the topics of democracy and Afghanistan took centre stage.'),
    ('p18.s02', 'Because for the USA, all such important work in the region as exploration, processing and logistics must be under the control of a regime that has good relations with Washington and open justice institutions.', 'Because the USA needs all such important work in the region as exploration, processing and logistics to be under the control of a regime that has good relations with Washington and whose justice institutions are open.'),
    ('p23.s02', 'This is a new type of “soft power”.', 'This is a new form of “soft power”.'),
    ('p24.s05', 'And the USA, besides technology, provides intellectual property and access to capital markets.', 'And the USA, besides technology, gives access to intellectual property and to capital markets.'),
    ('p35.s07', 'If 10 years ago “clean coal” was only a slogan, now technologies that actually reduce methane emissions and capture carbon have come into wide use.', 'Whereas 10 years ago “clean coal” was only a slogan, technologies that actually reduce methane emissions and capture carbon have now begun to be widely used.'),
    ('p36.s04', 'With the participation of the NASA and NOAA agencies, satellite monitoring of methane dispersion is carried out.', 'With the participation of NASA and NOAA, it [the USA] conducts satellite monitoring of methane dispersion.'),
    ('p40.s01', 'It can be said with confidence that the President''s instructions on digital transformation, introducing advanced technologies, strengthening technological sovereignty and establishing Kazakhstan as a regional technological power have become the core of the negotiations with the USA.', 'It can be said with confidence that the Kazakh President''s instructions on digital transformation, introducing advanced technologies, strengthening technological sovereignty and establishing Kazakhstan as a regional technological power have become the core of the negotiations with the USA.');

UPDATE sentences
SET en = (SELECT r.new FROM review_english r WHERE r.key = sentences.key)
WHERE document_id IN (SELECT id FROM documents WHERE bundled = 1)
  AND EXISTS (SELECT 1 FROM review_english r WHERE r.key = sentences.key AND r.old = sentences.en);

-- The search index holds the folded English too: queue the changed sentences for reindexing.
INSERT OR IGNORE INTO search_index_pending (sentence_id)
SELECT s.id FROM sentences s JOIN review_english r ON r.key = s.key AND r.new = s.en
WHERE s.document_id IN (SELECT id FROM documents WHERE bundled = 1);

CREATE TEMP TABLE review_claims (
    key TEXT PRIMARY KEY,
    old_statement TEXT NOT NULL,
    old_kind TEXT NOT NULL,
    new_statement TEXT NOT NULL,
    new_kind TEXT NOT NULL
);
INSERT INTO review_claims (key, old_statement, old_kind, new_statement, new_kind) VALUES
    ('c01', 'China controls about 80% of the world''s rare-metal processing capacity.', 'statistic', 'China controls 80% of the world''s rare-metal processing capacity.', 'statistic'),
    ('c04', 'Satellite monitoring of methane dispersion is carried out with the participation of NASA and NOAA.', 'fact', 'The USA conducts satellite monitoring of methane dispersion with the participation of NASA and NOAA.', 'fact'),
    ('c08', 'KazMunayGas is in talks with American companies on launching carbon-capture pilot projects.', 'fact', 'If the speaker is not mistaken, KazMunayGas is in talks with American companies on launching carbon-capture pilot projects.', 'fact'),
    ('c11', 'The USA uses the DFC to advance renewable energy, engineering and agritech projects in the region.', 'fact', 'The USA uses instruments such as the DFC to advance projects in renewable energy, mechanical engineering and agritech.', 'fact'),
    ('c12', 'Chevron, ExxonMobil and Honeywell implement dozens of carbon-capture projects worldwide.', 'fact', 'Major corporations such as Chevron, ExxonMobil and Honeywell are implementing dozens of carbon-capture projects around the world.', 'fact'),
    ('c13', 'The C5+1 summit is held in Washington on 6 November 2025.', 'fact', 'The C5+1 summit is to be held in Washington on 6 November 2025.', 'fact'),
    ('c14', 'The earlier C5+1 meeting in New York was a side event of the UN General Assembly; this one is a decision-level meeting at the White House.', 'fact', 'The earlier C5+1 meeting in New York was a side event of the UN General Assembly; this one will be a meeting at the White House at the level where concrete decisions are taken.', 'fact'),
    ('c15', 'Concrete documents on exploration, processing, joint ventures and infrastructure are expected to be signed at the summit.', 'forecast', 'The speaker expects concrete documents to be signed at the end of the summit; agreements may be reached on geological exploration, processing, joint ventures and infrastructure projects.', 'forecast'),
    ('c16', 'If Washington revisits Jackson–Vanik-type restrictions for Central Asia, full trade integration will open up.', 'forecast', 'If Washington reconsiders the parts of Jackson–Vanik-type restrictions that concern Central Asia, the way will open to full trade integration.', 'forecast'),
    ('c17', 'Carbon capture and storage is one of the key technologies of the future.', 'forecast', 'Carbon capture and storage has very high potential and is considered one of the key technologies of the future.', 'opinion'),
    ('c18', 'US interest in Central Asia rests on a geoeconomic calculation: control of critical-mineral supply chains and alternative transport corridors.', 'opinion', 'US interest in Central Asia rests on a geoeconomic calculation: controlling the supply chains of strategic minerals and building alternative transport corridors.', 'opinion'),
    ('c19', 'The Trump administration''s approach is pragmatic and transactional, unlike the declarative Biden-era format.', 'opinion', 'Unlike the mostly declarative New York meeting under Biden, Trump has signalled that he is ready for a concrete, pragmatic and transactional turn, and dwells more on percentages, routes and money than on values.', 'opinion'),
    ('c20', 'China''s dominance of rare-metal processing puts Washington in an unprecedented vulnerable position.', 'opinion', 'China''s control of rare-metal processing puts Washington in a vulnerable position it has never been in before.', 'opinion'),
    ('c22', 'Kazakhstan–US cooperation forms a trident: logistics, strategic minerals and agritechnology.', 'opinion', 'A “trident” of converging Kazakhstan–US interests is taking shape: logistics, strategic minerals and agritechnology.', 'opinion'),
    ('c23', 'Kazakhstan is moving to clean energy through an evolutionary mixed model, not an abrupt break like Europe''s.', 'opinion', 'Kazakhstan is moving to clean energy through an evolutionary mixed model, not through the abrupt break with traditional energy that Europe once tried.', 'opinion'),
    ('c26', 'The President''s instructions on digital transformation and technological sovereignty have become the core of the talks with the USA.', 'opinion', 'The Kazakh President''s instructions on digital transformation and technological sovereignty have become the core of the talks with the USA.', 'opinion');

UPDATE claims
SET statement = (SELECT r.new_statement FROM review_claims r WHERE r.key = claims.key),
    kind = (SELECT r.new_kind FROM review_claims r WHERE r.key = claims.key)
WHERE source = 'curated' AND document_id IN (SELECT id FROM documents WHERE bundled = 1)
  AND EXISTS (
    SELECT 1 FROM review_claims r
    WHERE r.key = claims.key AND r.old_statement = claims.statement AND r.old_kind = claims.kind
  );

CREATE TEMP TABLE review_claim_quotes (claim_key TEXT NOT NULL, sentence_key TEXT NOT NULL);
INSERT INTO review_claim_quotes (claim_key, sentence_key) VALUES
    ('c20', 'p17.s02');

INSERT OR IGNORE INTO claim_sentences (claim_id, sentence_id)
SELECT c.id, s.id
FROM review_claim_quotes q
JOIN claims c ON c.key = q.claim_key AND c.source = 'curated'
JOIN sentences s ON s.document_id = c.document_id AND s.key = q.sentence_key
WHERE c.document_id IN (SELECT id FROM documents WHERE bundled = 1);

CREATE TEMP TABLE review_sentence_tags (sentence_key TEXT NOT NULL, tag_id TEXT NOT NULL);
INSERT INTO review_sentence_tags (sentence_key, tag_id) VALUES
    ('p10.s03', 'geopolitics'),
    ('p10.s03', 'trade_investment'),
    ('p15.s01', 'geopolitics'),
    ('p17.s03', 'minerals'),
    ('p18.s02', 'geopolitics'),
    ('p29.s02', 'minerals'),
    ('p30.s01', 'minerals'),
    ('p35.s06', 'energy_transition'),
    ('p35.s06', 'fossil_fuels'),
    ('p36.s03', 'energy_transition'),
    ('p36.s06', 'energy_transition'),
    ('p37.s02', 'fossil_fuels'),
    ('p38.s02', 'energy_transition'),
    ('p38.s03', 'energy_transition'),
    ('p38.s04', 'energy_transition'),
    ('p38.s05', 'energy_transition'),
    ('p39.s01', 'energy_transition'),
    ('p39.s02', 'energy_transition'),
    ('p39.s02', 'fossil_fuels'),
    ('p39.s03', 'energy_transition'),
    ('p39.s05', 'energy_transition');

INSERT OR IGNORE INTO sentence_tags (sentence_id, tag_id, source, removed, evidence, created_at)
SELECT s.id, q.tag_id, 'curated', 0, NULL, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
FROM review_sentence_tags q
JOIN sentences s ON s.key = q.sentence_key
JOIN tags t ON t.id = q.tag_id
WHERE s.document_id IN (
    SELECT d.id FROM documents d
    WHERE d.bundled = 1 AND EXISTS (
        SELECT 1 FROM sentence_tags st JOIN sentences o ON o.id = st.sentence_id
        WHERE o.document_id = d.id AND st.source = 'curated'
    )
);

CREATE TEMP TABLE review_claim_tags (claim_key TEXT NOT NULL, tag_id TEXT NOT NULL);
INSERT INTO review_claim_tags (claim_key, tag_id) VALUES
    ('c05', 'kazakhstan'),
    ('c07', 'kazakhstan'),
    ('c07', 'usa'),
    ('c11', 'technology'),
    ('c14', 'central_asia'),
    ('c19', 'trade_investment');

INSERT OR IGNORE INTO claim_tags (claim_id, tag_id, source, removed, evidence, created_at)
SELECT c.id, q.tag_id, 'curated', 0, NULL, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
FROM review_claim_tags q
JOIN claims c ON c.key = q.claim_key AND c.source = 'curated'
JOIN tags t ON t.id = q.tag_id
WHERE c.document_id IN (SELECT id FROM documents WHERE bundled = 1);

DROP TABLE review_english;
DROP TABLE review_claims;
DROP TABLE review_claim_quotes;
DROP TABLE review_sentence_tags;
DROP TABLE review_claim_tags;
