ﬁle = 1
ℌ = 2
𝐱 = 3
print(ﬁle, ℌ, 𝐱)
