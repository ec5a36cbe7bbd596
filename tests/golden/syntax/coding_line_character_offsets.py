# -*- coding: utf-8 -*-
café = f() = 3
