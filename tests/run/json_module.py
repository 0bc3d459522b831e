# json: loads through RapidJSON (exact big ints, floats, NaN/Infinity, CPython's error
# messages and positions) and dumps with CPython's exact output.
import json

docs = ['{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '[]', '{}', '  [1, 2.5, -3, 1e3, -0.0, 1E-2]  ',
        '123456789012345678901234567890', '-98765432109876543210', '0.1', '1.7976931348623157e308', '1e400',
        '"\\u00e9\\ud83d\\ude00 \\n\\t\\"\\\\ \\/"', '"héllo 😀"', 'NaN', '[Infinity, -Infinity]', '"\\u0000"',
        '{"a": 1, "a": 2}', 'true', 'null', '[[[[]]]]', '18446744073709551615', '-9223372036854775808', '3.0']
for doc in docs:
    print(repr(json.loads(doc)))
bad = ['"a\nb"', '"\\x"', '"\\u12"', '"abc', '{"a" 1}', '{1:2}', '[1 2]', '[1,]', '{"a":1,}', '', '  ', '01',
       '-', '1.', 'nul', '[1]x', '{"a":}', '[', '{', '\ufeff1', 'Inf', '-NaN', '[1,\n 2\n x]', '{"a": [1, 2}',
       '1 2', '[tru]', '"\\ud83d" x']
for doc in bad:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads('[NaN]', parse_constant=lambda c: c))
try:
    json.loads(5)
except TypeError as e:
    print(e)

values = [{"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.141592653589793},
          [1, 2.0, 1e20, 1e-7, 0.1 + 0.2, -0.0, 10**30], "é😀\n\t\"\\\x01\x7f", (1, 2), [], {}, [[], {}],
          {1: "int", 2.5: "float", True: "bool", None: "none"}, 12345678901234567890]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))
print(json.dumps(values[0], indent=2))
print(json.dumps(values[0], indent="\t", sort_keys=True))
print(json.dumps([1, [2, {"a": []}]], indent=0))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":"), sort_keys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for call in [lambda: json.dumps([float("nan")], allow_nan=False), lambda: json.dumps({(1, 2): 3}),
             lambda: json.dumps(object()), lambda: json.dumps({1, 2})]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps({"s": {1, 2}}, default=sorted))
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2)], cls=PointEncoder), PointEncoder(indent=1).encode(Point(3, 4)))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


sink = Sink()
json.dump({"a": [1, 2]}, sink, indent=2)
print(sink.read())
print(json.load(sink))
record = {"id": 7, "msg": "hi"}
print(json.loads(json.dumps(record)) == record, json.loads(json.dumps(values[1])) == values[1])
