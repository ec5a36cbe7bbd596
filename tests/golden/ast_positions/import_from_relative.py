from . import sibling
from .. import parent
from .mod import thing
from ..pkg.sub import (a as b,)
from ... import top
from .... import deeper
