"""needsaudit: a needs-led case audit for children's services, run through Excel.

The pipeline, one module per stage: ``audit`` (set-up) -> ``forms`` (blank forms) ->
``returns`` (completed forms -> records and issues) -> ``shuffle`` (merge, keep the group's
decisions) -> ``summary`` (the commissioners' workbooks). ``cli`` and ``xl`` only call these.
"""

__version__ = "0.1.0"
