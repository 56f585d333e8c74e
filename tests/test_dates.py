"""Absolute and relative dates, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from chainkg.dates import find_dates

PUBLISHED = dt.date(2024, 2, 24)


@pytest.mark.parametrize(("text", "iso"), [
    ("2023年11月29日", "2023-11-29"),
    ("2月1日", "2024-02-01"),
    ("11月22日", "2023-11-22"),  # after publication in 2024: the year before
    ("2023年", "2023"),
    ("截至2024年6月", "2024-06"),
    ("2024-02-24", "2024-02-24"),
    ("今年", "2024"),
    ("去年", "2023"),
    ("前年", "2022"),
    ("今年4月28日", "2024-04-28"),
    ("上月", "2024-01"),
    ("本月", "2024-02"),
    ("2023年一季度", "2023-Q1"),
    ("5月8号", "2023-05-08"),
])
def test_a_single_date(text, iso):
    assert [d.iso for d in find_dates(text, PUBLISHED)] == [iso]


def test_same_year_repeats_the_year_last_named():
    text = "时间回到2015年。当年1月19日签约,同年11月开工。"
    assert [d.iso for d in find_dates(text, PUBLISHED)] == ["2015", "2015-01-19", "2015-11"]


def test_offsets_point_at_the_date_text():
    text = "据悉,2023年11月29日,大会在北京召开。"
    (date,) = find_dates(text, PUBLISHED, offset=10)
    assert text[date.start - 10:date.end - 10] == date.text == "2023年11月29日"


def test_impossible_dates_and_non_dates_are_skipped():
    assert find_dates("2月30日;12345热线;6个月;第13月", PUBLISHED) == []


def test_relative_dates_need_a_publication_date():
    assert [d.iso for d in find_dates("今年4月28日;2023年", None)] == ["2023"]
