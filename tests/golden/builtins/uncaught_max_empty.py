# max() of an empty sequence, uncaught.
readings = [r for r in [12, 15, 9] if r > 20]
print('readings above 20:', readings)
print(max(readings))
