def main():
    return 'tool main ran'


if __name__ == '__main__':
    print('apps.tool: run as a script')
else:
    print('apps.tool: imported as', __name__)
