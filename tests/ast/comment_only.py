# Nothing but comments.

   # indented comment
