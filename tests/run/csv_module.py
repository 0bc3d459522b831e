# csv: reader and writer with the excel dialect's rules, DictReader, DictWriter.
import csv


class Sink:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)


def show(rows, **kw):
    out = Sink()
    w = csv.writer(out, **kw)
    for row in rows:
        print(w.writerow(row), end=" ")
    print(repr(out.text))
    return out.text


rows = [["a", "b,c", 'say "hi"', "line\nbreak", "", None, 1, 2.5, True],
        [" lead", "trail ", "x\ry"], [""], [], ["only"]]
text = show(rows)
print(list(csv.reader(text.splitlines(keepends=True))))
show(rows, quoting=csv.QUOTE_ALL)
show(rows, quoting=csv.QUOTE_NONNUMERIC)
show([["a", "b", 1.0]], delimiter=";", lineterminator="\n", quotechar="'")
show([["a,b", 'q"q']], quoting=csv.QUOTE_NONE, escapechar="\\")
show([['q"q']], doublequote=False, escapechar="\\")
try:
    show([["a,b"]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error:", e)
try:
    show([['q"q']], doublequote=False)
except csv.Error as e:
    print("Error:", e)

lines = ['name,age,city\r\n', 'Ann,30,"New\r\n', 'York"\r\n', '\r\n', '"Bob ""B""",25,Paris\r\n',
         'x,1\r\n', 'y,2,z,extra\r\n']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a; b;c"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(['"a"b,c', 'a"b"c,d'])))
print(list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")))
for bad in [['a\0b'], ['"abc']]:
    try:
        print(list(csv.reader(bad, strict=True)))
    except csv.Error as e:
        print("Error:", e)
try:
    list(csv.reader(["a\nb,c"]))
except csv.Error as e:
    print("Error:", e)

dr = csv.DictReader(lines, restkey="more", restval="?")
print(dr.fieldnames)
for rec in dr:
    print(dr.line_num, rec)
print(list(csv.DictReader(["1,2"], fieldnames=["a", "b", "c"])))

out = Sink()
dw = csv.DictWriter(out, fieldnames=["name", "score"], restval="n/a")
dw.writeheader()
dw.writerow({"name": "Ann", "score": 9})
dw.writerows([{"name": "Bob"}, {"score": 1.5, "name": "C,D"}])
print(repr(out.text))
try:
    dw.writerow({"name": "x", "bad": 1})
except ValueError as e:
    print(e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.list_dialects()), csv.get_dialect("excel").delimiter)
csv.register_dialect("pipes", delimiter="|")
print(list(csv.reader(["a|b"], "pipes")), show([["a|b", "c"]], dialect="pipes"))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(Sink(), delimiter="::")
except TypeError as e:
    print(e)
