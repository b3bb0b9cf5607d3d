"""Notebooks: an Analysis shows as the page's view (`_repr_html_`), and many analyses become DataFrames."""

from pathlib import Path

import pytest

from newscoder import analyze, frames

ARTICLE = (Path(__file__).parent / "data" / "drilling-row.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def analysis():
    return analyze(ARTICLE, id="row", date="2020-08-13")


def test_repr_html_is_the_page_view(analysis):
    html = analysis._repr_html_()
    assert "Greece warns Turkey over drilling ship near Crete" in html
    assert '<mark class="trigger">threatened <small>THREATEN</small></mark>' in html
    assert '<mark class="PERSON">Nikos Dendias <small>PERSON</small></mark>' in html
    assert html.count("<circle") >= 4 and 'fill="#f7dfae"' in html  # markers, and the focus countries shaded
    assert "<td>ACCUSE</td>" in html and "Tags:" not in html.split("</p>", 2)[-1].split("<svg")[0]


def test_repr_html_escapes_what_it_shows():
    a = analyze("<b>Strike</b> & more\n\nDock workers in Rotterdam went on strike on Monday, the union said.",
                input_format="text")
    html = a._repr_html_()
    assert "<b>Strike</b>" not in html and "&lt;b&gt;Strike&lt;/b&gt;" in html


def test_frames_of_many_analyses(analysis):
    other = analyze("Kenyan police arrested protesters in Nairobi on Tuesday, officials said.", id="ke",
                    date="2021-05-05")
    f = frames([analysis, other.to_dict()])
    assert list(f["articles"]["id"]) == ["row", "ke"]
    assert str(f["articles"]["date"].dtype).startswith("datetime64")
    assert {"THREATEN", "ACCUSE"} <= set(f["events"]["plover_type"])
    assert {"Athens", "Nairobi"} <= set(f["places"]["name"])
    ents = f["entities"]
    assert list(ents.columns[:3]) == ["id", "text", "label"]
    assert (ents[ents["id"] == "row"]["canonical"] == "Greece").sum() == 5
