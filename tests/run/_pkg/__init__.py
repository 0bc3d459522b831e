print("package _pkg initialised")
from . import util
NAME = "pkg"
