"""The export dialog's preview: the body first (front matter apart), large ones in part."""

from __future__ import annotations

from c5tui.tui.screens.export import PREVIEW_CHARS, preview_source, split_front_matter


def test_the_preview_starts_with_the_body_and_keeps_the_front_matter_apart() -> None:
    markdown = '---\ntitle: "T"\n---\n\n# T\n\n> quote\n'
    assert preview_source(markdown) == "# T\n\n> quote\n"
    assert split_front_matter(markdown) == ('title: "T"', "# T\n\n> quote\n")


def test_a_large_export_is_previewed_in_part_at_a_paragraph_break() -> None:
    paragraph = "> " + "ә" * 98 + "\n\n"
    markdown = '---\ntitle: "T"\n---\n\n' + paragraph * (3 * PREVIEW_CHARS // len(paragraph))
    preview = preview_source(markdown)
    assert len(preview) < PREVIEW_CHARS + 200
    assert f"of {len(markdown):,} characters" in preview
    assert not preview.startswith("---")
    assert preview.split("\n\n*…")[0].endswith("ә")  # cut between paragraphs, not inside one
