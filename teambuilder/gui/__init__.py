"""The desktop interface: PySide6 widgets and thin Qt models over the domain objects.

Nothing here decides anything: the engine in :mod:`teambuilder.domain` does, and these
modules show its answers and collect the owner's input. Import Qt only below this package
(and in :mod:`teambuilder.app`).
"""
