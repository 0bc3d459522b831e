# vim: set fileencoding=latin-1 :
# The declared encoding is latin-1; the text itself is plain ASCII.
x = 'plain ascii'
y = '\xe9'
