a = "a" "b" 'c'
b = ("multi"
     "line"
     "concat")
