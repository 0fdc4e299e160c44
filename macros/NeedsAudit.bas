Attribute VB_Name = "NeedsAudit"
' needsaudit: the coordinator workbook's buttons, one Sub per button.
'
' Each Sub runs one step of the audit in Python (the module needsaudit.xl) through the
' xlwings add-in's RunPython. Python reads the audit folder and options from the Control
' sheet, runs the same code as the terminal program, and puts the result and any issues back
' into this workbook. These macros never touch case data themselves.
'
' The add-in is called late-bound, through Application.Run, so this workbook opens and
' compiles on a computer without xlwings; a button pressed there says what is missing and
' what to type in a terminal instead, rather than failing with "Sub or Function not defined".
Option Explicit

Private Const RUN_PYTHON As String = "'xlwings.xlam'!RunPython"
' The macros' English words, for a workbook that does not hold its own (names NA_C_Working
' and NA_C_NoPython, written on a hidden row of the Control sheet in the workbook's language):
' a module imported into a workbook of your own still explains itself.
Private Const WORKING As String = "needsaudit: working..."

Private Function NoPythonInEnglish() As String
    NoPythonInEnglish = "Excel could not run Python for this step ({why})." _
        & vbLf & vbLf _
        & "The buttons need Python, needsaudit and the xlwings add-in on this computer: " _
        & "ask IT to install them (the README's Excel section says how)." _
        & vbLf & vbLf _
        & "Until then, the line beside each step on the Control sheet does the same job " _
        & "when typed in a terminal: needsaudit {step} <audit folder>"
End Function

Public Sub NewAudit()
    RunStep "import needsaudit.xl; needsaudit.xl.init()", "init"
End Sub

Public Sub MakeForms()
    RunStep "import needsaudit.xl; needsaudit.xl.forms()", "forms"
End Sub

Public Sub ShowStatus()
    RunStep "import needsaudit.xl; needsaudit.xl.status()", "status"
End Sub

Public Sub CheckReturns()
    RunStep "import needsaudit.xl; needsaudit.xl.check()", "check"
End Sub

Public Sub MergeReturns()
    RunStep "import needsaudit.xl; needsaudit.xl.merge()", "merge"
End Sub

Public Sub SuggestGroups()
    RunStep "import needsaudit.xl; needsaudit.xl.suggest()", "suggest"
End Sub

Public Sub WriteSummaries()
    RunStep "import needsaudit.xl; needsaudit.xl.summarise()", "summarise"
End Sub

Public Sub TryDemo()
    RunStep "import needsaudit.xl; needsaudit.xl.demo()", "demo"
End Sub

Public Sub RunChosenStep()
    RunStep "import needsaudit.xl; needsaudit.xl.main()", "<step>"
End Sub

Private Sub RunStep(ByVal pythonCall As String, ByVal stepName As String)
    On Error GoTo NoPython
    Application.StatusBar = Words("NA_C_Working", WORKING)
    Application.Run RUN_PYTHON, pythonCall
    Application.StatusBar = False
    Exit Sub
NoPython:
    ' Err is read before anything else runs: Words' own error handling resets it.
    Dim why As String
    why = Err.Description
    Dim message As String
    message = Replace(Words("NA_C_NoPython", NoPythonInEnglish()), "{step}", stepName)
    message = Replace(message, "{why}", why)
    Application.StatusBar = False
    ShowResult message
    MsgBox message, vbExclamation, "needsaudit"
End Sub

Private Function Words(ByVal key As String, ByVal fallback As String) As String
    ' The workbook's words in its own language, written there by Python; the English above
    ' when the name is missing or empty.
    Dim found As String
    On Error Resume Next
    found = CStr(ThisWorkbook.Names(key).RefersToRange.Value)
    On Error GoTo 0
    If Len(found) = 0 Then found = fallback
    Words = found
End Function

Private Sub ShowResult(ByVal message As String)
    ' Python reports its own results; this runs only when Python could not start. A renamed
    ' or deleted result cell must not hide the message box that follows.
    On Error Resume Next
    ThisWorkbook.Names("NA_C_Result").RefersToRange.Value = message
    ThisWorkbook.Names("NA_C_When").RefersToRange.Value = Now
End Sub
