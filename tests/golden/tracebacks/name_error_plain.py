# An undefined name with nothing similar: no suggestion.
def main():
    print('computing')
    return zzyzx_value * 2
main()
