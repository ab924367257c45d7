"""The methods ``skatecalc._record`` generates for the package's record classes, compiled
with the package: one module per method (``init``, ``repr``, ``eq``, ``hash``), each a
``METHODS`` table from a method's source text to a function that defines it.

Written by ``scripts/compile_records.py`` (a test fails while they are out of date). Making
a method from here costs no compilation: compiling the generated source cost a command
about 0.2 ms a method, and the first compilation in a process ten times that (issue 20).
A method whose source is not here (a class outside the package) is compiled as before.
"""
