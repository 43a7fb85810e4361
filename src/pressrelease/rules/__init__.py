"""One module per kind of part. Each rule is a plain function named after what it recognises.

Rules read the text through :class:`~pressrelease.rules.segment.Line` records and the pattern
tables of :mod:`pressrelease.patterns`; they return model objects or None, never raise on text.
"""
