# string: the constants, capwords and Template.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; cost: $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(string.Template("$who $$ $x ${y}").safe_substitute(who="a"))
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())
try:
    string.Template("$who").substitute()
except KeyError as e:
    print(repr(e))
for bad in ["$", "ab\n cd $ x", "${1}"]:
    try:
        string.Template(bad).substitute()
    except ValueError as e:
        print(e)
print(string.Formatter().format("{0} {x}", 1, x=2))
