"""A researcher's work on the bundled interview, with fixed timestamps, for export tests."""

from __future__ import annotations

from c5tui.model import Tag
from c5tui.store import notes as notes_store
from c5tui.store.connection import transaction
from c5tui.workspace import Workspace

EXPORTED_AT = "2025-11-07T08:00:00+00:00"

# Notes whose text is Markdown syntax: the export must show them as written.
HOSTILE_NOTES = [
    "*x*",
    "_a_",
    "# h",
    "| t |",
    "<b>",
    "[l](u)",
    "`code` and ``` fences",
    "> q",
    "- item",
    "1. item",
    "1) x",
    "+ x",
    "\\",
    "&amp;",
    "~~~",
    "===",
    "trailing two spaces  ",
    "first line\n- second line\n\n> fourth line\n1. fifth\n",
    "Heading\n===\nunderlined",
]

# (sentence id, body, created_at, updated_at, conflict)
WORK_NOTES = [
    (
        36,
        "Check against USGS 2024: *China* ~ 80%?\n1. refining\n2. magnets",
        "2025-11-06T09:00:00+00:00",
        None,
        False,
    ),
    (
        91,
        "Coal: 33 bn t — [source](KazGeology) <i>confirm</i>",
        "2025-11-06T09:05:00+00:00",
        "2025-11-06T17:30:00+00:00",
        False,
    ),
    (91, "# Alternative figure: 34 bn t", "2025-11-06T09:05:00+00:00", None, True),
]


def add_note(
    workspace: Workspace,
    body: str,
    created_at: str,
    *,
    sentence_id: int | None = None,
    claim_id: int | None = None,
    updated_at: str | None = None,
    conflict: bool = False,
) -> int:
    """A note with fixed timestamps (the workspace stamps notes with the clock)."""
    with transaction(workspace.db):
        note_id = notes_store.add_note(
            workspace.db,
            sentence_id=sentence_id,
            claim_id=claim_id,
            body=body,
            created_at=created_at,
            conflict=conflict,
        )
        if updated_at:
            workspace.db.conn.execute(
                "UPDATE annotations SET updated_at = ? WHERE id = ?", [updated_at, note_id]
            )
    return note_id


def do_known_work(workspace: Workspace) -> None:
    """Tags, notes and a selection of quotes and claims, as a researcher would leave them."""
    workspace.create_tag(
        Tag("ports", "sector", "Порттар", "Ports | *harbours*", "Sea and dry ports.", origin="user")
    )
    workspace.create_tag(
        Tag("aktau", "actor", "Ақтау", "Aktau port", parent="kazakhstan", origin="user")
    )
    workspace.set_tags("sentence", 45, add=["ports", "aktau"], remove=["geopolitics"])
    workspace.set_tags("sentence", 91, add=["kazakhstan"])
    workspace.set_tags("claim", 23, add=["ports"], remove=["europe"])
    for sentence_id, body, created, updated, conflict in WORK_NOTES:
        add_note(
            workspace,
            body,
            created,
            sentence_id=sentence_id,
            updated_at=updated,
            conflict=conflict,
        )
    add_note(
        workspace,
        "Compare with `clean coal` claims; see <https://example.org> & [ref]",
        "2025-11-06T10:00:00+00:00",
        claim_id=23,
    )
    for sentence_id in (36, 91, 27, 45, 1, 6):
        workspace.select("sentence", sentence_id)
    workspace.select("claim", 1)
    workspace.select("claim", 23)
    workspace.move_selected("sentence", 6, -2)


# A brief on US–Kazakhstan cooperation on critical minerals, as an analyst builds it in the
# basket: the summit lead, then one section with quotes and claims interleaved.
BRIEF_HEADING = "Critical minerals"
BRIEF_BASKET = [("sentence", 1), ("sentence", 36), ("claim", 10), ("sentence", 41)]
BRIEF_BASKET += [("claim", 18), ("sentence", 6)]
BRIEF_NOTES = [
    ("sentence", 36, "Check against USGS 2024: China's share of refining, not mining."),
    ("claim", 18, "The core argument of the interview; lead with it."),
]
BRIEF_INTRO = (
    "What a Kazakh expert told Kazinform before the C5+1 summit about minerals.\n\n"
    "Quotes are in the order of the argument."
)


def do_brief_work(workspace: Workspace) -> None:
    """The brief's basket: quotes and claims interleaved, one heading, two notes."""
    for kind, item_id in BRIEF_BASKET:
        workspace.select(kind, item_id)
    workspace.add_heading(BRIEF_HEADING, next_to=("sentence", 36))
    for number, (kind, item_id, body) in enumerate(BRIEF_NOTES):
        owner = {"sentence_id": item_id} if kind == "sentence" else {"claim_id": item_id}
        add_note(workspace, body, f"2025-11-06T11:0{number}:00+00:00", **owner)
