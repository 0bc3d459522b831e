#!/usr/bin/env python3
# Comments in every position, blank lines and whitespace-only lines.

   
		
# a comment
    # an indented comment at module level
	# a tab-indented comment
x = 1  # trailing comment
x = 2 # no extra space
x = 3#no space at all


def f():  # comment after colon
    # comment as first line of body

    x = 1
        # over-indented comment
    # comment
  # under-indented comment
    y = 2
    

    return x + y  # return
    # trailing comment in body
# dedented comment

if x:
    pass
# comment between if and else
else:
    pass

class C:
    # comment

    attr = 1


    # comment before method
    def m(self):
        pass
        
    # comment after method
#
##
# -*- not a coding line here -*-
#: special
x = "# not a comment"
y = '# neither'  # but this is
z = """
# inside a string
"""
   
# last line comment
