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


@pytest.mark.parametrize("sample", [
    "", "plain ASCII news copy, 40 letters and more: Kharkiv, Moscow, Kyiv. " * 3,
    "curly quotes \u2019and\u201d dashes \u2014 \u00e9t\u00e9 na\u00efve " * 4,
    "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e " * 20,
    "\u540d\u5b57 abc \u00b2 \u00bd \u0660\u0661 \ud800 xyz " * 30, "\u00c0\u00c9 AB " * 12 + "\u4e2d" * 30,
])
def test_script_is_latin_counts_letters_as_a_step_per_character_would(sample):
    from newscoder.language import script_is_latin

    letters = sum(ch.isalpha() for ch in sample)
    ascii_letters = sum(("a" <= ch <= "z") or ("A" <= ch <= "Z") for ch in sample)
    assert script_is_latin(sample) is (letters < 40 or ascii_letters / letters >= 0.5)


def test_non_english_is_a_clear_error():
    with pytest.raises(InputError, match="does not look like English"):
        newscoder.analyze("Le gouvernement a annoncé lundi que les nouvelles mesures entreront en vigueur pour "
                          "toutes les entreprises du pays, selon le ministre.")


PARAGRAPHS = [
    "Chilean miners went on strike on Monday at the Escondida copper mine, the union said.",
    "Peru's government said it would send troops to the border with Bolivia after protests in Puno.",
    "In Buenos Aires, Argentina's central bank raised interest rates to 40 percent on Tuesday.",
    "Brazilian police arrested 12 people in Sao Paulo on suspicion of fraud, officials said.",
]


def test_pieces_cover_the_text_and_end_at_paragraph_breaks():
    from newscoder.pipeline import pieces

    text = "\n\n".join(PARAGRAPHS * 5)
    parts = pieces(text, 300)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(end - start <= 300 for start, end in parts)
    assert all(text[end - 2:end] == "\n\n" for _, end in parts[:-1])
    assert pieces("x" * 1000, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]  # no break: hard cuts


def test_a_long_text_is_analyzed_in_pieces_with_offsets_into_the_whole(monkeypatch):
    from newscoder import pipeline

    text = "\n\n".join(PARAGRAPHS * 3)
    whole = newscoder.analyze(text, date="2018-06-05")
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 400)
    assert len(pipeline.pieces(text)) >= 3
    cut = newscoder.analyze(text, date="2018-06-05")
    for e in cut.entities:
        assert text[e.start:e.end] == e.text
    for ev in cut.events:
        assert text[ev.start:ev.end] == ev.text
    assert [e.text for e in cut.entities] == [e.text for e in whole.entities]
    assert [(e.event, e.start) for e in cut.events] == [(e.event, e.start) for e in whole.events]
    assert [p.name for p in cut.places] == [p.name for p in whole.places]
    streamed = list(newscoder.analyze_many(["A short note about rain in Lima.", text, "Snow fell in Oslo."]))
    assert [len(a.entities) > 0 for a in streamed] == [True, True, True]
    assert [e.text for e in streamed[1].entities] == [e.text for e in whole.entities]


def test_long_text_in_pieces_merges_without_warnings():
    import warnings

    from newscoder.pipeline import PIECE_CHARS, analyze

    text = "TALKS RESUME\n\nChilean officials held talks in Santiago on Monday. " * (PIECE_CHARS // 50 + 10)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # spaCy's W102: a piece's own user data that cannot be merged
        result = analyze(text)
    assert result.events


def _clear_process_caches():
    from newscoder.knowledge import countries, gazetteer
    from newscoder.steps import geo_resolve, keyphrase_model, keyphrases, topics

    keyphrases._VECTORS.clear()
    gazetteer._FOUND.clear()
    for cached in (countries.normalize, gazetteer.key, topics.norm, geo_resolve.candidates,
                   keyphrase_model._word_rarity):
        cached.cache_clear()


def test_articles_in_a_row_give_what_each_gives_alone(example_body):
    """The caches kept across articles (embeddings, gazetteer answers, name keys) change no result: each article
    analyzed after the others gives what it gives in a fresh process state."""
    other = ("Dock workers at the port of Rotterdam ended a week-long strike on Wednesday after unions and "
             "employers agreed a pay deal, the Dutch port authority said. Ships had queued in the North Sea.")
    texts, options = [example_body, other], Options(date=dt.date(2019, 8, 6))
    alone = []
    for text in texts:
        _clear_process_caches()
        alone.append(next(newscoder.analyze_many([text], options=options)).to_dict())
    in_a_row = [a.to_dict() for a in newscoder.analyze_many(texts[::-1] + texts, options=options)][2:]
    for record in in_a_row + alone:
        record.pop("id")  # the position in the stream
    assert in_a_row == alone
