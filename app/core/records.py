"""Records: small classes declared by their fields, as with dataclasses, for the modules loaded at start-up.

`dataclasses` writes the methods of each class as source text and compiles it; that takes about 0.6 ms per
class on the machine Objector is benchmarked on, and the two dozen classes loaded before the window
appears cost about 15 ms of start-up that way. A record instead shares one set of methods, written once,
that read the class's list of fields.

Declared as a dataclass is (annotations, defaults, `field(default_factory=..., repr=..., compare=...)`),
and behaving as one where Objector relies on it: construction by position or keyword, equality by field
values between records of the same class, a hash for frozen records (none for the others), `repr`,
`replace()`, pickling, and no assignment to a frozen record. A record made other than by its constructor
may also leave a field out of its `__dict__` until first read and fill it in from `__getattr__`; equality,
hash, `repr` and `replace()` read it through that (no record of Objector's does so now). Not supported:
inheritance between records, ordering, `__post_init__` and `InitVar`.
Modules only used after start-up (reports, backups, the YAML reader, where many instances are made while
parsing) keep using dataclasses.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform  # tells type checkers that records are declared as dataclasses
else:
    def dataclass_transform(**_options: Any) -> Callable[[Any], Any]:
        return lambda decorator: decorator

_MISSING: Any = object()
_Record = TypeVar("_Record", bound=type)


class Field:
    __slots__ = ("compare", "default", "default_factory", "repr")

    def __init__(self, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None,
                 repr: bool = True, compare: bool = True) -> None:  # noqa: A002 (dataclasses' name)
        if default is not _MISSING and default_factory is not None:
            raise ValueError("give a default or a default_factory, not both")
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None,
          repr: bool = True, compare: bool = True) -> Any:  # noqa: A002 (dataclasses' name)
    """As `dataclasses.field`: a default, or a factory for a fresh default (a list, a dict) per record."""
    return Field(default, default_factory, repr, compare)


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record."""


@dataclass_transform(field_specifiers=(field,))
def record(cls: _Record | None = None, /, *, frozen: bool = False) -> Any:
    """Class decorator: `@record` or `@record(frozen=True)`, used as `@dataclass` is."""

    def build(target: _Record) -> _Record:
        built: _Record = _build(target, frozen)
        return built

    return build if cls is None else build(cls)


_Instance = TypeVar("_Instance")


def replace(instance: _Instance, /, **changes: Any) -> _Instance:
    """A copy of `instance` with some fields changed (as `dataclasses.replace`)."""
    values = {name: _value(instance, name) for name in record_fields(type(instance))}
    values.update(changes)
    return type(instance)(**values)


def record_fields(cls: type) -> tuple[str, ...]:
    """The names of a record class's fields, in the order they are declared (as `dataclasses.fields`)."""
    names: tuple[str, ...] = vars(cls)["__record_fields__"]
    return names


def _value(instance: Any, name: str) -> Any:
    """A field's value, read through `__getattr__` if the record has not filled it in yet."""
    state = instance.__dict__
    return state[name] if name in state else getattr(instance, name)


def _build(cls: Any, frozen: bool) -> Any:
    if any("__record_fields__" in vars(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: records cannot inherit from other records")
    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    compared: list[str] = []
    shown: list[str] = []
    # Not inspect.get_annotations: importing inspect would cost start-up more than all records save.
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        declared = cls.__dict__.get(name, _MISSING)
        spec = declared if isinstance(declared, Field) else Field(declared)
        if spec.default is not _MISSING:
            defaults[name] = spec.default
            setattr(cls, name, spec.default)
        elif spec.default_factory is not None:
            factories[name] = spec.default_factory
            if declared is not _MISSING:
                delattr(cls, name)
        elif defaults or factories:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with a default")
        names.append(name)
        if spec.compare:
            compared.append(name)
        if spec.repr:
            shown.append(name)
    known = frozenset(names)
    class_name = cls.__qualname__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        if len(args) > len(names):
            raise TypeError(f"{class_name}() takes {len(names)} arguments but {len(args)} were given")
        values = dict(zip(names, args, strict=False))  # fewer arguments than fields: the rest have defaults
        for key, value in kwargs.items():
            if key not in known:
                raise TypeError(f"{class_name}() got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{class_name}() got multiple values for argument {key!r}")
            values[key] = value
        if len(values) < len(names):
            for name in names:
                if name not in values:
                    if name in defaults:
                        values[name] = defaults[name]
                    elif name in factories:
                        values[name] = factories[name]()
                    else:
                        raise TypeError(f"{class_name}() missing required argument {name!r}")
        self.__dict__.update(values)  # not through __setattr__, which a frozen record refuses

    def _compared(self: Any) -> tuple[Any, ...]:
        state = self.__dict__
        return tuple(state[name] if name in state else getattr(self, name) for name in compared)

    def __eq__(self: Any, other: object) -> bool:  # noqa: N807
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _compared(self) == _compared(other)

    def __repr__(self: Any) -> str:  # noqa: N807
        fields = ", ".join(f"{name}={_value(self, name)!r}" for name in shown)
        return f"{class_name}({fields})"

    cls.__record_fields__ = tuple(names)
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    cls.__repr__ = __repr__
    if frozen:
        def __hash__(self: Any) -> int:  # noqa: N807
            return hash(_compared(self))

        def __setattr__(self: Any, name: str, value: Any) -> None:  # noqa: N807
            raise FrozenInstanceError(f"cannot assign to field {name!r} of a frozen {class_name}")

        def __delattr__(self: Any, name: str) -> None:  # noqa: N807
            raise FrozenInstanceError(f"cannot delete field {name!r} of a frozen {class_name}")

        cls.__hash__ = __hash__
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    else:
        cls.__hash__ = None  # mutable and compared by value: not hashable (as a dataclass)
    for method in ("__init__", "__eq__", "__repr__", "__hash__", "__setattr__", "__delattr__"):
        function = cls.__dict__.get(method)
        if callable(function):
            function.__qualname__ = f"{class_name}.{method}"
    return cls
