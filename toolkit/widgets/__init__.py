"""Notebook front ends: thin ipywidgets/anywidget views over the analysis modules.

No analysis happens here: each widget takes results from a pure function and draws them,
and reports what the student did back to a module that owns the rules and the saving.
"""
