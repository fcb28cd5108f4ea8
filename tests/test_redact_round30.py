"""Round 30: a place told as a chain of comma-separated locating pieces (place_chain.py), an identifier's pieces
across its hyphens, typed or said (spoken_ids.py), and a boat's lowercase name told by the number at its end
(vessel_names.py). Phrasings differ from the sets the round was tuned on."""

from __future__ import annotations

import pytest

from redact import Redactor


def _hidden(redactor: Redactor, text: str, phrase: str, types: tuple[str, ...] = ()) -> bool:
    _, entities = redactor.analyze(text, language="auto")
    entities = [e for e in entities if not types or e.type in types]
    start = text.index(phrase)
    need = {i for i in range(start, start + len(phrase)) if text[i].isalnum()}
    covered = {i for e in entities for i in range(e.start, e.end)}
    return need <= covered


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a rank counted from a landmark, and the pieces beside it across commas
        (
            "¿Dónde queda? La deja en el patio de los cerrajeros, el segundo kiosco después de la pileta, "
            "el de la lona verde, y ahí se queda.",
            "el patio de los cerrajeros, el segundo kiosco después de la pileta, el de la lona verde",
        ),
        # a thing referred to by what it has, before a relation, and a side after it
        (
            "Tem uma oficina, a Oficina Bom Jesus, aquela de muro azul, atrás da igreja, do lado da padaria. "
            "Chegou um carro.",
            "aquela de muro azul, atrás da igreja, do lado da padaria",
        ),
        # the trip there before a relation, a side, and the thing the chain starts from after "in"
        (
            "They live in the village of Santa Rita, about two hours upriver from the dock, on the right bank, "
            "the wooden house next to the church.",
            "the village of Santa Rita, about two hours upriver from the dock, on the right bank",
        ),
        # a motion on the way and what is done there after a found relation
        (
            "Está en la carretera, al costado del puente de fierro, subiendo a mano derecha, donde venden choclo.",
            "al costado del puente de fierro, subiendo a mano derecha, donde venden choclo",
        ),
        # a unit's number said with its article before its floor
        ("¿En qué cuarto está?\nen la trescientos cinco tercer piso al fondo", "la trescientos cinco tercer piso"),
    ],
)
def test_place_chain_hides(redactor: Redactor, text: str, phrase: str) -> None:
    assert _hidden(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("le cobraron la tercera vez después de la fiesta cien soles", "la tercera vez"),
        ("Me pagaron doscientos soles, después de dos semanas, en efectivo.", "doscientos soles"),
        ("Esperé como dos horas, al lado de mi mamá, en la comisaría.", "dos horas"),
        ("pagó a las dos, segundo piso no sé", "a las dos"),
        ("Llame a la línea uno ocho uno ocho, después de las diez.", "uno ocho uno ocho"),
        # talk after a comma ends the chain: a pronoun, a conjunction, a verb
        ("Vive en el jirón Ica 340, al lado de la posta, pero ella ya no está ahí.", "pero ella"),
        ("Está en el jirón Ica 340, al lado de la posta, nos dijo la vecina.", "nos dijo"),
    ],
)
def test_place_chain_leaves(redactor: Redactor, text: str, phrase: str) -> None:
    assert not _hidden(redactor, text, phrase, ("ADDRESS",))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "la placa del bote es pe ele guion treinta y dos ciento cinco guion a be y se fue",
            "pe ele guion treinta y dos ciento cinco guion a be",
        ),
        ("My passport is B-K-7-2-0-4-4-1-8, right.", "B-K-7-2-0-4-4-1-8"),
        (
            "su cuenta es dos cero uno guion cinco cinco siete ocho nueve cuatro cero guion dos guion uno tres y ya",
            "dos cero uno guion cinco cinco siete ocho nueve cuatro cero guion dos guion uno tres",
        ),
    ],
)
def test_spoken_ids_hide(redactor: Redactor, text: str, phrase: str) -> None:
    assert _hidden(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("pagó ciento veinte soles por el pasaje y se fue", "ciento veinte soles"),
        ("trabajaba de lunes a sábado, doce horas, sin descanso", "doce horas"),
        # the hotline's number with a hyphen said, and a count after it
        ("el número es uno ocho uno ocho guion dos chicas más", "dos chicas"),
    ],
)
def test_spoken_ids_leave(redactor: Redactor, text: str, phrase: str) -> None:
    assert not _hidden(redactor, text, phrase, ("ID_NUMBER", "OTHER_ID", "PHONE_NUMBER"))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("mi hijo trabaja en la chalupa virgen del carmen tres que sale de noche", "virgen del carmen tres"),
        ("cuál es el nombre del barco\nse llama estrella marina cuatro y es azul", "estrella marina cuatro"),
    ],
)
def test_lowercase_boat_name_hidden(redactor: Redactor, text: str, phrase: str) -> None:
    assert _hidden(redactor, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("en la lancha dos chicos lloraban y la lancha salió a las seis", "dos chicos"),
        ("the boat left at six and the boat carried twelve", "carried twelve"),
        ("el bote de mi tío cinco horas tardó", "cinco horas"),
        ("se llama rosa y trabaja en la lancha hace tres meses", "tres meses"),
    ],
)
def test_lowercase_boat_name_leaves(redactor: Redactor, text: str, phrase: str) -> None:
    assert not _hidden(redactor, text, phrase, ("ADDRESS", "OTHER_ID"))
