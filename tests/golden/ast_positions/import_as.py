import numpy as np
import xml.etree.ElementTree as ET, json as j
