"""The SQLite store: connection, schema migrations, and reads and writes of each table."""

from c5tui.store.connection import open_database, transaction

__all__ = ["open_database", "transaction"]
