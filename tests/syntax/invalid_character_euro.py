price = 5 € 2
