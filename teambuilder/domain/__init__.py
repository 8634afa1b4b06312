"""Pure-Python domain layer: no Qt import is allowed anywhere below this package."""
