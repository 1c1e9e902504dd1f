"""Records behave as the dataclasses they replaced, where Objector relies on it."""

from __future__ import annotations

import functools
import pickle

import pytest

from app.core.records import FrozenInstanceError, field, record, replace


@record(frozen=True)
class Point:
    x: int
    y: int = 0
    label: str = field(default="", compare=False)

    @functools.cached_property
    def length(self) -> float:
        return float((self.x ** 2 + self.y ** 2) ** 0.5)


@record
class Bag:
    name: str
    items: list[str] = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


def test_construction_by_position_keyword_and_default() -> None:
    assert (Point(1, 2).x, Point(1, 2).y) == (1, 2)
    assert Point(y=5, x=3).y == 5 and Point(3).y == 0
    with pytest.raises(TypeError, match="missing required argument 'x'"):
        Point()
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=2)
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)
    with pytest.raises(TypeError, match="takes 3 arguments but 4 were given"):
        Point(1, 2, "a", 4)


def test_factories_give_each_record_its_own_value() -> None:
    first, second = Bag("a"), Bag("b")
    first.items.append("x")
    assert second.items == [] and first.items == ["x"]


def test_equality_hash_and_repr() -> None:
    assert Point(1, 2, "a") == Point(1, 2, "b")  # label is not compared
    assert Point(1, 2) != Point(2, 1)
    assert Point(1, 2) != (1, 2)  # another class is never equal
    assert len({Point(1, 2), Point(1, 2, "other"), Point(3, 4)}) == 2
    assert repr(Point(1, 2, "a")) == "Point(x=1, y=2, label='a')"
    assert repr(Bag("a", ["x"], 3)) == "Bag(name='a', items=['x'])"
    with pytest.raises(TypeError):
        hash(Bag("a"))  # mutable records are not hashable, as mutable dataclasses


def test_frozen_records_refuse_changes_but_allow_cached_properties() -> None:
    point = Point(3, 4)
    with pytest.raises(FrozenInstanceError):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y
    assert point.length == 5.0 and point.__dict__["length"] == 5.0
    bag = Bag("a")
    bag.name = "b"
    assert bag.name == "b"


def test_replace_and_pickle() -> None:
    point = Point(1, 2, "a")
    moved = replace(point, y=7)
    assert (moved.x, moved.y, moved.label) == (1, 7, "a") and point.y == 2
    with pytest.raises(TypeError):
        replace(point, z=1)
    again = pickle.loads(pickle.dumps(point))
    assert again == point and again.label == "a"
    with pytest.raises(FrozenInstanceError):
        again.x = 0  # type: ignore[misc]


def test_declaration_mistakes_are_refused() -> None:
    with pytest.raises(TypeError, match="without a default follows"):
        @record
        class Wrong:
            a: int = 0
            b: int

    with pytest.raises(TypeError, match="cannot inherit"):
        @record
        class Child(Bag):
            extra: int = 0


@record(frozen=True)
class Sketch:
    """A record that leaves `y` out of its `__dict__` until read (as `Procedure` once did with the cache)."""

    x: int
    y: int

    def __getattr__(self, name: str) -> int:
        if name == "y" and "_y_later" in self.__dict__:
            self.__dict__["y"] = self.__dict__.pop("_y_later")
            return self.__dict__["y"]
        raise AttributeError(name)


def sketch(x: int, y: int) -> Sketch:
    instance = Sketch.__new__(Sketch)
    instance.__dict__.update(x=x, _y_later=y)
    return instance


def test_a_field_filled_in_on_first_read_still_counts() -> None:
    assert "y" not in sketch(1, 2).__dict__
    assert sketch(1, 2) == Sketch(1, 2) and sketch(1, 2) != Sketch(1, 3)
    assert hash(sketch(1, 2)) == hash(Sketch(1, 2))
    assert repr(sketch(1, 2)) == "Sketch(x=1, y=2)"
    assert replace(sketch(1, 2), x=5) == Sketch(5, 2)
