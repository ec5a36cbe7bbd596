s = "a \"quoted\" word"
t = 'it\'s'
