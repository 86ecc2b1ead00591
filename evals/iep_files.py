"""Writing a fictional IEP, given as blocks, as a Word file (python-docx) and as a text PDF (fpdf2).

A block is ("h", heading), ("p", paragraph), ("table", rows) or ("page",) for a page break.
The "My child's IEP" tests and the eval of questions about a parent's IEP (evals/iep.py) both
write their IEPs with these."""

from __future__ import annotations

from pathlib import Path

Block = tuple


def write_docx(path: Path, blocks: list[Block]) -> Path:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for block in blocks:
        if block[0] == "h":
            document.add_heading(block[1], level=1 if block is blocks[0] else 2)
        elif block[0] == "p":
            document.add_paragraph(block[1])
        elif block[0] == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif block[0] == "page":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


# The PDF's core font holds Latin-1 only: typographic characters a Word file keeps become their
# plain forms, as many PDF printers do.
_PLAIN = str.maketrans(
    {"\u2014": "-", "\u2013": "-", "\u2022": "-", "\u25aa": "-", "\u25cf": "-", "\u25e6": "-", "\u2019": "'", "\u2018": "'"}
    | {"\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2612": "[X]", "\u2610": "[ ]", "\u2611": "[X]"}
    | {"\u2122": "(TM)", "\u2192": "->", "\u2264": "<=", "\u2265": ">=", "\u2248": "~", "\u2713": "[X]", "\u2714": "[X]"}
)


def write_pdf(path: Path, blocks: list[Block]) -> Path:
    from fpdf import FPDF

    blocks = [tuple(_plain(part) for part in block) for block in blocks]

    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in blocks:
        if block[0] == "h":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block[0] == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif block[0] == "table":
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(first_row_as_headings=False) as table:
                for row in block[1]:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
        elif block[0] == "page":
            pdf.add_page()
    pdf.output(str(path))
    return path


def _plain(part):
    if isinstance(part, str):
        return part.translate(_PLAIN)
    if isinstance(part, list):
        return [_plain(p) for p in part]
    return part
