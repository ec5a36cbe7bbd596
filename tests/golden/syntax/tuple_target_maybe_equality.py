1 *init, last = items
