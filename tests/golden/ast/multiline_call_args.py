result = compute(
    1,
    two=2,
    *rest,
    **extra,
)
