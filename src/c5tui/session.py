"""The user's session on one database: every change committed, undoable and announced.

Both front ends make their changes through a :class:`Session`. Each method is one user
action: it commits one transaction on the workspace, records how to take itself back,
and tells every listener what changed. It has no UI and may run on any one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from c5tui.errors import C5Error, NotFoundError
from c5tui.model import ClaimSuggestion, Note, Tag
from c5tui.undo import UndoHistory
from c5tui.workspace import FoundSuggestions, Item, Workspace

Area = Literal["selection", "tags", "notes", "codebook", "documents", "translations", "claims"]


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed action changed, told to the user in ``message``."""

    area: Area
    message: str
    selected: bool | None = None
    note: Note | None = None
    owners: tuple[tuple[str, int], ...] = field(default=())
    suggestions: tuple[ClaimSuggestion, ...] = field(default=())  # claims newly suggested


Listener = Callable[[Change], None]


def _noun(owner: str, count: int) -> str:
    return ("quote" if owner == "sentence" else "claim") + ("" if count == 1 else "s")


def count_items(items: Sequence[Item]) -> str:
    """``2 quotes and 1 claim``: how many of each kind, for messages and titles."""
    parts = []
    for owner in ("sentence", "claim"):
        count = sum(1 for kind, _ in items if kind == owner)
        if count:
            parts.append(f"{count} {_noun(owner, count)}")
    return " and ".join(parts) or "0 quotes"


class UndoFailed(C5Error):
    """An undo could not be carried out (the item is gone, or the database is busy)."""


