"""Reading what a student typed: shapes, numbers, choices and predictions, in English or Persian digits.

Every reader returns the value or raises :class:`Unreadable`: a malformed answer is not a wrong
answer (the student is told how to write it and the attempt does not count).
"""

from __future__ import annotations

import math
import re

MAX_ANSWER = 200
# Persian (۰-۹) and Arabic-Indic (٠-٩) digits, the Persian comma and decimal separator.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩،٫", "01234567890123456789,.")
_SHAPE_SEPARATORS = re.compile(r"\s*(?:,|x|×|\*)\s*|\s+")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
OUTCOME_WORDS = {"smooth": ("smooth", "down", "نرم", "هموار"), "oscillate": ("oscill", "osc", "نوسان"),
                 "diverge": ("diverg", "explod", "واگرا")}


class Unreadable(ValueError):
    """The answer could not be read as the kind of answer asked for."""


def normalize(text) -> str:
    if not isinstance(text, str):
        raise Unreadable("not text")
    if len(text) > MAX_ANSWER:
        raise Unreadable("too long")
    return text.translate(_DIGITS).strip()


def read_shape(text: str) -> tuple:
    """``(60000, 14, 14)``, ``60000, 14, 14``, ``[60000,14,14]``, ``60000 x 14 x 14``, ``(512,)``, ``()``."""
    text = normalize(text)
    if not text:
        raise Unreadable(text)
    while len(text) >= 2 and text[0] + text[-1] in ("()", "[]"):
        text = text[1:-1].strip()
    parts = [part for part in _SHAPE_SEPARATORS.split(text.strip().rstrip(",")) if part] if text else []
    if not all(part.isdigit() and len(part) <= 12 for part in parts) or len(parts) > 32:
        raise Unreadable(text)
    return tuple(int(part) for part in parts)


def read_number(text: str) -> float:
    """``401920``, ``401,920``, ``401 920``, ``0.0123``, ``1.2e-2``, ``-3``, with Persian digits too."""
    text = normalize(text).replace("_", "").replace(" ", "").replace("\u066c", "")
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        raise Unreadable(text) from None
    if not math.isfinite(value):
        raise Unreadable(text)
    return value


def read_choice(text: str, count: int) -> int:
    """The option counted from 1: ``2``, ``b`` or ``B``."""
    text = normalize(text).lower().rstrip(").")
    if text.isdigit() and 1 <= int(text) <= count:
        return int(text)
    if len(text) == 1 and "a" <= text <= "z" and ord(text) - ord("a") < count:
        return ord(text) - ord("a") + 1
    raise Unreadable(text)


def read_outcome(text: str) -> str:
    """"smooth", "oscillate" or "diverge" (or a word starting like one, in English or Persian)."""
    text = normalize(text).lower()
    found = [key for key, starts in OUTCOME_WORDS.items() if text and any(text.startswith(s) for s in starts)]
    if len(found) != 1:
        raise Unreadable(text)
    return found[0]
