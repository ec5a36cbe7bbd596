self.count += 1
totals[key] -= amount
