"""YAML front matter that Obsidian, Pandoc and Jekyll read, written without a YAML library.

Every string is a JSON string (double-quoted, escaped), which is valid YAML; numbers,
booleans and null are written as JSON too. Keys are plain words or JSON strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Characters YAML does not allow raw, or reads as line breaks (YAML 1.1): escaped as \uXXXX.
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _string(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, bool | int | float):
        return json.dumps(value)
    return _string(str(value))


def _key(key: str) -> str:
    return key if _PLAIN_KEY.match(key) else _string(key)


def _lines(value: Any, indent: str) -> list[str]:
    """The lines of a mapping's entries, nested by two spaces."""
    out: list[str] = []
    for key, item in value.items():
        out.extend(_entry(_key(str(key)), item, indent))
    return out


def _entry(key: str, item: Any, indent: str) -> list[str]:
    if isinstance(item, Mapping):
        if not item:
            return [f"{indent}{key}: {{}}"]
        return [f"{indent}{key}:", *_lines(item, indent + "  ")]
    if isinstance(item, Sequence) and not isinstance(item, str):
        if not item:
            return [f"{indent}{key}: []"]
        out = [f"{indent}{key}:"]
        for element in item:
            if isinstance(element, Mapping) and element:
                first, *rest = _lines(element, indent + "    ")
                out.append(f"{indent}  - {first.lstrip()}")
                out.extend(rest)
            else:
                out.append(f"{indent}  - {_scalar(element)}")
        return out
    return [f"{indent}{key}: {_scalar(item)}"]


def front_matter(fields: Mapping[str, Any]) -> str:
    """A ``---`` fenced YAML block for ``fields``, ending with a newline."""
    return "\n".join(["---", *_lines(fields, ""), "---"]) + "\n"
