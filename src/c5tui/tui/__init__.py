"""The Textual front end: presentation and key handling only."""
