"""The ORM models name every column of the table they map, for the type checker."""

from __future__ import annotations

from mentordesk.store.models import Base


def test_every_model_annotates_each_column_of_its_table() -> None:
    for mapper in Base.registry.mappers:
        model = mapper.class_
        annotated = set(model.__annotations__)
        columns = {column.key for column in mapper.columns}  # people.login is unmapped
        assert columns <= annotated, f"{model.__name__} lacks {sorted(columns - annotated)}"
