# At most 15 members are printed; the rest are counted.
inner = ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])
raise ExceptionGroup("wide", [TypeError(i) for i in range(20)] + [inner])
