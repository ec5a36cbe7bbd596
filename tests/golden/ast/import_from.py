from os import path
from os.path import join, dirname as d
from collections import (OrderedDict, defaultdict as dd,)
