"""Benchmarks for TeamBuilder: every figure is a ratio against a floor measured in the same run.

Run ``python bench/run.py`` from the repository root; see README.md, section "Benchmarks".
"""
