"""Fictional IEPs for the "My child's IEP" tests, written as Word files (python-docx) and as
text PDFs (fpdf2, with the writers in evals/iep_files.py), plus one image-only PDF standing in for a scan.

Every student, school and person here is made up. Each IEP is a list of blocks:
("h", heading), ("p", paragraph), ("table", rows) and ("page",) for a page break."""

from __future__ import annotations

from pathlib import Path

from evals.iep_files import Block, write_docx, write_pdf

# A district-form IEP: headings, tables of services and dates. Nothing the checklist asks about is missing.
DISTRICT = [
    ("h", "Individualized Education Program (IEP)"),
    ("p", "Maplewood Unified School District - Special Education Department"),
    ("h", "Meeting Information"),
    (
        "table",
        [
            ["Student", "Maya Rivera"],
            ["Date of birth", "05/02/2016"],
            ["Grade", "4"],
            ["IEP meeting date", "03/10/2026"],
            ["Annual review date", "03/09/2027"],
            ["Re-evaluation due", "02/15/2028"],
        ],
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Maya reads 62 words correct per minute on grade 4 passages; the grade-level benchmark is 94. "
        "Her speech is understood by unfamiliar listeners about 70% of the time.",
    ),
    ("p", "Parent concerns: Maya's parents want her to enjoy reading and to be understood by her classmates."),
    ("page",),
    ("h", "Measurable Annual Goals"),
    ("p", "Goal 1: By March 2027, Maya will read grade 4 passages at 90 words correct per minute on 3 of 4 weekly probes."),
    (
        "p",
        "Goal 2: By March 2027, Maya will produce /r/ and /s/ sounds correctly in conversation "
        "with 80% accuracy in 4 of 5 sessions.",
    ),
    ("h", "How Progress Will Be Measured and Reported"),
    (
        "p",
        "Progress toward each goal will be measured with weekly curriculum-based probes and therapy data. "
        "Parents will receive a written progress report every 9 weeks, with the report card.",
    ),
    ("page",),
    ("h", "Special Education Services"),
    (
        "table",
        [
            ["Service", "Frequency", "Duration", "Location"],
            ["Specialized reading instruction", "5 times per week", "45 minutes", "Resource room"],
        ],
    ),
    ("h", "Related Services"),
    (
        "table",
        [
            ["Service", "Frequency", "Duration", "Location"],
            ["Speech-language therapy", "2 times per week", "30 minutes", "Speech room"],
            ["Occupational therapy", "1 time per month", "30 minutes", "General education classroom"],
        ],
    ),
    ("h", "Supplementary Aids, Services and Accommodations"),
    ("p", "Extended time (time and a half) on classroom tests and quizzes."),
    ("p", "Directions read aloud and repeated; preferential seating near the teacher."),
    ("page",),
    ("h", "Participation in State and District Assessments"),
    ("p", "Maya will take the state reading and math tests with accommodations: extended time and a small-group setting."),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Maya will spend 80% of the school day in the general education classroom with non-disabled peers. "
        "She is removed only for specialized reading instruction in the resource room.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "The team considered extended school year services. Maya does not need ESY this year because "
        "she kept her skills over past breaks.",
    ),
]

# A narrative IEP: flowing paragraphs, services and dates written as sentences.
NARRATIVE = [
    ("h", "Jordan Lee - Individualized Education Program"),
    (
        "p",
        "This IEP was written at a meeting held on September 15, 2025, at Cedar Creek Middle School. "
        "Jordan is 12 years old and in 7th grade.",
    ),
    ("h", "Where Jordan Is Now (Present Levels)"),
    (
        "p",
        "Jordan solves grade 7 math problems with 45% accuracy on unit tests. He writes paragraphs of "
        "two to three sentences and needs reminders to start tasks.",
    ),
    ("h", "Parent Input"),
    ("p", "Jordan's mother would like him to feel more confident in math class."),
    ("h", "Jordan's Goals"),
    ("p", "Goal 1: Jordan will solve two-step equations with 80% accuracy on 4 out of 5 weekly checks by September 2026."),
    ("p", "Goal 2: Jordan will write a five-sentence paragraph with a topic sentence in 3 of 4 writing samples."),
    (
        "p",
        "We will measure progress with weekly checks and writing samples, and we will report progress to "
        "Jordan's family in writing each quarter.",
    ),
    ("page",),
    ("h", "Services Jordan Will Receive"),
    ("p", "Jordan will receive specialized math instruction 4 times per week for 50 minutes in the learning center."),
    ("p", "Jordan will receive speech-language therapy twice a week for 30 minutes in the speech room."),
    ("p", "Jordan will receive counseling once a week for 20 minutes in the counselor's office."),
    ("h", "Accommodations"),
    ("p", "For tests Jordan may use a calculator, has extended time, and takes tests in a separate quiet room."),
    ("page",),
    ("h", "State Testing"),
    ("p", "Jordan will take the state tests in math and English with a calculator and extended time."),
    ("h", "Time With Non-Disabled Peers"),
    ("p", "Jordan will be in general education classes with non-disabled peers for all subjects except math."),
    ("h", "Extended School Year"),
    ("p", "ESY services were discussed; the team will look at data in the spring to decide."),
    ("h", "Dates"),
    ("p", "The next annual review is due by September 14, 2026. Jordan's re-evaluation is due by 09/01/2027."),
]

