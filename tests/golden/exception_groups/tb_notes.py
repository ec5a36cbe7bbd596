# __notes__ are printed after the message, inside the group's margin.
e1 = ValueError("one")
e1.add_note("a note")
e1.add_note("two\nlines")
e1.add_note("")
e1.add_note("ends with a newline\n")
e2 = TypeError("two")
e2.__notes__ = ["set directly", 42]
e3 = KeyError("three")
e3.__notes__ = "a string is a sequence"
e4 = OSError("four")
e4.__notes__ = 1234
eg = ExceptionGroup("noted", [e1, e2, e3, e4])
eg.add_note("note on the group")
for bad in (None, 5):
    try:
        eg.add_note(bad)
    except TypeError as e:
        print("add_note:", e)
e4.__notes__ = (1234,)
e4.__notes__ = 1234
try:
    e4.add_note("x")
except TypeError as e:
    print("add_note:", e)
print(eg.__notes__, e1.__notes__)
raise eg
