"""Article formats: Kazinform text, plain text, saved web pages and URLs, told apart here."""