class Session:
    """The actions a user takes, on one workspace that this session alone writes through."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.history = UndoHistory()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every change, after its transaction has committed."""
        self._listeners.append(listener)

    def _announce(self, change: Change) -> Change:
        for listener in self._listeners:
            listener(change)
        return change

    # -- selection ----------------------------------------------------------------------

    def toggle_selected(self, owner: str, owner_id: int) -> Change:
        """Select the item, or unselect it if it is in the basket already."""
        ws = self.workspace
        position = ws.selection_position(owner, owner_id)
        noun = _noun(owner, 1).capitalize()
        if position is not None:
            ws.unselect(owner, owner_id)
            self.history.push(
                "remove from the selection", lambda: ws.select(owner, owner_id, position)
            )
            message = f"{noun} removed from the selection"
            return self._announce(Change("selection", message, False, owners=((owner, owner_id),)))
        ws.select(owner, owner_id)
        self.history.push("add to the selection", lambda: ws.unselect(owner, owner_id))
        message = f"{noun} added to the selection"
        return self._announce(Change("selection", message, True, owners=((owner, owner_id),)))

    def unselect(self, owner: str, owner_id: int) -> Change:
        if owner == "heading":
            return self.remove_heading(owner_id)
        ws = self.workspace
        position = ws.unselect(owner, owner_id)
        if position is not None:
            self.history.push(
                "remove from the selection", lambda: ws.select(owner, owner_id, position)
            )
        message = f"{_noun(owner, 1).capitalize()} removed from the selection"
        return self._announce(Change("selection", message, False, owners=((owner, owner_id),)))

    def move_selected(self, owner: str, owner_id: int, offset: int) -> Change | None:
        """Move an item up (negative) or down the basket; None if it cannot go further."""
        ws = self.workspace
        if not ws.move_selected(owner, owner_id, offset):
            return None
        self.history.push("reorder", lambda: ws.move_selected(owner, owner_id, -offset))
        return self._announce(Change("selection", "", owners=((owner, owner_id),)))

    def add_heading(self, text: str, *, next_to: Item | None = None, after: bool = False) -> Change:
        """Put a section heading in the basket, before (or after) ``next_to`` or at the end."""
        ws = self.workspace
        heading_id = ws.add_heading(text, next_to=next_to, after=after)
        self.history.push("add a heading", lambda: ws.remove_heading(heading_id))
        owners = (("heading", heading_id),)
        return self._announce(Change("selection", "Heading added", owners=owners))

    def rename_heading(self, heading_id: int, text: str) -> Change:
        ws = self.workspace
        before = ws.rename_heading(heading_id, text)
        self.history.push("rename a heading", lambda: ws.rename_heading(heading_id, before))
        owners = (("heading", heading_id),)
        return self._announce(Change("selection", "Heading renamed", owners=owners))

    def remove_heading(self, heading_id: int) -> Change:
        ws = self.workspace
        text, position = ws.remove_heading(heading_id)
        self.history.push(
            "remove a heading", lambda: ws.restore_heading(heading_id, text, position)
        )
        owners = (("heading", heading_id),)
        return self._announce(Change("selection", "Heading removed", False, owners=owners))

    # -- tags ---------------------------------------------------------------------------

    def set_tags(
        self,
        owner: str,
        owner_ids: Sequence[int],
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
    ) -> Change:
        """Add and remove the user's tags on several items of one kind, in one transaction."""
        return self.tag_items([(owner, i) for i in owner_ids], add, remove)

    def tag_items(
        self, items: Sequence[Item], add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> Change:
        """Add and remove the user's tags on quotes and claims, all in one transaction."""
        ws = self.workspace
        previous = ws.set_tags_on(items, add, remove)

        def revert() -> None:
            for (owner, owner_id), states in reversed(previous):
                ws.restore_tags(owner, owner_id, states)

        names = ", ".join([*add, *remove])
        self.history.push(f"{'tag' if add else 'untag'} {names}", revert)
        verb = "Tagged" if add else "Untagged"
        message = f"{verb} {names} on {count_items(items)}"
        return self._announce(Change("tags", message, owners=tuple(items)))

    def create_tag(self, tag: Tag, items: Sequence[Item]) -> Change:
        """Add a user tag to the codebook and put it on quotes and claims; one undo takes both."""
        ws = self.workspace
        ws.create_tag(tag, on=items)
        self.history.push(f"create tag {tag.id}", lambda: ws.delete_user_tag(tag.id))
        message = f"Created {tag.id} and tagged {count_items(items)}"
        return self._announce(Change("codebook", message, owners=tuple(items)))

    # -- codebook -------------------------------------------------------------------------

    def accept_candidate(
        self, label: str, tag_id: str | None = None, parent: str | None = None
    ) -> Change:
        """Make a candidate an actor tag; the auto-tagger tags its quotes."""
        ws = self.workspace
        accepted = ws.accept_candidate(label, tag_id, parent)
        tag = accepted.tag
        self.history.push(f"accept {tag.id}", lambda: ws.unaccept_candidate(accepted))
        quotes = count_items([("sentence", q) for q in accepted.candidate.quotes])
        message = f"Accepted {accepted.candidate.label} as {tag.id} ({quotes})"
        return self._announce(
            Change("codebook", message, owners=_quotes(accepted.candidate.quotes))
        )

    def reject_candidate(self, label: str) -> Change:
        """Never propose this candidate again."""
        ws = self.workspace
        candidate = ws.reject_candidate(label)
        self.history.push(f"reject {candidate.label}", lambda: ws.unreject_candidate(candidate))
        return self._announce(Change("codebook", f"Rejected {candidate.label}"))

    def merge_candidate(self, label: str, into: str) -> Change:
        """Add a candidate's names to a tag; the auto-tagger tags its quotes."""
        ws = self.workspace
        candidate, before = ws.merge_candidate(label, into)
        self.history.push(
            f"merge {candidate.label} into {into}",
            lambda: ws.unmerge_candidate(candidate, before),
        )
        message = f"Merged {candidate.label} into {into}"
        return self._announce(Change("codebook", message, owners=_quotes(candidate.quotes)))

    def rename_tag(self, old: str, new: str) -> Change:
        ws = self.workspace
        ws.rename_tag(old, new)
        self.history.push(f"rename {old} to {new}", lambda: ws.rename_tag(new, old))
        return self._announce(Change("codebook", f"Renamed {old} to {new}"))

    def relabel_tag(
        self, tag_id: str, label_en: str | None = None, label_kk: str | None = None
    ) -> Change:
        ws = self.workspace
        before = ws.relabel_tag(tag_id, label_en, label_kk)
        self.history.push(f"relabel {tag_id}", lambda: ws.restore_tag(before))
        return self._announce(Change("codebook", f"Relabelled {tag_id}"))

    def set_tag_parent(self, tag_id: str, parent: str | None) -> Change:
        ws = self.workspace
        before = ws.set_tag_parent(tag_id, parent)
        self.history.push(f"set the parent of {tag_id}", lambda: ws.restore_tag(before))
        where = f"under {parent}" if parent else "at the top"
        return self._announce(Change("codebook", f"{tag_id} is now {where}"))

    def delete_tag(self, tag_id: str) -> Change:
        ws = self.workspace
        deleted = ws.delete_tag(tag_id)
        self.history.push(f"delete {tag_id}", lambda: ws.undelete_tag(deleted))
        return self._announce(Change("codebook", f"Deleted {tag_id} (u to undo)"))

    # -- notes --------------------------------------------------------------------------

    def add_note(self, owner: str, owner_id: int, body: str) -> Change:
        ws = self.workspace
        note = ws.add_note(owner, owner_id, body)
        self.history.push("add note", lambda: ws.delete_note(note.id))
        return self._announce(Change("notes", "Note saved", note=note, owners=((owner, owner_id),)))

    def edit_note(self, note_id: int, body: str) -> Change:
        ws = self.workspace
        before, after = ws.edit_note(note_id, body)
        self.history.push("edit note", lambda: ws.restore_note(before))
        return self._announce(Change("notes", "Note saved", note=after, owners=_note_owner(after)))

    def delete_note(self, note_id: int) -> Change:
        ws = self.workspace
        note = ws.delete_note(note_id)
        self.history.push("delete note", lambda: ws.restore_note(note))
        message = "Note deleted (u to undo)"
        return self._announce(Change("notes", message, note=note, owners=_note_owner(note)))

    # -- translations -------------------------------------------------------------------

    def translate(self, sentence_id: int, text: str) -> Change:
        """Set a quote's English as typed; undo puts back what it had, if anything."""
        ws = self.workspace
        before = ws.translate(sentence_id, text)
        self.history.push("English edit", lambda: ws.restore_translation(sentence_id, before))
        return self._announce(
            Change("translations", "English saved", owners=(("sentence", sentence_id),))
        )

    def mark_reviewed(self, sentence_ids: Sequence[int]) -> Change:
        """Mark quotes' English as read by a person; undo marks them unread again."""
        ws = self.workspace
        changed = ws.set_reviewed(sentence_ids, True)
        if changed:
            self.history.push("mark reviewed", lambda: ws.set_reviewed(changed, False))
        count = len(changed)
        if not changed:
            message = "Already reviewed"
        else:
            message = f"English of {count} quote{'' if count == 1 else 's'} marked reviewed"
        owners = tuple(("sentence", i) for i in sentence_ids)
        return self._announce(Change("translations", message, owners=owners))

    # -- claims -------------------------------------------------------------------------

    def suggest_claims(
        self, document_id: int | None = None, *, found: FoundSuggestions | None = None
    ) -> Change:
        """Suggest claims again for stored documents; undo takes back those still unreviewed.

        ``found``: what :meth:`Workspace.find_claim_suggestions` read elsewhere beforehand,
        so that only the writing is done here."""
        ws = self.workspace
        added = ws.suggest_claims(document_id) if found is None else ws.add_claim_suggestions(found)
        ids = [s.id for s in added]
        if ids:
            self.history.push("suggest claims", lambda: ws.withdraw_suggestions(ids))
        count = len(added)
        message = f"{count} new claim suggestion{'' if count == 1 else 's'}"
        owners = _quotes([s.sentence_id for s in added])
        return self._announce(Change("claims", message, owners=owners, suggestions=tuple(added)))

    def accept_suggestion(
        self, suggestion_id: int, *, statement: str | None = None, kind: str | None = None
    ) -> Change:
        """Make a suggested claim a claim; undo puts it back among the suggestions."""
        ws = self.workspace
        claim = ws.accept_suggestion(suggestion_id, statement=statement, kind=kind)
        self.history.push("accept claim", lambda: ws.reopen_suggestion(suggestion_id))
        message = f"Claim {claim.id} accepted"
        return self._announce(Change("claims", message, owners=(("claim", claim.id),)))

    def dismiss_suggestion(self, suggestion_id: int) -> Change:
        ws = self.workspace
        ws.dismiss_suggestion(suggestion_id)
        self.history.push("dismiss claim", lambda: ws.reopen_suggestion(suggestion_id))
        return self._announce(Change("claims", "Suggestion dismissed (u to undo)"))

    def edit_claim(
        self,
        claim_id: int,
        *,
        statement: str | None = None,
        kind: str | None = None,
        certainty: str | None = None,
    ) -> Change:
        ws = self.workspace
        before, _after = ws.edit_claim(
            claim_id, statement=statement, kind=kind, certainty=certainty
        )

        def revert() -> None:
            ws.edit_claim(
                claim_id,
                statement=before.statement,
                kind=before.kind,
                certainty=before.certainty,
            )

        self.history.push(f"edit claim {claim_id}", revert)
        message = f"Claim {claim_id} changed"
        return self._announce(Change("claims", message, owners=(("claim", claim_id),)))

    def link_quotes(self, claim_id: int, sentence_ids: Sequence[int]) -> Change:
        """Add quotes (of any document) that state the claim too."""
        ws = self.workspace
        added = ws.link_quotes(claim_id, sentence_ids)
        self.history.push(
            f"link quotes to claim {claim_id}", lambda: ws.unlink_quotes(claim_id, added)
        )
        message = f"Claim {claim_id}: {len(added)} more {_noun('sentence', len(added))}"
        return self._announce(Change("claims", message, owners=(("claim", claim_id),)))

    # -- documents ----------------------------------------------------------------------

    def update_document(self, document_id: int, **changes: object) -> Change:
        """Change a document's title, date, outlet, URL or speaker; undo restores them."""
        ws = self.workspace
        speaker_before = ws.document_speaker_override(document_id)
        before, _after = ws.update_document(document_id, **changes)  # type: ignore[arg-type]

        def revert() -> None:
            restore: dict[str, object] = {
                "title": before.title,
                "date": before.date,
                "outlet": before.outlet,
                "url": before.url,
                "speaker_en": before.speaker_en,
            }
            if "speaker" in changes:
                restore["speaker"] = speaker_before
            ws.update_document(document_id, **restore)  # type: ignore[arg-type]

        names = ", ".join(sorted(changes))
        self.history.push(f"change {names} of document {document_id}", revert)
        return self._announce(Change("documents", f"Document {document_id}: {names} changed"))

    def remove_document(self, document_id: int, *, force: bool = False) -> Change:
        """Remove a document; not undoable, but the user's work is backed up first."""
        removal = self.workspace.remove_document(document_id, force=force)
        message = f"Removed document {document_id} ({removal.sentences} sentences)"
        if removal.backup is not None:
            message += f"; your work was backed up to {removal.backup}"
        return self._announce(Change("documents", message))

    # -- undo ---------------------------------------------------------------------------

    def undo(self) -> Change | None:
        """Take back the latest change; None when there is nothing to undo.

        An item that another program removed meanwhile cannot be restored: that undo is
        dropped with a message. Any other failure (a busy database) keeps it for a retry.
        """
        entry = self.history.pop()
        if entry is None:
            return None
        try:
            entry.revert()
        except NotFoundError as exc:
            raise UndoFailed(
                f"Cannot undo {entry.description}: {exc} (changed elsewhere)"
            ) from None
        except C5Error:
            self.history.push(entry.description, entry.revert)
            raise
        return self._announce(Change("selection", f"Undone: {entry.description}"))


def _quotes(ids: Sequence[int]) -> tuple[tuple[str, int], ...]:
    return tuple(("sentence", i) for i in ids)


def _note_owner(note: Note) -> tuple[tuple[str, int], ...]:
    if note.sentence_id is not None:
        return (("sentence", note.sentence_id),)
    if note.claim_id is not None:
        return (("claim", note.claim_id),)
    return ()
