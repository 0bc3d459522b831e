s = 'héllo wörld' 42 + +
