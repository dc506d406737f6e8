"""The export dialog's preview: front matter shown as YAML, large exports shown in part."""

from __future__ import annotations

from c5tui.tui.screens.export import PREVIEW_CHARS, preview_source


def test_front_matter_is_shown_as_a_yaml_block() -> None:
    preview = preview_source('---\ntitle: "T"\n---\n\n> quote\n')
    assert preview.startswith('```yaml\ntitle: "T"\n```\n')
    assert preview.endswith("> quote\n")


def test_a_large_export_is_previewed_in_part_at_a_paragraph_break() -> None:
    paragraph = "> " + "ә" * 98 + "\n\n"
    markdown = '---\ntitle: "T"\n---\n\n' + paragraph * (3 * PREVIEW_CHARS // len(paragraph))
    preview = preview_source(markdown)
    assert len(preview) < PREVIEW_CHARS + 200
    assert f"of {len(markdown):,} characters" in preview
    body = preview.split("```\n", 1)[1]
    assert body.split("\n\n*…")[0].endswith("ә")  # cut between paragraphs, not inside one
