import datetime as dt

import pytest

import newscoder
from newscoder.errors import EmptyTextError, InputError, OptionsError, TooLargeError
from newscoder.options import Options


def test_options_add_required_steps_and_reject_bad_values():
    assert Options(steps=("tags",)).steps == ("layout", "names", "entities", "keyphrases", "tags")
    with pytest.raises(OptionsError, match="unknown step"):
        Options(steps=("sentiment",))
    with pytest.raises(OptionsError, match="n_tags"):
        Options(n_tags=0)


def test_analyze_returns_the_contract_fields(example_body):
    a = newscoder.analyze(example_body, date="2019-08-06", id="ex")
    d = a.to_dict()
    for key in ("id", "tags", "keyphrases", "topics", "entities", "places", "focus", "events", "dates",
                "quantities"):
        assert key in d
    assert d["id"] == "ex" and d["date"] == "2019-08-06"
    for e in d["entities"]:
        assert example_body[e["start"]:e["end"]] == e["text"]


def test_analyze_many_keeps_order_and_skips_with_handler():
    texts = ["Rain fell on Lima on Sunday and the city council met to plan for floods.", "",
             "Oil prices rose in London after OPEC ministers agreed to cut output."]
    errors = []
    out = list(newscoder.analyze_many(texts, on_error=lambda a, e: errors.append(e)))
    assert [a.id for a in out] == ["0", "2"]
    assert len(errors) == 1 and isinstance(errors[0], EmptyTextError)


def test_bad_inputs_raise_clear_errors():
    with pytest.raises(EmptyTextError):
        newscoder.analyze("   ")
    with pytest.raises(TooLargeError, match="over the limit"):
        newscoder.analyze("word " * 100, options=Options(max_chars=100))
    with pytest.raises(InputError, match="English"):
        newscoder.analyze("El gobierno anunció el lunes que las nuevas medidas entrarán en vigor "
                          "para todas las empresas del país durante el próximo año.")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        newscoder.analyze("Some text here.", date="yesterday")


def test_date_argument_accepts_date_objects():
    a = newscoder.analyze("Officials met in Paris on Monday to discuss the budget.", date=dt.date(2020, 3, 4))
    assert a.date == dt.date(2020, 3, 4)


def test_analyze_many_in_worker_processes_keeps_order():
    texts = [f"Story {i}: the mayor of Lyon opened a new bridge over the Rhone on Friday." for i in range(6)]
    texts.insert(2, " ")
    errors = []
    out = list(newscoder.analyze_many(texts, n_process=2, batch_size=2, on_error=lambda a, e: errors.append(e)))
    assert [a.id for a in out] == ["0", "1", "3", "4", "5", "6"]
    assert len(errors) == 1
    assert out[0].to_dict()["keyphrases"] == newscoder.analyze(texts[0]).to_dict()["keyphrases"]


@pytest.mark.parametrize("text,english", [
    ("Russian forces shelled Kharkiv on Monday, Ukrainian officials said. Ukraine accused Moscow of "
     "targeting civilians and demanded new sanctions.", True),
    ("De regering heeft maandag in Den Haag besloten dat de nieuwe regels vanaf volgend jaar voor alle "
     "bedrijven gelden.", False),
    ("Le gouvernement a annoncé lundi que les nouvelles mesures entreront en vigueur pour toutes les "
     "entreprises du pays.", False),
    ("Правительство объявило в понедельник, что новые меры вступят в силу для всех компаний страны.", False),
    # terse wire copy: capitals, tables, a headline alone
    ("GRAIN TRADERS SEE LOWER WHEAT STOCKS", True),
    ("OSLO SHIPPING FIRM POSTS LOSS\nShr loss 41 ore vs profit 12 ore\nNet loss 88 mln crowns vs profit 31 mln\n"
     "Revs 1.24 billion vs 1.31 billion", True),
    ("DEL MONTE AND LOS ALAMOS VAN LINES SET DEAL, SAYS DES MOINES UNIT", True),
    ("El gobierno de Chile anunció el lunes nuevas medidas para las empresas del sector minero.", False),
    ("DIE REGIERUNG HAT AM MONTAG NEUE REGELN FÜR ALLE UNTERNEHMEN DES LANDES BESCHLOSSEN.", False),
])
def test_language_check(text, english):
    from newscoder.language import looks_english

    assert looks_english(text) is english


def test_non_english_is_a_clear_error():
    with pytest.raises(InputError, match="does not look like English"):
        newscoder.analyze("Le gouvernement a annoncé lundi que les nouvelles mesures entreront en vigueur pour "
                          "toutes les entreprises du pays, selon le ministre.")
