#!/usr/bin/python3
"""Drive one headless LibreOffice through UNO for the test suite, speaking JSON lines.

UNO imports only in Debian's own /usr/bin/python3, so the suite (in its virtual environment)
runs this file as a subprocess: one request per line on stdin, one answer per line on stdout.
It starts soffice itself with a private profile and a free port. Requests name an operation
("op") and its arguments; documents are referred to by the id that "open" returns.

LibreOffice 7.4 sometimes dies under UNO (more often under load), typically while closing a
document it has just saved. After any failed request the worker checks whether the office is
still alive; if not, it starts a fresh one and answers "died", so the client (the test suite)
can replay the job on the fresh office. Only when the office died while closing a document it
had saved, and the saved file is complete, is the answer "ok" (with "restarted"): the job's
result is on disk and nothing is lost.

Kept deliberately small: what the tests need to act like a user (type through the
dispatcher, insert rows, pick from lists), to inspect what the application sees (values,
named ranges, validations, protection, charts, Basic modules), and to save or print.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.table import CellAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def props(**kw):
    return tuple(prop(k, v) for k, v in kw.items())


class Office:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="needsaudit-lo-")
        self.proc = None
        self.ctx = None
        self.desktop = None
        self.docs = {}
        self.saved = {}  # doc id -> (path, filter) of its last save
        self.refused = set()
        self.next_id = 1
        self.start()

    def start(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        soffice = shutil.which("soffice") or "/usr/bin/soffice"
        self.proc = subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                "-env:UserInstallation=file://" + self.profile,
                "--accept=socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Its own process group: soffice is a wrapper (oosplash) that starts soffice.bin,
            # and only a signal to the group ends both. It stays in the worker's session, which
            # the test suite ends as a whole if the worker hangs.
            process_group=0,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        url = "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port
        deadline = time.time() + 60
        while True:
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("soffice did not start")
                time.sleep(0.1)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.ctx
        )

    def alive(self):
        """Whether soffice is running and answers over the bridge."""
        if self.proc is None or self.proc.poll() is not None:
            return False
        try:
            self.desktop.getComponents().createEnumeration()
            return True
        except Exception:
            return False

    def kill(self):
        """End this worker's own soffice, wrapper and all, at once."""
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=30)

    def stop(self):
        for doc in list(self.docs.values()):
            try:
                doc.close(True)
            except Exception:
                pass
        self.docs.clear()
        try:
            self.desktop.terminate()
        except Exception:
            pass
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            self.kill()  # whatever of the group is left
        shutil.rmtree(self.profile, ignore_errors=True)

    # --- documents ---------------------------------------------------------------------------

    def doc(self, doc_id):
        return self.docs[doc_id]

    def op_open(self, path, password=None, macros=False):
        # Always from a private copy: a stale lock file beside the original (a crashed run)
        # makes LibreOffice return None silently, and ../shared is read-only in CI.
        private = tempfile.mkdtemp(prefix="doc-", dir=self.profile)
        copy = os.path.join(private, os.path.basename(path))
        shutil.copyfile(path, copy)
        url = uno.systemPathToFileUrl(copy)
        kw = dict(Hidden=True)
        if macros:
            kw["MacroExecutionMode"] = 4  # ALWAYS_EXECUTE_NO_WARN: the test's own workbook
        if password is not None:
            kw["Password"] = password
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, props(**kw))
        if doc is None:
            raise RuntimeError("LibreOffice could not load the file")
        doc_id = self.next_id
        self.next_id += 1
        self.docs[doc_id] = doc
        return doc_id

    def op_close(self, doc):
        d = self.docs.pop(doc)
        self.refused.discard(doc)
        self.saved.pop(doc, None)
        d.close(True)
        return True

    def op_save(self, doc, path, filter="Calc MS Excel 2007 XML", password=None):
        kw = dict(FilterName=filter, Overwrite=True)
        if password is not None:
            kw["Password"] = password
        self.doc(doc).storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), props(**kw))
        self.saved[doc] = (os.path.abspath(path), filter)
        return True

    def op_kill_office(self):
        """Kill soffice now, as a crash would: the test of the recovery itself uses it."""
        self.kill()
        return True

    def op_sleep(self, seconds):
        """Answer late, as a hung office would: the test of the client's timeout uses it."""
        time.sleep(seconds)
        return True

    def op_crash(self):
        """A request the office never survives: kills soffice and fails."""
        self.op_kill_office()
        raise RuntimeError("the office was killed by request")

    def op_pdf(self, doc, path, sheet=None):
        """Print to PDF: the whole workbook, or one sheet (the others are removed first, so
        a chart that refers to another sheet prints without its data)."""
        d = self.doc(doc)
        if sheet is not None:
            if d.isProtected():
                d.unprotect("")
            for name in list(d.Sheets.ElementNames):
                if name != sheet:
                    d.Sheets.removeByName(name)
        d.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), props(FilterName="calc_pdf_Export")
        )
        self.saved[doc] = (os.path.abspath(path), "calc_pdf_Export")
        return True

    def op_recalc(self, doc):
        self.doc(doc).calculateAll()
        return True

    def op_formula_values(self, doc):
        """Recalculate everything, then every formula cell's value: {sheet: [[row, col,
        value]]}, 0-based, numbers as floats and text as text."""
        d = self.doc(doc)
        d.calculateAll()
        out = {}
        for name in d.Sheets.ElementNames:
            sh = d.Sheets.getByName(name)
            found = []
            formulas = sh.queryContentCells(16)  # CellFlags.FORMULA
            for block in formulas.getRangeAddresses():
                rng = sh.getCellRangeByPosition(
                    block.StartColumn, block.StartRow, block.EndColumn, block.EndRow
                )
                for i, row in enumerate(rng.getDataArray()):
                    for j, value in enumerate(row):
                        found.append([block.StartRow + i, block.StartColumn + j, value])
            out[name] = found
        return out

    def op_print_layout(self, doc, path):
        """Print the whole workbook to PDF and say how LibreOffice laid it out, sheet by
        sheet in printing order: pages, the text of every printed cell, and each chart's
        place against the page breaks (tests/pages.py checks them against the PDF)."""
        d = self.doc(doc)
        d.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), props(FilterName="calc_pdf_Export")
        )
        out = []
        for name in d.Sheets.ElementNames:
            sh = d.Sheets.getByName(name)
            if not sh.IsVisible:
                continue  # hidden sheets do not print
            pages = d.getRendererCount(sh, props(IsPrinter=True))
            out.append(
                {"name": name, "pages": pages, **self._printed(sh), "charts": self._charts(sh)}
            )
        return out

    @staticmethod
    def _print_ranges(sh):
        areas = list(sh.getPrintAreas())
        if areas:
            return [(a.StartRow, a.StartColumn, a.EndRow, a.EndColumn) for a in areas]
        cursor = sh.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        return [(0, 0, end.EndRow, end.EndColumn)]

    def _printed(self, sh):
        """The text of each printed text cell, by 0-based row and column (numbers are left
        out: one too wide for its column prints as ###, which the PDF shows)."""
        cells = []
        ranges = self._print_ranges(sh)
        for r1, c1, r2, c2 in ranges:
            # Visible blocks in one call each: hidden rows and columns do not print.
            visible = sh.getCellRangeByPosition(c1, r1, c2, r2).queryVisibleCells()
            for block in visible.getRangeAddresses():
                data = sh.getCellRangeByPosition(
                    block.StartColumn, block.StartRow, block.EndColumn, block.EndRow
                ).getDataArray()
                for i, row in enumerate(data):
                    for j, value in enumerate(row):
                        if isinstance(value, str) and value.strip():
                            cells.append([block.StartRow + i, block.StartColumn + j, value])
        return {"ranges": ranges, "cells": cells}

    def _charts(self, sh):
        """Each chart's extent and whether a page break falls inside it (1/100 mm)."""
        out = []
        page = sh.DrawPage
        if page.getCount() == 0:
            return out
        row_breaks = [b.Position for b in sh.getRowPageBreaks()]
        col_breaks = [b.Position for b in sh.getColumnPageBreaks()]
        # Without a print area LibreOffice prints the cells and every drawing, so a chart is
        # outside only of a print area set on purpose.
        explicit = len(sh.getPrintAreas()) > 0
        r1, c1, r2, c2 = self._print_ranges(sh)[0]
        top = sh.getCellByPosition(c1, r1).Position
        last = sh.getCellByPosition(c2, r2)
        bottom = (last.Position.X + last.Size.Width, last.Position.Y + last.Size.Height)
        for i in range(page.getCount()):
            shape = page.getByIndex(i)
            if not shape.supportsService("com.sun.star.drawing.OLE2Shape"):
                continue
            pos, size = shape.Position, shape.Size
            y0, y1 = pos.Y, pos.Y + size.Height
            x0, x1 = pos.X, pos.X + size.Width
            ys = [sh.getCellByPosition(0, b).Position.Y for b in row_breaks if b <= r2 + 1]
            xs = [sh.getCellByPosition(b, 0).Position.X for b in col_breaks if b <= c2 + 1]
            title = ""
            try:
                model = shape.Model
                if model.HasMainTitle:
                    title = model.Title.String
            except Exception:
                pass
            out.append(
                {
                    "title": title or shape.Name,
                    "split": any(y0 + 50 < y < y1 - 50 for y in ys)
                    or any(x0 + 50 < x < x1 - 50 for x in xs),
                    "outside": explicit
                    and (y0 < top.Y or x0 < top.X or y1 > bottom[1] or x1 > bottom[0]),
                }
            )
        return out

    # --- reading -----------------------------------------------------------------------------

    def sheet(self, doc, name):
        return self.doc(doc).Sheets.getByName(name)

    def op_sheets(self, doc):
        d = self.doc(doc)
        out = []
        for name in d.Sheets.ElementNames:
            sh = d.Sheets.getByName(name)
            out.append({"name": name, "visible": bool(sh.IsVisible), "protected": sh.isProtected()})
        return {"sheets": out, "structure_protected": d.isProtected()}

    def op_get(self, doc, sheet, cell):
        c = self.sheet(doc, sheet).getCellRangeByName(cell)
        kind = c.getType().value  # EMPTY, VALUE, TEXT, FORMULA
        return {
            "string": c.getString(),
            "value": c.getValue(),
            "formula": c.getFormula(),
            "type": kind,
            "locked": bool(c.CellProtection.IsLocked),
            "error": c.getError(),
        }

    def op_get_many(self, doc, sheet, cells):
        return {cell: self.op_get(doc, sheet, cell) for cell in cells}

    def op_named_range(self, doc, name):
        ranges = self.doc(doc).NamedRanges
        if not ranges.hasByName(name):
            return None
        nr = ranges.getByName(name)
        try:
            addr = nr.getReferredCells().getRangeAddress()
        except Exception:
            return {"content": nr.getContent()}
        sheet_name = self.doc(doc).Sheets.ElementNames[addr.Sheet]
        return {
            "sheet": sheet_name,
            "row1": addr.StartRow + 1,
            "col1": addr.StartColumn + 1,
            "row2": addr.EndRow + 1,
            "col2": addr.EndColumn + 1,
            "content": nr.getContent(),
        }

    def op_names(self, doc):
        return list(self.doc(doc).NamedRanges.ElementNames)

    def op_validation(self, doc, sheet, cell):
        c = self.sheet(doc, sheet).getCellRangeByName(cell)
        v = c.Validation
        return {
            "type": v.Type.value,
            "formula1": v.getFormula1(),
            "formula2": v.getFormula2(),
            "show_list": int(v.ShowList),
            "input_title": v.InputTitle,
            "input_message": v.InputMessage,
            "show_input": bool(v.ShowInputMessage),
            "error_style": v.ErrorAlertStyle.value,
        }

    def op_show_invalid(self, doc, sheet):
        return bool(self.sheet(doc, sheet).showInvalid())

    def op_conditional_formats(self, doc, sheet):
        sh = self.sheet(doc, sheet)
        cf = sh.ConditionalFormats
        return cf.getLength()

    def op_charts(self, doc, sheet):
        sh = self.sheet(doc, sheet)
        charts = sh.getCharts()
        out = []
        for name in charts.ElementNames:
            ch = charts.getByName(name).getEmbeddedObject()
            diagram = ch.getDiagram()
            title = ch.getTitle().String if ch.HasMainTitle else ""
            out.append({"name": name, "diagram": diagram.getDiagramType(), "title": title})
        return out

    def op_basic_modules(self, path):
        """Load a macro workbook and return {library: {module: source}} from its Basic."""
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        d = self.desktop.loadComponentFromURL(
            url, "_blank", 0, props(Hidden=True, MacroExecutionMode=0)
        )
        if d is None:
            raise RuntimeError("LibreOffice could not load the file")
        try:
            libs = d.BasicLibraries
            out = {}
            for lib_name in libs.ElementNames:
                if not libs.isLibraryLoaded(lib_name):
                    libs.loadLibrary(lib_name)
                lib = libs.getByName(lib_name)
                out[lib_name] = {m: lib.getByName(m) for m in lib.ElementNames}
            return out
        finally:
            d.close(True)

    def op_lock_file(self, doc):
        """The lock file LibreOffice keeps beside an open document, as bytes in hex."""
        path = uno.fileUrlToSystemPath(self.doc(doc).getURL())
        lock = os.path.join(os.path.dirname(path), ".~lock.%s#" % os.path.basename(path))
        with open(lock, "rb") as fh:
            return fh.read().hex()

    def op_run_macro(self, doc, macro):
        """Run a document macro (``Library.Module.Sub``) as a button would."""
        uri = "vnd.sun.star.script:%s?language=Basic&location=document" % macro
        script = self.doc(doc).getScriptProvider().getScript(uri)
        script.invoke((), (), ())
        return True

    # --- acting like a user ------------------------------------------------------------------

    def _frame(self, doc):
        return self.doc(doc).getCurrentController().getFrame()

    def _goto(self, doc, sheet, cell):
        d = self.doc(doc)
        controller = d.getCurrentController()
        controller.setActiveSheet(d.Sheets.getByName(sheet))
        self.dispatcher.executeDispatch(
            self._frame(doc), ".uno:GoToCell", "", 0, props(ToPoint=cell)
        )

    def op_type(self, doc, sheet, cell, text):
        """Type text into a cell as a user does (respects protection, not validation).

        LibreOffice 7.4 refuses typing into a locked cell of a protected sheet, but a second
        refusal in the same document crashed it every time here: the worker refuses to try.
        """
        target = self.sheet(doc, sheet)
        refused = target.isProtected() and target.getCellRangeByName(cell).CellProtection.IsLocked
        if refused:
            if doc in self.refused:
                raise RuntimeError("one refused typing per document: reopen it to try another")
            self.refused.add(doc)
        self._goto(doc, sheet, cell)
        self.dispatcher.executeDispatch(
            self._frame(doc), ".uno:EnterString", "", 0, props(StringName=text)
        )
        return self.op_get(doc, sheet, cell)

    def op_set_string(self, doc, sheet, cell, text):
        """Paste-like: put text in a cell through the API (bypasses protection)."""
        self.sheet(doc, sheet).getCellRangeByName(cell).setString(text)
        return True

    def op_insert_rows(self, doc, sheet, row, count=1):
        """Insert rows above ``row`` (1-based) through the dispatcher, as a user would."""
        for _ in range(count):
            self._goto(doc, sheet, "A%d" % row)
            self.dispatcher.executeDispatch(self._frame(doc), ".uno:InsertRows", "", 0, ())
        return True

    def op_insert_rows_api(self, doc, sheet, row, count=1):
        self.sheet(doc, sheet).Rows.insertByIndex(row - 1, count)
        return True

    def op_ping(self):
        return "pong"


