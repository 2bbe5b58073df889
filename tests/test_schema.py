"""JSON Schema made from Python types: dataclasses, TypedDicts, unions, literals, containers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypedDict

import pytest

from web.schema import REF, Schemas


class Ref(TypedDict):
    """A short reference."""

    id: str
    date: str | None


@dataclass
class Thing:
    """A thing with every kind of field."""

    name: Annotated[str, "what it is called"]
    count: int
    score: float
    on: bool
    kind: Literal["a", "b"]
    refs: list[Ref] = field(default_factory=list)
    tags: dict[str, int] = field(default_factory=dict)
    anything: Any = None
    parent: Thing | None = None


@pytest.mark.parametrize(
    ("tp", "schema"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (None, {"type": "null"}),
        (str | None, {"type": ["string", "null"]}),
        (Literal["x", "y"], {"enum": ["x", "y"]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (tuple[str, ...], {"type": "array", "items": {"type": "string"}}),
        (dict[str, float], {"type": "object", "additionalProperties": {"type": "number"}}),
        (Any, {}),
        (Annotated[int, "how many"], {"type": "integer", "description": "how many"}),
        (Ref | None, {"anyOf": [{"$ref": REF + "Ref"}, {"type": "null"}]}),
    ],
)
def test_plain_types(tp: Any, schema: dict[str, Any]) -> None:
    assert Schemas().of(tp) == schema


def test_named_types_are_described_once_and_closed() -> None:
    schemas = Schemas()
    assert schemas.of(Thing) == {"$ref": REF + "Thing"}
    thing = schemas.named["Thing"]
    assert thing["additionalProperties"] is False
    assert thing["description"] == "A thing with every kind of field."
    assert thing["required"] == list(thing["properties"])
    assert thing["properties"]["name"] == {"type": "string", "description": "what it is called"}
    assert thing["properties"]["refs"] == {"type": "array", "items": {"$ref": REF + "Ref"}}
    assert thing["properties"]["parent"] == {"anyOf": [{"$ref": REF + "Thing"}, {"type": "null"}]}
    assert schemas.named["Ref"]["required"] == ["id", "date"]


def test_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError, match="no JSON schema"):
        Schemas().of(complex)
