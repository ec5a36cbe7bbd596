"""Writes format_number_cases.inc for test_format_number.c: format(value, spec)
for ints, floats and complex numbers as CPython 3.11 (python3) prints it.
Run from tests/unit: python3 gen_format_number_cases.py"""
import math
ints = ['0','1','-1','5','255','-255','1234','-1234','1234567','-1234567','65','1114112','10'*20,'-'+'9'*25,'4096','1048576']
int_specs = ['','d','5','<5','^7','>7','=7','*^9','+','-',' ','+d',' d','05','010','0=10','<010','x','X','#x','#X','#010x','o','#o','b','#b','_b','_x','#012_x','_o',',',',d','_d','012,','012_','0=012,','c','>5c','0>5c','n','e','E','.2e','f','.3f','F','g','G','%','.1%','.2','z','s','xx',',b','_n','+c','#c','#d','é^7','12,.1f','=+10','013,','->10,']
floats = ['0.0','-0.0','1.0','-1.0','1.5','2.5','0.1','1234.5','-1234567.125','1e16','1e-5','1e22','123.456','0.0001','1e300','1e-300','5e-324','1.7976931348623157e308','float("inf")','float("-inf")','float("nan")','1/3','100.0','0.5','12.0','-0.0001','9.999999e15','123456789.0']
float_specs = ['','r','5','<12','^12','>12','=12','*^12','+','-',' ','012','0=12','e','E','.0e','#.0e','.2e','.10e','f','F','.0f','#.0f','.2f','.20f','g','G','.0g','#g','#.3g','.3g','.1g','.10g','n','%','.1%','.0%','.2','.3','.0','.17','z','z.2f','zf','z.3','z.1e',',',',.2f','_.3f','012,.1f','010,.1f','+.1e','=+12.2f','d','c','xx','.1000f','#','#.0','.2n','.1%','012.3%']
cplx = ['1+2j','2j','-2j','complex(-0.0,-1)','complex(0.0,-0.0)','1234.5+2j','complex(1e20,1e-5)','complex(float("nan"),float("inf"))','1.5-0.25j']
cplx_specs = ['','>12','<14','^15','.2f','g','+.1f','010','=10','%','^15.3e',',','e','.3','-','+',' ','*>16','n','d','#.0f','z.1f']
def q(s): return '"' + s.replace('\\','\\\\').replace('"','\\"') + '"'
def cstr(s):
    b = s.encode('utf-8')
    out = ''
    for ch in b:
        if 32 <= ch < 127 and chr(ch) not in '"\\':
            out += chr(ch)
        elif chr(ch) in '"\\':
            out += '\\' + chr(ch)
        else:
            out += '\\x%02x""' % ch
    return '"' + out + '"'
def res(v, f):
    try:
        r = format(v, f)
        return 'OK', r
    except Exception as e:
        return 'ERR', '%s: %s' % (type(e).__name__, e)
lines = []
for s in ints:
    v = int(s)
    for f in int_specs:
        k, r = res(v, f)
        if len(r) > 200: continue
        lines.append('    {%s, %s, %s, %s},' % ("'i'", cstr(s), cstr(f), cstr(r) if k=='OK' else cstr('!' + r)))
for s in floats:
    v = eval(s)
    rep = repr(v)
    for f in float_specs:
        k, r = res(v, f)
        if len(r) > 300: r = r[:0]; continue
        lines.append('    {%s, %s, %s, %s},' % ("'f'", cstr(rep), cstr(f), cstr(r) if k=='OK' else cstr('!' + r)))
for s in cplx:
    v = eval(s)
    rep = '%r|%r' % (v.real, v.imag)
    for f in cplx_specs:
        k, r = res(v, f)
        lines.append('    {%s, %s, %s, %s},' % ("'c'", cstr(rep), cstr(f), cstr(r) if k=='OK' else cstr('!' + r)))
open('format_number_cases.inc','w').write('\n'.join(lines) + '\n')

