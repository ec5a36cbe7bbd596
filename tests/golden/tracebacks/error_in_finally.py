# An exception in finally replaces the one being propagated.
def close_all(handles):
    try:
        raise OSError('write failed')
    finally:
        print('closing', len(handles), 'handles')
        handles['missing'].close()
close_all({})
