"""The store compares drafts and approved notes field by field with its own copy of the note's field list (so
it need not import the drafter); the copy must stay the drafter's list, or a new field would go unreviewed."""

import pytest

pytest.importorskip("sqlalchemy")


def test_casework_compares_every_field_of_the_case_note():
    from callnotes.services.casework import NOTE_FIELDS as compared
    from summarize.model import NOTE_FIELDS, CaseNote

    assert compared == NOTE_FIELDS
    assert set(compared) == set(CaseNote.model_fields) - {"evidence"}
