# textwrap: wrap/fill/shorten with CPython's chunking, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog, a well-known pangram; "
        "extraordinarily-long-hyphenated-words too.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill("Hello   world\tagain\nnext line", 10))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("a\n\nb\n", "> ")))
print(repr(textwrap.dedent("\tx\n\ty")), repr(textwrap.dedent("  a\n b")), repr(textwrap.dedent("  \n  a")))
print(textwrap.shorten("Hello  world! This is long", width=12), textwrap.wrap("abcdefghijklmnop", 5), textwrap.wrap("", 5))
print(textwrap.wrap("one two three", 7, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a  b", 10, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap("abcdefghij klm", 4, break_long_words=False))
print(textwrap.fill("First one. second one. Third?  ok", 80, fix_sentence_endings=True))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.indent("a\n  \nb", "+", lambda line: True))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap("a well-known pre-existing thing"))
