"""Dates and numbers as the app's language writes them (the locale ``i18n.install`` made default).

English keeps its unambiguous "4 Mar 2026"; other languages use their locale's long date
without the weekday ("4. März 2026", "2026年3月4日", Arabic digits in Arabic), and numbers get
the locale's grouping and decimal mark ("1.234", "7,5").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

ENGLISH_DATE = "d MMM yyyy"  # i18n: a date pattern
# the weekday and what separates it from the date, at either end of a long-date pattern
_WEEKDAY = re.compile(r"^dddd[,،\s]*|[,،\s]*dddd$")


def _date_pattern(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.English:
        return ENGLISH_DATE
    return _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()


def date_text(value: date | datetime | None, empty: str = "") -> str:
    """A day: "4 Mar 2026", "4. März 2026"; ``empty`` for None."""
    if value is None:
        return empty
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _date_pattern(locale))


def datetime_text(value: datetime | None, empty: str = "") -> str:
    """A moment in local time: the day as ``date_text`` writes it, then hours and minutes."""
    if value is None:
        return empty
    try:
        local = value.astimezone() if value.tzinfo else value
    except OverflowError:  # the calendar's edge ("valid until 9999-12-31T23:59Z") has no local time east of it
        local = value
    locale = QLocale()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{_date_pattern(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def number_text(value: int | float | Decimal) -> str:
    """A count or measure with the locale's grouping and decimal mark, with every digit English
    would show and none made up ("7,5", not "7,50000")."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
