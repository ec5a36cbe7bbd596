# utf-16 and utf-32 (BOM, byte orders), their error handlers and messages.
cases=[(b'a','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8a\x00','utf-16-le'),(b'\x00\xd8\x00\xd8','utf-16-le'),(b'\xff\xfea\x00','utf-16'),(b'\xfe\xff\x00a','utf-16'),(b'a\x00','utf-16'),(b'a\x00b','utf-16'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\xd8\x00\x00','utf-32-le'),(b'abc','utf-32'),(b'\xff\xfe\x00\x00a\x00\x00\x00','utf-32'),(b'\x00\xdc\x00\xd8','utf-16-le'), (b'\x3d\xd8\x00\xde', 'utf-16-le'), (b'\xff\xfea\x00b', 'utf-16'), (b'\xff\xfe\x00\x00abc','utf-32'), (b'\x00\x00\x00a', 'utf-32-be'), (b'\x00a\xd8=\xde\x00', 'UTF-16BE')]
for b,e in cases:
  for err in ['strict','replace','surrogatepass','backslashreplace','ignore']:
    try: print(b,e,err,'->',repr(b.decode(e,err)))
    except Exception as x: print(b,e,err,'!!',type(x).__name__,x, x.start, x.end)
for s,e in [('\ud800','utf-16'),('a\udc00b','utf-16-le'),('\ud800','utf-32'),('😀','utf-16-be'),('😀','utf-32'),('','utf-16'),('','utf-32'),('café 中文 😀','utf-16'),('café 中文 😀','utf-32-be'),('abc', 'u16'), ('é', 'utf_32_le')]:
  for err in ['strict','surrogatepass','replace','backslashreplace','xmlcharrefreplace','ignore']:
    try: print(repr(s),e,err,'->',s.encode(e,err))
    except Exception as x: print(repr(s),e,err,'!!',type(x).__name__,x)
