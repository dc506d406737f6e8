"""Exports of the evidence base: Markdown with citations, CSV, and a backup of the user's work.

``markdown`` renders quotes and claims; ``tabular`` writes CSV; ``backup`` dumps the
user's tags, notes, selection and codebook additions as JSON Lines, which ``merge``
imports into another database; ``write`` puts any of them on disk safely.
"""
