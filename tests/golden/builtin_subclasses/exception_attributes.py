# Exception subclasses: args, custom attributes and properties, __str__
# built from them, and add_note (new in 3.11).


class HTTPError(Exception):
    status_text = {404: 'Not Found', 500: 'Server Error'}

    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f'{self.status} {self.status_text.get(self.status, "?")}: {self.url}'

    @property
    def retryable(self):
        return self.status >= 500


errors = [HTTPError(404, '/a'), HTTPError(500, '/b'), HTTPError(418, '/tea')]
for e in errors:
    print(str(e), '| retry:', e.retryable, '| args:', e.args)
e = errors[0]
e.add_note('while loading the index')
e.add_note('second note')
print(e.__notes__)
print(e.__traceback__, e.__cause__, e.__context__)
e.extra = 'any attribute'
print(e.extra, sorted(k for k in vars(e)))
try:
    raise errors[1]
except HTTPError as caught:
    print(caught is errors[1], caught.__traceback__ is not None)
e.args = ('replaced',)
print(e.args, str(e))
print(repr(HTTPError(1, 'x')))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
