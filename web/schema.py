"""JSON Schema from Python types: the API's answers described by the types that make them.

Dataclasses and TypedDicts become objects with their fields required (but a TypedDict's
NotRequired ones) and no other fields allowed, so an answer with a field nobody described
fails validation; str, int, float, bool, None, Literal, unions, lists, tuples and dicts map
to their JSON counterparts. A named type is described once under components/schemas and
referred to by $ref. A field's description is taken from `Annotated[T, "text"]`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict

REF = "#/components/schemas/"


class Schemas:
    """Collect the schemas of named types while describing others that refer to them."""

    def __init__(self) -> None:
        self.named: dict[str, dict[str, Any]] = {}

    def of(self, tp: Any) -> dict[str, Any]:
        """Return the JSON schema of a type (a $ref for dataclasses and TypedDicts)."""
        origin = get_origin(tp)
        if origin is typing.NotRequired:
            return self.of(get_args(tp)[0])
        if origin is typing.Annotated:
            inner, *notes = get_args(tp)
            out = dict(self.of(inner))
            # Nested Annotated types flatten, inner notes first: the outermost one says most.
            text = next((n for n in reversed(notes) if isinstance(n, str)), "")
            if text:
                # Beside a $ref, OpenAPI 3.1 (JSON Schema 2020-12) keeps the description.
                out["description"] = text
            return out
        if tp is Any:
            return {}
        if tp is type(None) or tp is None:
            return {"type": "null"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if origin is Literal:
            values = list(get_args(tp))
            return {"enum": values}
        if origin in (Union, types.UnionType):
            return self._union(get_args(tp))
        if origin in (list, tuple, set, frozenset) or tp in (list, tuple):
            args = [a for a in get_args(tp) if a is not Ellipsis]
            item = self.of(args[0]) if args else {}
            return {"type": "array", "items": item}
        if origin is dict or tp is dict:
            pair = get_args(tp)
            return {"type": "object", "additionalProperties": self.of(pair[1]) if pair else {}}
        if dataclasses.is_dataclass(tp) or is_typeddict(tp):
            return self._named(tp)
        raise TypeError(f"no JSON schema for {tp!r}")

    def _union(self, members: tuple[Any, ...]) -> dict[str, Any]:
        described = [self.of(m) for m in members]
        simple = [d.get("type") for d in described]
        if all(isinstance(t, str) and len(d) == 1 for t, d in zip(simple, described, strict=True)):
            return {"type": simple}
        return {"anyOf": described}

    def _named(self, tp: type) -> dict[str, Any]:
        name = tp.__name__
        if name not in self.named:
            self.named[name] = {}  # placeholder: a type may refer to itself
            hints = get_type_hints(tp, include_extras=True)
            if dataclasses.is_dataclass(tp):
                fields = [f.name for f in dataclasses.fields(tp)]
                required = fields
            else:
                fields = list(hints)
                required = [f for f in fields if f in getattr(tp, "__required_keys__", fields)]
            schema: dict[str, Any] = {
                "type": "object",
                "properties": {f: self.of(hints[f]) for f in fields},
                "required": required,
                "additionalProperties": False,
            }
            doc = (tp.__doc__ or "").strip().splitlines()
            if doc:
                schema["description"] = doc[0]
            self.named[name] = schema
        return {"$ref": REF + name}
