"""Notifications stay clear of a dialog's fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Select, TextArea
from textual.widgets._toast import Toast

from c5tui.tui.app import C5App
from c5tui.workspace import Workspace
from tests.tui.helpers import settle

FIELDS = (Input, OptionList, Select, TextArea)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@pytest.mark.parametrize("dialog", ["tag", "notes", "export"])
async def test_toasts_do_not_cover_a_dialogs_fields(
    db_path: Path, size: tuple[int, int], dialog: str
) -> None:
    with Workspace.open(db_path) as workspace:
        quote = workspace.quotes()[0].id
        workspace.select("sentence", quote)
    app = C5App(db_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        if dialog == "tag":
            app.open_tag_picker(quote)
        elif dialog == "notes":
            app.open_notes("sentence", quote)
        else:
            app.action_export()
        await settle(pilot)
        app.notify("Tagged minerals on 1 quote")
        app.notify("The note is not saved: ctrl+s saves it, esc again discards it.")
        await settle(pilot)
        toasts = [t.region for t in app.screen.query(Toast)]
        assert len(toasts) == 2
        fields = [w for w in app.screen.query("*") if isinstance(w, FIELDS) and w.display]
        assert fields
        for field in fields:
            for toast in toasts:
                assert not toast.overlaps(field.region), (field, toast, field.region)
