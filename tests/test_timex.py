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
        ("August last year", "2020-08", "month"),
        ("in May of next year", "2022-05", "month"),
        ("last month to", "2021-02", "month"),
        ("last March", "2020-03", "month"),
        ("last February", "2021-02", "month"),
        ("next January", "2022-01", "month"),
    ],
)
def test_resolve_date(text, value, granularity):
    assert timex.resolve_date(text, PUB) == (value, granularity)


@pytest.mark.parametrize(("text", "value"), [("1991-94", "1991"), ("1914-1918", "1914"), ("2003/04", "2003"),
                                             ("11 years", None), ("10 days", None), ("three more months", None)])
def test_a_span_of_years_is_where_it_starts_and_a_length_of_time_is_no_date(text, value):
    # dateparser read "1914-18" as a day of 1914 and "seven years" as seven years ago
    assert timex.resolve_date(text, PUB)[0] == value
    assert timex.resolve_date("2020-11", PUB)[0] != "2020"  # a month, not a span of years


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


def _quantities(text):
    from newscoder import analyze
    from newscoder.options import Options

    return analyze(text, options=Options(steps=("timex",)), date="2021-03-01").quantities


def test_quantity_kinds_ranges_and_ages():
    qs = {q.text: q for q in _quantities(
        "Officials said 3 to 7 kilometers of road and two thirds of the harvest were lost. The firm earned "
        "4.5 mln dlrs, up 12 pct, and 300 workers were laid off. The 52-year-old mayor, Ana Ruiz, 52, resigned.")}
    road = qs["3 to 7 kilometers"]
    assert (road.low, road.high, road.unit, road.kind) == (3.0, 7.0, "km", "measure")
    assert (qs["two thirds"].kind, qs["two thirds"].value) == ("percent", 66.67)
    assert (qs["4.5 mln dlrs"].kind, qs["4.5 mln dlrs"].value, qs["4.5 mln dlrs"].unit) == ("money", 4.5e6, "USD")
    assert (qs["12 pct"].kind, qs["12 pct"].unit) == ("percent", "%")
    assert (qs["300 workers"].kind, qs["300 workers"].unit) == ("count", "worker")
    assert qs["52-year-old"].kind == "age" and qs["52-year-old"].value == 52


def test_ages_are_not_dates():
    from newscoder import analyze
    from newscoder.options import Options

    a = analyze("The 34-year-old driver, aged 34, and his father, 61, were hurt on Monday.",
                options=Options(steps=("timex",)), date="2021-03-03")
    assert [d.text for d in a.dates] == ["Monday"]
    assert sorted(q.value for q in a.quantities if q.kind == "age") == [34, 34, 61]


def test_wire_fractions_compound_counts_and_non_quantities():
    qs = {q.text: q for q in _quantities(
        "The rate rose 7-1/2 pct, or 1/2 pct more, and 40 service agencies got $2,000 to $20,000 each "
        "from 3M at 8 a.m. in the 1987/88 budget.")}
    assert qs["7-1/2 pct"].value == 7.5 and qs["1/2 pct"].value == 0.5
    assert qs["40 service agencies"].unit == "agency"
    money = qs["$2,000 to $20,000"]
    assert (money.low, money.high, money.kind) == (2000.0, 20000.0, "money")
    assert not any(t.startswith(("3M", "8", "1987")) for t in qs)


def test_a_day_told_in_the_present_is_the_coming_one_except_in_a_headline():
    def days(text):
        return [(d.text, d.value) for d in analyze(text, date=PUB, options=Options(steps=("timex",))).dates]

    assert days("The Polish president meets his Czech counterpart on Friday.") == [("Friday", "2021-03-12")]
    assert days("The two ministers are meeting on Friday in Geneva.") == [("Friday", "2021-03-12")]
    assert days("The two ministers met on Friday in Geneva.") == [("Friday", "2021-03-05")]
    assert days("The minister says on Monday that the talks failed.") == [("Monday", "2021-03-08")]
    headline = days("Police arrest former minister on Monday\n\nLIMA - Police arrested the former minister on Monday.")
    assert headline == [("Monday", "2021-03-08"), ("Monday", "2021-03-08")]


