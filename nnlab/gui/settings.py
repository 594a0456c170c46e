"""The user's settings: one INI file, and reads that never trust what is in it.

The file lives in the platform's config folder and can be edited, truncated or damaged by hand.
Every value read from it is checked for its type and range and falls back to its default, so a
damaged file can never stop the app from starting (a seed of 2**31 once crashed a spin box at
every launch).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

MAX_JSON_CHARS = 100_000


def open_settings() -> QSettings:
    """The user's settings (an INI file in the platform's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "nnlab", "nnlab")


def read_setting(settings: QSettings, key: str, kind: type, default, valid=None):
    """A value from the settings, or ``default`` when it is missing, unreadable or not ``valid``.

    ``valid`` is a range (``range(1, 100)``), a container of allowed values, or a predicate.
    """
    try:
        value = settings.value(key, default)
        value = value if isinstance(value, kind) else kind(value)
    except (TypeError, ValueError, OverflowError):
        return default
    if valid is None:
        return value
    try:
        ok = valid(value) if callable(valid) else value in valid
    except (TypeError, ValueError, OverflowError):
        ok = False
    return value if ok else default


def read_json_setting(settings: QSettings, key: str):
    """A JSON object stored as text, or None when missing, too long, too deep or not an object."""
    text = read_setting(settings, key, str, "")
    if not text or len(text) > MAX_JSON_CHARS:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError, MemoryError):
        return None
    return value if isinstance(value, dict) else None
