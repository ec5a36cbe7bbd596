total = price +
