"""Kazakh-aware search over both languages: the index and the engine."""
