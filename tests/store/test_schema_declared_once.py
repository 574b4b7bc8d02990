"""The schema is declared once, in store/tables.py; the ORM models map onto those tables
and only annotate their Python types. This checks the annotations say the same thing
as the tables: every column annotated, none invented, None allowed exactly where the
column is nullable, and the Python type the column's type reads as."""

from __future__ import annotations

import types
import typing

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm import Mapped

from mentordesk.store import models, tables

ROWS = [
    cls
    for cls in vars(models).values()
    if isinstance(cls, type) and issubclass(cls, models.Base) and cls is not models.Base
]


# Columns no model writes: a person's login is given by the team lead only.
UNMAPPED = {"people": {"login"}}


def column_annotations(cls: type) -> dict[str, object]:
    """The `Mapped[...]` annotations of plain columns (not relationships)."""
    hints = typing.get_type_hints(cls, vars(models))
    relationships = set(inspect(cls).relationships.keys())
    return {
        name: typing.get_args(hint)[0]
        for name, hint in hints.items()
        if typing.get_origin(hint) is Mapped and name not in relationships
    }


def test_every_table_has_one_model_mapped_onto_it() -> None:
    mapped = sorted(cls.__table__.name for cls in ROWS)
    assert mapped == sorted(set(mapped))  # one model per table
    assert all(cls.__table__ is tables.metadata.tables[cls.__table__.name] for cls in ROWS)
    assert set(mapped) <= set(tables.metadata.tables)


@pytest.mark.parametrize("cls", ROWS, ids=lambda cls: cls.__name__)
def test_a_models_annotations_match_its_table(cls: type) -> None:
    table = cls.__table__
    annotated = column_annotations(cls)
    unmapped = set(table.columns.keys()) - set(inspect(cls).columns.keys())
    assert unmapped == UNMAPPED.get(table.name, set())
    assert set(annotated) == set(table.columns.keys()) - unmapped
    for name, hint in annotated.items():
        column = table.columns[name]
        optional = isinstance(hint, types.UnionType) and type(None) in typing.get_args(hint)
        assert optional == column.nullable, f"{cls.__name__}.{name}: None allowed?"
        base = next(a for a in typing.get_args(hint) if a is not type(None)) if optional else hint
        assert base is column.type.python_type, f"{cls.__name__}.{name}: type"
