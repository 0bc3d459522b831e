# Tabs used for indentation.
def f(x):
	if x:
		return 1
	else:
		for i in range(x):
			if i:
				continue
		return 2

class C:
	def m(self):
		x = [1,
			2,	3]
		return x	# tab before comment

if True:
	x = 1	+	2
	y = '	tab in string'
while False:
	pass

z = 3
def g():
        a = 1
        if a:
                b = 2
        return a
