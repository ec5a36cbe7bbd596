from os import *
from .module import *
