"""`callnotes draft`: JSON lines in, one note per line out; bad input is one clear line, exit 2."""

from __future__ import annotations

import json

import pytest

from callnotes.cli import main

CALLS = [
    {
        "id": "c1",
        "language": "es",
        "text": "operator: Línea contra la trata.\ncaller: Me tienen encerrada en un "
        "bar en Juliaca, me obligan a estar con clientes.\noperator: Voy a avisar ahora mismo a la policía.",
    },
    {"id": 7, "text": "caller: Aló, ¿es la pollería?\noperator: No, esta es la línea contra la trata."},
]


def run(argv, capsys):
    code = 0
    try:
        main(argv)
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_jsonl_in_one_note_per_line_out(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CALLS) + "\n", encoding="utf-8")
    code, out, _ = run(["draft", "--jsonl", str(src), "--lang", "en"], capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["c1", "7"]
    first, second = lines[0]["note"], lines[1]["note"]
    assert first["urgency"] == "immediate" and first["actions"] == ["police_dispatch"]
    assert "evidence" in first and first["summary"].startswith("A possible victim")
    assert second["call_type"] == "not_relevant"
    assert "Juliaca" not in out


def test_text_file_and_out_option(tmp_path, capsys):
    src = tmp_path / "call-42.txt"
    src.write_text(CALLS[0]["text"], encoding="utf-8")
    dest = tmp_path / "notes.jsonl"
    code, out, _ = run(["draft", str(src), "--out", str(dest)], capsys)
    assert code == 0 and out == ""
    line = json.loads(dest.read_text(encoding="utf-8"))
    assert line["id"] == "call-42" and line["note"]["region"] == "Puno"


@pytest.mark.parametrize(
    "content, problem",
    [
        ('{"id": "x", "text": "caller: hola"}\nnot json\n', "line 2: not valid JSON"),
        ('{"id": "x"}\n', "line 1: needs an 'id' and a 'text'"),
    ],
)
def test_bad_jsonl_is_one_line_naming_file_and_line(tmp_path, capsys, content, problem):
    src = tmp_path / "bad.jsonl"
    src.write_text(content, encoding="utf-8")
    code, out, err = run(["draft", "--jsonl", str(src)], capsys)
    assert code == 2 and problem in err and "Traceback" not in err
    assert "hola" not in err


def test_missing_file_and_missing_model(tmp_path, capsys):
    code, _, err = run(["draft", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "file not found" in err
    src = tmp_path / "a.txt"
    src.write_text("caller: hola", encoding="utf-8")
    code, _, err = run(["draft", str(src), "--backend", "transformers", "--model", str(tmp_path)], capsys)
    assert code == 2 and "config.json" in err
