s = "\ud83d\ude00"
t = "\udfff"
