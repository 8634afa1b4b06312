"""Access to the data files shipped inside the package (``teambuilder.resources``)."""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any


def resource(*parts: str) -> Traversable:
    """Return a traversable for a file under the shipped ``resources/`` folder."""
    node: Traversable = files("teambuilder.resources")
    for part in parts:
        node = node / part
    return node


def read_json(*parts: str) -> Any:
    """Read and parse a shipped JSON resource."""
    return json.loads(resource(*parts).read_text(encoding="utf-8"))
