ab·⁄c = 1
