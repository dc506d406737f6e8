-- c5tui schema, version 13: each document's source text is kept compressed.
--
-- The source text is read only to split a document again (reparse) and to export it whole
-- (REFI-QDA); every quote's text stays verbatim in sentences.kk, for search and display.
-- Stored plain, it was a second copy of the Kazakh, about a seventh of the store. zlib's
-- deflate (c5_compress_text, given to the connection that migrates) keeps it in a quarter
-- to a third of the bytes: zlib.decompress(source_text_zlib).decode('utf-8') gives it back.
-- The pages freed are reused by later imports; VACUUM gives them back to the file system.
ALTER TABLE documents ADD COLUMN source_text_zlib BLOB NOT NULL DEFAULT x'';
UPDATE documents SET source_text_zlib = c5_compress_text(source_text);
ALTER TABLE documents DROP COLUMN source_text;
