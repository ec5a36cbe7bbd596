class Meta(Base, metaclass=ABCMeta, **options):
    pass
class E(*bases):
    pass
