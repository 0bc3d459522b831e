"""Enumerations (CPython 3.11's enum module, the commonly used part): Enum, IntEnum, Flag,
IntFlag, StrEnum, auto, unique.

The class body runs in an _EnumDict (auto() values resolved as they are assigned); the
metaclass EnumType then makes the members from it. The functional API passes a plain dict,
whose auto() values are resolved by EnumType.__new__."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique"]


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" \
        and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" \
        and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    cls = type(obj)
    return hasattr(cls, "__get__") or hasattr(cls, "__set__") or hasattr(cls, "__delete__")


def _find_enum_base(bases):
    """The last Enum class among the bases' mros (members come from it)."""
    for base in reversed(bases):
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                return klass
    return None


def _find_member_type(bases):
    """The data type mixed into the enum (int for IntEnum), or object."""
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            if "__new__" in klass.__dict__ or klass in (int, str, float):
                return klass
    return object


class _EnumDict(dict):
    """The namespace of an enum class body (from EnumType.__prepare__): resolves auto()
    when a member is assigned, and refuses to define a name twice."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate = getattr(value, "__func__", value)
            elif key == "_ignore_":
                ignore = value.replace(",", " ").split() if isinstance(value, str) else value
                self._ignore = list(ignore)
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore or _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto) and self._generate is not None:
                if value.value is None:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_base = _find_enum_base(bases)
        generate = enum_base._generate_next_value_ if enum_base is not None else None
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, **kwds):
        enum_base = _find_enum_base(bases)
        if enum_base is not None and enum_base._member_names_:
            raise TypeError("%r cannot extend %r" % (_DeferredName(cls), enum_base))
        member_type = _find_member_type(bases)

        # Split the body into members and ordinary attributes.
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = {}
        namespace = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                namespace[key] = value
            else:
                members[key] = value

        # A __new__ defined in the body builds the members' values; the class itself uses
        # Enum's __new__ (value lookup).
        new_member = None
        if enum_base is not None:
            new_member = namespace.pop("__new__", None)
            if new_member is None:
                new_member = enum_base._new_member_
        namespace["_new_member_"] = new_member

        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_member_type_"] = member_type
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        # The mixed-in type comes before Enum in the mro (IntEnum: int, ReprEnum, Enum):
        # where its repr/str/format would win, Enum's own is used instead.
        if enum_base is not None:
            # Calling the class looks a member up: Enum's __new__ must win over the mixed-in
            # type's (int.__new__ comes first in IntFlag's mro).
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name, None), getattr(object, name, None)):
                    type.__setattr__(enum_class, name, getattr(enum_base, name))

        generate = enum_class._generate_next_value_
        last_values = []
        for index, (name, value) in enumerate(members.items()):
            if isinstance(value, auto):
                if value.value is None:
                    value.value = generate(name, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(name, 1, index, last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            for member in enum_class._member_map_.values():
                enum_class._flag_mask_ |= member._value_
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        new_member = cls._new_member_
        if new_member is not None:
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        # An alias: the name refers to the first member with an equal value.
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                member = existing
                break
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN') or with pairs or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        else:
            items = names.items() if hasattr(names, "items") else names
            for name, value in items:
                classdict[name] = value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _mapping_proxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class _DeferredName:
    # repr() of a class that does not exist yet, for the "cannot extend" message.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<enum %r>" % (self.name,)


def _mapping_proxy(d):
    try:
        return type(type.__dict__)(d)
    except TypeError:
        return dict(d)


# Defined below; EnumType.__new__ checks `Flag is not None` while Enum and Flag themselves are
# being created.
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid "
                            "member" % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for klass in type(self).__mro__:
            if klass is Enum or klass is object:
                break
            names.extend(n for n in klass.__dict__
                         if not n.startswith("_") and n not in self._member_map_)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __setattr__(self, name, value):
        if name in ("name", "value"):
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (name,))
        object.__setattr__(self, name, value)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if cls._member_type_ is object else value
        if cls._member_type_ is object and value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        # A pseudo-member for a combination of flags, cached like a member.
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members_(value)]
        extra = value & ~mask
        if extra and names:
            names.append(str(extra))
        pseudo._name_ = "|".join(names) if names else None
        if extra and not names:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_members_(cls, value):
        # Canonical (single-bit) members contained in value, in definition order.
        return [cls._member_map_[name] for name in cls._member_names_
                if _power_of_two(cls._member_map_[name]._value_)
                and cls._member_map_[name]._value_ & value == cls._member_map_[name]._value_]

    def __iter__(self):
        return iter(self._iter_members_(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._member_type_ is object:
            return self.__class__(self._flag_mask_ & ~self._value_)
        return self.__class__(~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags."""

    __str__ = int.__repr__
    __format__ = int.__format__
    # int comes first in the mro: the flag operators must be named here to win over int's.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
