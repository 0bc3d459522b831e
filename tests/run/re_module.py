# re over PCRE2: matching functions, Match objects, sub/split/findall rules, flags, errors.
import re

p = re.compile(r"(?P<level>\w+):(?P<code>\d+) - (?P<message>.*)")
m = p.match("ERROR:404 - Page not found")
print(m)
print(m.group(), m.group(1), m.group("code"), m.group(1, "message"), m[2], m["level"])
print(m.groups(), m.groupdict(), m.start(2), m.end("code"), m.span(3), m.span())
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string, m.regs)
print(p, p.pattern, p.groups, dict(p.groupindex), p.flags == re.UNICODE)
print(p.match("nothing here"), p.search("x ERROR:1 - y").span())
print(re.compile("a+", re.I | re.M), re.compile(b"x"), re.compile("a", re.A))
print(re.I, re.IGNORECASE | re.MULTILINE, re.S, re.X, re.A, int(re.M), re.NOFLAG)

print(re.search(r"\d+", "abc 123 def 45").group())
print(re.match(r"\d+", "abc 123"), re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "abc!"))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|b", "ab"))
print(re.findall(r"x*", "axxb"), re.findall("", "abc"))
print([m.span() for m in re.finditer(r"\w+", "hello big world")])
print(re.sub(r"x*", "-", "abxd"), re.sub("a", "b", "aaa", count=2), re.subn(r"\s+", " ", "a  b   c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "ab cd"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t\\", "a"), re.sub("a", "\\n", "a") == "\n")
print(re.split(r"\s+", "a b  c   d"), re.split(r"(\s+)", "a b  c"), re.split(",", "a,b,c,d", maxsplit=2))
print(re.split(r"\b", "hi there"), re.split("x*", "axbc"), re.split("(a)|(b)", "1a2b3"))
print(re.escape("a.b*c?d+(e)[f]{g}|h^i$j\\k l-m#n&o~p\tq_r:s/t'u\"v,w<x>y=z!"), re.escape(b"a.b"))

print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M), re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.match("HELLO", "hello", re.I), re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.A))
print(re.match(r"""(\d+)  # digits
                   \s*   # spaces
                   (\w+) # word""", "12  ab", re.X).groups())
print(re.search(r"a\Z", "a\n"), re.search(r"a$", "a\n"), re.search(r"\Aa", "ba"))
print(re.search(r"é(.)", "ñé→x").span(), re.search(r"→", "ñé→x"), re.match(r"\u00e9", "é"))
print(re.search("(?i)ß", "SS"), re.findall(r"(?P<x>a)(?P=x)", "aa ab aa"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(a)(b)?", "a").groupdict())
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex, re.match("a", "a").lastindex)
print(re.match(r"(?P<one>a)(?P<two>b)?", "a").lastgroup, re.match(r"x{,2}", "xxx").group(), re.match("a{2}", "aaa"))
print(re.compile(r"\d").search("ab12", 3), re.compile(r"\d").search("ab12", 1, 3), re.compile("^a").search("ba", 1))
print(re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe").expand(r"\g<last>, \1"))
print(re.findall(rb"\d+", b"a1b22"), re.sub(rb"a", b"b", b"aa"), re.match(rb"(a)", b"a").group(1))
print(re.match("a", "a").string, bool(re.match("a", "a")), re.compile("a") == re.compile("a"))
for bad in ["a(b", "a)b", "[abc", "*a", r"\q", "a**", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e, "|", e.msg, e.pos)
for call in [lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("a", r"\g<x>", "a"),
             lambda: re.match("a", "a").group(3), lambda: re.match("a", b"a"),
             lambda: re.compile(re.compile("a"), re.I)]:
    try:
        call()
    except (re.error, IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.Pattern, re.Match, type(re.compile("x")) is re.Pattern)
print(re.findall(r"(?:ab)+", "ababx ab"), re.match(r"(?i:AB)c", "abc"), re.match(r"(?i)ab", "AB"), re.findall(r"a(?=b)", "ab ac"))
print(re.findall(r"(?<=x)a", "xa ya"), re.findall(r"(?<!x)a", "xa ya"), re.match(r"(?#comment)a", "a"), re.match("(?a)\\w", "é"))
print(re.match(r"(?>a+)b", "aab"), re.match(r"a++b", "aab"), re.match(r"a*?b", "aab"), re.findall(r"[\]a]", "]a"))
print(re.match(r"(?P<a>x)(?:y)(?P<b>z)", "xyz").groupdict(), re.match(r"a{2,}?", "aaaa"), re.match(r"a{,}", "a{,}"))
print(re.compile("(?i)a").flags == re.I | re.U, re.compile("(?a)x").flags == re.A)
print(re.sub("", "-", "abc"), re.sub("b*", "-", "abc"), re.split(r"(?=b)", "abab"))
long = "é" * 1000 + "x"
print(len(re.findall("é", long)), re.search("x", long).span())
for bad in ["a{2,1}", "(?P<1a>x)", "(?P=zz)", r"\1", "(a)\\2", "(a\\1)", "[z-a]", "(?<=a+)b", "(?Q)", "(?",
            "(?i", "?", "+a", "a|*", r"\k", "(?P<n>", r"[\q]", "a{1,2}{3}", "(?P<>a)"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print(repr(bad), "->", e)
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj").group(10), re.match(r"\101", "A"))
print(re.match(".", "\r"), re.search("a$", "a\r"), re.findall(r"\v", "a\x0bb\nc"), re.findall(r"[\v]", "a\x0bb\nc"), re.search(r"^b", "a\rb", re.M))
print(re.findall(r"\s", "a\x1cb\x85c\u2028"), re.findall(r"\w", "a_1é٣"), re.findall(r"\d", "1٣"), re.findall(r"(?a)\d", "1٣"))
print(re.findall(r"\x41\101\0", "AA\0"), re.findall("[\\x41-\\x43]+", "ABCD"))
print(re.findall(r"\s", "a\x1cb", re.A), re.findall(r"[\s]", "a\x1c\x0b"), re.findall(r"\S+", "a\x1cb c"))
