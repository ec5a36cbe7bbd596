import os
import os.path
import sys, re
