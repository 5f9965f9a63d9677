"""Markers of translatable text. `pybabel extract` finds them (keywords in `babel.cfg`'s command, see the
README); `indicators.i18n` translates them through the catalog `locale/<lang>/LC_MESSAGES/messages.po`.

The source language is English: a message is its English text, with a context where one English word needs
two Turkish ones ("Indicators" as a heading and as a column of counts), or with a plural form.
"""

from __future__ import annotations

from typing import NamedTuple


class Message(NamedTuple):
    """A translatable text: `msgid` in English, an optional gettext `context`, an optional English `plural`."""

    msgid: str
    context: str | None = None
    plural: str | None = None


def N_(msgid: str) -> Message:
    """A text to translate later (gettext's no-op marker)."""
    return Message(msgid)


def NP_(context: str, msgid: str) -> Message:
    """A text to translate later in `context` (gettext's pgettext)."""
    return Message(msgid, context=context)


def NN_(singular: str, plural: str) -> Message:
    """A text with a plural form, chosen by a count when it is translated (gettext's ngettext)."""
    return Message(singular, plural=plural)
