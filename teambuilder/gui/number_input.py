"""Whole-number inputs that read what people type or paste, and say what is wrong in place.

:class:`AmountInput` is a spin box for a head count or an amount of money. Besides its own
digits it accepts what people paste from a spreadsheet, a web page or a message: Persian
(U+06F0-U+06F9) and Arabic-Indic (U+0660-U+0669) digits, any common thousands separator,
spaces, a currency symbol or code (``$``, ``€``, ``USD``, ``lei``, ``تومان``) before or
after the number.
Text that is not a usable value is kept while the person types, and a short message next
to the field says why (:attr:`AmountInput.problemChanged`, shown by :func:`hint_label`);
when the person leaves the field the last good value comes back and the message says it
was not changed. No message box ever appears.

The reading itself is :func:`teambuilder.domain.numbers.parse_amount`; this module only adds
the field's range and the words.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from teambuilder.domain.numbers import AmountError, Problem, normalise_digits, parse_amount

MAX_TEXT = 64
"""Longer text is refused outright: no number here needs more, and a huge paste stops here."""

_ONE_GROUP = re.compile(r"-?\d{1,3}[.,]\d{3}")


# Words for "thousand", "million" and "billion" around a number (English, Persian, Arabic,
# Romanian, Vietnamese). Dropped like a currency word they would turn 12k into 12.
_MAGNITUDE_WORDS = frozenset({
    "k", "m", "mm", "mn", "b", "bn", "thousand", "thousands", "million", "millions",
    "billion", "billions", "هزار", "میلیون", "میلیارد", "ألف", "آلاف", "الف", "مليون",
    "ملايين", "مليار", "mii", "mie", "milion", "milioane", "miliard", "miliarde",
    "nghìn", "ngàn", "tr", "triệu", "tỷ", "tỉ",
})


def _is_edge_noise(ch: str) -> bool:
    """Letters, currency signs, spaces and invisible marks around a number."""
    category = unicodedata.category(ch)
    return ch.isspace() or category[0] == "L" or category in ("Sc", "Cf", "Mn")


def number_part(text: str) -> str:
    """``text`` without currency signs, codes or words (with their abbreviation dots:
    "Rs.", "ر.س"), spaces and invisible marks before or after the number."""
    start, end = 0, len(text)
    after_letter = False
    while start < end and (_is_edge_noise(text[start])
                           or (after_letter and text[start] == ".")):
        after_letter = text[start].isalpha()
        start += 1
    after_letter = False
    while end > start and (_is_edge_noise(text[end - 1])
                           or (after_letter and text[end - 1] == ".")):
        after_letter = text[end - 1].isalpha()
        end -= 1
    for word in re.findall(r"\w+", text[:start] + " " + text[end:]):
        if word.casefold() in _MAGNITUDE_WORDS:
            return text  # "12k" is not 12: left whole, it reads as "not a number"
    return text[start:end]


class AmountInput(QSpinBox):
    """A whole-number spin box that reads pasted numbers in any script, with an inline hint.

    Signals:
        problemChanged(str): the message for the text in the field, translated ("" when
            the text is a usable value).
    """

    problemChanged = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem: tuple[str, str] | None = None  # (kind, what was typed)
        self._finished = False
        self._last_value = self.value()
        line = self.lineEdit()
        assert line is not None
        line.textEdited.connect(self._typed)
        self.valueChanged.connect(self._value_changed)
        self.editingFinished.connect(self._editing_finished)

    # --- reading ---------------------------------------------------------------------

    def _without_affixes(self, text: str) -> str:
        text = text.strip()
        prefix, suffix = self.prefix().strip(), self.suffix().strip()
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()

    def _number_part(self, text: str) -> str:
        """The text without the field's own prefix and suffix (:func:`number_part`)."""
        return number_part(self._without_affixes(text))

    def read(self, text: str) -> int | tuple[str, str]:
        """The whole number ``text`` stands for, or why it cannot be used.

        Returns:
            The value, or ``(kind, text)`` where kind is one of ``empty``, ``not_a_number``,
            ``too_small``, ``too_large`` or ``not_whole``.
        """
        number = self._number_part(text)
        if not number:
            return ("empty" if not text.strip() or text.strip() in (
                self.prefix().strip(), self.suffix().strip()) else "not_a_number", text)
        plain = normalise_digits(number)
        if _ONE_GROUP.fullmatch(plain):
            # A whole-number field has no decimals: "12.500" and "12,500" both mean 12500.
            plain = plain.replace(".", "").replace(",", "")
        locale = self.locale()
        try:
            value = parse_amount(plain, decimal_point=locale.decimalPoint(),
                                 group_separator=locale.groupSeparator(),
                                 allow_negative=True, maximum=float(self.maximum()))
        except AmountError as error:
            kind = {Problem.EMPTY: "empty", Problem.TOO_LARGE: "too_large"}.get(
                error.problem, "not_a_number")
            return kind, text
        if value < self.minimum():
            return "too_small", text
        if value != int(value):
            return "not_whole", text
        return int(value)

    def validate(self, text: str, pos: int) -> Any:
        """Acceptable for a usable value; anything else short stays typed (Intermediate)."""
        if len(text) > MAX_TEXT:
            return QValidator.State.Invalid, text, pos
        if isinstance(self.read(text), int):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def valueFromText(self, text: str) -> int:
        """The typed value; the current value when the text is not usable."""
        value = self.read(text)
        return value if isinstance(value, int) else self.value()

    # --- the message -------------------------------------------------------------------

    def problem(self) -> str:
        """The message shown for the field now ("" when there is nothing to say)."""
        if self._problem is None:
            return ""
        tr = QCoreApplication.translate
        kind, typed = self._problem
        locale = self.locale()
        shown = self._without_affixes(typed)
        if len(shown) > 24:
            shown = shown[:23] + "…"
        messages = {
            "empty": tr("NumberInput", "Enter a number."),
            "not_a_number": tr("NumberInput", "“%1” is not a number.").replace("%1", shown),
            "too_small": tr("NumberInput", "Enter at least %1.").replace(
                "%1", locale.toString(self.minimum())),
            "too_large": tr("NumberInput", "Enter at most %1.").replace(
                "%1", locale.toString(self.maximum())),
            "not_whole": tr("NumberInput", "Enter a whole number."),
        }
        message = messages[kind]
        if self._finished:
            message = tr("NumberInput", "Not changed: %1").replace("%1", message)
        return message

    def _set_problem(self, problem: tuple[str, str] | None, finished: bool = False) -> None:
        if (problem, finished) == (self._problem, self._finished):
            return
        self._problem, self._finished = problem, finished
        text = self.problem()
        self.setAccessibleDescription(text)
        self.problemChanged.emit(text)

    def _typed(self, text: str) -> None:
        value = self.read(text)
        self._set_problem(None if isinstance(value, int) else value)

    def _value_changed(self, value: int) -> None:
        # Leaving the field with unusable text puts the last value back and Qt reports
        # it again: that is no new value, and the hint must stay.
        if value != self._last_value:
            self._set_problem(None)
        self._last_value = value

    def _editing_finished(self) -> None:
        if self._problem is not None:
            self._set_problem(self._problem, finished=True)

    def changeEvent(self, event: QEvent) -> None:
        """Say the message again in a new language."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange) \
                and self._problem is not None:
            text = self.problem()
            self.setAccessibleDescription(text)
            self.problemChanged.emit(text)


def hint_label(field: AmountInput, parent: QWidget | None = None) -> QLabel:
    """A message line for ``field``: hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setObjectName(f"{field.objectName()}Hint" if field.objectName() else "")
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold")
    label.setVisible(False)

    def show(text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    field.problemChanged.connect(show)
    return label
