"""Text templates for everything the engine and reports say (``resources/messages/``).

``resources/messages/en.json`` maps keys to English templates with named ``{placeholders}``.
A translator adds ``resources/messages/<lang>.json`` with any subset of the keys; a key that
is missing, empty or broken in a translation falls back to English, key by key.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from teambuilder.domain.localefmt import format_number
from teambuilder.domain.resources import resource

_LANG = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")


@cache
def templates(lang: str) -> dict[str, str]:
    """All templates of one language (empty if there is no such file or it is broken)."""
    if not _LANG.match(lang):
        return {}
    node = resource("messages", f"{lang}.json")
    if not node.is_file():
        return {}
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and v}


def _localised(value: Any, lang: str) -> Any:
    """Whole numbers in the language's digits; everything else as the caller gave it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, lang)
    return value


def text(key: str, lang: str = "en", /, **params: Any) -> str:
    """Render the template ``key`` in ``lang``, falling back to English for this key.

    Whole-number parameters (``count=3``) are written in the language's digits and
    separators. Callers format money, percentages and fractions themselves with
    :mod:`teambuilder.domain.money` in the same language.

    Raises:
        KeyError: the key does not exist in English (a programming error).
    """
    params = {name: _localised(value, lang) for name, value in params.items()}
    if lang != "en":
        template = templates(lang).get(key)
        if template is not None:
            try:
                return template.format(**params)
            except (KeyError, IndexError, ValueError, AttributeError):
                pass  # a broken translation must never hide the message
    return templates("en")[key].format(**params)


def join_list(items: list[str], lang: str = "en") -> str:
    """Join items as a readable list: "a", "a and b", "a, b and c"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    head = text("list.separator", lang).join(items[:-1])
    return text("list.last", lang, head=head, last=items[-1])
