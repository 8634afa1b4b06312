"""The seed table's two ratings, shown so a person reads them at a glance.

A rating is always shown three ways at once: a three-step meter (filled versus hollow
steps, so it never relies on colour alone), the word ("High") and the table's note that
explains it. :class:`RatingMeter` is the widget; :func:`rating_text` and friends give the
words for views, tooltips and reports.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from teambuilder.domain.catalogue import Catalogue, CombinedRole, Role

Kind = Literal["complexity", "resources"]

STEPS = 3
"""Number of steps on a meter: the seed table rates low, medium/moderate and high."""

_LEVELS: dict[str, int] = {"low": 1, "medium": 2, "moderate": 2, "high": 3}


def rating_level(value: str) -> int:
    """The meter step (1-3) for a rating word of the catalogue (``"moderate"`` -> 2)."""
    return _LEVELS.get(value, 0)


def rating_word(value: str) -> str:
    """The translated word for a rating value (``"high"`` -> "High")."""
    words = {
        "low": QCoreApplication.translate("Ratings", "Low"),
        "medium": QCoreApplication.translate("Ratings", "Medium"),
        "moderate": QCoreApplication.translate("Ratings", "Moderate"),
        "high": QCoreApplication.translate("Ratings", "High"),
    }
    return words.get(value, value)


def rating_title(kind: Kind) -> str:
    """The translated name of a rating ("Implementation complexity")."""
    if kind == "complexity":
        return QCoreApplication.translate("Ratings", "Implementation complexity")
    return QCoreApplication.translate("Ratings", "Resource requirements")


def rating_value(catalogue: Catalogue, entry: Role | CombinedRole, kind: Kind) -> str:
    """The rating of an entry (derived from the merged roles for a combined role)."""
    if kind == "complexity":
        return catalogue.complexity_of(entry)
    return catalogue.resources_of(entry)


def rating_note(catalogue: Catalogue, entry: Role | CombinedRole, kind: Kind) -> str:
    """Why the entry has its rating: the table's note, or how it was derived.

    A combined role has no row in the seed table; its rating is its most demanding merged
    role's, and the note names that role.
    """
    if isinstance(entry, Role):
        return entry.complexity_note if kind == "complexity" else entry.resources_note
    value = rating_value(catalogue, entry, kind)
    names = [
        catalogue.role(rid).name
        for rid in entry.merges
        if rating_value(catalogue, catalogue.role(rid), kind) == value
    ]
    template = QCoreApplication.translate(
        "Ratings",
        "Derived from the roles it merges: as demanding as its most demanding part ({roles}).",
    )
    separator = QCoreApplication.translate("Ratings", ", ")
    return template.replace("{roles}", separator.join(names))


def rating_text(catalogue: Catalogue, entry: Role | CombinedRole, kind: Kind) -> str:
    """A whole sentence for tooltips and screen readers: name, word, step and note."""
    value = rating_value(catalogue, entry, kind)
    template = QCoreApplication.translate("Ratings", "{rating}: {word} ({step} of {steps}). {note}")
    return (
        template.replace("{rating}", rating_title(kind))
        .replace("{word}", rating_word(value))
        .replace("{step}", str(rating_level(value)))
        .replace("{steps}", str(STEPS))
        .replace("{note}", rating_note(catalogue, entry, kind))
    )


def rating_dots(value: str) -> str:
    """The rating as filled and hollow dots (for text and reports), e.g. ``●●○``."""
    level = rating_level(value)
    return "\u25cf" * level + "\u25cb" * (STEPS - level)


class RatingMeter(QWidget):
    """A three-step meter: filled steps up to the level, hollow steps after it.

    The steps grow in height like a signal meter, so the level reads from the shape even in
    grey; colours come from the palette (highlight and mid), so dark themes work. A
    right-to-left layout mirrors the meter.
    """

    def __init__(self, level: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = max(0, min(STEPS, level))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("Ratings", "Rating meter"))

    def level(self) -> int:
        """The number of filled steps (0-3)."""
        return self._level

    def setLevel(self, level: int) -> None:
        """Fill ``level`` steps (clamped to 0-3) and repaint."""
        self._level = max(0, min(STEPS, level))
        self.update()

    def sizeHint(self) -> QSize:
        """Three steps about as tall as a line of text."""
        h = self.fontMetrics().height()
        return QSize(int(h * 1.9), h)

    def minimumSizeHint(self) -> QSize:
        """Same as :meth:`sizeHint`: the meter never shrinks."""
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        """Repaint when the palette or direction changes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the steps."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        gap = max(2.0, w * 0.08)
        step_w = (w - gap * (STEPS - 1) - 1) / STEPS
        fill = self.palette().color(QPalette.ColorRole.Highlight)
        outline = self.palette().color(QPalette.ColorRole.WindowText)
        outline.setAlphaF(0.55)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for i in range(STEPS):
            step_h = (h - 2) * (0.45 + 0.55 * (i + 1) / STEPS)
            x = 0.5 + i * (step_w + gap)
            if rtl:
                x = w - x - step_w
            rect = QRectF(x, h - 0.5 - step_h, step_w, step_h)
            if i < self._level:
                painter.setPen(QPen(fill.darker(115), 1.0))
                painter.setBrush(fill)
            else:
                painter.setPen(QPen(outline, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.end()
