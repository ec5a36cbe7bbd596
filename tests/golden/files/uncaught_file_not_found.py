# Opening a missing file for reading, uncaught.
config_path = '/tmp/minipy_golden_no_such_dir/settings.ini'
print('loading', config_path)
with open(config_path) as f:
    print(f.read())