# An IEP missing what the checklist should catch.
GAPS = [
    ("h", "Individualized Education Program"),
    (
        "table",
        [
            ["Student", "Sam Carter"],
            ["Age", "10"],
            ["Date of IEP meeting", "01/20/2026"],
            ["Next annual review", "04/20/2027"],
        ],
    ),
    ("h", "Present Levels of Performance"),
    ("p", "Sam reads at a grade 2 level and his handwriting is hard to read."),
    ("h", "Annual Goals"),
    ("p", "Goal 1: Sam will read grade 3 passages with 95% accuracy in 4 of 5 trials."),
    ("p", "Goal 2: Sam will improve his writing skills."),
    ("page",),
    ("h", "Related Services"),
    ("p", "Speech therapy: as needed, in the speech room."),
    ("h", "Accommodations"),
    ("p", "Use of a pencil grip and a slant board."),
    ("h", "Least Restrictive Environment"),
    ("p", "Sam will be in the general education classroom for most of the day."),
]


def teen(with_transition: bool) -> list[Block]:
    """A 16-year-old's IEP, with or without a transition plan."""
    blocks = [
        ("h", "Individualized Education Program"),
        (
            "table",
            [
                ["Student", "Alex Morgan"],
                ["Age", "16"],
                ["Meeting date", "2026-02-02"],
                ["Annual review date", "2027-02-01"],
            ],
        ),
        ("h", "Present Levels"),
        ("p", "Alex passes all general education classes and reads at grade level with text-to-speech."),
        ("h", "Annual Goals"),
        ("p", "Goal 1: Alex will use a planner to record all assignments on 9 of 10 school days."),
        ("h", "Progress Reporting"),
        ("p", "Progress will be reported to Alex and his parents each semester with the report card."),
        ("page",),
        ("h", "Special Education Services"),
        ("p", "Study skills instruction: 3 times per week, 45 minutes, learning lab."),
        ("h", "Accommodations"),
        ("p", "Text-to-speech for reading assignments and tests."),
        ("h", "State Assessments"),
        ("p", "Alex will take the state tests with text-to-speech."),
        ("h", "Least Restrictive Environment"),
        ("p", "Alex spends 90% of the day in general education classes with non-disabled peers."),
        ("h", "Extended School Year"),
        ("p", "Alex does not need extended school year services."),
    ]
    if with_transition:
        blocks += [
            ("page",),
            ("h", "Postsecondary Transition Plan"),
            ("p", "Postsecondary goal: after high school Alex will attend a community college and study graphic design."),
            (
                "p",
                "Transition services: a career interest inventory this fall and a visit to the community college in the spring.",
            ),
        ]
    return blocks


SAMPLES: dict[str, list[Block]] = {
    "district": DISTRICT,
    "narrative": NARRATIVE,
    "gaps": GAPS,
    "teen-transition": teen(True),
    "teen-no-transition": teen(False),
}


def write_scan(path: Path) -> Path:
    """An image-only PDF: a picture of a page with writing on it, and no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(["Individualized Education Program", "Student: Maya Rivera", "Annual Goals"]):
        draw.text((60, 60 + 40 * i), line, fill="black")
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=pdf.w)
    pdf.output(str(path))
    return path


def write_all(folder: Path) -> dict[str, Path]:
    """Every sample as .docx and .pdf ("district.docx", "district.pdf", ...) and "scan.pdf"."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, blocks in SAMPLES.items():
        out[f"{name}.docx"] = write_docx(folder / f"{name}.docx", blocks)
        out[f"{name}.pdf"] = write_pdf(folder / f"{name}.pdf", blocks)
    out["scan.pdf"] = write_scan(folder / "scan.pdf")
    return out
