# -*- coding: cp1252 -*-
# Known difference (front end): minipy decodes source as UTF-8, or Latin-1
# when a coding line names it. Any other declared encoding (cp1252 here) is
# read as UTF-8, so this file behaves as in CPython only while it is ASCII;
# CPython would also report "encoding problem: NAME" for an unknown codec,
# which minipy does not check.
text = "plain ASCII is the same in every encoding"
