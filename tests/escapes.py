"""Stored text that would command a terminal: notes, sentences, claims, labels, titles."""

from __future__ import annotations

import re
from pathlib import Path

from c5tui.workspace import Workspace

# Retitle the window, clear the screen, write the clipboard (OSC 52), 8-bit CSI, bidi.
HOSTILE = "\x1b]0;pwned\x07 \x1b[2J \x1b]52;c;cHduZWQ=\x07 \x9b31m \u202eevil\u202c"
SHOWN = "␛]0;pwned␇ ␛[2J ␛]52;c;cHduZWQ=␇ \\x9b31m \\u202eevil\\u202c"
# ESC, BEL and every other C0/C1 control but tab and newline; DEL; bidi controls.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
QUOTE_ID = 10  # p06.s01, the first hit for "литий"
CLAIM_ID = 1


def store_hostile_text(db_path: Path) -> None:
    """Append HOSTILE to a sentence, a claim, a tag label and the document title.

    Written straight into the store, as an imported article or a merged work file
    could hold it; the note with HOSTILE is for the caller to add (through the CLI).
    """
    with Workspace.open(db_path) as workspace:
        conn = workspace.db.conn
        with conn:
            conn.execute("UPDATE sentences SET kk = kk || ? WHERE id = ?", [HOSTILE, QUOTE_ID])
            conn.execute(
                "UPDATE claims SET statement = statement || ? WHERE id = ?", [HOSTILE, CLAIM_ID]
            )
            conn.execute("UPDATE tags SET label_en = label_en || ? WHERE id = 'usa'", [HOSTILE])
            conn.execute("UPDATE documents SET title = title || ?", [HOSTILE])
        workspace.reindex()