def test_quarters_halves_fiscal_years_and_parts_of_a_month():
    def dates(text):
        return {d.text: (d.value, d.granularity) for d in
                analyze(text, date="2024-05-15", options=Options(steps=("timex",))).dates}

    got = dates("Margins shrank in the third quarter and recovered in the first quarter. The group will invest more "
                "in the second half. Orders rose in the first half of 2023. The agency plans cuts in fiscal 2026. "
                "The mine will shut by the end of August.")
    assert got["the third quarter"] == ("2023-Q3", "quarter")  # the last third quarter begun by mid-May 2024
    assert got["the first quarter"] == ("2024-Q1", "quarter")
    assert got["the second half"] == ("2024-H2", "half")  # future tense: the coming one
    assert got["the first half of 2023"] == ("2023-H1", "half")
    assert got["fiscal 2026"] == ("2026", "year")
    assert got["the end of August"] == ("2024-08", "month")
    more = dates("Sales will rise next quarter. Three-quarters of staff said the quarterly survey was fair.")
    assert more == {"next quarter": ("2024-Q3", "quarter")}  # a share and an adjective are no dates


def test_a_day_pair_and_a_schedule_told_in_the_passive():
    got = {d.text: d.value for d in analyze("The summit is scheduled for June 3-4. Markets closed on 8-9 May.",
                                            date="2024-05-15", options=Options(steps=("timex",))).dates}
    assert got == {"June 3-4": "2024-06-03", "8-9 May": "2024-05-08"}


def test_a_games_halves_are_no_dates_and_results_to_come_are_of_the_quarter_just_ended():
    def dates(text):
        return {d.text: d.value for d in analyze(text, date="2024-04-10", options=Options(steps=("timex",))).dates}

    assert "the second half" not in dates("Kane scored twice in the second half to give Bayern a 3-1 win.")
    assert "the fourth quarter" not in dates("The Celtics outscored the Heat 30-18 in the fourth quarter.")
    assert dates("Delta will report first-quarter results on Thursday.")["first-quarter"] == "2024-Q1"
    assert dates("The firm will invest more in the second half.")["the second half"] == "2024-H2"


def test_a_length_told_as_an_adjective_and_the_decade_are_no_days_or_months():
    # the review of the session's change: "the 10-year Treasury yield" was a day, "over the decade" December
    got = {d.text: d.value for d in analyze("The 10-year Treasury yield rose on Monday. Growth slowed over the decade. "
                                           "Exports rose in December.", date="2024-05-15",
                                           options=Options(steps=("timex",))).dates}
    assert "10-year" not in got and got.get("the decade") is None and got["December"] == "2023-12"


def test_quarters_named_by_their_months_or_as_the_final_or_current_one_and_end_forms():
    # left by the review of the session's change
    got = {d.text: d.value for d in analyze(
        "Sales rose in the December quarter and fell in the July-September quarter. Growth slowed in the final "
        "quarter of 2023 and will pick up in the current quarter. Rates stay high until end-2025.",
        date="2024-05-15", options=Options(steps=("timex",))).dates}
    assert got["the December quarter"] == "2023-Q4" and got["the July-September quarter"] == "2023-Q3"
    assert got["the final quarter of 2023"] == "2023-Q4" and got["the current quarter"] == "2024-Q2"
    assert got["end-2025"] == "2025"
    more = {d.text: d.value for d in analyze(
        "Emissions will fall over the next decade. He expects first quarter GNP to rise two pct, followed by a gain "
        "of 1.0-1.5 pct. Officials said the 10-year bond yield rose.", date="2024-05-15",
        options=Options(steps=("timex",))).dates}
    assert more.get("the next decade") is None and more["first quarter"] == "2024-Q1" and "10-year" not in more


def test_a_fiscal_year_written_as_companies_write_it():
    from newscoder import analyze
    from newscoder.options import Options

    dates = analyze("Kestrel expects growth in FY25 after profit rose in FY2024.", date="2024-05-15",
                    options=Options(steps=("timex",))).dates
    assert [(d.text, d.value, d.granularity) for d in dates] == [("FY25", "2025", "year"), ("FY2024", "2024", "year")]
