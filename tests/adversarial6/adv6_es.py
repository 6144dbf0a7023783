ES = ""
