café = 1
変数 = 2
π = 3.14
Σ = sum
naïve_count = café + 変数
