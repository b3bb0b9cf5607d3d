"""Dates resolved against the publication date, and quantities with units and ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from newscoder.options import Options
from newscoder.pipeline import analyze
from newscoder.steps import timex

PUB = dt.date(2021, 3, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("on Monday", "2021-03-08", "day"),
        ("Wednesday", "2021-03-10", "day"),
        ("last Wednesday", "2021-03-03", "day"),
        ("yesterday", "2021-03-09", "day"),
        ("March 2", "2021-03-02", "day"),
        ("December 24", "2020-12-24", "day"),
        ("4 May 2019", "2019-05-04", "day"),
        ("last year", "2020", "year"),
        ("last month", "2021-02", "month"),
        ("two weeks ago", "2021-02-24", "day"),
        ("in 1998", "1998", "year"),
    ],
)
def test_resolve_date(text, value, granularity):
    assert timex.resolve_date(text, PUB) == (value, granularity)


def test_relative_date_without_publication_date_stays_unresolved():
    assert timex.resolve_date("on Monday", None) == (None, "day")
    assert timex.resolve_date("June 3, 2015", None) == ("2015-06-03", "day")


def test_future_weekday_is_the_next_one():
    assert timex.resolve_date("Friday", PUB, future=True) == ("2021-03-12", "day")


def test_component_dates_and_quantities():
    text = ("The ministers met in Vienna on Monday and agreed last year's plan. "
            "The buffer zone will be 20 kilometers deep, and a 3-7 kilometer corridor stays open.")
    result = analyze(text, date=PUB, options=Options(steps=("timex",)))
    by_text = {d.text: d for d in result.dates}
    assert by_text["Monday"].value == "2021-03-08"
    units = [(q.value, q.unit) for q in result.quantities]
    assert (20.0, "km") in units
    corridor = [q for q in result.quantities if q.low is not None]
    assert corridor and (corridor[0].low, corridor[0].high) == (3.0, 7.0)
    assert text[corridor[0].start:corridor[0].end] == corridor[0].text
