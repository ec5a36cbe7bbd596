# An uncaught metaclass conflict ends the script.


class Registered(type):
    pass


class Validated(type):
    pass


class Plugin(metaclass=Registered):
    pass


class Schema(metaclass=Validated):
    pass


print(type(Plugin).__name__, type(Schema).__name__)


class PluginSchema(Plugin, Schema):
    pass
