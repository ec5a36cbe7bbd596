# complex(): from numbers, strings (with parentheses, j forms, underscores), keywords, and every error message.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


for s in ['1+2j', '(1+2j)', ' ( 1+2j ) ', '1+j', '-j', 'j', '1e5j', 'infj', '-inf+nanj', '1+2J',
          '1_0+2_0j', '3', '-1.5e-3-2.5e3j', '1-j', '', '1 + 2j', '1..5', '(1+2j', '1+2j)', '1e',
          '+', '1-', '1_+2j', 'nan']:
    show(f'complex({s!r})', lambda: complex(s))
show('complex()', lambda: complex())
show('complex(1, 2)', lambda: complex(1, 2))
show('complex(real=1, imag=2)', lambda: complex(real=1, imag=2))
show('complex(imag=2)', lambda: complex(imag=2))
show('complex(1j, 1j)', lambda: complex(1j, 1j))
show('complex(1+2j, 3)', lambda: complex(1+2j, 3))
show('complex(2.5)', lambda: complex(2.5))
show('complex(True)', lambda: complex(True))
show('complex(1, 2, 3)', lambda: complex(1, 2, 3))
show("complex('1', 2)", lambda: complex('1', 2))
show("complex(1, '2')", lambda: complex(1, '2'))
show('complex(None)', lambda: complex(None))
show('complex(1, None)', lambda: complex(1, None))
show("complex(b'1')", lambda: complex(b'1'))
show('complex(x=1)', lambda: complex(x=1))


class C:
    def __complex__(self):
        return 3 + 4j


show('complex(C())', lambda: complex(C()))
z = 1 + 2j
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), type(z.real).__name__)
