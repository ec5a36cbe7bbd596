# A literal passed straight to getrefcount, and a literal that appears twice (Stack Overflow 45013663).
import sys
print(sys.getrefcount(1000))
go = 102133333333333333333
print(sys.getrefcount(go))
print(sys.getrefcount(102133333333333333333))
made = int('102133333333333333333')
print(sys.getrefcount(made), made == go, made is go)
