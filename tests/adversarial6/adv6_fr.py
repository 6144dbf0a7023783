FR = ""
