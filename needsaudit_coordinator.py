"""Lets the xlwings add-in's "Run main" button drive the macro-free coordinator workbook.

xlwings runs ``import <workbook name>; <workbook name>.main()`` for the active workbook, so a
module named after needsaudit_coordinator.xlsx must be importable; it hands over to
needsaudit.xl, which runs the step chosen on the workbook's Control sheet.
"""

from needsaudit.xl import main

__all__ = ["main"]
