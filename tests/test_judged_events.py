"""scripts/judged_events.py: judged outputs kept as pointers into articles, batches merged, ISOT rows read."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("judged_events", ROOT / "scripts" / "judged_events.py")
J = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(J)


def _folder(tmp_path: Path, name: str, text: str, judgment: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "articles.json").write_text(json.dumps([{"id": "isot-0", "text": text}]), encoding="utf-8")
    evidence = text.splitlines()[-1]
    (folder / "blind_events.json").write_text(json.dumps([{"eid": "E001", "art": "isot-0", "text": evidence,
                                                          "trig": "accused", "event": "ACCUSE"}]), encoding="utf-8")
    (folder / "judgments.txt").write_text(f"E001|{judgment}|Y|Y|-||||note\n# done\n", encoding="utf-8")
    return folder


def test_collect_replaces_its_own_batches_and_keeps_the_others(tmp_path):
    text = "Kenya accuses Uganda\n\nKenya accused Uganda of stalling the talks."
    kept = [{"batch": "older", "corpus": "bbc", "article": "bbc-politics-001", "start": "0", "end": "5",
             "sha1": "x", "trigger": "met", "real": "Y", "type_ok": "Y", "event": "CONSULT"},
            {"batch": "check", "corpus": "isot", "article": "isot-0", "start": "0", "end": "5", "sha1": "x",
             "trigger": "accused", "real": "Y", "type_ok": "Y", "event": "ACCUSE"}]
    rows = J.collect([_folder(tmp_path, "check", text, "N")], kept)
    assert [(r["batch"], r["real"]) for r in rows] == [("older", "Y"), ("check", "N")]
    new = rows[-1]
    assert text[new["start"]:new["end"]] == "Kenya accused Uganda of stalling the talks."
    assert new["sha1"] == J.sha(text[new["start"]:new["end"]]) and new["corpus"] == "isot"


def test_isot_rows_become_articles(tmp_path):
    csv_file = tmp_path / "True.csv"
    csv_file.write_text('title,text,subject,date\n"Kenya, Uganda talk "," NAIROBI (Reuters) - Talks began. ",'
                        'worldnews,"December 1, 2017 "\n', encoding="utf-8")
    (article,) = J.isot_articles(csv_file)
    assert article == {"id": "isot-0", "text": "Kenya, Uganda talk\n\nNAIROBI (Reuters) - Talks began.\n"}


def test_reuters_and_bbc_folders_become_articles(tmp_path):
    reuters = tmp_path / "reuters"
    reuters.mkdir()
    (reuters / "reut2-000.sgm").write_bytes(
        b'<REUTERS TOPICS="YES" NEWID="7">\n<TEXT>&#2;\n<TITLE>KENYA &amp; UGANDA TALK</TITLE>\n'
        b'<BODY>Kenya and Uganda held talks on Monday.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n'
        b'<REUTERS NEWID="8"><TEXT><TITLE>NO BODY</TITLE></TEXT></REUTERS>\n')
    (article,) = J.read_articles(reuters)
    assert article["id"] == "reut-7" and article["text"].startswith("KENYA & UGANDA TALK\n\nKenya and Uganda held")
    bbc = tmp_path / "bbc" / "politics"
    bbc.mkdir(parents=True)
    text = "Talks in Nairobi\n\nThe minister met his counterpart \xa3 5m.\n"
    (bbc / "012.txt").write_bytes(text.encode("latin-1"))
    (story,) = J.read_articles(tmp_path / "bbc")
    assert story == {"id": "bbc-politics-012", "text": text}
