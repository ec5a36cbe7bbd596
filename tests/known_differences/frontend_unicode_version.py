# Known difference (front end): Unicode version. CPython 3.11 uses Unicode
# 14.0; minipy's identifier classes and printability come from utf8proc and
# its \N{...} names from Debian's unicode-data (both 15.0). Characters new in
# 15.0 are letters / printable / named for minipy but not for CPython 3.11.
ok = "\N{LATIN SMALL LETTER A}"
