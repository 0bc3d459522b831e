s = f'''line one
{x +}
line three'''
