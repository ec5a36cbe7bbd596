# Known difference (front end): async and await are not supported.
# CPython 3.11 runs this file; minipy reports
#   SyntaxError: minipy does not support 'async'
# at the `async` token (and "... 'await'" for an await expression).
async def main():
    await something()
