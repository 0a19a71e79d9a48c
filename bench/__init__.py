"""Measurement scripts, run as `python bench/NAME.py`.

A package so that `mypy .` tells them from the apps they share names with.
"""
