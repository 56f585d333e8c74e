"""Dates in Chinese news text, resolved against the publication date to ISO strings.

``iso`` is as precise as the text: ``2023-11-29``, ``2024-06``, ``2023``, ``2023-Q1``.
A month and day without a year take the publication year (the year before, if that
would fall after publication); 今年/去年/前年/明年 count from the publication year and
同年/当年 repeat the year last named.

>>> import datetime as dt
>>> text = "2023年11月29日开幕;2月1日走进园区;截至2024年6月"
>>> [d.iso for d in find_dates(text, dt.date(2024, 2, 24))]
['2023-11-29', '2024-02-01', '2024-06']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates"]

_RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "上年": -1}
_RELATIVE_MONTHS = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:(?P<year>(?:19|20)\d{2})年|(?P<rel>今年|本年|去年|前年|明年|上年|同年|当年))"
_PATTERN = re.compile(
    r"(?<!\d)(?P<iy>(?:19|20)\d{2})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})(?!\d)"
    rf"|{_YEAR}?(?<!\d)(?P<month>\d{{1,2}})月(?:(?P<day>\d{{1,2}})[日号])?"
    rf"|{_YEAR.replace('?P<year>', '?P<year2>').replace('?P<rel>', '?P<rel2>')}"
    r"(?:第?(?P<quarter>[一二三四1-4])季度)?"
    r"|(?P<relmonth>上个月|下个月|本月|当月|上月|下月)"
)


@dataclass(frozen=True)
class DateMention:
    """A date the text names, ``iso`` resolved; offsets into the searched text."""

    start: int
    end: int
    text: str
    iso: str


def _year(match: re.Match[str], group: str, rel_group: str, published: dt.date | None,
          last_year: int | None) -> int | None:
    if match[group]:
        return int(match[group])
    rel = match[rel_group]
    if rel in ("同年", "当年"):
        return last_year if last_year is not None else (published.year if published else None)
    if rel and published:
        return published.year + _RELATIVE_YEARS[rel]
    return None


def find_dates(text: str, published: dt.date | None = None, offset: int = 0
               ) -> list[DateMention]:
    """Every date in ``text``; relative ones need ``published`` and are dropped without it.

    >>> [d.iso for d in find_dates("今年4月28日;去年;2023年一季度;上月", dt.date(2024, 11, 20))]
    ['2024-04-28', '2023', '2023-Q1', '2024-10']
    """
    found: list[DateMention] = []
    last_year: int | None = None
    for match in _PATTERN.finditer(text):
        iso = None
        if match["iy"]:
            month, day = int(match["im"]), int(match["id"])
            if _valid(int(match["iy"]), month, day):
                iso = f"{match['iy']}-{month:02d}-{day:02d}"
                last_year = int(match["iy"])
        elif match["month"]:
            month = int(match["month"])
            day = int(match["day"]) if match["day"] else None
            year = _year(match, "year", "rel", published, last_year)
            if year is None and published is not None:
                year = published.year
                if (month, day or 1) > (published.month, published.day):
                    year -= 1
            if year is not None and _valid(year, month, day or 1):
                iso = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
                last_year = year
        elif match["year2"] or match["rel2"]:
            year = _year(match, "year2", "rel2", published, last_year)
            if year is not None:
                quarter = match["quarter"]
                iso = f"{year}-Q{_QUARTERS[quarter]}" if quarter else str(year)
                last_year = year
        elif match["relmonth"] and published is not None:
            shift = _RELATIVE_MONTHS[match["relmonth"]]
            months = published.year * 12 + published.month - 1 + shift
            iso = f"{months // 12}-{months % 12 + 1:02d}"
        if iso:
            found.append(DateMention(match.start() + offset, match.end() + offset,
                                     match.group(), iso))
    return found


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
