"""File formats: reading results from CSV, JSON and TOML, writing tables.

This layer sits on top of the domain code (nothing in the domain imports it). Every
reader reports errors with the file name and line.
"""
