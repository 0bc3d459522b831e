x = "hello
y = 2
