"""An offer the caller names and turns down ("Albergue no, gracias"): the topic said first, then the no. Only
that offer is declined; what else the operator arranged in the same breath stands."""

from __future__ import annotations

import pytest

from summarize.model import Action
from tests.test_summarize_dialogue import decide


@pytest.mark.parametrize(
    ("offer", "reply", "declined", "kept"),
    [
        (
            "Vamos a avisar a la fiscalía y le podemos conseguir un refugio para esta noche.",
            "El refugio no, señorita, me quedo donde mi comadre. Lo de la fiscalía sí.",
            Action.referral_shelter,
            Action.referral_legal,
        ),
        (
            "voy a pasar el caso a la fiscalía y si quiere también le damos cita con un psicólogo",
            "bueno el psicólogo no gracias pero que vaya la fiscalía nomás",
            Action.referral_health,
            Action.referral_legal,
        ),
        (
            "Vamos a avisar o Ministério Público e também podemos levar você para um abrigo.",
            "Abrigo não, obrigada, vou ficar com minha irmã.",
            Action.referral_shelter,
            Action.referral_legal,
        ),
        (
            "We'll report it to the prosecutor, and we can also find you a shelter tonight.",
            "No shelter, thanks, I'm staying with a friend.",
            Action.referral_shelter,
            Action.referral_legal,
        ),
    ],
)
def test_the_offer_named_and_refused_is_dropped(rules, offer, reply, declined, kept):
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: A mi hermana la tienen trabajando en una chacra sin pagarle y no la dejan salir.\n"
        f"operator: {offer}\n"
        f"caller: {reply}"
    )
    acts = decide(rules, text)["actions"]
    assert declined not in acts and kept in acts


@pytest.mark.parametrize(
    "reply",
    [
        # the thing named, then a "no" that is about something else
        "El albergue no sé dónde queda, pero sí, quiero ir.",
        # the caller accepts it
        "Sí, el albergue sí, por favor, esta misma noche.",
    ],
)
def test_a_no_that_declines_nothing_keeps_the_offer(rules, reply):
    text = (
        "operator: Línea contra la trata, buenas tardes.\n"
        "caller: Me escapé de la casa donde trabajaba, la señora me pegaba y no me pagaba.\n"
        "operator: Vamos a avisar a la fiscalía y le podemos conseguir un albergue.\n"
        f"caller: {reply}"
    )
    assert Action.referral_shelter in decide(rules, text)["actions"]
