"""Sector and actor tags: the codebook, curated data, and the auto-tagger."""
