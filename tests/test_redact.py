"""The redactor end to end, with the real spaCy models: recall on labelled calls, the output
contract (offsets, modes, mapping), speaker labels, allow-list, bad input and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callnotes.errors import CallnotesError, InputError
from redact import DIRECT_IDENTIFIERS, LABELS, Entity

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "calls_dev.jsonl"
HELDOUT = ROOT / "bench" / "data" / "redact" / "calls_heldout.jsonl"
HELDOUT2 = ROOT / "bench" / "data" / "redact" / "calls_heldout2.jsonl"
HELDOUT4 = ROOT / "bench" / "data" / "redact" / "heldout4.jsonl"  # rough ASR, VE/CO/BR, split numbers


def _calls(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _direct_recall(redactor, calls: list[dict]) -> float:
    caught = total = 0
    for call in calls:
        _, entities = redactor.analyze(call["text"])
        covered = {i for e in entities for i in range(e.start, e.end)}
        for gold in call["pii"]:
            if gold["type"] not in DIRECT_IDENTIFIERS:
                continue
            total += 1
            chars = {i for i in range(gold["start"], gold["end"]) if call["text"][i].isalnum()}
            caught += chars <= covered
    return caught / total


@pytest.mark.skipif(not DEV.exists(), reason="shared dev calls not present")
def test_direct_identifier_recall_on_dev_calls(redactor):
    assert _direct_recall(redactor, _calls(DEV)) >= 0.99


@pytest.mark.parametrize("path", [HELDOUT, HELDOUT2, HELDOUT4], ids=["heldout", "heldout2", "heldout4"])
def test_direct_identifier_recall_on_heldout_calls(redactor, path):
    # Calls in other styles (lowercase ASR, code-switching, pt, Venezuelan, spelled numbers).
    assert _direct_recall(redactor, _calls(path)) >= 0.95


def test_entities_have_label_types_and_input_offsets(redactor):
    text = "caller: Me llamo Dayana Rondón, mi WhatsApp es +58 414 572 9163.\noperator: Gracias, Dayana."
    result = redactor.redact(text, language="es")
    assert result.language == "es"
    assert {e.type for e in result.entities} <= set(LABELS)
    pieces = {text[e.start : e.end] for e in result.entities}
    assert {"Dayana Rondón", "+58 414 572 9163", "Dayana"} <= pieces
    assert all(isinstance(e, Entity) and 0 <= e.score <= 1 for e in result.entities)
    # speaker labels are not names
    assert result.redacted.startswith("caller: ") and "\noperator: " in result.redacted


def test_tag_mode_numbers_each_person_consistently(redactor):
    text = "Se llama Luz Marina Condori. Luz tiene miedo. Su tía Meche la llevó. Meche cobra."
    result = redactor.redact(text, language="es", mode="tag")
    assert result.redacted.count("<PERSON_1>") == 2 and result.redacted.count("<PERSON_2>") == 2
    assert result.mapping["<PERSON_1>"] == "Luz Marina Condori"
    assert "Condori" not in result.redacted and "Meche" not in result.redacted


def test_mask_and_surrogate_modes_remove_originals(redactor):
    text = "Mi nombre es Ruth Vela Panduro, celular 961 450 372, DNI 45678912. Ruth vive en Pucallpa."
    masked = redactor.redact(text, language="es", mode="mask")
    assert "Ruth" not in masked.redacted and "961" not in masked.redacted and "*" in masked.redacted
    assert masked.mapping == {}
    fake = redactor.redact(text, language="es", mode="surrogate")
    for original in ("Ruth", "Panduro", "961 450 372", "45678912", "Pucallpa"):
        assert original not in fake.redacted
    assert set(fake.mapping.values()) >= {"Ruth Vela Panduro", "961 450 372"}
    first_name = next(k for k, v in fake.mapping.items() if v == "Ruth Vela Panduro")
    assert first_name in fake.redacted  # consistent replacement within the call


def test_generalize_mode_turns_towns_into_regions(redactor):
    text = "Vivo en Huaral y ella tiene 16 años; la llevaron de Quillabamba a Bolivia."
    result = redactor.redact(text, language="es", mode="generalize")
    for town in ("Huaral", "Quillabamba"):
        assert town not in result.redacted  # a town is identifying; its region is not
    assert "Lima" in result.redacted and "Cusco" in result.redacted and "Bolivia" in result.redacted
    assert "menor de edad" in result.redacted


def test_allow_list_keeps_hotline_and_institutions(redactor):
    text = "Línea contra la trata, buenas tardes. Llame al 0800-2-3232; la Fiscalía y la Policía Nacional ayudan."
    result = redactor.redact(text, language="es")
    assert result.entities == [] and result.redacted == text


@pytest.mark.parametrize(
    ("text", "language", "problem"),
    [
        ("", "es", "empty"),
        ("   \n ", "auto", "empty"),
        ("x" * 300_001, "es", "too long"),
        ("abc\x00\x01\x02def" * 10, "es", "binary"),
        (b"\xff\xfe\x00binary", "es", "UTF-8"),
        ("hola", "fr", "unsupported language"),
    ],
)
def test_bad_input_is_a_clear_error(redactor, text, language, problem):
    with pytest.raises(InputError, match=problem) as info:
        redactor.redact(text, language=language)
    assert "hola" not in str(info.value)  # errors never echo the text


def test_unknown_mode_is_an_error(redactor):
    with pytest.raises(CallnotesError, match="mode"):
        redactor.redact("Me llamo Rosa.", mode="shred")


def test_cli_jsonl_contract(tmp_path):
    from typer.testing import CliRunner

    from callnotes.cli import app

    source = tmp_path / "in.jsonl"
    lines = [
        {"id": "c1", "text": "Me llamo Gregoria Huaraca, mi número es 984 207 551.", "language": "es"},
        {"id": "c2", "text": "My name is Megan O'Connell, email m.oconnell@selvaviva-ngo.org."},
    ]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", "--jsonl", str(source), "--mode", "tag"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["c1", "c2"]
    assert out[1]["language"] == "en"
    for o, given in zip(out, lines, strict=True):
        assert set(o) == {"id", "language", "redacted", "entities"}
        assert all(set(e) == {"type", "start", "end", "score"} for e in o["entities"])
        spans = [given["text"][e["start"] : e["end"]] for e in o["entities"]]
        assert spans and "Huaraca" not in o["redacted"] and "O'Connell" not in o["redacted"]
    assert "984 207 551" in [lines[0]["text"][e["start"] : e["end"]] for e in out[0]["entities"]]


def test_cli_rejects_binary_file(tmp_path):
    from typer.testing import CliRunner

    from callnotes.cli import app

    binary = tmp_path / "call.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 50)
    result = CliRunner().invoke(app, ["redact", str(binary)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)


def test_whisper_style_lowercase_names_and_mangled_numbers(redactor):
    # Whisper often leaves names in lowercase inside cased text and splits numbers oddly.
    text = (
        "caller: Llamo porque mi sobrina luz marina quispe no regresa. La puerta de fierro es negra.\n"
        "caller: Me escribió desde el número 987, 654, 3mos uno.\n"
        "caller: me llamo julio mamani."
    )
    redacted = redactor.redact(text, language="es").redacted
    for leaked in ("quispe", "marina", "987", "3mos", "uno", "mamani"):
        assert leaked not in redacted
    assert "La puerta de fierro es negra." in redacted  # ordinary words stay


def test_phone_number_dictated_in_pieces_across_turns(redactor):
    # A caller reads her number in pieces while the operator acknowledges each one.
    text = (
        "operator: ¿tiene el número del chico?\n"
        "caller: sí es nueve cinco uno\n"
        "operator: ya\n"
        "caller: tres cero tres\n"
        "operator: ya\n"
        "caller: cuatro siete dos ese es"
    )
    redacted = redactor.redact(text, language="es").redacted
    for leaked in ("nueve cinco uno", "tres cero tres", "cuatro siete dos"):
        assert leaked not in redacted


def test_split_number_rule_leaves_quantities_and_the_hotline(redactor):
    text = (
        "caller: me pagan 300 soles por 12 horas y somos 25 personas\n"
        "operator: llame al 0800 2 3232 gratis o al 1818\n"
        "caller: ya, el artículo 153 y la ley 28950, gracias"
    )
    _, entities = redactor.analyze(text, language="es")
    assert [text[e.start : e.end] for e in entities if e.type in ("PHONE_NUMBER", "ID_NUMBER")] == []


def test_kin_words_as_titles_take_unknown_names_not_verbs(redactor):
    text = "caller: mi ahijada yanira estudiaba en el colegio y mi cuñao wilber trabaja en la chacra"
    _, entities = redactor.analyze(text, language="es")
    assert sorted(text[e.start : e.end] for e in entities if e.type == "PERSON") == ["wilber", "yanira"]


def test_pieces_of_two_different_numbers_are_not_chained(redactor):
    # An ID read just before a phone number in pieces: the cue between them starts another number.
    text = (
        "operator: ¿y el documento de su prima?\n"
        "caller: sí, es siete 2 cinco uno cero ocho tres 4\n"
        "operator: ¿y su teléfono?\n"
        "caller: es nueve ocho dos dos eh uno cuatro cero seis seis\n"
        "operator: ¿tiene el de ella?\n"
        "caller: el de ella es 322 615...\n"
        "operator: sí.\n"
        "caller: 70 44. Y su cédula es 1.098.331.245."
    )
    redacted = redactor.redact(text, language="es").redacted
    for leaked in ("nueve ocho dos dos", "uno cuatro cero seis seis", "322 615", "70 44", "1.098.331.245"):
        assert leaked not in redacted


def test_landmark_takes_its_adjectives_but_not_the_verb_after_it(redactor):
    text = "caller: la tiene en una casa detras del terminal terrestre\ncaller: y detrás del mercado vende ropa"
    _, entities = redactor.analyze(text, language="es")
    found = [text[e.start : e.end] for e in entities if e.type == "ADDRESS"]
    # the landmark keeps its adjective (the address tagger may also take the thing it locates, "casa …")
    assert any(f.endswith("detras del terminal terrestre") for f in found)
    assert "detrás del mercado" in found and not any("vende" in f for f in found)


def test_frequent_words_are_ordinary_but_names_are_not():
    from redact.lexicon import is_ordinary_word, looks_unknown

    assert is_ordinary_word("telefone") and is_ordinary_word("levou")  # Portuguese: no spaCy dictionary
    assert not is_ordinary_word("moraes") and not is_ordinary_word("kevin")  # frequent, but names
    assert looks_unknown("ccahuana") and not looks_unknown("telefone")


def test_portuguese_article_before_a_name(redactor):
    text = "caller: eu vi um cara o marcão levando três meninas uma delas a yuleisi me pediu ajuda"
    _, entities = redactor.analyze(text, language="pt")
    persons = sorted(text[e.start : e.end] for e in entities if e.type == "PERSON")
    assert persons == ["marcão", "yuleisi"]


def test_names_in_apposition_and_after_english_kin_words_but_not_verbs(redactor):
    text = "caller: la chica, dayana, tiene dieciséis años"
    _, entities = redactor.analyze(text, language="es")
    assert [text[e.start : e.end] for e in entities if e.type == "PERSON"] == ["dayana"]
    text = "caller: my friend precious told me the boss said he would pay her two hundred dollars"
    _, entities = redactor.analyze(text, language="en")
    assert [text[e.start : e.end] for e in entities if e.type == "PERSON"] == ["precious"]


def test_everyday_peruvian_words_are_not_names(redactor):
    text = "caller: a las nueve de la noche llegó la combi con cuatro chicas y el jalador"
    _, entities = redactor.analyze(text, language="es")
    assert [e for e in entities if e.type == "PERSON"] == []


def test_lowercase_name_runs_drop_dictionary_words_and_verbs(redactor):
    text = "caller: la puerta de fierro es negra y la casa está cerca del río tambo"
    _, entities = redactor.analyze(text, language="es")
    assert not any("puerta" in text[e.start : e.end] for e in entities if e.type == "PERSON")
    text = "caller: then don aurelio said they work on a cruise ship"
    _, entities = redactor.analyze(text, language="en")
    persons = [text[e.start : e.end] for e in entities if e.type == "PERSON"]
    assert [p for p in persons if "aurelio" in p] and not [p for p in persons if "said" in p or "cruise" in p]
    text = "caller: señorita disculpe la hora mi sobrino wilson ccopa no vuelve"
    _, entities = redactor.analyze(text, language="es")
    persons = [text[e.start : e.end] for e in entities if e.type == "PERSON"]
    assert persons == ["wilson ccopa"]


def test_sound_key_matches_how_whisper_spells_surnames():
    from redact.lexicon import sound_key, surname_sounds

    assert sound_key("apasa") == sound_key("Apaza") and sound_key("kispe") == sound_key("Quispe")
    assert sound_key("tico" + "na") in surname_sounds()
    assert sound_key("porque") not in surname_sounds()


def test_noun_after_a_kin_word_is_a_name_but_not_a_trade_or_a_description(redactor):
    text = "caller: vino con su amiga la tati y se fueron"
    _, entities = redactor.analyze(text, language="es")
    assert [text[e.start : e.end] for e in entities if e.type == "PERSON"] == ["tati"]
    text = (
        "caller: mi sobrino mototaxista la llevó y mi hija adolescente trabaja\n"
        "caller: mi amiga la dueña del bar y mi esposo chofer de combi"
    )
    _, entities = redactor.analyze(text, language="es")
    assert [text[e.start : e.end] for e in entities if e.type == "PERSON"] == []


def test_diminutives_of_dictionary_words_and_lemmas_are_ordinary(redactor):
    from redact.lexicon import is_diminutive_of_word

    assert is_diminutive_of_word("jovencitas") and is_diminutive_of_word("cuartito")
    assert not is_diminutive_of_word("rosita")  # a listed name
    text = "caller: las jovencitas llegaron con dolores fuertes de cabeza"
    _, entities = redactor.analyze(text, language="es")
    assert [e for e in entities if e.type == "PERSON"] == []


def test_spelled_names_and_surnames_after_a_name(redactor):
    text = (
        "operator: cómo se llama usted\n"
        "caller: yosmary colmenares con ye y o s m a r y\n"
        "operator: ya yosmary y su hijo\n"
        "caller: se llama segundo y sus apellidos\n"
        "caller: segundo jacinto chunga yarlequé\n"
        "caller: la señora paulina le dicen mama pauli"
    )
    redacted = redactor.redact(text, language="es").redacted
    for leaked in ("yosmary", "colmenares", "s m a r y", "jacinto", "chunga", "yarlequé", "pauli"):
        assert leaked not in redacted, leaked


def test_spelled_and_extended_names_leave_ordinary_words(redactor):
    text = (
        "caller: en la escuela aprendimos a e i o u y la a y la b\n"
        "caller: vive en el segundo piso de la casa\n"
        "caller: su hermana rosa trabaja mucho"
    )
    _, entities = redactor.analyze(text, language="es")
    found = [text[e.start : e.end] for e in entities if e.type in ("PERSON", "OTHER_ID", "ID_NUMBER")]
    assert found == ["rosa"]


def test_settlement_with_its_part_and_a_landmark_is_one_address(redactor):
    for text in (
        "caller: vive en la comunidad de Huancabamba, parte alta, al lado del reservorio.",
        "caller: es en la comunidad de huancabamba bajando de la escuela la casa de adobe con techo de calamina",
    ):
        _, entities = redactor.analyze(text, language="es")
        found = [text[e.start : e.end] for e in entities if e.type == "ADDRESS"]
        assert found == [text[text.index("la comunidad") :].rstrip(".")]


def test_a_bare_settlement_stays_a_place_and_ordinals_stay_words(redactor):
    text = "caller: es de la comunidad de Huancabamba, allá trabaja\ncaller: vive en el segundo piso, su hijo tiene 5"
    _, entities = redactor.analyze(text, language="es")
    assert [e.type for e in entities if text[e.start : e.end] == "Huancabamba"] == ["LOCATION"]
    assert not any(e.type in ("ADDRESS", "PERSON") for e in entities)


def test_an_ordinal_name_is_redacted_after_kin_words_once_named(redactor):
    text = "caller: mi hijo segundo tiene dieciséis\ncaller: se llama segundo\ncaller: en el segundo piso"
    _, entities = redactor.analyze(text, language="es")
    persons = [(e.start, text[e.start : e.end]) for e in entities if e.type == "PERSON"]
    assert [p[1] for p in persons] == ["segundo", "segundo"]
    assert all(start < text.index("en el segundo piso") for start, _ in persons)


def test_nicknames_by_looks_and_familiar_titles_after_a_nickname_cue(redactor):
    text = (
        "caller: sí el chato wilber y otros dos\n"
        "caller: la conocen como mamá lucha\n"
        "caller: mi mamá tiene miedo y el negro es bonito"
    )
    _, entities = redactor.analyze(text, language="es")
    persons = [text[e.start : e.end] for e in entities if e.type == "PERSON"]
    assert persons == ["chato wilber", "mamá lucha"]
