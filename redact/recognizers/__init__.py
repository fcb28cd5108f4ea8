"""Our recognizers, one family per module; importing this package registers them all."""

from redact.recognizers import (  # noqa: F401
    address,
    age,
    bank,
    coordinates,
    date_time,
    email,
    handle_url,
    licence,
    location,
    organization,
    passport,
    person_context,
    person_lists,
    person_slots,
    phone,
    place_description,
    plate,
    possessive_name,
    spelled,
    spoken_email,
    spoken_number,
    web_address,
)
from redact.recognizers.bo import ci as bo_ci  # noqa: F401
from redact.recognizers.br import cpf  # noqa: F401
from redact.recognizers.co import cedula as co_cedula  # noqa: F401
from redact.recognizers.pe import carne_extranjeria, dni, ruc  # noqa: F401
from redact.recognizers.ve import cedula as ve_cedula  # noqa: F401
