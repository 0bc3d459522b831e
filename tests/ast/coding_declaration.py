#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""A module with a shebang and a PEP 263 coding declaration."""
greeting = 'grüß dich'