def complete(path, filter):
    """Whether a file LibreOffice saved is whole: every zip member reads back with its CRC
    (xlsx, ods), or a PDF ends with its trailer."""
    try:
        if filter == "calc_pdf_Export":
            with open(path, "rb") as fh:
                data = fh.read()
            return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and "[Content_Types].xml" in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def main():
    office = Office()
    out = sys.stdout
    out.write(json.dumps({"ok": True, "result": "ready"}) + "\n")
    out.flush()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        request = json.loads(line)
        op = request.pop("op")
        if op == "quit":
            break
        saved = office.saved.get(request.get("doc")) if op == "close" else None
        try:
            result = getattr(office, "op_" + op)(**request)
            answer = {"ok": True, "result": result}
        except Exception as exc:
            error = "%s: %s" % (type(exc).__name__, exc)
            answer = {"ok": False, "error": error, "trace": traceback.format_exc()}
            if not office.alive():
                office.kill()
                office.stop()
                office = Office()
                if saved is not None and complete(*saved):
                    # It died closing a document whose save is on disk and whole: the
                    # job is done, and the fresh office serves the next one.
                    answer = {"ok": True, "result": True, "restarted": error}
                else:
                    answer["died"] = True
        out.write(json.dumps(answer) + "\n")
        out.flush()
    office.stop()


if __name__ == "__main__":
    main()
