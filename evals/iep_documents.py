"""Fictional IEPs for the eval of questions about a parent's own IEP (evals/iep.py).

Every student, school and person here is made up. Each IEP is a list of blocks (see
evals/iep_files.py): ("h", heading), ("p", paragraph), ("table", rows), ("page",). They
differ on purpose: a district form of tables, a narrative IEP from a district that writes goals
in paragraphs and services in sentences, a high-schooler's IEP with a transition plan, a
kindergartener's IEP whose services grid uses abbreviations ("SLP 2x30 min/wk"), a middle-schooler's
"offer of FAPE" form with numbered capital headings, one-line services ("240 min/week"), a behavior
intervention plan and a signature page, and a Texas-style ARD committee report with dates in words,
a services grid whose columns start with the frequency, a service sentence split by a page break and
accommodations listed per subject. Three more come from other states' forms and software: a New
York-style CSE IEP for a student who is hard of hearing, whose "Recommended Special Education
Programs and Services" grid (frequency as "3 x weekly", duration, location, service dates) runs
across a page break, with testing accommodations, postsecondary goals and 12-month services; a
Pennsylvania-style IEP with a yes/no special considerations checklist, a "Specially Designed
Instruction (SDI)" table, related services in minutes per 6-day cycle and a placement given as a
type and amount of support; and a vendor print-out with labels and values run together on one
line, goals with baselines and numbered objectives, a service summary with minutes per session,
sessions and frequency in separate columns, and accommodations marked "X" per subject. Two
more are not shaped like any of those: a middle school's Section 504 plan (not an IEP) for a student
with type 1 diabetes and ADHD, with the impairment and major life activity, a health plan,
numbered accommodations, dash-line testing accommodations and a review date in words; and a charter
school's IEP for a first-grader written almost all in bullet lines, with services, an OT consult,
goals with "Target:" and "Measured by:" lines, one heading in capitals and dates written two ways.
The last three were written by someone who had not read the reader: a California-style IEP with
dates written 10-14-2026, "Annual Goal #N" headings over each goal, an offer of FAPE split across
two pages ("Group, 4x weekly, 45 min") and CAASPP participation in a table; a transition IEP for a
17-year-old in numbered sections, with postsecondary goals, one small table per goal, services in
hours per month and an alternate assessment; and a preschool IEP whose services are "Service: … /
Amount: …" paragraph pairs, whose goals sit under "Goal N - Area" lines, and whose extended school
year says "Not eligible at this time". Two more came after the reader had been fixed on those three,
from the same kind of writer: a Georgia-style initial IEP for a second grader (a services grid whose
columns are service, frequency, location, initiation and duration, accommodations as bullet lines
under Presentation, Response, Setting and Scheduling, goals with numbered benchmarks, and a least
restrictive environment sentence split by a page break), and a revised IEP for a ninth grader with an
emotional disturbance (a "previously / revised" table, a manifestation determination note, a
functional behavioral assessment, a behavior intervention plan whose crisis steps run across a page
break, a class schedule marking co-taught classes, and dates written "the 3rd of March, 2027" and
"3.3.27"). The last two came after the reader had been fixed on those: a Massachusetts-style IEP
for a sixth grader (a vision statement, numbered "IEP 1" to "IEP 8" parts, a service delivery grid in
A/B/C parts with minutes per 5-day cycle, and a response section where the parent rejects a part)
and a Washington-style IEP for a third grader who reads braille (assistive technology, orientation
and mobility and a teacher of the visually impaired in minutes per month, dates written 2027-02-11
and Feb 11 2027). Four more came from writers who had not read the reader either, and were first
run as written: a rural cooperative's IEP in narrative prose, a high-school print-out of label and
value tables with checkbox marks, an autism IEP with a behavior plan and a coded progress report,
and an amendment made without a meeting; two more after that: an Ohio-style IEP in numbered capital
sections and a preschooler's IEP in short labelled lines; and two more: a print-out repeating its
header and footer on every page, and a bilingual IEP for an English learner; and two more: a
fourth grader's IEP laid out by area of need, with services in hours per week, and a deaf
tenth grader's narrative IEP with a communication plan and a transition page; and two more: a
program's print-out of field and entry tables with a behavior plan attached, and a charter school's
amended IEP written as a letter; and two more: an IEP in lettered parts of label and value lines
with a seizure health plan, and a high school's Section 504 plan with a checklist per class; and two
more: a rural district's autism IEP of narrative present levels and split tables, and a high school's
amendment with a table of changes, a transition plan and a graduation plan. The last three were written
by people who had not read the reader, and were first run as written once the day's changes to it were
final: an Ohio-style IEP whose services and accommodations share one eight-column table running across
three pages, a Michigan-style IEP for a 16-year-old with a student vision, a supplementary aids table by
setting and first-person parent comments, and a rural kindergartner's IEP in bulleted narrative with a
clock-time schedule, a heart health plan and special transportation. Three more came the same way after
those: an Arizona-style IEP for a 17-year-old with a course of study by year, a transfer-of-rights notice
and a work-study schedule; a Tennessee-style IEP for a nonverbal first grader with an AAC device, an
assistive technology table, a visual schedule and a sensory diet; and an urban district's plan for a
ninth grader with cochlear implants, an audiology page, an FM/DM system and a communication plan grid.
Three more, kept unread while the reader was changed: a Louisiana-style IEP for a 9-year-old with ADHD
and dyslexia, with a yes/no special considerations table and services split between regular class and
resource; a Massachusetts-style service delivery grid for a 12-year-old with cerebral palsy who uses a
wheelchair, with a physical access and health page; and a Minnesota-style IEP for a 15-year-old with an
emotional or behavioral disorder, a positive behavior support plan with a four-step escalation table
and a partial-day schedule by quarter. Twelve more, by writers who had not read the reader, were each
first run as written and then read while it was changed, so their questions are marked "seen" and
count in the dev part only (their page numbers, counted by the writers' own page breaks, are left
out: the PDFs break pages elsewhere): a state preschool form in numbered sections with checkbox lines,
a vendor print-out of label and value lines with a behavior plan attached, and a narrative high-school
IEP ending in an amendment; a state form with a behavior plan, a print-out with a transition plan and
ISO dates, and a narrative 504 plan with a diabetes health plan table; a print-out with a weekly
service schedule grid and a progress report, a state form with a seizure plan and a summer section
split by a page break, and a narrative IEP ending in the parent's written disagreement; and a 504 plan
for a senior with college entrance exam requests, a print-out for a student who reads braille, and a
reevaluation report followed by the IEP."""

from __future__ import annotations

from evals.iep_files import Block

# A district form: information, services, accommodations and dates all in tables.
CEDAR = [
    ("h", "Cedar Falls Community Schools - Individualized Education Program"),
    (
        "table",
        [
            ["Student name", "Sofia Delgado"],
            ["Date of birth", "08/19/2017"],
            ["Grade", "3"],
            ["School", "Lincoln Elementary"],
            ["Primary disability", "Specific learning disability (reading)"],
            ["Case manager", "Ms. Rebecca Lund, special education teacher"],
        ],
    ),
    ("h", "IEP Dates"),
    (
        "table",
        [
            ["Date of IEP meeting", "09/22/2026"],
            ["IEP start date", "09/23/2026"],
            ["Next annual IEP review", "09/21/2027"],
            ["Next re-evaluation due", "04/30/2028"],
        ],
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Sofia reads 48 words correct per minute on grade 3 passages (the fall benchmark is 71). "
        "She knows all letter sounds but guesses at words with more than one syllable. "
        "In math she is at grade level. Her writing is short: 2 to 3 sentences on a topic.",
    ),
    (
        "p",
        "Parent input: Sofia's mother reports that Sofia avoids reading at home and says she is "
        "not smart. The family would like her to read chapter books on her own.",
    ),
    ("page",),
    ("h", "Annual Goals"),
    (
        "p",
        "Goal 1 (Reading fluency): By September 2027, Sofia will read grade 3 passages at "
        "80 words correct per minute with 95% accuracy on 3 consecutive probes.",
    ),
    ("p", "Goal 2 (Decoding): By September 2027, Sofia will decode two-syllable words with 90% accuracy in 4 of 5 trials."),
    (
        "p",
        "Goal 3 (Written expression): By September 2027, Sofia will write a paragraph of 5 "
        "sentences with a topic sentence and a closing sentence, scoring 3 of 4 on the district "
        "writing rubric.",
    ),
    ("h", "Progress Reporting"),
    (
        "p",
        "Progress on each goal is measured with biweekly fluency probes and work samples. "
        "Progress reports are sent home 4 times a year, with each quarterly report card.",
    ),
    ("page",),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Minutes", "Frequency", "Location", "Provider"],
            ["Specialized reading instruction", "45 minutes", "5 times per week", "Resource room", "Special education teacher"],
            [
                "Specialized writing instruction",
                "30 minutes",
                "2 times per week",
                "General education classroom",
                "Special education teacher",
            ],
            ["Speech-language therapy", "20 minutes", "2 times per week", "Speech room", "Speech-language pathologist"],
        ],
    ),
    ("h", "Accommodations"),
    (
        "table",
        [
            ["Accommodation", "When it is used"],
            ["Extended time (time and a half)", "Classroom tests and state assessments"],
            ["Test items read aloud (math and science only)", "Classroom tests and state assessments"],
            ["Small group setting", "State assessments"],
            ["Audiobooks for assigned reading", "Daily in class"],
        ],
    ),
    ("h", "Participation in State Assessments"),
    (
        "p",
        "Sofia will take the general state assessment in reading and math with the accommodations "
        "marked for state assessments above.",
    ),
    ("page",),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Sofia spends 84% of the school day in the general education classroom. She is removed "
        "from general education for reading instruction and speech-language therapy only.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "Extended school year services: Not eligible. Data do not show that Sofia loses skills "
        "over breaks that she cannot regain in a reasonable time.",
    ),
    ("h", "Transportation"),
    ("p", "Special transportation: No. Sofia rides the regular school bus with her classmates."),
]

# A narrative IEP: goals in paragraphs, services and dates in sentences.
HARBOR = [
    ("h", "Individualized Education Program"),
    ("p", "Harbor View School District - Office of Student Services"),
    ("p", "Student: Marcus Bell. Grade 6, Harbor View Middle School. Eligibility: Autism."),
    (
        "p",
        "This IEP was written at a meeting held on October 14, 2026. The team will meet again to "
        "review it no later than October 13, 2027. Marcus's next three-year reevaluation is due "
        "by 11/02/2028.",
    ),
    (
        "p",
        "Ms. Tanya Okafor, special education teacher, is Marcus's case manager and the family's "
        "first contact for questions about this IEP (tokafor@harborview.example.org).",
    ),
    ("h", "Present Levels of Performance"),
    (
        "p",
        "Marcus reads above grade level and loves books about trains and maps. He finds it hard to "
        "join group work: he leaves the group or talks only about his own topic. When plans change "
        "without warning he may put his head down or leave the room, about 3 times a week. Math "
        "computation is at a 4th grade level; he has not mastered multiplication facts.",
    ),
    ("page",),
    ("h", "Annual Goals"),
    (
        "p",
        "In the area of social communication, Marcus will take turns in a small group conversation "
        "by asking a question or adding a comment on the group's topic at least 3 times in a "
        "10-minute activity, in 4 of 5 observed sessions, by October 2027.",
    ),
    (
        "p",
        "In the area of self-regulation, when a change to his schedule is announced, Marcus will use "
        "a strategy from his coping card (a break pass, deep breathing or a visual schedule) and "
        "return to work within 5 minutes on 80% of occasions, as recorded on a daily data sheet.",
    ),
    (
        "p",
        "In the area of mathematics, Marcus will solve multi-digit multiplication problems with "
        "85% accuracy on weekly classroom checks by the end of the school year.",
    ),
    (
        "p",
        "Ms. Okafor will send home a written progress report on each goal every trimester, three "
        "times a year, and a short email about Marcus's week every Friday.",
    ),
    ("page",),
    ("h", "Services"),
    (
        "p",
        "Marcus will receive specialized math instruction from a special education teacher in a "
        "co-taught math class, 50 minutes every school day.",
    ),
    (
        "p",
        "He will see the school social worker for social skills group 30 minutes once a week in the "
        "counseling office, and the social worker will consult with his teachers 15 minutes per month.",
    ),
    (
        "p",
        "Marcus will ride special education transportation: a small bus with an aide picks him up at "
        "home and brings him back after school.",
    ),
    ("h", "Supports for Marcus"),
    (
        "p",
        "Marcus may use a break pass to go to a calm corner for up to 5 minutes. He gets a printed "
        "visual schedule each morning and a warning before any change to his day. Noise-cancelling "
        "headphones are allowed during independent work and in the cafeteria.",
    ),
    (
        "p",
        "On state tests Marcus will test in a separate, quiet room with extended time and a break "
        "every 30 minutes. He will take the regular state tests in reading, math and science.",
    ),
    (
        "p",
        "Marcus is in general education classes with his peers for all of his day except the weekly "
        "social skills group, about 97% of the time.",
    ),
    (
        "p",
        "Marcus qualifies for extended school year services this summer: math and social skills "
        "instruction 2 mornings a week (3 hours each) for 5 weeks in July, at Harbor View Middle School.",
    ),
]

# A high-schooler's IEP with a transition plan.
RIVERSIDE = [
    ("h", "Riverside Union High School District"),
    ("p", "Individualized Education Program - Secondary"),
    (
        "table",
        [
            ["Student", "Jasmine Tran"],
            ["Age", "17"],
            ["Grade", "11"],
            ["Disability", "Other health impairment (ADHD) and specific learning disability in math"],
            ["Case manager", "Mr. David Kim"],
            ["IEP meeting", "01/12/2027"],
            ["Annual review", "01/11/2028"],
            ["Triennial evaluation", "03/01/2029"],
        ],
    ),
    ("h", "Present Levels"),
    (
        "p",
        "Jasmine earns B's and C's in her general education classes. She is failing Algebra II with a "
        "58% and turns in about half of her homework. She works 10 hours a week at a pet store and "
        "wants to work with animals.",
    ),
    (
        "p",
        "Student input: Jasmine says she learns best when she can listen and ask questions, and that "
        "long worksheets make her give up.",
    ),
    ("page",),
    ("h", "Postsecondary Goals"),
    (
        "p",
        "Education/training: After graduation Jasmine will enroll in the veterinary technician "
        "program at Riverside Community College.",
    ),
    ("p", "Employment: Jasmine will work as a veterinary technician at an animal hospital."),
    ("p", "Independent living: Jasmine will manage her own checking account and schedule her own medical appointments."),
    ("h", "Transition Services"),
    (
        "table",
        [
            ["Activity", "Responsible", "By"],
            ["Job shadow at Riverside Animal Hospital", "Work experience coordinator", "May 2027"],
            ["Referral to the state Vocational Rehabilitation agency", "Case manager", "March 2027"],
            ["Tour of Riverside Community College and its disability services office", "School counselor", "April 2027"],
            ["Open a student checking account with her parents", "Jasmine and family", "June 2027"],
        ],
    ),
    (
        "p",
        "Course of study: Jasmine is on track for a standard high school diploma in June 2028, with "
        "biology and animal science electives.",
    ),
    (
        "p",
        "Transfer of rights: Jasmine and her parents were told on 01/12/2027 that the rights under "
        "IDEA transfer to Jasmine when she turns 18.",
    ),
    ("page",),
    ("h", "Measurable Annual Goals"),
    (
        "p",
        "Goal 1 (Math): By January 2028, Jasmine will solve two-step linear equations with 80% accuracy on 4 of 5 unit quizzes.",
    ),
    (
        "p",
        "Goal 2 (Organization): By January 2028, Jasmine will record every assignment in her planner "
        "app and turn in 90% of homework on time for 3 consecutive grading periods.",
    ),
    (
        "p",
        "Progress toward these goals will be reported to Jasmine and her parents every 6 weeks, with the progress grade reports.",
    ),
    ("h", "Services"),
    (
        "table",
        [
            ["Service", "Frequency", "Duration", "Location"],
            ["Academic support class", "Daily", "55 minutes", "Learning center"],
            ["Math co-teaching (Algebra II)", "Daily", "55 minutes", "General education classroom"],
            ["Counseling", "2 times per month", "30 minutes", "Counseling office"],
        ],
    ),
    ("h", "Accommodations and Modifications"),
    (
        "p",
        "Use of a calculator on all math work and tests. Copies of class notes or slides. "
        "Extended time (50%) on tests and quizzes. Chunked assignments with check-in points.",
    ),
    ("h", "State and District Testing"),
    (
        "p",
        "Jasmine will take the state science test and the SAT School Day with extended time (50%) "
        "and a calculator where the test allows one.",
    ),
    ("h", "Placement"),
    (
        "p",
        "Jasmine is in general education classes 83% of the school day. She attends the academic "
        "support class in the learning center one period a day.",
    ),
    ("h", "Extended School Year"),
    ("p", "The team decided Jasmine does not need extended school year services."),
    ("p", "Transportation: Jasmine drives to school; no special transportation is needed."),
]

# A compact services grid with abbreviations ("2x30 min/wk"), as IEP software prints it.
PINE = [
    ("h", "IEP - Pine Ridge Elementary"),
    (
        "table",
        [
            ["Student", "Eli Novak", "DOB", "11/03/2021"],
            ["Grade", "K", "Eligibility", "Speech or language impairment; developmental delay"],
            ["IEP date", "05/06/2027", "Annual review by", "05/05/2028"],
            ["Case mgr", "J. Alvarez (ECSE teacher)", "Parent", "Katrin Novak"],
        ],
    ),
    ("h", "Present Levels"),
    (
        "p",
        "Eli uses 2- to 3-word phrases. Adults who know him understand about half of what he says; "
        "unfamiliar adults understand about 25%. He can name 12 of 26 letters. He plays next to "
        "classmates but rarely with them. Fine motor: holds a crayon in a fist grasp.",
    ),
    ("page",),
    ("h", "Goals"),
    (
        "p",
        "1. Expressive language: Eli will use 4-word sentences to request and comment in 8 of 10 "
        "opportunities across 3 sessions.",
    ),
    ("p", "2. Articulation: Eli will say /k/ and /g/ at the start of words with 80% accuracy."),
    ("p", "3. Fine motor: Eli will hold a pencil with a tripod grasp to trace his name in 4 of 5 trials."),
    ("p", "4. Play: Eli will take 3 turns in a shared game with a classmate, with one adult prompt, on 4 of 5 days."),
    ("p", "Progress on goals: reported in writing each trimester with the kindergarten report card."),
    ("page",),
    ("h", "Services"),
    (
        "table",
        [
            ["Svc", "Freq/Dur", "Loc", "Start", "End"],
            ["SLP", "2x30 min/wk", "Speech room (pull-out)", "05/07/2027", "05/05/2028"],
            ["OT", "1x30 min/wk", "Kindergarten class (push-in)", "05/07/2027", "05/05/2028"],
            ["SAI", "60 min/day", "Kindergarten class", "05/07/2027", "05/05/2028"],
        ],
    ),
    ("p", "SLP = speech-language pathology. OT = occupational therapy. SAI = specialized academic instruction."),
    ("h", "Supplementary Aids and Accommodations"),
    (
        "p",
        "Picture choice board at centers and lunch. Visual timer for transitions. Adult repeats "
        "directions one step at a time. Seat near the teacher at carpet time.",
    ),
    ("h", "Statewide Assessment"),
    ("p", "Not applicable: no state assessment is given in kindergarten."),
    ("h", "Placement and LRE"),
    (
        "p",
        "General education kindergarten with pull-out speech; Eli is outside the general education "
        "class 60 minutes per week (8%).",
    ),
    ("h", "ESY"),
    ("p", "ESY: Yes. Speech therapy 1x30 min/wk for 6 weeks, June 22 to July 31."),
    ("p", "Transportation: regular education transportation."),
]

# A state "offer of FAPE" form: numbered headings in capitals, several fields on one line, services
# as one line each, a behavior intervention plan summary, bulleted testing accommodations and a
# consent and signature page.
OAKMONT = [
    ("h", "OAKMONT UNIFIED SCHOOL DISTRICT"),
    ("p", "Individualized Education Program (IEP) — Offer of a Free Appropriate Public Education (FAPE)"),
    ("h", "1. STUDENT INFORMATION"),
    ("p", "Student: Tobias Greer    DOB: 02/14/2014    Grade: 7    School: Sierra Vista Middle School"),
    ("p", "Primary eligibility: Emotional Disturbance (ED)    Secondary eligibility: Other Health Impairment (OHI)"),
    ("p", "Case carrier: Mr. Anand Patel, Education Specialist    Parent/Guardian: Lorraine Greer"),
    (
        "p",
        "Meeting type: Annual    Meeting date: 11/18/2026    Next annual IEP: 11/17/2027    "
        "Next triennial assessment: 02/09/2028",
    ),
    ("h", "2. PRESENT LEVELS OF PERFORMANCE"),
    (
        "p",
        "Academics: Tobias reads at a 5th grade level (Lexile 820) and can find the main idea of a short "
        "passage about half of the time. Math reasoning is near grade level. He finishes about 40% of "
        "written classwork.",
    ),
    (
        "p",
        "Social-emotional/behavior: Tobias leaves class without permission an average of 4 times a week "
        "and has had 3 office referrals for verbal outbursts since August, almost always when a long "
        "writing task is handed out.",
    ),
    ("page",),
    ("h", "3. ANNUAL GOALS"),
    (
        "p",
        "Goal #1 — Behavior. Baseline: leaves class 4 times per week. By 11/2027, when frustrated, "
        "Tobias will ask for a break with his break card instead of leaving class in 4 out of 5 "
        "opportunities, as measured by staff data collection.",
    ),
    (
        "p",
        "Goal #2 — Reading comprehension. By 11/2027, given a 6th grade informational text, Tobias "
        "will identify the main idea and two supporting details with 80% accuracy in 3 of 4 trials.",
    ),
    (
        "p",
        "Goal #3 — Written expression. By 11/2027, Tobias will write a three-paragraph response "
        "using a graphic organizer, scoring 3 of 4 on the grade 7 writing rubric.",
    ),
    ("p", "Progress reports: parents will get a written report on each goal with every report card (every 9 weeks)."),
    ("h", "4. BEHAVIOR INTERVENTION PLAN (BIP) — SUMMARY"),
    ("p", "Target behavior: leaving the classroom without permission and verbal outbursts when given written work."),
    ("p", "Function of the behavior: to escape long or difficult writing tasks."),
    (
        "p",
        "Replacement behavior: Tobias will show his break card and take a 5-minute break at the "
        "break table inside the classroom.",
    ),
    (
        "p",
        "Prevention: written work broken into smaller parts; a preview of the day's schedule; "
        "check-in/check-out with the school counselor each morning and afternoon.",
    ),
    ("p", "Reinforcement: Tobias earns points on a daily point sheet, traded for computer time on Fridays."),
    ("p", "If Tobias leaves campus, staff will call the front office and his mother right away."),
    ("page",),
    ("h", "5. OFFER OF FAPE — SPECIAL EDUCATION AND RELATED SERVICES"),
    ("p", "• Specialized Academic Instruction — 240 min/week — SDC (special day class) — Education Specialist"),
    ("p", "• Individual counseling 30 min 1x monthly — counseling office — School Psychologist"),
    ("p", "• Group counseling 45 min/week — counseling office — School Counselor"),
    ("p", "• Behavior intervention services (consultation with teachers) 60 min/month — Behavior Specialist"),
    ("h", "6. ACCOMMODATIONS"),
    (
        "p",
        "Classroom: preferential seating near the door; a copy of the class notes; shortened writing "
        "assignments (same skills, fewer items).",
    ),
    ("p", "Testing accommodations (district and state tests):"),
    ("p", "- Extended time (time and a half)"),
    ("p", "- Separate setting (small group)"),
    ("p", "- Breaks as needed"),
    ("p", "- Directions read aloud"),
    ("h", "7. EDUCATIONAL SETTING"),
    ("p", "Tobias is in general education classes 80% of the school day. He is in the SDC for English language arts only."),
    ("h", "8. EXTENDED SCHOOL YEAR (ESY)"),
    (
        "p",
        "Tobias is eligible for ESY: Specialized Academic Instruction 120 min/week and individual "
        "counseling 30 min/week, June 21 to July 23, 2027, at Sierra Vista Middle School.",
    ),
    ("p", "Transportation: not required. Tobias walks to school."),
    ("page",),
    ("h", "9. CONSENT AND SIGNATURES"),
    (
        "p",
        "[X] I agree with all parts of this IEP.   [ ] I agree except for the parts listed below.   "
        "[ ] I do not agree with this IEP.",
    ),
    (
        "table",
        [
            ["Name", "Role", "Date signed"],
            ["Lorraine Greer", "Parent", "11/18/2026"],
            ["Anand Patel", "Education Specialist / case carrier", "11/18/2026"],
            ["Dr. Hannah Okoye", "School Psychologist", "11/18/2026"],
            ["Carla Benitez", "Administrator designee (Assistant Principal)", "11/18/2026"],
            ["Victor Lang", "General education teacher (science)", "11/18/2026"],
        ],
    ),
]

# A Texas-style ARD committee report: facts in a table read across (labels on the first row), dates
# in words, a schedule of services whose columns start with the frequency, a service sentence cut by
# a page break, accommodations per subject and special transportation.
MESQUITE = [
    ("h", "Mesquite Creek Independent School District"),
    ("p", "ADMISSION, REVIEW AND DISMISSAL (ARD) COMMITTEE REPORT AND INDIVIDUALIZED EDUCATION PROGRAM"),
    (
        "table",
        [
            ["Student", "Grade", "Campus", "ARD meeting date", "Purpose"],
            ["Landon Pierce", "4", "Bluebonnet Elementary", "October 3, 2026", "Annual ARD"],
        ],
    ),
    ("p", "Eligibility: Specific Learning Disability (dyslexia), primary; Speech Impairment, secondary."),
    ("p", "Case manager: Mrs. Dolores Quintanilla, special education teacher."),
    (
        "p",
        "The next annual ARD meeting must be held on or before October 2, 2027. Landon's next full "
        "and individual evaluation is due by September 15, 2028.",
    ),
    (
        "p",
        "Landon was served under a Section 504 accommodation plan before this ARD. That plan ends "
        "today, and its accommodations are carried into this IEP.",
    ),
    ("h", "PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE"),
    (
        "p",
        "Landon reads 68 words correct per minute on grade 4 passages (the benchmark is 94). He spells "
        "about 40% of grade-level words correctly. Math: he understands multiplication but does not "
        "yet recall the facts. Speech: he substitutes /w/ for /r/, so classmates sometimes do not "
        "understand him. Parent concerns: his mother, Renee Pierce, says homework takes him two hours.",
    ),
    ("page",),
    ("h", "ANNUAL GOALS"),
    (
        "p",
        "Goal 1 of 3 (Reading): By October 2027, Landon will read grade 4 passages at 95 words correct "
        "per minute with 95% accuracy.",
    ),
    (
        "p",
        "Goal 2 of 3 (Spelling): By October 2027, Landon will spell words with taught patterns with 80% "
        "accuracy on weekly spelling checks.",
    ),
    ("p", "Goal 3 of 3 (Articulation): By October 2027, Landon will say /r/ correctly in conversation with 90% accuracy."),
    ("p", "Progress reports are sent home every 6 weeks with the report card."),
    ("h", "SCHEDULE OF SERVICES"),
    (
        "table",
        [
            ["Frequency", "Service", "Duration", "Setting"],
            ["Daily", "In-class support: math", "45 minutes", "General education classroom"],
            ["4 x weekly", "Dyslexia intervention", "45 minutes", "Dyslexia room (small group)"],
            ["2 x weekly", "Speech therapy", "30 minutes", "Speech room"],
            ["Once every 6 weeks", "Occupational therapy consultation", "20 minutes", "General education classroom"],
        ],
    ),
    (
        "p",
        "Landon will also receive counseling as a related service from the school counselor, in a group "
        "of up to four students, for 30 minutes",
    ),
    ("page",),
    ("p", "every other week, to practice ways to handle frustration with reading and writing."),
    ("p", "Instructional arrangement: 41 (resource room, less than 50% of the day)."),
    ("h", "ACCOMMODATIONS"),
    (
        "p",
        "Reading / ELA: oral reading of test questions and answer choices; a word bank for spelling; "
        "1 additional day for written assignments.",
    ),
    ("p", "Math: a multiplication chart; graph paper to line up problems; a reduced number of problems per page."),
    ("p", "Science and Social Studies: a copy of teacher notes; oral administration of tests."),
    ("p", "All classes: preferential seating; a 5-minute break after 20 minutes of work."),
    ("h", "STATE ASSESSMENT"),
    (
        "p",
        "Landon will take STAAR Reading and STAAR Mathematics with the designated supports of oral "
        "administration and a supplemental aid (multiplication chart).",
    ),
    ("h", "TRANSPORTATION"),
    (
        "p",
        "Special transportation: Yes. Landon will ride the special education bus, curb-to-curb, because "
        "his home is past the end of the regular bus route.",
    ),
    ("h", "EXTENDED SCHOOL YEAR"),
    ("p", "The committee reviewed data from the last school year. Landon does not qualify for extended school year services."),
    ("page",),
    ("h", "ARD COMMITTEE MEMBERS"),
    (
        "table",
        [
            ["Name", "Position", "Agree / Disagree"],
            ["Renee Pierce", "Parent", "Agree"],
            ["Dolores Quintanilla", "Special education teacher / case manager", "Agree"],
            ["Marisol Vega", "Speech-language pathologist", "Agree"],
            ["Gregory Huang", "General education teacher", "Agree"],
            ["Dr. Patricia Sandoval", "Principal (district representative)", "Agree"],
        ],
    ),
]

# A New York-style IEP from a Committee on Special Education: a ninth-grader who is hard of hearing,
# the meeting's participants on the first page, measurable postsecondary goals, a goals grid
# (Annual Goal | Criteria | Method | Schedule), a "Recommended Special Education Programs and
# Services" grid (Service | Service Delivery Recommendations | Frequency | Duration | Location |
# Projected Beginning/Service Dates) that runs across a page break with assistive technology and
# supports for school personnel in it, 12-month services, a testing accommodations table and a
# coordinated set of transition activities with fields left "N/A".
BIRCH = [
    ("h", "Birchwood Central School District"),
    ("p", "Committee on Special Education (CSE) — Individualized Education Program (IEP)"),
    (
        "table",
        [
            ["Student Name", "Declan Ferris", "Student ID", "0084417"],
            ["Date of Birth", "04/27/2011", "Age", "15"],
            ["Grade", "9", "School", "Birchwood High School"],
            ["Disability Classification", "Hearing Impairment", "Dominant Language", "English"],
            ["Parent/Guardian", "Colleen and Martin Ferris", "Interpreter needed", "No"],
            ["Date of CSE Meeting", "06/09/2026", "Type of Meeting", "Annual Review"],
            ["Projected Date IEP Implementation", "09/08/2026", "Projected Date of Annual Review", "06/08/2027"],
            ["Date of Next Three-Year Reevaluation", "March 17, 2028", "Case Manager", "Ms. Priya Raghunathan"],
        ],
    ),
    ("p", "CSE meeting participants:"),
    (
        "table",
        [
            ["Colleen Ferris", "Parent", "Dr. Lionel Abernathy", "CSE Chairperson"],
            ["Declan Ferris", "Student", "Priya Raghunathan", "Special Education Teacher"],
            ["Theo Brandvold", "General Education Teacher", "Hannah Szabo", "Teacher of the Deaf and Hard of Hearing"],
            ["Marguerite Olsen", "School Psychologist", "", ""],
        ],
    ),
    ("h", "Present Levels of Performance and Individual Needs"),
    (
        "p",
        "Evaluation results: The audiological evaluation of 04/14/2026 shows a bilateral moderate-to-severe "
        "sensorineural hearing loss. Declan wears hearing aids in both ears. In a quiet room he understands "
        "92% of words in sentences; with classroom noise this drops to 64%.",
    ),
    (
        "p",
        "Academic achievement, functional performance and learning characteristics: Declan reads at about "
        "a 7th grade level; new vocabulary he has only heard once is the gap. He answers inferential "
        "questions correctly about 55% of the time. Math is a strength: he passed Algebra I in 8th grade. "
        "He misses spoken directions given while the teacher faces the board.",
    ),
    (
        "p",
        "Social development: Declan has a small group of friends and plays on the JV soccer team. He "
        "rarely asks for repetition in class because he does not want to stand out.",
    ),
    (
        "p",
        "Physical development: Hearing loss as above. No other health concerns were reported. "
        "Declan takes no medication at school.",
    ),
    ("page",),
    (
        "p",
        "Management needs: Declan needs the FM system in every class, seating with a clear view of the "
        "speaker, and captions on all video.",
    ),
    (
        "p",
        "Parent concerns: Mr. and Mrs. Ferris are worried about the move to high school, where classes "
        "are larger and louder. They want Declan to learn to speak up for himself about his hearing, and "
        "to keep playing soccer.",
    ),
    ("h", "Student Needs Relating to Special Factors"),
    (
        "table",
        [
            ["Behavior strategies needed?", "No"],
            ["Device or service for communication needs?", "Yes"],
            ["Assistive technology devices and/or services?", "Yes - personal FM system"],
            ["Sign language interpreter?", "No"],
        ],
    ),
    ("h", "Measurable Postsecondary Goals"),
    (
        "p",
        "Education/Training: After high school, Declan will attend a four-year college and study environmental science.",
    ),
    ("p", "Employment: Declan will work as a park ranger or a field technician for an environmental agency."),
    ("p", "Independent Living Skills (where appropriate): N/A"),
    ("h", "Coordinated Set of Transition Activities"),
    (
        "table",
        [
            ["Needed Activities", "Service/Activity", "School District/Agency Responsible"],
            ["Instruction", "Self-advocacy lessons with the teacher of the deaf and hard of hearing", "Birchwood CSD"],
            ["Related Services", "Audiology check of hearing aids and FM system", "Birchwood CSD"],
            ["Community Experiences", "Volunteer with the county parks summer trail crew", "Student and parents"],
            [
                "Development of Employment and Other Post-School Adult Living Objectives",
                "Career interest inventory with the school counselor",
                "Birchwood CSD",
            ],
            ["Acquisition of Daily Living Skills (if applicable)", "N/A", "N/A"],
            ["Functional Vocational Assessment (if applicable)", "N/A", "N/A"],
        ],
    ),
    (
        "p",
        "Course of study: Declan is working toward a Regents diploma, with Earth Science and Living Environment in 9th grade.",
    ),
    ("page",),
    ("h", "Measurable Annual Goals"),
    (
        "table",
        [
            ["Annual Goal", "Criteria", "Method", "Schedule"],
            [
                "Vocabulary: Declan will define new content-area words using context clues and his glossary.",
                "80% accuracy in 4 of 5 trials",
                "Teacher-made quizzes",
                "Every 5 weeks",
            ],
            [
                "Reading: Declan will answer inferential questions on 9th grade passages with text evidence.",
                "75% accuracy over 3 consecutive probes",
                "Written probes",
                "Monthly",
            ],
            [
                "Communication: Declan will ask for repetition when he misses information in class.",
                "4 out of 5 opportunities",
                "Teacher observation checklist",
                "Weekly",
            ],
        ],
    ),
    (
        "p",
        "Reporting progress to parents: a written progress report on the annual goals four times per "
        "year, at the end of each marking period with the report card.",
    ),
    ("h", "Recommended Special Education Programs and Services"),
    (
        "table",
        [
            [
                "Service",
                "Service Delivery Recommendations",
                "Frequency",
                "Duration",
                "Location",
                "Projected Beginning/Service Dates",
            ],
            ["Special Education Program/Services", "", "", "", "", ""],
            [
                "Consultant Teacher Services",
                "Direct, Group",
                "3 x weekly",
                "40 minutes",
                "General Education Classroom (English 9)",
                "09/08/2026 - 06/25/2027",
            ],
            ["Resource Room Program", "Group 5:1", "5 x weekly", "42 minutes", "Resource Room", "09/08/2026 - 06/25/2027"],
            ["Related Services", "", "", "", "", ""],
            ["Speech/Language Therapy", "Individual", "2 x weekly", "30 minutes", "Speech Room", "09/08/2026 - 06/25/2027"],
            [
                "Hearing Education Services",
                "Individual",
                "2 x weekly",
                "40 minutes",
                "Separate Location",
                "09/08/2026 - 06/25/2027",
            ],
            ["Audiology", "Individual", "1 x monthly", "30 minutes", "Separate Location", "09/08/2026 - 06/25/2027"],
        ],
    ),
    ("page",),
    ("p", "Recommended Special Education Programs and Services (continued)"),
    (
        "table",
        [
            [
                "Service",
                "Service Delivery Recommendations",
                "Frequency",
                "Duration",
                "Location",
                "Projected Beginning/Service Dates",
            ],
            ["Assistive Technology Devices and/or Services", "", "", "", "", ""],
            [
                "Personal FM system (transmitter and receivers)",
                "Individual",
                "Daily",
                "Full school day",
                "All classes",
                "09/08/2026 - 06/25/2027",
            ],
            ["Supports for School Personnel on Behalf of the Student", "", "", "", "", ""],
            [
                "Consultation, teacher of the deaf with gen. ed. teachers",
                "Group",
                "1 x monthly",
                "30 minutes",
                "Classroom",
                "09/08/2026 - 06/25/2027",
            ],
        ],
    ),
    (
        "p",
        "Supplementary aids and services/program modifications/accommodations (daily, all classes): "
        "preferential seating; captioned video; copy of class notes; written directions.",
    ),
    (
        "p",
        "12-Month Service and/or Program: Declan is eligible for 12-month special services: "
        "Speech/Language Therapy, Individual, 1 x weekly, 30 minutes, from 07/06/2027 to 08/13/2027.",
    ),
    ("h", "Testing Accommodations"),
    (
        "table",
        [
            ["Testing Accommodation", "Conditions", "Implementation Recommendations"],
            ["Extended time", "All tests", "Time and one half"],
            ["Separate location", "All tests", "Room with no more than 12 students"],
            ["Use of FM system", "Tests with a listening section", "Proctor wears the transmitter"],
        ],
    ),
    (
        "p",
        "Participation in State Assessments: Declan will take the same State assessments as general "
        "education students (Regents examinations) with the testing accommodations above. "
        "Alternate assessment: No.",
    ),
    (
        "p",
        "Participation with students without disabilities: Declan is in general education except "
        "for Resource Room and pull-out services.",
    ),
    ("p", "Special Transportation: None. Declan will ride the regular school bus."),
]

# A Pennsylvania-style IEP: a signature page of team roles with fields left "N/A", dates as mm/dd/yy,
# a yes/no checklist of special considerations (a Positive Behavior Support Plan attached), PSSA
# participation, goals in a table with how and when progress is reported, a "Program Modifications
# and Specially Designed Instruction (SDI)" table (Modifications and SDI | Location | Frequency |
# Projected Beginning Date | Anticipated Duration), related services in minutes per 6-day cycle,
# an ESY decision, and the placement as a type and amount of support with the hours behind the
# percentage.
SUMMIT = [
    ("h", "Summit Valley School District"),
    ("p", "INDIVIDUALIZED EDUCATION PROGRAM (IEP)"),
    ("p", "Student's Name: Owen Szymanski      Date of Birth: 07/22/15      Grade: 5      Age: 11"),
    ("p", "School: Laurel Ridge Elementary School      Student ID: 220517"),
    (
        "p",
        "Primary Disability Category: Specific Learning Disability (written expression, math calculation)      "
        "Secondary Disability Category: Other Health Impairment (ADHD)",
    ),
    ("p", "IEP Team Meeting Date (mm/dd/yy): 10/19/26"),
    ("p", "IEP Implementation Date (projected date when services and programs will begin): 10/26/26"),
    ("p", "Anticipated Duration of Services and Programs: 10/18/27"),
    ("p", "Date of Most Recent Evaluation/Reevaluation Report: 03/02/26 (reevaluation due by March 2, 2029)"),
    ("p", "Anticipated Year of Graduation: 2033      Case Manager: Mrs. Bernadette Kowalczyk"),
    ("h", "IEP TEAM/SIGNATURES"),
    (
        "table",
        [
            ["Role", "Name", "Signature"],
            ["Parent", "Dana Szymanski", "Dana Szymanski"],
            ["Student (optional before age 14)", "N/A", "N/A"],
            ["Regular Education Teacher", "Mr. Felix Oduya", "Felix Oduya"],
            ["Special Education Teacher", "Mrs. Bernadette Kowalczyk", "B. Kowalczyk"],
            ["Local Ed Agency Representative", "Dr. Rena Halloway, Principal", "R. Halloway"],
            ["Career/Technical Education Representative", "N/A", "N/A"],
            ["Community Agency Representative", "N/A", "N/A"],
            ["School Psychologist", "Ms. Ines Carvalho", "Ines Carvalho"],
            ["Occupational Therapist", "Mr. Jonah Pritchett (written input; did not attend)", ""],
        ],
    ),
    ("p", "Procedural Safeguards Notice was given to the parent on 10/19/26."),
    ("page",),
    ("h", "I. SPECIAL CONSIDERATIONS THE IEP TEAM MUST CONSIDER BEFORE DEVELOPING THE IEP"),
    (
        "table",
        [
            ["Consideration", "Answer"],
            ["Is the student blind or visually impaired?", "No"],
            ["Is the student deaf or hard of hearing?", "No"],
            ["Does the student have communication needs?", "No"],
            ["Does the student need assistive technology devices and/or services?", "Yes - speech-to-text on a Chromebook"],
            ["Is the student a child with limited English proficiency?", "No"],
            ["Does the student exhibit behaviors that impede his/her learning or that of others?", "Yes - a PBSP is attached"],
        ],
    ),
    ("h", "II. PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE"),
    (
        "p",
        "Written expression: On a grade 5 writing prompt Owen writes 2 to 3 sentences in 15 minutes "
        "(class average: 3 paragraphs). His 3/2026 writing sample scored 1 of 4 on the district rubric. "
        "Math calculation: he solves 2-digit by 1-digit multiplication with 45% accuracy and has not "
        "started long division.",
    ),
    (
        "p",
        "Behavior: Owen is on task in 55% of 5-minute intervals during independent work, compared with "
        "90% for peers. He calls out or leaves his seat when work is hard.",
    ),
    (
        "p",
        "Strengths: Owen reads at grade level, remembers science facts and is kind to younger students.",
    ),
    (
        "p",
        "Parental concerns: Mrs. Szymanski says homework ends in tears most nights and that Owen thinks "
        'he is "bad at school." She asks for fewer math problems at home and a daily note on his behavior.',
    ),
    ("p", "Health: Owen takes ADHD medication at home before school. No medication is given at school."),
    ("p", "Transition services: N/A - Owen is younger than 14."),
    ("h", "III. PARTICIPATION IN STATE AND LOCAL ASSESSMENTS"),
    (
        "p",
        "Owen will participate in the PSSA English Language Arts and Mathematics tests with these "
        "accommodations: small group testing, extended time, and math items read aloud. The PSSA "
        "Science test is not given in grade 5.",
    ),
    ("page",),
    ("h", "IV. GOALS AND OBJECTIVES"),
    (
        "table",
        [
            ["Measurable Annual Goal", "How progress will be measured", "When reports will be given to parents"],
            [
                "Given a grade 5 prompt and a graphic organizer, Owen will write a 5-sentence paragraph with "
                "a topic sentence, 3 details and a conclusion, scoring 3 of 4 on the district rubric in 4 of 5 trials.",
                "Writing samples scored weekly",
                "Quarterly, with the report card",
            ],
            [
                "Given 20 multi-digit multiplication problems, Owen will solve them with 85% accuracy on 3 consecutive probes.",
                "Curriculum-based probes every 2 weeks",
                "Quarterly, with the report card",
            ],
            [
                "During independent work, Owen will stay on task in 80% of 5-minute intervals for 4 out of 5 consecutive days.",
                "Interval data sheet",
                "Quarterly, with the report card",
            ],
        ],
    ),
    ("h", "V. SPECIAL EDUCATION/RELATED SERVICES/SUPPLEMENTARY AIDS AND SERVICES"),
    ("p", "A. Program Modifications and Specially Designed Instruction (SDI)"),
    (
        "table",
        [
            ["Modifications and SDI", "Location", "Frequency", "Projected Beginning Date", "Anticipated Duration"],
            [
                "Direct instruction in written expression",
                "Learning support classroom",
                "Daily, 45 minutes",
                "10/26/26",
                "10/18/27",
            ],
            ["Direct instruction in math computation", "Learning support classroom", "Daily, 40 minutes", "10/26/26", "10/18/27"],
            ["Check-in/check-out with a daily behavior card sent home", "Homeroom", "Twice daily", "10/26/26", "10/18/27"],
            ["Break card: a 3-minute movement break", "All settings", "Up to 4 per day", "10/26/26", "10/18/27"],
            ["Math homework reduced to 10 problems", "Home", "Daily", "10/26/26", "10/18/27"],
            ["Speech-to-text for written work over 5 sentences", "All settings", "Daily", "10/26/26", "10/18/27"],
        ],
    ),
    ("page",),
    ("p", "B. Related Services"),
    (
        "table",
        [
            ["Service", "Location", "Frequency", "Projected Beginning Date", "Anticipated Duration"],
            ["Occupational therapy (handwriting, keyboarding)", "OT room", "30 minutes per 6-day cycle", "10/26/26", "10/18/27"],
            [
                "Counseling (social skills group)",
                "Counselor's office",
                "2 sessions of 30 minutes per 6-day cycle",
                "10/26/26",
                "10/18/27",
            ],
        ],
    ),
    (
        "p",
        "C. Supports for School Personnel: the behavior specialist will consult with Mr. Oduya and "
        "Mrs. Kowalczyk on the PBSP, 30 minutes monthly.",
    ),
    ("p", "D. Gifted Support Services: N/A"),
    ("h", "EXTENDED SCHOOL YEAR (ESY)"),
    (
        "p",
        "The IEP team has considered and discussed ESY services and has determined that Owen is NOT "
        "eligible for ESY. Data from winter and summer breaks show no significant regression.",
    ),
    ("h", "VI. EDUCATIONAL PLACEMENT"),
    (
        "p",
        "Type of support: Learning Support. Amount of special education supports: Supplemental "
        "(more than 20% but less than 80% of the school day).",
    ),
    (
        "p",
        "Location: Laurel Ridge Elementary School, Owen's neighborhood school.",
    ),
    (
        "table",
        [
            ["Calculation for this IEP", "Hours"],
            ["Total hours in the school day (including lunch and recess)", "6.5"],
            ["Hours in the regular education classroom", "4.75"],
            ["Percent of the day in the regular education classroom", "73%"],
        ],
    ),
    (
        "p",
        "Owen is in the regular education classroom for reading, science, social studies, lunch, recess "
        "and specials. Writing and math are taught in the learning support classroom.",
    ),
    ("p", "Transportation: regular bus; no specialized transportation is needed."),
    ("h", "POSITIVE BEHAVIOR SUPPORT PLAN (PBSP) - SUMMARY"),
    (
        "p",
        "Target behaviors: calling out and leaving his seat during writing and math. Function: to escape "
        "hard tasks. Replacement behavior: show the break card. Reinforcement: points on the daily behavior "
        "card, traded for 10 minutes of building-block time on Fridays.",
    ),
]

# An IEP printed from a vendor's IEP software: a print header on each page, labels and values run
# together on one line, codes before service names, goals with a baseline and numbered short-term
# objectives, a "Service Summary" table with start and end dates and minutes per session, sessions
# and frequency in separate columns, an accommodations grid marked "X" per subject, a health section
# with a seizure plan, ESY still to be decided, and an attendance list with an excused member.
PRAIRIE = [
    ("p", "ClearPath IEP  |  Prairie Wind Unified School District  |  Printed 02/03/2027 3:41 PM  |  Page 1 of 4"),
    ("h", "INDIVIDUALIZED EDUCATION PROGRAM - ANNUAL REVIEW"),
    ("p", "Student: Maya Lindqvist   DOB: 06/30/2018   Age: 8   Grade: 02   Gender: F   SSID: 4471902"),
    ("p", "School of Attendance: Cottonwood Elementary   District of Residence: Prairie Wind USD"),
    ("p", "Parent/Guardian: Ingrid Lindqvist (Mother)   Home Language: English   Interpreter: N/A"),
    ("p", "Eligibility: Other Health Impairment   Secondary: Speech or Language Impairment"),
    ("p", "Meeting Date: 02/02/2027   Meeting Type: Annual   Next Annual Review: 02/01/2028   Next Triennial: Jan 2029"),
    ("p", "Case Manager: Teresa Van Horn, Education Specialist   Phone: (555) 014-2290"),
    ("h", "HEALTH"),
    (
        "p",
        "Diagnosis: epilepsy (absence seizures), per Dr. Nadia Frey, pediatric neurologist. Seizure "
        "Action Plan on file with the school nurse, updated 01/2027. Medication: anti-seizure medication "
        "given at home, morning and evening; none given at school. Vision screening: passed 09/2026. "
        "Hearing screening: passed 09/2026.",
    ),
    ("h", "PRESENT LEVELS"),
    (
        "p",
        "Area: Reading   Maya decodes grade 2 words with 90% accuracy but answers only 2 of 5 questions "
        "about a story read aloud. Area: Communication   Maya tells events out of order and leaves out "
        'the main character; peers often ask "what?". Area: Attention   Maya has brief staring spells '
        "(2 to 10 seconds) several times a day and loses her place in directions.",
    ),
    (
        "p",
        "Parent Concerns: Ms. Lindqvist is worried that staff may not notice seizures during recess and "
        "PE, and that Maya is falling behind in reading. She asked that the teacher send a weekly note "
        "on seizure activity.",
    ),
    ("p", "Special Factors: Assistive Technology: Not needed   Behavior impedes learning: No   English Learner: No"),
    ("page",),
    ("p", "ClearPath IEP  |  Maya Lindqvist  |  DOB 06/30/2018  |  Page 2 of 4"),
    ("h", "GOALS"),
    ("p", "Goal #1   Area of Need: Reading Comprehension   Responsible: Education Specialist, General Ed Teacher"),
    ("p", "Baseline: answers 2 of 5 literal questions about a grade 2 story read aloud."),
    (
        "p",
        "Annual Goal: By 02/01/2028, after reading a grade 2 story, Maya will answer who, what, where "
        "and when questions with 80% accuracy in 4 of 5 trials.",
    ),
    ("p", "Objective 1: By 06/2027, Maya will answer 3 of 5 literal questions with a picture support."),
    ("p", "Objective 2: By 10/2027, Maya will answer 4 of 5 literal questions without picture support."),
    ("p", "Measured by: teacher-charted records, work samples"),
    ("p", "Goal #2   Area of Need: Expressive Language   Responsible: Speech-Language Pathologist"),
    ("p", "Baseline: retells a familiar story with 1 of 4 story elements."),
    (
        "p",
        "Annual Goal: By 02/01/2028, Maya will retell a story with 4 story elements (character, "
        "setting, problem, ending) in 3 of 4 sessions.",
    ),
    ("p", "Objective 1: By 06/2027, retell with 2 story elements using a story map."),
    ("p", "Objective 2: By 10/2027, retell with 3 story elements using a story map."),
    ("p", "Measured by: SLP data collection"),
    ("p", "Goal #3   Area of Need: Attention/Work Habits   Responsible: Education Specialist"),
    ("p", "Baseline: begins independent work within 2 minutes on 30% of opportunities."),
    (
        "p",
        "Annual Goal: By 02/01/2028, Maya will begin independent work within 2 minutes, using her "
        "checklist, on 75% of opportunities over 10 school days.",
    ),
    ("p", "Measured by: observation data"),
    ("p", "Progress Reporting: Goal progress is reported to parents with each trimester report card (3 times per year)."),
    ("page",),
    ("p", "ClearPath IEP  |  Maya Lindqvist  |  DOB 06/30/2018  |  Page 3 of 4"),
    ("h", "SERVICE SUMMARY"),
    (
        "table",
        [
            ["Service", "Location", "Start Date", "End Date", "Min per Session", "Sessions", "Frequency"],
            ["330 Specialized Academic Instruction", "Resource Room", "02/03/2027", "02/01/2028", "30 min", "4", "Weekly"],
            [
                "330 Specialized Academic Instruction (push-in)",
                "General Education Classroom",
                "02/03/2027",
                "02/01/2028",
                "20 min",
                "5",
                "Weekly",
            ],
            ["415 Language and Speech", "Speech Room", "02/03/2027", "02/01/2028", "25 min", "2", "Weekly"],
            [
                "435 Health and Nursing: Other Services (consult)",
                "General Education Classroom",
                "02/03/2027",
                "02/01/2028",
                "45 min",
                "1",
                "Yearly",
            ],
        ],
    ),
    (
        "p",
        "Total Minutes: Specialized Academic Instruction 220 min/week; Language and Speech 50 min/week. "
        "Nursing consult: staff training on the Seizure Action Plan.",
    ),
    ("h", "ACCOMMODATIONS / MODIFICATIONS"),
    (
        "table",
        [
            ["Accommodation", "ELA", "Math", "Science", "Soc. Studies", "District Tests"],
            ["Directions repeated and checked for understanding", "X", "X", "X", "X", "X"],
            ["Task checklist on desk", "X", "X", "X", "X", ""],
            ["Seat near the teacher", "X", "X", "X", "X", "X"],
            ["Test questions read aloud", "", "X", "X", "X", "X"],
            ["Small group testing", "", "", "", "", "X"],
            ["Graphic organizer / story map", "X", "", "", "X", ""],
        ],
    ),
    ("page",),
    ("p", "ClearPath IEP  |  Maya Lindqvist  |  DOB 06/30/2018  |  Page 4 of 4"),
    ("p", "Modifications: None."),
    ("h", "STATEWIDE / DISTRICT ASSESSMENT"),
    (
        "p",
        "Statewide Assessment: N/A - no statewide assessment is given in grade 2.   District Assessment: "
        "district reading and math benchmarks, 3 times per year, with the accommodations marked above.",
    ),
    ("h", "PLACEMENT / LRE"),
    (
        "p",
        "Setting: Regular class 80% or more of the day   Percent of time in General Education: 90%   "
        "Percent outside General Education: 10%",
    ),
    (
        "p",
        "Removal from general education: Maya leaves class for the resource room and speech only.",
    ),
    ("h", "EXTENDED SCHOOL YEAR"),
    ("p", "ESY: To be determined. The team will review winter-break regression data and decide by 04/15/2027."),
    ("h", "TRANSPORTATION"),
    (
        "p",
        "Special Transportation: Yes   Type: curb-to-curb bus with a bus aide   Reason: seizure disorder; "
        "the bus aide is trained on the Seizure Action Plan.",
    ),
    ("h", "IEP TEAM ATTENDANCE"),
    (
        "table",
        [
            ["Name", "Role", "Attended", "Date"],
            ["Ingrid Lindqvist", "Parent", "Yes", "02/02/2027"],
            ["Teresa Van Horn", "Education Specialist / Case Manager", "Yes", "02/02/2027"],
            ["Kwame Ashworth", "General Education Teacher", "Yes", "02/02/2027"],
            ["Lucia Ferrante", "Speech-Language Pathologist", "Yes", "02/02/2027"],
            ["Gail Montrose", "School Nurse", "Excused - written input", "02/02/2027"],
            ["Dr. Samuel Whitcomb", "Administrator / LEA Representative", "Yes", "02/02/2027"],
        ],
    ),
    ("p", "Parent consent: I consent to the IEP in its entirety.  Signed: Ingrid Lindqvist  02/02/2027"),
]
# A middle school's Section 504 plan (not an IEP): impairment and major life activity, a health
# plan, numbered health accommodations, dash-line classroom and testing accommodations, a review
# date in words and attendance in one sentence.
ASPEN = [
    ("p", "Aspen Grove Middle School  |  Silverpine School District  |  Office of Student Services"),
    ("h", "Section 504 Accommodation Plan"),
    (
        "p",
        "This plan is written under Section 504 of the Rehabilitation Act of 1973. It is not an "
        "Individualized Education Program (IEP). Elias does not receive special education services; "
        "the team found that his needs can be met in his general education classes with the "
        "accommodations below.",
    ),
    ("p", "Student: Elias Thornbury"),
    ("p", "Date of birth: March 14, 2013        Grade: 7        Homeroom: 7-B, Ms. Hannah Vries"),
    ("p", "Parent/guardian: Dana Thornbury (mother), (555) 017-4482"),
    ("p", "504 Coordinator: Mr. Gregory Osei, Assistant Principal"),
    ("p", "Type of meeting: Annual review of the 504 plan        Date of meeting: March 10, 2026"),
    ("h", "Nature of the impairment"),
    (
        "p",
        "Elias has type 1 diabetes, diagnosed when he was 9, managed by his endocrinologist, "
        "Dr. Simone Achebe. He also has Attention-Deficit/Hyperactivity Disorder (ADHD), combined "
        "presentation, diagnosed in 2022.",
    ),
    ("h", "Major life activity affected"),
    (
        "p",
        "The operation of a major bodily function (the endocrine system); concentrating; learning. "
        "Low or high blood sugar can leave Elias shaky, tired or unable to focus for up to an hour, and "
        "his ADHD makes it hard for him to start long assignments, keep track of materials and stay "
        "with a task for more than 10 to 15 minutes.",
    ),
    ("h", "Information the team used"),
    (
        "p",
        "Letter from Dr. Achebe (January 2026); the Diabetes Medical Management Plan; parent and "
        "teacher rating scales (February 2026); grades for the first semester (two Cs, in math and "
        "science, with missing assignments); nurse visit log (31 visits this school year).",
    ),
    ("h", "Strengths and parent concerns"),
    (
        "p",
        "Elias is a strong reader, likes science labs and plays trumpet in the school band. He manages "
        "most of his diabetes care on his own. His mother is concerned that Elias hides low blood sugar "
        "symptoms so that he will not miss class, and that he loses points for work he finished but "
        "did not turn in.",
    ),
    ("page",),
    ("h", "Health plan"),
    (
        "p",
        "Elias's Diabetes Medical Management Plan (DMMP), signed by Dr. Achebe, is part of this 504 "
        "plan; the signed copy is kept in the health office with the school nurse, Ms. Paulette Kim, RN. "
        "Elias wears an insulin pump and a continuous glucose monitor (CGM).",
    ),
    ("h", "Health accommodations"),
    (
        "p",
        "1. Blood glucose checks: Elias checks his blood glucose before lunch and before PE, and any "
        "time he feels symptoms. He may check in any classroom, with his CGM or a finger stick.",
    ),
    (
        "p",
        "2. Insulin pump: Elias gives his lunch insulin with his pump in the health office; the school "
        "nurse checks his carbohydrate count and dose.",
    ),
    (
        "p",
        "3. Snacks allowed in class: Elias may eat a snack or drink juice in any class, at any time, to "
        "treat or prevent low blood sugar. Fast-acting sugar is kept in his backpack, the health office "
        "and the PE office.",
    ),
    ("p", "4. Access to water and restroom at any time, without asking aloud; Elias shows his pass card."),
    (
        "p",
        "5. Low blood sugar (below 70 mg/dL): Elias is treated where he is with 15 grams of fast-acting "
        "sugar. He is never sent to the health office alone; an adult or a classmate walks with him.",
    ),
    (
        "p",
        "6. High blood sugar (above 250 mg/dL): Elias goes to the health office to check ketones, with an escort.",
    ),
    ("p", "7. PE: if his reading before PE is below 100 mg/dL, Elias eats a 15-gram snack before he plays."),
    (
        "p",
        "8. Phone: Elias keeps his phone with him in every class, including during tests, because it "
        "receives his CGM readings. It is not to be taken away as a discipline measure.",
    ),
    (
        "p",
        "9. Field trips: a trained staff member, trained in his DMMP and in giving glucagon, goes on "
        "every field trip with Elias and carries his supplies. His parent is told about each trip at "
        "least 5 school days ahead.",
    ),
    (
        "p",
        "10. Absences for diabetes care and doctor visits are excused, and Elias has 2 school days to "
        "make up work for each day missed, without penalty.",
    ),
    ("p", "Staff trained on the DMMP this year: Paulette Kim, RN; Coach Marcus Lindell (PE); Ms. Hannah Vries."),
    ("page",),
    ("h", "Classroom accommodations"),
    ("p", "- Seat near the teacher and away from the door"),
    ("p", "- A movement break of 2 to 3 minutes once each class period (errand, stretch, water)"),
    ("p", "- Long assignments broken into parts, with a due date for each part"),
    ("p", "- Teacher checks his planner at the end of math, science and social studies"),
    ("p", "- A copy of class notes when notes are longer than one page"),
    ("p", "- Finished work may be turned in one day late without penalty"),
    ("h", "Testing accommodations"),
    ("p", "- Extended time: 50% more time (time and a half) on classroom, district and state tests"),
    ("p", "- Small group setting (no more than 8 students) for tests and quizzes"),
    (
        "p",
        "- If his blood glucose is below 70 mg/dL or above 300 mg/dL during a test, Elias may stop the "
        "test and finish it later the same day or the next school day, with no penalty",
    ),
    ("p", "- Water, snacks, his phone and his glucose meter may stay at his desk during tests"),
    ("h", "Communication"),
    (
        "p",
        "Ms. Kim emails Ms. Thornbury on any day Elias's blood glucose is below 55 mg/dL at school. "
        "Mr. Osei sends home a grade and missing-work check every other Friday.",
    ),
    ("h", "Review"),
    (
        "p",
        "This plan is in effect from March 11, 2026. Review on or before March 10, 2027, or sooner if the parent or school asks.",
    ),
    (
        "p",
        "Present: Dana Thornbury (mother); Elias Thornbury (student); Gregory Osei (504 Coordinator); "
        "Paulette Kim, RN (school nurse); Hannah Vries (math teacher); Luis Carrasco (science teacher); "
        "Ada Whitlow (school counselor).",
    ),
    ("p", "The parent received the Notice of Parent and Student Rights under Section 504 on March 10, 2026."),
    ("p", "Parent signature: ______________________________    Date: ______________"),
    ("p", "504 Coordinator signature: ______________________________    Date: ______________"),
]

# A charter school's IEP for a first-grader written almost all in bullet lines, headings in Title
# Case and one in capitals, service lines with sessions and minutes, an OT consult, goals with
# "Target:" and "Measured by:" lines and dates written two ways.
JUNIPER = [
    ("h", "Juniper Hill Community Charter School - Individualized Education Program"),
    ("p", "• Type of IEP: Initial IEP"),
    ("p", "• IEP meeting date: 6/5/2026"),
    ("p", "• Next IEP: 6/4/2027"),
    ("p", "• Reevaluation: June 2029"),
    ("h", "Student Snapshot"),
    ("p", "• Name: Noemi Castellanos"),
    ("p", "• Age: 6    Grade: 1st (2026-27 school year)"),
    ("p", "• First-grade teacher: Mr. Bennett Ruiz, Room 12"),
    ("p", "• Languages at home: English and Spanish"),
    ("p", "• Eligibility: Speech or Language Impairment (primary); Developmental Delay (secondary)"),
    ("p", "• Case manager: Keiko Albright, Learning Specialist (kalbright@juniperhill.example.org)"),
    ("p", "• Parents: Marisol and Samuel Castellanos"),
    ("h", "What Noemi Does Well"),
    ("p", "• Loves picture books about animals and acts out stories with puppets"),
    ("p", "• Joins group games at recess and takes turns well"),
    ("p", "• Counts to 50 and matches numbers to sets of objects up to 20"),
    ("h", "Where Noemi Needs Support"),
    (
        "p",
        "• Speech: unfamiliar listeners understand about 60% of what Noemi says. She says /t/ for /k/ "
        'and /d/ for /g/ ("tat" for "cat") and often leaves off the last sound of a word.',
    ),
    ("p", "• Language: uses 3- to 4-word sentences; follows 1-step directions, but needs 2-step directions repeated."),
    ("p", "• Pre-academic: names 31 of 52 upper- and lowercase letters; knows 12 letter sounds."),
    ("p", "• Fine motor: holds her pencil in a fist grip and tires after about 5 minutes of writing."),
    (
        "p",
        "• Parent input: the family wants classmates and her grandparents to understand Noemi, and "
        "asked for ideas to practice speech at home.",
    ),
    ("page",),
    ("h", "Annual Goals"),
    ("p", "• Goal 1 - Speech Sounds: Noemi will say /k/ and /g/ at the beginning and end of words in sentences."),
    ("p", "- Target: 80% accuracy in 3 sessions in a row, by 6/4/2027"),
    ("p", "- Measured by: SLP data sheets and audio samples"),
    ("p", "• Goal 2 - Following Directions: Noemi will follow 2-step classroom directions without a repeat."),
    ("p", "- Target: 4 of 5 chances, on 3 school days in a row"),
    ("p", "- Measured by: teacher observation checklist"),
    ("p", "• Goal 3 - Telling About Things: Noemi will use sentences of 5 or more words to tell about a picture or an event."),
    ("p", "- Target: 8 of 10 sentences in a language sample"),
    ("p", "- Measured by: SLP language samples, once a month"),
    ("p", "• Goal 4 - Letters: Noemi will name upper- and lowercase letters shown in random order."),
    ("p", "- Target: 46 of 52 letters on 2 checks in a row"),
    ("p", "- Measured by: Learning Specialist letter-naming probes, every 2 weeks"),
    ("h", "How We Share Progress"),
    ("p", "• Progress reports on every goal go home with each report card (3 times a year): December, March and June."),
    ("p", "• Mr. Hale sends home a speech practice page every Friday."),
    ("page",),
    ("h", "SPECIAL EDUCATION AND RELATED SERVICES"),
    (
        "p",
        (
            "• Speech-language therapy: 60 minutes per week, in two 30-minute sessions, pull-out (speech room), "
            "with Mr. Dmitri Hale, SLP"
        ),
    ),
    (
        "p",
        (
            "• Specialized academic instruction: 30 minutes, 3 days a week, small group in the Learning Center, "
            "pull-out, with Ms. Albright"
        ),
    ),
    (
        "p",
        "• OT consultation, 15 min/month: the occupational therapist, Ms. Rosalind Tate, meets with "
        "Mr. Ruiz about pencil grip and writing tools. Noemi is not taken out of class for OT.",
    ),
    ("p", "• Services start 8/24/2026 (first day of school) and end 6/4/2027."),
    ("h", "Accommodations"),
    ("p", "• Directions given one step at a time, with a picture or a gesture"),
    ("p", "• Visual schedule taped to her desk"),
    ("p", "• Extra wait time (at least 5 seconds) before she answers a question"),
    ("p", "• Pencil grip and slant board for writing"),
    ("p", "• May point to a picture or a word to answer instead of saying it"),
    ("p", "• Reading screener: directions read aloud and repeated; small group"),
    ("h", "Where Noemi Learns"),
    ("p", "• Percent of time in general education: 92%"),
    ("p", "• Noemi spends the rest of the day in Mr. Ruiz's first-grade class, with lunch, recess, art, music and PE."),
    ("h", "Extended School Year"),
    ("p", "• ESY: Not needed at this time. The team will look again if Noemi loses skills over winter break."),
    ("h", "Transportation"),
    ("p", "• Transportation: Parent provides. Juniper Hill does not run school buses."),
    ("h", "Who Was There"),
    ("p", "• Marisol Castellanos, parent; Keiko Albright, Learning Specialist; Bennett Ruiz, general education teacher"),
    ("p", "• Dmitri Hale, SLP; Rosalind Tate, OT (by phone); Oren Vasquez, Director of Student Support"),
    ("p", "- Parent consent to start services: signed by Marisol Castellanos, 6/5/2026"),
]

MAPLE = [
    ("h", "Maple Canyon Unified School District"),
    ("p", "North Coast Valley SELPA  |  Individualized Education Program  |  Page 1 - Student Information and Eligibility"),
    (
        "table",
        [
            ["Student Name:", "Daniel (Danny) Huerta", "Date of Birth:", "03-07-2016"],
            ["Grade:", "5", "Age:", "10"],
            ["School of Attendance:", "Los Robles Elementary", "District of Residence:", "Maple Canyon USD"],
            ["Language of Student:", "English", "EL Status:", "English Only (EO)"],
            ["Parent/Guardian:", "Graciela Huerta (mother)", "Home Language of Parent:", "Spanish"],
        ],
    ),
    (
        "table",
        [
            ["Meeting Type:", "Annual Review", "Meeting Date:", "10-14-2026"],
            ["Next Annual Review:", "10-13-2027", "Date of Last Evaluation:", "10-02-2024"],
            ["Next Triennial Evaluation:", "10-01-2027", "Case Manager:", "Priya Ramaswamy, Education Specialist (RSP)"],
        ],
    ),
    ("h", "Eligibility"),
    (
        "p",
        "Primary Disability: Other Health Impairment (OHI) - ADHD, combined presentation.  "
        "Secondary Disability: Speech or Language Impairment (SLI) - expressive language.",
    ),
    (
        "p",
        "The IEP team agrees that Danny continues to meet eligibility criteria and that his disability "
        "affects his involvement and progress in the general education curriculum.",
    ),
    ("h", "Health"),
    (
        "p",
        "Danny takes a long-acting ADHD medication at home before school; no medication is given at "
        "school. He passed the district vision and hearing screening in September 2026. No allergies reported.",
    ),
    ("h", "Interpreter / Translation"),
    (
        "p",
        "Mrs. Huerta asked for a Spanish interpreter at IEP meetings. Ms. Lucia Fernandez interpreted at this meeting.",
    ),
    ("page",),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Strengths: Danny is curious and funny. He loves science, building with LEGO bricks and drawing "
        "comics. Math computation is at grade level, and he is a strong listener during class read-alouds.",
    ),
    (
        "p",
        "Reading: On fall CBM probes Danny read 82 words correct per minute (wcpm) on 5th grade passages "
        "with 93% accuracy (the fall benchmark is 111 wcpm). He skips words he does not know and loses "
        "his place in long paragraphs.",
    ),
    (
        "p",
        "Writing: Danny writes 3 to 4 sentences on his own on a topic, without paragraphs. Spelling is "
        "mostly phonetic. His last on-demand opinion piece scored 1 out of 4 on the district writing rubric.",
    ),
    (
        "p",
        "Language: The SLP reports that Danny includes 2 of 5 story elements when he retells a story and "
        "rarely uses linking words such as because, so and then to explain his thinking.",
    ),
    (
        "p",
        "Social-Emotional/Behavior: Since August, Danny has had 6 recess incidents of pushing or hitting "
        "a peer, mostly when a game ends or he is out. He calls out in class and has a hard time waiting "
        "his turn. He works on his own for about 8 minutes before he needs a prompt to get back on task. "
        "He received a one-day suspension on 09-18-2026.",
    ),
    (
        "p",
        "Parent Concerns: Mrs. Huerta is worried about Danny's friendships and the phone calls home "
        "after recess. She wants him ready for middle school writing and asked that counseling continue.",
    ),
    (
        "p",
        'Student Input: Danny says recess is "the best and worst part of the day." He wants to join the robotics club next year.',
    ),
    ("page",),
    ("h", "Annual Goals and Short-Term Objectives"),
    ("p", "Annual Goal #1    Area of Need: Reading Fluency    Standard: RF.5.4"),
    ("p", "Baseline: Danny reads 82 wcpm on 5th grade passages with 93% accuracy."),
    (
        "p",
        "Annual Goal: By 10-13-2027, Danny will read 5th grade passages at 110 wcpm with 97% accuracy on "
        "3 consecutive curriculum-based probes.",
    ),
    ("p", "Short-term objective 1: By 02-2027, Danny will read 92 wcpm with 95% accuracy."),
    ("p", "Short-term objective 2: By 06-2027, Danny will read 102 wcpm with 96% accuracy."),
    ("p", "Person(s) responsible: Education Specialist, general education teacher"),
    ("p", "Annual Goal #2    Area of Need: Written Expression    Standard: W.5.1"),
    ("p", "Baseline: Danny writes 3 to 4 sentences without paragraph structure; rubric score 1 of 4."),
    (
        "p",
        "Annual Goal: By 10-13-2027, given a prompt and a graphic organizer, Danny will write a "
        "3-paragraph opinion essay with an introduction, two reasons supported by facts and a "
        "conclusion, scoring 3 of 4 on the district writing rubric on 2 of 3 writing samples.",
    ),
    ("p", "Short-term objective 1: By 02-2027, Danny will write one paragraph with a topic sentence and 3 details."),
    ("p", "Short-term objective 2: By 06-2027, Danny will write 2 paragraphs with an introduction and a reason."),
    ("p", "Person(s) responsible: Education Specialist"),
    ("page",),
    ("p", "Annual Goal #3    Area of Need: Expressive Language"),
    ("p", "Baseline: Danny includes 2 of 5 story elements in a retell and uses few linking words."),
    (
        "p",
        "Annual Goal: By 10-13-2027, after hearing a grade-level story, Danny will retell it with 5 story "
        "elements (characters, setting, problem, events, solution), using at least 2 linking words "
        "(because, so, then), in 4 of 5 opportunities, as measured by SLP data.",
    ),
    ("p", "Short-term objective 1: By 02-2027, Danny will retell with 3 of 5 story elements in 4 of 5 opportunities."),
    ("p", "Short-term objective 2: By 06-2027, Danny will retell with 4 of 5 story elements in 4 of 5 opportunities."),
    ("p", "Person(s) responsible: Speech-Language Pathologist"),
    ("p", "Annual Goal #4    Area of Need: Social-Emotional / Coping Skills"),
    (
        "p",
        "Baseline: 6 incidents of pushing or hitting at recess in 8 weeks. Danny uses a coping strategy "
        "about 20% of the time, and only with an adult prompt.",
    ),
    (
        "p",
        "Annual Goal: By 10-13-2027, when he is upset during recess or a group game, Danny will use a "
        "taught coping strategy (walk away, take 5 deep breaths, or ask an adult for help) without "
        "physical contact in 4 of 5 observed incidents, as measured by yard duty logs and counselor data.",
    ),
    ("p", "Short-term objective 1: By 02-2027, Danny will use a coping strategy with one adult prompt in 3 of 5 incidents."),
    ("p", "Short-term objective 2: By 06-2027, Danny will use a coping strategy on his own in 3 of 5 incidents."),
    ("p", "Person(s) responsible: School Psychologist, Education Specialist"),
    ("h", "Progress Reporting"),
    (
        "p",
        "Progress toward annual goals will be reported to the parent in writing, in English and Spanish, "
        "at the end of each quarter (November, January, April and June).",
    ),
    ("page",),
    ("h", "Special Factors - Behavior"),
    ("p", "Does the student's behavior impede his learning or that of others?    [X] Yes    [ ] No"),
    (
        "p",
        "[X] Behavior is addressed in Annual Goal #4 and in a Behavior Support Plan (BSP) dated "
        "10-14-2026, attached to this IEP.    [ ] Functional Behavior Assessment (FBA) is recommended.",
    ),
    ("h", "Behavior Support Plan (BSP) - Summary"),
    (
        "table",
        [
            ["Target behavior", "Pushing or hitting peers at recess and in PE, usually when a game ends or he loses"],
            ["Triggers", "Losing a game, being called out, unstructured play with large groups"],
            ["Function", "To regain control of the game and escape feelings of frustration"],
            [
                "Replacement behavior",
                "Danny shows his calm card to the yard duty supervisor and sits on the bench by the library for up to 5 minutes",
            ],
            [
                "Prevention",
                "Lunch Bunch with the school psychologist on Tuesdays; four square with an adult referee; reminder "
                "of the rules before recess",
            ],
            [
                "Reinforcement",
                "Stamps on a daily recess card; 4 safe recesses in a week earn 15 minutes of LEGO robotics time on Friday",
            ],
            [
                "Reactive strategies",
                "Short, calm directions; move other students away; talk it over (restorative conversation) only after he is calm",
            ],
        ],
    ),
    ("h", "Emergency Interventions"),
    (
        "p",
        "No emergency behavioral interventions have been used with Danny. If an emergency intervention "
        "is ever used to prevent serious physical harm, staff will notify the parent within one school "
        "day and complete an Emergency Behavioral Intervention Report, and the IEP team will meet within "
        "two school days to decide whether an FBA is needed. Restraint and seclusion are not part of "
        "Danny's plan.",
    ),
    ("page",),
    ("h", "Offer of FAPE - Special Education and Related Services (page 1 of 2)"),
    ("p", "Individual = one student with the provider. Group = small group. RSP = resource specialist program."),
    ("h", "Special Education"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Delivery / Frequency / Duration", "Start", "End"],
            [
                "330 Specialized Academic Instruction (SAI) - reading",
                "Education Specialist (RSP)",
                "Separate Classroom - Resource Room",
                "Group, 4x weekly, 45 min",
                "10-15-2026",
                "10-13-2027",
            ],
            [
                "330 Specialized Academic Instruction (SAI) - writing",
                "Education Specialist (RSP)",
                "Regular Classroom (push-in)",
                "Group, 3x weekly, 30 min",
                "10-15-2026",
                "10-13-2027",
            ],
        ],
    ),
    ("h", "Supplementary Aids, Services, Accommodations and Modifications"),
    (
        "p",
        "Accommodations (classroom and district tests): extended time (1.5x) on tests and long writing "
        "tasks; preferential seating near instruction and away from the door; movement breaks every 20 "
        "minutes (errands or a standing desk); graphic organizers and sentence starters for writing; "
        "speech-to-text for assignments longer than one paragraph; daily check-in/check-out with the "
        "school psychologist.",
    ),
    ("p", "Modifications: None. Danny works on grade-level standards."),
    ("p", "Related services (DIS - designated instruction and services) continue on the next page."),
    ("page",),
    ("h", "Offer of FAPE - Special Education and Related Services (page 2 of 2)"),
    ("h", "Related Services (DIS)"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Delivery / Frequency / Duration", "Start", "End"],
            [
                "415 Language and Speech",
                "Speech-Language Pathologist (SLP)",
                "Separate Classroom - Speech Room",
                "Group, 2x weekly, 25 min",
                "10-15-2026",
                "10-13-2027",
            ],
            [
                "510 Individual Counseling",
                "School Psychologist",
                "Counseling Office",
                "Individual, 1x weekly, 30 min",
                "10-15-2026",
                "10-13-2027",
            ],
            [
                "515 Counseling and Guidance (Lunch Bunch social skills group)",
                "School Psychologist",
                "Counseling Office",
                "Group, 1x weekly, 30 min",
                "10-15-2026",
                "10-13-2027",
            ],
            [
                "Specialized Transportation",
                "District Transportation",
                "Home to school and back",
                "Daily, round trip",
                "10-15-2026",
                "10-13-2027",
            ],
        ],
    ),
    (
        "p",
        "Transportation: curb-to-curb on the small bus with a bus aide. The Transportation Office will "
        "call Mrs. Huerta with the pickup time. Transportation is provided because Danny has run into "
        "the street when upset.",
    ),
    ("h", "Educational Setting"),
    (
        "p",
        "Placement: general education 5th grade class at Los Robles Elementary with RSP and DIS services. "
        "Minutes per week outside the regular class: 290 of 1,750 (17%). Percent of time in the regular "
        "class, extracurricular and nonacademic activities: 83%. Danny takes part with general education "
        "peers in lunch, recess, PE, music, assemblies and field trips.",
    ),
    ("page",),
    ("h", "Statewide Assessments"),
    (
        "table",
        [
            ["Assessment", "Participation", "Designated supports / accommodations"],
            [
                "CAASPP Smarter Balanced - ELA (grade 5)",
                "Yes, with supports",
                "Separate setting (small group); breaks; noise buffers",
            ],
            [
                "CAASPP Smarter Balanced - Math (grade 5)",
                "Yes, with supports",
                "Text-to-speech for items; breaks; separate setting",
            ],
            ["California Science Test (CAST), grade 5", "Yes, with supports", "Text-to-speech; separate setting"],
            ["ELPAC", "Not applicable (English Only)", "-"],
        ],
    ),
    ("p", "CAASPP tests have no time limit; Danny may finish a test over more than one day."),
    ("h", "Extended School Year (ESY)"),
    (
        "p",
        "ESY: [X] Yes  [ ] No.  Danny lost about 20 wcpm over last summer and took 7 weeks to recover. "
        "ESY services: SAI (reading), Group, 4x weekly, 60 min, June 21 - July 16, 2027, at Vista del Mar "
        "Elementary. Transportation is provided for ESY.",
    ),
    ("h", "Emergency Circumstances Plan"),
    (
        "p",
        "If the school is closed or in-person instruction stops for more than 10 school days because of "
        "an emergency (for example a fire, flood or public health order), Danny's services will be given "
        "through distance learning: SAI by live video, Group, 3x weekly, 30 min; Language and Speech by "
        "teletherapy, Group, 1x weekly, 30 min; Individual Counseling by phone or video, 1x weekly, 20 min. "
        "The case manager will contact the family within 3 school days of the closure to set a schedule. "
        "The district will lend a Chromebook and a hotspot if needed. Transportation stops during a closure.",
    ),
    ("page",),
    ("h", "Consent and Signatures"),
    (
        "p",
        "[X] I consent to all parts of this IEP.  [ ] I consent to the IEP except for the parts listed "
        "below.  [ ] I do not consent.   Parent signature: Graciela Huerta   Date: 10-14-2026",
    ),
    (
        "p",
        "The parent asked for a Spanish translation of the IEP. The district will provide the translated "
        "IEP within 30 days.  I received a copy of the Procedural Safeguards (Notice of Parent Rights) in Spanish: [X]",
    ),
    (
        "table",
        [
            ["Name", "Title", "Present"],
            ["Graciela Huerta", "Parent", "Yes"],
            ["Priya Ramaswamy", "Education Specialist (RSP) / Case Manager", "Yes"],
            ["Amanda Sorensen", "General Education Teacher (grade 5)", "Yes"],
            ["Dr. Felipe Arroyo", "School Psychologist", "Yes"],
            ["Naomi Whitlock", "Speech-Language Pathologist (SLP)", "Yes"],
            ["Teresa Quan", "Principal / Administrator Designee", "Yes"],
            ["Lucia Fernandez", "Spanish Interpreter", "Yes"],
        ],
    ),
]

WILLOW = [
    ("h", "Willowbrook Local School District"),
    ("p", "INDIVIDUALIZED EDUCATION PROGRAM (IEP) - AGES 14 AND OLDER (SECONDARY TRANSITION)"),
    (
        "table",
        [
            ["Child's name", "Imani Thornton", "Student ID", "4471928"],
            ["Date of birth", "Feb. 11, 2009", "Age", "17"],
            ["School", "Willowbrook High School", "Grade", "11"],
            ["Disability", "Autism", "Secondary disability", "Intellectual Disability"],
            ["IEP meeting date", "11/3/2026", "IEP start date", "11/4/2026"],
            ["IEP end date / next review", "11/2/2027", "Reevaluation (ETR) due", "1/20/2028"],
            ["Parents", "Denise Thornton and Calvin Thornton", "Type of IEP", "Annual"],
            ["Intervention specialist (case manager)", "Mr. Gideon Park", "Contact", "(614) 555-0187"],
        ],
    ),
    ("h", "Section 1 - Future Planning"),
    (
        "p",
        "In Imani's words: \"I want to work in a bakery and make cupcakes. I want to ride the bus by "
        "myself and have my own room at my mom's house.\" Her parents want her to have a job she "
        "enjoys, to be safe in the community and to have friends outside of school.",
    ),
    ("h", "Section 2 - Special Instructional Factors"),
    (
        "p",
        "Behavior that impedes learning: No.  Communication needs: Yes (see Goal 3).  Assistive "
        "technology: Yes - iPad with a visual schedule app and a text-to-speech reader.  Limited "
        "English proficiency: No.  Blind or visually impaired: No.  Deaf or hard of hearing: No.",
    ),
    ("page",),
    ("h", "Section 3 - Profile"),
    (
        "p",
        "Imani is a friendly, hard-working 17-year-old who loves baking, K-pop and drawing. Her "
        "Evaluation Team Report (ETR) dated 1/21/2025 found autism and an intellectual disability: "
        "Full Scale IQ (FSIQ) 58 and a Vineland-3 Adaptive Behavior Composite of 64.",
    ),
    (
        "p",
        "Imani reads and understands text at about a 2nd grade level and reads functional signs, menus "
        "and work labels. She adds and subtracts money up to $5 with a calculator and tells time on a "
        "digital clock. She speaks in short sentences, needs extra time to answer and seldom starts a "
        "conversation. Loud, crowded rooms upset her; she eats lunch in the library with a peer group "
        "3 days a week.",
    ),
    ("h", "Section 4 - Postsecondary Transition"),
    (
        "p",
        "Age-appropriate transition assessments: student and parent interviews (9/2026); a picture-based "
        "career interest inventory (9/2026); a situational work assessment at the school coffee cart, "
        "Willow Brews (10/2026), where Imani followed a 6-step task list with one prompt and worked 45 "
        "minutes without a break.",
    ),
    (
        "table",
        [
            ["Area", "Measurable postsecondary goal"],
            [
                "Education/Training",
                "Within one year after leaving high school, Imani will complete a food handler certification course "
                "at Tri-County Career Center.",
            ],
            [
                "Employment",
                "After high school, Imani will work part-time, 15 to 20 hours per week, in a bakery or cafe kitchen "
                "with support from a job coach.",
            ],
            [
                "Independent Living",
                "After high school, Imani will ride the city bus on her own between home and work and make simple "
                "meals at home using picture recipes.",
            ],
        ],
    ),
    ("page",),
    ("h", "Section 4 - Postsecondary Transition (continued)"),
    (
        "table",
        [
            ["Transition service / activity", "Responsible", "Timeline"],
            [
                "Two unpaid work experiences (school coffee cart and Sunrise Bakery)",
                "Intervention specialist and job coach",
                "2026-27 school year",
            ],
            [
                "Referral to Vocational Rehabilitation (VR) for pre-employment transition services",
                "Transition coordinator (Ms. Rhonda Ellis)",
                "By 1/15/2027",
            ],
            [
                "Apply to the Willow County Board of Developmental Disabilities for adult services",
                "Parents, with help from the transition coordinator",
                "By 3/1/2027",
            ],
            ["Travel training on city bus Route 12", "District travel trainer", "Begins 2/2027"],
            ["Get a state ID card; open a bank account with a debit card", "Family", "Summer 2027"],
        ],
    ),
    (
        "p",
        "Course of study: Imani is in the Life Skills program (functional English, functional math, "
        "community living and vocational skills) with general education electives in culinary arts and "
        "art. She is working toward the State Alternate Diploma. After grade 12 she will attend the "
        "Willowbrook Transition Academy (ages 18-21). Expected graduation date: May 2030.",
    ),
    ("h", "Transfer of Rights at the Age of Majority"),
    (
        "p",
        "Imani and her parents were told at the IEP meeting on 11/5/2025, and again on 11/3/2026, "
        "verbally and in writing, that all rights under IDEA transfer to Imani when she turns 18 on "
        "Feb. 11, 2027, unless a court appoints a guardian. The team gave the family information about "
        "guardianship, power of attorney and supported decision-making. The parents plan to use a "
        "supported decision-making agreement.",
    ),
    ("page",),
    ("h", "Section 5 - Measurable Annual Goals"),
    (
        "table",
        [
            ["Goal 1", "Employment skills"],
            ["Present level", "Completes a 6-step job task from a picture list with one prompt."],
            [
                "Annual goal",
                "Given a picture task list at a work site, Imani will complete a 10-step job task (for example, "
                "bagging cookies or resetting tables) on her own with 90% accuracy on 4 of 5 observed shifts.",
            ],
            ["Benchmarks", "By 2/2027: 8 steps with one prompt. By 5/2027: 10 steps with one prompt."],
            ["Measured by", "Job coach task-analysis data"],
        ],
    ),
    (
        "table",
        [
            ["Goal 2", "Functional math (money)"],
            ["Present level", "Pays for items up to $5 with a calculator and adult help."],
            [
                "Annual goal",
                "Imani will use the next-dollar strategy to pay for purchases up to $20 and check her change with a "
                "calculator in 8 of 10 community trips.",
            ],
            ["Benchmarks", "By 2/2027: up to $10 in 8 of 10 trials. By 5/2027: up to $20 in 6 of 10 trials."],
            ["Measured by", "Community trip data sheets"],
        ],
    ),
    ("page",),
    ("h", "Section 5 - Measurable Annual Goals (continued)"),
    (
        "table",
        [
            ["Goal 3", "Communication"],
            ["Present level", "When stuck at work, Imani waits without asking for help until an adult notices."],
            [
                "Annual goal",
                'Imani will ask a supervisor or coworker for help in a complete sentence ("Can you show me how to '
                '...?") without a prompt in 4 of 5 opportunities.',
            ],
            ["Benchmarks", "By 2/2027: with a visual cue card. By 5/2027: with a gesture prompt only."],
            ["Measured by", "SLP and job coach observation"],
        ],
    ),
    (
        "table",
        [
            ["Goal 4", "Independent living (cooking)"],
            ["Present level", "Makes toast and a microwave meal with step-by-step adult directions."],
            [
                "Annual goal",
                "Using a picture recipe card and a kitchen timer, Imani will prepare a 5-step recipe safely and on "
                "her own in 4 of 5 trials.",
            ],
            ["Benchmarks", "By 2/2027: 3-step recipe. By 5/2027: 5-step recipe with one prompt."],
            ["Measured by", "OT and intervention specialist checklists in the Life Skills kitchen"],
        ],
    ),
    (
        "p",
        "Progress on each goal will be reported to Imani and her parents every 9 weeks, with grade cards "
        "(November, January, April and June).",
    ),
    ("page",),
    ("h", "Section 6 - Description of Specially Designed Services"),
    ("p", "Amounts are written in hours per month (one month = 4 school weeks)."),
    (
        "table",
        [
            ["Specially designed instruction", "Goals", "Provider", "Location", "Begin", "End", "Amount of time"],
            [
                "Functional academics (English and math)",
                "2",
                "Intervention specialist",
                "Life Skills classroom",
                "11/4/2026",
                "11/2/2027",
                "40 hours per month",
            ],
            [
                "Community-based vocational instruction",
                "1, 3",
                "Intervention specialist and job coach",
                "Community job sites",
                "11/4/2026",
                "11/2/2027",
                "16 hours per month",
            ],
        ],
    ),
    (
        "table",
        [
            ["Related services", "Goals", "Provider", "Location", "Begin", "End", "Amount of time"],
            [
                "Speech-language therapy",
                "3",
                "Speech-language pathologist (SLP)",
                "Speech room and job sites",
                "11/4/2026",
                "11/2/2027",
                "4 hours per month",
            ],
            [
                "Occupational therapy",
                "4",
                "Occupational therapist (OT)",
                "Life Skills kitchen",
                "11/4/2026",
                "11/2/2027",
                "2 hours per month",
            ],
        ],
    ),
    ("page",),
    ("p", "Section 6 (continued) - Accommodations and supports for school personnel"),
    (
        "table",
        [
            ["Accommodations", "Where / when"],
            ["Visual schedule and task lists on her iPad", "All day"],
            ["Wait at least 10 seconds for her to answer", "All classes and job sites"],
            ["Ear defenders", "Cafeteria, assemblies and fire drills"],
            ["Calculator", "All math work and tests"],
            ["Tests and written directions read aloud", "All classes and tests"],
            ["5-minute warning before a change in routine", "All day"],
            ["Modified grading based on IEP goals", "Life Skills classes"],
        ],
    ),
    (
        "p",
        "Support for school personnel: the district autism consultant will train the culinary arts "
        "teacher and the job coach, 2 hours per semester.",
    ),
    ("h", "Section 7 - Transportation"),
    (
        "p",
        "Imani rides the regular school bus to and from school. The district van takes her to and from "
        "community job sites. No special transportation is needed.",
    ),
    ("h", "Section 8 - Nonacademic and Extracurricular Activities"),
    ("p", "Imani takes part in art club and the unified bowling team with support from a peer mentor."),
    ("h", "Section 9 - Extended School Year"),
    (
        "p",
        "Extended school year: Eligible. Community-based vocational instruction at Sunrise Bakery, 6 hours "
        "per week for 5 weeks (June 21 - July 23, 2027), to keep her job routine over the summer.",
    ),
    ("page",),
    ("h", "Section 10 - Least Restrictive Environment"),
    (
        "p",
        "Imani is with general education peers 35% of the school day (homeroom, culinary arts, art and "
        "lunch). She spends the rest of the day in the Life Skills classroom and at community job sites "
        "because she needs functional academics and job training taught step by step in real settings.",
    ),
    ("h", "Section 11 - Statewide and District Testing"),
    (
        "table",
        [
            ["Test", "How Imani takes part", "Accommodations"],
            [
                "State end-of-course tests (English II, Algebra I, Biology, Government)",
                "Alternate assessment",
                "Read aloud by the test administrator; breaks",
            ],
            ["College entrance test (grade 11)", "Does not take part (takes the alternate assessment)", "-"],
            ["District benchmark tests", "Exempt; progress measured on IEP goals", "-"],
        ],
    ),
    (
        "p",
        "Why an alternate assessment: Imani has a significant cognitive disability, is taught to the "
        "state's extended standards and needs intensive, individualized instruction in all settings. "
        "The parents were told that taking the alternate assessment means she will not earn a standard "
        "diploma.",
    ),
    ("h", "Section 12 - Meeting Participants"),
    (
        "table",
        [
            ["Name", "Role", "Signature / date"],
            ["Imani Thornton", "Student", "Imani T. 11/3/2026"],
            ["Denise Thornton", "Parent", "D. Thornton 11/3/2026"],
            ["Calvin Thornton", "Parent", "C. Thornton 11/3/2026"],
            ["Gideon Park", "Intervention specialist", "G. Park 11/3/2026"],
            ["Lauren Castellano", "Culinary arts teacher (general education)", "L. Castellano 11/3/2026"],
            ["Rhonda Ellis", "Transition coordinator", "R. Ellis 11/3/2026"],
            ["Samir Haddad", "Speech-language pathologist", "S. Haddad 11/3/2026"],
            ["Dr. Elaine Forsyth", "District representative", "E. Forsyth 11/3/2026"],
        ],
    ),
]

CYPRESS = [
    ("h", "Cypress Ridge Public Schools - Early Childhood Special Education"),
    ("p", "Individualized Education Program for a Preschool Child (ages 3-5)"),
    (
        "table",
        [
            ["Child", "Rafael (Rafi) Adeyemi"],
            ["Birth date", "May 30, 2023"],
            ["Age at meeting", "4 years, 3 months"],
            ["Parents", "Funmilayo Adeyemi and Jordan Adeyemi"],
            ["Languages at home", "English and Yoruba"],
            ["Early childhood program", "Little Acorns Learning Center, 4-year-old room, Monday to Friday, 8:30 to 12:30"],
            ["Eligibility", "Developmental Delay (DD): communication and social-emotional development"],
            ["ECSE case manager", "Ms. Harriet Vo, itinerant ECSE teacher"],
        ],
    ),
    (
        "p",
        "Type of IEP: Initial  |  IEP meeting: Sept. 9, 2027  |  IEP begins: Sept. 13, 2027  |  "
        "Annual review due: Sept. 8, 2028  |  Evaluation report: Aug. 26, 2027  |  Reevaluation due: Aug. 25, 2030",
    ),
    (
        "p",
        "Reason for referral: In May 2027 Rafi's preschool teacher and his parents asked for an "
        "evaluation because he was not talking in sentences and had long meltdowns at drop-off and at "
        "the end of circle time. Rafi did not receive early intervention services before age 3.",
    ),
    ("page",),
    ("h", "Present Levels of Development"),
    (
        "p",
        'Communication: Rafi uses about 50 single words and a few 2-word phrases ("more juice", "mommy '
        'go"). He follows 1-step directions when an adult points or gestures. On the PLS-5 he scored 71 '
        "in Expressive Communication and 84 in Auditory Comprehension (average is 85 to 115).",
    ),
    (
        "p",
        "Social-emotional: Rafi cries and drops to the floor 3 to 4 times a morning, most often at "
        "drop-off and when circle time or outside play ends; each episode lasts 5 to 10 minutes. He "
        "plays next to other children and joins their play when an adult sets it up.",
    ),
    (
        "p",
        "Adaptive: Rafi uses the toilet during the day with reminders, eats on his own and needs help with zippers and buttons.",
    ),
    (
        "p",
        "Motor: Rafi runs, climbs and pedals a tricycle. He holds a crayon in his fist and snips paper with scissors.",
    ),
    ("p", "Pre-academic: Rafi counts to 10, names colors, matches shapes and knows 6 letters."),
    (
        "p",
        "Parent concerns: The family wants Rafi to be able to tell them about his day and to make a "
        "friend. They are worried about kindergarten.",
    ),
    ("h", "Early Childhood Outcomes - Entry Ratings"),
    (
        "table",
        [
            ["Outcome", "Entry rating (1-7)", "Date"],
            ["Positive social-emotional skills (including social relationships)", "3", "9/9/2027"],
            ["Acquiring and using knowledge and skills (including early language)", "4", "9/9/2027"],
            ["Taking appropriate action to meet needs", "5", "9/9/2027"],
        ],
    ),
    ("page",),
    ("h", "Annual Goals"),
    ("p", "Goal 1 - Talking (expressive communication)"),
    (
        "p",
        'By Sept. 2028, Rafi will use 3- to 4-word phrases to ask for things, comment and protest ("I '
        'want blue car", "no, my turn") at least 10 times during a preschool morning, on 3 '
        "observations in a row.",
    ),
    ("p", "Goal 2 - Understanding (receptive communication)"),
    (
        "p",
        'By Sept. 2028, Rafi will follow 2-step directions given without gestures ("get your coat and '
        'line up") in 4 of 5 opportunities.',
    ),
    ("p", "Goal 3 - Moving between activities (social-emotional)"),
    (
        "p",
        "By Sept. 2028, with a picture schedule and a 2-minute warning, Rafi will move from one activity "
        "to the next without crying or dropping to the floor in 4 of 5 transitions a day for 2 weeks.",
    ),
    ("p", "Goal 4 - Playing with friends (social-emotional)"),
    (
        "p",
        "By Sept. 2028, Rafi will join a classmate's play and take 3 turns in a game with no more than "
        "one adult prompt, on 4 of 5 days.",
    ),
    ("p", "Goal 5 - Using his hands (fine motor)"),
    (
        "p",
        "By Sept. 2028, Rafi will hold a crayon with his fingers (not his fist) to copy a circle and a cross in 4 of 5 tries.",
    ),
    ("h", "How Progress Is Shared"),
    (
        "p",
        "Progress on Rafi's goals will be reported to his parents with the district's report cards, three "
        "times a year (December, March and June). The ECSE teacher also writes in Rafi's home-school "
        "notebook after each visit.",
    ),
    ("page",),
    ("h", "Special Education and Related Services"),
    (
        "p",
        "Service: Specialized instruction (itinerant ECSE teacher)          Amount: 3 hours per week, as two "
        "visits of 90 minutes",
    ),
    ("p", "Location: Little Acorns Learning Center, in Rafi's classroom          Dates: 9/13/2027 to 9/8/2028"),
    ("p", "Service: Speech-language therapy (SLP)          Amount: 30 minutes, 2 times a week"),
    (
        "p",
        "Location: Tuesdays at the Cypress Ridge Early Childhood Center (therapy room); Thursdays at Little "
        "Acorns, in class          Dates: 9/13/2027 to 9/8/2028",
    ),
    ("p", "Service: Occupational therapy (OT) consultation          Amount: 30 minutes per month"),
    (
        "p",
        "Location: Little Acorns; the OT meets with the preschool teacher and the ECSE teacher, and Rafi is "
        "not taken out of class          Dates: 9/13/2027 to 9/8/2028",
    ),
    ("p", "Service: Parent training (home visit)          Amount: 45 minutes, 1 time a month"),
    ("p", "Location: Family home or video call, with the ECSE teacher          Dates: 9/13/2027 to 9/8/2028"),
    (
        "p",
        "Supports for school staff: the ECSE teacher will train Little Acorns staff on picture schedules "
        "and first-then boards, 1 hour each quarter.",
    ),
    ("h", "Accommodations"),
    (
        "p",
        "Picture schedule of the morning at Rafi's eye level; first-then card; 2-minute warning with a "
        "visual timer before transitions; calm-down corner with a beanbag and a sensory bin; at drop-off "
        "a teacher greets Rafi at the door with a favorite toy truck.",
    ),
    (
        "p",
        "State and district assessments: not applicable (preschool). Progress is measured with the "
        "district's early childhood observation checklist.",
    ),
    ("page",),
    ("h", "Placement"),
    (
        "p",
        "Placement: community preschool with itinerant special education teacher. Rafi attends a regular "
        "early childhood program (Little Acorns) at least 10 hours per week and receives most of his "
        "special education and related services in that program. Time away from the regular early "
        "childhood program: speech on Tuesdays, 30 minutes a week.",
    ),
    (
        "p",
        "Cost: the family pays the Little Acorns tuition. The district provides the special education "
        "and related services in this IEP at no cost to the family.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "ESY: Not eligible at this time; to be reconsidered by 03/15/2028. The team will look at whether "
        "Rafi loses skills over winter break and how long it takes him to get them back.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Transportation: not provided. The parents drive Rafi to Little Acorns and to speech at the Early "
        "Childhood Center. The district pays mileage for trips to the Early Childhood Center on request.",
    ),
    ("h", "Planning for Kindergarten"),
    (
        "p",
        "Rafi will be old enough for kindergarten in fall 2028. His home school is Magnolia Elementary. "
        "A transition meeting with the Magnolia kindergarten team will be held by 4/30/2028, and the team "
        "will review his eligibility category before he starts kindergarten.",
    ),
    ("h", "Consent and Team"),
    ("p", "Consent for the first special education services: signed by Funmilayo Adeyemi on 9/9/2027."),
    (
        "table",
        [
            ["Team member", "Role"],
            ["Funmilayo Adeyemi", "Parent"],
            ["Jordan Adeyemi", "Parent (by phone)"],
            ["Harriet Vo", "Itinerant ECSE teacher / case manager"],
            ["Bianca Moretti", "Lead teacher, Little Acorns Learning Center"],
            ["Owen Castillo", "Speech-language pathologist"],
            ["Dr. Ruth Abernathy", "School psychologist"],
            ["Kendra Liu", "ECSE coordinator (district representative)"],
        ],
    ),
]


LAUREL = [
    ("h", "LAUREL SPRINGS COUNTY SCHOOL SYSTEM"),
    ("p", "Division of Exceptional Student Services | 410 Piedmont Mill Road, Laurel Springs, Georgia 30599"),
    ("h", "Individualized Education Program (IEP)"),
    (
        "table",
        [
            ["Student", "Amaya Simone Prescott", "GTID", "7730014825"],
            ["DOB", "03/11/2019", "Grade", "2"],
            ["School", "Dogwood Trail Elementary", "Homeroom Teacher", "Mrs. Carolyn Ashby"],
            ["Primary Area of Eligibility", "Specific Learning Disability (SLD)", "Secondary Area", "None"],
            ["Case Manager", "Mr. Terrence Oduya, Special Education Teacher", "Phone", "(706) 555-0148"],
            ["Parent(s)/Guardian(s)", "Monique and Darnell Prescott", "Home Language", "English"],
        ],
    ),
    (
        "table",
        [
            ["Meeting Type", "Eligibility Date", "IEP Meeting Date", "IEP Begins", "Annual Review Due", "Re-evaluation Due"],
            ["Initial", "09/24/2026", "10/07/2026", "10/08/2026", "10/06/2027", "09/23/2029"],
        ],
    ),
    ("h", "Student Profile"),
    (
        "p",
        "Strengths: Amaya is a kind, hard-working second grader who loves drawing, animals and science "
        "experiments. She listens carefully during read-alouds and answers questions about stories with "
        "good detail. Her spoken vocabulary is a strength, and she gets along well with classmates.",
    ),
    (
        "p",
        "Parent Input: Mr. and Mrs. Prescott shared that homework time has become stressful. Amaya cries "
        "when she is asked to read aloud and still counts on her fingers for simple facts. The family reads "
        "together every night for 20 minutes. They would like Amaya to be able to read bedtime stories to "
        "her little brother, and they asked that her weekly spelling tests be shortened and that they hear "
        "from school each week about how reading is going.",
    ),
    (
        "p",
        "Evaluation Results: A psychoeducational evaluation was completed on 09/10/2026 by Dr. Helen Varga, "
        "school psychologist. Amaya's overall cognitive ability is in the average range, with significant "
        "weaknesses in phonological processing and processing speed. On the WJ-IV, her Basic Reading "
        "Skills standard score was 74 and her Math Calculation Skills standard score was 78.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance (PLAAFP)"),
    (
        "p",
        "Reading: On the DIBELS 8th Edition fall benchmark, Amaya read 22 words correct per minute with 81% "
        "accuracy (the grade 2 fall benchmark is 52). She knows 24 of 26 letter sounds and reads short "
        "consonant-vowel-consonant words, but she does not yet decode words with digraphs (sh, ch, th) or "
        "silent e. When a grade-level text is read to her, her comprehension is on grade level.",
    ),
    (
        "p",
        "Impact on involvement and progress in the general curriculum: Because Amaya cannot yet read "
        "grade 2 text on her own, she has difficulty completing reading, science and social studies work "
        "independently.",
    ),
    ("page",),
    (
        "p",
        "Mathematics: Amaya counts to 120 and adds within 10 using her fingers. On a 2-minute probe she "
        "answered 6 of 20 addition and subtraction facts within 20 correctly. She does not yet understand "
        "place value to 100 and could not solve one-step word problems unless they had pictures. Her "
        "i-Ready Math overall placement in September was Grade K.",
    ),
    (
        "p",
        "Functional: Amaya follows classroom routines and has no behavior concerns. When a reading task "
        "is hard, she puts her head down and stops working. She passed vision and hearing screenings on "
        "08/28/2026.",
    ),
    ("h", "Consideration of Special Factors"),
    (
        "p",
        "Behavior that impedes learning: No. Limited English proficiency: No. Blind or visually impaired: "
        "No. Deaf or hard of hearing: No. Communication needs: No. Assistive technology: Yes. Amaya will "
        "use text-to-speech software (Read&Write for Google Chrome) on her Chromebook for science and social "
        "studies reading.",
    ),
    ("h", "Measurable Annual Goals"),
    ("p", "GOAL 1: Reading (Basic Reading Skills / Fluency)"),
    (
        "p",
        "By 10/06/2027, given a grade 2 passage with words containing digraphs, blends and silent e, Amaya "
        "will read aloud at 60 words correct per minute with 95% accuracy on 3 consecutive weekly probes.",
    ),
    ("p", "Baseline: 22 words correct per minute with 81% accuracy (DIBELS 8, September 2026)."),
    ("p", "Benchmarks:"),
    ("p", "1. By December 2026, Amaya will read words with the digraphs sh, ch, th and wh with 90% accuracy."),
    (
        "p",
        "2. By March 2027, Amaya will decode one-syllable silent-e words with 85% accuracy and read grade 2 "
        "passages at 40 words correct per minute.",
    ),
    ("p", "3. By May 2027, Amaya will read grade 2 passages at 50 words correct per minute with 90% accuracy."),
    ("p", "Measured by: weekly DIBELS 8 progress monitoring probes. Person responsible: special education teacher."),
    ("p", "GOAL 2: Mathematics (Calculation and Problem Solving)"),
    (
        "p",
        "By 10/06/2027, Amaya will solve one- and two-step addition and subtraction word problems within "
        "100 with 80% accuracy on 4 of 5 weekly probes.",
    ),
    ("p", "Baseline: 0 of 5 one-step word problems solved without pictures; 6 of 20 facts within 20 in 2 minutes."),
    ("page",),
    ("p", "Benchmarks:"),
    (
        "p",
        "1. By December 2026, Amaya will add and subtract within 20, answering 15 of 20 facts correctly in 2 minutes.",
    ),
    (
        "p",
        "2. By March 2027, Amaya will show two-digit numbers as tens and ones using base-ten blocks with 90% accuracy.",
    ),
    ("p", "3. By May 2027, Amaya will solve one-step word problems within 100 with 80% accuracy."),
    (
        "p",
        "Measured by: 2-minute fact probes and curriculum-based word problem probes, given weekly. Person "
        "responsible: special education teacher with the general education teacher.",
    ),
    ("h", "Reporting Progress to Parents"),
    (
        "p",
        "Parents will receive a written progress report on each goal every 9 weeks, sent home with the "
        "report card. Mr. Oduya will also send a communication folder home every Friday with reading "
        "practice and a short note about the week.",
    ),
    ("h", "Supports for Student: Accommodations"),
    (
        "p",
        "The accommodations below are used in all academic classes and on classroom and district "
        "assessments unless a limit is noted.",
    ),
    ("h", "Presentation"),
    ("p", "▪ Directions read aloud, repeated and clarified"),
    ("p", "▪ Test items read aloud in math, science and social studies (not on tests that measure decoding)"),
    ("p", "▪ Text-to-speech for science and social studies reading"),
    ("p", "▪ Number line and hundreds chart available during math"),
    ("h", "Response"),
    ("p", "▪ May give answers orally; an adult writes down answers longer than one sentence"),
    ("p", "▪ Shortened spelling tests (10 words instead of the class list of 20)"),
    ("p", "▪ May mark answers directly in the test booklet"),
    ("h", "Setting"),
    ("p", "▪ Small group testing (no more than 6 students)"),
    ("p", "▪ Preferential seating near the point of instruction, away from the door"),
    ("h", "Scheduling"),
    ("p", "▪ Extended time: time and a half (1.5x) on tests and timed classwork"),
    ("p", "▪ A short break after every 15 minutes of independent reading or writing"),
    ("p", "▪ Tests given in the morning when possible"),
    ("page",),
    ("h", "Supports for School Personnel"),
    (
        "p",
        "The district assistive technology specialist will train Mrs. Ashby and Amaya on Read&Write by 11/06/2026.",
    ),
    ("h", "Participation in State and District Assessments"),
    (
        "p",
        "Georgia Milestones testing begins in grade 3, so Amaya is not tested on Georgia Milestones this "
        "year. She will take the i-Ready Diagnostic in fall, winter and spring with the accommodations "
        "listed above, except that the reading sections will not be read aloud.",
    ),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Frequency", "Location", "Initiation", "Duration"],
            [
                "Specialized Instruction: Reading/ELA (small group)",
                "150 min/wk",
                "Special education resource room",
                "10/08/2026",
                "10/06/2027",
            ],
            [
                "Specialized Instruction: Mathematics (co-taught)",
                "daily, 30 minutes",
                "General education classroom",
                "10/08/2026",
                "10/06/2027",
            ],
            [
                "Consultation: special education teacher with general education teacher",
                "2x monthly, 15 min",
                "Dogwood Trail Elementary",
                "10/08/2026",
                "10/06/2027",
            ],
            ["Assistive Technology: text-to-speech software", "daily, as needed", "All settings", "10/08/2026", "10/06/2027"],
        ],
    ),
    (
        "p",
        "Related Services: The team considered speech-language therapy, occupational therapy and counseling. "
        "None are needed at this time.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Amaya will be removed to the resource room for specialized reading instruction because she needs "
        "explicit, systematic phonics teaching in a small group, which cannot be provided at the pace and "
        "group size of the general education classroom. With these supports, Amaya will spend",
    ),
    ("page",),
    (
        "p",
        "82% of the school day in general education. She will join her class for math, lunch, recess, "
        "specials (art, music and PE), field trips and assemblies.",
    ),
    ("h", "Extended School Year (ESY)"),
    (
        "p",
        "Extended School Year: The team will determine by April 15, 2027, using data on regression and "
        "recoupment after winter break and Amaya's progress on her reading goal.",
    ),
    ("h", "Transportation"),
    ("p", "Amaya rides the regular school bus. No special transportation is needed."),
    ("h", "Consent and Signatures"),
    (
        "p",
        "Parent consent for the initial provision of special education services: [X] I give consent   [ ] I do not give consent",
    ),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Monique Prescott", "Parent", "Monique Prescott", "10/07/2026"],
            ["Darnell Prescott", "Parent", "Participated by phone", "10/07/2026"],
            ["Terrence Oduya", "Special Education Teacher / Case Manager", "T. Oduya", "10/07/2026"],
            ["Carolyn Ashby", "General Education Teacher", "C. Ashby", "10/07/2026"],
            ["Dr. Helen Varga", "School Psychologist (interpreted evaluation results)", "H. Varga", "10/07/2026"],
            ["Renee Castellanos", "LEA Representative, Assistant Principal", "R. Castellanos", "10/07/2026"],
        ],
    ),
    (
        "p",
        "A copy of this IEP and the Parents' Rights in Special Education notice were given to the parents on 10/07/2026.",
    ),
]

HAWTHORN = [
    ("h", "Hawthorn Valley Unified School District - Office of Student Services"),
    ("h", "REVISED IEP (IEP AMENDMENT)"),
    (
        "table",
        [
            ["Student", "Student ID", "DOB", "Gr.", "School", "Eligibility"],
            ["Tobias (Toby) Renfrew", "0048213", "6.2.11", "9", "Hawthorn Valley High School", "Emotional Disturbance (ED)"],
        ],
    ),
    (
        "table",
        [
            ["Case Mgr.", "Amendment Mtg.", "IEP Being Amended", "Annual Review Due", "Re-eval (3-yr) Due"],
            ["Desmond Achterberg, SpEd teacher", "3.3.27", "9.14.26", "9.13.27", "11.2.28"],
        ],
    ),
    ("h", "Purpose of This Amendment"),
    (
        "p",
        "This revised IEP changes Toby's IEP dated 9.14.26 after the Functional Behavioral Assessment (FBA) "
        "that was completed on the 19th of February, 2027. The IEP team met on the 3rd of March, 2027 and "
        "agreed to add a Behavior Intervention Plan, increase counseling, add social work consultation, and "
        "move Toby to a co-taught section of Algebra I. The changes take effect the 4th of March, 2027. All "
        "parts of the 9.14.26 IEP that are not listed below stay in effect, and the annual review date does "
        "not change.",
    ),
    (
        "p",
        "Parent concerns: Toby's mother, Ms. Corinne Renfrew, and his stepfather, Mr. Luis Batista, said "
        "they are worried that Toby keeps being sent home and is falling behind in Algebra. Ms. Renfrew said "
        'Toby tells her that teachers "call him out" in front of the class. They want him to stay in school '
        "and to have one adult he can go to when he is upset.",
    ),
    (
        "p",
        'Student input: Toby attended the first half of the meeting. He said he leaves class "before I '
        'blow up" and that he would rather take a break than get in trouble. He wants to try out for the '
        "JV baseball team in the spring.",
    ),
    ("h", "Summary of Changes"),
    (
        "table",
        [
            ["IEP section", "Previously (IEP of 9.14.26)", "Revised (eff. 3.4.27)"],
            ["Counseling", "Individual counseling, 30 min every other week", "Individual counseling, 30 minutes weekly"],
            ["Social work", "None", "SW consult w/ teachers and family, 2x/mo., 20 min"],
            [
                "Special factors - behavior",
                "Behavior does not impede learning",
                "Behavior impedes learning; BIP added (see p. 3)",
            ],
            ["2nd period math", "Algebra I, gen. ed. section (not co-taught)", "Algebra I, co-taught section"],
            ["Accommodations", "A1 extended time, A2 preferential seating", "A1 and A2 kept; added A3 through A6 (see p. 4)"],
        ],
    ),
    ("page",),
    ("h", "Manifestation Determination Review (MDR) - Note"),
    (
        "p",
        "On 1.27.27, during 2nd-period Algebra I, Toby swore at the teacher, swept a stack of textbooks off a "
        "desk and left the building without permission. He received a 3-day out-of-school suspension "
        "(1.28.27 through 2.1.27). Because this brought his removals for the school year to 11 days, an MDR "
        "was held on the 4th of February, 2027.",
    ),
    (
        "p",
        "MDR finding: the team found that the conduct WAS a manifestation of Toby's disability and was not "
        "the direct result of a failure to implement the IEP. Toby returned to his placement, and the team "
        "agreed to complete an FBA and develop a BIP.",
    ),
    ("h", "Functional Behavioral Assessment (FBA) - Summary"),
    (
        "p",
        "The FBA was conducted from 2.8.27 to 2.19.27 by Dr. Naomi Petrakis, school psychologist. Sources: "
        "interviews with 5 teachers, Toby and his parents; 9 observations across 4 classes using ABC "
        "(antecedent-behavior-consequence) recording; discipline and attendance records.",
    ),
    (
        "p",
        "Target behavior 1 - Leaving class without permission: Toby walks out of the classroom without "
        "asking and goes to the hallway, the restroom or outside the building. Baseline: an average of 4 "
        "times per week (range 2 to 7), each lasting 10 to 35 minutes.",
    ),
    (
        "p",
        "Target behavior 2 - Verbal aggression: Toby swears at or makes threatening statements to adults or "
        'peers (for example, "get away from me or else"). Baseline: about 2 incidents per week, most in '
        "Algebra I.",
    ),
    (
        "p",
        "Antecedents (what happens right before): being called on to answer aloud or to work a problem at "
        "the board; written tasks longer than half a page; being corrected in front of classmates; the "
        "period right after lunch.",
    ),
    (
        "p",
        "Setting events: poor sleep the night before (reported by parents) and conflicts with peers earlier in the day.",
    ),
    (
        "p",
        "Hypothesized function: Toby's behavior mainly serves to escape tasks he sees as too hard or "
        "embarrassing, especially in front of peers. Peer attention is a secondary function of the verbal "
        "outbursts.",
    ),
    ("page",),
    ("h", "Behavior Intervention Plan (BIP)"),
    (
        "p",
        "BIP start: 3.4.27. The case manager collects daily point-sheet data. The team will review the data "
        "and the plan within 6 weeks, by 4.16.27.",
    ),
    (
        "table",
        [
            ["Target behavior", "Replacement behavior", "How it is taught", "Reinforcement"],
            [
                "Leaving class without permission",
                "Shows the break pass to the teacher and goes to the Student Support Room (B112) for up to 10 "
                "minutes, then returns to class",
                "Practiced in weekly counseling; rehearsed with each teacher in the first week",
                "1 point for each class period with no walk-out; 20 points = 15 minutes of gym time or lunch "
                "with an adult he chooses",
            ],
            [
                "Verbal aggression",
                'Says "I need a minute" or uses the help signal (pen placed on the corner of the desk)',
                "Role-play in counseling; teachers prompt privately",
                "Specific, private praise; 1 point per period without verbal aggression",
            ],
        ],
    ),
    ("p", "Prevention strategies:"),
    ("p", "a) Teachers give Toby a private 1-minute heads-up before calling on him; he is not sent to the board."),
    ("p", "b) Writing tasks are broken into chunks of 3 to 4 sentences, with a teacher check-in after each chunk."),
    ("p", "c) Corrections and redirections are given privately, never in front of the class."),
    (
        "p",
        "d) Daily morning check-in with Mr. Achterberg at 7:40 a.m. in Room B112, where breakfast is available, "
        "to go over the day and pick up the point sheet.",
    ),
    ("p", "Crisis steps (if Toby's behavior is a danger to himself or others):"),
    ("p", "Step 1. Staff speak in a calm, low voice, stop the demand and give Toby space (at least an arm's length)."),
    ("p", "Step 2. Staff offer the break pass or Room B112 and do not block the doorway."),
    ("page",),
    (
        "p",
        "Step 3. If Toby leaves the building, one staff member keeps him in sight from a distance and calls "
        "the main office at ext. 4100. Staff do not chase him.",
    ),
    (
        "p",
        "Step 4. An administrator and the school social worker respond. Physical restraint is used only as a "
        "last resort, when there is an immediate risk of injury, and only by CPI-trained staff.",
    ),
    (
        "p",
        "Step 5. The case manager calls the parent the same day, and the social worker holds a debrief with "
        "Toby the next school day.",
    ),
    ("h", "Special Education & Related Services (revised)"),
    (
        "table",
        [
            ["Service", "Provider", "Amount", "Setting", "Start", "End"],
            ["SDI - Academic Strategies", "SpEd teacher", "1 period daily (52 min)", "Resource room B108", "9.15.26", "9.13.27"],
            [
                "SDI - co-taught English 9",
                "SpEd and GenEd co-teachers",
                "daily, 52 min",
                "Gen. ed. classroom",
                "9.15.26",
                "9.13.27",
            ],
            [
                "SDI - co-taught Algebra I",
                "SpEd and GenEd co-teachers",
                "daily, 52 min",
                "Gen. ed. classroom",
                "3.4.27",
                "9.13.27",
            ],
            ["Individual counseling", "School psychologist", "30 minutes weekly", "Counseling office B114", "3.4.27", "9.13.27"],
            [
                "Social work consultation (to teachers and parents)",
                "School social worker",
                "2x/mo., 20 min",
                "In person or by phone",
                "3.4.27",
                "9.13.27",
            ],
        ],
    ),
    ("h", "Accommodations (revised)"),
    ("p", "A1. Extended time (1.5x) on tests and quizzes"),
    ("p", "A2. Preferential seating near the door, so he can use the break pass without crossing the room"),
    ("p", "A3. Testing in a separate room when requested"),
    ("p", "A4. Break pass, up to 2 per class period"),
    ("p", "A5. Private advance notice before being called on; no cold-calling"),
    ("p", "A6. Long assignments broken into smaller chunks with check-ins"),
    ("page",),
    ("h", "Class Schedule (Spring 2027)"),
    (
        "table",
        [
            ["Per.", "Course", "Teacher(s)", "Room", "Co-taught?"],
            ["1", "English 9", "Ms. Odile Brennan / Mr. Kwame Asante (SpEd)", "A204", "Yes"],
            ["2", "Algebra I", "Mr. Peter Haldane / Ms. Jolene Fairweather (SpEd)", "C110", "Yes (from 3.4.27)"],
            ["3", "Biology", "Dr. Simone Achebe", "S15", "No"],
            ["4", "Lunch / Advisory", "Mr. Achterberg (advisory)", "A101", "-"],
            ["5", "World History", "Mr. Graham Lusk", "A210", "No"],
            ["6", "Academic Strategies", "Mr. Desmond Achterberg", "B108", "Special education class"],
            ["7", "PE / Health", "Coach Rita Olmos", "Gym", "No"],
        ],
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Toby spends 84% of the school day in general education, including co-taught English 9 and Algebra I. "
        "He is outside general education for Academic Strategies (one period a day) and for weekly counseling.",
    ),
    ("h", "State Assessment"),
    (
        "p",
        "Toby will take the Algebra I End-of-Course exam in May 2027 with extended time (1.5x) and testing in a separate room.",
    ),
    ("h", "Other Decisions"),
    ("p", "ESY: considered on 3.3.27 and not needed; Toby has not shown regression after school breaks."),
    ("p", "Special transportation: not required. Toby walks to school."),
    (
        "p",
        "Progress reports: each goal is reported quarterly with the report card. The case manager will also "
        "e-mail the parents a summary of the BIP point sheets every 2 weeks.",
    ),
    ("h", "Prior Written Notice"),
    (
        "p",
        "Action proposed: add a BIP, increase counseling to weekly, add social work consultation and move Toby "
        "to co-taught Algebra I. Option considered and rejected: placement in the district's self-contained "
        "therapeutic classroom at Ridgeline Center, rejected because Toby is passing 5 of 7 classes and the "
        "team believes he can succeed in his current school with more support.",
    ),
    ("h", "Participants"),
    (
        "table",
        [
            ["Name", "Role", "Signed"],
            ["Corinne Renfrew", "Parent", "3.3.27"],
            ["Luis Batista", "Stepparent", "3.3.27"],
            ["Desmond Achterberg", "SpEd teacher / case manager", "3.3.27"],
            ["Peter Haldane", "GenEd teacher (Algebra I)", "3.3.27"],
            ["Dr. Naomi Petrakis", "School psychologist", "3.3.27"],
            ["Marisol Quintero, LCSW", "School social worker", "3.3.27"],
            ["Harold Vance", "Assistant principal / LEA rep.", "3.3.27"],
        ],
    ),
    (
        "p",
        "Parent agreement to this amendment: signed by Corinne Renfrew on the 3rd of March, 2027. A copy of "
        "the revised IEP was mailed home on 3.5.27.",
    ),
]


SPRUCE = [
    ("h", "Sprucefield Public Schools — Office of Student Services"),
    ("p", "40 Meetinghouse Road, Sprucefield, MA 01799 • Tel. (978) 555-0142 • Fax (978) 555-0199"),
    ("h", "Individualized Education Program"),
    (
        "table",
        [
            ["IEP Dates: from", "2027-03-08", "to", "2028-03-07"],
            ["Type of Meeting", "Annual Review", "Date of Meeting", "Mar 4 2027"],
        ],
    ),
    (
        "table",
        [
            ["Student Name", "DOB", "ID#", "Grade/Level"],
            ["Julian M. Thibodeaux", "2014-09-17", "0047719", "6"],
        ],
    ),
    (
        "table",
        [
            ["School", "Sprucefield Middle School"],
            ["Primary Disability", "Communication Impairment (expressive and receptive language)"],
            ["Secondary Disability", "Health Impairment (ADHD, combined presentation)"],
            ["Team Chairperson / District Contact", "Dr. Nadia Halvorsen, (978) 555-0142 ext. 318"],
            ["Liaison (Case Manager)", "Mr. Owen Carrick, Special Education Teacher, Learning Center"],
            ["Parent(s)/Guardian(s)", "Denise and Marc Thibodeaux"],
        ],
    ),
    ("h", "Parent and/or Student Concerns"),
    (
        "p",
        "What concern(s) does the parent and/or student want to see addressed in this IEP to enhance the student's education?",
    ),
    (
        "p",
        "Mrs. Thibodeaux is worried that Julian “shuts down” when he cannot find the words he wants and that "
        "classmates finish his sentences for him. She reports that homework usually gets done at home but "
        "often never makes it back to school. She asked the Team to consider more speech-language therapy "
        "than last year. Julian said: “I know the answer, it just comes out wrong. And I want to sit near "
        "the front.”",
    ),
    ("h", "Student Strengths and Key Evaluation Results Summary"),
    (
        "p",
        "Julian is kind, funny and a strong visual learner. He builds detailed LEGO Technic models and joined "
        "the robotics club this fall. His math computation is at grade level and he is a willing helper "
        "in class.",
    ),
    (
        "p",
        "Key evaluation results (three-year reevaluation, January 2026): on the CELF-5, Julian earned a Core "
        "Language standard score of 74 (4th percentile), with a Receptive Language Index of 81 and an "
        "Expressive Language Index of 72. On the Conners 4 rating scales completed by his parents and two "
        "teachers, inattention and impulsivity were in the Very Elevated range. Hearing screening: passed.",
    ),
    ("page",),
    ("h", "IEP 1 – Vision Statement"),
    (
        "p",
        "What is the vision for this student? Consider the next 1 to 5 years when developing this statement. "
        "Beginning no later than age 14, the statement should be based on the student's preferences and "
        "interests, and should include desired outcomes in adult living, post-secondary and working "
        "environments.",
    ),
    (
        "p",
        "In five years Julian will be at Sprucefield High School taking college-preparatory classes, using "
        "his own strategies to plan and organize his work, and explaining his ideas clearly in class "
        "discussions. Julian would like to become an engineer who “builds robots for hospitals.” His "
        "parents want him to feel confident speaking up for himself with teachers and friends.",
    ),
    ("h", "IEP 2 – Current Performance Levels: A. General Curriculum"),
    (
        "p",
        "General curriculum area(s) affected by this student's disability(ies): [X] English Language Arts "
        "[X] History and Social Sciences [X] Science and Technology [ ] Mathematics [ ] Other",
    ),
    (
        "p",
        "How does the disability(ies) affect progress in the curriculum area(s)? Julian's language disorder "
        "makes it hard for him to understand long oral directions and lectures, to find precise vocabulary "
        "and to organize his ideas into sentences and paragraphs. In ELA he writes 2–3 loosely connected "
        "sentences when a paragraph is assigned. His attention difficulties mean he often misses the start "
        "of directions and loses track of materials; he turned in 54% of homework assignments in the first "
        "two trimesters of grade 6.",
    ),
    (
        "p",
        "What type(s) of accommodation, if any, is necessary for the student to make effective progress? "
        "Preferential seating near the point of instruction and away from the door; directions given one "
        "step at a time, posted on the board and checked for understanding; wait time of at least 10 "
        "seconds before he is expected to answer an oral question; a copy of class notes or slides; graphic "
        "organizers for any writing longer than one paragraph; a 2–3 minute movement break after about 20 "
        "minutes of seated work; a daily end-of-day planner check with the Learning Center teacher.",
    ),
    (
        "p",
        "What type(s) of specially designed instruction, if any, is necessary for the student to make "
        "effective progress? Content: explicit instruction in academic vocabulary, sentence formulation "
        "and story grammar. Methodology/Delivery of Instruction: pre-teaching of unit vocabulary, visual "
        "supports, modeling and guided practice in small groups. Performance Criteria: same grade-level "
        "standards; writing may be planned with an organizer first.",
    ),
    ("h", "IEP 3 – Current Performance Levels: B. Other Educational Needs"),
    (
        "p",
        "General considerations (check all that apply): [ ] Adapted physical education [X] Assistive tech "
        "devices or services [X] Behavioral needs [X] Communication (all students) [X] Extra curriculum "
        "activities [ ] Language needs (LEP) [ ] Nonacademic activities [X] Social/emotional needs "
        "[ ] Travel training [ ] Vocational education",
    ),
    (
        "p",
        "Assistive technology: Julian will have speech-to-text (dictation) turned on in his school Chromebook "
        "account for written work longer than one paragraph, and a digital timer on his desk.",
    ),
    ("page",),
    (
        "p",
        "Communication: In conversation Julian uses short sentences and placeholder words (“the thing,” "
        "“you know”) when he cannot retrieve a word. In structured small-group discussions he interrupts "
        "peers about 4 times in a 10-minute discussion and has trouble staying on a partner's topic.",
    ),
    (
        "p",
        "Behavioral and social/emotional: Julian calls out answers and leaves his seat during long lessons. "
        "When he feels misunderstood he puts his head down; this happens about twice a week. Extra "
        "curriculum: he attends robotics club on Tuesdays without added supports.",
    ),
    ("h", "IEP 4 – Current Performance Levels / Measurable Annual Goals"),
    ("p", "Goal # 1. Specific Goal Focus: Expressive Language"),
    (
        "p",
        "Current Performance Level: What can the student currently do? After reading or hearing a grade 6 "
        "passage, Julian retells it including 2 of 5 story-grammar elements; his sentences average 6 words.",
    ),
    (
        "p",
        "Measurable Annual Goal: By March 2028, after reading or listening to a grade-level passage, Julian "
        "will give an oral or written retell that includes at least 4 of 5 story-grammar elements "
        "(character, setting, problem, key events, resolution) in complete sentences, in 4 of 5 trials, as "
        "measured by SLP data.",
    ),
    (
        "p",
        "Benchmarks/Objectives: (a) By June 2027, 3 of 5 elements using a visual organizer. (b) By December "
        "2027, 4 of 5 elements using a visual organizer. (c) By March 2028, 4 of 5 elements with no organizer.",
    ),
    ("p", "Goal # 2. Specific Goal Focus: Receptive Language – Following Directions"),
    (
        "p",
        "Current Performance Level: Julian follows 3-step oral directions that contain concepts such as "
        "before, after and unless without a repetition in 35% of opportunities.",
    ),
    (
        "p",
        "Measurable Annual Goal: Julian will follow 3-step oral classroom directions containing time and "
        "condition words without a repetition in 80% of opportunities across 3 consecutive data sessions.",
    ),
    ("page",),
    ("p", "Goal # 3. Specific Goal Focus: Executive Functioning – Organization and Work Completion"),
    (
        "p",
        "Current Performance Level: Julian writes assignments in his planner when reminded and turned in "
        "54% of homework on time during the first two trimesters.",
    ),
    (
        "p",
        "Measurable Annual Goal: Using his planner and a take-home folder, Julian will record every "
        "assignment and turn in at least 85% of homework assignments on time for 4 consecutive weeks, as "
        "measured by a weekly teacher checklist.",
    ),
    (
        "p",
        "Benchmarks/Objectives: (a) Records assignments with one prompt, 4 of 5 days, by June 2027. "
        "(b) Turns in 70% of homework on time by December 2027. (c) Turns in 85% by March 2028.",
    ),
    ("p", "Goal # 4. Specific Goal Focus: Social Pragmatics"),
    (
        "p",
        "Current Performance Level: see IEP 3 (interrupts about 4 times in a 10-minute discussion).",
    ),
    (
        "p",
        "Measurable Annual Goal: In a structured small-group discussion, Julian will wait for the speaker to "
        "finish and add on-topic comments, with no more than 1 interruption per 10-minute discussion, in 4 "
        "of 5 observed sessions.",
    ),
    (
        "p",
        "Progress reports are required to be sent to parents at least as often as parents are informed of "
        "their nondisabled children's progress. Progress reports on each goal will be sent home with the "
        "December, March and June report cards.",
    ),
    ("page",),
    ("h", "IEP 5 – Service Delivery"),
    (
        "p",
        "What are the total service delivery needs of this student? Include services, related services, "
        "program modifications and supports (including positive behavioral supports, school personnel "
        "and/or parent training/supports).",
    ),
    ("p", "School District Cycle: [X] 5 day cycle [ ] 6 day cycle [ ] 10 day cycle [ ] other"),
    ("h", "A. Consultation (Indirect Services to School Personnel and Parents)"),
    (
        "table",
        [
            [
                "Focus on Goal #",
                "Type of Service",
                "Type of Personnel",
                "Frequency and Duration/Per Cycle",
                "Start Date",
                "End Date",
            ],
            [
                "1, 2, 4",
                "Consult: language strategies w/ gen. ed. teachers",
                "SLP",
                "1 x 15 min / 5-day cycle",
                "2027-03-08",
                "2028-03-07",
            ],
            [
                "3",
                "Consult: EF supports and planner system",
                "SPED Teacher",
                "1 x 15 min / 5-day cycle",
                "2027-03-08",
                "2028-03-07",
            ],
            ["All", "Parent training: language strategies for home", "SLP", "1 x 30 min / month", "2027-03-08", "2028-03-07"],
        ],
    ),
    ("h", "B. Special Education and Related Services in General Education Classroom (Direct Service)"),
    (
        "table",
        [
            [
                "Focus on Goal #",
                "Type of Service",
                "Type of Personnel",
                "Frequency and Duration/Per Cycle",
                "Start Date",
                "End Date",
            ],
            ["1, 3", "Co-taught ELA (inclusion support)", "SPED Teacher", "5 x 45 min / 5-day cycle", "2027-03-08", "2028-03-07"],
            ["1, 2", "Language support in Science (push-in)", "SLP", "1 x 30 min / 5-day cycle", "2027-03-08", "2028-03-07"],
        ],
    ),
    ("h", "C. Special Education and Related Services in Other Settings (Direct Service)"),
    (
        "table",
        [
            [
                "Focus on Goal #",
                "Type of Service",
                "Type of Personnel",
                "Frequency and Duration/Per Cycle",
                "Start Date",
                "End Date",
            ],
            [
                "1, 2",
                "Speech & Language Therapy (small group, max. 3)",
                "SLP",
                "2 x 30 min / 5-day cycle",
                "2027-03-08",
                "2028-03-07",
            ],
            ["3", "Academic Support – Learning Center", "SPED Teacher", "4 x 40 min / 5-day cycle", "2027-03-08", "2028-03-07"],
        ],
    ),
    ("page",),
    ("h", "IEP 5 – Service Delivery (continued)"),
    (
        "table",
        [
            [
                "Focus on Goal #",
                "Type of Service",
                "Type of Personnel",
                "Frequency and Duration/Per Cycle",
                "Start Date",
                "End Date",
            ],
            [
                "4",
                "Social Pragmatics Group (“Lunch Bunch”)",
                "SLP / School Adjustment Counselor",
                "1 x 30 min / 5-day cycle",
                "2027-03-08",
                "2028-03-07",
            ],
        ],
    ),
    (
        "p",
        "Julian is removed from the general education classroom only for speech and language therapy, "
        "Learning Center academic support and the social pragmatics group, because he needs small-group, "
        "low-distraction instruction to learn and practice new language and organization skills.",
    ),
    ("h", "IEP 6 – Schedule Modification"),
    (
        "p",
        "Shorter: Does this student require a shorter school day or shorter school year? [X] No "
        "[ ] Yes – shorter day [ ] Yes – shorter year",
    ),
    (
        "p",
        "Longer: Does this student require a longer school day or a longer school year to prevent substantial "
        "loss of previously learned skills and/or substantial difficulty in relearning skills? [ ] No "
        "[X] Yes – longer year [ ] Yes – longer day",
    ),
    (
        "p",
        "If yes, describe: Extended year services are speech and language therapy, 2 x 30 min per week, from "
        "Jul 6 2027 through Aug 5 2027 at Sprucefield Middle School. Data from summer 2026 showed Julian "
        "needed 7 weeks in the fall to get back to his June level on following directions.",
    ),
    ("h", "IEP 7 – Transportation"),
    (
        "p",
        "Does the student require transportation as a result of the disability(ies)? [X] No. Regular "
        "transportation will be provided in the same manner as it would be provided for students without "
        "disabilities. [ ] Yes. Special transportation will be provided in the following manner: n/a",
    ),
    ("page",),
    ("h", "IEP 8 – State or District-Wide Assessment"),
    (
        "p",
        "Identify state or district-wide assessments planned during this IEP period. For each content area, "
        "the student's participation status is marked with an X.",
    ),
    (
        "table",
        [
            [
                "Content Area",
                "Grade",
                "On-demand assessment without accommodations",
                "On-demand assessment with accommodations",
                "Alternate assessment",
            ],
            ["MCAS English Language Arts", "6", "", "X", ""],
            ["MCAS Mathematics", "6", "", "X", ""],
            ["MCAS Science and Technology/Engineering", "6", "Not given in grade 6", "", ""],
        ],
    ),
    (
        "table",
        [
            ["Code", "Accommodation", "ELA", "Math"],
            ["A1", "Frequent brief supervised breaks", "X", "X"],
            ["A3", "Small group (no more than 10 students)", "X", "X"],
            ["A6", "Test directions read aloud and clarified by the test administrator", "X", "X"],
            ["SA2", "Speech-to-text for constructed responses", "X", ""],
        ],
    ),
    ("h", "IEP 9 – Additional Information"),
    (
        "p",
        "Transition planning (age 14 and older): not yet required. Julian's three-year reevaluation is due "
        "by 2029-01-22. The Team will reconvene for the annual review before this IEP ends on 2028-03-07.",
    ),
    (
        "p",
        "The SLP will share a one-page “how to help Julian talk it out” guide with all of his teachers by "
        "2027-03-19. Julian's schedule for grade 7 will keep him in a co-taught ELA section.",
    ),
    ("page",),
    ("h", "Response Section"),
    (
        "p",
        "School District Proposal: It is my responsibility to ensure that this IEP is implemented as "
        "written. Signature and Role of LEA Representative: Dr. Nadia Halvorsen, Team Chairperson. "
        "Date: 2027-03-05.",
    ),
    (
        "p",
        "Parent Options/Responses: It is important that the district knows your decision as soon as "
        "possible. Please indicate your response by checking at least one (1) box and returning a signed "
        "copy to the district.",
    ),
    ("p", "[ ] I accept the IEP as developed."),
    ("p", "[ ] I reject the IEP as developed."),
    (
        "p",
        "[X] I reject the following portions of the IEP with the understanding that any portion(s) that I "
        "do not reject will be considered accepted and implemented immediately. Rejected portions are as "
        "follows: IEP 5, Section C – the amount of speech and language therapy. I am asking for "
        "3 x 30 min / 5-day cycle instead of 2.",
    ),
    ("p", "[X] I request a meeting to discuss the rejected IEP or rejected portion(s)."),
    (
        "p",
        "Signature of Parent, Guardian, Educational Guardian, Surrogate Parent, Eligible Student: "
        "Denise Thibodeaux. Date: 2027-03-12.",
    ),
    (
        "p",
        "District follow-up: A Team meeting to discuss the rejected portion is scheduled for 2027-03-25 at "
        "2:30 p.m. in the Sprucefield Middle School conference room.",
    ),
    ("h", "Placement Consent Form (PL1)"),
    (
        "table",
        [
            ["Placement", "Full Inclusion"],
            ["Description", "Special education services outside the general education classroom 20% or less of the school week"],
            ["Parent response", "[X] I accept the placement. Denise Thibodeaux, 2027-03-12"],
        ],
    ),
]

ALDER = [
    ("h", "Alder Grove School District No. 214 — Special Services"),
    ("h", "INDIVIDUALIZED EDUCATION PROGRAM (IEP)"),
    (
        "table",
        [
            ["Student", "Wren A. Castellanos", "Date of Birth", "03/29/2018"],
            ["Grade", "3", "School", "Larkspur Elementary"],
            ["Student ID", "2140388", "Eligibility Category", "Visual Impairment including Blindness"],
            ["Case Manager", "Harriet Nwosu, TVI", "Parent(s)/Guardian(s)", "Gabriela and Tomás Castellanos"],
            ["Home Language", "English and Spanish", "Interpreter needed", "No"],
        ],
    ),
    (
        "table",
        [
            ["Meeting Type", "Annual"],
            ["IEP Meeting Date", "Feb 11 2027"],
            ["IEP Begin Date", "02/12/2027"],
            ["IEP End Date", "02/10/2028"],
            ["Most Recent Evaluation", "11/14/2025"],
            ["Reevaluation Due", "11/13/2028"],
        ],
    ),
    (
        "p",
        "The IEP team will meet to review this IEP on or before 02/10/2028, or sooner if the parent or the "
        "school asks for a meeting.",
    ),
    ("h", "Parent Input"),
    (
        "p",
        "Gathered in a phone call with Ms. Nwosu on Feb 3 2027 and at the meeting. Mrs. Castellanos shared "
        "that Wren loves audiobooks and reads braille bedtime stories to her little brother. The family's "
        "concerns: (1) they want Wren to move around the school on her own—she still holds an adult's arm in "
        "the new wing; (2) they want her to learn to type on the notetaker so she keeps up as assignments "
        "get longer; (3) they want braille homework to arrive on time, because worksheets came home in print "
        "twice last fall.",
    ),
    (
        "p",
        "Mr. Castellanos asked whether Wren can have a braillewriter at home. The team agreed (see Assistive Technology).",
    ),
    ("page",),
    ("h", "Consideration of Special Factors"),
    (
        "table",
        [
            ["Special factor", "Team decision"],
            [
                "Is the student blind or visually impaired?",
                "Yes. Instruction in braille and the use of braille is provided (see Specially Designed "
                "Instruction). The Learning Media Assessment (LMA) of 10/20/2026 confirmed braille as Wren's "
                "primary literacy medium, with large print for short tasks only.",
            ],
            ["Does the student need assistive technology devices or services?", "Yes – see Assistive Technology."],
            ["Is the student deaf or hard of hearing?", "No"],
            ["Does the student have limited English proficiency?", "No"],
        ],
    ),
    ("h", "Present Levels of Educational Performance"),
    (
        "p",
        "Vision: Wren was born at 26 weeks and has retinopathy of prematurity (ROP). The Functional Vision "
        "Assessment (October 2026) found light perception only in her right eye. With her left eye she sees "
        "large, high-contrast shapes at about 12 inches and reads 24-point bold print slowly, about 8 words "
        "per minute.",
    ),
    (
        "p",
        "Braille literacy: Wren reads contracted UEB braille. On grade 3 braille passages (winter 2027) she "
        "reads 38 words correct per minute with 91% accuracy; classmates reading print averaged 87 at the "
        "same benchmark. She brailles 2–3 sentences on the braillewriter but leaves out contractions she "
        "knows when reading.",
    ),
    (
        "p",
        "Math: Wren reads and writes numbers to 1,000 in Nemeth Code and knows the signs for the four "
        "operations. She adds and subtracts two-digit numbers with regrouping on the Cranmer abacus with "
        "about 70% accuracy and has not started multiplication facts in Nemeth.",
    ),
    (
        "p",
        "Orientation & Mobility: Wren uses a 42-inch long cane. She travels on her own from her classroom to "
        "the restroom and library. She needs an adult to get to the cafeteria and the bus loop, and she "
        "trails walls instead of using a two-point touch cane technique.",
    ),
    (
        "p",
        "Technology and social: Wren types about 6 words per minute on the notetaker's braille keyboard. She "
        "has a close group of friends and loves goalball at recess; classmates sometimes do tasks for her "
        "that she can do herself, and she rarely asks adults for help.",
    ),
    ("page",),
    ("h", "Measurable Annual Goals"),
    (
        "table",
        [
            ["Goal 1", "Braille Reading"],
            ["Baseline", "38 words correct per minute, 91% accuracy"],
            [
                "Annual Goal",
                "By 02/10/2028, Wren will read grade 3 contracted braille passages at 60 words correct per "
                "minute with 95% accuracy on 3 consecutive probes.",
            ],
            ["Progress measured by", "TVI fluency probes (every 2 weeks)"],
        ],
    ),
    (
        "table",
        [
            ["Goal 2", "Braille Writing"],
            ["Baseline", "2–3 sentences; contractions used in about half of the words where they apply"],
            [
                "Annual Goal",
                "Wren will braille a 5-sentence paragraph on a topic, using correct UEB contractions in 90% of "
                "words, on 4 of 5 writing samples.",
            ],
            ["Progress measured by", "Writing samples scored by the TVI"],
        ],
    ),
    (
        "table",
        [
            ["Goal 3", "Math in Nemeth Code"],
            ["Baseline", "Two-digit addition/subtraction with regrouping on abacus: 70% accuracy"],
            [
                "Annual Goal",
                "Wren will read and write multiplication and division facts (0–10) in Nemeth Code and solve "
                "two-digit addition and subtraction with regrouping on the abacus with 90% accuracy.",
            ],
            ["Progress measured by", "Weekly TVI probes"],
        ],
    ),
    ("page",),
    (
        "table",
        [
            ["Goal 4", "Orientation & Mobility"],
            ["Baseline", "Needs adult guide to cafeteria and bus loop; trails walls"],
            [
                "Annual Goal",
                "Wren will travel on her own from her classroom to the cafeteria and to the bus loop using "
                "two-point touch technique with her long cane on 4 of 5 trials.",
            ],
            ["Progress measured by", "O&M specialist route data"],
        ],
    ),
    (
        "table",
        [
            ["Goal 5", "Assistive Technology"],
            ["Baseline", "Types about 6 words per minute; cannot yet save or send a file on her own"],
            [
                "Annual Goal",
                "Using the refreshable braille notetaker, Wren will type 15 words per minute and create, save "
                "and send a document to her teacher without help on 4 of 5 assignments.",
            ],
            ["Progress measured by", "TVI checklist and timed typing samples"],
        ],
    ),
    (
        "p",
        "Reporting progress to parents: written progress reports on each goal will be sent home every 9 weeks "
        "with the report card, in print and in braille for Wren.",
    ),
    ("h", "Assistive Technology"),
    (
        "table",
        [
            ["Device / Service", "How Wren uses it", "Home use"],
            ["18-cell refreshable braille notetaker", "Reading and writing in all classes; saving work", "No – stays at school"],
            [
                "Manual braillewriter",
                "Writing and math practice",
                "Yes – a second manual braillewriter will be provided for home use",
            ],
            ["Cranmer abacus", "Math computation", "Yes"],
            ["Talking calculator", "Checking math work", "No"],
            ["Video magnifier (CCTV)", "Pictures and large print for short tasks", "No"],
            ["Tactile graphics and raised-line drawing kit", "Maps, graphs and science diagrams", "No"],
        ],
    ),
    ("h", "Accommodations and Modifications"),
    (
        "table",
        [
            ["Accommodation", "Where / how often"],
            [
                "All classroom print materials in braille (UEB contracted; Nemeth Code for math), given to Wren "
                "at the same time as classmates get print",
                "All classes, daily",
            ],
            ["Tactile graphics for maps, charts and diagrams", "All classes, as needed"],
            ["Large print (24-point bold) for short tasks and labels", "As needed"],
            ["Extended time (time and a half) for braille reading and writing work", "All classes"],
            ["Teacher says aloud everything she writes on the board and describes videos", "Daily"],
            ["Seating near the teacher, away from window glare", "Daily"],
            ["Extra desk space and a shelf for braille volumes and devices", "Daily"],
        ],
    ),
    ("page",),
    ("h", "State and District Assessments"),
    (
        "p",
        "Wren will take the Smarter Balanced Assessment (SBA) in English language arts and math in spring 2027 "
        "with the accommodations below. District reading screenings will be given in braille by the TVI.",
    ),
    (
        "table",
        [
            ["Assessment", "Accommodation", "Content area"],
            ["SBA", "Braille paper test form (UEB contracted; Nemeth Code for math)", "ELA and Math"],
            ["SBA", "Large print test booklet (24 pt) for items with pictures", "ELA and Math"],
            ["SBA", "Abacus", "Math"],
            ["SBA", "Separate setting, TVI as test administrator", "ELA and Math"],
            ["SBA", "Braille answers transcribed into the test system by the TVI", "ELA and Math"],
            ["SBA", "Test given over multiple days", "ELA and Math"],
        ],
    ),
    ("h", "Specially Designed Instruction"),
    (
        "table",
        [
            ["Service", "Amount", "Location", "Start Date", "End Date", "Service Provider / Monitor"],
            [
                "Braille reading and writing (UEB)",
                "600 minutes per month",
                "Special education – resource room",
                "02/12/2027",
                "02/10/2028",
                "TVI / TVI",
            ],
            [
                "Nemeth Code and abacus (math)",
                "240 minutes per month",
                "Special education – resource room",
                "02/12/2027",
                "02/10/2028",
                "TVI / TVI",
            ],
            [
                "Assistive technology instruction (notetaker, keyboarding)",
                "120 minutes per month",
                "General education classroom",
                "02/12/2027",
                "02/10/2028",
                "TVI / TVI",
            ],
        ],
    ),
    ("page",),
    ("h", "Specially Designed Instruction (continued)"),
    (
        "table",
        [
            ["Service", "Amount", "Location", "Start Date", "End Date", "Service Provider / Monitor"],
            [
                "Self-advocacy (asking for help, turning down help she does not need)",
                "60 minutes per month",
                "General education classroom",
                "02/12/2027",
                "02/10/2028",
                "TVI / General education teacher",
            ],
        ],
    ),
    ("h", "Related Services"),
    (
        "table",
        [
            ["Service", "Amount", "Location", "Start Date", "End Date", "Service Provider / Monitor"],
            [
                "Orientation & Mobility (O&M)",
                "180 minutes per month",
                "School campus and neighborhood",
                "02/12/2027",
                "02/10/2028",
                "Certified O&M Specialist (COMS) / TVI",
            ],
        ],
    ),
    ("h", "Supplementary Aids and Services"),
    (
        "table",
        [
            ["Aid or service", "Amount / timing", "Provider"],
            [
                "Braille transcription of classroom materials and homework",
                "Delivered to the classroom at least 3 school days before use",
                "District braille transcriptionist",
            ],
            ["TVI consultation with classroom teacher", "60 minutes per month", "TVI"],
            ["Training for PE teacher and recess staff on sighted guide", "2 sessions per year", "O&M specialist"],
        ],
    ),
    ("h", "Least Restrictive Environment (LRE)"),
    (
        "p",
        "Wren will spend about 81% of her school day in the general education classroom (LRE: general "
        "education 80–100%). She leaves the classroom for braille and Nemeth instruction with the TVI and for "
        "O&M lessons. The team considered TVI instruction only inside the classroom and rejected it because "
        "Wren needs quiet, hands-on teaching of new braille contractions.",
    ),
    ("h", "Extended School Year (ESY)"),
    (
        "p",
        "ESY: Yes. Wren will receive braille reading instruction with the TVI, 2 x 60 minutes per week, "
        "Jul 12 – Aug 6 2027, at Larkspur Elementary.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Special transportation: No. Wren rides the regular school bus (Route 7). The O&M specialist will "
        "teach her the route from the bus loop to her classroom, and she",
    ),
    ("page",),
    (
        "p",
        "will have an assigned seat directly behind the driver. The driver will receive a short training "
        "from the O&M specialist before 03/01/2027.",
    ),
    ("h", "Prior Written Notice"),
    (
        "p",
        "The district proposes to continue special education services as described in this IEP, adding "
        "self-advocacy instruction and a home braillewriter. A copy of the Procedural Safeguards was given "
        "to the parents on Feb 11 2027, in English and Spanish.",
    ),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Date"],
            ["Gabriela Castellanos", "Parent", "02/11/2027"],
            ["Tomás Castellanos", "Parent", "02/11/2027"],
            ["Harriet Nwosu", "Teacher of the Visually Impaired (TVI), case manager", "02/11/2027"],
            ["Dale Ferncliff", "Certified O&M Specialist (COMS)", "02/11/2027"],
            ["Ana Petrakis", "General education teacher, grade 3", "02/11/2027"],
            ["Curtis Odell", "Principal / district representative", "02/11/2027"],
        ],
    ),
]


# A rural cooperative's IEP in narrative prose: services inside sentences ("three 40-minute sessions every
# two weeks"), accommodations in one paragraph, goals as "By ..., when given ..." paragraphs, dates in words.
SEQUOIA = [
    ("h", "Upper Pinecrest Special Education Cooperative"),
    ("p", "Individualized Education Program for Tobias Lindgren, prepared on behalf of the Harlan Creek School District"),
    ("h", "About This Program"),
    (
        "p",
        "This Individualized Education Program was written for Tobias Lindgren, a fourth grader at Cedar Hollow "
        "Elementary School, at a meeting held on the fourth of November, 2025, in the school library. Tobias was "
        "born on March 19, 2016, and is nine years old. His state student identification number is 4471-20938. The "
        "program takes effect on 11/5/25 and will be reviewed at an annual meeting held no later than the third of "
        "November, 2026. Tobias's next full re-evaluation must be completed no later than 10/14/27.",
    ),
    ("h", "Who Was at the Meeting"),
    (
        "p",
        "Tobias's mother, Ingrid Lindgren, and his stepfather, Ramon Ferreira, attended in person. Also present "
        "were Tobias's fourth-grade teacher, Ms. Dolores Achterberg; the cooperative's special education teacher, "
        "Mr. Calvin Obuya, who serves as Tobias's case manager; school psychologist Dr. Priya Venkataraman; and "
        "Cedar Hollow principal Mr. Jerome Whitlock, who served as the district representative. Tobias joined the "
        "meeting for the last fifteen minutes to share what helps him learn.",
    ),
    ("h", "Eligibility"),
    (
        "p",
        "The team reviewed the evaluation completed on October 14, 2024, and agreed that Tobias continues to "
        "qualify for special education services. His primary disability category is Specific Learning Disability "
        "in the areas of mathematics calculation and mathematics problem solving. His secondary disability "
        "category is Other Health Impairment, based on a diagnosis of Attention-Deficit/Hyperactivity Disorder "
        "(ADHD) made by his pediatrician, Dr. Helen Marsh, in 2023. The team agreed that both conditions affect "
        "his progress in the general fourth-grade curriculum and that he needs specially designed instruction to "
        "make progress.",
    ),
    ("page",),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Tobias is a cheerful, talkative boy who loves anything to do with trucks, fishing with his stepfather, "
        "and helping in the school garden. His teachers describe him as kind to younger students and eager to be a "
        "classroom helper. Reading is an area of strength: on the fall benchmark he read 112 words correct per "
        "minute, which is at grade level, and he retells stories with good detail.",
    ),
    (
        "p",
        "Math is where Tobias struggles most. On the fall district math screener he scored at the 9th "
        "percentile. He knows his addition facts to 20 but still counts on his fingers for subtraction, and "
        "he knows his multiplication facts only for the 0s, 1s, 2s, 5s and 10s. When given ten problems "
        "multiplying a two-digit number by a one-digit number, he solved 3 of 10 correctly. He often loses "
        "track of place value when regrouping. With word problems, Tobias tends to grab the numbers and add "
        "them without deciding what the question is asking; in October he solved 2 of 8 one-step word "
        'problems correctly. Tobias told the team, "Math feels like everyone else already knows the secret."',
    ),
    (
        "p",
        "Attention affects Tobias across the school day. Ms. Achterberg's classroom observations in September and "
        "October found that during independent work he was on task for about 45% of observed intervals, compared "
        "with about 85% for his classmates. He frequently leaves his seat to sharpen pencils or get water, taps on "
        "his desk, and calls out answers before being called on. He does best when work is broken into short "
        "chunks, when he can stand while he works, and when he gets a quick movement break. He often forgets to "
        "turn in finished work and loses papers between home and school.",
    ),
    (
        "p",
        'Mrs. Lindgren and Mr. Ferreira shared that Tobias becomes frustrated and calls himself "dumb at '
        'math," and they would like him to build confidence. They also asked for better communication about '
        "missing assignments, which the team addressed through the take-home folder described in this "
        "program.",
    ),
    ("page",),
    ("h", "Annual Goals"),
    (
        "p",
        "The team wrote the following five goals. Mr. Obuya will collect the data for each goal using the method "
        "named in the goal.",
    ),
    (
        "p",
        "Goal One, Math Calculation. By November 3, 2026, when given a set of ten problems multiplying a two-digit "
        "number by a one-digit number, Tobias will solve at least 8 of 10 problems correctly on three out of four "
        "weekly probes, as measured by teacher-made probes.",
    ),
    (
        "p",
        "Goal Two, Math Facts. By November 3, 2026, when given a one-minute timed sheet of mixed multiplication "
        "facts from 0 through 10, Tobias will answer 30 facts correctly in one minute on two consecutive probes, "
        "as measured by curriculum-based measurement.",
    ),
    (
        "p",
        "Goal Three, Math Problem Solving. By November 3, 2026, when given one-step and two-step word problems, "
        "read aloud if he asks, Tobias will underline the question, choose the correct operation, and solve the "
        "problem correctly on 7 of 10 problems, as measured by work samples collected every two weeks.",
    ),
    (
        "p",
        "Goal Four, Attention to Task. By November 3, 2026, when given an independent assignment of up to 15 "
        "minutes and a visual checklist, Tobias will remain on task for 80% of observed intervals across three "
        "consecutive observations, as measured by interval observations by the special education teacher.",
    ),
    (
        "p",
        "Goal Five, Organization. By November 3, 2026, when given a take-home folder and an end-of-day "
        'check-out routine, Tobias will place finished work in the "turn in" pocket and hand it in, turning '
        "in 90% of his assignments over a four-week period, as measured by the classroom teacher's assignment "
        "log.",
    ),
    ("page",),
    ("h", "Special Education and Related Services"),
    (
        "p",
        "Beginning on 11/5/25, Tobias will receive specialized instruction in mathematics from Mr. Obuya in the "
        "resource room for 45 minutes a day, five days a week, during the school's math intervention block. In "
        "addition, Mr. Obuya will come into Ms. Achterberg's fourth-grade classroom for three 40-minute sessions "
        "every two weeks to co-teach math and help Tobias use his strategies during whole-class lessons.",
    ),
    (
        "p",
        "Because attention and organization also affect his learning, Tobias will receive instruction in "
        "self-monitoring and organization skills from the cooperative's behavior specialist, Ms. Tamsin Greaves, "
        "in a small group of no more than three students, for two 20-minute sessions per month in the resource "
        "room.",
    ),
    (
        "p",
        "The cooperative's math consultant, Dr. Alan Whitford, will provide 90 minutes per quarter of consultation "
        "to Ms. Achterberg and Mr. Obuya to plan math instruction and review Tobias's progress data. Tobias does "
        "not receive this service directly.",
    ),
    ("h", "Accommodations and Supports"),
    (
        "p",
        "In all of his classes and on classroom tests, Tobias will have the following accommodations: a "
        "multiplication chart on his desk during classwork that is not specifically testing math facts; a "
        "calculator for multi-step problems once his setup has been checked; extended time of time and a half on "
        "math tests and quizzes; tests given in a small group in the resource room when he requests it; math "
        "directions and word problems read aloud upon request; preferential seating near the teacher and away from "
        "the pencil sharpener and door; a standing desk or wobble cushion, whichever he chooses; a movement break "
        "of up to three minutes after every 15 minutes of independent work; assignments broken into smaller chunks "
        "with a checklist; and a daily take-home folder checked by his teacher at the end of each day.",
    ),
    (
        "p",
        "When Tobias is out of his seat or calling out, staff will first give him a quiet, pre-arranged hand "
        "signal and then offer a movement break, such as carrying a note to the office, rather than removing him "
        "from the lesson. His teacher will send a short note home in the take-home folder each Friday about how "
        "his week went.",
    ),
    ("page",),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Tobias will spend most of his day in Ms. Achterberg's general education fourth-grade classroom with his "
        "classmates, including for reading, writing, science, social studies, art, music, physical education, "
        "lunch and recess. He will leave the general education classroom only for his 45 minutes a day of math "
        "instruction in the resource room and for his two 20-minute organization sessions each month. Altogether, "
        "Tobias will be in the general education setting for about 87% of his school day. The team considered "
        "providing all math instruction inside the general classroom but rejected that option, because Tobias "
        "needs direct, small-group practice on skills his classmates have already mastered.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Tobias will ride the regular school bus with the other children from his neighborhood on Route 7; no "
        "special transportation is needed.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "The team discussed whether Tobias needs extended school year services during the summer of 2026. Looking "
        "at his progress data from before and after last year's winter and spring breaks, the team found that he "
        "did not lose significant skills over breaks and regained what he did lose within two weeks. For that "
        "reason, the team decided that Tobias does not qualify for extended school year services at this time. The "
        "team agreed to look at this decision again at the March 2026 progress review if his data change.",
    ),
    ("h", "State and District Assessments"),
    (
        "p",
        "In the spring of 2026, Tobias will take the Statewide Learning Assessment in reading and math with his "
        "grade-level peers, participating in the general assessment with accommodations. On the math test he will "
        "have extended time, testing in a small group setting, and the math items read aloud by a test reader. He "
        "will not use a calculator on any section where the state does not allow one. On district benchmark tests "
        "he will have the same accommodations he uses on classroom tests.",
    ),
    ("page",),
    ("h", "Reporting Progress to Parents"),
    (
        "p",
        "Mr. Obuya will send Tobias's parents a written report on his progress toward each annual goal three times "
        "a year, along with the trimester report cards in December, March, and June. Parents may ask for a meeting "
        "to review this program at any time by calling Mr. Obuya at the Cedar Hollow office, (555) 013-4420.",
    ),
    ("h", "Parent Participation and Consent"),
    (
        "p",
        "Tobias's parents received a copy of the procedural safeguards notice at the meeting on 11/4/25. They gave "
        "written consent for the services in this program on November 4th, 2025. Copies of the accommodations page "
        "were given to Ms. Achterberg, the resource room staff, the physical education teacher, and the music "
        "teacher on Nov. 7, 2025, so that every adult who works with Tobias knows his supports.",
    ),
    ("h", "Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Date"],
            ["Ingrid Lindgren", "Parent", "11/4/25"],
            ["Ramon Ferreira", "Stepparent", "11/4/25"],
            ["Dolores Achterberg", "General Education Teacher", "11/4/25"],
            ["Calvin Obuya", "Special Education Teacher / Case Manager", "11/4/25"],
            ["Priya Venkataraman", "School Psychologist", "11/4/25"],
            ["Jerome Whitlock", "Principal / District Representative", "11/4/25"],
        ],
    ),
]

# A high-school print-out of two-column label/value tables with "[X] Yes [ ] No" and ☒/☐ marks, a
# transition plan, a seven-column services table and the share of the day in general education.
MAGNOLIA = [
    ("h", "Tallowood County Public Schools - Individualized Education Program"),
    ("p", "StudentPlan IEP Manager v5.3 | Printed 09/19/2025 3:42 PM | Document Status: FINAL"),
    ("h", "Section 1: Student Information"),
    (
        "table",
        [
            ["Student Name", "Keisha M. Dunaway"],
            ["Student ID", "TCPS-0087214"],
            ["Date of Birth", "04/22/2009"],
            ["Age at Meeting", "16"],
            ["Grade", "10"],
            ["School", "Bayou Crest High School"],
            ["Case Manager", "Mr. Darnell Fontaine, Special Education Teacher"],
            ["Primary Disability", "Intellectual Disability"],
            ["Secondary Disability", "None"],
            ["Parent/Guardian", "Loretta Dunaway (mother)"],
            ["Address", "418 Pelican Ridge Road, Tallowood"],
            ["Home Language", "English"],
            ["Interpreter Needed", "[ ] Yes [X] No"],
            ["Meeting Type", "[X] Annual Review [ ] Initial [ ] Amendment"],
            ["Meeting Date", "09/18/2025"],
            ["IEP Start Date", "09/19/2025"],
            ["IEP End Date", "09/17/2026"],
            ["Most Recent Evaluation", "02/10/2024"],
            ["Next Re-evaluation Due", "02/09/2027"],
            ["Student Attended Meeting", "[X] Yes [ ] No"],
        ],
    ),
    ("page",),
    ("h", "Section 2: Present Levels of Academic Achievement and Functional Performance"),
    (
        "table",
        [
            [
                "Student Strengths",
                "Keisha is friendly and punctual and follows a visual schedule independently. She takes pride in her work "
                "in the school cafe and is gentle and patient with animals.",
            ],
            [
                "Interests / Preferences",
                'Animals, cooking, and music. Keisha states that she wants to "work with dogs" after high school.',
            ],
            [
                "Reading",
                "Reads connected text at approximately a 2nd-grade level (Lexile 420L). Recognizes 180 of 220 Dolch sight "
                "words and common safety and community signs. Answers literal who/what/where questions about short "
                "passages with 70% accuracy.",
            ],
            [
                "Math",
                "Counts mixed bills and coins up to $20.00 with 60% accuracy. Uses a calculator to add and subtract. Tells "
                "time to the nearest five minutes on an analog clock.",
            ],
            ["Writing", "Writes her name, address, and phone number independently. Writes 3-4 word sentences using a word bank."],
            [
                "Communication",
                'Speaks in full sentences with familiar adults. Rarely asks for help when confused; often says "okay" '
                "when she does not understand a direction.",
            ],
            [
                "Functional / Daily Living",
                "Uses her cafeteria account independently. Needs verbal prompts to complete tasks with more than three "
                "steps. Can make a sandwich and microwave a frozen meal with a picture recipe.",
            ],
            [
                "Health / Vision / Hearing",
                "No health concerns reported. Wears glasses; vision and hearing screenings passed 08/2025.",
            ],
            [
                "Parent Concerns",
                "Mrs. Dunaway would like Keisha to learn to ride the city bus, manage her money, and find a job after high "
                "school. She is worried about Keisha's safety with strangers in the community.",
            ],
            [
                "Effect of Disability on Involvement and Progress in General Curriculum",
                "Keisha's intellectual disability affects her reading comprehension, math reasoning, and independent "
                "problem solving. She requires a modified curriculum aligned to alternate academic achievement standards, "
                "direct instruction in functional skills, and community-based practice.",
            ],
        ],
    ),
    ("page",),
    ("h", "Section 3: Postsecondary Transition Plan"),
    (
        "table",
        [
            [
                "Age-Appropriate Transition Assessments",
                "Picture-based vocational interest inventory (08/28/2025); student and parent interview (09/05/2025); "
                "situational work assessment in the school cafe (August-September 2025)",
            ],
            [
                "Postsecondary Goal - Education/Training",
                "After high school, Keisha will complete the Tallowood Community College Pathways certificate program in "
                "animal care assistance.",
            ],
            [
                "Postsecondary Goal - Employment",
                "After high school, Keisha will work part-time as a kennel assistant at a pet boarding or veterinary business.",
            ],
            [
                "Postsecondary Goal - Independent Living",
                "After high school, Keisha will live at home with her mother and independently use public transportation "
                "to travel to and from work.",
            ],
            [
                "Transition Services - Instruction",
                "Community-based instruction in money skills and community safety, 2 times per week",
            ],
            [
                "Transition Services - Community Experiences",
                "Travel training on Tallowood Area Transit Route 12, beginning spring semester 2026",
            ],
            [
                "Transition Services - Employment",
                "Unpaid work experience in the school cafe (fall 2025); job shadowing at the Tallowood Animal Shelter "
                "(spring 2026)",
            ],
            [
                "Transition Services - Daily Living Skills",
                "Preparing simple meals, doing laundry, and using a picture checklist for morning routines",
            ],
            ["Transition Services - Related Services", "None at this time"],
            [
                "Agency Invited",
                "[X] Yes [ ] No - State Vocational Rehabilitation Services (Ms. Janelle Ortiz, Rehabilitation Counselor)",
            ],
            ["Parent Consent to Invite Agency", "[X] Yes [ ] No - Signed 09/02/2025"],
            ["Agency Attended", "[ ] Yes [X] No - Agency did not attend; information packet provided to family"],
            [
                "Age of Majority Notice",
                "[X] Student and parent informed on 09/18/2025 that all rights under IDEA will transfer to Keisha at age "
                "18 (04/22/2027) unless other legal arrangements are made.",
            ],
        ],
    ),
    ("page",),
    ("h", "Section 4: Course of Study"),
    (
        "table",
        [
            ["Diploma Pathway", "[ ] Standard Diploma [X] Alternate Diploma (Alternate Academic Achievement Standards)"],
            ["Anticipated Exit Date", "May 2029"],
            [
                "Grade 10 Courses (2025-26)",
                "Functional English II; Applied Math II; Life Science (co-taught); Culinary Arts I; Physical Education; "
                "Community-Based Instruction",
            ],
            ["Grade 11-12 Planned Courses", "Vocational Animal Care; Work-Based Learning; Independent Living Skills"],
        ],
    ),
    ("h", "Section 5: Measurable Annual Goals"),
    (
        "table",
        [
            [
                "Goal 1 - Functional Math (Money)",
                "By 09/17/2026, given a purchase under $20.00 and a calculator, Keisha will use the next-dollar strategy "
                "to pay and will check her change in 8 of 10 trials. Measured by: teacher data sheets during "
                "community-based instruction.",
            ],
            [
                "Goal 2 - Functional Reading",
                "By 09/17/2026, Keisha will read and state the meaning of 25 employment and community vocabulary words "
                "with 90% accuracy across 3 probes. Measured by: word probes.",
            ],
            [
                "Goal 3 - Employment Skills",
                "By 09/17/2026, given a picture task list, Keisha will complete a 5-step kennel cleaning routine with no "
                "more than 1 prompt in 4 of 5 work sessions. Measured by: task analysis data.",
            ],
            [
                "Goal 4 - Self-Advocacy / Communication",
                "By 09/17/2026, when she does not understand a direction, Keisha will ask for help or clarification using "
                "a taught phrase in 4 of 5 opportunities. Measured by: speech-language pathologist data.",
            ],
            [
                "Goal 5 - Community Safety",
                "By 09/17/2026, given role-play and community scenarios, Keisha will identify when not to share personal "
                "information and name a safe adult to go to in 9 of 10 scenarios. Measured by: teacher checklist.",
            ],
            ["Progress Reporting", "[X] Every 9 weeks with report card [ ] Other"],
        ],
    ),
    ("page",),
    ("h", "Section 6: Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Frequency", "Minutes", "Location", "Start", "End"],
            [
                "Specialized Instruction - English",
                "Special Education Teacher",
                "Daily",
                "50 min",
                "Special Education Classroom",
                "09/19/2025",
                "09/17/2026",
            ],
            [
                "Specialized Instruction - Math",
                "Special Education Teacher",
                "Daily",
                "50 min",
                "Special Education Classroom",
                "09/19/2025",
                "09/17/2026",
            ],
            [
                "Co-Teaching Support - Life Science",
                "Special Education Teacher",
                "Daily",
                "50 min",
                "General Education Classroom",
                "09/19/2025",
                "09/17/2026",
            ],
            [
                "Community-Based Instruction",
                "Special Education Teacher",
                "2 times per week",
                "90 min",
                "Community",
                "09/19/2025",
                "09/17/2026",
            ],
            [
                "Speech-Language Therapy",
                "Speech-Language Pathologist",
                "2 times per month",
                "30 min",
                "Speech Room",
                "09/19/2025",
                "09/17/2026",
            ],
            [
                "Vocational / Transition Services",
                "Transition Specialist",
                "1 time per week",
                "45 min",
                "School Cafe / Community",
                "09/19/2025",
                "09/17/2026",
            ],
        ],
    ),
    ("h", "Section 7: Least Restrictive Environment"),
    (
        "table",
        [
            ["Percentage of Time in General Education", "52%"],
            ["LRE Category", "[ ] 80% or more [X] 40-79% [ ] Less than 40%"],
            [
                "Explanation of Removal",
                "Keisha requires direct, small-group instruction in functional English and math at a level that cannot be "
                "provided in general education classes.",
            ],
            ["Nonacademic Activities", "[X] Yes [ ] No - Lunch, assemblies, and elective classes with general education peers"],
            ["Transportation", "\u2612 Regular bus \u2610 Special transportation"],
            [
                "Transportation Notes",
                "Keisha rides the regular bus to and from school. A district van provides transportation for "
                "community-based instruction outings.",
            ],
        ],
    ),
    ("page",),
    ("h", "Section 8: Behavior"),
    (
        "table",
        [
            ["Does behavior impede learning of student or others?", "[ ] Yes [X] No"],
            ["Behavior Intervention Plan Required", "[ ] Yes [X] No"],
            [
                "Notes",
                "No behavior intervention plan is needed at this time. Keisha follows school rules and responds well to praise.",
            ],
        ],
    ),
    ("h", "Section 9: Supplementary Aids, Services, and Accommodations"),
    (
        "table",
        [
            ["Calculator", "All math classwork and tests"],
            ["Read aloud of text and test items", "All classes, including tests"],
            ["Visual schedule and picture task lists", "All settings"],
            ["Modified assignments (fewer items, simplified language)", "General education classes"],
            ["Copy of class notes", "Life Science"],
            ["Directions repeated and checked for understanding", "All settings"],
        ],
    ),
    ("h", "Section 10: Extended School Year"),
    (
        "table",
        [
            ["ESY Eligible", "[X] Yes [ ] No"],
            ["ESY Services", "Functional math and community safety, 2 days per week, 3 hours per day, June 15 to July 16, 2026"],
            ["ESY Location", "Bayou Crest High School, Room 114"],
        ],
    ),
    ("page",),
    ("h", "Section 11: State and District Assessments"),
    (
        "table",
        [
            [
                "State Assessment Participation",
                "[ ] General Assessment [ ] General Assessment with Accommodations [X] State Alternate Assessment "
                "(alternate achievement standards)",
            ],
            [
                "Justification for Alternate Assessment",
                "Keisha has a significant cognitive disability and is instructed on alternate academic achievement "
                "standards across all content areas.",
            ],
            ["Subjects Assessed", "Spring 2026 - English, Math, and Biology"],
            ["District Assessments", "Does not take district benchmarks; progress measured through IEP goal data"],
        ],
    ),
    ("h", "Section 12: Parent Rights and Consent"),
    (
        "table",
        [
            ["Procedural Safeguards Provided", "[X] Yes [ ] No - Date: 09/18/2025"],
            ["Parent Consent", "[X] I agree with this IEP [ ] I do not agree with this IEP"],
            ["Copy of IEP Provided to Parent", "[X] Yes [ ] No - Date: 09/19/2025"],
        ],
    ),
    ("h", "Section 13: Signatures"),
    (
        "table",
        [
            ["Participant", "Role", "Date"],
            ["Loretta Dunaway", "Parent", "09/18/2025"],
            ["Keisha Dunaway", "Student", "09/18/2025"],
            ["Darnell Fontaine", "Special Education Teacher / Case Manager", "09/18/2025"],
            ["Renata Alvarez", "General Education Teacher (Life Science)", "09/18/2025"],
            ["Howard Kimbrough", "Assistant Principal / LEA Representative", "09/18/2025"],
            ["Priscilla Tran", "Speech-Language Pathologist", "09/18/2025"],
            ["Curtis Bell", "Transition Specialist", "09/18/2025"],
        ],
    ),
]

# An urban district's IEP for a second grader with autism: a supports grid, a related-services grid
# ("30 min x 2/wk"), an LRE band, a behavior plan with triggers, and a progress report in codes.
REDWOOD = [
    # ---------------- Page 1 ----------------
    ("h", "Redwood Bay Unified School District"),
    ("p", "Office of Specialized Instruction - Individualized Education Program (IEP)"),
    ("h", "Student Information"),
    (
        "table",
        [
            ["Field", "Information"],
            ["Student", "Mateo J. Lindqvist"],
            ["Student ID", "20481736"],
            ["Date of Birth", "Mar. 22, 2019"],
            ["Grade", "2"],
            ["School", "Hawthorne Street Elementary School"],
            ["Primary Disability", "Autism"],
            ["Meeting Type", "Annual Review"],
            ["IEP Meeting Date", "Jan. 7, 2027"],
            ["IEP Start Date", "Jan. 11, 2027"],
            ["IEP End Date / Next Annual Review Due", "Jan. 6, 2028"],
            ["Case Manager", "Dana Whitcomb, Special Education Teacher"],
        ],
    ),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role"],
            ["Sofia Lindqvist", "Parent (mother)"],
            ["Erik Lindqvist", "Parent (father)"],
            ["Olu Adeyemi", "General Education Teacher, Grade 2"],
            ["Dana Whitcomb", "Special Education Teacher / Case Manager"],
            ["Rina Kapoor", "Speech-Language Pathologist"],
            ["Grant Feld", "Occupational Therapist"],
            ["Lauren Beaumont", "School Psychologist"],
            ["Marisol Ortega", "Assistant Principal (District Representative)"],
        ],
    ),
    ("h", "Parent Concerns"),
    (
        "p",
        "Mr. and Mrs. Lindqvist shared that Mateo has a hard time at recess and lunch. "
        "The cafeteria is very loud, and he has come home upset several times saying "
        '"nobody plays trains with me." Their biggest hope for this year is that Mateo '
        "makes at least one friend and learns to join games with other children.",
    ),
    (
        "p",
        "They are also worried about changes in the school day. When there is an assembly "
        "or a substitute teacher, Mateo often has a meltdown at school, and if he hears "
        "about the change at the last minute he is upset for the rest of the evening. The "
        "parents asked that the school send a note home the day before a change whenever "
        "the change is known ahead of time.",
    ),
    (
        "p",
        "Mrs. Lindqvist asked that Mateo's handwriting not be graded harshly, because "
        "writing by hand is tiring for him and he shuts down when he has to copy long "
        "assignments.",
    ),
    ("page",),
    # ---------------- Page 2 ----------------
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Strengths: Mateo is a curious, friendly learner who reads at grade level (reading "
        "benchmark in the on-track range, winter 2026-27). He has an excellent memory for "
        "facts about trains, subway maps, and weather. He follows a visual schedule and "
        "enjoys helping classmates on the computer.",
    ),
    (
        "p",
        "Communication and social skills: Mateo speaks in full sentences but has difficulty "
        "keeping a back-and-forth conversation going. In structured play he took 1 to 2 "
        "conversational turns before returning to his own topic (speech data, Dec. 2026). "
        "At recess he usually plays alone; he started play with a peer in 1 of 10 observed "
        "recess periods.",
    ),
    (
        "p",
        "Fine motor and writing: Mateo grips the pencil tightly and tires after 2 to 3 "
        "sentences. About 70% of his letters are formed correctly.",
    ),
    (
        "p",
        "Behavior: Mateo has meltdowns when routines change without warning or when spaces "
        "are loud. From Oct. to Dec. 2026 he averaged 3 meltdowns per week, each lasting 10 "
        "to 20 minutes (see the Behavior Intervention Plan summary).",
    ),
    ("h", "Annual Goals"),
    (
        "table",
        [
            ["#", "Area", "Annual Goal", "Measured By"],
            [
                "1",
                "Social Communication",
                "By Jan. 6, 2028, during structured play with a peer, Mateo will take 4 "
                "conversational turns on a topic chosen by the peer in 4 of 5 observed opportunities.",
                "Speech-language data sheets, monthly",
            ],
            [
                "2",
                "Social / Play Skills",
                "By Jan. 6, 2028, Mateo will greet a peer or invite a peer to play at recess in 3 of 5 recess periods per week.",
                "School psychologist observation, weekly",
            ],
            [
                "3",
                "Fine Motor / Writing",
                "By Jan. 6, 2028, using a slant board and pencil grip, Mateo will write 3 sentences "
                "with correctly formed letters and spacing that are legible in 4 of 5 writing samples.",
                "OT and teacher work samples",
            ],
            [
                "4",
                "Self-Regulation",
                "By Jan. 6, 2028, when faced with an unexpected change, Mateo will choose a calming "
                "strategy from his choice board and return to his task within 5 minutes in 4 of 5 "
                "opportunities.",
                "Daily behavior data sheet",
            ],
        ],
    ),
    ("page",),
    # ---------------- Page 3 ----------------
    ("h", "Supplementary Aids, Services, Modifications and Supports"),
    (
        "p",
        "These supports help Mateo take part in general education with his classmates. "
        "All staff who work with Mateo will receive a copy of this grid.",
    ),
    (
        "table",
        [
            ["Support", "Frequency", "Location"],
            ["Visual daily schedule at desk, reviewed with an adult at the start of each day", "Daily", "Gen Ed classroom"],
            [
                "Advance warning of schedule changes (picture card or verbal), plus a note home the "
                "day before when the change is known",
                "As needed",
                "All school settings",
            ],
            ["First/then board for non-preferred tasks", "Daily", "Gen Ed classroom, Resource room"],
            ["Noise-reducing headphones", "As needed", "Cafeteria, assemblies, Gen Ed classroom"],
            ["Break card to request a break of up to 5 minutes in the calm corner", "As needed", "Gen Ed classroom"],
            ["Slant board and pencil grip for written work", "Daily", "Gen Ed classroom, Resource room"],
            [
                "Reduced written output: may dictate or answer orally when an assignment is longer than 3 sentences",
                "Daily",
                "Gen Ed classroom",
            ],
            ["Extended time (time and a half) on classroom tests and quizzes", "During tests", "Gen Ed classroom, Resource room"],
            ["Recess buddy program: adult-organized game with 2 peers", "3x weekly", "Playground"],
        ],
    ),
    ("h", "Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Amount", "Location", "Start", "End"],
            [
                "Speech-language therapy",
                "Speech-Language Pathologist",
                "30 min x 2/wk",
                "Speech room (pull-out)",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
            [
                "Speech-language consultation with classroom teacher",
                "Speech-Language Pathologist",
                "1x monthly consult",
                "Gen Ed classroom",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
            [
                "Occupational therapy",
                "Occupational Therapist",
                "30 min x 1/wk",
                "Gen Ed classroom (push-in)",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
            [
                "Occupational therapy consultation with classroom teacher",
                "Occupational Therapist",
                "1x monthly consult",
                "Gen Ed classroom",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
            [
                "Counseling (social skills group)",
                "School Psychologist",
                "30 min x 1/wk",
                "Counseling office (small group of 3-4 students)",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
        ],
    ),
    ("page",),
    # ---------------- Page 4 ----------------
    ("h", "Special Education Services"),
    (
        "table",
        [
            ["Service", "Amount", "Location", "Start", "End"],
            [
                "Specialized academic instruction: written expression",
                "45 min x 3/wk",
                "Resource room (pull-out)",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
            [
                "Specialized academic instruction: behavior consultation with general education teacher",
                "15 min x 1/wk",
                "Gen Ed classroom",
                "Jan. 11, 2027",
                "Jan. 6, 2028",
            ],
        ],
    ),
    ("h", "Least Restrictive Environment (LRE)"),
    ("p", "Educational environment: Inside general education 80% or more of the day."),
    (
        "p",
        "Mateo's school day is 6 hours 30 minutes (1,950 minutes per week). He is outside "
        "the general education classroom for speech-language therapy (60 minutes per week), "
        "counseling (30 minutes per week), and specialized academic instruction in writing "
        "(135 minutes per week), for a total of 225 minutes per week. Mateo will spend about "
        "88% of his school day in general education, which places him in the band of 80% or "
        "more of the day in general education.",
    ),
    (
        "p",
        "Explanation of removal: Mateo needs a quiet, small-group setting to learn new "
        "speech, social, and writing skills because he is easily overwhelmed by noise and has "
        "difficulty attending to instruction in a class of 26 students. He then practices "
        "these skills in the general education classroom with push-in occupational therapy "
        "and the supports listed on page 3.",
    ),
    (
        "p",
        "Participation with nondisabled peers: Mateo will attend lunch, recess, art, music, "
        "physical education, library, field trips, and assemblies with his general "
        "education classmates, using headphones and advance warning as listed in his "
        "supports.",
    ),
    ("h", "Participation in District Assessments"),
    (
        "p",
        "Mateo will take the district reading and math benchmark assessments with these "
        "accommodations: small-group setting, breaks as needed, noise-reducing headphones, "
        "and extended time (time and a half).",
    ),
    ("h", "Communication with Parents"),
    (
        "p",
        "Ms. Whitcomb will send a home-school communication log in Mateo's folder every "
        "Friday. Parents may reach her by email or by calling the school office.",
    ),
    ("page",),
    # ---------------- Page 5 ----------------
    ("h", "Behavior Intervention Plan (BIP) Summary"),
    (
        "p",
        "Target behavior: A meltdown is crying, yelling, dropping to the floor, or leaving "
        "the classroom area without permission. Baseline (Oct. to Dec. 2026): an average of "
        "3 meltdowns per week, lasting 10 to 20 minutes each.",
    ),
    (
        "p",
        "Function: Based on the Functional Behavior Assessment completed Nov. 20, 2026, "
        "meltdowns mainly help Mateo escape situations that feel unpredictable or too loud.",
    ),
    ("h", "Triggers"),
    (
        "table",
        [
            ["Trigger", "Examples"],
            ["Unexpected schedule changes", "Fire drills, substitute teachers, assemblies, indoor recess"],
            ["Loud or crowded spaces", "Cafeteria at lunch, gym during assemblies"],
            ["Long writing tasks", "Assignments that require more than 3 sentences by hand"],
        ],
    ),
    ("h", "Prevention Strategies"),
    (
        "p",
        "Review the visual schedule each morning; give advance warning of changes; use a "
        "2-minute visual timer before transitions; offer headphones before entering loud "
        "spaces; break long writing into smaller parts.",
    ),
    ("h", "Calming Strategies (when Mateo is upset)"),
    (
        "table",
        [
            ["Step", "What adults do"],
            ["1", "Use a calm voice and few words; hold off on demands until he is calm."],
            ["2", "Offer the break card and walk with him to the calm corner."],
            ["3", 'Prompt deep breathing ("smell the flower, blow out the candle") 5 times.'],
            ["4", "Offer his calm kit: squeeze ball, weighted lap pad, and train picture book."],
            ["5", "When he is calm, show the schedule and use the first/then board to return to the task."],
        ],
    ),
    ("h", "Replacement Behavior and Reinforcement"),
    (
        "p",
        "Mateo will be taught to ask for a break by handing an adult his break card or "
        'saying "I need a break." Each time he uses a calming strategy and returns to work, '
        "he earns a train sticker; 5 train stickers earn 10 minutes of train time with a "
        "friend of his choice.",
    ),
    ("h", "Safety and Parent Communication"),
    (
        "p",
        "If Mateo leaves the classroom area, an adult follows at a safe distance, keeps him "
        "in sight, and radios the office. Restraint and seclusion are not part of this plan. "
        "Parents will be called the same day after any meltdown that lasts more than 20 "
        "minutes or involves leaving the classroom area. The case manager collects daily "
        "behavior data and reviews it with the team every 2 weeks.",
    ),
    ("page",),
    # ---------------- Page 6 ----------------
    ("h", "Progress Report on Annual Goals"),
    (
        "p",
        "Goals from the IEP dated Jan. 12, 2026 (IEP year Jan. 12, 2026 to Jan. 10, 2027). "
        "Progress is reported to parents each quarter with the report card.",
    ),
    (
        "table",
        [
            ["Goal", "Q1 (Apr. 3, 2026)", "Q2 (June 12, 2026)", "Q3 (Nov. 6, 2026)", "Q4 (Jan. 8, 2027)", "Comments"],
            [
                "1. Answer who/what/where questions about a story read aloud (4 of 5 correct)",
                "MP",
                "MP",
                "MP",
                "GM",
                "Met: 5 of 5 correct on 3 probes in Jan. 2027.",
            ],
            [
                "2. Greet a peer by name when entering class (4 of 5 mornings)",
                "IP",
                "MP",
                "MP",
                "MP",
                "Greets peers on 3 of 5 mornings; new recess goal builds on this.",
            ],
            [
                "3. Form lowercase letters correctly when copying a sentence (80% of letters)",
                "IP",
                "IP",
                "MP",
                "MP",
                "Now 70% of letters formed correctly, up from 40%; slant board helped.",
            ],
            [
                "4. Follow his visual schedule to move between activities with no more than 1 prompt",
                "MP",
                "MP",
                "GM",
                "GM",
                "Met in Nov. 2026; follows schedule with 0 to 1 prompts.",
            ],
        ],
    ),
    ("h", "Progress Code Key"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["GM", "Goal met"],
            ["MP", "Making progress: expected to meet the goal by the end of the IEP"],
            ["IP", "Insufficient progress: may not meet the goal by the end of the IEP without changes"],
            ["NI", "Not introduced yet"],
        ],
    ),
    (
        "p",
        "Summary: Mateo met 2 of 4 goals (Goals 1 and 4). Goals 2 and 3 were not fully met "
        "and were rewritten as new Goals 2 and 3 in this IEP.",
    ),
    ("p", "Reported by: Dana Whitcomb, Case Manager. Report sent to parents Jan. 8, 2027."),
]

# An amendment made without a meeting: a "Changed from / Changed to" table, the reason, the date it
# takes effect, what did not change, prior written notice and notes of a phone call.
POPLAR = [
    # ---------------- Page 1 ----------------
    ("h", "Linden Valley Public Schools"),
    ("h", "IEP Amendment Form"),
    ("p", "Department of Special Services - Poplar Ridge Middle School"),
    (
        "table",
        [
            ["Field", "Information"],
            ["Student Name", "Naomi R. Castellano"],
            ["Student ID", "LV-0073391"],
            ["Date of Birth", "2014-05-17"],
            ["Grade", "7"],
            ["School", "Poplar Ridge Middle School"],
            ["Primary Disability", "Speech or Language Impairment"],
            ["Secondary Disability", "Deaf/Hard of Hearing"],
            ["Current IEP Date (annual meeting)", "Oct. 14, 2026"],
            ["Annual Review Date", "10/13/27"],
            ["Amendment Number", "1"],
            ["Date Amendment Drafted", "2027-01-06"],
            ["Amendment Effective Date", "Jan. 11, 2027"],
            ["Case Manager", "Trevor Haskins, M.S., CCC-SLP"],
            ["Parent/Guardian", "Lucia Castellano (mother)"],
        ],
    ),
    ("h", "Type of Amendment"),
    ("p", "[X] Amendment without a meeting (written agreement of parent and district)"),
    ("p", "[ ] Amendment at an IEP team meeting"),
    ("h", "About This Form"),
    (
        "p",
        "This form lists only the parts of Naomi's IEP that changed. All other parts of the "
        "IEP dated Oct. 14, 2026 remain in effect as written. After the parent signs, the "
        "case manager will give the parent a complete copy of the IEP with the amendments "
        "included.",
    ),
    ("page",),
    # ---------------- Page 2 ----------------
    ("h", "Section A: Changes to the IEP"),
    (
        "table",
        [
            ["Section", "Changed from", "Changed to"],
            [
                "Services: Speech-Language Therapy",
                "30 minutes, 2 times per week, small group (3-4 students), speech room",
                "30 minutes, 2 times per week, individual, speech room. Total remains 60 minutes per week.",
            ],
            [
                "Services: Itinerant Teacher of the Deaf/Hard of Hearing (new)",
                "None",
                "30 minutes x 1 per week, individual, resource room (self-advocacy and hearing "
                "technology skills); plus 1x monthly consult with general education teachers",
            ],
            [
                "Services: Educational Audiology",
                "Annual hearing screening only",
                "Educational audiologist consult 2x per semester to fit, program, and check the remote microphone system",
            ],
            [
                "Assistive Technology",
                "None",
                "Personal remote microphone (FM/DM) hearing-assistance system: teacher wears a "
                "microphone and the receiver is paired to Naomi's hearing aids; used in all core "
                "academic classes (ELA, math, science, social studies)",
            ],
            [
                "Accommodations: Seating",
                "Preferential seating near the teacher",
                "Seat in the front third of the room, away from the HVAC vents and hallway door, "
                "with a clear view of the teacher's face",
            ],
            [
                "Accommodations: Captioning (new)",
                "None",
                "Closed captioning turned on for all videos and recorded audio in class; CART "
                "(real-time captioning) for school assemblies and large-group presentations",
            ],
            [
                "Accommodations: Equipment Check (new)",
                "None",
                "Daily listening check of the remote microphone system at the start of the school "
                "day by the case manager or designee",
            ],
            [
                "Accommodations: Directions",
                "Directions repeated as needed",
                "Key directions and assignments also posted in writing on the board and in the class learning portal",
            ],
        ],
    ),
    ("page",),
    # ---------------- Page 3 ----------------
    ("h", "Section B: Reason for Amendment"),
    (
        "p",
        "Naomi's secondary disability of Deaf/Hard of Hearing was identified at the Oct. 14, "
        "2026 IEP meeting, and the team planned a follow-up educational audiology evaluation. "
        "On Dec. 3, 2026, the educational audiological evaluation by Dr. Imani Russo, Au.D., "
        "found a mild-to-moderate bilateral sensorineural hearing loss, a change from the "
        "mild loss shown on her 2025 screening. Naomi was fitted with new hearing aids by her "
        "private audiologist in November 2026.",
    ),
    (
        "p",
        "Teacher input forms collected in December 2026 show that Naomi often misses spoken "
        "directions in noisy classrooms and asks for repetition several times per class. In "
        "speech-language therapy, the group setting made it hard for her to hear the other "
        "students' speech models. The changes in Section A are needed so that Naomi can "
        "access instruction and continue progress on her speech and language goals.",
    ),
    ("h", "Section C: Agreement to Amend Without a Meeting"),
    (
        "p",
        "As allowed under IDEA (34 CFR 300.324(a)(4)), the parent, Lucia Castellano, and "
        "Linden Valley Public Schools agreed to amend the IEP without a meeting. The "
        "agreement was reached during a phone call on 01/05/27 and confirmed in writing when "
        "the parent signed this form. The parent was told that she may request a full IEP "
        "team meeting at any time.",
    ),
    ("h", "Section D: Effective Date"),
    (
        "p",
        "The changes in Section A take effect on 2027-01-11. Each of Naomi's teachers and "
        "service providers will receive a copy of the changes by 01/11/27.",
    ),
    ("h", "Section E: What Did Not Change"),
    (
        "table",
        [
            ["IEP Part", "Status"],
            ["Annual review date", "The annual review date does not change: 10/13/27"],
            ["Annual goals", "The 4 annual goals in the Oct. 14, 2026 IEP are not changed"],
            ["Eligibility", "No change"],
            ["Placement / LRE", "No change: inside general education 80% or more of the day"],
            ["Other accommodations", "All other accommodations in the Oct. 14, 2026 IEP stay the same"],
        ],
    ),
    ("page",),
    # ---------------- Page 4 ----------------
    ("h", "Section F: Prior Written Notice"),
    ("p", "Date of notice: 2027-01-06. This notice explains the changes the district proposes and the reasons for them."),
    (
        "table",
        [
            ["Item", "Summary"],
            [
                "Action proposed",
                "Amend the IEP to change speech-language therapy from small group to individual; add "
                "itinerant Teacher of the Deaf/Hard of Hearing services, educational audiology "
                "consults, a personal remote microphone system, captioning, a daily equipment check, "
                "a new seating plan, and written posting of key directions.",
            ],
            [
                "Action refused",
                "The district refuses the parent's request to increase speech-language therapy to 3 times per week at this time.",
            ],
            [
                "Reason for action",
                "New audiology results and teacher reports show Naomi cannot reliably hear "
                "instruction in noisy classrooms without hearing-assistance technology.",
            ],
            [
                "Data used",
                "Educational audiological evaluation (Dec. 3, 2026); teacher input forms (Dec. "
                "2026); speech-language progress data; parent input from the 01/05/27 phone call.",
            ],
        ],
    ),
    ("h", "Options Considered and Rejected"),
    (
        "table",
        [
            ["Option", "Why it was rejected"],
            [
                "Holding a full IEP team meeting",
                "Parent and district agreed on all changes and the parent did not want to wait for "
                "a meeting date; the parent may still request a meeting.",
            ],
            [
                "Sign language interpreter",
                "Naomi communicates in spoken English, does not use American Sign Language, and "
                "benefits from hearing aids with a remote microphone.",
            ],
            [
                "Classroom soundfield (speaker) system instead of a personal remote microphone",
                "The audiologist found a personal system gives Naomi a clearer signal over classroom noise.",
            ],
            [
                "Increasing speech-language therapy to 3 times per week",
                "Progress data show Naomi is making progress on all speech goals at 60 minutes per "
                "week; the team will review this after the third-quarter progress report.",
            ],
        ],
    ),
    (
        "p",
        "Procedural safeguards: The parent has protection under the procedural safeguards "
        "of IDEA. A copy was given to the parent on 2026-10-14. For help understanding these "
        "rights, contact the Linden Valley Parent Resource Line at 555-0142.",
    ),
    ("page",),
    # ---------------- Page 5 ----------------
    ("h", "Section G: Phone Conference Notes"),
    ("p", "Date and time: 01/05/27, 3:30 to 4:05 p.m. Recorded by Trevor Haskins."),
    (
        "table",
        [
            ["Participant", "Role"],
            ["Lucia Castellano", "Parent (mother)"],
            ["Trevor Haskins", "Case Manager / Speech-Language Pathologist"],
            ["Dr. Imani Russo, Au.D.", "Educational Audiologist"],
            ["Colleen Barrett", "Itinerant Teacher of the Deaf/Hard of Hearing"],
        ],
    ),
    (
        "p",
        "Student input: Naomi was not on the call. In her speech session on Jan. 4, 2027, "
        "she said she wants the receiver to be small and does not want teachers to announce "
        "the microphone to the class.",
    ),
    ("h", "Parent Concerns"),
    ("p", "1. Naomi is exhausted after school from listening fatigue and sometimes falls asleep before dinner."),
    ("p", "2. Naomi is embarrassed to wear equipment in front of classmates."),
    ("p", '3. In assemblies in the gym she "can\'t understand anything."'),
    (
        "p",
        "4. Mrs. Castellano asked whether speech would be cut. She was told the total stays "
        "at 60 minutes per week, now one-on-one.",
    ),
    ("p", "5. She asked for speech to increase to 3 times per week."),
    ("h", "Decisions"),
    ("p", "1. The parent agreed to amend the IEP without a meeting."),
    (
        "p",
        "2. Teachers will not announce the microphone to the class. Ms. Barrett will help "
        "Naomi practice explaining her equipment to classmates only if Naomi chooses to.",
    ),
    ("p", "3. CART captioning will start with the Jan. 22, 2027 assembly."),
    ("p", "4. Dr. Russo will fit and check the remote microphone during the week of Jan. 11, 2027."),
    (
        "p",
        "5. The request for 3 speech sessions per week was not agreed to now; the team will "
        "revisit it after the third-quarter progress report in March 2027.",
    ),
    ("p", "Follow-up: Mr. Haskins will send the amendment form by 01/06/27 for the parent's signature."),
    ("page",),
    # ---------------- Page 6 ----------------
    ("h", "Section H: Parent Agreement and Consent"),
    (
        "p",
        "I have read this amendment form. I understand the changes listed in Section A and "
        "that all other parts of Naomi's IEP dated Oct. 14, 2026 stay the same. I understand "
        "that I may request an IEP team meeting at any time and that I may revoke my "
        "agreement in writing.",
    ),
    ("p", "[X] I agree to amend the IEP without a meeting, as described in this form."),
    ("p", "[ ] I do not agree, and I request an IEP team meeting."),
    ("h", "Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Lucia Castellano", "Parent", "/s/ Lucia Castellano", "Jan. 8, 2027"],
            ["Trevor Haskins", "Case Manager / Speech-Language Pathologist", "/s/ T. Haskins", "2027-01-06"],
            ["Dr. Paul Newsome", "Special Education Coordinator (District Representative)", "/s/ P. Newsome", "01/07/27"],
        ],
    ),
    ("h", "Distribution of Copies"),
    (
        "table",
        [
            ["Recipient", "Date Sent"],
            ["Parent (complete amended IEP)", "2027-01-11"],
            ["General education teachers (ELA, math, science, social studies)", "01/11/27"],
            ["Itinerant Teacher of the Deaf/Hard of Hearing", "01/11/27"],
            ["Educational Audiologist", "01/11/27"],
            ["Student special education file", "Jan. 11, 2027"],
        ],
    ),
    ("p", "Questions about this amendment may be directed to the case manager, Trevor Haskins, at Poplar Ridge Middle School."),
]

# An Ohio-style IEP in numbered capital sections ("SECTION 7 - DESCRIPTION OF SPECIALLY DESIGNED
# SERVICES"), a seven-column services table, goals with benchmarks 1a, 1b and tests listed by name.
TAMARACK = [
    ("h", "SCIOTO FALLS CITY SCHOOL DISTRICT"),
    ("p", "Office of Pupil Services, 2200 Quarry Bend Road, Scioto Falls, Ohio 43999"),
    ("h", "INDIVIDUALIZED EDUCATION PROGRAM (IEP)"),
    ("h", "SECTION 1 - CHILD INFORMATION AND IEP TIMELINES"),
    (
        "table",
        [
            ["Child's Name", "Ozias Penhallow", "Student ID", "SF-4471-0938"],
            ["Date of Birth", "03/14/2016", "Grade", "5"],
            ["School", "Tamarack Ridge Elementary School", "District of Residence", "Scioto Falls City School District"],
            ["Parents/Guardians", "Greer Penhallow and Anselm Penhallow", "Parent Phone", "(614) 555-0172"],
            ["Address", "418 Larchmont Lane, Scioto Falls, OH 43999", "Primary Language", "English"],
            ["Disability Category", "Specific Learning Disability", "IEP Type", "Annual Review"],
            ["IEP Meeting Date", "10/06/2026", "Date of Most Recent ETR", "10/15/2024"],
            ["IEP Start Date", "10/07/2026", "IEP End Date", "10/06/2027"],
            ["Next ETR Due", "10/14/2027", "Case Manager", "Wilhelmina Carrow-Dube, Intervention Specialist"],
            ["Case Manager Phone", "(614) 555-0148", "Case Manager Email", "wcarrowdube@sciotofalls.example.org"],
        ],
    ),
    (
        "p",
        "Eligibility: Ozias was found eligible for special education in the Evaluation Team Report (ETR) "
        "dated 10/15/2024 as a student with a Specific Learning Disability in basic reading skills, reading "
        "fluency, and written expression. The ETR describes a pattern consistent with dyslexia, including weak "
        "phonological awareness and slow rapid automatic naming.",
    ),
    (
        "p",
        "Meeting purpose: Annual review of the IEP. Progress on the 2025-2026 IEP goals was reviewed with the team "
        "before new goals were written.",
    ),
    ("p", "Parent input was gathered in a phone conference with Mrs. Penhallow on 09/24/2026 and during the meeting."),
    ("p", "Notice of Procedural Safeguards provided on: 09/18/2026 (mailed to the parents with the Invitation to IEP Meeting)."),
    ("page",),
    ("h", "SECTION 2 - SPECIAL INSTRUCTIONAL FACTORS"),
    (
        "table",
        [
            ["Question", "Answer"],
            ["Does the child have behavior that impedes his/her learning or the learning of others?", "No"],
            ["Does the child have limited English proficiency?", "No"],
            ["Is the child blind or visually impaired?", "No"],
            ["Is the child deaf or hard of hearing?", "No"],
            ["Does the child have communication needs?", "No"],
            ["Does the child need assistive technology devices and/or services?", "Yes"],
        ],
    ),
    (
        "p",
        "Assistive technology statement: Ozias needs text-to-speech software to access grade-level text that is "
        "well above his independent reading level. He will use ClearVoice Reader text-to-speech software on his "
        "school-issued Chromebook, with headphones, for science and social studies texts, classroom test "
        "directions and questions, and online research. The intervention specialist will teach Ozias to use the "
        "software (highlighting, reading speed, word prediction) and will complete this training by 11/13/2026.",
    ),
    ("h", "SECTION 3 - PROFILE"),
    (
        "p",
        "Ozias is a friendly, curious 10-year-old who enjoys model rockets, drawing comics, and watching ocean "
        "documentaries with his father. He has a strong oral vocabulary and joins class discussions eagerly. His "
        "math computation is on grade level; he scored Proficient on Ohio's State Test in Mathematics in spring "
        "2026. On Ohio's State Test in English Language Arts in spring 2026 he scored Limited. Ozias has said that "
        'reading makes him feel "slow," and he avoids reading aloud in front of classmates. His parents report '
        "that he understands stories best when they are read to him first and that weekly spelling tests have "
        "been a source of stress.",
    ),
    ("h", "SECTION 4 - FUTURE PLANNING"),
    (
        "p",
        'Ozias says he wants to be a marine biologist and "study sharks." His parents hope he will become a '
        "confident, independent reader who chooses to read for fun, and that he will go to college. Next year "
        "Ozias will move to Hollowbrook Middle School for 6th grade; the team will arrange a transition visit for "
        "him in May 2027.",
    ),
    ("h", "SECTION 5 - POSTSECONDARY TRANSITION"),
    (
        "p",
        "Not applicable at this time. Postsecondary transition planning will begin with the IEP in effect when Ozias turns 14.",
    ),
    ("page",),
    ("h", "SECTION 6 - MEASURABLE ANNUAL GOALS"),
    ("h", "Goal 1 - Reading Fluency"),
    (
        "p",
        "Present Level of Academic Achievement and Functional Performance: On fall 2026 curriculum-based "
        "measurement (CBM) probes using 5th grade passages, Ozias read a median of 68 words correct per minute "
        "(wcpm) with 89% accuracy. The district's 5th grade fall benchmark is 127 wcpm. He reads word by word, "
        "skips unfamiliar longer words, and loses meaning in long passages.",
    ),
    (
        "p",
        "Measurable Annual Goal 1: By 10/06/2027, when given an unpracticed 5th grade passage, Ozias will read "
        "100 words correct per minute with 95% accuracy on 3 of 4 consecutive probes.",
    ),
    ("p", "Objectives/Benchmarks:"),
    ("p", "1a. By 01/15/2027, Ozias will read 78 words correct per minute with at least 92% accuracy on 5th grade passages."),
    ("p", "1b. By 03/31/2027, Ozias will read 88 words correct per minute with at least 93% accuracy on 5th grade passages."),
    (
        "p",
        "Method for measuring progress: Curriculum-based measurement (CBM) oral reading fluency probes, given every "
        "two weeks and graphed",
    ),
    ("p", "Reported: every 9 weeks"),
    ("h", "Goal 2 - Basic Reading Skills (Decoding)"),
    (
        "p",
        "Present Level of Academic Achievement and Functional Performance: On the Decoding Skills Inventory given "
        "in September 2026, Ozias read 62% of vowel-team words and 35% of multisyllabic words correctly.",
    ),
    (
        "p",
        "Measurable Annual Goal 2: By 10/06/2027, given a list of 20 unfamiliar multisyllabic words that contain "
        "the six syllable types, Ozias will decode the words with 85% accuracy on 3 consecutive trials.",
    ),
    ("p", "Objectives/Benchmarks:"),
    (
        "p",
        "2a. By 01/15/2027, Ozias will decode two-syllable words with closed and vowel-consonant-e syllables with 80% accuracy.",
    ),
    ("p", "2b. By 04/15/2027, Ozias will decode words with r-controlled and vowel-team syllables with 80% accuracy."),
    ("p", "Method for measuring progress: Teacher-made word lists and program mastery checks, recorded in a data log"),
    ("p", "Reported: every 9 weeks"),
    ("page",),
    ("h", "SECTION 6 - MEASURABLE ANNUAL GOALS (continued)"),
    (
        "p",
        "How progress will be reported: A written progress report on each goal will be sent to the parents with the report card.",
    ),
    ("h", "Goal 3 - Written Expression (Spelling)"),
    (
        "p",
        "Present Level of Academic Achievement and Functional Performance: On a spelling inventory given in "
        "September 2026, Ozias spelled 41% of 5th grade words correctly. He spells most one-syllable short vowel "
        'words correctly but confuses vowel teams ("rane" for "rain") and drops syllables in longer words.',
    ),
    (
        "p",
        "Measurable Annual Goal 3: By 10/06/2027, Ozias will correctly spell words with previously taught "
        "syllable types and spelling patterns in dictated sentences with 90% accuracy on 4 consecutive weekly checks.",
    ),
    ("p", "Objectives/Benchmarks:"),
    (
        "p",
        "3a. By 01/15/2027, Ozias will spell closed-syllable and vowel-consonant-e words in dictated sentences "
        "with 85% accuracy.",
    ),
    ("p", "3b. By 04/15/2027, Ozias will spell vowel-team and r-controlled words in dictated sentences with 80% accuracy."),
    ("p", "Method for measuring progress: Weekly dictation checks scored by the intervention specialist"),
    ("p", "Reported: every 9 weeks"),
    ("h", "Goal 4 - Reading Comprehension Using Text-to-Speech"),
    (
        "p",
        "Present Level of Academic Achievement and Functional Performance: When 5th grade science passages are "
        "read aloud to him, Ozias answers 70% of literal and 50% of inferential questions correctly. Reading the "
        "same passages on his own, he answers 35% correctly.",
    ),
    (
        "p",
        "Measurable Annual Goal 4: By 10/06/2027, using text-to-speech software with a 5th grade science or social "
        "studies text, Ozias will answer literal and inferential questions with 80% accuracy on 4 of 5 trials.",
    ),
    ("p", "Objectives/Benchmarks:"),
    ("p", "4a. By 01/15/2027, Ozias will answer literal questions about a text he listened to with 70% accuracy."),
    ("p", "4b. By 04/15/2027, Ozias will answer literal and inferential questions with 75% accuracy."),
    ("p", "Method for measuring progress: Teacher-made comprehension checks scored with a checklist"),
    ("p", "Reported: every 9 weeks"),
    ("page",),
    ("h", "SECTION 7 - DESCRIPTION OF SPECIALLY DESIGNED SERVICES"),
    (
        "table",
        [
            ["Description", "Type of Service", "Provider", "Location", "Begin", "End", "Amount of Time"],
            [
                "Decoding and fluency instruction (Goals 1, 2)",
                "Specially Designed Instruction",
                "Intervention Specialist",
                "Resource Room",
                "10/07/2026",
                "10/06/2027",
                "150 minutes weekly",
            ],
            [
                "Spelling instruction (Goal 3)",
                "Specially Designed Instruction",
                "Intervention Specialist",
                "General Education Classroom",
                "10/07/2026",
                "10/06/2027",
                "90 minutes weekly",
            ],
            [
                "Co-taught comprehension support (Goal 4)",
                "Specially Designed Instruction",
                "Intervention Specialist and Grade 5 Teacher",
                "General Education Classroom",
                "10/07/2026",
                "10/06/2027",
                "60 minutes weekly",
            ],
            [
                "ClearVoice Reader software and training",
                "Assistive Technology",
                "Intervention Specialist",
                "All classrooms",
                "10/07/2026",
                "10/06/2027",
                "Daily, as needed",
            ],
            [
                "Consultation with 5th grade teachers",
                "Support for School Personnel",
                "Intervention Specialist",
                "Tamarack Ridge Elementary",
                "10/07/2026",
                "10/06/2027",
                "2x per month for 20 minutes",
            ],
        ],
    ),
    ("p", "Related Services: None"),
    (
        "p",
        "Accommodations (all classes): directions read aloud and repeated as needed; extended time (time and a half) "
        "on classroom tests and written assignments; spelling errors will not be counted on written work in "
        "science and social studies; audio versions of grade-level novels; Ozias will not be asked to read aloud "
        "in front of the class unless he volunteers.",
    ),
    ("p", "Modifications: None"),
    ("h", "SECTION 8 - TRANSPORTATION AS A RELATED SERVICE"),
    ("p", "Transportation as a related service: Not needed. Ozias rides the regular district bus with his classmates."),
    ("page",),
    ("h", "EXTENDED SCHOOL YEAR (ESY) SERVICES"),
    (
        "p",
        "ESY: The team will determine by April 15, 2027. The team will review progress data on Goals 1 and 2, "
        "including any loss of skills over winter break, before making the decision.",
    ),
    ("h", "SECTION 9 - NONACADEMIC AND EXTRACURRICULAR ACTIVITIES"),
    (
        "p",
        "Ozias will take part in recess, lunch, assemblies, field trips, and after-school clubs with his nondisabled "
        "peers. No supports are needed.",
    ),
    ("h", "SECTION 10 - GENERAL FACTORS"),
    (
        "p",
        "The team considered the strengths of Ozias, the concerns of his parents, the results of the most recent "
        "ETR, and his academic, developmental, and functional needs.",
    ),
    ("h", "SECTION 11 - LEAST RESTRICTIVE ENVIRONMENT"),
    (
        "p",
        "Ozias will receive 150 minutes weekly of reading instruction in the resource room because he needs "
        "intensive, explicit structured literacy instruction that cannot be provided during the general "
        "education reading block. All other services are delivered in the general education classroom. Ozias "
        "will spend about 91% of his school week in the general education setting.",
    ),
    ("h", "SECTION 12 - STATEWIDE AND DISTRICT-WIDE TESTING"),
    (
        "table",
        [
            ["Test", "Participation", "Accommodations"],
            [
                "Ohio's State Test in English Language Arts (Grade 5)",
                "With accommodations",
                "Text-to-speech for test questions and answer choices only (not reading passages); extended time "
                "(time and a half); small group setting",
            ],
            [
                "Ohio's State Test in Mathematics (Grade 5)",
                "With accommodations",
                "Text-to-speech (read aloud) for all items; small group setting",
            ],
            [
                "Ohio's State Test in Science (Grade 5)",
                "With accommodations",
                "Text-to-speech (read aloud) for all items; extended time (time and a half); small group setting",
            ],
            [
                "Scioto Falls Reading Benchmark (fall, winter, spring)",
                "With accommodations",
                "Directions read aloud; breaks every 20 minutes",
            ],
        ],
    ),
    (
        "p",
        "Ozias will take the general state tests with the accommodations listed above. He does not meet the "
        "criteria for the alternate assessment.",
    ),
    ("page",),
    ("h", "SECTION 13 - SIGNATURES"),
    (
        "table",
        [
            ["Name", "Role", "Attended"],
            ["Greer Penhallow", "Parent", "In person"],
            ["Anselm Penhallow", "Parent", "By phone"],
            ["Ozias Penhallow", "Student", "First 15 minutes"],
            ["Wilhelmina Carrow-Dube", "Intervention Specialist", "In person"],
            ["Desmond Ashgrove", "General Education Teacher, Grade 5", "In person"],
            ["Dr. Perpetua Vance", "Principal, District Representative", "In person"],
            ["Ignatius Fell", "School Psychologist", "In person"],
        ],
    ),
    ("p", "A copy of this IEP was given to the parents on 10/06/2026."),
    ("p", "Parent questions or concerns about this IEP may be directed to the case manager or to the Office of Pupil Services."),
]

# A preschooler's IEP in short labelled lines ("Setting: …", "Minutes: …"), itinerant visits at a
# community preschool, parent coaching, standard scores and a move to kindergarten.
BUCKEYE = [
    ("h", "Maple Fork Local School District"),
    ("p", "Preschool Special Education Services, 640 Orchard Gate Road, Maple Fork, Ohio 44999, phone 330-555-0100"),
    ("h", "Individualized Education Program (IEP) - Preschool"),
    ("h", "Child Information"),
    ("p", "Child: Ottilie Vandermolen"),
    ("p", "Date of birth: 5-11-22"),
    ("p", "Age at meeting: 4 years, 3 months"),
    ("p", "Student ID: MFP-20931"),
    ("p", "Parents: Delphine Vandermolen (mother) and Rurik Vandermolen (father)"),
    ("p", "Address: 27 Wren Hollow Court, Maple Fork, Ohio 44999"),
    ("p", "Home phone: 330-555-0163"),
    ("p", "Home language: English"),
    (
        "p",
        "Eligibility: Preschool child with a disability - developmental delay (communication and adaptive/self-help), "
        "with a speech-language impairment",
    ),
    ("h", "IEP Dates"),
    ("p", "IEP type: Initial IEP"),
    ("p", "Meeting date: September 8, 2026"),
    ("p", "IEP start: 9-9-26"),
    ("p", "IEP end: 9-7-27"),
    ("p", "Evaluation completed: August 28, 2026"),
    ("p", "Re-evaluation due by: 8-27-29"),
    ("h", "Case Manager and Setting"),
    ("p", "Case manager: Honora Twyford, itinerant early childhood special education (ECSE) teacher, 330-555-0116"),
    (
        "p",
        "Early childhood program: Little Acorns Preschool, 88 Sycamore Row, Maple Fork (community preschool, "
        "Monday through Thursday, 8:30 to 11:30 a.m.)",
    ),
    ("p", "Lead teacher at Little Acorns: Fern Aldous"),
    ("page",),
    ("h", "Evaluation Summary"),
    (
        "p",
        "Ottilie was referred by her pediatrician and her parents in June 2026 because of concerns about her "
        "speech, her use of words, and toileting. The team completed a multifactored evaluation on August 28, "
        "2026. Standard scores have an average of 100; scores from 85 to 115 are in the average range.",
    ),
    (
        "table",
        [
            ["Assessment", "Area", "Standard Score", "Percentile"],
            ["Preschool Language Scales, Fifth Edition (PLS-5)", "Auditory Comprehension", "78", "7th"],
            ["PLS-5", "Expressive Communication", "71", "3rd"],
            ["PLS-5", "Total Language", "73", "4th"],
            ["Goldman-Fristoe Test of Articulation, Third Edition (GFTA-3)", "Sounds-in-Words", "69", "2nd"],
            ["Developmental Assessment of Young Children, Second Edition (DAYC-2)", "Adaptive Behavior", "76", "5th"],
            ["DAYC-2", "Social-Emotional", "88", "21st"],
            ["DAYC-2", "Physical Development", "101", "53rd"],
        ],
    ),
    ("p", "Hearing and vision: Ottilie passed hearing screening on 8-14-26 and passed vision screening on 8-14-26."),
    (
        "p",
        "Summary: Ottilie's expressive language, speech sound production, and adaptive (self-help) skills are more "
        "than 1.5 standard deviations below the mean. Her physical development is in the average range. Her "
        "social-emotional score is in the low average range; she plays near other children but rarely joins "
        "their play.",
    ),
    ("h", "Present Levels"),
    (
        "p",
        'Communication: Ottilie uses about 50 single words and some 2-word phrases ("more juice," "mommy go"). '
        "Unfamiliar adults understand about 40% of what she says. She leaves off the ends of words and replaces "
        '/k/ and /g/ with /t/ and /d/ ("tup" for "cup").',
    ),
    (
        "p",
        "Play: At Little Acorns, Ottilie plays beside classmates with blocks and play dough. She grabs toys "
        "instead of asking and leaves the activity when a peer wants a turn.",
    ),
    (
        "p",
        "Toileting: Ottilie wears pull-ups at preschool and at home. She urinates in the toilet when an adult takes "
        "her every 90 minutes, but she does not yet tell an adult when she needs to go. She has 2 to 3 accidents "
        "a week at preschool.",
    ),
    (
        "p",
        "Parent concerns: Ottilie's parents want her to be understood by other children, to make a friend, and to "
        "be out of pull-ups before kindergarten.",
    ),
    ("page",),
    ("h", "Measurable Annual Goals"),
    (
        "p",
        "Progress reports: Progress on each goal will be reported to parents in writing 4 times a year "
        "(November, January, March, and May).",
    ),
    ("h", "Goal 1 - Communication (using words)"),
    ("p", "Baseline: Uses about 50 single words and some 2-word phrases."),
    (
        "p",
        "Goal: By 9-7-27, Ottilie will use 3- to 4-word phrases to request, comment, or ask questions during "
        "preschool routines (snack, centers, circle time) in 8 out of 10 opportunities on 3 consecutive data days.",
    ),
    (
        "p",
        "Short-term steps: (a) by 1-15-27, uses 2-word phrases in 8 out of 10 opportunities; (b) by 4-15-27, uses "
        "3-word phrases in 6 out of 10 opportunities.",
    ),
    ("p", "Measured by: ECSE teacher and SLP data sheets, and parent report"),
    ("p", "Responsible: Honora Twyford (ECSE teacher) and Caspian Oduya (SLP)"),
    ("h", "Goal 2 - Communication (speech sounds)"),
    ("p", "Baseline: Says /k/ and /g/ correctly in 10% of attempts; replaces them with /t/ and /d/."),
    (
        "p",
        "Goal: By 9-7-27, Ottilie will say /k/ and /g/ at the beginning of words in short phrases with 80% "
        "accuracy in 3 consecutive therapy sessions.",
    ),
    ("p", "Measured by: SLP probe data"),
    ("p", "Responsible: Caspian Oduya (SLP)"),
    ("h", "Goal 3 - Play skills"),
    ("p", "Baseline: Plays beside peers; takes 0 to 1 turns before leaving an activity."),
    (
        "p",
        "Goal: By 9-7-27, Ottilie will take turns with a peer in a play activity (for example, rolling a ball or "
        "adding blocks to a tower) for 4 exchanges in 4 out of 5 opportunities, with no more than one adult prompt.",
    ),
    (
        "p",
        "Short-term steps: (a) by 1-15-27, takes 2 turns with an adult; (b) by 4-15-27, takes 2 turns with a peer "
        "with adult support.",
    ),
    ("p", "Measured by: ECSE teacher observation checklist"),
    ("p", "Responsible: Honora Twyford (ECSE teacher) with Little Acorns staff"),
    ("page",),
    ("h", "Goal 4 - Toileting (adaptive/self-help)"),
    (
        "p",
        "Baseline: Wears pull-ups; uses the toilet when taken every 90 minutes; does not tell an adult she needs to "
        "go; 2 to 3 accidents per week.",
    ),
    (
        "p",
        "Goal: By 9-7-27, Ottilie will tell an adult she needs to use the bathroom (with words or her bathroom "
        "picture card) and use the toilet with no more than one verbal prompt, with no more than 1 accident per "
        "week for 4 consecutive weeks.",
    ),
    (
        "p",
        "Short-term steps: (a) by 12-18-26, sits on the toilet on a 90-minute schedule without protest; (b) by "
        "3-19-27, uses words or the picture card to ask for the bathroom 3 times per morning.",
    ),
    ("p", "Measured by: Little Acorns bathroom log and home toileting chart"),
    ("p", "Responsible: Honora Twyford (ECSE teacher), Little Acorns staff, and parents"),
    ("h", "How Services Fit Ottilie's Family Routines"),
    (
        "p",
        "The team talked with Mr. and Mrs. Vandermolen about their daily life. The family's busiest and most "
        "important times are breakfast, the drive to Little Acorns, bath time, and the weekly grocery store trip. "
        "Parent coaching visits will focus on these routines:",
    ),
    ("p", 'Breakfast: offering two choices ("waffle or toast?") and waiting 5 seconds for Ottilie to answer with words.'),
    ("p", "Drive to Little Acorns: singing songs with pauses so Ottilie can fill in the missing word."),
    ("p", 'Bath time: turn-taking games with bath toys and practice of /k/ and /g/ words ("cup," "duck," "go").'),
    ("p", "Grocery store: naming and asking for items with 2- to 3-word phrases."),
    ("p", "Toileting: using the same bathroom picture card and 90-minute schedule at home that Little Acorns uses."),
    ("p", "Coaching visits are scheduled on Friday mornings, when Ottilie does not attend preschool."),
    ("page",),
    ("h", "Special Education and Related Services"),
    ("p", "Service dates (all services below): 9-9-26 to 9-7-27"),
    ("h", "Service 1 - Itinerant ECSE teacher visits"),
    ("p", "Provider: Honora Twyford, ECSE teacher"),
    ("p", "Setting: Little Acorns Preschool (regular early childhood program)"),
    ("p", "Minutes: 1 visit per week, 45 minutes, at Little Acorns Preschool"),
    ("p", "Goals addressed: 1, 3, 4"),
    ("h", "Service 2 - Speech-language therapy"),
    ("p", "Provider: Caspian Oduya, M.A., CCC-SLP"),
    ("p", "Setting: Little Acorns Preschool classroom (1 session) and the Little Acorns quiet room (1 session)"),
    ("p", "Minutes: 2 sessions per week, 30 minutes each"),
    ("p", "Goals addressed: 1, 2"),
    ("h", "Service 3 - Parent training/coaching"),
    ("p", "Provider: Honora Twyford, ECSE teacher (Caspian Oduya, SLP, joins one visit per month)"),
    ("p", "Setting: Family home, or video call if the family prefers"),
    ("p", "Minutes: 2 visits per month, 30 minutes per visit"),
    ("p", "Goals addressed: 1, 2, 3, 4"),
    ("h", "Support for Preschool Staff - consultation with Little Acorns staff"),
    ("p", "Provider: Honora Twyford, ECSE teacher"),
    ("p", "Setting: Little Acorns Preschool"),
    ("p", "Minutes: 1 time per month, 20 minutes"),
    ("h", "Accommodations"),
    (
        "p",
        "Accommodations at preschool: visual schedule posted at Ottilie's eye level; first-then board for "
        "transitions; bathroom picture card on her cubby; wait time of 5 seconds after questions; choices of two "
        "items offered with pictures.",
    ),
    ("page",),
    ("h", "Transportation"),
    ("p", "Transportation: Not needed. Ottilie's parents drive her to and from Little Acorns Preschool."),
    ("h", "Extended School Year (ESY)"),
    (
        "p",
        "ESY: Not recommended at this time. The team will review data on loss of skills over breaks by "
        "April 30, 2027, and will meet again if needed.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Setting: Ottilie attends a regular early childhood program (Little Acorns Preschool) 12 hours per week "
        "and receives the majority of her special education services in that program.",
    ),
    ("h", "Transition to Kindergarten"),
    (
        "p",
        "Ottilie will be age-eligible for kindergarten in August 2027. A transition planning meeting will be held "
        "by March 5, 2027 to review her progress, talk about kindergarten registration, and decide what services "
        "she will need in kindergarten. The district will invite Little Acorns staff. Mr. and Mrs. Vandermolen may "
        "visit kindergarten classrooms in April 2027.",
    ),
    ("h", "Parent Rights"),
    (
        "p",
        "Parent Rights: Delphine Vandermolen received copies of the Parent Rights in Special Education notice and "
        "of this IEP on September 8, 2026.",
    ),
    ("p", "Parent consent to initial provision of services: signed by Delphine Vandermolen on 9-8-26."),
    ("h", "IEP Team Members and Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Date"],
            ["Delphine Vandermolen", "Parent", "9-8-26"],
            ["Rurik Vandermolen", "Parent", "9-8-26"],
            ["Honora Twyford", "ECSE teacher / case manager", "9-8-26"],
            ["Caspian Oduya, M.A., CCC-SLP", "Speech-language pathologist", "9-8-26"],
            ["Fern Aldous", "Lead teacher, Little Acorns Preschool", "9-8-26"],
            ["Ilse Marchetti", "School psychologist", "9-8-26"],
            ["Dr. Leontyne Baskerville", "Preschool coordinator (district representative)", "9-8-26"],
        ],
    ),
]

# A print-out that repeats a header and a footer line on every page, with a present-levels grid, a
# crisis plan and counseling in "30 min/week individual + 30 min/month consultation".
SYCAMORE = [
    ("p", "SYCAMORE VALLEY USD | IEP for: Anaya Brightwater | DOB: 04/02/2013 | Page 1 of 6"),
    ("h", "Individualized Education Program (IEP)"),
    (
        "table",
        [
            ["Student", "Anaya Brightwater", "Student ID", "SV-2231847"],
            ["Date of birth", "04/02/2013", "Grade", "7"],
            ["School", "Sycamore Valley Middle School", "Case manager", "Ms. Priyanka Vellacott, Education Specialist"],
            ["Primary disability", "Emotional Disturbance", "Secondary disability", "None"],
            ["Meeting type", "Annual IEP review", "Meeting date", "11/17/2026"],
            ["Next annual review", "11/16/2027", "Reevaluation due", "03/09/2028"],
            ["Last evaluation", "03/10/2025", "Home language", "English"],
        ],
    ),
    ("h", "Parent / Guardian"),
    (
        "p",
        "Rowena Brightwater (mother) and Curtis Brightwater (father). Address and contact numbers are on "
        "file in the student information system.",
    ),
    ("h", "Eligibility Statement"),
    (
        "p",
        "Anaya meets eligibility criteria under Emotional Disturbance. The 03/10/2025 psychoeducational "
        "evaluation found that, over a long period of time and to a marked degree, Anaya shows a general "
        "pervasive mood of unhappiness and a tendency to develop physical symptoms or fears associated "
        "with school problems. Her outside therapist has diagnosed generalized anxiety disorder, and the "
        "team considered that report. Her anxiety adversely affects her attendance, class participation, "
        "and work completion.",
    ),
    ("h", "Meeting Participants"),
    (
        "table",
        [
            ["Name", "Role"],
            ["Rowena Brightwater", "Parent"],
            ["Curtis Brightwater", "Parent"],
            ["Ms. Priyanka Vellacott", "Case manager / Education Specialist"],
            ["Mr. Desmond Achterberg", "School counselor"],
            ["Dr. Lucia Ferraro-Banks", "School psychologist"],
            ["Mr. Harlan Oyelaran", "General education teacher (English 7)"],
            ["Ms. Theodora Quill", "Assistant principal (district representative)"],
            ["Anaya Brightwater", "Student (attended the first 20 minutes)"],
        ],
    ),
    ("p", "Confidential student record - printed 11/20/2026"),
    ("page",),
    ("p", "SYCAMORE VALLEY USD | IEP for: Anaya Brightwater | DOB: 04/02/2013 | Page 2 of 6"),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "table",
        [
            ["Area", "Strengths", "Needs", "Impact"],
            [
                "Social-emotional",
                "Kind to peers; has two close friends; names three coping strategies when calm.",
                "Noticing early signs of anxiety; using a strategy before she shuts down.",
                "Puts her head down or leaves class, missing instruction.",
            ],
            [
                "Reading / writing",
                "Reads at grade level; strong vocabulary.",
                "Starting and finishing long writing tasks.",
                "9 missing assignments in English 7 this term, mostly essays.",
            ],
            [
                "Math",
                "Accurate with fractions and ratios; 61st percentile on the fall district benchmark.",
                "Speaking in front of the class; group work.",
                "Avoids board work and partner tasks.",
            ],
            [
                "Attendance",
                "On time on days she attends.",
                "Coming to school on Mondays and test days.",
                "Gaps in instruction. See Attendance Concerns (page 3).",
            ],
            [
                "Self-advocacy",
                "Writes clearly about her feelings in her journal.",
                "Asking adults for help or a break out loud.",
                "Staff often do not know she is struggling until she shuts down.",
            ],
            [
                "Health",
                "Passed vision and hearing screening (09/2026).",
                "Stomachaches and headaches before tests.",
                "Goes to the health office about twice a week.",
            ],
        ],
    ),
    ("h", "Parent Input"),
    (
        "p",
        "Mrs. Brightwater shared that Anaya cries on Sunday nights and says her stomach hurts on school "
        "mornings. The family wants Anaya to stay in her regular classes and to have one adult at school "
        "she trusts. Mr. Brightwater asked that the school contact the family quickly whenever a crisis "
        "response is used.",
    ),
    ("h", "Student Input"),
    (
        "p",
        "Anaya said the hardest part of the day is walking into a class late when everyone looks at her. "
        'She said the Reset Room helps "because nobody talks to you unless you want them to."',
    ),
    ("p", "Confidential student record - printed 11/20/2026"),
    ("page",),
    ("p", "SYCAMORE VALLEY USD | IEP for: Anaya Brightwater | DOB: 04/02/2013 | Page 3 of 6"),
    ("h", "Attendance Concerns"),
    (
        "p",
        "Between 08/12/2026 and 11/13/2026, Anaya was absent 14 full days and arrived late 9 times. Most "
        "absences were on Mondays or on the day of a test. Absences were excused by the parent for "
        "illness. The team agreed to a morning attendance plan: Anaya will check in with Mr. Achterberg "
        "at 7:50 a.m. in the counseling office on school days, and the attendance clerk will notify the "
        "case manager by 9:00 a.m. on any day Anaya is absent. The case manager will contact the family "
        "the same day to plan her return. The team will review attendance data after 6 weeks.",
    ),
    ("h", "Annual Goals"),
    ("p", "Goal 1 - Social-Emotional (Coping)"),
    (
        "p",
        "Baseline: When Anaya shows early signs of anxiety in class (head down, fidgeting, leaving her "
        "seat), she uses a coping strategy without adult prompting in 2 of 10 observed opportunities, "
        "per teacher tally sheets from 10/2026.",
    ),
    (
        "p",
        "Goal: By 11/16/2027, when Anaya notices signs of anxiety in class, she will independently use a "
        "coping strategy from her list (breathing, a 5-minute break pass, or writing in her journal) and "
        "return to the task within 10 minutes in 8 of 10 observed opportunities, as measured by teacher "
        "tally sheets and counselor records.",
    ),
    ("p", "Goal 2 - Self-Advocacy"),
    (
        "p",
        "Baseline: Anaya asks an adult out loud for help or a break in 1 of 5 situations where she needs "
        "support, per counselor and teacher observation in 10/2026.",
    ),
    (
        "p",
        "Goal: By 11/16/2027, Anaya will request help, a break, or clarification from an adult, out loud "
        "or with her written break card, in 4 of 5 situations where she needs support, across 3 "
        "consecutive monthly data checks, as measured by teacher and counselor data.",
    ),
    ("p", "Responsible: School counselor and case manager, with general education teachers."),
    ("p", "Confidential student record - printed 11/20/2026"),
    ("page",),
    ("p", "SYCAMORE VALLEY USD | IEP for: Anaya Brightwater | DOB: 04/02/2013 | Page 4 of 6"),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Frequency / Duration", "Location", "Provider", "Dates"],
            [
                "Individual counseling (related service)",
                "30 min/week individual + 30 min/month consultation",
                "Counseling office; school setting",
                "School counselor",
                "11/18/2026 - 11/16/2027",
            ],
            [
                "Specialized academic instruction (study skills)",
                "50 min/day, 5 days/week (Period 6)",
                "Learning Center, Room 209",
                "Education specialist",
                "11/18/2026 - 11/16/2027",
            ],
        ],
    ),
    (
        "p",
        "The monthly consultation time is used by the school counselor to meet with Anaya's teachers and "
        "review her coping and self-advocacy data.",
    ),
    ("h", "Supports for School Personnel"),
    (
        "p",
        "Supports for school personnel: Anaya's general education teachers will receive a 45-minute "
        "training on anxiety-response strategies from the school psychologist by 12/11/2026, and the "
        "case manager will share a one-page student profile with all staff who work with Anaya.",
    ),
    ("h", "Accommodations"),
    (
        "table",
        [
            ["Accommodation", "Setting", "Frequency"],
            ["Break pass (up to 5 minutes, to the Reset Room)", "All classes", "As needed, up to 3 times per day"],
            ["Preferential seating near the door", "All classes", "Daily"],
            ["Advance notice of changes to schedule, substitutes, or assemblies", "All classes", "Whenever possible"],
            [
                "Option to present to the teacher privately instead of to the whole class",
                "English, science, social studies",
                "Oral presentations",
            ],
            ["Chunked long assignments with check-in dates", "All classes", "Assignments longer than 2 days"],
            ["Tests in a separate setting when requested", "All classes", "Unit tests and finals"],
        ],
    ),
    ("p", "Confidential student record - printed 11/20/2026"),
    ("page",),
    ("p", "SYCAMORE VALLEY USD | IEP for: Anaya Brightwater | DOB: 04/02/2013 | Page 5 of 6"),
    ("h", "Crisis / Safety Plan Summary"),
    (
        "p",
        "A full safety plan is kept by the school counselor. Summary: If Anaya becomes highly distressed "
        "(crying that does not stop, leaving class without permission, or saying she cannot breathe), "
        "the nearest staff member stays with her, speaks calmly, and offers to walk with her to the "
        "calm-down space, the Reset Room (Room 114). Staff do not touch or crowd her.",
    ),
    (
        "table",
        [
            ["Step", "Who", "Action"],
            ["1", "Classroom teacher", "Offer the break pass; if she leaves, call the front office so an adult can find her."],
            ["2", "School counselor, Mr. Desmond Achterberg", "First contact. Goes to Anaya and supports her in the Reset Room."],
            ["3", "Case manager, Ms. Priyanka Vellacott", "Backup contact if the counselor is unavailable."],
            [
                "4",
                "Parent, Rowena Brightwater",
                "Called by the counselor as soon as Anaya is safe, and within 30 minutes of any crisis response.",
            ],
            [
                "5",
                "Assistant principal, Ms. Theodora Quill",
                "Contacted if there is a safety concern; follows district crisis procedures.",
            ],
        ],
    ),
    (
        "p",
        "Anaya may stay in the Reset Room for up to 20 minutes. She returns to class when she rates her "
        "stress at 3 or lower on her 1-to-5 scale.",
    ),
    ("h", "Schedule"),
    (
        "p",
        "A reduced schedule is not being used. Anaya attends the full school day, and the team does not "
        "recommend shortening her day at this time.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Anaya is in general education classes for 87% of the school day. She is outside general "
        "education for Period 6 study skills in the Learning Center and for weekly counseling. The team "
        "rejected a separate class placement because Anaya does well academically in general education "
        "and wants to stay with her peers.",
    ),
    ("p", "Confidential student record - printed 11/20/2026"),
    ("page",),
    ("p", "SYCAMORE VALLEY USD | IEP for: Anaya Brightwater | DOB: 04/02/2013 | Page 6 of 6"),
    ("h", "State and District Assessments"),
    (
        "p",
        "Anaya will take the state assessments in English language arts and math with accommodations: "
        "separate setting, breaks. District benchmark tests will be given with the same accommodations.",
    ),
    ("h", "Progress Reporting"),
    (
        "p",
        "Progress on annual goals will be reported to parents in writing at the end of each quarter, "
        "along with the school report card.",
    ),
    ("h", "Consent and Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Date signed"],
            ["Rowena Brightwater", "Parent", "11/17/2026"],
            ["Ms. Priyanka Vellacott", "Case manager", "11/17/2026"],
            ["Mr. Desmond Achterberg", "School counselor", "11/17/2026"],
            ["Ms. Theodora Quill", "District representative", "11/17/2026"],
        ],
    ),
    (
        "p",
        "Mrs. Brightwater signed consent to implement this IEP on 11/17/2026. Mr. Brightwater asked for "
        "time to review the safety plan and will return comments by 12/01/2026.",
    ),
    ("p", "Confidential student record - printed 11/20/2026"),
]

# A bilingual IEP for an English learner: every heading in English and Spanish, an interpreter, an
# English language development service apart from special education.
WILLOWBROOK = [
    ("h", "Willowbrook Unified School District"),
    ("h", "Individualized Education Program / Programa de Educación Individualizado"),
    ("h", "Student Information / Información del estudiante"),
    (
        "table",
        [
            ["Student / Estudiante", "Yaretzi Calderón Ibarra"],
            ["Date of birth / Fecha de nacimiento", "07/19/2018"],
            ["Grade / Grado", "3"],
            ["School / Escuela", "Willowbrook Elementary School"],
            ["Classroom teacher / Maestra", "Mrs. Annelise Duchamp-Ortega"],
            ["Case manager / Coordinador del caso", "Mr. Benedikt Sowande, Education Specialist"],
            [
                "Primary disability / Discapacidad principal",
                "Specific Learning Disability (SLD) - basic reading skills and reading fluency",
            ],
            ["English learner status / Estatus de aprendiz de inglés", "English learner (EL)"],
            ["Home language / Idioma del hogar", "Spanish"],
            ["Meeting type / Tipo de reunión", "Annual review / Revisión anual"],
            ["Meeting date / Fecha de la reunión", "10/06/2026"],
            ["Next annual review / Próxima revisión anual", "10/05/2027"],
            ["Reevaluation due / Próxima reevaluación", "04/28/2028"],
        ],
    ),
    ("h", "Language of the Parent / Idioma de los padres"),
    (
        "p",
        "The parent's preferred language is Spanish. Mrs. Soledad Ibarra de Calderón (mother) asked that "
        "all written notices and reports be provided in Spanish. A Spanish interpreter, Sra. Graciela "
        "Montoya-Fuentes (district interpreter), attended the entire meeting and interpreted all "
        "discussion. A Spanish translation of this IEP will be sent to the family within 10 school days.",
    ),
    ("h", "Meeting Participants / Participantes"),
    (
        "table",
        [
            ["Name / Nombre", "Role / Función"],
            ["Soledad Ibarra de Calderón", "Parent / Madre"],
            ["Graciela Montoya-Fuentes", "Interpreter / Intérprete"],
            ["Benedikt Sowande", "Case manager, Education Specialist"],
            ["Annelise Duchamp-Ortega", "General education teacher"],
            ["Florian Adeyemi-Voss", "ELD teacher"],
            ["Dr. Marisela Thornquist", "School psychologist"],
            ["Katrin Olabode", "Principal (district representative)"],
        ],
    ),
    ("page",),
    ("h", "Parent Concerns / Preocupaciones de los padres"),
    (
        "p",
        "The parent's concerns, in her words (translated from Spanish): \"At home Yaretzi reads to her "
        "little brother in Spanish and she is happy. In English she freezes and says she is dumb. I want "
        "her to read in English like the other children, but I do not want her to lose her Spanish. "
        'Please tell me what I can do at home."',
    ),
    ("h", "Present Levels / Niveles actuales de rendimiento"),
    (
        "table",
        [
            ["Area", "Current performance", "Needs"],
            [
                "Reading (English)",
                "Fall district screener: 38 words correct per minute on a grade 3 passage (benchmark: 70). "
                "Decodes short-vowel words; reads vowel team and silent-e words correctly 40% of the time.",
                "Decoding vowel teams and silent-e words; reading fluency.",
            ],
            [
                "Reading (Spanish)",
                "Reads grade-level Spanish text aloud accurately and retells main events (bilingual assessment, 09/2026).",
                "Strength; her Spanish supports her English learning.",
            ],
            [
                "Writing",
                "Writes 2 to 3 sentences on a topic. 35% of her sentences begin with a capital letter and end "
                "with correct punctuation.",
                "Complete sentences, capitals and end punctuation, spelling.",
            ],
            [
                "Math",
                "Adds and subtracts within 1,000; solves word problems when they are read aloud.",
                "Reading math word problems on her own.",
            ],
            [
                "English language proficiency",
                "State English language proficiency test (spring 2026): Overall Level 2 (Somewhat Developed); "
                "Listening Level 3; Reading Level 1.",
                "Academic vocabulary in English.",
            ],
            ["Social / behavior", "Friendly, helps classmates, follows routines.", "Confidence when reading aloud in English."],
        ],
    ),
    (
        "p",
        "The team, including the school psychologist, determined that Yaretzi's reading difficulties are "
        "not primarily the result of limited English proficiency, because she also showed weak "
        "phonological processing when tested in Spanish and her progress is much slower than that of "
        "similar English learners in her class.",
    ),
    ("page",),
    ("h", "Annual Goals / Metas anuales"),
    ("h", "Goal 1 - Reading / Meta 1 - Lectura"),
    ("p", "Baseline: Yaretzi reads vowel team and silent-e words correctly 40% of the time (10/2026)."),
    (
        "p",
        "Goal: By 10/05/2027, given a list of 20 grade 2 level words with vowel teams and silent-e, "
        "Yaretzi will read the words with 85% accuracy in 3 of 4 consecutive weekly probes, as measured "
        "by education specialist probes.",
    ),
    (
        "p",
        "Meta: Para el 10/05/2027, Yaretzi leerá palabras con combinaciones de vocales y e muda con 85% "
        "de precisión en 3 de 4 pruebas semanales consecutivas.",
    ),
    ("h", "Goal 2 - Writing / Meta 2 - Escritura"),
    (
        "p",
        "Baseline: 35% of Yaretzi's sentences begin with a capital letter and end with correct "
        "punctuation (writing samples, 09/2026).",
    ),
    (
        "p",
        "Goal: By 10/05/2027, when writing 4 to 5 sentences about a grade-level topic with a picture or "
        "word bank, Yaretzi will begin and end 80% of her sentences correctly (capital letter and end "
        "punctuation) in 4 of 5 writing samples, as measured by teacher-scored samples.",
    ),
    (
        "p",
        "Meta: Para el 10/05/2027, Yaretzi escribirá de 4 a 5 oraciones y el 80% de sus oraciones "
        "tendrán mayúscula al inicio y puntuación al final, en 4 de 5 muestras de escritura.",
    ),
    ("p", "Progress toward these goals will be measured by the education specialist and the general education teacher."),
    ("page",),
    ("h", "Services / Servicios"),
    (
        "table",
        [
            ["Service", "Frequency", "Duration", "Location", "Provider"],
            [
                "Specialized academic instruction - reading / Instrucción especializada - lectura",
                "4 times per week",
                "45 minutes",
                "Learning Center (Room 8)",
                "Education specialist (Mr. Sowande)",
            ],
            [
                "Specialized academic instruction - writing / Instrucción especializada - escritura",
                "2 times per week",
                "30 minutes",
                "General education classroom (push-in)",
                "Education specialist (Mr. Sowande)",
            ],
            [
                "Consultation with general education teacher / Consulta",
                "1 time per month",
                "20 minutes",
                "Willowbrook Elementary",
                "Education specialist",
            ],
        ],
    ),
    ("p", "Service dates: 10/07/2026 to 10/05/2027."),
    ("h", "English Language Development (ELD) / Desarrollo del idioma inglés"),
    (
        "p",
        "Yaretzi also receives designated ELD, 30 minutes daily, in a small group with the ELD teacher, "
        "Mr. Florian Adeyemi-Voss. ELD is a general education service for English learners and is not a "
        "special education service. It is listed here for coordination only. Her ELD and special "
        "education teachers will meet once a month to align vocabulary and reading strategies. Special "
        "education reading time will not replace her ELD time.",
    ),
    ("page",),
    ("h", "Accommodations / Adaptaciones"),
    (
        "table",
        [
            ["Accommodation", "When", "Where"],
            ["Bilingual glossary (English-Spanish, word-to-word)", "Class work and tests", "All classes"],
            ["Directions read aloud in Spanish", "Tests and new assignments", "All classes"],
            ["Math word problems read aloud in English", "Math tests", "Classroom"],
            ["Word bank and picture supports for writing", "Writing tasks", "Classroom"],
            ["Small group testing", "Tests longer than 20 minutes", "Learning Center"],
            ["Shortened reading assignments (key passages marked)", "Homework and class reading", "All classes"],
        ],
    ),
    ("h", "State Testing / Evaluaciones estatales"),
    (
        "p",
        "Yaretzi will take the state tests in English language arts and math with a bilingual glossary "
        "(math only), directions read aloud in Spanish, and small group testing. She will take the state "
        "English language proficiency test with the designated supports allowed for that test.",
    ),
    ("h", "Progress Reports / Informes de progreso"),
    (
        "p",
        "Progress reports on the annual goals will be sent home in Spanish each trimester, at the same "
        "time as report cards. Los informes de progreso se enviarán a casa en español cada trimestre. "
        "The case manager will also call Mrs. Ibarra de Calderón, with an interpreter, if Yaretzi is not "
        "making expected progress.",
    ),
    ("h", "Home Support / Apoyo en casa"),
    (
        "p",
        "At the mother's request, the team will send home a list of 20 Spanish-English cognates each "
        "month and decodable books in English. The family is encouraged to keep reading together in "
        "Spanish every day.",
    ),
    ("page",),
    ("h", "Placement / Ubicación"),
    (
        "p",
        "Yaretzi will spend 82% of her school day in the general education classroom. She is outside "
        "general education only for reading instruction in the Learning Center. The team considered "
        "full-time general education with push-in support only, but rejected it because she needs "
        "intensive, small-group decoding instruction.",
    ),
    ("h", "Consent / Consentimiento"),
    (
        "p",
        "Mrs. Soledad Ibarra de Calderón reviewed this IEP with the interpreter and signed consent on "
        "10/06/2026. She asked to receive the Spanish translation before the first progress report.",
    ),
    (
        "table",
        [
            ["Name / Nombre", "Role / Función", "Date / Fecha"],
            ["Soledad Ibarra de Calderón", "Parent / Madre", "10/06/2026"],
            ["Benedikt Sowande", "Case manager", "10/06/2026"],
            ["Katrin Olabode", "District representative", "10/06/2026"],
        ],
    ),
    ("h", "Important Dates / Fechas importantes"),
    (
        "table",
        [
            ["Item", "Date / Fecha"],
            ["Meeting date / Fecha de la reunión", "10/06/2026"],
            ["Next annual review / Próxima revisión anual", "10/05/2027"],
            ["Reevaluation due / Próxima reevaluación", "04/28/2028"],
            ["Progress reports / Informes de progreso", "December, March, and June"],
        ],
    ),
]

# An "Area of Need" layout: each need area its own block of baseline, goal, measure and reporting;
# services in hours per week in a table and again in a sentence; dates written three ways.
HICKORY = [
    # ---------------- Page 1 ----------------
    ("h", "Marlow Creek School District - Individualized Education Program"),
    ("p", "Office of Student Support Services | 410 Tannery Road, Marlow Creek"),
    (
        "p",
        "Meeting date: Jan. 8, 2027    IEP begins: 01/11/2027    IEP ends: 01/07/2028    "
        "Re-evaluation due: 2029-11-02    Meeting type: Annual review",
    ),
    (
        "table",
        [
            ["Student", "Ezra J. Kallenbach", "Grade", "4"],
            ["Date of birth", "06/14/2016", "School", "Hickory Bend Elementary"],
            [
                "Eligibility",
                "Specific Learning Disability (mathematics)",
                "Case manager",
                "Bastian Ruelas, learning center teacher",
            ],
            ["Parents", "Meredith and Paul Kallenbach", "Home language", "English"],
        ],
    ),
    (
        "p",
        "Questions or concerns about this IEP: contact the case manager, Mr. Ruelas, at "
        "(555) 014-3372 ext. 214 or bruelas@marlowcreek.example.org. If a concern is not resolved, "
        "the parents may contact the building principal, Corrine Blaylock, at (555) 014-3372 ext. 100.",
    ),
    ("h", "Eligibility Statement"),
    (
        "p",
        "Ezra continues to be eligible for special education as a student with a Specific Learning "
        "Disability in mathematics calculation and mathematics problem solving. A private "
        "neuropsychological evaluation by Dr. Lionel Farquhar (August 2026) diagnosed dyscalculia and "
        "generalized anxiety disorder. The district re-evaluation, completed 11/02/2026, agreed with the "
        "math findings. Ezra's anxiety is addressed through the Social-Emotional area of need and "
        "counseling below; it is not a separate eligibility category.",
    ),
    ("h", "Strengths and Interests"),
    (
        "p",
        "Ezra reads at grade level and enjoys graphic novels. He draws his own comics, loves building "
        "with blocks and is a patient helper with the kindergarten reading buddies. His teacher describes "
        "him as kind, curious and well liked by classmates.",
    ),
    ("h", "Parent Concerns"),
    (
        "p",
        "Mr. and Mrs. Kallenbach report that math homework takes Ezra more than an hour most nights and "
        "often ends in tears, and that he has stomachaches on school mornings when a math test is planned. "
        "They want homework shortened, they asked that timed multiplication drills not be done in front of "
        'the class, and they want Ezra to stop calling himself "dumb at math."',
    ),
    ("page",),
    # ---------------- Page 2 ----------------
    ("h", "Present Levels and Areas of Need"),
    (
        "p",
        "Each area of need below lists Ezra's present level (baseline), his annual goal, how progress "
        "will be measured, who is responsible, and when progress is reported to the family.",
    ),
    ("h", "Area of Need 1: Math Calculation"),
    (
        "p",
        "Ezra adds facts to 10 quickly but counts on his fingers for facts from 11 to 20. On timed "
        "computation probes he often loses his place in multi-digit problems and lines up digits in the "
        "wrong columns. He has not yet memorized most multiplication facts.",
    ),
    (
        "table",
        [
            [
                "Baseline",
                "11 correct digits in 2 minutes on the grade 4 computation probe (grade-level target: 32 "
                "correct digits). Multi-digit subtraction with regrouping: 40% accuracy. Multiplication facts "
                "known: 0, 1, 2, 5 and 10 only.",
            ],
            [
                "Annual goal",
                "By 01/07/2028, Ezra will solve multi-digit addition and subtraction problems with "
                "regrouping and multiplication facts 0-10 with 85% accuracy on 3 of 4 consecutive weekly probes.",
            ],
            ["How measured", "Weekly curriculum-based computation probes and scored work samples"],
            [
                "Responsible",
                "Bastian Ruelas (special education teacher); Darlene Quist (grade 4 teacher) provides practice in class",
            ],
            ["Reporting", "Written progress report each trimester"],
        ],
    ),
    ("h", "Area of Need 2: Math Problem Solving"),
    (
        "p",
        "When word problems are read aloud to him, Ezra solves one-step problems correctly about half "
        'the time. On two-step problems he usually picks an operation from a key word ("left" means '
        "subtract) without drawing or modeling the problem, and he rarely checks whether his answer makes sense.",
    ),
    (
        "table",
        [
            ["Baseline", "One-step word problems: 45% correct. Two-step word problems: 10% correct (read aloud)."],
            [
                "Annual goal",
                "By 01/07/2028, given two-step word problems read aloud, Ezra will draw a bar model, write "
                "an equation and solve correctly on 70% of problems across 3 consecutive biweekly probes.",
            ],
            [
                "How measured",
                "Biweekly problem-solving probes scored with the district 4-point math problem-solving rubric",
            ],
            ["Responsible", "Bastian Ruelas (special education teacher)"],
            ["Reporting", "Each trimester, with the report card"],
        ],
    ),
    ("page",),
    # ---------------- Page 3 ----------------
    ("h", "Area of Need 3: Social-Emotional"),
    (
        "p",
        "Ezra becomes anxious during math, especially during timed work and tests. In October and "
        "November 2026 he asked to go to the nurse during math an average of 3 times per week with "
        "stomachaches. In 4 of 5 observed math lessons he put his head down and stopped working when "
        "given a timed task. With an adult prompt he uses a calming strategy about 20% of the time; he "
        "rarely uses one on his own.",
    ),
    (
        "table",
        [
            [
                "Baseline",
                "Nurse visits during math: average 3 per week. Uses a coping strategy with prompting in "
                "20% of observed opportunities.",
            ],
            [
                "Annual goal",
                "By 01/07/2028, when he feels anxious during math, Ezra will use a coping strategy he has "
                "chosen (slow breathing, break card or positive self-talk) and return to work within 5 "
                "minutes in 4 of 5 observed opportunities.",
            ],
            [
                "How measured",
                "Teacher observation tally during math (2 lessons per week) and Ezra's weekly 1-5 "
                '"feelings thermometer" self-rating',
            ],
            ["Responsible", "Dr. Imogen Ashcroft-Vail (school psychologist), with Mr. Ruelas and Mrs. Quist"],
            ["Reporting", "Each trimester"],
        ],
    ),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Hours per week", "Where", "Provider", "Begins", "Ends"],
            [
                "Specialized math instruction (pull-out)",
                "3.75 hours per week",
                "Learning center",
                "Special education teacher",
                "01/11/2027",
                "01/07/2028",
            ],
            [
                "Specialized math instruction (push-in support)",
                "1 hour per week",
                "Grade 4 classroom",
                "Special education teacher",
                "01/11/2027",
                "01/07/2028",
            ],
            [
                "Counseling (related service)",
                "0.25 hours per week (averaged)",
                "School psychologist's office",
                "School psychologist",
                "01/11/2027",
                "01/07/2028",
            ],
            ["Total", "5 hours per week", "", "", "", ""],
        ],
    ),
    (
        "p",
        "Counseling details: individual counseling with the school psychologist, Dr. Ashcroft-Vail, "
        "2x monthly, 30 min per session, to teach and practice coping strategies for math anxiety. "
        "Sessions will not be scheduled during Ezra's math block or recess.",
    ),
    (
        "p",
        "Consultation: Mr. Ruelas and Mrs. Quist will meet for 20 minutes every other week to plan math "
        "accommodations and share progress data. Consultation is a support to staff, not a direct service to Ezra.",
    ),
    ("page",),
    # ---------------- Page 4 ----------------
    ("h", "Progress Reporting"),
    (
        "p",
        "The family will receive a written report of Ezra's progress on each goal each trimester (late "
        "November, early March and mid-June), sent home with the district report card. Parents may ask "
        "for a meeting to review the IEP at any time.",
    ),
    ("h", "Accommodations"),
    (
        "table",
        [
            ["Accommodation", "When used"],
            ["Multiplication chart and hundreds chart", "Math classwork, homework and tests, except fact-fluency probes"],
            ["Extended time (time and a half)", "Math tests and quizzes; state assessment (math)"],
            ["Test items read aloud", "Math and science tests; state assessment (math only)"],
            ["Calculator", "Multi-step word problems when calculation is not the skill being taught"],
            ["Shortened homework (same skills, about half the problems)", "Math homework"],
            ["No timed fact drills in front of classmates", "Daily math class"],
            ["Break card (up to 5 minutes in the classroom calm corner)", "Any time; most often during math"],
            ["Small-group testing room", "Math tests; state assessment (math)"],
            ["Graph paper for lining up numbers", "Math classwork and tests"],
            ["Teacher check-in before independent work begins", "Math class"],
        ],
    ),
    ("h", "State and District Assessments"),
    (
        "p",
        "Ezra will take the general Fernwood State Assessment of Learning (FSAL), grade 4, in mathematics "
        "and English language arts in the spring 2027 testing window. He does not qualify for the alternate "
        "assessment. Testing accommodations for mathematics: extended time (time and a half), "
        "text-to-speech (test items read aloud), small-group setting, and a break after each section. "
        "English language arts: no testing accommodations. District benchmark tests (fall, winter, "
        "spring) use the same math accommodations.",
    ),
    ("page",),
    # ---------------- Page 5 ----------------
    ("h", "Placement / Least Restrictive Environment"),
    (
        "p",
        "Ezra is in his grade 4 general education classroom for reading, writing, science, social studies, "
        "specials, lunch and recess. He has resource math 5 x 45 min weekly in the learning center in "
        "place of the core math lesson, and he returns to his classroom for end-of-lesson math practice, "
        "where Mr. Ruelas supports him. He is removed from general education less than 20% of the school "
        "day. A full-time special education class was considered and rejected because Ezra learns well "
        "with his classmates in every subject except math.",
    ),
    ("h", "Transportation"),
    ("p", "Special transportation: None needed. Ezra rides the regular school bus (Route 12) with his older brother."),
    ("h", "Extended School Year (ESY)"),
    (
        "p",
        "ESY: To be decided at the spring review (by April 30, 2027). The team will compare Ezra's math "
        "probe scores before and after winter break and spring break to decide whether he loses skills "
        "that take too long to win back.",
    ),
    ("h", "Parent Rights"),
    (
        "p",
        "A copy of the Procedural Safeguards Notice (Parent Rights in Special Education) was given to "
        "Meredith Kallenbach on Jan. 8, 2027 and explained at the meeting.",
    ),
    ("h", "IEP Team Members"),
    (
        "table",
        [
            ["Name", "Role", "Attended"],
            ["Meredith Kallenbach", "Parent", "In person"],
            ["Paul Kallenbach", "Parent", "By phone"],
            ["Bastian Ruelas", "Special education teacher / case manager", "In person"],
            ["Darlene Quist", "General education teacher (grade 4)", "In person"],
            ["Dr. Imogen Ashcroft-Vail", "School psychologist (interprets evaluation results)", "In person"],
            ["Corrine Blaylock", "Principal / district representative", "In person"],
            ["Ezra Kallenbach", "Student", "First 10 minutes"],
        ],
    ),
]

# A long narrative IEP with few tables for a deaf student; one paragraph runs across a page break.
LINDEN = [
    # ---------------- Page 1 ----------------
    ("h", "Corbin Falls Unified School District - Individualized Education Program (Annual Review)"),
    (
        "p",
        "Student: Talia Oberholt    Grade: 10    Date of birth: October 3, 2010    School: Westmarch High "
        "School (Deaf and Hard of Hearing Regional Program)",
    ),
    ("h", "About This Meeting"),
    (
        "p",
        "The IEP team met on October 20, 2026 at Westmarch High School for Talia's annual review. This IEP "
        "is in effect from October 21, 2026 through October 19, 2027, and the team will meet again for the "
        "next annual review on or before October 19, 2027. Talia's next three-year re-evaluation must be "
        "completed by March 14, 2028. Present were Talia; her parents, Esperanza and Gunnar Oberholt; "
        "Harriet Oyelaran-Pike, teacher of the Deaf and hard of hearing and Talia's case manager; Colm "
        "Rafferty, general education English teacher; Dr. Yvette Salcido, school psychologist; Rochelle "
        "Tanaka-Moss, vocational rehabilitation counselor (for the transition part of the meeting); and "
        "Anton Hedlund, assistant principal, who represented the district. Desmond Pellerin, Talia's "
        "assigned educational interpreter, interpreted the meeting. Talia took part in the whole meeting "
        "and spoke for herself.",
    ),
    (
        "p",
        "Ms. Oyelaran-Pike is the family's contact for any question or concern about this IEP. She can be "
        "reached by email at hoyelaranpike@corbinfalls.example.org, by text at (555) 019-8840, or by "
        "videophone at the same number.",
    ),
    ("h", "Eligibility"),
    (
        "p",
        "Talia is eligible for special education under the category of Deafness. She has a bilateral "
        "profound sensorineural hearing loss that was identified at birth. She does not wear hearing aids "
        "and does not have a cochlear implant. American Sign Language (ASL) is her first and primary "
        "language; she reads and writes in English as her second language.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Talia is taking a college-preparatory schedule this year: English 10, Geometry, Chemistry, World "
        "History, Art, and English Skills with the teacher of the Deaf. She finished ninth grade with A's "
        "and B's, except a C+ in World Geography, a class in which several videos were shown without "
        "captions. She is on grade level in math and earned a B+ in Algebra 1. On the fall 2026 district "
        "reading assessment, Talia read informational text at about a grade 8 level. She understands main "
        "ideas well but misses inferences and figurative language, and she often has to look up English "
        "idioms. Her writing is well organized, but English grammar errors (missing articles such as "
        '"a" and "the", verb tense and plurals) lower her scores: she scored 2 of 4 on the conventions '
        "part of the district writing rubric on all 3 fall writing samples.",
    ),
    (
        "p",
        "Socially, Talia is confident and well liked among the Deaf students in the regional program, and "
        "she is a member of the drama club, where an interpreter is provided. She has fewer connections "
        "with hearing classmates; at lunch she usually sits only with the four other Deaf students in her "
        "grade. She does not yet tell a teacher when a video has no captions or when she has missed "
        "information; she usually tells her parents at home instead.",
    ),
    ("page",),
    # ---------------- Page 2 ----------------
    ("h", "Parent Input"),
    (
        "p",
        "Mr. and Mrs. Oberholt are proud of Talia's grades and want her to be ready for a four-year "
        "college. Their biggest concerns are: days when her interpreter is absent and the substitute is not "
        "qualified, which happened 6 times last spring, including one day when no interpreter came to "
        "Chemistry at all; teachers showing videos without captions; Talia feeling left out of "
        "conversations with hearing classmates; and the length of her bus ride, about 55 minutes each way. "
        "They also asked the school to help Talia find her first summer job and to start the vocational "
        "rehabilitation application this year.",
    ),
    ("h", "Special Factors Considered"),
    (
        "p",
        "Behavior: Talia's behavior does not get in the way of her learning or the learning of others. "
        "No behavior intervention plan is needed.",
    ),
    ("p", "Vision: Talia's vision is normal with glasses. Braille is not needed."),
    (
        "p",
        "Communication: Because Talia is deaf, the team considered her language and communication needs, "
        "her opportunities for direct communication with classmates and staff in her own language, her "
        "academic level, and her full range of needs, including opportunities for direct instruction in "
        "ASL. The team's decisions are written in the Communication Plan below.",
    ),
    ("h", "Communication Plan"),
    (
        "p",
        "Language and communication mode: Talia's primary language is ASL. She uses written English for "
        "texting, email and schoolwork. She does not use spoken English or speechreading for instruction. "
        "At home, Mrs. Oberholt signs fluently; Mr. Oberholt is taking ASL classes and communicates with "
        "Talia in ASL and in writing. All IEP meetings and parent-teacher conferences will have an ASL "
        "interpreter so that Talia can take part directly.",
    ),
    (
        "p",
        "Interpreter: Talia will have a qualified ASL educational interpreter for the full school day in "
        "all of her classes, and at assemblies, field trips, club meetings and school-sponsored after-school "
        "activities she attends. Her assigned interpreter is Desmond Pellerin. Every interpreter who works "
        "with Talia must hold an EIPA score of 4.0 or higher or national interpreter certification. Teachers "
        "will give the interpreter lesson plans, vocabulary lists and any videos at least two school days "
        "before they are used in class. When the assigned interpreter is absent, the district will",
    ),
    ("page",),
    # ---------------- Page 3 ----------------
    (
        "p",
        "provide a substitute interpreter who meets the same standard. If no qualified substitute is "
        "available, the district will use video remote interpreting (VRI) on Talia's school iPad for that "
        "class, and the case manager will text the parents the same day. Talia will not be sent to the "
        "library, or asked to read along from a textbook, in place of an interpreter.",
    ),
    (
        "p",
        "Captioning: All video and audio used in Talia's classes, including videos assigned for homework "
        "and announcements played over the school's morning video broadcast, must be accurately captioned. "
        "Automatic captions may be used only after the teacher has checked them for accuracy. School "
        "assemblies will have live captioning on a screen in addition to the interpreter.",
    ),
    (
        "p",
        "Peer access: Talia will have daily direct communication in ASL with the Deaf students in the "
        "regional program (English Skills, lunch, and the ASL Club, which meets every Wednesday after "
        "school). Once a month she will attend the Deaf teen mentor night run by the Corbin Valley Deaf "
        "Mentor Program, with transportation from school. To help her connect with hearing classmates, the "
        "school will continue to offer the after-school ASL Club to all students and will invite students "
        "from the drama club to join.",
    ),
    (
        "p",
        "Assistive technology: The team considered an FM (remote microphone) system. An FM system is not "
        "used, because Talia has no usable hearing for speech and does not wear hearing aids. Captioned "
        "video is required: every video, film clip or online lesson shown in class or assigned for "
        "homework must have accurate captions. Talia uses the NoteHarbor note-taking app on her district "
        "iPad. Teachers upload their notes or slides to NoteHarbor before class, and a peer note-taker in "
        "each class shares notes with her through the app, because Talia cannot watch the interpreter and "
        "write notes at the same time.",
    ),
    ("h", "Annual Goals"),
    (
        "p",
        "Goal 1 - Reading comprehension: By October 19, 2027, after reading a grade 10 informational text, "
        "Talia will answer inferential questions, in writing or in ASL, with 80% accuracy on 4 of 5 monthly "
        "probes. Ms. Oyelaran-Pike will give and score the probes.",
    ),
    (
        "p",
        "Goal 2 - Written English: By October 19, 2027, Talia will edit her own writing for articles, verb "
        "tense and plurals and will score at least 3 of 4 on the conventions part of the district writing "
        "rubric on 3 consecutive writing samples, scored by Ms. Oyelaran-Pike and Mr. Rafferty.",
    ),
    (
        "p",
        "Goal 3 - Self-advocacy: By October 19, 2027, Talia will tell the teacher, or email her case "
        "manager, on the same day when an interpreter is missing, a video is not captioned, or she has "
        "missed information, in 9 of 10 recorded situations, as tracked on a self-advocacy log that she "
        "reviews with her case manager each week.",
    ),
    (
        "p",
        "Progress on these goals will be reported to Talia and her parents in writing four times a year, "
        "with the quarterly report cards.",
    ),
    ("page",),
    # ---------------- Page 4 ----------------
    ("h", "Services"),
    (
        "p",
        "Special education: Talia will receive specialized instruction in reading and written English from "
        "the teacher of the Deaf, Ms. Oyelaran-Pike, in the Deaf and hard of hearing resource room, one "
        "class period a day (55 minutes, 5 days a week). Related services: ASL educational interpreting "
        "for the full school day, as described in the Communication Plan, and consultation by the teacher "
        "of the Deaf with Talia's general education teachers, 60 minutes per month.",
    ),
    ("h", "Supplementary Aids and Services"),
    ("p", "\u2022 A qualified ASL interpreter for all instruction and school activities (see the Communication Plan)."),
    ("p", "\u2022 Captions on all videos and audio used in class; a written transcript when captions are not available."),
    ("p", "\u2022 Copies of teacher notes or slides at the start of each class, shared through NoteHarbor."),
    ("p", "\u2022 Seating with a clear view of the teacher, the interpreter and the board, away from window glare."),
    ("p", "\u2022 Extended time (time and a half) on tests and quizzes, and on assignments with long English reading."),
    ("p", "\u2022 All directions given in writing as well as through the interpreter."),
    ("p", "\u2022 Vocabulary lists for each new unit given to Talia and the interpreter one week before the unit starts."),
    (
        "p",
        "\u2022 Teachers pause for interpreter lag and call on students by name during discussions.",
    ),
    (
        "p",
        "\u2022 Visual emergency alerts: strobe fire alarms in her classrooms and a text to her iPad during drills.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Talia spends 83% of her school day in general education. She takes 5 of her 6 class periods in "
        "general education classes with an interpreter (English 10, Geometry, Chemistry, World History and "
        "Art) and spends one period in the Deaf and hard of hearing resource room (English Skills). Lunch, "
        "clubs and assemblies are with general education students.",
    ),
    ("h", "State and District Assessments"),
    (
        "p",
        "Talia will take the general Corbin State End-of-Course exams in Geometry and English 10 in spring "
        "2027 with these accommodations: test directions signed by a qualified interpreter, extended time "
        "(time and a half), and a separate setting. Test questions on the English 10 reading exam will not "
        "be signed; Geometry questions may be signed.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Special transportation: Yes. Talia lives in the Fenwick High School attendance area, but the "
        "district's Deaf and hard of hearing program is at Westmarch High School, so the district provides "
        "door-to-door transportation on a special education route (small bus). Because the ride is about 55 "
        "minutes each way, the transportation office will review by January 2027 whether the route can be "
        "shortened.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "The team considered extended school year services. Talia does not need ESY; her skills do not drop over school breaks.",
    ),
    ("page",),
    # ---------------- Page 5 ----------------
    ("h", "Transition Plan (Age 16 and Older)"),
    (
        "p",
        "Talia turned 16 on October 3, 2026, so this IEP includes a transition plan. Transition "
        "assessments: the Career Interest Profiler (completed September 2026), a student interview with "
        "Ms. Oyelaran-Pike, and a parent questionnaire. Talia says she likes biology, animals and being "
        "outdoors, and she wants to work in wildlife or environmental science.",
    ),
    ("h", "Postsecondary Goals"),
    (
        "p",
        "Education and training: After graduating from high school, Talia will enroll in a four-year "
        "college program in environmental science at a university that provides ASL interpreting, such as "
        "Harwell State University.",
    ),
    (
        "p",
        "Employment: After finishing college, Talia will work full time as an environmental science "
        "technician or wildlife biologist. While in high school she will hold a summer job; her goal is to "
        "work at the Corbin County Nature Center in summer 2027.",
    ),
    (
        "p",
        "Independent living: After high school, Talia will live in a college residence hall and manage her "
        "own schedule, money and requests for interpreters.",
    ),
    ("h", "Transition Services and Activities"),
    (
        "p",
        "Course of study: college-preparatory courses, including Biology in grade 11 and Environmental "
        "Science in grade 12. During this IEP year Talia will visit two college campuses and meet with each "
        "college's disability services office by May 2027; complete a job shadow at the Corbin County "
        "Nature Center in spring 2027, with an interpreter provided by the district; and practice asking "
        "for her own accommodations (Goal 3). Ms. Oyelaran-Pike is responsible for arranging these activities.",
    ),
    ("h", "Agency Linkages"),
    (
        "p",
        "With the parents' written consent, signed October 20, 2026, the case manager will refer Talia to "
        "the state Office of Vocational Rehabilitation by December 1, 2026. Her vocational rehabilitation "
        "counselor is Rochelle Tanaka-Moss, a counselor for Deaf clients who signs. She will help Talia "
        "apply for pre-employment transition services (job exploration and work-based learning) and will "
        "attend Talia's next annual review. The family was also given information about the Corbin Valley "
        "Deaf Mentor Program.",
    ),
    ("h", "Graduation"),
    (
        "p",
        "Talia is working toward a standard diploma. She has earned 7 of the 24 credits required. "
        "Expected graduation date: June 2029.",
    ),
    (
        "p",
        "Transfer of rights: Talia will turn 18 on October 3, 2028. At least one year before then, the "
        "school will tell Talia and her parents that her rights under special education law will transfer "
        "to her at age 18.",
    ),
]


# A program's print-out of "Field | Entry" tables, goals with lettered benchmarks, minutes per month,
# dates written 08-Feb-2027, a behavior plan as an attachment and a prior written notice page.
ROWAN = [
    # ---------------- Page 1 ----------------
    ("h", "Rowan Hollow Public Schools - Individualized Education Program (IEP)"),
    ("p", "Printed from the district's student services system on 09-Feb-2027. Status: FINAL. Page 1 of 5."),
    ("h", "Section A. Student and Meeting Information"),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Student name", "Julian A. Prewitt"],
            ["Date of birth", "14-Sep-2013"],
            ["Grade", "8"],
            ["School", "Larkspur Ridge Middle School"],
            ["Primary disability", "Autism"],
            ["Secondary disability", "Speech or Language Impairment"],
            ["Meeting type", "Annual review"],
            ["Meeting date", "08-Feb-2027"],
            ["IEP start date", "15-Feb-2027"],
            ["IEP end date", "07-Feb-2028"],
            ["Reevaluation due", "18-Jan-2028"],
            ["Case manager", "Renata Kowalczyk, special education teacher"],
            ["Parent/guardian", "Adaeze Prewitt (mother); Colin Prewitt (father)"],
        ],
    ),
    ("h", "Section B. Parent Input and Student Strengths"),
    (
        "table",
        [
            ["Field", "Entry"],
            [
                "Parent concerns",
                "The move to high school in fall 2027. Julian leaves the room when the hallway or cafeteria is "
                "loud. Parents want him to ask an adult for help and to eat lunch with other students.",
            ],
            [
                "Student strengths",
                "Excellent memory for facts; decodes at grade level; knows the regional rail map by heart; "
                "follows a visual schedule on his own in familiar settings.",
            ],
            [
                "Student input",
                'Wants "a quieter lunch", more time on tests, and to join the robotics club.',
            ],
            [
                "Transition planning",
                "Rowan Hollow High School from August 2027; two visits in May 2027. A transition plan will be "
                "added at the next annual review.",
            ],
        ],
    ),
    ("page",),
    # ---------------- Page 2 ----------------
    ("h", "Section C. Present Levels of Academic Achievement and Functional Performance"),
    (
        "table",
        [
            ["Field", "Entry"],
            [
                "Communication",
                "Julian understands direct language but struggles with figurative language, multi-step spoken "
                "directions and back-and-forth conversation. In January 2027 he started a conversation with a peer "
                "in 2 of 10 observed opportunities.",
            ],
            [
                "Reading",
                "Reads 8th grade text fluently; literal recall is a strength. Answered 3 of 10 inference questions "
                "correctly on 8th grade passages (January 2027).",
            ],
            [
                "Writing",
                "Complete sentences with correct spelling; paragraphs are short and lack supporting details.",
            ],
            [
                "Behavior",
                "Functional behavioral assessment completed 12-Dec-2026. Nov-Dec 2026: left his assigned area "
                "without permission about 3 times per week and screamed about 2 times per week, mostly at passing "
                "periods and lunch.",
            ],
            [
                "Effect on general curriculum",
                "Language and self-regulation needs limit his part in class discussion, group work and unstructured times.",
            ],
        ],
    ),
    ("h", "Section D. Special Factors"),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Behavior impedes learning", "Yes"],
            ["Behavior plan", "See attached BIP summary (Attachment A, last page)"],
            ["Communication needs", "Yes — receptive, expressive and social (pragmatic) language"],
            ["Assistive technology needed", "Yes — visual schedule and break card app on a school-issued iPad"],
            ["Limited English proficiency", "No"],
            ["Vision or hearing needs", "No"],
        ],
    ),
    ("page",),
    # ---------------- Page 3 ----------------
    ("h", "Section E. Measurable Annual Goals and Benchmarks"),
    (
        "table",
        [
            ["Goal #", "Annual goal", "Baseline", "Criteria", "Evaluation method", "Schedule"],
            [
                "1",
                "Pragmatics: start and keep a peer conversation going for 4 turns",
                "2 of 10 (Jan 2027)",
                "8 of 10 opportunities",
                "SLP data sheet",
                "Monthly",
            ],
            ["1a.", "Start a talk in speech group with a visual map", "", "6 of 10 by 14-May-2027", "SLP data sheet", "Monthly"],
            ["1b.", "Stay on a peer's topic for 4 turns at lunch", "", "7 of 10 by 29-Oct-2027", "Observation", "Monthly"],
            [
                "2",
                "Reading: answer inference questions and cite text evidence",
                "3 of 10 (Jan 2027)",
                "8 of 10 correct on 3 of 4 probes",
                "Teacher-made probes",
                "Every 2 weeks",
            ],
            [
                "2a.",
                "Character inferences with a graphic organizer",
                "",
                "5 of 10 by 14-May-2027",
                "Teacher-made probes",
                "Every 2 weeks",
            ],
            [
                "2b.",
                "Inference and author's purpose, no organizer",
                "",
                "7 of 10 by 29-Oct-2027",
                "Teacher-made probes",
                "Every 2 weeks",
            ],
            [
                "3",
                'Self-regulation: break card or "I need a break" instead of leaving',
                "Elopement 3 times per week",
                "0-1 per week for 6 weeks",
                "Daily behavior log",
                "Weekly",
            ],
            ["3a.", "Ask for a break after 1 visual prompt", "", "4 of 5 by 14-May-2027", "Daily behavior log", "Weekly"],
            [
                "3b.",
                "Break card or quiet voice instead of screaming",
                "",
                "1 or fewer per week by 29-Oct-2027",
                "Daily behavior log",
                "Weekly",
            ],
        ],
    ),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Progress reports to parents", "Quarterly, with report cards"],
        ],
    ),
    ("page",),
    # ---------------- Page 4 ----------------
    ("h", "Section F. Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Amount", "Group size", "Location"],
            ["Specialized instruction - English language arts", "900 min/month", "Small group", "Resource room B-114"],
            ["Speech-language therapy", "240 min/month", "Small group", "Therapy room"],
            ["Speech-language consult", "30 min/month", "Consult", "General education classroom"],
            ["Social skills group (school psychologist)", "120 min/month", "Small group", "Counseling office"],
        ],
    ),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Service dates", "15-Feb-2027 to 07-Feb-2028"],
            ["Adult support", "Shared paraprofessional during transitions and lunch"],
        ],
    ),
    ("h", "Section G. Accommodations and LRE"),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Visual schedule", "All classes, on the iPad"],
            ["Break card", "Up to 5 minutes in the calm corner of B-114"],
            ["Early release from class", "3 minutes before the bell"],
            ["Noise-reducing headphones", "Assemblies, cafeteria, independent work"],
            ["Extended time", "1.5x on tests and quizzes"],
            ["Time in general education", "78%"],
            ["Lunch", "Cafeteria with the shared paraprofessional; lunch bunch in B-114 on Tuesdays and Thursdays"],
        ],
    ),
    ("h", "Section H. Assessment, ESY and Transportation"),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Participates in the alternate assessment", "No; general assessment with accommodations"],
            ["Testing accommodations", "Separate setting; extended time (1.5x); breaks"],
            ["ESY", "Yes — Speech 4 sessions x 30 min, July 2027"],
            ["ESY reason", "Regression in pragmatic language after winter break"],
            ["Special transportation", "No — rides the regular school bus"],
        ],
    ),
    ("page",),
    # ---------------- Page 5 ----------------
    ("h", "Prior Written Notice"),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Date of notice", "09-Feb-2027"],
            [
                "Action proposed",
                "Continue special education under Autism (primary) and Speech or Language Impairment (secondary); "
                "add a shared paraprofessional during transitions and lunch; add ESY speech; add the BIP; reduce "
                "specialized English language arts from 1,200 to 900 min/month.",
            ],
            [
                "Action refused",
                "Parent request for a 1:1 paraprofessional for the full school day; parent question about the "
                "alternate assessment.",
            ],
            [
                "Reason for refusal",
                "Julian needs adult support at transitions and lunch, not during class, where he works "
                "independently. He does not have a significant cognitive disability, so he does not qualify for "
                "the alternate assessment.",
            ],
            [
                "Other options considered",
                "Full-day special class - rejected because Julian is passing his general education classes.",
            ],
            ["Information used", "FBA (12-Dec-2026), speech-language data, teacher reports, parent input"],
        ],
    ),
    ("h", "Attachment A. Behavior Intervention Plan (BIP) Summary"),
    (
        "table",
        [
            ["Field", "Entry"],
            ["Target behavior 1", "Elopement: leaving the classroom or assigned area without permission"],
            ["Target behavior 2", "Screaming: loud yelling that stops instruction for others"],
            ["Likely function", "Escape from loud or unexpected situations"],
            ["Triggers", "Crowded hallways, cafeteria noise, unannounced schedule changes, being asked to read aloud"],
            ["Replacement behavior", 'Show the break card or say "I need a break"'],
            ["Prevention", "Visual schedule; advance notice of changes; early release from class; headphones"],
            [
                "Staff response",
                "Stay calm, use few words, point to the break card, and walk with Julian to the calm corner. If he "
                "leaves the building, staff keep him in sight and call the main office.",
            ],
            ["Data and review", "Daily behavior log; BIP reviewed every 6 weeks (next review 26-Mar-2027)"],
        ],
    ),
]

# A charter school's amended IEP written as a letter, with a table of what changed and a sentence
# that runs across a page break.
BASSWOOD = [
    # ---------------- Page 1 ----------------
    ("h", "Basswood Commons Charter School — Amended IEP"),
    ("p", "Student Support Team  |  1840 Tillman Road, Harlow Springs"),
    ("p", "Student: Mia R. Castellanos    Grade: 2    Date of birth: July 3, 2019"),
    ("p", "Date of this letter: January 29, 2027"),
    ("p", "Dear Ms. Castellanos,"),
    (
        "p",
        "Thank you for meeting with us on January 26, 2027 to talk about how Mia is doing in reading and with "
        "attention. This letter is Mia's amended IEP. We did not write a new IEP. Mia's IEP dated May 14, 2026 "
        "stays in place, and only the parts named in this letter have changed. Please keep this letter with "
        "your copy of that IEP.",
    ),
    (
        "p",
        "Mia is eligible for special education as a student with a specific learning disability in reading and "
        "an other health impairment (ADHD). Her case manager is Ms. Priya Lindgren-Shah, our learning "
        "specialist.",
    ),
    (
        "p",
        "At the meeting were you (Mia's mother); Mr. Anselm Devereux, Mia's second grade teacher; Ms. Priya "
        "Lindgren-Shah, learning specialist and case manager; Dr. Corinna Havel, school psychologist; and "
        "Ms. Tova Brightwater, director of student support. Mia's father, Mr. Luis Castellanos, joined for the "
        "first part of the meeting by phone.",
    ),
    ("h", "Summary of Changes"),
    (
        "table",
        [
            ["Section changed", "Before", "After"],
            ["Reading intervention", "3 days per week, 30 minutes", "5 days per week, 30 minutes"],
            ["Accommodations (added)", "Not in IEP", "Movement breaks every 20 minutes"],
            ["Accommodations (removed)", "Preferential seating near the teacher", "Removed at parent request"],
            ["Reading fluency goal", "45 words correct per minute by May 2027", "50 words correct per minute by May 2027"],
            ["Progress updates to family", "With report cards, 3 times a year", "Every 6 weeks, by email"],
        ],
    ),
    (
        "p",
        "Each change is explained in the pages that follow. If anything in this letter does not match what you "
        "remember from the meeting, please let us know before you sign.",
    ),
    ("page",),
    # ---------------- Page 2 ----------------
    ("h", "How Mia Is Doing"),
    (
        "p",
        "When Mia started second grade in September 2026, she read 18 words correct per minute on second grade "
        "passages. On her January 2027 check she read 31 words correct per minute, with 89% accuracy. That is "
        "real growth, 13 more words each minute in about four months, and it is faster growth than we expected "
        "when we wrote her goal last spring. Even so, the Basswood winter benchmark for second grade is 72 words "
        "correct per minute, so Mia is still well below most of her classmates.",
    ),
    (
        "p",
        "Mia now knows all of her short vowel sounds and 14 of 18 consonant blends and digraphs that we have "
        "taught. She still guesses at longer words from the first letter and loses her place on a page with a "
        "lot of print. Ms. Lindgren-Shah's notes show that Mia stays focused for about 8 to 10 minutes at a time "
        "before she starts to get up, fidget or talk to a neighbor. When she is given a quick chance to move, she "
        "usually comes back to her work on her own.",
    ),
    ("h", "What We Agreed: Reading Intervention"),
    (
        "p",
        "We agreed that Mia needs more reading intervention than she has been getting. Before this amendment, "
        "Mia had reading intervention 3 days per week for 30 minutes. Starting February 8, 2027, Mia will have "
        "reading intervention 5 days per week for 30 minutes each day. Her lessons are structured literacy "
        "lessons taught by Ms. Lindgren-Shah in the Learning Lab, in a group of no more than 3 students. The "
        "lessons work on sounds, blending, longer words and reading connected text out loud.",
    ),
    (
        "p",
        "We also raised Mia's reading fluency goal. The old goal was 45 words correct per minute by May 2027. "
        "Because Mia has grown faster than we expected, her new goal is 50 words correct per minute on second "
        "grade passages by May 2027. Ms. Lindgren-Shah will check this with 1-minute timed readings every two "
        "weeks.",
    ),
    (
        "p",
        "Because the two extra days of intervention come out of Mia's time in her classroom, we agreed that she "
        "will leave Mr. Devereux's room for intervention during the",
    ),
    ("page",),
    # ---------------- Page 3 ----------------
    (
        "p",
        "independent reading part of the literacy block, from 9:40 to 10:10 a.m., so that she does not miss "
        "recess, science or art.",
    ),
    ("h", "What We Agreed: Accommodations"),
    (
        "p",
        "We agreed to add one accommodation and to remove one. Mia will have movement breaks every 20 minutes "
        "during whole-class lessons and independent work. A movement break lasts up to 2 minutes: Mia may stretch "
        "at the back table, take a note to the office, or do a set of wall push-ups in the hallway with a staff "
        "member. Mr. Devereux will use a quiet vibrating timer so that the breaks do not interrupt the class.",
    ),
    (
        "p",
        "We removed preferential seating at your request. You told us that Mia felt singled out sitting at the "
        "desk next to Mr. Devereux's and that she asked to sit with her table group. We agreed to try this and "
        "will look at it again at the first 6-week update.",
    ),
    (
        "p",
        "Mia's other accommodations stay the same: directions read aloud and repeated, a visual checklist for "
        "tasks with more than one step, and extra time (time and a half) on classroom tests.",
    ),
    ("h", "What Stays the Same"),
    (
        "p",
        "Everything else in Mia's IEP is unchanged. She will still check in and check out with Ms. "
        "Lindgren-Shah every morning and afternoon, for about 5 minutes each time, and her writing goal and her "
        "attention goal stay as they were written in May 2026. With the extra intervention, Mia will be in the "
        "general education classroom about 92% of the school day (it was about 95% before).",
    ),
    ("h", "How We Will Share Progress"),
    (
        "p",
        "Instead of waiting for report cards, Ms. Lindgren-Shah will email you Mia's reading numbers every 6 "
        "weeks. The first update will be sent by March 19, 2027.",
    ),
    ("h", "Important Dates"),
    ("p", "This amendment takes effect on February 8, 2027."),
    ("p", "Annual IEP review date remains May 14, 2027."),
    (
        "p",
        "Mia's last full evaluation was completed in spring 2025. Her next reevaluation, the three-year review, "
        "is due in spring 2028.",
    ),
    ("page",),
    # ---------------- Page 4 ----------------
    ("h", "Parent Consent"),
    (
        "p",
        "Please read this amended IEP, check one box, sign and return it to Ms. Lindgren-Shah. The changes "
        "will not start until we have your signed consent.",
    ),
    ("p", "[X] I agree to the changes in this amended IEP."),
    ("p", "[ ] I do not agree to the changes in this amended IEP. I would like another meeting."),
    ("p", "Parent/guardian signature: Rosalind Castellanos"),
    ("p", "Date of consent: February 2, 2027"),
    ("h", "School Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Date signed"],
            ["Priya Lindgren-Shah", "Learning specialist and case manager", "January 29, 2027"],
            ["Anselm Devereux", "Second grade teacher", "January 29, 2027"],
            ["Corinna Havel", "School psychologist", "January 29, 2027"],
            ["Tova Brightwater", "Director of student support", "January 29, 2027"],
        ],
    ),
    ("h", "Your Rights"),
    (
        "p",
        "You were given a copy of your procedural safeguards on January 26, 2027. You may ask for an IEP meeting "
        "at any time, and you may withdraw your consent to these changes in writing. If you have questions about "
        "this letter or about Mia's program, please call Ms. Lindgren-Shah at (555) 014-2290 or write to her at "
        "plindgrenshah@basswoodcommons.example.org.",
    ),
    (
        "p",
        "We are glad to be working with you. Mia is a curious, funny and determined reader, and we are proud of "
        "how hard she has worked this year.",
    ),
    ("p", "Sincerely,"),
    ("p", "The Basswood Commons Student Support Team"),
]


# An IEP in lettered parts of one-line "Label: value" paragraphs, with a seizure health plan, a bus
# aide, alternate standards and dates written March 3rd, 2027.
ELM = [
    ("h", "Elm Grove Community School District \u2013 Individualized Education Program"),
    ("p", "Harlan Bend Elementary School, 2207 Quarry Road, Elm Grove. Student Services Office: (555) 210-3300"),
    ("h", "Part A \u2013 Student Profile"),
    ("p", "Student: Jalen Marcus Treadwell"),
    ("p", "Date of birth: June 14th, 2016"),
    ("p", "Grade: 5"),
    ("p", "School: Harlan Bend Elementary School"),
    ("p", "Student ID: 0048113"),
    ("p", "Parents: Denise Treadwell (mother) and Curtis Treadwell (father)"),
    ("p", "Home language: English"),
    ("p", "Primary eligibility: Intellectual Disability"),
    ("p", "Secondary eligibility: Other Health Impairment (seizure disorder)"),
    ("p", "Case manager: Mr. Tomas Beaulieu, special education teacher, (555) 210-3384"),
    ("p", "Type of meeting: Annual review"),
    ("p", "Meeting date: February 16th, 2027"),
    ("p", "IEP start date: February 17th, 2027"),
    ("p", "IEP end date: February 16th, 2028"),
    ("p", "Three-year reevaluation due: October 8th, 2028"),
    ("p", "Most recent reevaluation: October 8th, 2025, by Dr. Imani Castellano, school psychologist"),
    ("p", "Procedural safeguards given to parents: February 16th, 2027"),
    ("h", "Part B \u2013 Present Levels"),
    (
        "p",
        "Strengths: Jalen is friendly and loves music. He greets every adult by name, helps in the school "
        "library on Fridays, and follows his picture schedule with few reminders.",
    ),
    (
        "p",
        "Parent concerns: Mr. and Mrs. Treadwell want Jalen to read more words on his own and to be able to "
        "count money at the store. They worry about seizures on the bus and at recess.",
    ),
    (
        "p",
        "Reading: Jalen reads 42 of the 100 words on the district's high-frequency word list. When a grade 5 "
        "passage is read aloud to him, he answers who and what questions by pointing to pictures with 60% "
        "accuracy.",
    ),
    (
        "p",
        "Writing: Jalen writes his first and last name from memory and copies short sentences from a model. "
        "He does not yet write his street address or a parent's phone number.",
    ),
    ("page",),
    (
        "p",
        "Math: Jalen counts objects to 30. He names the penny, nickel, dime and quarter correctly in 3 of 4 "
        "tries but cannot yet count a mix of coins. He adds single-digit numbers with a number line with 70% "
        "accuracy.",
    ),
    (
        "p",
        "Daily living: Jalen needs 2 to 3 adult prompts to finish his morning arrival routine (hang up coat, "
        "unpack folder, sign in). He opens his lunch containers on his own.",
    ),
    ("p", "Fine motor: Jalen holds a pencil with an adapted grip. He cuts along a straight line within 1/2 inch."),
    (
        "p",
        "Health: Jalen was diagnosed with a seizure disorder at age 6 by his neurologist, Dr. Philippa "
        "Nwosu-Hart. He has generalized tonic-clonic seizures about 1 to 2 times a month, most at home; he "
        "had 3 at school during the 2025-2026 school year. After a seizure he is tired and may sleep for 1 "
        "to 2 hours.",
    ),
    (
        "p",
        "Effect on progress in the general curriculum: Jalen's intellectual disability affects his learning "
        "in reading, writing and math, and he needs a modified curriculum taught in a small group. His "
        "seizures and the tiredness after them cause him to miss instruction.",
    ),
    ("h", "Part C \u2013 Individualized Health Plan (Seizures)"),
    ("p", "Prepared by: Ms. Renata Oyelaran, RN, school nurse, (555) 210-3314"),
    ("p", "Seizure type: generalized tonic-clonic (stiffening, then jerking of arms and legs, 1 to 3 minutes)"),
    ("p", 'Warning signs: Jalen may say "my tummy feels funny" or rub his eyes before a seizure.'),
    ("p", "Step 1: Stay calm. Note the start time and time the seizure."),
    ("p", "Step 2: Keep Jalen safe. Move hard objects away, cushion his head and do not hold him down."),
    ("p", "Step 3: Turn Jalen on his side. Put nothing in his mouth."),
    ("p", "Step 4: Stay with Jalen and call the nurse's office at extension 214."),
    ("p", "Rescue medication: midazolam nasal spray, 5 mg, one spray in one nostril, if a tonic-clonic seizure lasts 3 minutes."),
    (
        "p",
        "Who gives the rescue medication: the school nurse, Ms. Renata Oyelaran. When the nurse is not in the "
        "building, a trained staff member gives it: Mr. Tomas Beaulieu or Ms. Kayla Dunmore "
        "(paraprofessional). On the bus, the bus aide gives it (see Part G).",
    ),
    (
        "p",
        "Where it is kept: one dose in the nurse's office; a second dose travels in a red pouch in Jalen's "
        "backpack to and from school and on field trips.",
    ),
    (
        "p",
        "Call 911: if the seizure lasts more than 5 minutes; if a second seizure starts before Jalen wakes "
        "up; if he has trouble breathing after the seizure ends; or if he is hurt.",
    ),
    (
        "p",
        "After the seizure: Jalen rests in the nurse's office. The parent is called after every seizure, and "
        "the parent decides whether Jalen goes home. Each seizure is written on the seizure log, and a copy "
        "goes home that day.",
    ),
    (
        "p",
        "Staff training: the nurse trains all staff who work with Jalen, including the bus driver and bus "
        "aide, in seizure first aid each August and whenever staff change.",
    ),
    ("page",),
    ("h", "Part D \u2013 Annual Goals and Short-Term Objectives"),
    (
        "p",
        "Goal 1 (Reading): By the end of this IEP, when given word cards from the district's high-frequency "
        "word list, Jalen will read 80 of the 100 words correctly on 3 probes in a row. Baseline: 42 of 100.",
    ),
    ("p", "1.1 By May 28th, 2027, Jalen will read 55 of the 100 words correctly."),
    ("p", "1.2 By November 19th, 2027, Jalen will read 70 of the 100 words correctly."),
    (
        "p",
        "Goal 2 (Math - money): By the end of this IEP, when given a mix of pennies, nickels, dimes and "
        "quarters worth up to $1.00, Jalen will count the total value with 80% accuracy in 4 of 5 trials. "
        "Baseline: names single coins in 3 of 4 tries; does not count mixed coins.",
    ),
    ("p", "2.1 Jalen will name each coin and say its value in 9 of 10 trials."),
    ("p", "2.2 Jalen will count groups of the same coin (for example, all nickels) up to $1.00 in 4 of 5 trials."),
    ("p", "2.3 Jalen will count mixed coins worth up to 50 cents in 4 of 5 trials."),
    (
        "p",
        "Goal 3 (Writing): By the end of this IEP, when given a blank personal information form, Jalen will "
        "write his first and last name, his street address and a parent's phone number without a model in "
        "4 of 5 trials. Baseline: writes his name only.",
    ),
    ("p", "3.1 Jalen will copy his street address from a model in 4 of 5 trials."),
    ("p", "3.2 Jalen will write his street address without a model in 4 of 5 trials."),
    (
        "p",
        "Goal 4 (Daily living): By the end of this IEP, when given his picture schedule at arrival, Jalen "
        "will complete the 3-step arrival routine with no more than 1 adult prompt on 8 of 10 school days. "
        "Baseline: 2 to 3 prompts.",
    ),
    ("p", "4.1 Jalen will complete the arrival routine with 2 prompts on 8 of 10 school days."),
    (
        "p",
        'Goal 5 (Health self-advocacy): By the end of this IEP, when given practice and his "I feel funny" '
        "help card, Jalen will tell or show an adult when he notices a warning sign of a seizure in 4 of 5 "
        "observed opportunities or role-plays.",
    ),
    ("p", '5.1 Jalen will point to the help card when asked "How do you feel?" in 4 of 5 role-plays.'),
    (
        "p",
        "Goal 6 (Fine motor): By the end of this IEP, when given scissors with a spring handle, Jalen will "
        "cut along a curved line within 1/4 inch in 4 of 5 trials. Baseline: straight line within 1/2 inch.",
    ),
    ("p", "6.1 Jalen will cut along a straight line within 1/4 inch in 4 of 5 trials."),
    ("p", "How progress is measured: word probes, coin trials, work samples and daily data sheets."),
    ("h", "Part F \u2013 Modifications and Supports"),
    (
        "p",
        "Curriculum: Modified curriculum in English language arts, math and science, based on the state's "
        "alternate achievement standards.",
    ),
    ("p", "Assignments: fewer items per page, picture supports and a word bank."),
    ("p", "Directions: given in 1 or 2 steps and repeated back by Jalen."),
    ("p", "Classroom tests: read aloud; Jalen may answer by pointing; small group."),
    ("page",),
    ("h", "Part E \u2013 Special Education and Related Services"),
    ("p", "Service dates: February 17th, 2027 to February 16th, 2028"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Frequency", "Minutes"],
            ["Reading and writing instruction", "Special education teacher", "Room 118 (special education)", "Daily", "100"],
            ["Math instruction", "Special education teacher", "Room 118 (special education)", "Daily", "70"],
            ["Functional life skills", "Special education teacher", "Room 118 (special education)", "3x/week", "60"],
            ["Occupational therapy", "Occupational therapist", "OT room", "2x/week", "30"],
            ["Adapted physical education", "Adapted PE teacher", "Small gym", "2x/week", "45"],
            [
                "Paraprofessional support in science, social studies, lunch and recess",
                "Paraprofessional",
                "General education classroom",
                "Daily",
                "120",
            ],
            ["Nursing: health plan review", "School nurse", "Nurse's office", "1x/month consult", "30"],
            [
                "Consultation with general education teacher",
                "Special education teacher",
                "General education classroom",
                "1x/month consult",
                "20",
            ],
        ],
    ),
    ("h", "Part G \u2013 Transportation"),
    ("p", "Special transportation: Yes, special education bus, door to door"),
    ("p", "Reason: seizure disorder; Jalen needs an adult trained in seizure response on the bus."),
    ("p", "Pick-up time: about 7:35 a.m.; drop-off about 3:50 p.m."),
    ("p", "Bus aide: Ms. Loretta Finch, trained in seizure response and in giving the rescue medication by the school nurse."),
    ("p", "Seating: front seat, next to the bus aide."),
    (
        "p",
        "Seizure on the bus: the driver pulls over safely; the bus aide times the seizure and follows "
        "Part C, gives the rescue medication at 3 minutes and calls 911 after 5 minutes; dispatch calls "
        "the parent.",
    ),
    ("page",),
    ("h", "Part H \u2013 State and District Assessments"),
    (
        "p",
        "State assessment: Jalen will take the State Alternate Assessment in English language arts, math and "
        "science instead of the general grade 5 state test.",
    ),
    (
        "p",
        "Reason: Jalen has a significant cognitive disability and is taught a modified curriculum based on "
        "alternate achievement standards.",
    ),
    (
        "p",
        "Accommodations on the alternate assessment: items read aloud, answers by pointing, breaks as "
        "needed, one-on-one with Mr. Beaulieu in Room 118.",
    ),
    (
        "p",
        "District assessments: Jalen will not take the grade 5 district benchmark tests. He takes the "
        "Alternate Skills Checklist in fall, winter and spring.",
    ),
    ("h", "Part I \u2013 Grading and Progress Reports"),
    (
        "p",
        "Grading: Jalen receives modified grades in reading, writing, math, science and social studies, "
        "based on his IEP goals and modified curriculum, not grade-level standards.",
    ),
    ("p", "Grade marks: M = meeting IEP expectations, P = progressing, N = not yet."),
    ("p", "Art, music and library: graded the same as his classmates."),
    ("p", 'Report card note: "Graded on a modified curriculum according to the student\'s IEP."'),
    ("p", "Progress reports on IEP goals: sent home with each report card, 4 times per year."),
    ("h", "Part J \u2013 Least Restrictive Environment"),
    ("p", "Time outside the general education setting: 1,180 of 1,900 minutes per week, 62% outside regular class"),
    (
        "p",
        "With general education classmates: morning meeting, science, social studies, art, music, library, "
        "lunch and recess, with paraprofessional support.",
    ),
    (
        "p",
        "Why not full time in the regular class: Jalen needs intensive small-group instruction in a modified "
        "curriculum for reading, writing and math.",
    ),
    ("h", "Part K \u2013 Extended School Year"),
    (
        "p",
        "ESY: Yes. Reading and money skills, Tuesdays and Thursdays from June 29th, 2027 to July 29th, "
        "2027, 90 minutes per session, at Harlan Bend Elementary, with bus and bus aide.",
    ),
    ("h", "Part L \u2013 IEP Team"),
    ("p", "Parents: Denise Treadwell (present); Curtis Treadwell (by phone)"),
    ("p", "LEA representative: Ms. Geraldine Hoskins, assistant principal"),
    ("p", "General education teacher: Mr. Andre Valcourt, grade 5"),
    (
        "p",
        "Others: Mr. Tomas Beaulieu; Dr. Imani Castellano; Ms. Sunniva Prescott, OTR/L; Mr. Wendell Kroft, "
        "adapted PE; Ms. Renata Oyelaran, RN",
    ),
    ("p", "Parent agreement: signed by Denise Treadwell, February 16th, 2027"),
]

# A high school's Section 504 plan with a teacher checklist per class and a page on college-board
# testing.
CHESTNUT = [
    ("h", "Tannery Creek School District \u2013 Section 504 Accommodation Plan"),
    ("p", "Corliss Bay High School, Counseling Office. This is a Section 504 plan, not an IEP."),
    (
        "table",
        [
            ["Student", "Tessa Marchetti", "Date of birth", "04/22/2010"],
            ["Grade", "11", "Student ID", "2210457"],
            ["School year", "2026-2027", "Meeting date", "09/29/2026"],
            ["Plan type", "Annual review", "Plan start", "09/30/2026"],
            ["Written by", "Mr. Devin Achterberg, School Counselor", "Parents", "Gianna and Paul Marchetti"],
        ],
    ),
    ("h", "1. Eligibility"),
    (
        "p",
        "Impairments: (1) Visual impairment: Stargardt disease (juvenile macular degeneration), with loss of "
        "central vision. Corrected acuity 20/200 right eye, 20/160 left eye (Dr. Helena Vasquez-Orr, "
        "ophthalmologist, 06/14/2026). (2) Chronic migraine with light sensitivity (Dr. Kwame Ashby-Rowe, "
        "neurologist).",
    ),
    ("p", "Major life activities limited: seeing, reading, concentrating, learning."),
    (
        "p",
        "Why a 504 plan: the team reviewed a special education referral in 2025. Tessa did not need "
        "specially designed instruction, so her needs are met with accommodations under this plan.",
    ),
    (
        "p",
        "Impact at school: Tessa cannot read print smaller than 16-point without magnification and cannot "
        "see the board from the back of the room. Glare from windows and bright screens can start a "
        "migraine. During a migraine she needs to lie down in a dim room. She missed 9 school days to "
        "migraines in 2025-2026. She earns A's and B's in honors classes.",
    ),
    ("h", "2. Accommodations"),
    (
        "table",
        [
            ["Accommodation", "What staff do"],
            ["Large print", "All handouts, quizzes and tests in 18-point font; diagrams on 11x17 paper."],
            ["Seating", "Seat away from windows, in the front two rows, back to the light."],
            [
                "Digital copies of notes",
                "Teachers post notes, slides and board work on Google Classroom by the start of class so Tessa can enlarge them.",
            ],
            ["Extended time", "50% extended time on tests and quizzes (time and a half)."],
            [
                "Migraine rest breaks",
                "Tessa may go to the nurse's office to rest in a dark room for up to 30 "
                "minutes. If the migraine has not eased after 30 minutes, the nurse calls a "
                "parent.",
            ],
            ["Tinted lenses", "Tessa may wear her FL-41 tinted glasses or a brimmed cap indoors."],
        ],
    ),
    ("page",),
    ("h", "2. Accommodations (continued)"),
    (
        "table",
        [
            ["Accommodation", "What staff do"],
            ["Magnification", "Tessa may use her handheld magnifier and photograph the board with her phone."],
            ["Screen settings", "Reduced brightness or dark mode; long readings printed in large print on request."],
            [
                "Make-up work",
                "2 school days to make up work for each school day missed because of a migraine, with no late penalty.",
            ],
        ],
    ),
    ("h", "3. Health"),
    (
        "p",
        "Migraine medication is given by the school nurse only under the physician's order on file. The nurse "
        "keeps a log of each visit and sends a note home when Tessa goes to the nurse's office with a "
        "migraine.",
    ),
    ("h", "4. Responsibilities"),
    (
        "p",
        "Student: Tessa will ask for a large-print copy if she does not get one, and will tell the teacher "
        "when she needs to go to the nurse.",
    ),
    ("p", "Teachers: follow the Teacher implementation checklist (page 3)."),
    ("p", "Counselor: shares this plan with every teacher before the first day of each semester."),
    ("p", "Parents: give the school an updated eye report each year and a new medication order when it changes."),
    ("h", "5. Plan dates and contacts"),
    ("p", "Plan start: 09/30/2026"),
    ("p", "Review date: 09/28/2027"),
    ("p", "504 Coordinator: Ms. Rosalind Ebbesen-Tate, Assistant Principal, (555) 744-2093 ext. 1120"),
    ("p", "Counselor: Mr. Devin Achterberg, (555) 744-2093 ext. 1147"),
    ("p", "School nurse: Mr. Owen Kaczmarek, RN"),
    (
        "p",
        "Present at the meeting: Gianna Marchetti (mother), Tessa Marchetti (student), Devin Achterberg "
        "(counselor), Rosalind Ebbesen-Tate (504 Coordinator), Colleen Abara (English teacher), Owen "
        "Kaczmarek (school nurse).",
    ),
    ("p", "Copies to: parents, each teacher, school nurse, counseling file."),
    (
        "p",
        "A parent who disagrees with this plan may ask the 504 Coordinator for a meeting or for an impartial "
        "hearing. The Notice of Parent and Student Rights under Section 504 was given on 09/29/2026.",
    ),
    ("page",),
    ("h", "Teacher implementation checklist"),
    (
        "p",
        "Each teacher initials the row for their class to show they have read this plan and will use the "
        "accommodations, and returns this page to Mr. Achterberg by 10/09/2026.",
    ),
    (
        "table",
        [
            [
                "Class and teacher",
                "Large print 18-point",
                "Extended time 50%",
                "Seat away from windows",
                "Also in this class",
                "Initials",
            ],
            [
                "English 11 Honors, Period 1, Ms. Colleen Abara",
                "Yes",
                "Yes, tests and timed essays",
                "Yes",
                "Novels as e-text",
                "",
            ],
            [
                "Chemistry, Period 2, Mr. Raj Szymanski",
                "Yes, lab sheets too",
                "Yes, tests and quizzes",
                "Lab bench farthest from the windows",
                "Large-print periodic table; lab partner reads glassware markings aloud",
                "",
            ],
            [
                "US History, Period 4, Mrs. Denise Okonjo",
                "Yes",
                "Yes, tests",
                "Yes",
                "Large-print maps; primary sources as digital copies",
                "",
            ],
            ["Algebra II, Period 5, Mr. Felix Hartigan", "Yes", "Yes, tests and quizzes", "Yes", "Large-print graph paper", ""],
            [
                "PE, Period 6, Coach Marisa Delgado-Finn",
                "Written PE tests only",
                "Does not apply",
                "Outdoors: sport sunglasses or brimmed cap",
                "Indoor alternative activity when glare brings on a migraine",
                "",
            ],
        ],
    ),
    (
        "p",
        "Accommodations in every class: large print, digital copies of notes, migraine rest breaks in the "
        "nurse's office, tinted lenses or cap, magnifier and phone photos of the board, and make-up time "
        "after a migraine absence.",
    ),
    ("page",),
    ("h", "Testing: state tests, SAT/ACT and AP exams"),
    (
        "p",
        "State test (grade 11): the school test coordinator enters Tessa's accommodations from this plan: "
        "screen magnification and reverse contrast in the online test, 50% extended time, and a separate "
        "room with dimmed lights. No application is needed from the family for the state test.",
    ),
    (
        "p",
        "SAT, PSAT/NMSQT and AP exams: this 504 plan does not carry over to College Board tests by itself. "
        "The family must apply to the College Board separately for accommodations (Services for Students "
        "with Disabilities). Mr. Achterberg, the school's SSD coordinator, can submit the request online "
        "after a parent signs the College Board consent form.",
    ),
    ("p", "Accommodations to request: large-print test book (18-point), 50% extended time, extra breaks."),
    (
        "p",
        "Deadline: the College Board request must be submitted by January 15, 2027, for the March 13, 2027 "
        "SAT and Tessa's May 2027 AP English Language exam.",
    ),
    (
        "p",
        "ACT: the ACT is separate from the College Board. The family registers for the ACT first, and then "
        "the school sends the accommodations request to ACT. Deadline: March 5, 2027, for the April 10, "
        "2027 ACT.",
    ),
    ("h", "Parent/student signatures"),
    (
        "p",
        "By signing, we agree with this plan. We understand that College Board and ACT accommodations must "
        "be requested separately.",
    ),
    ("p", "Parent/guardian: ______________________________   Date: ____________"),
    ("p", "Student: ______________________________   Date: ____________"),
    ("p", "504 Coordinator: ______________________________   Date: ____________"),
    ("p", "Counselor: ______________________________   Date: ____________"),
]


# A rural district's IEP for a third grader with autism: a label and value grid, narrative present
# levels, goals with baseline and criteria lines, a services table with a row split in two and an
# accommodations table cut by a page break.
LARCH = [
    ("h", "North Fork Consolidated School District No. 14"),
    ("p", "Special Services Office \u2022 410 Grange Hall Road \u2022 Cutler \u2022 (555) 386-4400"),
    ("p", "Member district of the Prairie Lakes Special Education Cooperative"),
    ("h", "INDIVIDUALIZED EDUCATION PROGRAM (IEP)"),
    (
        "table",
        [
            ["Student name:", "Rory Ellison Vance", "Date of birth:", "2/11/2018"],
            ["Grade:", "3", "Age at meeting:", "8"],
            ["School:", "Cutler Ridge Elementary (K-6)", "Student ID #:", "14-20733"],
            ["Parent/Guardian:", "Shannon Vance (mother)", "Home phone:", "(555) 386-9157"],
            ["Meeting date:", "9/3/2026", "Type of IEP:", "Annual"],
            ["IEP start date:", "9/4/2026", "IEP end date:", "9/2/2027"],
            ["Date of last evaluation:", "11/17/2024", "Reevaluation due by:", "11/16/2027"],
            ["Case manager:", "Mrs. Darla Hemphill, Special Education Teacher", "Phone:", "(555) 386-4412"],
        ],
    ),
    ("p", "Primary disability: Autism"),
    ("p", "Secondary disability: Speech or Language Impairment"),
    ("p", "Language of the student: English.  Language of the home: English.  Interpreter needed: No"),
    ("h", "Parent Concerns"),
    (
        "p",
        "Ms. Vance shared that Rory is a happy, curious boy at home who can talk for an hour about weather "
        "and tornadoes, but that the end of the school day is very hard for him. Most days he comes home worn "
        "out and upset, and on the long bus ride home he sometimes screams or takes off his shoes and throws "
        "them. She would like the school to help him learn to ask for a break before he gets overwhelmed, "
        "instead of hiding under his desk. She is worried that Rory does not have any friends in his class "
        "and is not invited to birthday parties. She would also like speech to keep working on conversation "
        'and on his "r" sound, because children at church have started to tease him about how he says his '
        "name. She asked that the school tell her ahead of time about fire drills and assemblies when they "
        "can, so she can prepare him at home.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Reading: On the fall reading benchmark given 8/27/2026, Rory read 94 words correct per minute on a "
        "third grade passage, which is at the 58th percentile for the start of 3rd grade. He sounds out "
        "unfamiliar words well and reads with expression when the topic interests him. His difficulty is "
        "understanding what he reads beyond the facts stated in the text. On 10 teacher-made passages at the "
        '3rd grade level, Rory answered literal ("right there") questions with 85% accuracy but answered '
        "inferential questions, such as why a character felt a certain way or what might happen next, with "
        "40% accuracy. He often answers with a fact he already knows about the topic instead of the question "
        "that was asked. This affects his progress in reading and also in science and social studies, where "
        "he must read and answer questions on his own.",
    ),
    (
        "p",
        "Math: Math computation is a strength for Rory. He knows his addition and subtraction facts to 20 and "
        "adds and subtracts three-digit numbers with regrouping. He scored 52 out of 60 on the 3rd grade "
        "beginning-of-year math screener. He has more trouble with two-step word problems, where he solved 3 "
        "of 10 correctly, mostly because he picks out the numbers and adds them without reading the whole "
        "problem or deciding what it is asking.",
    ),
    (
        "p",
        "Communication: Rory was evaluated by Mr. Garrett Pohl, speech-language pathologist, on 11/17/2024, "
        "and his progress was updated on 8/31/2026. Rory speaks in full sentences and has a large vocabulary, "
        "especially for topics he enjoys. His difficulties are in pragmatic (social) language: he rarely "
        "starts conversations with classmates, he does not always take turns in a conversation, and he often "
        "repeats phrases memorized from videos (scripting) when he is excited or anxious. During three "
        "30-minute recess observations, Rory started a conversation with a peer 1 time per recess on average. "
        "When retelling a short story he has just heard, he includes 2 of 5 story elements (characters, "
        "setting, problem, events, ending). Rory also continues to have an articulation error: he says /w/ "
        'for /r/ ("wabbit" for "rabbit"). He produced /r/ correctly in 45% of words on a 50-word probe. '
        "Unfamiliar listeners understand his speech most of the time.",
    ),
    ("page",),
    (
        "p",
        "Social, emotional and behavior: Rory's teachers describe him as kind and honest, and he is proud "
        "when he is given classroom jobs. He follows classroom routines well when they are predictable. He "
        "has a hard time with changes in the schedule, with loud places such as the cafeteria, gym and music "
        "room, and with waiting his turn. When he is overwhelmed he covers his ears, hums loudly, crawls under "
        "his desk or leaves the area without permission. From 8/24/2026 to 9/1/2026 his special education "
        "teacher recorded 3 to 4 meltdowns per week, lasting an average of 12 minutes. Most happened in the "
        "afternoon, during transitions or in loud settings. He has not hurt himself or others during these "
        "episodes. When an adult offers him a break using few words, he usually calms within 5 minutes.",
    ),
    (
        "p",
        "Sensory: A sensory profile completed on 11/17/2024 by Ms. Annika Sorvold, OTR/L, occupational "
        "therapist with the Prairie Lakes Special Education Cooperative, showed that Rory is very sensitive "
        "to sound and seeks deep pressure (he likes heavy blankets and tight hugs). Textures and lighting do "
        "not bother him. He works longer and with fewer meltdowns when he has a movement break after about "
        "45 minutes of seated work.",
    ),
    (
        "p",
        "How the disability affects involvement and progress in the general education curriculum: Rory's "
        "autism affects how he handles changes, noise and social situations, which leads to lost "
        "instruction time when he is overwhelmed. His speech-language impairment affects his conversations "
        "with classmates, his retelling and his understanding of what characters think and feel, which "
        "affects reading comprehension across subjects.",
    ),
    ("h", "Sensory and Behavior Support Plan"),
    ("p", "These supports are used by all staff who work with Rory, in all school settings."),
    (
        "p",
        "1. Visual schedule: a picture and word schedule at his desk, reviewed with him at arrival. Changes "
        "are shown on the schedule as soon as staff know about them.",
    ),
    ("p", "2. Transitions: a 2-minute warning with a visual timer before each transition."),
    (
        "p",
        "3. Break card: Rory may hand his break card to any adult and go to the calm corner in Room 4 for up "
        "to 10 minutes. A timer is set; when it rings, he returns to class using his first/then board.",
    ),
    (
        "p",
        "4. Movement breaks: a scheduled 5-minute movement or heavy work break (carrying the book bin to the "
        "library, wall push-ups) after every 45 minutes of seated work.",
    ),
    (
        "p",
        "5. Noise: headphones are available in loud places (see accommodations). Rory sits at the end of a "
        "cafeteria table near the door and may leave an assembly early with an adult.",
    ),
    (
        "p",
        "6. Fire drills and assemblies: Mrs. Hemphill tells Rory and Ms. Vance the day before a planned "
        "fire drill or assembly when the date is known.",
    ),
    (
        "p",
        "7. During a meltdown: staff use few words and a calm, low voice, give Rory space, and offer the "
        "break card. Other students may be moved away if needed. Staff do not physically guide Rory unless "
        "he is in danger.",
    ),
    (
        "p",
        "8. Parent contact: Mrs. Hemphill will call Ms. Vance the same day if a meltdown lasts more than 20 "
        "minutes or if Rory leaves the school building.",
    ),
    (
        "p",
        "9. Home-school log: a daily log (green, yellow or red for morning and afternoon) goes home in "
        "Rory's red folder. Ms. Vance writes back about his sleep and the bus ride.",
    ),
    ("h", "Measurable Annual Goals"),
    (
        "p",
        "Goal 1: Pragmatic language. During recess and lunch, Rory will start a conversation with a peer "
        "(greeting plus a question or a comment about what the peer is doing) 4 times in a 30-minute period, "
        "in 3 of 4 observations, by September 2, 2027.",
    ),
    ("p", "Baseline: 1 time per 30-minute recess (average of 3 observations, August 2026)"),
    ("p", "Criteria: 4 times in a 30-minute period in 3 of 4 observations"),
    ("p", "Evaluation method: SLP observation with tally sheet, monthly"),
    (
        "p",
        "Goal 2: Story retell. After listening to a short story at his grade level, Rory will retell it "
        "including all 5 story elements (characters, setting, problem, events, ending) using a visual "
        "story map.",
    ),
    ("p", "Baseline: 2 of 5 story elements"),
    ("p", "Criteria: 5 of 5 story elements in 4 of 5 trials"),
    ("p", "Evaluation method: Story retell checklist kept by the SLP, every two weeks"),
    ("p", "Goal 3: Articulation. Rory will produce /r/ correctly in all word positions in sentences."),
    ("p", "Baseline: 45% correct at the word level (50-word probe, 8/31/2026)"),
    ("p", "Criteria: 80% accuracy at the sentence level over 3 consecutive sessions"),
    ("p", "Evaluation method: 50-word and sentence probes recorded by the SLP every two weeks"),
    ("page",),
    (
        "p",
        "Goal 4: Reading comprehension. Given a 3rd grade passage that he reads on his own, Rory will answer "
        "inferential questions (why, how, what might happen next, how a character feels).",
    ),
    ("p", "Baseline: 40% accuracy on inferential questions (10 passages, August 2026)"),
    ("p", "Criteria: 75% accuracy on 4 of 5 weekly probes"),
    ("p", "Evaluation method: Teacher-made comprehension probes, graphed weekly by the special education teacher"),
    (
        "p",
        "Goal 5: Self-regulation. When he feels upset or overwhelmed, Rory will ask for a break by handing "
        'an adult his break card or saying "I need a break," instead of leaving the area or going under his '
        "desk.",
    ),
    ("p", "Baseline: 1 out of 5 opportunities (behavior data 8/24/2026 - 9/1/2026)"),
    ("p", "Criteria: 4 out of 5 opportunities for 4 weeks in a row"),
    ("p", "Evaluation method: Behavior data sheet kept by the special education teacher; reviewed with parent monthly"),
    (
        "p",
        "Goal 6: Math problem solving. Rory will solve two-step word problems by underlining the question, "
        "drawing a model and writing the number sentence.",
    ),
    ("p", "Baseline: 3 of 10 correct"),
    ("p", "Criteria: 8 of 10 correct on 3 consecutive probes"),
    ("p", "Evaluation method: Curriculum-based measurement probes, every two weeks"),
    (
        "p",
        "Progress reporting: Progress toward annual goals will be reported to the parent in writing 3 "
        "times per year, with the trimester report card (November 20, 2026; March 5, 2027; May 28, 2027).",
    ),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Start", "End", "Minutes", "Frequency", "Setting"],
            ["Speech-language therapy (individual)", "SLP", "9/4/2026", "9/2/2027", "30", "2 x week", "Speech room"],
            ["Speech-language therapy -", "SLP", "9/4/2026", "9/2/2027", "30", "1 x week", "Cafeteria /"],
            ['social communication group ("lunch bunch")', "", "", "", "", "", "Room 4"],
            [
                "Specialized instruction - reading comprehension",
                "Special Ed Teacher",
                "9/4/2026",
                "9/2/2027",
                "45",
                "4 x week",
                "Resource room (Room 4)",
            ],
            [
                "Specialized instruction - math problem solving",
                "Special Ed Teacher",
                "9/8/2026",
                "9/2/2027",
                "20",
                "3 x week",
                "General ed classroom",
            ],
            [
                "Specialized instruction - social skills / self-regulation",
                "Special Ed Teacher",
                "9/4/2026",
                "9/2/2027",
                "20",
                "5 x week",
                "Resource room (Room 4)",
            ],
            [
                "Occupational therapy - consultation with staff",
                "OT (Co-op)",
                "9/4/2026",
                "9/2/2027",
                "30",
                "1 x month",
                "Consult",
            ],
            ["Special transportation", "District", "9/4/2026", "9/2/2027", "", "Daily", "See Transportation"],
        ],
    ),
    (
        "p",
        "Providers: SLP \u2013 Mr. Garrett Pohl, CCC-SLP, (555) 386-4420. Special Ed Teacher \u2013 Mrs. Darla "
        "Hemphill. OT \u2013 Ms. Annika Sorvold, OTR/L, Prairie Lakes Special Education Cooperative (at Cutler "
        "Ridge on the first Tuesday of each month).",
    ),
    ("h", "Accommodations"),
    (
        "table",
        [
            ["Accommodation", "Where", "When"],
            ["Visual schedule and first/then board", "All settings", "Throughout the school day"],
            ["2-minute warning with visual timer before transitions", "All settings", "Before each transition"],
            ["Noise-reducing headphones", "Cafeteria, gym, music, assemblies", "When it is loud or when Rory asks"],
            ["Preferential seating near the teacher, away from the door", "General ed classroom", "Daily"],
            ["Break card (up to 10 minutes in calm corner)", "All settings", "As needed"],
        ],
    ),
    ("page",),
    (
        "table",
        [
            [
                "Directions given one step at a time, with a picture checklist",
                "General ed and resource room",
                "Tasks with more than one step",
            ],
            ["Rory repeats directions back to check understanding", "All settings", "After directions are given"],
            ["Tests read aloud (not reading comprehension passages)", "Resource room", "Math, science and social studies tests"],
            ["Extended time - time and a half", "All settings", "Tests and quizzes"],
            ["Small group testing location", "Room 4", "Classroom tests and state tests"],
            ["Shortened assignments (10 word problems instead of 20)", "General ed classroom", "Math homework"],
        ],
    ),
    ("h", "Participation in State and District Assessments"),
    (
        "p",
        "Rory will take the grade 3 Plains State Assessment of Readiness (PSAR) in English language arts and "
        "math in April 2027 with these accommodations: small group testing in Room 4, extended time (time and "
        "a half), noise-reducing headphones, and breaks as needed. Test items will be read aloud for math "
        "only; the reading test will not be read aloud. He will take the district's fall, winter and spring "
        "reading and math benchmarks with the same accommodations.",
    ),
    ("h", "Extended School Year (ESY)"),
    ("p", "ESY decision: Eligible for summer 2027."),
    (
        "p",
        "Reason: Data from summer 2026 showed that Rory lost skills in using his break card and starting "
        "conversations, and he needed more than 6 weeks in the fall to regain them.",
    ),
    (
        "p",
        "ESY services: speech-language therapy, 30 minutes, 2 x week, and social skills/self-regulation "
        "instruction, 45 minutes, 2 x week, at Cutler Ridge Elementary on Tuesdays and Thursdays from June "
        "15, 2027 through July 22, 2027. ESY goals: Goal 1 and Goal 5. Transportation is provided for ESY.",
    ),
    ("h", "Transportation"),
    ("p", "Special transportation: Yes - curb to curb with harness"),
    (
        "p",
        "Rory rides the district's small bus (Route 7) between his home on County Road 12 and Cutler Ridge "
        "Elementary. The driver picks him up and drops him off at the end of his driveway. He wears a child "
        "safety vest (harness) that buckles to the bus seat, because last year he unbuckled his seat belt and "
        "stood up while the bus was moving. The district provides the vest. Ride time is not to exceed 40 "
        "minutes each way. The driver, Mr. Dale Ostrander, has Rory's one-page profile, may play calm music, "
        "and lets Rory wear his headphones on the bus.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Rory will spend 340 minutes per week outside the general education classroom (individual speech "
        "and the resource room), which is about 19% of his school week. He will be in Mrs. Jolene Albrecht's "
        "3rd grade classroom for about 81% of the school day, and he joins his class for art, music, PE, "
        "library, recess and lunch with the supports in this IEP. The team considered providing all services "
        "in the general education classroom but rejected it because Rory needs a quiet setting to learn "
        "comprehension and self-regulation skills.",
    ),
    ("h", "IEP Team"),
    (
        "table",
        [
            ["Name", "Role", "Present"],
            ["Shannon Vance", "Parent", "Yes"],
            ["Mrs. Darla Hemphill", "Special education teacher / case manager", "Yes"],
            ["Mrs. Jolene Albrecht", "General education teacher (3rd grade)", "Yes"],
            ["Mr. Garrett Pohl, CCC-SLP", "Speech-language pathologist", "Yes"],
            ["Ms. Annika Sorvold, OTR/L", "Occupational therapist", "By phone"],
            ["Mr. Neil Haugerud", "Principal / district representative", "Yes"],
        ],
    ),
    ("p", "Ms. Vance was given a copy of the Procedural Safeguards Notice and a copy of this IEP on September 3, 2026."),
    (
        "p",
        "If you have questions about this IEP or your rights, or you disagree with it, contact Dr. Lowell "
        "Brandvold, Director of Special Services, at (555) 386-4400.",
    ),
]

# A high school's amendment made without a meeting for a tenth grader: a table of changes (old and
# new), services in sentences ("135 min/wk"), a transition plan, a graduation plan and dates as 2027-01-19.
FIR = [
    ("h", "Calloway Heights Unified School District"),
    ("p", "Department of Student Support Services \u00b7 1180 Ridgeline Parkway, Calloway Heights \u00b7 (555) 731-6600"),
    ("h", "IEP AMENDMENT WITHOUT A MEETING"),
    ("p", "Form SS-14 (rev. 2025-07)"),
    (
        "p",
        "Under IDEA (34 CFR \u00a7300.324(a)(4)), after the annual IEP meeting for a school year, the parent "
        "and the district may agree not to convene an IEP meeting to make changes to the student's current "
        "IEP, and instead write a document that amends it. The changes on this form become part of the IEP. "
        "Any part of the IEP not listed on this form stays the same.",
    ),
    (
        "table",
        [
            ["Student", "Nadia Carvalho-Brandt", "Student ID", "7730912"],
            ["Date of birth", "2011-05-06", "Grade", "10"],
            ["School", "Wendover High School", "Case manager", "Mr. Elias Vandermolen"],
            ["Parent(s)", "Lucia Carvalho-Brandt and Stefan Brandt", "Home phone", "(555) 731-2284"],
            ["Current IEP meeting date", "2026-10-14", "Annual review due", "2027-10-13"],
            ["Amendment date", "2027-01-19", "Amendment effective", "2027-01-25"],
            ["Most recent evaluation", "2025-03-11", "Reevaluation due", "2028-03-10"],
        ],
    ),
    (
        "p",
        "Eligibility (not changed by this amendment): Specific Learning Disability \u2013 written expression "
        "(primary); Other Health Impairment \u2013 ADHD, combined presentation (secondary).",
    ),
    ("h", "Part 1. Agreement to amend without a meeting"),
    (
        "p",
        "On 2026-12-02, Ms. Carvalho-Brandt emailed the case manager asking for more writing support. The "
        "case manager called her on 2026-12-04 and proposed the changes below. On 2027-01-15, Ms. "
        "Carvalho-Brandt signed the district's agreement to make these changes without convening an IEP "
        "meeting. The parent may still ask for an IEP meeting at any time.",
    ),
    ("h", "Part 2. Reason for the amendment"),
    (
        "p",
        "Nadia earned a D+ in English 10 for the first semester, which ended 2027-01-14. Her goal progress "
        'report of 2026-12-18 rated Goal 1 "Not making sufficient progress": on four timed writing probes '
        "she averaged 2 of 6 points for organization on the district writing rubric, the same as her "
        "baseline. Her English teacher, Ms. Ren\u00e9e Castellanos-Whitby, reports that Nadia shares strong "
        "ideas in class discussion but turns in essays that are unfinished or written as a single long "
        "paragraph. Nadia took part in a speech-to-text trial from 2026-11-30 to 2027-01-08: on three essays "
        "written with speech-to-text she wrote an average of 412 words, compared with 156 words on three "
        "typed essays before the trial, and her organization score rose to 4 of 6. Nadia also asked to be "
        "referred to the state Division of Vocational Rehabilitation so she can begin job training for "
        "working with animals.",
    ),
    ("h", "Part 3. Changes made by this amendment"),
    (
        "table",
        [
            ["IEP section", "Old (IEP of 2026-10-14)", "New (this amendment)"],
            [
                "Special education services \u2013 written expression",
                "90 min/wk specialized instruction in Learning Strategies",
                "135 min/wk specialized instruction (see Part 4)",
            ],
            [
                "Accommodations \u2013 speech-to-text",
                "Not in IEP",
                "Speech-to-text for any writing assignment longer than one paragraph, in all classes",
            ],
            [
                "Accommodations \u2013 extended time",
                "50% extended time on tests and quizzes",
                "50% extended time on tests, quizzes and in-class timed writing",
            ],
            [
                "Annual Goal 1 (written expression)",
                "Organization: 4 of 6 on the district writing rubric",
                "Organization: 5 of 6 on the district writing rubric, using speech-to-text and a graphic organizer",
            ],
            [
                "State assessment accommodations",
                "Extended time; separate setting",
                "Extended time; separate setting; speech-to-text on the ELA writing task",
            ],
            [
                "Transition services",
                "No referral",
                "Referral to Division of Vocational Rehabilitation for Pre-Employment Transition Services, sent by 2027-03-01",
            ],
            ["Progress reports to parent", "Twice a year, with semester grades", "Every 9 weeks, with report cards"],
        ],
    ),
    ("page",),
    ("h", "Part 4. Special education services (as amended)"),
    (
        "p",
        "Specialized instruction in written expression: Beginning 2027-01-25, Nadia will receive 135 min/wk "
        "of specialized instruction in written expression from a special education teacher. This is three "
        "45-minute sessions each week (Monday, Wednesday and Friday) in her Learning Strategies class in Room "
        "B-112, taught by Mr. Elias Vandermolen. The 45 minutes added by this amendment are used to plan and "
        "revise the essays assigned in English 10.",
    ),
    (
        "p",
        "Executive functioning support (not changed): Nadia meets with her case manager for an organization "
        "and planning check-in for 30 min/wk, on Tuesdays during advisory, to update her planner and look for "
        "missing assignments in the online gradebook.",
    ),
    (
        "p",
        "Consultation (not changed): the case manager consults with Nadia's English 10 and World History teachers for 15 min/wk.",
    ),
    (
        "p",
        "With these services Nadia is in general education classes for about 91% of her school week. "
        "Learning Strategies is her only special education class.",
    ),
    ("h", "Part 5. Accommodations (as amended)"),
    (
        "p",
        "Accommodations marked NEW or CHANGED come from this amendment. All others are from the IEP of "
        "2026-10-14 and stay the same.",
    ),
    (
        "p",
        "- Speech-to-text (Google Docs voice typing or Dragon on a school Chromebook) for any writing "
        "assignment longer than one paragraph, in all classes (NEW)",
    ),
    ("p", "- 50% extended time on tests, quizzes and in-class timed writing (CHANGED: in-class timed writing added)"),
    ("p", "- Graphic organizer or outline template for essays and lab reports"),
    ("p", "- Copy of class notes or slides from the teacher when notes are longer than one page"),
    ("p", "- Long-term assignments broken into parts, with check-in dates set with the teacher"),
    ("p", "- Seating away from the door and close to where instruction happens"),
    ("p", "- May use a fidget or stand at the back of the room during lectures"),
    ("p", "- Spelling errors not counted against her on in-class writing, except on spelling or vocabulary quizzes"),
    ("p", "- Tests longer than 30 minutes taken in a separate, small-group setting"),
    ("h", "Part 6. Annual Goal 1 (as amended)"),
    ("p", "Area: Written expression \u2013 organization"),
    (
        "p",
        "Goal: By 2027-10-13, when given a prompt for an argument or informational essay, Nadia will plan "
        "with a graphic organizer and write (using speech-to-text) a multi-paragraph essay with an "
        "introduction that states a claim, at least three body paragraphs with evidence, and a conclusion, "
        "scoring 5 of 6 for organization on the district writing rubric on 3 of 4 probes.",
    ),
    ("p", "Baseline: 2 of 6 for organization (average of 4 timed probes, 2026-11); 4 of 6 with speech-to-text during the trial."),
    (
        "p",
        "Measured by: district writing rubric, scored by the special education teacher and the English "
        "teacher; a probe every 3 weeks.",
    ),
    ("p", "Goal 2 (spelling and editing) and Goal 3 (organization and task completion) are not changed by this amendment."),
    ("h", "Part 7. Transition plan (updated)"),
    (
        "p",
        "Nadia turns 16 on 2027-05-06. Her transition plan was written at the IEP meeting on 2026-10-14 and "
        "is updated here only where marked NEW.",
    ),
    (
        "p",
        "Transition assessments: O*NET Interest Profiler completed 2026-09-22 (highest areas: Investigative "
        "and Realistic); student interview with the case manager 2026-09-29; parent questionnaire returned "
        "2026-10-05. Nadia says she wants to work with animals, ideally at a veterinary clinic or an animal "
        "shelter.",
    ),
    ("h", "Postsecondary goals"),
    (
        "p",
        "Education/Training: After high school, Nadia will enroll in the Veterinary Technology associate "
        "degree program at Harwick Community College.",
    ),
    (
        "p",
        "Employment: After high school, Nadia will work part-time as a veterinary assistant while in college, "
        "and full-time as a licensed veterinary technician after earning her degree.",
    ),
    (
        "p",
        "Independent living: After high school, Nadia will manage her own schedule, appointments and a "
        "checking account using a phone calendar and a banking app, while living at home during college.",
    ),
    ("h", "Transition services"),
    (
        "table",
        [
            ["Transition service", "Who is responsible", "By when"],
            [
                "Self-advocacy instruction: explaining her disability and accommodations to each new teacher",
                "Case manager (Learning Strategies)",
                "Ongoing; start of each semester",
            ],
            [
                "Job shadow at Wendover Animal Clinic (2 half days)",
                "Ms. Tamsin Achebe-Rowe, Career Center coordinator",
                "2027-05-28",
            ],
            [
                "Referral to Division of Vocational Rehabilitation for Pre-Employment Transition Services (NEW)",
                "Case manager, with parent and student signatures",
                "2027-03-01",
            ],
            [
                "Visit the disability services office at Harwick Community College",
                "Mr. Owen Pakulski, school counselor, with parent",
                "2027-04-30",
            ],
            ["Open a student checking account and practice with a budgeting app", "Parent", "2027-08-31"],
            ["Apply to volunteer at the Calloway County Animal Shelter", "Student, with Career Center support", "2027-06-30"],
        ],
    ),
    ("h", "Course of study"),
    (
        "p",
        "Nadia is on a Standard Diploma course of study in the Health Sciences career pathway, with the "
        "Veterinary Science program at Calloway Regional Career Center in grades 11 and 12.",
    ),
    (
        "table",
        [
            ["Year", "Courses"],
            [
                "Grade 9 (2025-2026), completed",
                "English 9, Algebra 1, Earth Science, Civics, Spanish I, PE/Health, Learning Strategies",
            ],
            [
                "Grade 10 (2026-2027)",
                "English 10, Geometry, Biology, World History, Spanish II, Intro to Health Sciences, Learning Strategies",
            ],
            [
                "Grade 11 (2027-2028)",
                "English 11, Algebra 2, Chemistry, U.S. History, Veterinary Science I (Career Center, half day), "
                "Learning Strategies",
            ],
            [
                "Grade 12 (2028-2029)",
                "English 12, Statistics or Financial Math, Government/Economics, Veterinary Science II (Career Center, half day)",
            ],
        ],
    ),
    ("page",),
    ("h", "Part 8. Graduation plan"),
    ("p", "Diploma type: Standard Diploma"),
    ("p", "Expected graduation date: 2029-06-08"),
    (
        "p",
        "Credits: As of 2027-01-14, Nadia has earned 7.5 of the 24 credits required for a Standard Diploma "
        "and is on track to graduate with her class.",
    ),
    (
        "p",
        "When Nadia earns a Standard Diploma, she will no longer be eligible for special education services. "
        "Before she graduates, the district will give her a Summary of Performance with recommendations for "
        "college and work.",
    ),
    ("h", "Part 9. Age of majority \u2013 transfer of rights"),
    (
        "p",
        "In this state, when a student turns 18, all rights under the Individuals with Disabilities Education "
        "Act that belonged to the parent transfer to the student, unless a court has appointed a guardian. "
        "Nadia turns 18 on 2029-05-06. From then on she will make her own educational decisions, sign her own "
        "IEP and consent forms, and may ask for IEP meetings herself. The district will still send notices "
        "to both Nadia and her parents.",
    ),
    (
        "p",
        "Notice of the transfer of rights was given to Nadia and her parents on 2027-01-19 with this "
        "amendment, and will be given again at her annual IEP meeting in the year before she turns 18 (no "
        "later than 2028-05-06).",
    ),
    ("h", "Part 10. State and district assessments"),
    (
        "p",
        "Nadia will take the Grade 10 State Assessment of College and Career Readiness (SACCR) in English "
        "language arts in spring 2027, during the testing window of 2027-04-12 to 2027-05-07, with the "
        "accommodations below.",
    ),
    (
        "table",
        [
            ["Assessment", "Accommodation", "Changed by this amendment?"],
            ["SACCR Grade 10 ELA", "50% extended time", "No"],
            ["SACCR Grade 10 ELA", "Separate setting (small group, Room B-112)", "No"],
            ["SACCR Grade 10 ELA", "Speech-to-text on the ELA writing task", "Yes \u2013 added"],
            ["Algebra 1 end-of-course retake (if needed)", "50% extended time; separate setting", "No"],
            ["PSAT 10 (2027-04-07)", "50% extended time (College Board approval required)", "No"],
        ],
    ),
    (
        "p",
        "PSAT 10: College Board accommodations are not automatic. The school's College Board SSD "
        "coordinator, Ms. Paulette Greaves, submits the request after the parent signs the College Board "
        "consent form; the request must be submitted by 2027-02-19 for the April test. Speech-to-text will "
        "not be requested from the College Board this year.",
    ),
    ("h", "Part 11. Progress reporting"),
    (
        "p",
        "Starting with the third-quarter report card, the case manager will send a written progress report "
        "on each annual goal every 9 weeks, with report cards. The next progress report goes home on "
        "2027-03-26.",
    ),
    ("h", "Part 12. Parent agreement and signatures"),
    (
        "p",
        "Parent statement: \"I agree that the changes on this form may be made to my child's IEP without an "
        "IEP meeting. I understand that I may request an IEP meeting at any time, and that I will receive a "
        'copy of the amended IEP."',
    ),
    (
        "table",
        [
            ["Name", "Role", "Signature date"],
            ["Lucia Carvalho-Brandt", "Parent", "2027-01-15"],
            ["Nadia Carvalho-Brandt", "Student (reviewed)", "2027-01-15"],
            ["Mr. Elias Vandermolen", "Case manager / special education teacher", "2027-01-19"],
            ["Dr. Harriet Okafor-Lind", "Assistant Director, Student Support Services (district representative)", "2027-01-19"],
        ],
    ),
    (
        "p",
        "Notice to the IEP team: On 2027-01-20 the case manager gave a copy of this amendment to each member "
        "of Nadia's IEP team and to her teachers: Ms. Ren\u00e9e Castellanos-Whitby (English 10), Mr. Victor "
        "Lindqvist (World History), Ms. Dana Yoo (Biology), Mr. Franco Adeyemi (Geometry) and Mr. Owen "
        "Pakulski (school counselor).",
    ),
    (
        "p",
        "Copy of the amended IEP sent to parent: 2027-01-20, by email and U.S. mail. Prior written notice of "
        "these changes is attached.",
    ),
    (
        "p",
        "Questions about this amendment: contact Mr. Elias Vandermolen, case manager, at (555) 731-6648 or "
        "evandermolen@callowayhts.example.org. Questions about your rights: Dr. Harriet Okafor-Lind, "
        "(555) 731-6620.",
    ),
]

HAZEL = [
    # ---------------- page 1 ----------------
    ("h", "Harrow Creek Unified School District - Individualized Education Program"),
    ("p", "Student: Theo J. Marchetti    DOB: 03/14/2017    Grade: 4    Student ID: 4471902"),
    ("p", "School of Attendance: Juniper Flats Elementary    School of Residence: Juniper Flats Elementary"),
    ("p", "Case Manager: Renata Velasquez, Education Specialist (Mild/Moderate)"),
    ("p", "Meeting Type: [ ] Initial   [X] Annual   [ ] Triennial   [ ] Amendment"),
    ("p", "Meeting Date: 10/06/2026    IEP Start Date: 10/07/2026    Annual Review Due: 10/05/2027"),
    ("p", "Last Evaluation: 11/18/2025    Next Reevaluation Due: 11/18/2028"),
    (
        "p",
        (
            "Parents/Guardians: Lucia Marchetti (mother), Paul Marchetti (father)    Home Language: English    "
            "Interpreter Needed: [ ] Yes [X] No"
        ),
    ),
    ("h", "Eligibility"),
    ("p", "Primary Disability: Specific Learning Disability (SLD)    Secondary Disability: None"),
    (
        "p",
        (
            "Areas of Need: [X] Basic Reading Skills  [X] Reading Fluency  [ ] Reading Comprehension  [X] "
            "Written Expression  [ ] Math Calculation  [ ] Math Problem Solving  [ ] Oral Expression"
        ),
    ),
    (
        "p",
        (
            "Eligibility Statement: Theo shows weak phonological processing, slow rapid automatic naming, and "
            "frequent orthographic spelling errors. His profile is consistent with dyslexia and dysgraphia as "
            "described in the psychoeducational report dated 11/18/2025. The team agrees Theo continues to "
            "require specialized academic instruction to access the general curriculum."
        ),
    ),
    ("h", "IEP Team Members"),
    (
        "table",
        [
            ["Name", "Role", "Attended"],
            ["Lucia Marchetti", "Parent", "In person"],
            ["Paul Marchetti", "Parent", "By phone"],
            ["Renata Velasquez", "Education Specialist / Case Manager", "In person"],
            ["Daniel Oyelaran", "General Education Teacher (Grade 4)", "In person"],
            ["Dr. Hannah Brill", "School Psychologist", "In person"],
            ["Miriam Castellanos", "Occupational Therapist", "Excused (written input)"],
            ["Keith Amundsen", "Principal / District Representative", "In person"],
        ],
    ),
    ("page",),
    # ---------------- page 2 ----------------
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        (
            "Reading: On the DIBELS 8th Edition oral reading fluency measure (fall benchmark, 09/15/2026), Theo "
            "read 58 words correct per minute with 89% accuracy on grade 4 passages. The fall benchmark for "
            "grade 4 is 95 words correct per minute. He reads CVC and silent-e words reliably but makes errors "
            "on vowel teams, r-controlled vowels and words of three or more syllables; on a 40-word "
            "multisyllabic word list he read 16 words correctly (40%). On the spring 2026 statewide ELA "
            "assessment he scored Level 1 (Standard Not Met). Listening comprehension is a strength: when "
            "grade-level text is read aloud to him he answers comprehension questions with 85% accuracy."
        ),
    ),
    (
        "p",
        (
            "Written Expression: Theo's handwriting is slow and effortful; he copies 6 words per minute from the "
            "board (grade 4 peers average about 15). In a 10-minute timed writing sample on 09/22/2026 he wrote "
            "22 words with 9 spelling errors; the class median was 61 words. When he dictates his ideas, his "
            "stories have a clear beginning, middle and end and use grade-level vocabulary."
        ),
    ),
    (
        "p",
        (
            "Mathematics: Theo's math computation and problem solving are within grade-level expectations "
            "(i-Ready Math fall diagnostic: Grade 4, early on level). Word problems are read aloud to him on "
            "request."
        ),
    ),
    (
        "p",
        (
            "Social-Emotional / Behavior: Theo is well liked by peers and follows class routines. He told his "
            'teacher he feels "dumb" when he has to read in front of others. The team agreed he will not be '
            "called on to read aloud without warning; he may preview passages with the Education Specialist "
            "before any oral reading."
        ),
    ),
    (
        "p",
        (
            'Parent Input: Mrs. Marchetti is concerned that Theo is "two years behind" in reading and that '
            "homework is taking more than two hours each night. She wants him to be able to listen to audiobooks "
            "for book reports and wants a dyslexia-specific reading program. Mr. Marchetti reports Theo enjoys "
            "building with LEGO and drawing comics."
        ),
    ),
    (
        "p",
        (
            "Impact of Disability: Theo's difficulties with decoding, fluency, spelling and handwriting limit "
            "his ability to read grade-level text independently and to show what he knows in writing in all "
            "subject areas."
        ),
    ),
    ("page",),
    # ---------------- page 3 ----------------
    ("h", "Measurable Annual Goals"),
    (
        "table",
        [
            ["Goal", "Area", "Baseline", "Annual Goal (by 10/05/2027)"],
            [
                "1",
                "Reading Fluency",
                "58 wcpm, 89% accuracy (DIBELS 8 ORF, 09/15/2026)",
                (
                    "Given an unfamiliar grade 4 passage, Theo will read 90 words correct per minute with 95% accuracy "
                    "(median of 3 probes)."
                ),
            ],
            [
                "2",
                "Decoding",
                "16 of 40 multisyllabic words (40%)",
                (
                    "Theo will read multisyllabic words with closed, open and vowel-team syllables with 80% accuracy on "
                    "3 consecutive probes."
                ),
            ],
            [
                "3",
                "Written Expression",
                "22 words in 10 minutes, no paragraph structure",
                (
                    "Using speech-to-text and a graphic organizer, Theo will write a 5-sentence paragraph with a topic "
                    "and closing sentence in 4 of 5 trials."
                ),
            ],
            [
                "4",
                "Spelling",
                "45% of taught phonetic patterns",
                "Theo will correctly spell 80% of words with taught patterns in dictated sentences.",
            ],
        ],
    ),
    ("p", "Short-term benchmarks for Goal 1: 70 wcpm by 02/12/2027; 80 wcpm by 06/04/2027."),
    (
        "p",
        (
            "Short-term benchmarks for Goal 3: 3-sentence paragraph with speech-to-text by 02/12/2027; "
            "4-sentence paragraph by 06/04/2027."
        ),
    ),
    (
        "p",
        (
            "Responsible staff for all goals: Education Specialist, with support from the General Education "
            "Teacher. Goal 3 keyboarding and speech-to-text support with input from the Occupational Therapist."
        ),
    ),
    ("h", "Progress Reporting"),
    (
        "p",
        (
            "Parents will receive a written progress report on each annual goal with report cards, every "
            "trimester (December, March and June). Progress will be rated as: Goal Met / Sufficient Progress / "
            "Insufficient Progress / Not Yet Introduced."
        ),
    ),
    ("page",),
    # ---------------- page 4 ----------------
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Frequency / Duration", "Location", "Dates"],
            [
                "SAI - Structured Literacy (Wilson Reading System, small group of 3)",
                "Education Specialist",
                "45 min x 4 days/wk (180 min/wk)",
                "Resource room (pull-out)",
                "10/07/2026 - 10/05/2027",
            ],
            [
                "SAI - Written Expression",
                "Education Specialist",
                "30 min/wk",
                "General education classroom (push-in)",
                "10/07/2026 - 10/05/2027",
            ],
            [
                "OT - Consultation (handwriting/keyboarding)",
                "Occupational Therapist",
                "60 min/mo",
                "General education classroom",
                "10/07/2026 - 10/05/2027",
            ],
            [
                "Assistive Technology Consultation",
                "District AT Specialist",
                "2x per year",
                "School site",
                "10/07/2026 - 10/05/2027",
            ],
        ],
    ),
    ("h", "Accommodations and Supports (all classes)"),
    ("p", "- Speech-to-text software (Google Voice Typing or Read&Write) for any written assignment longer than 3 sentences."),
    (
        "p",
        (
            "- Audiobooks and text-to-speech for grade-level texts, including book reports, through the Learning "
            "Ally school account."
        ),
    ),
    ("p", "- Extended time of time and a half (1.5x) on tests and timed written work."),
    (
        "p",
        (
            "- Reduced homework: no more than 40 minutes of homework per night; the nightly reading log may be "
            "met by listening to an audiobook."
        ),
    ),
    ("p", "- Copies of class notes or a photo of the board instead of copying from the board."),
    (
        "p",
        (
            "Grading Modifications: [X] Yes  [ ] No. Spelling errors will not lower grades on assignments other "
            "than spelling tests. In science and social studies Theo is graded on content knowledge, not on "
            "handwriting, spelling or mechanics. Report card grades in Reading Foundational Skills reflect "
            "progress toward IEP goals and are marked with an asterisk referring to the IEP."
        ),
    ),
    ("page",),
    # ---------------- page 5 ----------------
    ("h", "Assessments, Placement and ESY"),
    (
        "p",
        (
            "Statewide Assessments: Theo will take the state ELA and math tests with text-to-speech for math "
            "items and ELA questions, speech-to-text for written responses, and a separate small-group setting."
        ),
    ),
    (
        "p",
        "Placement: General education classroom with pull-out resource services. Time in regular class: 89% of the school day.",
    ),
    (
        "p",
        (
            "Extended School Year: Theo does not qualify for ESY services for summer 2027; data show he keeps "
            "his skills over breaks."
        ),
    ),
    ("h", "Meeting Notes"),
    (
        "p",
        (
            "The team reviewed Theo's progress on last year's goals: he met his phonemic awareness goal and made "
            "insufficient progress on his fluency goal (goal was 75 wcpm; he reached 58 wcpm). The team agreed "
            "to move from the district's general phonics intervention to the Wilson Reading System and to "
            "increase pull-out time from 120 to 180 minutes per week."
        ),
    ),
    (
        "p",
        (
            "Mrs. Marchetti stated that she disagrees with the district's psychoeducational evaluation of "
            "11/18/2025 because it did not include a dyslexia-specific assessment of rapid naming and "
            "orthographic processing. She requested an Independent Educational Evaluation (IEE) in the areas of "
            "reading and written expression. Mr. Amundsen acknowledged the request. The district will respond in "
            "writing within 15 calendar days (by 10/21/2026) by either agreeing to the IEE or filing for a due "
            "process hearing to defend its evaluation."
        ),
    ),
    (
        "p",
        (
            "Mr. Oyelaran shared that Theo participates well in class discussions and scored 92% on the first "
            "science unit test when the questions were read aloud."
        ),
    ),
    (
        "p",
        (
            "The occupational therapist's written input recommends keyboarding practice of 10 minutes daily "
            "using the TypingClub program, with a target of 15 words per minute by June 2027."
        ),
    ),
    ("h", "Consent"),
    (
        "p",
        (
            "[X] I agree with this IEP and consent to its implementation.  [ ] I agree with the following "
            "exceptions.  [ ] I do not consent."
        ),
    ),
    ("p", "Parent Signature: Lucia Marchetti    Date: 10/06/2026"),
    ("p", "A copy of the Parent Rights and Procedural Safeguards was offered and accepted on 10/06/2026."),
]

HOLLY = [
    # ---------------- page 1 ----------------
    ("h", "TALLGRASS JOINT SCHOOL DISTRICT NO. 12 / PRAIRIE WINDS SPECIAL EDUCATION COOPERATIVE"),
    ("p", "INDIVIDUALIZED EDUCATION PROGRAM  -  Page 1 of 5"),
    (
        "table",
        [
            ["Student", "Eli Nakamura-Brooks", "Date of Birth", "05/02/2019"],
            ["Age", "7 yrs 8 mos", "Grade", "1"],
            ["Attending School", "Bluestem Primary School", "Program", "Structured Learning Classroom (Rm 108)"],
            ["Meeting Date", "01/21/2027", "IEP Dates", "01/22/2027 - 01/20/2028"],
            ["Reason for Meeting", "Annual Review", "Reeval Due", "04/2029"],
            ["Parent(s)", "Grace Nakamura; Owen Brooks", "Phone", "(785) 555-0148"],
            ["Case Mgr", "Bethany Lorenz, Sp.Ed. Teacher", "Primary Language", "English"],
        ],
    ),
    ("p", "PRIMARY EXCEPTIONALITY: Autism (AU)      SECONDARY: Speech/Language Impairment (SLI)"),
    ("p", "Medicaid consent on file: [X] Yes [ ] No     Surrogate parent needed: [ ] Yes [X] No"),
    ("h", "Special Factors"),
    (
        "table",
        [
            ["Consideration", "Yes", "No", "Addressed in"],
            ["Behavior impedes learning of self or others?", "[X]", "[ ]", "Sec. 4, BIP dated 01/21/2027"],
            ["Communication needs?", "[X]", "[ ]", "Sec. 3 Goals 1-2; PECS"],
            ["Assistive technology needed?", "[X]", "[ ]", "PECS book; visual schedule"],
            ["Limited English proficiency?", "[ ]", "[X]", "N/A"],
            ["Blind or visually impaired?", "[ ]", "[X]", "N/A"],
            ["Deaf or hard of hearing?", "[ ]", "[X]", "N/A"],
        ],
    ),
    ("h", "Participants"),
    (
        "p",
        (
            "G. Nakamura (parent); O. Brooks (parent); B. Lorenz (SpEd teacher/case mgr); T. Rasmussen (Gen Ed "
            "1st gr teacher); Dr. S. Adeyemi, BCBA; M. Pruitt, SLP; K. Halvorsen, OTR/L; J. Delacroix (Asst. "
            "Principal, LEA rep)."
        ),
    ),
    ("page",),
    # ---------------- page 2 ----------------
    ("h", "Section 2 - Present Levels (PLAAFP)"),
    (
        "p",
        (
            'COMMUNICATION: Eli is minimally verbal. He uses about 8 spoken word approximations ("ba" for ball, '
            '"mo" for more, "uh-oh") and leads adults by the hand to things he wants. He uses the Picture '
            "Exchange Communication System (PECS) and is in Phase III (picture discrimination), with 35 picture "
            "icons in his communication book. He independently requests 6 items with PECS across the school day. "
            "He follows 1-step directions with a gesture in 60% of opportunities."
        ),
    ),
    (
        "p",
        (
            "BEHAVIOR: Per FBA completed 12/03/2026 by Dr. Adeyemi, Eli's main target behaviors are (1) "
            "elopement and (2) dropping to the floor during transitions. Function: escape from non-preferred "
            "tasks and access to preferred items (water play, spinning objects). Baseline: elopement averaged 3 "
            "attempts per day during November 2026; floor-dropping averaged 5 per day."
        ),
    ),
    (
        "p",
        (
            "SENSORY/MOTOR: Sensory Profile 2 (teacher and parent forms) shows Definitely More Than Others in "
            "seeking and sensitivity. Eli mouths non-food objects, covers his ears in the cafeteria and gym, and "
            "seeks deep pressure. He holds a crayon in a fisted grasp and cannot yet copy a circle."
        ),
    ),
    (
        "p",
        (
            "SELF-CARE: Eli is not yet toilet trained and wears pull-ups. He stays dry for about 90 minutes on a "
            "schedule and has voided on the toilet in 4 of 20 sits (20%) in December 2026. He washes hands with "
            "hand-over-hand help."
        ),
    ),
    (
        "p",
        (
            "ACADEMICS: Matches 20 uppercase letters, identifies numbers 1-10 receptively (touches the named "
            "number in a field of 3), and completes 4-piece inset puzzles."
        ),
    ),
    (
        "p",
        (
            "PARENT CONCERNS: Parents are most worried about Eli running away from adults, including in the "
            "parking lot, and want him to have a way to tell them what he needs. They report he sleeps poorly "
            "(5-6 hours a night)."
        ),
    ),
    ("page",),
    # ---------------- page 3 ----------------
    ("h", "Section 3 - Annual Goals"),
    (
        "p",
        (
            "GOAL 1 (Communication - PECS). Baseline: requests 6 items independently. By 01/20/2028, Eli will "
            "independently exchange a picture to request 15 different preferred items or activities across 3 "
            "school settings, in 4 of 5 data days. Measured by: SLP and classroom data sheets. Person(s) "
            "responsible: SLP, SpEd teacher, 1:1 para."
        ),
    ),
    (
        "p",
        (
            "GOAL 2 (Communication - Sentence Strip). Baseline: Phase III. By 01/20/2028, Eli will build a "
            '2-picture sentence strip ("I want" + item) and give it to an adult in 80% of opportunities (PECS '
            "Phase IV)."
        ),
    ),
    (
        "p",
        (
            "GOAL 3 (Behavior - Safety). Baseline: 3 elopement attempts/day. By 01/20/2028, Eli will stay with "
            "his assigned adult during all hallway, playground and bus-loading transitions, with no more than 1 "
            "elopement attempt per week for 4 consecutive weeks."
        ),
    ),
    (
        "p",
        (
            "GOAL 4 (Self-Care - Toileting). Baseline: voids on toilet in 20% of scheduled sits. By 01/20/2028, "
            'Eli will void on the toilet in 75% of scheduled sits and will hand the "bathroom" PECS card to an '
            "adult to ask to go at least 2 times per week."
        ),
    ),
    (
        "p",
        (
            "GOAL 5 (Fine Motor). Baseline: fisted grasp, no shapes. By 01/20/2028, Eli will use a tripod grasp "
            "with a triangle crayon to copy a circle, a vertical line and a horizontal line in 4 of 5 trials."
        ),
    ),
    ("p", "Progress Reports: quarterly (Oct, Jan, Mar, May), sent home in the communication notebook with data graphs."),
    ("h", "Section 4 - Behavior Supports"),
    (
        "p",
        (
            "Eli's program uses applied behavior analysis (ABA) based teaching: discrete trial teaching at the "
            "table 3 x 20 min daily, naturalistic teaching during play, a token board (5 tokens = 2 min of water "
            "play), and first-then visuals. Data are taken daily by the 1:1 para and reviewed by the BCBA. BIP "
            "dated 01/21/2027 is attached."
        ),
    ),
    ("page",),
    # ---------------- page 4 ----------------
    ("h", "Section 5 - Services"),
    (
        "table",
        [
            ["Service", "Provider", "Amount", "Frequency", "Setting", "Begin / End"],
            [
                "Specialized instruction (SpEd)",
                "SpEd Teacher",
                "1,500 min",
                "per week",
                "Special ed classroom",
                "01/22/27 - 01/20/28",
            ],
            [
                "Speech-language therapy",
                "SLP",
                "240 min",
                "per month",
                "60 min indiv. + 180 min in classroom",
                "01/22/27 - 01/20/28",
            ],
            ["Occupational therapy", "OT", "120 min", "per month", "Sensory room / classroom", "01/22/27 - 01/20/28"],
            ["BCBA consultation & data review", "BCBA", "4 hrs", "per month", "Classroom", "01/22/27 - 01/20/28"],
            [
                "1:1 paraprofessional (RBT-trained)",
                "Para",
                "Full school day",
                "daily",
                "All settings incl. bus loading",
                "01/22/27 - 01/20/28",
            ],
            ["Special transportation", "District Transp.", "Each way", "daily", "Bus", "01/22/27 - 01/20/28"],
        ],
    ),
    (
        "p",
        (
            "LRE: Eli is in general education for lunch, recess, music and morning meeting (about 22% of the "
            "school day) with his 1:1 para. Reason for removal: needs intensive 1:1 and small-group ABA-based "
            "instruction not available in the 1st grade classroom."
        ),
    ),
    ("h", "Sensory Diet (OT-designed, carried out by para)"),
    (
        "table",
        [
            ["When", "Activity", "Time"],
            ["Arrival", "Mini trampoline, 50 jumps", "3 min"],
            ["Every 45 minutes", "Sensory break: wall push-ups or heavy work (carry book bin)", "3-5 min"],
            ["Circle / table work", "Weighted lap pad (3 lb) and chewy tube", "During activity"],
            ["Cafeteria, gym, assemblies", "Noise-reducing headphones", "As needed"],
        ],
    ),
    ("h", "Toileting Plan"),
    (
        "p",
        (
            "Scheduled sits every 90 minutes (arrival, 10:30, 12:00, 1:30, before bus) for up to 3 minutes. "
            "Visual 5-step toileting schedule posted in the Rm 108 bathroom. Praise plus 1 token for voiding on "
            "the toilet. Pull-ups changed by the para with a second adult present. Parents send 5 pull-ups and "
            "wipes each Monday. Data sent home daily in the communication notebook."
        ),
    ),
    ("page",),
    # ---------------- page 5 ----------------
    ("h", "Section 6 - Elopement Safety Plan"),
    (
        "p",
        (
            "History: Eli left the classroom or playground 11 times between 08/18/2026 and 11/20/2026; twice he "
            "reached the front parking lot."
        ),
    ),
    (
        "p",
        (
            "Prevention: Rm 108 door has a door alarm chime. Para stays within arm's reach during all "
            "transitions and outdoors. Eli wears a bright orange vest at recess. Playground gate by the parking "
            "lot is kept latched."
        ),
    ),
    (
        "p",
        (
            'If Eli is missing: the adult radios "Code Blue Rm 108" to the office; staff check the assigned '
            "search zones (water fountains and gym first); the office calls the parent within 10 minutes; 911 is "
            "called if he is not found within 10 minutes or is seen leaving campus."
        ),
    ),
    ("h", "Section 7 - Transportation"),
    (
        "p",
        (
            "Special transportation required: [X] Yes [ ] No. Type: curb-to-curb on a small bus with a bus aide. "
            "Safety restraint: 5-point safety vest. Ride length: not to exceed 35 minutes each way (shortened "
            "route). Eli is handed directly to a parent or listed adult at drop-off; he may not be left at the "
            "stop."
        ),
    ),
    ("h", "Section 8 - Extended School Year"),
    (
        "p",
        (
            "ESY eligible: [ ] Yes [X] No. Reason: data collected before and after winter break 2026 show no "
            "significant regression; Eli regained his skills within 2 weeks. Parents report he will attend "
            "private ABA therapy in summer 2027. The team will reconsider ESY if data change by 04/15/2027."
        ),
    ),
    ("h", "Section 9 - State Assessment"),
    ("p", "Grade 1: no state assessment given. District assessments: alternate checklist in place of i-Ready."),
    ("p", "Parent signature: Grace Nakamura, 01/21/2027 - [X] Agree   [ ] Disagree"),
]

CATALPA = [
    # ---------------- page 1 ----------------
    ("h", "Riverbend Consolidated High School District"),
    ("p", "Individualized Education Program - Secondary Form (Transition-Age)"),
    ("h", "Part A. Student Information"),
    (
        "table",
        [
            ["Student name", "Jordan A. Whitfield"],
            ["Date of birth / age", "08/09/2012 / 14"],
            ["Grade / school", "9th grade, Northgate High School"],
            ["IEP meeting date", "03/04/2027"],
            ["IEP in effect", "03/05/2027 to 03/03/2028"],
            ["Three-year reevaluation", "Due by 02/15/2029"],
            ["Eligibility", "Other Health Impairment (OHI) - ADHD, combined presentation, and epilepsy"],
            ["Case manager", "Marcus Tillery, Special Education Teacher, ext. 4417"],
            ["Parent/guardian", "Denise Whitfield (mother)"],
        ],
    ),
    ("p", "Transition services are included because Jordan is 14 or older; in this state, transition planning begins at age 14."),
    ("h", "Part B. Health Information"),
    (
        "p",
        (
            "Jordan was diagnosed with generalized epilepsy in 2022. His last reported seizure was on 11/02/2026 "
            "at home. At school, seizures are handled according to the Seizure Action Plan dated 08/20/2026, "
            "which is kept on file in the health office and given to each of his teachers. The school nurse, "
            "Ellen Sabato, RN, provides nursing services of 15 min/wk (staff consultation and health check) plus "
            "emergency response as needed. All of Jordan's teachers and his bus driver completed seizure first "
            "aid training on 08/28/2026."
        ),
    ),
    ("page",),
    # ---------------- page 2 ----------------
    ("h", "Part C. Present Levels"),
    (
        "p",
        (
            "Academic: Jordan reads at grade level (MAP Reading RIT 224, 61st percentile) and his math skills "
            "are in the average range (MAP Math RIT 231, 48th percentile). His main difficulty is completing and "
            "turning in work: in semester 1 he turned in 58% of homework assignments. First semester grades: "
            "English 9 - D, Biology - C-, Algebra I - B, World History - D+, Art I - A, PE - B."
        ),
    ),
    (
        "p",
        (
            "Attention and Organization: Teacher rating scales (Conners 4, 01/2027) show Very Elevated scores "
            "for inattention and executive functioning in the classroom. Jordan loses focus after 10-15 minutes "
            "of independent work, often does not write down assignments, and needs 2-3 reminders to begin tasks."
        ),
    ),
    (
        "p",
        (
            "Attendance: Jordan missed 19 days in 8th grade (11 excused for medical or seizure-related reasons, "
            "8 unexcused). So far in 9th grade he has 9 absences and 14 tardies to first period. Missed "
            "instruction in English 9 and World History is the main reason for his low grades."
        ),
    ),
    (
        "p",
        (
            "Behavior: Jordan has had 6 office referrals this year, mostly for leaving class without permission "
            "and for using his phone. He responds well to adults he trusts and to earning privileges."
        ),
    ),
    (
        "p",
        (
            'Student input: Jordan says school is "too long" and that he gets tired after a seizure day. He '
            "likes his art class and his coach."
        ),
    ),
    (
        "p",
        (
            "Parent input: Ms. Whitfield is worried that Jordan will fall behind in credits and that staff may "
            "not notice a seizure in a large class. She wants more adult supervision for his safety."
        ),
    ),
    ("h", "Part D. Transition"),
    (
        "p",
        (
            "Interests and preferences (student interview, 02/10/2027): Jordan is interested in video game "
            "design and working with animals. He prefers hands-on work and would like a job where he can move "
            "around."
        ),
    ),
    (
        "p",
        (
            "Career assessment: The Career Cluster Interest Inventory was given on 02/10/2027 by the transition "
            "specialist, Priya Raman. Jordan's top clusters were Information Technology and Agriculture, Food "
            "and Natural Resources."
        ),
    ),
    ("page",),
    # ---------------- page 3 ----------------
    ("h", "Part D. Transition (continued)"),
    (
        "p",
        (
            "Postsecondary goal - education/training: After high school, Jordan will enroll in a two-year "
            "community college program in computer science or game design."
        ),
    ),
    ("p", "Postsecondary goal - employment: Jordan will work part-time in a field related to technology or animal care."),
    ("p", "Postsecondary goal - independent living: Not needed at this time (team decision)."),
    (
        "p",
        (
            "Course of study: Standard diploma track, 24 credits. Expected graduation: June 2030. Jordan will "
            "take Intro to Computer Science in 10th grade."
        ),
    ),
    (
        "p",
        (
            "Transition activities this year: (1) job shadow at the Northgate Veterinary Clinic by 05/2027; (2) "
            "tour of Lakeshore Community College by 04/2027; (3) referral to Vocational Rehabilitation by age 16."
        ),
    ),
    ("h", "Part E. Annual Goals"),
    (
        "p",
        (
            "Goal 1 - Work completion. Jordan currently turns in 58% of assignments. By 03/03/2028, Jordan will "
            "record assignments in his planner or Google Calendar and turn in at least 85% of assignments in "
            "each class for 3 consecutive grading periods, as measured by teacher gradebooks checked weekly by "
            "the case manager."
        ),
    ),
    (
        "p",
        (
            "Goal 2 - On-task behavior. Baseline: on task 45% of 5-minute intervals during independent work. By "
            "03/03/2028, Jordan will be on task in 80% of intervals across 3 observations per month."
        ),
    ),
    (
        "p",
        (
            "Goal 3 - Self-advocacy. By 03/03/2028, Jordan will ask a teacher for a break or for help using his "
            "break pass or a private signal in 4 of 5 observed opportunities."
        ),
    ),
    ("p", "Progress reports: every 9 weeks, with report cards, and emailed to parent."),
    ("page",),
    # ---------------- page 4 ----------------
    ("h", "Part F. Services"),
    (
        "table",
        [
            ["Service", "Minutes", "Where", "Who"],
            [
                "Co-taught English 9 (general ed + special ed teacher)",
                "Daily class period, 52 min",
                "General education",
                "Gen ed and SpEd teachers",
            ],
            ["Co-taught Biology", "Daily class period, 52 min", "General education", "Gen ed and SpEd teachers"],
            ["Academic Support / Study Skills", "1 period daily, 52 min", "Resource room", "SpEd teacher"],
            ["Nursing services", "15 min/wk plus as needed", "Health office / classroom", "School nurse"],
            ["School counseling (check-in)", "2 x 20 min/mo", "Counselor office", "School counselor"],
        ],
    ),
    ("h", "Part G. Accommodations"),
    ("p", "Testing: double time (2.0x) on tests and quizzes; tests in a small-group room; directions read aloud on request."),
    (
        "p",
        (
            "Breaks: up to three 5-minute breaks per class period, using a break pass; Jordan goes to the "
            "counseling office or walks the hallway with a staff member's knowledge."
        ),
    ),
    (
        "p",
        (
            "Other: preferential seating near the teacher and away from the door; a copy of class notes; "
            "teachers post assignments in Google Classroom by 4:00 p.m. daily; after a seizure, Jordan may rest "
            "in the health office and get a 2-day extension on work due that day."
        ),
    ),
    ("h", "Part H. Behavior Contract"),
    (
        "p",
        (
            "Jordan and his case manager signed a weekly behavior contract on 03/04/2027. Jordan earns points "
            "each class period for (a) arriving on time, (b) staying in class except for approved breaks, and "
            "(c) keeping his phone put away. If he earns 80% of possible points in a week, he earns 15 minutes "
            "of gym time on Friday or lunch with his coach. The case manager emails the point sheet home every "
            "Friday."
        ),
    ),
    ("h", "Part I. Attendance Plan"),
    (
        "p",
        (
            "The counselor will call home after 2 consecutive absences. Absences for seizures or medical "
            "appointments are excused with a note. Jordan will check in with the attendance office each morning "
            "when tardy, and the team will review attendance at 6 weeks."
        ),
    ),
    ("page",),
    # ---------------- page 5 ----------------
    ("h", "Part J. Placement and Participation"),
    (
        "p",
        (
            "Jordan is in general education 86% of the school day. He is removed for Academic Support only. He "
            "will participate in the state high school assessments (English and Biology end-of-course tests) "
            "with the same testing accommodations. Extended School Year: not needed."
        ),
    ),
    ("h", "Part K. Parent Disagreement"),
    (
        "p",
        (
            "Ms. Whitfield disagreed with the team's decision not to provide a full-time 1:1 aide for seizure "
            "supervision. She requested that an adult be assigned to Jordan for the full school day. The "
            "district declined because Jordan has had no seizures at school in the past 12 months, all of his "
            "teachers are trained in seizure first aid, and a 1:1 aide could limit his independence. The "
            "district will provide a Prior Written Notice by 03/11/2027. Ms. Whitfield was told she may attach a "
            "written statement to the IEP and was given a copy of the procedural safeguards."
        ),
    ),
    ("h", "Part L. Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Signature date"],
            ["Denise Whitfield", "Parent", "03/04/2027"],
            ["Jordan Whitfield", "Student", "03/04/2027"],
            ["Marcus Tillery", "Case Manager", "03/04/2027"],
            ["Alana Brightwater", "General Education Teacher (English 9)", "03/04/2027"],
            ["Priya Raman", "Transition Specialist", "03/04/2027"],
            ["Ellen Sabato, RN", "School Nurse", "03/04/2027"],
            ["Gerald Osei", "Assistant Principal / LEA Representative", "03/04/2027"],
        ],
    ),
]


DOGWOOD = [
    ("h", "MARLOW VALLEY CITY SCHOOLS - Office of Student Services"),
    ("p", "INDIVIDUALIZED EDUCATION PROGRAM (IEP)        PR-07 (Ohio format)        Page 1 of 5"),
    (
        "p",
        "Child's Name: Dominic Ray Kessler   Student ID: 2017-04418   DOB: 03/14/2017   Age: 9   Grade: 4   School: Harlan "
        "Street Elementary   District of Residence/Service: Marlow Valley City Schools",
    ),
    (
        "p",
        "Parent/Guardian: Tamara Kessler (mother), Luis Kessler (father)   Address: 418 Birchwood Ct., Marlow, OH 45899   "
        "Home Phone: (419) 555-0162",
    ),
    (
        "p",
        "IEP Type: Annual   Meeting Date: 9/22/2026   IEP Start Date: 09-23-2026   IEP End Date: 09-22-2027   Annual Review "
        "Due: by 9/22/2027   Date of Last ETR: 10/05/2025   Next ETR Due: 10/04/2028",
    ),
    (
        "p",
        "Disability Category: Specific Learning Disability (SLD) - Mathematics Calculation and Mathematics Problem Solving. "
        "Outside diagnosis on file: Dyscalculia (Dr. Renata Volkov, Ph.D., Lakeshore Pediatric Neuropsychology, report dated "
        "06/18/2025).",
    ),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role / Title", "Attended"],
            ["Tamara Kessler", "Parent", "In person"],
            ["Luis Kessler", "Parent", "By phone"],
            ["Janelle Ortiz", "Intervention Specialist (case manager)", "In person"],
            ["Owen Baptiste", "Gen. Ed. Teacher, Grade 4", "In person"],
            ["Dr. Priya Ramaswamy", "School Psychologist", "In person"],
            ["Dana Fulkerson", "Principal / District Representative", "In person"],
            ["Dominic Kessler", "Student", "First 15 minutes"],
        ],
    ),
    ("h", "1. Future Planning"),
    (
        "p",
        'Dominic says he wants to "make video games" when he grows up and to "be fast at math like my brother." His parents '
        "hope he will finish elementary school feeling confident in math and able to keep up in science.",
    ),
    ("h", "Parent Concerns"),
    (
        "p",
        'Mom reports that math homework often takes over an hour and ends in tears; Dominic has called himself "stupid at '
        'numbers." Parents want more practice with basic facts, want to know how he will take the Ohio state tests, and '
        "asked that Dominic not lose recess to finish math work.",
    ),
    ("h", "2. Special Instructional Factors"),
    (
        "p",
        "Behavior impedes learning: No   Limited English Proficiency: No   Assistive Technology needed: Yes (talking "
        "calculator - see Section 7)   Other factors considered: math anxiety (see Profile)",
    ),
    ("page",),
    ("h", "3. Profile / Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Sources: ETR 10/05/2025, i-Ready Diagnostic (Fall 2026), weekly curriculum-based probes, teacher observation, "
        "parent input, outside neuropsychological report.",
    ),
    ("h", "Strengths"),
    (
        "p",
        "Reading is a clear strength: i-Ready Reading scale score 518 (on grade level, 9/08/2026). Dominic has a strong oral "
        'vocabulary, loves science labs, and Mr. Baptiste describes him as "kind and always willing to help a classmate." He '
        "explains his thinking well out loud when given extra time. WISC-V (ETR): Full Scale IQ 98, Verbal Comprehension "
        "112.",
    ),
    ("h", "Concerns"),
    (
        "p",
        "i-Ready Math Diagnostic (9/08/2026): overall scale score 401, placement Grade 2 (Early On). On a 2-minute mixed "
        "multiplication probe (facts 0-10) on 9/10/2026 he answered 6 of 40 correctly; grade-level peers averaged 31. He "
        "solved 1 of 10 two-digit by one-digit problems correctly, usually misaligning digits or losing track of regrouping. "
        "On one-step word problems read aloud he scored 2 of 10. He counts on his fingers for sums above 10 and reverses 6 "
        "and 9 when copying. WJ-IV (ETR): Math Calculation SS 74, Applied Problems SS 79. Teacher notes he leaves for the "
        "restroom or says his stomach hurts 2-3 times a week when math begins.",
    ),
    ("h", "Impact"),
    (
        "p",
        "Dominic's disability in math calculation and problem solving limits his access to 4th grade standards in "
        "multi-digit operations, fractions and measurement, and to the math parts of science. He needs explicit, systematic "
        "instruction using concrete-representational-abstract (CRA) steps in a small group, plus accommodations in the "
        "general education classroom, to make progress.",
    ),
    ("h", "4. Extended School Year Services"),
    (
        "p",
        "[ ] ESY services needed   [ ] ESY not needed   [X] Decision deferred - team will reconvene by 02/26/2027 to review "
        "winter-break regression and recoupment data on the math fact probes.",
    ),
    ("h", "5. Postsecondary Transition"),
    ("p", "Not applicable - student is under age 14."),
    ("page",),
    ("h", "6. Measurable Annual Goals"),
    (
        "p",
        "GOAL #1 - Area: Math Calculation (fact fluency)   Baseline: 6 of 40 multiplication facts (0-10) correct in 2 "
        "minutes on 9/10/2026.",
    ),
    (
        "p",
        "Annual Goal: By 9/22/2027, given a 2-minute mixed multiplication probe (facts 0-10), Dominic will answer at least "
        "28 of 40 correctly on 3 of 4 consecutive weekly probes. Benchmarks: (1) by 11/20/2026 - 12 of 40; (2) by 01/29/2027 "
        "- 18 of 40; (3) by 04/09/2027 - 24 of 40. Method of Measurement: curriculum-based probes, graphed weekly by the "
        "intervention specialist.",
    ),
    (
        "p",
        "GOAL #2 - Area: Math Calculation (multi-digit)   Baseline: 1 of 10 two-digit by one-digit multiplication problems "
        "correct (9/10/2026).",
    ),
    (
        "p",
        "Annual Goal: By 9/22/2027, using graph paper and a multiplication chart, Dominic will correctly solve 8 of 10 "
        "two-digit by one-digit multiplication problems and 3-digit addition/subtraction problems with regrouping, in 3 "
        "consecutive trials. Benchmarks: 4 of 10 by 11/20/2026; 6 of 10 by 02/26/2027. Method of Measurement: work samples "
        "and teacher-made probes every two weeks.",
    ),
    (
        "p",
        "GOAL #3 - Area: Math Problem Solving   Baseline: 2 of 10 one-step word problems correct with items read aloud "
        "(9/10/2026).",
    ),
    (
        "p",
        "Annual Goal: By 9/22/2027, when given grade-level one- and two-step word problems read aloud, Dominic will use the "
        "CUBES strategy card to underline the question, choose the operation and solve 7 of 10 problems correctly over 3 "
        "probes. Benchmarks: 4 of 10 by 01/29/2027; 6 of 10 by 04/09/2027. Method of Measurement: teacher-made word problem "
        "probes, scored with a CUBES checklist.",
    ),
    (
        "p",
        "Progress Reporting: Progress toward each goal will be reported to the parents in writing at each 9-week grading "
        "period, sent home with the report card on the IEP Progress Report form. Parents may request the weekly probe graph "
        "at any time.",
    ),
    ("h", "7. Description of Specially Designed Services"),
    (
        "p",
        "SDI = Specially Designed Instruction, RS = Related Service, AT = Assistive Tech., ACC = Accommodation, SSP = "
        "Support for School Personnel",
    ),
    (
        "table",
        [
            ["Description", "Provider", "Location", "Frequency", "Amount", "Begin", "End", "Setting (GE or SE)"],
            [
                "SDI - Math calc. and problem solving, Goals 1-3, small group (max 5)",
                "Intervention Specialist",
                "Resource Rm 112",
                "5x weekly",
                "45 min",
                "9/23/2026",
                "9/22/2027",
                "SE",
            ],
        ],
    ),
    ("page",),
    ("p", "Section 7 (continued from page 3)"),
    (
        "table",
        [
            ["Description", "Provider", "Location", "Frequency", "Amount", "Begin", "End", "Setting (GE or SE)"],
            [
                "SDI - In-class math support (co-taught), Goal 2",
                "Intervention Specialist",
                "Gr. 4 classroom",
                "3x weekly",
                "20 min",
                "9/23/2026",
                "9/22/2027",
                "GE",
            ],
            [
                "RS - School counseling, coping skills for math anxiety",
                "School Counselor (T. Lyle)",
                "Counseling office",
                "2x monthly",
                "20 min",
                "10/01/2026",
                "5/28/2027",
                "SE",
            ],
            [
                "AT - Talking calculator. Conditions: all math work except fact probes",
                "Intervention Specialist",
                "All settings",
                "Daily",
                "As needed",
                "9/23/2026",
                "9/22/2027",
                "GE",
            ],
            [
                "ACC - Extended time. Conditions: math and science tests and quizzes",
                "All teachers",
                "All classes",
                "Each test",
                "1.5x std. time",
                "9/23/2026",
                "9/22/2027",
                "GE",
            ],
            [
                "ACC - Items read aloud. Conditions: math and science only, not reading",
                "All teachers",
                "All classes",
                "Each test",
                "Whole test",
                "9/23/2026",
                "9/22/2027",
                "GE",
            ],
        ],
    ),
    ("page",),
    ("p", "Section 7 (continued)"),
    (
        "table",
        [
            ["Description", "Provider", "Location", "Frequency", "Amount", "Begin", "End", "Setting (GE or SE)"],
            [
                "ACC - Mult. chart and number line. Conditions: except fact checks",
                "All teachers",
                "All classes",
                "Daily",
                "As needed",
                "9/23/2026",
                "9/22/2027",
                "GE",
            ],
            [
                "ACC - Reduced HW. Conditions: math HW max 10 problems",
                "Gen. Ed. Teacher",
                "Home",
                "Nightly",
                "20 min max",
                "9/23/2026",
                "9/22/2027",
                "GE",
            ],
            [
                "ACC - Small group testing. Conditions: math/sci unit tests",
                "Intervention Specialist",
                "Resource Rm 112",
                "Each unit test",
                "6 or fewer students",
                "9/23/2026",
                "9/22/2027",
                "SE",
            ],
            [
                "SSP - CRA and dyscalculia training for Gr. 4 teacher",
                "School Psych.",
                "Harlan St. Elem.",
                "1x semester",
                "30 min",
                "10/15/2026",
                "5/28/2027",
                "GE",
            ],
        ],
    ),
    (
        "p",
        "8. Transportation: Not a related service - rides regular bus route 14 with peers.   9. Nonacademic: full "
        "participation in recess, lunch, art, music, PE and Lego Robotics Club, no supports.",
    ),
    (
        "p",
        "11. LRE: Dominic is removed from general education for math SDI, 45 min daily in Resource Rm 112, and counseling 2x "
        "monthly. Time with nondisabled peers: approximately 88%. Reason for removal: he needs explicit small-group CRA "
        "instruction at a Grade 2 level that cannot be delivered during whole-class 4th grade math.",
    ),
    (
        "p",
        "12. Statewide/District Testing: Ohio's State Tests, Grade 4 ELA and Math - general assessment WITH accommodations: "
        "text-to-speech (Math only), small group setting, extended time. i-Ready Diagnostic 3x/year with read-aloud of math "
        "items. Alternate Assessment for Students with Significant Cognitive Disabilities: Not eligible.",
    ),
]

IRONWOOD = [
    ("h", "Tamarack County ISD / Ridgeford Public Schools - IEP Team Report"),
    (
        "p",
        "Student: WHITFIELD, Jordan Avery   UIC: 7734019925   Birthdate: 02-19-2010   Age: 16   Grade: 11   Gender: M   "
        "Building: Ridgeford High School   Resident District: Ridgeford Public Schools",
    ),
    (
        "p",
        "Parent(s): Michelle Whitfield and Aaron Whitfield   Address: 2207 Cedar Bluff Rd, Ridgeford, MI 49617   Primary "
        "language of home: English",
    ),
    (
        "p",
        "IEP Meeting Date: October 14, 2026   Purpose: Annual IEP   IEP Effective Dates: 10/28/2026 - 10/13/2027   Most "
        "Recent Evaluation/REED: 04/30/2025   Reevaluation Due By: 04/29/2028",
    ),
    (
        "p",
        "Eligibility: Autism Spectrum Disorder (ASD), R 340.1715. Medical diagnoses reported by family: Autism Spectrum "
        'Disorder, Level 1 (diagnosed age 7, previously called "high functioning"); Generalized Anxiety Disorder (Dr. Samuel '
        "Okafor, psychiatrist, Great Lakes Behavioral Health, 2024).",
    ),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Position", "Name", "Position"],
            ["Jordan Whitfield", "Student", "Rachel Brennan", "Special Ed. Teacher / Case Manager"],
            ["Michelle Whitfield", "Parent", "Tom Kowalczyk", "Gen. Ed. Teacher (Chemistry)"],
            ["Aaron Whitfield", "Parent", "Dr. Anita Sorensen", "School Social Worker"],
            ["Vincent Alvarado", "Asst. Principal (District Rep.)", "Megan Doyle", "Speech-Language Pathologist"],
            ["Keisha Danforth", "MRS Counselor (invited agency)", "Greg Pohl", "Transition Coordinator"],
        ],
    ),
    ("h", "Student Vision"),
    (
        "p",
        "(In Jordan's words) \"After high school I want to go to college for computers, probably Northfield Community "
        "College first because it is close and smaller. I want to work on fixing networks or help desk stuff where I can "
        "mostly work with computers and not have to do presentations. I want my own apartment someday with my cat, Pixel, "
        'and I want to be able to drive myself everywhere."',
    ),
    ("h", "Special Factors"),
    (
        "p",
        "Behavior impedes learning of self or others? No - anxiety-related avoidance addressed through goals and supports; "
        "no BIP. Limited English proficiency? No. Communication needs? Yes - social/pragmatic language (see Speech). "
        "Assistive technology? Yes - noise-reducing headphones, Google Docs speech-to-text.",
    ),
    ("page",),
    ("h", "Present Level of Academic Achievement and Functional Performance (PLAAFP)"),
    (
        "p",
        "Academic: Jordan's cumulative GPA is 3.12. He earned A's in Algebra II and Intro to Programming (Python) and a C+ "
        "in English 10. PSAT 10 (April 2026): Evidence-Based Reading and Writing 470, Math 590, total 1060. Written "
        "expression is the main academic concern: on a 5-paragraph district writing rubric (9/2026) he scored 2 of 4 for "
        "organization and 1 of 4 for elaborating on ideas. He rarely asks teachers for help.",
    ),
    (
        "p",
        "Functional - anxiety/self-regulation: In September 2026 Jordan left class without permission 9 times (mostly "
        "English 11 and Chemistry), usually when group work or oral presentations were announced. He used his break pass "
        "appropriately 3 times. He reports his anxiety at 7 on a 1-10 scale before presentations.",
    ),
    (
        "p",
        "Functional - executive functioning: 14 missing assignments at the end of 1st semester 2025-26; he does not use his "
        "planner consistently. Social communication: he interprets figurative language literally and tends to talk at length "
        "about networking topics; in 4 observed group tasks he contributed on-topic comments 35% of the time.",
    ),
    (
        "p",
        "Impact on involvement and progress in the general curriculum: Jordan's anxiety and pragmatic language needs limit "
        "his participation in group work, discussions and presentations, and missing work lowers his grades in otherwise "
        "accessible classes.",
    ),
    ("h", "Annual Goals"),
    (
        "p",
        "Goal 1 (Self-Advocacy/Coping): When feeling anxious in class, Jordan will use his break pass or a taught coping "
        "strategy instead of leaving without permission, reducing unplanned exits from 9 per month (baseline, 9/2026) to 2 "
        "or fewer per month for 3 consecutive months. Evaluation: attendance/hall-pass log and teacher report, reviewed "
        "monthly by social worker.",
    ),
    (
        "p",
        "Goal 2 (Executive Functioning): Jordan will record assignments in Google Calendar and check it with his case "
        "manager daily, reducing missing assignments from 14 per semester to 4 or fewer per semester. Evaluation: "
        "PowerSchool grade book check every 2 weeks.",
    ),
    (
        "p",
        "Goal 3 (Written Expression): Given a graphic organizer, Jordan will write a multi-paragraph response scoring 3 of 4 "
        "or better in organization and elaboration on the district rubric on 4 of 5 writing samples. Evaluation: "
        "rubric-scored writing samples.",
    ),
    (
        "p",
        "Progress Reporting: Parents will receive written progress on goals quarterly, at the same time as report cards "
        "(November, January, April and June).",
    ),
    ("page",),
    ("h", "Supplementary Aids and Services"),
    (
        "table",
        [
            ["Setting", "Aid / Service", "Frequency / Conditions"],
            [
                "All classes",
                "Break pass - up to 10 minutes in the Counseling Center or Rm B-114",
                "As needed, 1 per class period",
            ],
            [
                "All classes",
                "Advance notice of schedule changes, substitute teachers, fire drills",
                "At least 1 day ahead when known",
            ],
            ["All classes", "Copy of class notes / slides", "Daily, posted to Google Classroom"],
            ["Core academic classes", "Preferential seating near door", "Daily"],
            [
                "Core academic classes",
                "Choice of alternate assignment (recorded or written) for oral presentations",
                "Each presentation",
            ],
            ["Core academic classes", "Assigned group roles; teacher assigns groups", "During group work"],
            ["Tests and quizzes", "Extended time (time and one-half)", "All tests and quizzes"],
            ["Tests and quizzes", "Separate, quiet setting", "When requested by Jordan"],
            ["Lunch / passing time", "May leave class 3 minutes early to avoid crowded halls", "Daily"],
        ],
    ),
    ("h", "Programs and Services"),
    (
        "table",
        [
            ["Program / Service", "Provider", "Amount", "Location", "Start - End"],
            [
                "Resource Program - Academic Support / Study Skills",
                "Special Education Teacher",
                "1 time per day for 58 minutes (one class period)",
                "Rm B-114",
                "10/28/2026 - 10/13/2027",
            ],
            [
                "School Social Work Services",
                "School Social Worker",
                "1 time per week for 30 minutes",
                "Social work office",
                "10/28/2026 - 10/13/2027",
            ],
            [
                "Speech and Language Services (pragmatics)",
                "Speech-Language Pathologist",
                "2 times per month for 30 minutes",
                "Speech room",
                "10/28/2026 - 06/11/2027",
            ],
            [
                "Teacher Consultant Services",
                "Teacher Consultant",
                "1 time per month for 20 minutes",
                "Gen. ed. classrooms",
                "10/28/2026 - 10/13/2027",
            ],
        ],
    ),
    ("page",),
    ("h", "Transition - Postsecondary Goals and Course of Study"),
    (
        "p",
        "Transition assessments: Xello Career Interest Profiler (9/12/2026) - top clusters Information Technology and "
        "Engineering; Casey Life Skills Assessment (9/2026); student and parent interviews.",
    ),
    (
        "p",
        "Postsecondary Goal - Education/Training: After graduation, Jordan will enroll in the Computer Information Systems "
        "associate degree program at Northfield Community College.  Employment: Jordan will work as an IT help desk or "
        "network support technician.  Independent Living: Jordan will live in an apartment and manage his own bills and "
        "medication.",
    ),
    (
        "p",
        "Diploma: Michigan Merit Curriculum - regular high school diploma. Anticipated graduation: June 2028. Age of "
        "majority: Jordan and his parents were informed on 10/14/2026 that rights transfer to Jordan at age 18 "
        "(02/19/2028).",
    ),
    (
        "table",
        [
            ["Course of Study", "Gr. 11 (2026-27)", "Gr. 12 (2027-28)"],
            ["English", "English 11", "English 12 - Technical Writing"],
            ["Math / Science", "Pre-Calculus; Chemistry", "AP Computer Science Principles; Physics"],
            ["Social Studies", "U.S. History", "Government / Economics"],
            [
                "Electives",
                "Networking Fundamentals (CTE); Academic Support",
                "Work-Based Learning (school IT dept.); Academic Support",
            ],
        ],
    ),
    (
        "p",
        "Transition Services/Activities: (1) Tour Northfield CC and meet Disability Services by 03/2027 - parent and Mr. "
        "Pohl. (2) Complete MRS Pre-Employment Transition Services (Pre-ETS) job shadow by 05/2027 - MRS. (3) Practice "
        "calling to schedule his own appointments - social worker.",
    ),
    ("h", "Agency Contacts"),
    (
        "table",
        [
            ["Agency", "Contact", "Phone", "Status"],
            ["Michigan Rehabilitation Services (MRS)", "Keisha Danforth", "(231) 555-0148", "Pre-ETS referral sent 09/2026"],
            [
                "Tamarack County Community Mental Health",
                "Brian Ostrowski, case manager",
                "(231) 555-0177",
                "Parent to call; info given",
            ],
            ["Northfield CC Disability Services", "Lila Chen, coordinator", "(231) 555-0190", "Visit planned spring 2027"],
        ],
    ),
    ("page",),
    ("h", "State and District Assessment"),
    (
        "p",
        "Michigan Merit Examination (Grade 11): SAT with Essay, ACT WorkKeys, M-STEP Science and Social Studies. "
        "Participation: general assessment with accommodations - time and one-half (SAT: College Board approved 50% extended "
        "time), separate room/small group, breaks as needed. District: NWEA MAP Growth with the same accommodations. "
        "MI-Access: not appropriate.",
    ),
    ("h", "Extended School Year / Transportation / Placement"),
    (
        "p",
        "ESY: Not needed - no significant regression over summer 2026.   Transportation: no special transportation; Jordan "
        "has a driver's license and drives himself to school.",
    ),
    (
        "p",
        "Placement: General education with resource program. Jordan spends 84% of his day in general education. He is "
        "removed for one class period daily for Academic Support (Rm B-114) plus social work and speech sessions because he "
        "needs direct instruction in organization, coping and pragmatic skills that require a small setting and cannot be "
        "provided during core classes.",
    ),
    ("h", "Parent Comments"),
    (
        "p",
        '"We are proud of how far Jordan has come, but this fall has been hard. When he walks out of class, he usually texts '
        "me from the bathroom and I don't always know what to tell him. I want the staff to know that when he gets quiet and "
        "pulls his hood up, he is not being rude, he is overwhelmed. I'm worried about the SAT in the spring and about him "
        'getting lost at a big college." - Michelle Whitfield',
    ),
    (
        "p",
        "\"I'd like Jordan to get real job experience before he graduates, even unpaid. I'm glad MRS is involved. I also "
        'want one person he can go to every day, and I think Ms. Brennan should be that person." - Aaron Whitfield',
    ),
    (
        "p",
        '"Homework is the hardest part of our evenings because he is exhausted from holding it together all day. Please '
        "contact us by email rather than calling - when Jordan sees the school's number on my phone he assumes something is "
        'wrong. We agree with the plan and the extra speech for group work." - Michelle Whitfield',
    ),
    (
        "p",
        "Procedural Safeguards offered to parents: 10/14/2026.   Parent signature: Michelle Whitfield, Aaron Whitfield "
        "(agree with IEP).   Student signature: Jordan Whitfield.",
    ),
]

OLIVE = [
    ("h", "Sandhill Valley Public Schools, District 19 - Prairie Bend, Nebraska"),
    ("p", "INDIVIDUALIZED EDUCATION PROGRAM - Annual Review (Kindergarten)     Special Services: ESU 16 cooperative"),
    ("h", "About Lucy"),
    (
        "p",
        "- Student: Lucy Mae Harmon     DOB: 6/3/2021     Age: 5 yrs 2 mos     Grade: Kindergarten (half-day AM)\n"
        "- School: Prairie Bend Elementary (K-6, one kindergarten section, 14 students)\n"
        "- Parents: Rebecca and Cody Harmon, 1184 County Road 27, Prairie Bend, NE     Cell (mom): 308-555-0133\n"
        "- Meeting held: August 12, 2026     IEP begins: 08/19/2026 (first day of school)     IEP ends: 8/11/27\n"
        "- Next annual review: by 08/11/2027     Reevaluation due: 03/05/2027 (initial eligibility 3/6/2024, transition from "
        "Early Development Network)",
    ),
    (
        "p",
        "- Verified disability: Developmental Delay (primary); Other Health Impairment (secondary)\n"
        "- Medical: Down syndrome (Trisomy 21); complete atrioventricular septal defect (AVSD), surgically repaired at 4 "
        "months, with mild leftover mitral valve leak. Followed by Dr. Alan Whitcomb, Children's Heart Clinic of Lincoln, "
        "every 6 months.",
    ),
    ("h", "Who was at the meeting"),
    (
        "p",
        "- Rebecca Harmon, mother (Cody Harmon, father, gave input by phone beforehand)\n"
        "- Dale Pruitt, special education teacher / case manager\n"
        "- Karen Lindqvist, kindergarten teacher\n"
        "- Anna Greer, M.S., CCC-SLP, speech-language pathologist (ESU 16)\n"
        "- Brandon Wills, OTR/L, occupational therapist (ESU 16)\n"
        "- Nicole Fairbanks, DPT, physical therapist (ESU 16)\n"
        "- Jill Marten, RN, district nurse\n"
        "- Glen Sauer, superintendent / K-12 principal (district representative)",
    ),
    ("h", "What the family told us"),
    (
        "p",
        "- Rebecca's biggest worries are Lucy getting worn out, getting sick, and wandering off - at daycare she walked out "
        "an open gate twice last spring.\n"
        "- Family wants Lucy with the other kindergartners as much as possible and wants her to learn to use the toilet by "
        "first grade.\n"
        "- At home Lucy mostly signs and uses single words; she loves music, bubbles and her brother Wyatt.",
    ),
    ("page",),
    ("h", "Where Lucy is now (present levels)"),
    (
        "p",
        '- Communication: Lucy uses about 30 signs and 12 spoken words (mostly single words: "more," "mama," "no," "bus"). '
        "PLS-5 (5/2026): Auditory Comprehension SS 58, Expressive Communication SS 52. She follows 1-step directions with a "
        "gesture about 60% of the time.\n"
        "- Fine motor: fisted grasp on crayons; snips paper but cannot cut on a line; cannot open her snack containers "
        "without help.\n"
        "- Gross motor: walks steadily but tires after about 5 minutes of active play; goes up stairs one step at a time "
        "holding the rail (marks time); cannot jump with both feet.\n"
        "- Self-care / toileting: wears pull-ups; no signal of need; voids in the toilet when placed on it about 1 in 5 "
        "tries; needs help with pants and handwashing.\n"
        "- Pre-academic: matches colors; identifies 3 letters (L, U, O) and counts by rote to 5.\n"
        "- Social / behavior: joyful and social, hugs peers; may drop to the floor when asked to stop a favorite activity "
        "(about 3 times per morning); will leave a group area if not watched.",
    ),
    ("h", "Annual goals (progress sent home quarterly - October, January, March, May - with the report card)"),
    (
        "p",
        '- Goal 1 - Communication: Lucy will use 2-sign or 2-word combinations (e.g., "more bubbles") to request or comment '
        "10 times per session across 3 consecutive sessions. Baseline: 0 combinations. Measured by SLP tally sheet.\n"
        "- Goal 2 - Fine motor: Lucy will use a tripod grasp and snip/cut along a 6-inch straight line within 1/2 inch, 4 of "
        "5 trials. Baseline: fisted grasp, snips only. Measured by OT data.\n"
        "- Goal 3 - Gross motor: Lucy will go up and down the 12 school stairs alternating feet with one rail, 4 of 5 "
        "trials. Baseline: marks time with rail. Measured by PT data.\n"
        "- Goal 4 - Toileting: Lucy will void in the toilet on 3 of 4 scheduled sits per day for 10 consecutive school days "
        'and sign "potty" to request at least once daily. Baseline: 1 in 5 sits, no request. Measured by para toileting '
        "log.\n"
        "- Goal 5 - Pre-academic: Lucy will identify 10 letters and count 10 objects with 1:1 correspondence, 4 of 5 trials. "
        "Baseline: 3 letters, rote count to 5. Measured by teacher checklist.\n"
        "- Goal 6 - Transitions: using a first/then picture card, Lucy will move to the next activity within 1 minute "
        "without dropping to the floor in 8 of 10 transitions. Baseline: about 3 drops per morning.",
    ),
    ("page",),
    ("h", "Services and supports"),
    (
        "p",
        "- 1:1 paraprofessional: Mrs. Colleen Vogt, 17.5 hours per week - the whole school day, from bus arrival to bus "
        "dismissal, including toileting, snack, recess and specials. Lucy is within arm's reach of an adult whenever she is "
        "outdoors or in the hallway.\n"
        "- Special education instruction: Mr. Pruitt, 2.5 hours per week (30 minutes daily, resource room, pre-academic "
        "skills) plus 1 hour per week co-teaching in the kindergarten room.\n"
        "- Speech-language therapy: 6 sessions per month, 30 minutes each (4 pull-out in speech room, 2 in the classroom "
        "during morning meeting).\n"
        "- Occupational therapy: 4 sessions per month, 30 minutes each, in the classroom during centers.\n"
        "- Physical therapy: 2 sessions per month, 30 minutes each, plus 1 hour per month consultation with the PE teacher "
        "and para.\n"
        "- Nursing: health care plan oversight, 1 hour per month (see Health Care Plan).",
    ),
    (
        "p",
        "- Accommodations: visual schedule and first/then cards; picture-supported directions; seat at the end of the table "
        "near an adult; rest break whenever requested; chewy tube available; adapted scissors and pencil grips; wiggle seat "
        "at carpet time.\n"
        "- Modifications: kindergarten work reduced to IEP-level targets (e.g., 3 letters per week instead of the class's "
        '5); report card marked "IEP goals" for literacy and math.',
    ),
    ("h", "Half-day kindergarten schedule (Monday - Friday)"),
    (
        "table",
        [
            ["Time", "Activity", "Support for Lucy"],
            ["7:25 AM", "Bus pickup at home (Route 3S)", "Bus aide"],
            ["8:05 - 8:15", "Arrival, unpack, bathroom", "1:1 para"],
            ["8:15 - 8:50", "Morning meeting / calendar", "Para; SLP push-in 2x per month"],
            ["8:50 - 9:20", "Resource room (pull-out)", "Mr. Pruitt + para"],
            ["9:20 - 9:40", "Bathroom, hand washing, snack", "Para"],
            ["9:40 - 10:00", "Recess", "Para within arm's reach"],
            ["10:00 - 10:40", "Math and fine motor centers", "Para; OT in centers"],
            ["10:40 - 11:15", "Specials: M/W music, T/Th PE, F library", "Para; PT during PE"],
            ["11:15 - 11:35", "Bathroom, closing circle, pack up", "Para"],
            ["11:35 AM", "Dismissal - para walks Lucy to the bus", "Para hands off to bus aide"],
        ],
    ),
    ("page",),
    ("h", "Health Care Plan (heart) - prepared by Jill Marten, RN, reviewed 08/12/2026"),
    (
        "p",
        "- Condition: repaired AVSD with mild mitral valve leak. No heart medicine is given at school (all doses given at "
        "home).\n"
        "- Watch for: bluish lips or fingernails, breathing fast or hard, sweating, unusual sleepiness or floppiness, saying "
        'her "chest owie" hurts.\n'
        "- If any sign: stop the activity, have Lucy sit and rest, call the nurse (or the office on days the nurse is not in "
        "the building) and call mom.\n"
        "- Call 911 FIRST, then parent, if: lips stay blue after 2 minutes of rest, she faints, or she is hard to wake. AED "
        "is on the wall outside the gym. Para, teacher and bus aide complete CPR/AED training by 08/19/2026.\n"
        "- Activity: may rest any time she asks; PE with a rest break every 10 minutes; no timed races or competitive "
        "running; no forward rolls or trampoline (neck precaution per pediatrician). Indoor recess when heat index is over "
        "90 degrees or wind chill is below 10 degrees.\n"
        "- Illness: water bottle at her seat; hand washing before snack and after recess; office notifies parents of flu, "
        "strep or RSV cases in the kindergarten room the same day.\n"
        "- Nurse on site Tuesdays and Thursdays; other days available by phone from the district office.",
    ),
    ("h", "Toileting plan"),
    (
        "p",
        '- Scheduled sits at 8:05, 9:20 and 11:15 (3 per morning), plus any time Lucy signs "potty."\n'
        "- Changes are done by Mrs. Vogt in the health room changing area with the door closed; the office is told each time "
        "she goes in.\n"
        "- Para records wet/dry/voided on the daily toileting log; a copy goes home in the communication folder every "
        "Friday.\n"
        "- Family sends pull-ups, wipes and 2 full changes of clothes, kept in a labeled bin in the health room.\n"
        "- Praise and a bubble break as reward for voiding in the toilet; no punishment for accidents.",
    ),
    ("page",),
    ("h", "Transportation"),
    (
        "p",
        "- Special transportation: YES. Door-to-door on the district small bus, Route 3S (about 35 minutes each way).\n"
        "- Car seat: district-provided 5-point harness car seat, installed by the transportation director; Lucy weighs 38 "
        "lb.\n"
        "- Bus aide: Ms. Shirley Haas rides both morning and noon runs, buckles and unbuckles Lucy and carries a copy of the "
        "heart emergency steps.\n"
        "- An adult (parent or grandmother, Darlene Harmon) must meet the bus at about 12:10 PM. If no adult is there, Lucy "
        "returns to school and the office calls the parents.",
    ),
    ("h", "Extended School Year (ESY)"),
    (
        "p",
        "- ESY: YES - Lucy lost most of her sign vocabulary and toileting routine over 3 weeks off in 2025-26 and took over "
        "6 weeks to recoup.\n"
        "- Summer 2027: speech 2 sessions per week (30 minutes) and 1:1 para during the Prairie Bend summer program, June 7 "
        "- July 1, 2027, 8:30 - 10:30 AM, with bus transportation and car seat.",
    ),
    ("h", "Assessments"),
    (
        "p",
        "- District: Acadience (DIBELS) kindergarten screening fall, winter and spring, given 1:1 by Mr. Pruitt with picture "
        "choices and breaks.\n"
        "- State: no statewide test is given in kindergarten.",
    ),
    ("h", "Least restrictive environment"),
    (
        "p",
        "- Lucy spends about 80% of her school day in the general kindergarten classroom with her 1:1 para. She leaves for "
        "30 minutes of resource daily and 4 speech sessions a month because she needs quiet, 1:1 teaching of first skills "
        "that cannot happen during whole-class lessons.\n"
        "- A self-contained or special school placement was considered and rejected: Lucy learns by copying peers and her "
        "family wants her in her home school.",
    ),
    (
        "p",
        "Parent signature: Rebecca Harmon, 8/12/2026     Case manager: Dale Pruitt     Copy of IEP and procedural safeguards "
        "given to parent 8/12/2026.",
    ),
]


SASSAFRAS = [
    ("h", "SAGUARO RIDGE UNIFIED SCHOOL DISTRICT No. 62 - INDIVIDUALIZED EDUCATION PROGRAM"),
    (
        "p",
        "Exceptional Student Services  |  4410 W. Ocotillo Pkwy, Casa Verde, AZ 85390  |  Form ESS-IEP-3 (rev. 07/2025)  |  "
        "Page 1 of 5",
    ),
    (
        "table",
        [
            ["Student Name", "Tobias J. Arviso", "DOB", "09/20/2009"],
            ["SAIS ID", "100482736", "Age at mtg", "17"],
            ["Grade", "11", "School", "Desert Vista High School"],
            ["Parent/Guardian", "Renee Arviso (mother)", "Home/Student Language", "English / English"],
            ["Case Manager", "Colin Hartsfield, SPED teacher", "IEP Type", "Annual Review"],
        ],
    ),
    (
        "p",
        "IEP Meeting Date: 10/08/2026    IEP Start: 10-09-2026    IEP End: 10-07-2027\n"
        "Annual Review Due By: Oct. 7, 2027    Most Recent MET Report: 02/19/2025    Reevaluation Due: 02/18/2028",
    ),
    ("h", "ELIGIBILITY (per MET 02/19/2025)"),
    (
        "p",
        "Primary Category: Specific Learning Disability (SLD) - Area: Written Expression   [X] Primary  [ ] Secondary\n"
        "Secondary Category: Emotional Disability (ED)   [ ] Primary  [X] Secondary\n"
        "The team reviewed the MET report and agreed Tobias continues to meet criteria in both categories and continues to "
        "need specially designed instruction.",
    ),
    ("h", "PARENT / STUDENT INPUT"),
    (
        "p",
        "Parent concerns: Mrs. Arviso is worried that Tobias shuts down and walks out of class when an assignment requires a "
        "lot of writing, and that his English 11 grade fell to a D at the last progress report. She wants him to keep his "
        'work-study job because it is "the one place he feels good about himself" and wants more communication from school '
        "before a referral is written.",
    ),
    (
        "p",
        "Student input: Tobias wants to work on cars after graduation and says he would rather type or talk than handwrite. "
        "He says breaks in the Student Support Room help him more than being sent to the office.",
    ),
    (
        "p",
        "Strengths: strong verbal reasoning; reads at grade level (Lexile 1080L); punctual and reliable at his job site; "
        "skilled with hands-on and mechanical tasks; good sense of humor and positive relationships with trusted adults.",
    ),
    ("page",),
    ("h", "PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE (PLAAFP)"),
    (
        "p",
        "Written Expression: On the district grade 11 argumentative writing rubric (Sept. 2026) Tobias scored 9/24 "
        "(grade-level benchmark 18/24). On 10-minute timed writing probes (CBM, Aug-Sept 2026) he averaged 42 words written; "
        "same-grade peers average 110 words. Spelling accuracy on probes: 71%. WIAT-4 Written Expression SS 74 (02/2025). "
        "Reading comprehension is a relative strength (WIAT-4 Reading Comp. SS 98). Math: passing Algebra II with a C; no "
        "math concern at this time.",
    ),
    (
        "p",
        "Social/Emotional/Behavioral: Daily point sheets 08/11/2026-09/25/2026 show Tobias left class without permission an "
        "average of 3 times per week, mostly during English 11 and U.S. History writing tasks. He used a coping strategy "
        "(break card, self-talk) in 40% of observed escalations. 2 office referrals this school year (both verbal "
        "outbursts). A Behavior Intervention Plan (BIP) dated 09/30/2026 is attached.",
    ),
    (
        "p",
        "Effect of disability on involvement/progress in gen. ed.: The SLD in written expression limits Tobias's ability to "
        "complete written work in his general education classes without support; the emotional disability affects his "
        "ability to stay in class and manage frustration, which reduces his instructional time.",
    ),
    ("h", "TRANSITION PLAN (required age 16+)"),
    (
        "p",
        "Age-appropriate transition assessments: O*NET Interest Profiler (08/2026); student interview (09/2026); employer "
        "evaluation from work-study site (09/2026).\n"
        "Postsecondary Goal - Education/Training: After high school Tobias will enroll in the Automotive Technology "
        "certificate program at West Valley Technical College.\n"
        "Postsecondary Goal - Employment: Tobias will work full time as an automotive service technician.\n"
        "Postsecondary Goal - Independent Living: Not needed per team; Tobias manages daily living skills independently.",
    ),
    ("p", "Anticipated Graduation: May 2028    Diploma: Standard AZ diploma (22 credits)    Credits earned to date: 11.5"),
    ("h", "COURSE OF STUDY (multi-year)"),
    (
        "table",
        [
            ["Gr.", "School Yr", "English", "Math", "Sci. / Soc. St.", "Electives / CTE"],
            ["9", "2024-25", "English 9 (resource)", "Algebra I", "Biology; World Geog.", "Intro to Auto Tech; PE"],
            ["10", "2025-26", "English 10 (co-taught)", "Geometry", "Chemistry; World Hist.", "Auto Tech I"],
            [
                "11",
                "2026-27",
                "English 11 (co-taught)",
                "Algebra II",
                "Earth Sci.; U.S. History",
                "Auto Tech II; Work-Based Learning",
            ],
            [
                "12",
                "2027-28",
                "English 12 (co-taught)",
                "Financial Algebra",
                "Am. Govt / Economics",
                "Auto Tech III (ASE prep); Work-Based Learning",
            ],
        ],
    ),
    ("page",),
    ("h", "TRANSFER OF RIGHTS AT AGE 18 - NOTICE"),
    (
        "p",
        "Tobias will reach the age of majority (18) on 09/20/2027. Under A.R.S. 15-773 and IDEA, educational rights held by "
        "the parent transfer to the student at 18 unless a court has appointed a guardian; after that date Tobias makes "
        "educational decisions and notices go to both Tobias and parent. Informed on 10/08/2026.   Student initials: TJA   "
        "Parent initials: RA",
    ),
    ("h", "MEASURABLE ANNUAL GOALS"),
    (
        "p",
        "Goal 1 - Written Expression (SLD): By 10/07/2027, given a writing prompt and a graphic organizer, Tobias will write "
        "a multi-paragraph argumentative essay that scores 16 out of 24 or higher on the district rubric on 3 of 4 "
        "consecutive samples.\n"
        "Baseline: 9/24.   Measured by: district rubric / work samples.   Reported: quarterly.",
    ),
    (
        "p",
        "Goal 2 - Writing Fluency (SLD): Given a 10-minute timed writing probe and a keyboard or speech-to-text, Tobias will "
        "increase total words written from 42 words to 90 words per probe.\n"
        "Baseline: 42 words.   Measured by: CBM probes every other week.   Reported: quarterly.",
    ),
    (
        "p",
        "Goal 3 - Self-Regulation (ED): When frustrated in class, Tobias will request a break using his break card or a "
        "verbal request instead of leaving without permission, decreasing unauthorized exits from 3 per week to 0-1 per week "
        "for 6 consecutive weeks.\n"
        "Baseline: 3 per week.   Measured by: daily point sheet.   Reported: quarterly.",
    ),
    (
        "p",
        "Goal 4 - Employment Skills (Transition): At his work-study site, Tobias will complete assigned shop tasks with 90% "
        "accuracy on the monthly employer evaluation for 4 consecutive months. Baseline: 75% (Sept. 2026 evaluation).   "
        "Measured by: employer evaluation form.   Reported: quarterly.",
    ),
    (
        "p",
        "Progress Reporting: Written progress on each annual goal will be sent home every 9 weeks, at the same time as "
        "report cards.",
    ),
    ("h", "WORK-STUDY / WORK-BASED LEARNING SCHEDULE"),
    (
        "p",
        "Employer: Valley Tire & Brake, 1870 N. Litchfield Rd, Casa Verde AZ   Site Supervisor: Dale Kimura, Service "
        "Manager\n"
        "Job Coach: Lorena Baca, Transition Coordinator (site visits 2x monthly)   Credit: 0.5 elective credit per "
        "semester   Total: 9.5 hrs/week; released after 4th period on work days",
    ),
    (
        "table",
        [
            ["Day", "Hours", "Total", "Tasks"],
            ["Mon", "12:45 PM - 3:45 PM", "3 hrs", "Tire rotation assist, shop clean-up"],
            ["Wed", "12:45 PM - 3:45 PM", "3 hrs", "Inventory / parts stocking"],
            ["Fri", "12:45 PM - 4:15 PM", "3.5 hrs", "Oil change assist, customer bay set-up"],
        ],
    ),
    ("page",),
    ("h", "SPECIAL EDUCATION & RELATED SERVICES (minutes per week)"),
    (
        "table",
        [
            ["Service", "Provider", "Inside Gen Ed", "Outside Gen Ed", "Location", "Start / End"],
            [
                "Specialized Academic Instruction - Written Expression",
                "SPED teacher",
                "0",
                "250 min/wk",
                "Resource Rm 214",
                "10/09/2026 - 10/07/2027",
            ],
            [
                "SAI - writing support in co-taught English 11",
                "SPED teacher",
                "275 min/wk",
                "0",
                "English 11 classroom",
                "10/09/2026 - 10/07/2027",
            ],
            [
                "Social/Emotional Skills Instruction",
                "SPED teacher",
                "0",
                "50 min/wk",
                "Student Support Rm 118",
                "10/09/2026 - 10/07/2027",
            ],
            [
                "Psychological Counseling (related service)",
                "School Psychologist",
                "0",
                "30 min/wk",
                "Counseling Office",
                "10/09/2026 - 10/07/2027",
            ],
            [
                "Transition Services - work-study job coaching",
                "Transition Coordinator",
                "60 min/wk",
                "0",
                "Job site (community)",
                "10/09/2026 - 10/07/2027",
            ],
        ],
    ),
    ("h", "ACCOMMODATIONS / MODIFICATIONS (all general education classes unless noted)"),
    (
        "table",
        [
            ["Accommodation", "When / Where"],
            ["Speech-to-text (Google Voice Typing) or keyboard for written work longer than one paragraph", "All classes"],
            ["Extended time - time and a half on written assignments and tests", "Core academic classes"],
            ["Graphic organizers and sentence starters for writing tasks", "English 11, U.S. History, Earth Sci."],
            ["Break card - up to 2 breaks per period, 5 min max, to Student Support Rm 118", "All classes"],
            ["Spelling not graded except on spelling-specific tasks", "All classes"],
            ["Copy of teacher notes / slides; seat near the door", "All classes"],
        ],
    ),
    ("p", "Modifications: None - Tobias works on grade-level standards; curriculum is not modified."),
    ("page",),
    ("h", "STATE / DISTRICT ASSESSMENT"),
    (
        "p",
        "Grade 11 assessments: ACT (state-administered) and AzSCI (science).   [X] General assessment with accommodations   "
        "[ ] Alternate assessment (MSAA)\n"
        "ACT accommodations to request: time and a half (50% extended time), small group testing room. Request to be "
        "submitted by the test coordinator by 01/15/2027.\n"
        "AzSCI accommodations: separate setting, breaks as needed. District benchmarks: same as classroom testing "
        "accommodations.",
    ),
    ("h", "LEAST RESTRICTIVE ENVIRONMENT"),
    (
        "p",
        "Time in general education: 83% of the school day (Category A: inside regular class 80% or more).\n"
        "Explanation of removal: Tobias is removed 330 minutes per week for direct written-expression instruction, "
        "social/emotional skills instruction and counseling because he has not made enough progress with in-class support "
        "alone and needs small-group instruction with fewer distractions.",
    ),
    (
        "p",
        "Extended School Year (ESY): [ ] Eligible   [X] Not eligible. Data reviewed: no significant regression after winter "
        "break 2025-26 (writing probe 40 words before break, 39 after); no critical emerging skills.",
    ),
    (
        "p",
        "Transportation: Special transportation [ ] Yes [X] No. Rides regular district bus (Route 14) to and from school; "
        "district work-study van takes him to the job site on Mon/Wed/Fri.",
    ),
    ("h", "IEP TEAM PARTICIPANTS"),
    (
        "table",
        [
            ["Name", "Role", "Present"],
            ["Renee Arviso", "Parent", "Y"],
            ["Tobias Arviso", "Student", "Y"],
            ["Colin Hartsfield", "SPED Teacher / Case Manager", "Y"],
            ["Amanda Pruitt", "General Ed Teacher (English 11)", "Y"],
            ["Dr. Kevin Osei", "School Psychologist", "Y"],
            ["Lorena Baca", "Transition Coordinator", "Y"],
            ["Janet Whitlow", "LEA Rep. (Assistant Principal)", "Y"],
            ["Dale Kimura", "Employer (written input)", "Excused"],
        ],
    ),
]

WALNUT = [
    ("h", "Caney Fork County Schools  -  Tennessee Individualized Education Program (IEP)"),
    (
        "p",
        'Student: OKAFOR, Amelia ("Millie")   DOB: 04/11/2020   Age: 6   Grade: 01   Gender: F   State ID: 3308817\n'
        "School: Mill Creek Elementary   Zoned School: Mill Creek Elementary   Teacher (Gen Ed): Mrs. Brenda Castellano, Rm "
        "12\n"
        "Parents: Chidi Okafor & Grace Okafor   Native Language: English   Case Manager: Tamika Rowe, SPED",
    ),
    (
        "table",
        [
            ["IEP Meeting Date", "Purpose", "IEP Begin", "IEP End", "Eligibility Date", "Reevaluation Due"],
            ["9/15/2026", "Annual", "09/16/2026", "09/14/2027", "10/28/2024", "10/27/2027"],
        ],
    ),
    (
        "p",
        "Disability Category: Autism (primary)    Secondary: Language Impairment - NO    Developmental Delay (previous "
        "eligibility, age 3-5) - exited 10/2024 upon re-eligibility as Autism",
    ),
    ("h", "Student Strengths / Interests"),
    (
        "p",
        "Millie is affectionate with familiar adults, loves music, counting songs, dinosaurs, and the class fish tank. She "
        "is a strong visual learner, matches pictures and letters quickly, and will work for 10+ minutes on puzzles. She "
        "independently turns on her talker and finds her favorite pages.",
    ),
    ("h", "Parent Concerns for Enhancing Education"),
    (
        "p",
        "Mr. and Mrs. Okafor want Millie to use her talker to ask for what she needs instead of crying or dropping to the "
        "floor, and they want all adults at school (including cafeteria, specials and bus staff) to know how to use the "
        "device. They are worried about meltdowns when the schedule changes (fire drills, substitute teachers) and asked for "
        "training on the device at home. They also want her included with her first grade class as much as possible.",
    ),
    ("h", "Consideration of Special Factors"),
    (
        "table",
        [
            ["Factor", "Y/N", "Addressed in"],
            ["Behavior impedes learning of self/others", "Y", "Goals; sensory diet; visual schedule"],
            ["Limited English proficiency", "N", "-"],
            ["Blind/visually impaired", "N", "-"],
            ["Communication needs", "Y", "Communication Needs page"],
            ["Deaf/hard of hearing", "N", "-"],
            ["Assistive technology devices/services", "Y", "AT table"],
        ],
    ),
    ("page",),
    ("h", "Present Levels of Educational Performance (PLEP)"),
    (
        "p",
        "Pre-Academic / Reading (aimswebPlus, Aug 2026): Millie identifies 14 of 26 uppercase letters and 9 of 26 letter "
        "sounds by pointing to a field of 4. Gen ed first graders in the fall are expected to know all 26 letter sounds. She "
        "listens to a short picture book for 4 minutes before leaving the group.",
    ),
    (
        "p",
        "Math: Millie rote counts to 20 on her device (with song), counts objects 1:1 to 8, and matches numerals 0-10. Peers "
        "are adding within 10.",
    ),
    (
        "p",
        "Behavior / Sensory: Per ABC data (08/12-09/05/2026) Millie averaged 4 episodes per day of dropping to the floor or "
        "crying, mostly at transitions and in loud places (cafeteria, gym). Average episode length 6 minutes. Episodes drop "
        "to about 1 per day on days when her visual schedule is reviewed at each transition. She covers her ears during the "
        "lunchroom and assemblies.",
    ),
    (
        "p",
        "Fine Motor / Adaptive (OT eval 10/2024, update 08/2026): Palmar grasp on crayons; traces lines but does not copy "
        "shapes; opens most lunch containers with help. Can use the device's touch screen accurately when a keyguard is in "
        "place.",
    ),
    (
        "p",
        "How the disability affects involvement in the general curriculum: Millie's autism affects her expressive and "
        "receptive communication, social interaction and ability to handle changes in routine and sensory input, so she "
        "needs an AAC system, a visual schedule, a sensory diet and specialized instruction to participate in first grade.",
    ),
    ("h", "Measurable Annual Goals (progress reported each 9 weeks with report card)"),
    (
        "p",
        '1. Communication: Millie will use her AAC device to request items/activities and to say "all done" without a prompt '
        "in 8 of 10 opportunities across 3 consecutive sessions. Baseline: 30% unprompted. Method: SLP data sheets.\n"
        "2. Reading: Given a field of 4, Millie will point to (or select on device) the letter named for 20 of 26 letter "
        "sounds. Baseline: 9/26. Method: teacher probes biweekly.\n"
        "3. Math: Millie will count sets of objects 1:1 up to 15 with 90% accuracy on 4 of 5 trials. Baseline: 8. Method: "
        "work samples.\n"
        "4. Behavior: Using her visual schedule and a first/then card, Millie will transition between activities with no "
        "more than 1 floor-drop episode per day for 4 consecutive weeks. Baseline: 4 per day. Method: ABC/frequency data.\n"
        "5. Fine motor (OT): Millie will copy a circle, cross and square with a tripod grasp in 3 of 4 trials. Baseline: "
        "traces only.",
    ),
    ("page",),
    ("h", "COMMUNICATION NEEDS"),
    (
        "p",
        'Communication status: Millie is nonverbal. She does not use spoken words; she uses vocalizations (humming, "ah"), '
        "pointing, pulling an adult by the hand, and about 6 sign approximations (MORE, ALL DONE, HELP, EAT, PLAY, "
        "BATHROOM).",
    ),
    (
        "p",
        "AAC use (SLP data, Aug-Sept 2026): Millie uses 25 core words independently on her device; average utterance length "
        "1.4 symbols; she requests preferred items on the device in 30% of opportunities without a prompt and in 80% with a "
        "gestural prompt. She does not yet use the device to protest, comment or answer questions.",
    ),
    (
        "p",
        "Communication partners: ALL staff who work with Millie will model on the device (aided language input) during "
        "routines - at least 5 models per activity - and give 5-10 seconds of wait time before prompting. Device must be "
        "within arm's reach at all times, including recess, lunch, specials and the bus.",
    ),
    (
        "p",
        "Receptive: follows 1-step directions with a visual cue 70% of the time; answers yes/no questions about preferred "
        "items by reaching, not yet with the device.",
    ),
    ("h", "ASSISTIVE TECHNOLOGY"),
    (
        "table",
        [
            ["Device / Tool", "Features", "Where used", "Who trains"],
            [
                "iPad (school-owned) with TouchChat HD - WordPower 60 Basic",
                "60-button core word grid, speech output (child voice 'Ella'), keyguard, locked guided access",
                "All settings: class, specials, lunch, recess, bus, home",
                "SLP Hollis Tran trains staff; AT specialist Jared Finch trains family 1x/mo",
            ],
            [
                "Low-tech core board (laminated, 36 words)",
                "Same symbol locations as device",
                "Backup when device charging; water/sand play",
                "SLP",
            ],
            ["Visual timer (8 in.)", "Red disk counts down", "Transitions, work periods", "Special ed teacher"],
            ["Noise-reducing headphones", "Over-ear, kept in backpack", "Cafeteria, assemblies, fire drills", "OT Dana Whitcomb"],
            ["Adapted pencil grip / slant board", "Triangle grip; 20-degree slant", "Writing tasks", "OT Dana Whitcomb"],
        ],
    ),
    ("page",),
    (
        "h",
        "Visual Schedule (posted at desk and in resource room; photo + line-drawing icons on Velcro strip; Millie moves each "
        "icon to the 'All Done' pocket)",
    ),
    (
        "table",
        [
            ["Time", "Activity", "Setting"],
            ["7:45", "Arrival / unpack / heavy work", "Gen ed Rm 12"],
            ["8:00", "Morning meeting", "Gen ed Rm 12"],
            ["8:20", "Reading (SPED)", "Resource Rm 4"],
            ["9:20", "Movement break", "OT room / hallway"],
            ["9:35", "Specials (Art, Music, PE rotation)", "Specials rooms"],
            ["10:25", "Math (SPED)", "Resource Rm 4"],
            ["10:55", "Lunch, then recess", "Cafeteria / playground"],
            ["11:55", "Read-aloud / science / social studies", "Gen ed Rm 12"],
            ["1:30", "Centers / choice time", "Gen ed Rm 12"],
            ["2:40", "Pack up, dismissal 2:50", "Gen ed Rm 12"],
        ],
    ),
    ("h", "Sensory Diet (designed by OT; carried out by para and teachers)"),
    (
        "table",
        [
            ["When", "Activity", "How long"],
            ["Arrival", "Heavy work: carry book crate to office", "5 min"],
            ["Before reading", "Wall push-ups / mini trampoline", "3 min"],
            ["Mid-morning", "Movement break (obstacle path)", "10 min"],
            ["Read-aloud", "Weighted lap pad (2 lb)", "20 min max"],
            ["Loud settings", "Noise-reducing headphones", "As needed"],
            ["Every 45 min", "Chewy tube or crunchy snack", "2-3 min"],
        ],
    ),
    ("page",),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Freq.", "Dur.", "Location", "Provider", "Begin-End"],
            ["Spec. Ed - Reading", "Daily", "60 min", "Resource Rm 4", "SPED teacher", "9/16/26-9/14/27"],
            ["Spec. Ed - Math", "Daily", "30 min", "Resource Rm 4", "SPED teacher", "9/16/26-9/14/27"],
            ["Speech/Language Therapy", "2x/wk", "30 min", "Therapy room", "SLP", "9/16/26-9/14/27"],
            ["SLP - AAC push-in", "1x/wk", "30 min", "Gen ed Rm 12", "SLP", "9/16/26-9/14/27"],
            ["Occupational Therapy", "1x/wk", "30 min", "OT room", "OTR/L", "9/16/26-9/14/27"],
            ["OT consult (sensory diet)", "1x/mo consult", "20 min", "w/ teachers", "OTR/L", "9/16/26-9/14/27"],
            ["AT consult / family training", "1x/mo consult", "45 min", "School or home", "AT specialist", "9/16/26-9/14/27"],
            [
                "1:1 Paraprofessional",
                "Daily",
                "Full day",
                "All settings incl. lunch, recess, specials",
                "Para (Ms. Lacey Dunn)",
                "9/16/26-9/14/27",
            ],
        ],
    ),
    (
        "p",
        "Accommodations: visual schedule; first/then board; extra wait time (5-10 sec); directions given with a visual; "
        "respond by pointing or AAC; breaks per sensory diet; reduced number of items per page; warning before schedule "
        "changes.",
    ),
    (
        "p",
        "Assessment: Grade 1 - no TCAP. District universal screener (aimswebPlus, 3x/yr): participates with accommodations "
        "(small group, point to answer, breaks).\n"
        "LRE: In regular class 75% of day (40-79%). Removed for reading and math because she needs intensive direct "
        "instruction in a low-distraction setting.\n"
        "ESY: [X] Yes [ ] No - S/L therapy 2x/wk, 30 min, June 7 - July 15, 2027 (regression after breaks on Goal 1).\n"
        "Transportation: Special transportation - YES: bus aide, 5-point harness, curb-to-curb; device rides in backpack.",
    ),
    (
        "p",
        "Team: Chidi & Grace Okafor (parents); Tamika Rowe (SPED/case mgr); Brenda Castellano (gen ed); Hollis Tran, "
        "CCC-SLP; Dana Whitcomb, OTR/L; Jared Finch (AT); Dr. Paula Greer, Principal (LEA).",
    ),
]

YEW = [
    ("h", "LAKESHORE CITY PUBLIC SCHOOLS  /  Office of Specialized Learning Supports - Network 7"),
    ("p", "INDIVIDUALIZED EDUCATION PROGRAM   Doc #: LCPS-IEP-2026-118402   Status: FINAL   Page 1"),
    (
        "table",
        [
            ["Student Name:", "Nadia R. Kowalczyk", "Student ID:", "60917734"],
            ["Date of Birth:", "Jan 27, 2012", "Age:", "14"],
            ["Grade:", "9", "School:", "Fulton Park High School (Unit 2104)"],
            ["Parent(s):", "Agnieszka & Tomasz Kowalczyk", "Home Lang.:", "Polish / English"],
            ["Case Manager:", "Renata Obi, Teacher of the Deaf/HH", "Meeting Type:", "Annual + Transition to HS"],
        ],
    ),
    (
        "p",
        "Mtg Date 11/04/2026 | Implementation 11/5/2026 | Projected Annual Review 11/03/2027 | Last Eval 3/10/2025 | "
        "Triennial Reeval Due 03/09/2028",
    ),
    (
        "p",
        "Primary Disability: Hearing Impairment (HI)   Secondary: none\n"
        "Eligibility statement: Nadia has a bilateral profound sensorineural hearing loss (congenital, identified by newborn "
        "hearing screening). She uses bilateral cochlear implants and listening and spoken language as her main mode, with "
        "American Sign Language (ASL) as a second mode.",
    ),
    ("h", "Strengths, Preferences, Interests"),
    (
        "p",
        "Nadia is an A/B student, strong in math (Algebra I grade: A-) and art, plays on the school's robotics team, and "
        "advocates for herself one-on-one with familiar teachers. She enjoys graphic novels and wants to become an "
        "architect.",
    ),
    ("h", "Parent / Student Concerns"),
    (
        "p",
        'Parents: Mrs. Kowalczyk reports that Nadia comes home exhausted ("listening fatigue") and misses what classmates '
        "say in group work and in the noisy high school cafeteria and halls. Parents want all teachers to wear the mic every "
        "class and want videos captioned. They asked whether Nadia will need summer services since she moved from a small "
        "K-8 school to a large high school.\n"
        "Student: Nadia says the mic helps most in lecture classes but not in labs; she does not want an interpreter sitting "
        "next to her all day but wants one for group discussions and assemblies.",
    ),
    ("page",),
    ("h", "AUDIOLOGY / HEARING INFORMATION (Educational Audiologist: Dr. Miriam Castellanos, Au.D.)"),
    (
        "table",
        [
            ["Item", "Right Ear", "Left Ear"],
            ["Hearing loss (unaided)", "Profound SNHL", "Profound SNHL"],
            ["Device", "Cochlear implant", "Cochlear implant"],
            ["Implant date", "03/2014", "08/2016"],
            ["Processor", "Nucleus 8", "Nucleus 8"],
            ["Aided detection (sound field, 05/12/2026)", "20-25 dB HL, 250-6000 Hz", "20-30 dB HL, 250-6000 Hz"],
        ],
    ),
    (
        "p",
        "Speech perception (binaural, 05/12/2026): AzBio sentences in quiet 88%; in noise (+10 dB SNR) 61%.\n"
        "Functional Listening Evaluation (classroom, 09/22/2026): 84% at 3 feet in quiet; 47% at 12 feet with classroom "
        "noise; 90% at 12 feet in noise WITH the DM system.",
    ),
    ("h", "Hearing Assistance Technology (FM/DM System)"),
    (
        "p",
        "Equipment (district-owned): Roger Touchscreen Mic (teacher transmitter) + Roger Table Mic II for small-group/lab "
        "work; 2 Roger receivers paired to her processors.\n"
        "Use: teacher wears the transmitter in EVERY class during instruction; pass the Table Mic during class discussions; "
        "mute during side conversations. Equipment stays at school (checked out from the DHH office each morning, returned "
        "at 3:05 PM).\n"
        "Daily check: Nadia does a listening check with the DHH teacher during advisory. Spare processor batteries and a "
        "backup receiver are kept in the DHH office (Rm 108).",
    ),
    (
        "p",
        "Audiology services: equipment check and consultation 1x quarterly; staff in-service on the DM system was held "
        "08/27/2026 and will be repeated for any new teacher within 5 school days of schedule change.\n"
        "Acoustic recommendations: seat 6-10 ft from where the teacher usually talks, away from HVAC vents and the hallway "
        "door; close doors during instruction; face Nadia when speaking; repeat peer questions and answers.",
    ),
    ("page",),
    ("h", "DEAF / HARD OF HEARING COMMUNICATION PLAN"),
    (
        "table",
        [
            ["Consideration", "Yes", "No", "Comments"],
            [
                "Student's primary communication mode is listening and spoken English",
                "X",
                "",
                "CIs bilateral; ASL is secondary mode",
            ],
            ["Student uses sign language", "X", "", "Conversational ASL"],
            ["Student needs an educational interpreter", "X", "", "ASL - as needed for group instruction"],
            ["Direct communication with peers in student's mode available", "X", "", "DHH peer group meets weekly at lunch"],
            ["Access to adult role models who are D/HH", "X", "", "DHH mentor program, monthly"],
            ["Reading/writing at grade level", "", "X", "Reads at 7th grade level"],
            ["Needs captioning for media", "X", "", "All videos; CART for assemblies"],
            ["Needs notetaking support", "X", "", "Copies of teacher notes"],
            ["Visual emergency alerts in all classrooms", "", "X", "Strobe missing in Rm 312; work order 09/2026"],
            ["Family informed of all communication options", "X", "", "Discussed 11/04/2026"],
        ],
    ),
    ("h", "Present Levels of Academic Achievement & Functional Performance"),
    (
        "p",
        "Reading/Language: Lexile 1010L (fall 2026), about a 7th grade level; grade 9 target range 1050L-1260L. Vocabulary "
        "(PPVT-5) SS 82. In class she misses about 1 of 3 peer comments in group discussions (teacher observation, Sept "
        "2026).\n"
        "Math: Algebra I, 92% average; no area of need.\n"
        "Self-advocacy: Nadia asks for repetition or the DM mic in 2 of 10 observed breakdowns in large classes (DHH teacher "
        "observation, Oct 2026), but does so reliably one-on-one.",
    ),
    ("page",),
    ("h", "Annual Goals  (progress reports issued each marking period / 4x per year)"),
    (
        "p",
        "G1 Self-Advocacy: In general ed classes, when she misses information, Nadia will use a repair strategy (ask for "
        "repetition, request the mic be passed, ask for captions) in 8 of 10 observed breakdowns over 3 months. Baseline "
        "2/10. Measure: DHH teacher observation checklist.\n"
        "G2 Vocabulary: Given grade 9 content vocabulary lists (biology/ELA), Nadia will define and use 80% of pre-taught "
        "words correctly in writing. Baseline 55%. Measure: curriculum-based vocabulary probes, biweekly.\n"
        "G3 Listening in Noise (SLP): Using her DM system, Nadia will repeat sentences in +5 dB noise with 85% accuracy. "
        "Baseline 60%. Measure: SLP probes.",
    ),
    ("h", "Special Education Programs & Related Services"),
    (
        "table",
        [
            ["Program / Service", "Ratio", "Freq.", "Dur.", "Location", "Start - End"],
            ["Itinerant Teacher of D/HH - direct", "1:1", "3x weekly", "40 min", "Separate (Rm 108)", "11/05/26 - 11/03/27"],
            ["Itinerant D/HH - consult w/ teachers", "n/a", "1x monthly", "30 min", "Gen ed", "11/05/26 - 11/03/27"],
            ["Speech-Language Therapy", "1:1", "2x weekly", "30 min", "Separate", "11/05/26 - 11/03/27"],
            ["Educational Audiology", "1:1", "1x quarterly", "45 min", "Separate", "11/05/26 - 11/03/27"],
            [
                "Educational Interpreter (ASL)",
                "1:1",
                "As needed for group instruction",
                "-",
                "Gen ed classes",
                "11/05/26 - 11/03/27",
            ],
            [
                "CART / real-time captioning",
                "-",
                "Assemblies, large-group events",
                "-",
                "Auditorium / gym",
                "11/05/26 - 11/03/27",
            ],
        ],
    ),
    ("p", "Program: General education with supports (no resource room; no co-taught sections needed)."),
    ("page",),
    ("h", "Accommodations & Supports (all classes)"),
    (
        "p",
        "- FM/DM system worn by every teacher; Table Mic passed for discussions\n"
        "- Captioned video and audio only (no uncaptioned media); live captions turned on for slide presentations\n"
        "- Preferential seating with clear view of teacher, board and interpreter\n"
        "- Copy of teacher notes or slides before/after class\n"
        "- Written directions and homework posted in the LMS\n"
        "- Extended time 1.5x on tests and quizzes; tests in a quiet room on request",
    ),
    ("h", "State / District Assessments"),
    (
        "p",
        "Grade 9 state assessments: ELA and Algebra I end-of-course. Participation: general assessment with accommodations. "
        "Testing accommodations: extended time (1.5x), separate quiet setting, directions signed in ASL or read aloud, use "
        "of DM system, listening items via captions/transcript.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Percent of day in general education: 91%. Nadia is removed from general education only for itinerant D/HH "
        "instruction and speech-language therapy (about 180 min/week, plus a 45-minute audiology check once a quarter) "
        "because these need a quiet, separate room without background noise.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "ESY eligibility: DEFERRED - pending spring data. The team will review regression/recoupment data from winter break "
        "and spring progress monitoring and reconvene by 04/30/2027 to decide.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Regular transportation. Nadia receives a student transit pass for city bus service; no specialized transportation "
        "required.",
    ),
    ("h", "Participants"),
    (
        "p",
        "Agnieszka Kowalczyk (parent) | Tomasz Kowalczyk (parent) | Nadia Kowalczyk (student) | Renata Obi (TOD / case mgr) "
        "| Luis Ferreira (gen ed, Biology) | Karen Lindqvist (SLP) | Dr. Miriam Castellanos (Ed. Audiologist) | Shawn Becker "
        "(ASL interpreter) | Marcus Bell (Asst. Principal, LEA)",
    ),
]


MULBERRY = [
    ("h", "TANGIPECHE PARISH SCHOOL SYSTEM - Individualized Education Program (IEP)"),
    (
        "p",
        "LEADS IEP #26-04417   Meeting Type: Annual Review   Meeting Date: 10/06/2026   Implementation Date: 10/07/2026   "
        "IEP Ends: 10/05/2027",
    ),
    (
        "p",
        "Student Name: LANDRY, JACE MICHAEL   DOB: 03/22/2017   Age: 9   Grade: 04   Gender: M   SIS ID: 4418826095   "
        "School: Magnolia Ridge Elementary (Site 052)   Home Language: English",
    ),
    (
        "p",
        "Parent/Guardian: Renee Landry (mother) and Curtis Landry (father)   Address: 1187 Old Ferry Rd, Pecan Bluff, LA "
        "70488   Phone: (985) 555-0143",
    ),
    (
        "p",
        "Primary Exceptionality: Other Health Impairment (OHI) - Attention-Deficit/Hyperactivity Disorder, combined "
        "presentation.   Secondary Exceptionality: Specific Learning Disability (SLD) - dyslexia (basic reading skills, "
        "spelling).",
    ),
    (
        "p",
        "Evaluation Date: 02/19/2026 (re-evaluation, Pupil Appraisal)   Next Re-evaluation Due: 02/18/2029   Annual Review "
        "Due: 10/05/2027   Case Manager: Danielle Arceneaux, M.Ed., Special Education Teacher - ext. 2214",
    ),
    ("h", "Special Considerations"),
    (
        "table",
        [
            ["Consideration", "Yes/No", "If Yes, how addressed"],
            [
                "Does the student's behavior impede his/her learning or that of others?",
                "YES",
                "Goal 4 + daily point sheet / CICO (see p. 3)",
            ],
            ["Is the student Limited English Proficient (LEP)?", "NO", "--"],
            ["Is the student blind or visually impaired?", "NO", "--"],
            ["Is the student deaf or hard of hearing?", "NO", "--"],
            [
                "Does the student need assistive technology devices/services?",
                "YES",
                "Read&Write text-to-speech on Chromebook; Learning Ally audiobooks",
            ],
            [
                "Does the student have a health need requiring a plan at school?",
                "YES",
                "Individual Health Plan - noon ADHD medication given by school nurse at 11:40 a.m.",
            ],
            [
                "Does the student show characteristics of dyslexia requiring a dyslexia program?",
                "YES",
                "Bayou Structured Literacy (Orton-Gillingham based), Resource",
            ],
        ],
    ),
    ("h", "Parent Concerns"),
    (
        "p",
        "Mom says Jace 'hates reading out loud' and has started calling himself dumb on homework nights; homework is taking "
        "over 2 hours. Parents asked that homework be capped at 45 minutes a night and want him reading his own chapter "
        "books by the end of 4th grade. Dad is concerned about the number of notes sent home for calling out and asked for a "
        "daily report instead.",
    ),
    ("page",),
    ("h", "Strengths / Interests"),
    (
        "p",
        "Jace is a quick mental-math thinker and explains his reasoning well out loud. Listening comprehension is average "
        "(WIAT-4 Listening Comprehension SS 104). He is kind to younger students and loves fishing with his grandfather, LSU "
        "baseball and building Lego Technic sets. Motivators: Lego time, being line leader, lunch with an adult.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance (PLAAFP)"),
    (
        "p",
        "READING (DIBELS 8th Ed., BOY 09/08/2026): ORF 58 wcpm, 91% accuracy (Gr. 4 benchmark 94 wcpm) - Well Below "
        "Benchmark. NWF-CLS 71. WIAT-4 (Feb 2026): Word Reading SS 76 | Pseudoword Decoding SS 72 | Reading Comprehension SS "
        "88 | Spelling SS 74. Jace decodes closed and VCe syllables but misreads vowel teams and r-controlled vowels (reads "
        "'storm' as 'stom', 'boat' as 'bot'). Impact: cannot independently read 4th grade science/social studies text; "
        "comprehension improves when text is read to him.",
    ),
    (
        "p",
        "WRITTEN EXPRESSION/SPELLING: On a 10-minute writing sample (9/2026) Jace wrote 42 words; 17 of 42 words (about 40%) "
        "were misspelled. Ideas are on topic and in order; he avoids words he cannot spell.",
    ),
    (
        "p",
        "MATH: i-Ready Math Diagnostic 9/14/26: Scale Score 448 - Early On Grade Level. Computation is accurate; word "
        "problems drop to 50% accuracy when he reads them himself vs. 85% when read aloud.",
    ),
    (
        "p",
        "BEHAVIOR/ATTENTION: Gen. ed. data 08/24/2026-09/18/2026: on-task 52% of 10-second momentary time samples during "
        "independent work (peer comparison 85%); calls out an average of 11 times per 45-min ELA block; out of seat w/o "
        "permission avg 6 per block. Conners 4 (parent and teacher forms): Inattention and Hyperactivity/Impulsivity both "
        "Very Elevated. FBA (Sept. 2026): calling out is maintained by attention from adults and peers.",
    ),
    ("h", "Measurable Annual Goals"),
    ("p", "Progress toward goals is reported to parents each 9 weeks with the report card."),
    (
        "p",
        "GOAL 1 - Reading / Basic Reading Skills. By 10/05/2027, given a list of 20 unfamiliar one- and two-syllable words "
        "containing vowel teams and r-controlled vowels, Jace will read them aloud with at least 85% accuracy (17/20) on 3 "
        "of 4 consecutive weekly probes. Baseline (9/15/2026): 8/20 (40%). Measured by: teacher-made word lists and BSL "
        "mastery checks. Responsible: Sp. Ed. teacher.",
    ),
    (
        "p",
        "GOAL 2 - Reading Fluency. By 10/05/2027, when reading an unpracticed grade 4 DIBELS 8 passage for 1 minute, Jace "
        "will read 90 words correct per minute with 95% accuracy (median of 3 passages). Baseline: 58 wcpm / 91%. Measured "
        "by: DIBELS 8 progress monitoring every 2 weeks.",
    ),
    ("page",),
    (
        "p",
        "GOAL 3 - Written Expression / Spelling. By 10/05/2027, given dictation of 10 words that follow taught spelling "
        "patterns, Jace will spell 8/10 correctly for 4 consecutive weeks. Baseline: 3/10. Measured by: weekly BSL dictation "
        "probe.",
    ),
    (
        "p",
        "GOAL 4 - Behavior / Self-Management. By 10/05/2027, during ELA and math in the regular class, Jace will raise his "
        "hand and wait to be called on, decreasing call-outs from a baseline avg of 11 per 45-min block to 3 or fewer per "
        "block, AND will earn at least 80% of possible points on his daily point sheet on 4 of 5 days for 6 consecutive "
        "weeks. Measured by: daily point sheet totals and a weekly 15-minute frequency count by the gen. ed. teacher.",
    ),
    ("h", "Behavior Support - Check-In/Check-Out (CICO) Daily Point Sheet"),
    (
        "p",
        "AM check-in at 7:45 with Mr. Broussard (school counselor): Jace picks up his point sheet and reviews his goals. "
        "Each teacher rates each expectation every period: 2 = met (0-1 reminder), 1 = met with 2+ reminders, 0 = not met. 5 "
        "periods x 3 expectations x 2 = 30 points possible per day. Daily goal: 24 of 30 points (80%). PM check-out at 2:50 "
        "with Mr. Broussard. The sheet goes home daily in the blue folder for a parent signature and comes back the next "
        "morning.",
    ),
    (
        "table",
        [
            ["Expectation", "ELA", "Math", "Sci/SS", "Specials", "Lunch/Recess"],
            ["Raise hand & wait", "0 1 2", "0 1 2", "0 1 2", "0 1 2", "0 1 2"],
            ["Stay in my area", "0 1 2", "0 1 2", "0 1 2", "0 1 2", "0 1 2"],
            ["Start work within 2 min", "0 1 2", "0 1 2", "0 1 2", "0 1 2", "0 1 2"],
            ["Teacher initials", "____", "____", "____", "____", "____"],
        ],
    ),
    (
        "p",
        "Rewards: 24+ points = 10 minutes of Lego time at check-out. 4 goal days in one week = Friday lunch with Mr. "
        "Broussard and a friend. Points are never taken away once earned. If Jace earns below 15 points two days in a row, "
        "Ms. Arceneaux calls home the same day.",
    ),
    ("h", "Special Education Services (minutes per week)"),
    (
        "table",
        [
            ["Service / Area", "Regular Class", "Resource", "Provider", "Begin", "End"],
            [
                "Dyslexia instruction - Bayou Structured Literacy (OG-based), group of 3",
                "0",
                "225 (45 min x 5 days)",
                "D. Arceneaux, Sp. Ed.",
                "10/07/2026",
                "10/05/2027",
            ],
            ["Reading/writing support - co-taught ELA", "150", "0", "D. Arceneaux w/ K. Thibodeaux", "10/07/2026", "10/05/2027"],
            [
                "Math inclusion support (word problems)",
                "60",
                "0",
                "Paraeducator L. Fontenot (Sp. Ed. supervised)",
                "10/07/2026",
                "10/05/2027",
            ],
        ],
    ),
    ("page",),
    ("h", "Related Services"),
    (
        "table",
        [
            ["Related Service", "Amount", "Location", "Begin - End"],
            ["Counseling - self-regulation group (3 students)", "30 min/week", "Counselor's office", "10/07/2026 - 10/05/2027"],
        ],
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Total school minutes/week: 1,800. Minutes outside the regular class: 255 (Resource 225 + Counseling 30). Percent of "
        "time in regular class: 86% - Regular class 80% or more of the day.",
    ),
    (
        "p",
        "Reason for removal: Jace needs explicit, systematic, multisensory reading instruction in a small group with a "
        "trained dyslexia teacher at an intensity (45 min daily, 3 students) that cannot be delivered in the 26-student 4th "
        "grade classroom. Resource time is scheduled during the WIN intervention block and the second half of ELA so he does "
        "not miss science, social studies, math, recess or specials.",
    ),
    ("h", "Extended School Year Services (ESYS)"),
    (
        "p",
        "ESYS reviewed 10/06/2026 using regression/recoupment data from summer 2026 (ORF dropped 6 wcpm over the summer and "
        "was recouped within 3 weeks). Decision: NOT eligible for ESYS at this time. Team will review again by 04/30/2027 "
        "using spring data.",
    ),
    ("h", "Accommodations (Classroom and Testing)"),
    (
        "table",
        [
            ["Accommodation", "Used in", "Details"],
            ["Extended time", "Class, tests, LEAP 2025", "Time and a half (1.5x) on assignments and tests"],
            [
                "Tests read aloud / text-to-speech",
                "Class, tests, LEAP 2025",
                "All subjects incl. ELA passages; Read&Write or adult reader",
            ],
            ["Small group testing", "Tests, LEAP 2025", "No more than 8 students, Resource room"],
            ["Movement breaks", "Class, tests, LEAP 2025", "2-minute break every 20 minutes; break card on desk"],
            ["Preferential seating", "Class, tests", "Near teacher, away from door and pencil sharpener"],
            ["Spelling not penalized", "Class, tests", "Except on weekly spelling/dictation tests"],
            ["Reduced homework", "Class", "Max 45 minutes per night; parent initials when time is up"],
            ["Copy of class notes", "Class", "Guided notes from teacher in science and social studies"],
        ],
    ),
    ("page",),
    ("p", "Modifications: NONE. Jace works on the same grade 4 standards as his classmates and is graded on the regular scale."),
    ("h", "State / District Assessment"),
    (
        "p",
        "LEAP 2025 Grade 4 (ELA, Math, Science, Social Studies): participates in the regular assessment WITH the "
        "accommodations above. LEAP Connect (alternate assessment): not eligible - does not meet the significant cognitive "
        "disability criteria. District: DIBELS 8 (BOY/MOY/EOY) and i-Ready Diagnostic (fall/winter/spring) with the same "
        "accommodations, except no text-to-speech on DIBELS.",
    ),
    ("h", "Transportation"),
    ("p", "Regular bus transportation. No special transportation needs."),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Attended"],
            ["Renee Landry", "Parent", "Yes - in person"],
            ["Curtis Landry", "Parent", "Yes - by phone"],
            ["Danielle Arceneaux", "Sp. Ed. Teacher / Case Manager", "Yes"],
            ["Kayla Thibodeaux", "Regular Ed. Teacher (Gr. 4 ELA)", "Yes"],
            ["Marcus Broussard", "School Counselor", "Yes"],
            ["Dr. Yvette Guidry", "School Psychologist (Pupil Appraisal)", "Yes"],
            ["Paul Hebert", "Principal / LEA Representative", "Yes"],
            ["Jace Landry", "Student", "Yes - first 15 min"],
        ],
    ),
    ("p", "Parents received the Procedural Safeguards (Parent Rights) on 10/06/2026."),
]

PECAN = [
    ("h", "Pioneer Falls Public Schools - Individualized Education Program"),
    (
        "p",
        "IEP Dates: from 11/02/2026 to 11/01/2027   Type of Meeting: Annual Review   Team Meeting Date: 10/27/26   "
        "Eval/Re-eval Date: 3/11/2026",
    ),
    (
        "p",
        "Student Name: Nadia Okoye   DOB: 5/9/2014   ID#: 2190334871   Grade/Level: 7   School: Hawthorne Middle School   "
        "Primary Disability: Neurological (spastic diplegic cerebral palsy)",
    ),
    (
        "p",
        "Parents: Adaeze Okoye and Samuel Okoye   Team Chair: Brian Kowalczyk, Special Education Coordinator   IEP Liaison: "
        "Melissa Tran, Special Education Teacher (Learning Center)",
    ),
    ("h", "Parent and/or Student Concerns"),
    (
        "p",
        "Parents: 'We want Nadia to get to class on time with her friends instead of always arriving last. We worry about "
        "the science lab on the 2nd floor and what happens in a fire drill.' Nadia: 'I want to do more things myself, like "
        "get my own lunch tray, and I don't want an adult right next to me all the time.'",
    ),
    ("h", "Student Strengths and Key Evaluation Results Summary"),
    (
        "p",
        "Nadia is a strong reader and writer of ideas (MCAS ELA Gr. 6, Spring 2026: Meeting Expectations, scaled score 512). "
        "She loves graphic novels, is in drama club, and is a confident self-advocate with adults she knows.",
    ),
    (
        "p",
        "PT re-eval (3/2026): GMFCS Level III. Self-propels a manual wheelchair on level surfaces at school; walks with a "
        "posterior walker for short distances in PT only (up to 30 ft). Needs moderate assist of 1 adult for stand-pivot "
        "transfers. Hip and hamstring tightness increase after long periods of sitting.",
    ),
    (
        "p",
        "OT re-eval (3/2026): handwriting 6 words per minute, about 60% legible; keyboarding 14 wpm using word prediction "
        "(Co:Writer). Opening, saving and organizing files needs adult help.",
    ),
    ("h", "Vision Statement"),
    (
        "p",
        "By the end of grade 8 Nadia will move between classes on her own in her wheelchair, manage her materials digitally, "
        "and direct adults in her own personal care.",
    ),
    ("page",),
    ("h", "PLEP A: General Curriculum"),
    (
        "p",
        "Areas affected: [X] English Language Arts  [X] Mathematics  [X] Science & Technology  [ ] History & Social Science  "
        "[X] Other: Physical Education",
    ),
    (
        "p",
        "How the disability affects progress: Cerebral palsy limits fine motor speed and endurance, so written work, math "
        "setup and lab tasks take Nadia 2-3 times longer than peers. Travel time between classes and the elevator cause her "
        "to miss the start of lessons.",
    ),
    (
        "p",
        "Accommodations: all written work may be typed on her school Chromebook with word prediction; digital copies of "
        "worksheets and notes; graph-paper template and Desmos for math; lab partner does the pouring/handling while Nadia "
        "directs and records; height-adjustable lab table in Room 214; extended time (1.5x) on tests and long written "
        "tasks.",
    ),
    (
        "p",
        "Specially designed instruction - Methodology/Delivery: explicit instruction in digital math tools and keyboarding; "
        "pre-teaching of math vocabulary in the Learning Center.",
    ),
    ("h", "PLEP B: Other Educational Needs"),
    (
        "p",
        "[X] Adapted physical education  [X] Assistive tech devices/services  [ ] Behavioral needs  [ ] Braille needs  [ ] "
        "Extra curricular activities  [X] Nonacademic activities (lunch, transitions)  [ ] Social/emotional needs  [ ] "
        "Travel training  [ ] Age 14+ transition",
    ),
    (
        "p",
        "Accommodations: leaves each class 3 minutes before the bell; elevator key; 1:1 paraprofessional; accessible lunch "
        "table at the end of row 2 with her friends; personal care and positioning per the Physical Access page.",
    ),
    ("h", "Current Performance Levels / Measurable Annual Goals"),
    ("p", "Progress reports are sent to parents every trimester with the report card (Dec., March, June)."),
    (
        "p",
        "Goal #1 - Functional Mobility. Current Performance Level: Nadia propels about 150 ft on level floors before resting "
        "and takes an average of 11 minutes to get from Room 108 to Room 214 (with elevator). Measurable Annual Goal: By "
        "11/01/2027 Nadia will propel her wheelchair between all classes, including using the elevator with her own key, "
        "arriving within 7 minutes on 4 of 5 observed days. Benchmarks: (1) by Feb. 2027, propel 300 ft without rest; (2) by "
        "June 2027, carry and use her own elevator key.",
    ),
    (
        "p",
        "Goal #2 - Transfers / Self-Care. CPL: stand-pivot transfer wheelchair to toilet with moderate assist of 1. MAG: "
        "Nadia will complete the transfer with contact guard assist only in 4 of 5 trials over 2 consecutive weeks, measured "
        "by PT and para data log.",
    ),
    (
        "p",
        "Goal #3 - Written Output / AT. CPL: 14 wpm keyboarding; needs adult help to save and find files. MAG: Nadia will "
        "type 25 wpm with 90% accuracy using word prediction on 3 consecutive 5-minute probes, and will independently save "
        "and retrieve assignments in Google Drive 9 of 10 times.",
    ),
    ("page",),
    (
        "p",
        "Goal #4 - Math. CPL: MAP Growth Math (fall 2026) RIT 214, about the 38th percentile; completes 55% of assigned math "
        "work. MAG: using digital tools, Nadia will complete 85% of math assignments with 80% accuracy over a trimester, "
        "measured by teacher gradebook and work samples.",
    ),
    ("h", "Service Delivery"),
    ("p", "School District Cycle: [X] 5 day cycle  [ ] 6 day cycle  [ ] other"),
    ("p", "A. Consultation (Indirect Services to School Personnel and Parents)"),
    (
        "table",
        [
            ["Focus on Goal #", "Type of Service", "Type of Personnel", "Start-End", "Frequency and Duration"],
            [
                "1, 2",
                "Consult w/ gen. ed. staff & para: transfers, positioning, evacuation",
                "Physical Therapist",
                "11/02/26-11/01/27",
                "1 x 30 min / month",
            ],
            [
                "3",
                "AT / keyboarding setup consult w/ teachers",
                "Occupational Therapist",
                "11/02/26-11/01/27",
                "1 x 15 min / cycle",
            ],
            ["All", "Health care plan review & staff training", "School Nurse (RN)", "11/02/26-11/01/27", "3 x 45 min / year"],
        ],
    ),
    ("p", "B. Special Education and Related Services in General Education Classroom"),
    (
        "table",
        [
            ["Focus on Goal #", "Type of Service", "Type of Personnel", "Start-End", "Frequency and Duration"],
            ["4", "Academic support - co-taught math", "Special Education Teacher", "11/02/26-11/01/27", "5 x 52 min / cycle"],
            [
                "1, 2",
                "1:1 para support - mobility, materials, lunch, toileting, positioning",
                "Paraprofessional",
                "11/02/26-11/01/27",
                "5 x 6.5 hrs / cycle (full school day)",
            ],
            ["3", "OT - in-class written output / AT", "Occupational Therapist", "11/02/26-11/01/27", "1 x 30 min / cycle"],
        ],
    ),
    ("p", "C. Special Education and Related Services in Other Settings"),
    (
        "table",
        [
            ["Focus on Goal #", "Type of Service", "Type of Personnel", "Start-End", "Frequency and Duration"],
            ["1, 2", "Physical Therapy (PT room)", "Physical Therapist", "11/02/26-11/01/27", "2 x 30 min / cycle"],
            ["3", "Occupational Therapy (OT room)", "Occupational Therapist", "11/02/26-11/01/27", "1 x 30 min / cycle"],
        ],
    ),
    ("page",),
    ("p", "C. (continued)"),
    (
        "table",
        [
            ["Focus on Goal #", "Type of Service", "Type of Personnel", "Start-End", "Frequency and Duration"],
            [
                "1",
                "Adapted Physical Education (small group, Gym B)",
                "Adapted PE Teacher",
                "11/02/26-11/01/27",
                "2 x 45 min / cycle",
            ],
            [
                "4",
                "Academic support - organization & math pre-teach (Learning Center)",
                "Special Education Teacher",
                "11/02/26-11/01/27",
                "3 x 45 min / cycle",
            ],
        ],
    ),
    ("h", "Nonparticipation Justification"),
    (
        "p",
        "Is the student removed from the general education classroom at any time? [ ] No  [X] Yes. Why: PT and OT need the "
        "mat table, stander and parallel bars in the therapy rooms; adapted PE replaces 2 of her 3 PE classes per cycle (she "
        "attends 1 general PE class per cycle with the para); Learning Center support is during the flex block so she does "
        "not miss core classes. Removal: about 315 of 1,950 minutes per cycle (16%). Placement: Full Inclusion.",
    ),
    ("h", "Schedule Modification"),
    (
        "p",
        "Shorter: Does the student require a shorter school day or year? [X] no  [ ] yes. Longer: Does the student require a "
        "longer school day or year to prevent substantial loss of previously learned skills? [ ] no  [X] yes - longer year "
        "(see Additional Information).",
    ),
    ("h", "Transportation Services"),
    (
        "p",
        "Does the student require transportation as a result of the disability? [ ] Regular transportation  [X] Special "
        "transportation - wheelchair lift bus, curb to curb (see Physical Access page).",
    ),
    ("h", "State or District-Wide Assessment"),
    (
        "p",
        "MCAS Grade 7 ELA and Mathematics: [X] on-demand testing with accommodations  [ ] alternate assessment. "
        "Accommodations: computer-based test with word prediction; small group in a separate setting; frequent breaks; "
        "height-adjustable table. District: MAP Growth (fall/winter/spring) with the same accommodations.",
    ),
    ("h", "Additional Information"),
    (
        "p",
        "Extended School Year: PT 2 x 45 min/week and OT 1 x 30 min/week, July 6 - August 12, 2027, at Hawthorne MS summer "
        "program, with lift bus transportation. Reason: after summer 2026 Nadia lost independence in transfers and needed 7 "
        "weeks to regain it.",
    ),
    ("p", "Response Section: Parent accepted the IEP in full on 11/04/2026."),
    ("page",),
    ("h", "Physical Access, Health & Personal Care Plan (attachment)"),
    (
        "p",
        "Mobility: manual wheelchair (14 in. seat) - self-propels on level floors; needs push assist on the gym ramp and "
        "outdoors. Posterior walker used in PT only. Elevator: key held by 1:1 para until Goal 1 benchmark 2 is met; Nadia "
        "rides with an adult. Classrooms: height-adjustable desk in Rooms 108, 112 and 214; aisles kept 36 inches clear.",
    ),
    (
        "p",
        "Lift Bus: Route L-4, wheelchair lift bus, curb to curb. Nadia rides seated in her wheelchair, secured with a "
        "4-point tie-down plus lap/shoulder belt; a bus monitor rides the route. Pick-up approx. 7:05 a.m., drop-off at side "
        "entrance Door 3 by 7:40 a.m. PM: para brings her to Door 3 at 2:20 p.m., 5 minutes before dismissal.",
    ),
    (
        "p",
        "Toileting / Personal Care: 1 adult (female staff) for a stand-pivot transfer to the toilet using grab bars; Nadia "
        "manages her clothing with minimal help and does her own hygiene. Location: accessible single-stall bathroom next to "
        "the nurse's office (Room 104). Scheduled at 10:20 a.m. and 1:15 p.m. and any time she asks. Back-up if para is "
        "absent: school nurse Kathleen Doyle, RN.",
    ),
    ("p", "Positioning schedule (change position at least every 90 minutes):"),
    (
        "table",
        [
            ["Time", "Position / Equipment", "Where", "Staff"],
            ["Arrival - 9:50", "Wheelchair, hip belt on, feet on footplates", "Homeroom / ELA", "Para"],
            ["9:50 - 10:20", "Standing in Rifton stander (30 min)", "Learning Center", "Para (trained by PT)"],
            ["10:20 - 11:45", "Wheelchair (after bathroom break)", "Classes", "Para"],
            ["11:45 - 12:00", "Out of chair: long-sitting stretch on mat table", "PT room", "Para or PT"],
            ["12:00 - 1:25", "Wheelchair (lunch, classes, 1:15 bathroom break)", "Cafeteria / classes", "Para"],
            ["1:25 - 1:40", "Out of chair: side-lying on mat table", "PT room", "Para or PT"],
            ["1:40 - dismissal", "Wheelchair", "Classes", "Para"],
        ],
    ),
    (
        "p",
        "Health: baclofen taken at home morning and evening - no medications given at school. Para reports any red areas on "
        "skin to the nurse the same day. Emergency evacuation: area of rescue assistance at 2nd floor stairwell B landing; "
        "evacuation chair stored there; trained staff: para, PE teacher Mr. Dunleavy, custodian Ray Pires. Nadia practices "
        "with every fire drill.",
    ),
]

TUPELO = [
    ("h", "INDEPENDENT SCHOOL DISTRICT #2287 - NORTH LAKES AREA SCHOOLS"),
    (
        "p",
        "INDIVIDUALIZED EDUCATION PROGRAM (IEP)   Student: Owen T. Halvorsen   MARSS#: 10448731952   DOB: 06/14/2011   Age: "
        "15   Grade: 9   School: Cedar Bend High School",
    ),
    (
        "p",
        "IEP Meeting Date: 09/29/2026   IEP Start: 10/01/2026   IEP End: 09/28/2027   Most recent evaluation: 05-12-2026   "
        "Next reevaluation due by: 05-11-2029",
    ),
    (
        "p",
        "Parents: Kristin Halvorsen (mother), Brandon Lee (stepfather)   Case Manager: Jordan Bakke, EBD teacher, Room 118, "
        "ext. 4118",
    ),
    (
        "p",
        "Primary Disability: Emotional or Behavioral Disorders (EBD)   Other: Generalized Anxiety Disorder (outside "
        "diagnosis, 2025)",
    ),
    ("h", "Parent and Student Concerns"),
    (
        "p",
        "Mom is worried Owen will fall behind on credits and not graduate with his class; she wants him back to a full day "
        "'as soon as he can handle it' and asked that staff call or text her before sending him home early. Owen: 'I don't "
        "want to get called out in front of everybody.' He wants to take auto shop next year.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Attendance: 2025-26 (gr. 8) - 61 days absent of 170 (64% attendance); most absences on Mondays and test days. Sept. "
        "2026: attended 71% of scheduled class periods. Grades gr. 8: passed 4 of 7 classes.",
    ),
    (
        "p",
        "Academics: FAST aReading fall 2026 = 488 (some risk); FAST aMath fall 2026 = 209 (low risk). Reading and math "
        "skills are near grade level; the main barrier is work completion - Owen turned in 35% of assignments in English 9 "
        "and Biology in Sept. 2026.",
    ),
    (
        "p",
        "Social/Emotional: BASC-3 (May 2026) self-report: Anxiety T=74 (Clinically Significant); Depression T=63 (At-Risk). "
        "Teacher ratings: Withdrawal At-Risk. Owen rarely asks for help (0-1 times per week observed) and shuts down or "
        "leaves when anxious.",
    ),
    (
        "p",
        "How the disability affects progress in the general curriculum: anxiety-driven avoidance (leaving class, shutting "
        "down, absences) means Owen misses instruction and does not finish work, even though his skills are near grade "
        "level.",
    ),
    ("page",),
    ("h", "Functional Behavioral Assessment (FBA) Summary - completed 9/18/26 (J. Bakke, Dr. N. Haugen)"),
    (
        "table",
        [
            ["Target behavior", "Definition", "Baseline 8/31 - 9/18/26"],
            [
                "Leaving class w/o permission",
                "Walks out of the room without a pass or staff OK for 1+ minute",
                "avg 4.2 times/week; avg 22 min out of class",
            ],
            ["Verbal refusal / profanity", "Swears at or refuses staff directions in a raised voice", "avg 2 per day"],
            ["Shutting down", "Head down, hood up, no work for 10+ minutes", "most days in 1st and 2nd period"],
        ],
    ),
    (
        "p",
        "Antecedents: being called on without warning; timed tests and quizzes; group work with unfamiliar peers; crowded "
        "hallway passing times; returning after an absence. Setting events: under 6 hours of sleep, conflict at home in the "
        "morning, missed breakfast. Consequences: Owen avoids the task or situation; staff often send the work home. "
        "Hypothesized function: ESCAPE/AVOIDANCE of anxiety-provoking academic and social demands. Replacement behavior: "
        "show the Take 10 pass and go to Room 118.",
    ),
    ("h", "Positive Behavior Support Plan (PBSP)"),
    (
        "p",
        "Prevention: warn Owen privately before calling on him ('you're after Ava'); seat of his choice near the door; "
        "5-minute check-in with Mr. Bakke at the start of the day; preview tests a day ahead; pair with a chosen partner for "
        "group work.",
    ),
    (
        "table",
        [
            ["Step", "What it looks like", "What staff do", "What Owen can do"],
            [
                "1 - Calm",
                "Talks with peers, works, answers when asked",
                "Private praise, give choices, preview changes",
                "Check in, ask for help",
            ],
            [
                "2 - Triggered",
                "Hood up, head down, leg bouncing, one-word answers, says 'I'm fine'",
                "Quiet reminder of Take 10 pass; reduce demand; no public questions",
                "Use Take 10 pass to Room 118",
            ],
            [
                "3 - Peak",
                "Swearing, shoving desk or chair, leaving the room",
                "1 adult only; short calm statements; call Room 118 at ext. 4118; do not block the doorway or follow closely",
                "Go to Room 118 or the counseling office",
            ],
            [
                "4 - Recovery",
                "Quiet, tired, may apologize",
                "Reset talk within 20 minutes with Reset Sheet; no lecture; return to class with a plan",
                "Fill out Reset Sheet, go back to class",
            ],
        ],
    ),
    ("page",),
    (
        "p",
        "Take 10 pass: up to 2 per class period, 10 minutes each, always to Room 118 (sign in with the para). If Owen is not "
        "in Room 118 within 5 minutes of leaving class, the office is called and then a parent is called.",
    ),
    (
        "p",
        "Restrictive procedures: No restrictive procedures (physical holding or seclusion) are included in this plan. If one "
        "is ever used in an emergency, parents will be notified the same day.",
    ),
    ("h", "School-Linked Mental Health Referral"),
    (
        "p",
        "Referral made 09/30/2026 (parent consent signed 10/02/2026) to school-linked mental health services through "
        "Lakeland Family Services. Therapist: Cassie Nordin, LICSW, on site at Cedar Bend on Tuesdays and Thursdays. Intake "
        "appointment: 10/15/2026 at 10:10 a.m. Therapy is billed to the family's health insurance or Medical Assistance; it "
        "is NOT an IEP service and is not counted in IEP minutes. With a signed release, Ms. Nordin and Mr. Bakke will "
        "consult once a month.",
    ),
    ("h", "Annual Goals and Short-Term Objectives"),
    ("p", "Progress on each goal will be reported to parents in writing every 6 weeks."),
    (
        "p",
        "Goal 1 (Emotional regulation): When anxious or frustrated in class, Owen will use a replacement strategy (Take 10 "
        "pass, coping card, asking for help) instead of leaving without permission, decreasing unpermitted exits from a "
        "baseline of 4.2 per week to 1 or fewer per week for 6 consecutive weeks. STO 1: 3 or fewer per week by 11/13/2026. "
        "STO 2: 2 or fewer per week by 2/5/2027. Measured by: Room 118 sign-in log and teacher exit log.",
    ),
    (
        "p",
        "Goal 2 (Attendance/engagement): Owen will attend at least 90% of his scheduled class periods in each 6-week "
        "reporting period, up from 71% (Sept. 2026). Measured by: attendance records.",
    ),
    (
        "p",
        "Goal 3 (Work completion): Owen will turn in at least 80% of assignments in English 9 and Biology each 6-week "
        "period, up from 35%. Measured by: teacher gradebooks, reviewed weekly by case manager.",
    ),
    (
        "p",
        "Goal 4 (Self-advocacy): Owen will start a request for help or clarification with a teacher at least 3 times per "
        "week, up from 0-1. Measured by: teacher tally sheet.",
    ),
    ("page",),
    ("h", "Transition (age 14+/grade 9)"),
    (
        "p",
        "Postsecondary goals - Education/Training: after high school Owen will complete a 2-year automotive technology "
        "program at a technical college. Employment: Owen will work full time as an auto technician. Independent Living: "
        "Owen will live in an apartment and schedule his own appointments. Transition services 2026-27: career interest "
        "inventory (fall), job shadow at a local auto shop (spring 2027). Course of study: Auto Tech I planned for grade "
        "10.",
    ),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Min x Freq", "Total/wk", "Start - End"],
            [
                "EBD direct instruction - coping & social/emotional skills",
                "EBD teacher",
                "Sp. ed. - Room 118",
                "50 x 5/wk",
                "250 min/wk",
                "10/1/26 - 9/28/27",
            ],
            [
                "Academic support - study skills, work completion",
                "EBD teacher / para",
                "Gen. ed. (co-taught English 9)",
                "50 x 2/wk",
                "100 min/wk",
                "10/1/26 - 9/28/27",
            ],
            [
                "School social work - individual",
                "School social worker",
                "SW office",
                "30 x 1/wk",
                "30 min/wk",
                "10/1/26 - 9/28/27",
            ],
            ["Indirect: consult with gen. ed. teachers", "EBD teacher", "n/a", "30 x 1/wk", "30 min/wk", "10/1/26 - 9/28/27"],
        ],
    ),
    (
        "p",
        "Time in general education: about 74% of his scheduled day in Q1, rising to about 86% in Q4 (full day). Reason for "
        "removal: Owen needs direct instruction in coping and emotional regulation skills in a small, quiet setting with an "
        "EBD-licensed teacher; Room 118 is also his planned calm-down place.",
    ),
    ("h", "Adaptations in General Education"),
    (
        "table",
        [
            ["Adaptation", "Where / When"],
            ["Private warning before being called on (no cold calls)", "All classes"],
            ["Leaves class 2 minutes early to avoid crowded halls", "All passing times"],
            ["Extended time 1.5x on tests and quizzes; may test in Room 118", "All tests/quizzes"],
            ["Late work accepted without penalty within 5 school days of an absence", "All classes"],
            ["Work alone or with a chosen partner instead of assigned groups", "Group projects"],
        ],
    ),
    ("p", "Modifications: none - Owen is working on grade-level standards and earns regular credit."),
    ("page",),
    ("h", "Modified (Shortened) School Day"),
    (
        "p",
        "Because of school avoidance and 61 absences last year, the team agreed to a step-by-step return to a full school "
        "day. The team reviews the schedule at the end of each quarter and may move ahead sooner if Owen attends 90% of "
        "scheduled periods.",
    ),
    (
        "table",
        [
            ["Quarter", "Dates", "Attends", "Dismissed"],
            ["Q1", "10/01/26 - 11/06/26", "Periods 1-4 (incl. Room 118 in period 3)", "11:40 a.m."],
            ["Q2", "11/09/26 - 01/22/27", "Periods 1-5 + lunch", "1:05 p.m."],
            ["Q3", "01/25/27 - 04/02/27", "Periods 1-6", "2:00 p.m."],
            ["Q4", "04/05/27 - 06/04/27", "Full day, periods 1-7", "2:55 p.m."],
        ],
    ),
    (
        "p",
        "Classes missed during Q1-Q3 (Spanish I, Phy Ed): Spanish I dropped for 2026-27; Phy Ed moved to 2nd semester period 5.",
    ),
    ("h", "Statewide and District Testing"),
    (
        "p",
        "MCA Science (spring 2027, Biology): participates in the MCA with accommodations - separate quiet room, breaks as "
        "needed. District: FAST aReading and aMath (fall/winter/spring) in Room 118.",
    ),
    ("h", "Extended School Year (ESY)"),
    ("p", "Owen does not qualify for ESY services for summer 2027: no significant regression/recoupment problem was found."),
    ("h", "Transportation"),
    (
        "p",
        "AM: regular route, Bus 41. Midday (Q1-Q3): district-contracted van picks Owen up at the front office at his "
        "dismissal time. Q4: regular bus home.",
    ),
    ("h", "IEP Team Members Present"),
    (
        "table",
        [
            ["Name", "Role"],
            ["Kristin Halvorsen", "Parent"],
            ["Brandon Lee", "Stepparent"],
            ["Owen Halvorsen", "Student"],
            ["Jordan Bakke", "EBD Teacher / Case Manager"],
            ["Sara Voss", "General Ed. Teacher (English 9)"],
            ["Amy Pederson, LSW", "School Social Worker"],
            ["Dr. Neil Haugen", "School Psychologist"],
            ["Marcus Lund", "Assistant Principal / District Rep."],
        ],
    ),
]


ACACIA = [
    ("h", "Commonwealth of Fernmoor — Individualized Education Program (IEP) for Preschool Children, Ages 3 Through 5"),
    ("p", "Form ECSE-4 (Rev. 07/2025) · Halvorsen Creek Unified School District · Office of Early Childhood Special Education"),
    ("h", "Section 1. Student and Family Information"),
    (
        "table",
        [
            ["Student name", "Rosalind (Rosie) Thackeray", "Date of birth", "11/02/2022"],
            ["Age at meeting", "3 years, 10 months", "Gender", "Female"],
            ["Parent/guardian", "Corinne Thackeray (mother); Abel Thackeray (father)", "Home phone", "(555) 014-2290"],
            ["Address", "418 Wrenfield Lane, Halvorsen Creek", "Language(s) of the home", "English and Tagalog"],
            ["Student ID", "HC-0077412", "Interpreter needed", "☐ Yes ☒ No"],
        ],
    ),
    ("h", "Section 2. Meeting Information"),
    ("p", "Date of meeting: 09/18/2026"),
    ("p", "Type of IEP: ☒ Initial ☐ Annual review ☐ Transition from Part C (Early Intervention) ☐ Amendment"),
    ("p", "IEP start date: 09/28/2026     IEP end date: 09/17/2027"),
    ("p", "Annual review due no later than: 09/17/2027"),
    ("p", "Eligibility determination date: 09/18/2026     Three-year reevaluation due: 09/17/2029"),
    (
        "p",
        "Referral source: Bright Steps Head Start lead teacher, with parent agreement (referral received 06/02/2026). "
        "Multidisciplinary evaluation completed 08/29/2026.",
    ),
    (
        "p",
        "Case manager / service coordinator: Ms. Odalys Brennick, Early Childhood Special Education (ECSE) Teacher, (555) "
        "014-7781",
    ),
    ("h", "Section 3. Eligibility"),
    (
        "p",
        "Primary eligibility category: ☒ Developmental Delay ☐ Autism ☐ Speech or Language Impairment ☐ Hearing Impairment ☐ "
        "Other: ________",
    ),
    ("p", "Secondary eligibility category: ☒ Speech or Language Impairment ☐ None"),
    (
        "p",
        "Areas of significant delay (check all that apply): ☒ Communication ☒ Social-emotional ☒ Adaptive / self-help ☐ "
        "Cognitive ☐ Physical",
    ),
    ("h", "Section 4. Parent Concerns and Input"),
    (
        "p",
        "Mrs. Thackeray shared that Rosie becomes frustrated when she is not understood and will cry or hit the table when "
        "adults guess wrong about what she wants. At home she uses a mix of English and Tagalog words with her grandmother. "
        "The family's biggest priority is for Rosie to be able to tell her teachers when she needs the bathroom; she is dry "
        "at home most days but still wears pull-ups at Head Start. Mr. Thackeray added that morning drop-off is very hard "
        "and that he would like Rosie to stay in the Maple Room with the friends she already knows rather than move to a "
        "different classroom.",
    ),
    ("h", "Section 5. Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Communication: On the Preschool Language Profile (administered 08/2026) Rosie earned an expressive language "
        "standard score of 71 and a receptive language standard score of 84. She uses approximately 50 single words and a "
        'few two-word combinations ("more juice," "mama go"). Her speech is about 40% intelligible to unfamiliar listeners. '
        "She follows familiar one-step directions with a gesture.",
    ),
    (
        "p",
        "Social-emotional: Rosie plays alongside peers in the block and sensory areas but rarely starts play with another "
        "child. Teacher data from 8 mornings show an average of 4 episodes per morning of crying or dropping to the floor, "
        "almost always at transitions (arrival, clean-up, going outside). She transitioned calmly in 3 of 10 observed "
        "transitions.",
    ),
    (
        "p",
        "Adaptive / self-help: Rosie eats independently with a spoon with some spilling, washes hands with one verbal "
        "reminder, and needs hand-over-hand help to put on her jacket and close the zipper. She has not yet told an adult "
        "that she needs the bathroom at school (0 of 5 opportunities observed each day).",
    ),
    (
        "p",
        "Motor and cognitive: Gross motor, fine motor and early cognitive skills were within age expectations on the evaluation.",
    ),
    (
        "p",
        "How the disability affects participation in appropriate activities: Rosie's limited expressive language and "
        "difficulty with transitions keep her from joining circle time, asking for help, and playing with peers in the Head "
        "Start classroom.",
    ),
    ("page",),
    ("h", "Section 6. Measurable Annual Goals"),
    (
        "p",
        "Goal 1 — Communication. By 09/17/2027, Rosie will use 3- to 4-word phrases to request, comment, or protest in 4 out "
        "of 5 opportunities across 3 consecutive data days. Baseline: Rosie uses single words and occasional 2-word phrases; "
        "3-word phrases observed in 0 of 5 opportunities. Measured by: SLP data sheet and teacher observation.",
    ),
    (
        "p",
        "Benchmark 1a (by 01/2027): 2-word phrases in 4 out of 5 opportunities. Benchmark 1b (by 05/2027): 3-word phrases in "
        "3 out of 5 opportunities.",
    ),
    (
        "p",
        "Goal 2 — Social-emotional. Given a visual schedule and a first/then board, Rosie will move from one activity to the "
        "next with no more than 1 adult verbal prompt and without crying or dropping to the floor in 8 out of 10 transitions "
        "for 2 consecutive weeks. Baseline: 3 of 10 transitions. Measured by: ECSE teacher and Head Start staff tally "
        "sheet.",
    ),
    (
        "p",
        "Goal 3 — Adaptive / toileting. Rosie will tell an adult she needs to use the bathroom by saying a word, using a "
        "sign, or handing over a picture card in 4 out of 5 opportunities per day for 2 consecutive weeks. Baseline: 0 of 5 "
        "opportunities. Measured by: classroom toileting log.",
    ),
    (
        "p",
        "Goal 4 — Adaptive / dressing. Rosie will put on her jacket and pull up the zipper after an adult starts it, in 4 "
        "out of 5 trials. Baseline: requires hand-over-hand assistance for all steps. Measured by: OT and classroom data.",
    ),
    (
        "p",
        "Progress reporting: Progress toward goals will be reported to parents ☒ Quarterly in writing ☐ With report cards ☐ "
        "Other. Written progress reports will be sent home in November, February, April, and June.",
    ),
    ("h", "Section 7. Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Frequency / duration", "Location", "Start date", "End date"],
            [
                "Speech-language therapy",
                "Speech-Language Pathologist",
                "30 min 2x/wk",
                "Maple Room and small-group room",
                "09/28/2026",
                "09/17/2027",
            ],
            [
                "Specialized instruction (itinerant ECSE)",
                "ECSE Teacher",
                "3 sessions/month, 45 min",
                "Maple Room, Bright Steps Head Start",
                "09/28/2026",
                "09/17/2027",
            ],
            [
                "Occupational therapy",
                "Occupational Therapist",
                "60 minutes per month",
                "Maple Room, Bright Steps Head Start",
                "09/28/2026",
                "09/17/2027",
            ],
            [
                "Consultation with Head Start staff",
                "ECSE Teacher and SLP",
                "15 min weekly",
                "Bright Steps Head Start",
                "09/28/2026",
                "09/17/2027",
            ],
        ],
    ),
    (
        "p",
        "Supports for school personnel: The ECSE teacher and SLP will provide a one-hour training for the Maple Room staff "
        "on using the visual schedule, first/then board, and picture cards, to be completed by 10/30/2026.",
    ),
    ("h", "Section 8. Accommodations and Supports in the Classroom"),
    ("p", "• Visual schedule posted at Rosie's eye level and reviewed with her at arrival"),
    ("p", "• First/then board used for every transition"),
    ("p", "• 2-minute warning with a sand timer before transitions"),
    ("p", '• Picture cards for "bathroom," "help," "break," and "more" on a ring clipped to her cubby'),
    ("p", "• Adults model 2- to 3-word phrases and wait 5 seconds for Rosie to respond"),
    ("p", "• Scheduled bathroom visits every 90 minutes"),
    ("page",),
    ("p", "• Spare set of clothing kept in her cubby"),
    ("p", "• Carpet square in a set spot next to the teacher at circle time"),
    ("h", "Section 9. Least Restrictive Environment"),
    ("p", "Early childhood environment (check one):"),
    (
        "p",
        "☒ Attends a regular early childhood program at least 10 hours per week and receives the majority of special "
        "education and related services in the regular early childhood program",
    ),
    (
        "p",
        "☐ Attends a regular early childhood program at least 10 hours per week and receives the majority of services in "
        "some other location",
    ),
    ("p", "☐ Separate special education class ☐ Separate school ☐ Home ☐ Service provider location"),
    ("p", "Program: Bright Steps Head Start, Maple Room, Monday through Thursday, 8:00 a.m. to 1:00 p.m. (20 hours per week)."),
    (
        "p",
        "Explanation of any removal from typically developing peers: Rosie receives all services inside the Maple Room, "
        "except that one of her two weekly speech sessions may take place in the small-group room next door so she can "
        "practice new words without background noise.",
    ),
    ("h", "Section 10. Extended School Year (ESY)"),
    ("p", "Does the child require ESY services? ☐ Yes ☐ No ☒ Decision deferred"),
    (
        "p",
        "Explanation: This is Rosie's first IEP and there is not yet data on regression and recoupment over breaks. The team "
        "will collect data over winter and spring breaks and will reconvene no later than 04/15/2027 to make the ESY "
        "decision.",
    ),
    ("h", "Section 11. Transportation"),
    ("p", "Special transportation required: ☒ Yes ☐ No"),
    (
        "p",
        "Description: District-provided curb-to-curb transportation between home and Bright Steps Head Start, in a vehicle "
        "with a child safety seat (5-point harness). Adult bus aide on board: ☒ Yes ☐ No. Morning pick-up at home at "
        "approximately 7:35 a.m.; afternoon drop-off at approximately 1:25 p.m. A parent or an adult listed on the release "
        "form must be present at drop-off.",
    ),
    ("h", "Section 12. Assessment of Early Learning"),
    (
        "p",
        "Rosie will participate in the district's Early Learning Observation Checklist, completed three times per year by "
        "Head Start staff, with picture supports and extra response time. Entry child outcome ratings were completed on "
        "09/18/2026.",
    ),
    ("h", "Section 13. Parent Consent"),
    (
        "p",
        "☒ I give consent for the initial provision of special education and related services described in this IEP. ☐ I do "
        "not give consent.",
    ),
    ("p", "☒ Parent received a copy of the Procedural Safeguards Notice on 09/18/2026."),
    ("h", "Section 14. IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Corinne Thackeray", "Parent", "Corinne Thackeray", "09/18/2026"],
            ["Abel Thackeray", "Parent (participated by phone)", "verbal agreement noted", "09/18/2026"],
            ["Odalys Brennick", "ECSE Teacher / Case Manager", "O. Brennick", "09/18/2026"],
            [
                "Dr. Wendell Pruitt-Amaro",
                "LEA Representative, Director of Early Childhood Services",
                "W. Pruitt-Amaro",
                "09/18/2026",
            ],
            ["Saoirse Gallaway, M.S., CCC-SLP", "Speech-Language Pathologist", "S. Gallaway", "09/18/2026"],
            ["Tobias Renquist, OTR/L", "Occupational Therapist", "T. Renquist", "09/18/2026"],
            ["Jolene Marchetti", "Head Start Lead Teacher (regular early childhood teacher)", "J. Marchetti", "09/18/2026"],
        ],
    ),
    ("p", "Copy of IEP given to parent: ☒ In person on 09/18/2026 ☐ Mailed on ________"),
]


BEECH = [
    ("h", "ClearPath IEP Manager — Individualized Education Program"),
    ("p", "Pell River School District | Printed 2026-10-07 15:42 | Status: FINAL (Locked) | Page header: Aldana-Fisk, Corbin J."),
    ("h", "STUDENT INFORMATION"),
    ("p", "Student: Corbin J. Aldana-Fisk"),
    ("p", "Student ID: 20331877     Grade: 07     DOB: 2013-05-21     Age: 13"),
    ("p", "School: Westbrook Middle School"),
    ("p", "Case Manager: Priya Halloran (Special Education Teacher)     Phone: 555-0193 ext. 2214"),
    ("p", "Parent/Guardian 1: Renata Fisk (mother)     Parent/Guardian 2: Marcus Aldana (father, separate household)"),
    ("p", "Native Language: English     Interpreter Required: No"),
    ("h", "MEETING / DATES"),
    ("p", "Meeting Type: Annual Review"),
    ("p", "Meeting Date: 2026-10-05"),
    ("p", "IEP Start Date: 2026-10-06     IEP End Date: 2027-10-04"),
    ("p", "Next Annual Review: 2027-10-04"),
    ("p", "Most Recent Evaluation: 2025-03-12     Next Reevaluation Due: 2028-03-11"),
    ("h", "ELIGIBILITY"),
    ("p", "Primary Disability: Specific Learning Disability (Basic Reading Skills; Reading Fluency)"),
    ("p", "Secondary Disability: Other Health Impairment (ADHD)"),
    ("h", "PARENT / STUDENT INPUT"),
    (
        "p",
        "Parent Concerns: Ms. Fisk is concerned that Corbin is falling further behind in reading and that homework takes 2-3 "
        "hours a night. She asked that he not be called on to read aloud in class without warning. Mr. Aldana asked that "
        "both households receive copies of progress reports and meeting notices.",
    ),
    (
        "p",
        "Student Input: Corbin said science is his favorite class and he wants to join robotics club. He does not want to be "
        "pulled out of PE or lunch for services.",
    ),
    ("h", "PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE"),
    (
        "table",
        [
            ["Area", "Data Source", "Current Performance"],
            [
                "Reading Fluency",
                "Curriculum-based probes, Sept 2026",
                "68 wcpm on 7th-grade passages (grade benchmark: 145 wcpm); 91% accuracy",
            ],
            ["Decoding", "Multisyllabic word inventory", "Reads multisyllabic words with 55% accuracy"],
            [
                "Reading Comprehension",
                "District interim, fall 2026",
                "Comprehension adequate when text is read aloud (78%); 41% when reading independently",
            ],
            ["Math", "District interim, fall 2026", "74% — within the grade-level range; no special education need identified"],
            ["Work Completion", "Teacher gradebooks, Sept 2026", "45% of assignments turned in on time"],
            [
                "Behavior",
                "Teacher log / FBA",
                "Leaves classroom without permission 2-3 times per week, mostly during reading-heavy tasks",
            ],
        ],
    ),
    (
        "p",
        "Impact of Disability: Corbin's reading disability limits his access to grade-level text in all content classes; "
        "attention difficulties affect starting and finishing assignments.",
    ),
    ("page",),
    ("h", "ANNUAL GOALS"),
    (
        "table",
        [
            ["#", "Area", "Annual Goal", "Baseline", "Criteria", "Measured By"],
            [
                "1",
                "Reading Fluency",
                "Given an unpracticed 7th-grade passage, Corbin will read aloud at 100 wcpm with 95% accuracy",
                "68 wcpm, 91% accuracy",
                "3 of 4 weekly probes",
                "Curriculum-based probes",
            ],
            [
                "2",
                "Decoding",
                "Corbin will decode multisyllabic words using syllable-type strategies with 85% accuracy",
                "55% accuracy",
                "2 consecutive monthly inventories",
                "Word inventory",
            ],
            [
                "3",
                "Work Completion",
                "Using a daily planner checked at check-out, Corbin will turn in 80% of assignments on time",
                "45% on time",
                "over a 4-week period",
                "Gradebook review",
            ],
            [
                "4",
                "Behavior",
                "Corbin will use his break card instead of leaving the classroom without permission",
                "leaves room 2-3 times per week",
                "0-1 times per week for 6 consecutive weeks",
                "BIP point sheet",
            ],
        ],
    ),
    (
        "p",
        "Progress Reporting: Progress toward annual goals will be reported every 9 weeks with the district report card. "
        "Copies will be mailed to both parent addresses.",
    ),
    ("h", "SPECIAL EDUCATION AND RELATED SERVICES"),
    (
        "table",
        [
            ["Service", "Setting", "Provider", "Frequency", "Start", "End"],
            [
                "Specialized Reading Instruction",
                "Special Education Classroom (Resource Room 114)",
                "Special Education Teacher",
                "1.5 hrs weekly",
                "2026-10-06",
                "2027-10-04",
            ],
            [
                "Co-Taught English Language Arts",
                "General Education Classroom",
                "Special Education Teacher with ELA Teacher",
                "daily, 50 min",
                "2026-10-06",
                "2027-10-04",
            ],
            [
                "Social Work Services",
                "Social Worker's Office",
                "School Social Worker",
                "3 sessions/month, 30 min",
                "2026-10-06",
                "2027-10-04",
            ],
            [
                "Consultation with General Education Teachers",
                "N/A",
                "Case Manager",
                "20 min every 2 weeks",
                "2026-10-06",
                "2027-10-04",
            ],
        ],
    ),
    (
        "p",
        "Supplementary Aids / Program Modifications: Text-to-speech software on district Chromebook; guided notes in all "
        "core classes.",
    ),
    ("h", "LEAST RESTRICTIVE ENVIRONMENT"),
    ("p", "Percent of Time in General Education: 82%"),
    ("p", "Educational Environment: Inside regular class 80% or more of the day"),
    ("p", "Math Placement: General education math (Math 7) with no special education support"),
    (
        "p",
        "Removal Justification: Corbin is removed from general education only for 1.5 hours per week of specialized reading "
        "instruction in Resource Room 114 during the Intervention/Enrichment block and for social work sessions. He is not "
        "removed from science, social studies, math, PE, or lunch.",
    ),
    ("page",),
    ("h", "ACCOMMODATIONS"),
    (
        "table",
        [
            ["Accommodation", "Setting", "Frequency / Conditions"],
            ["Extended time (time and a half) on tests and quizzes", "All classes", "Whenever an assessment is timed"],
            [
                "Test items read aloud or text-to-speech",
                "Science, Social Studies, Math",
                "Not on assessments of decoding or reading comprehension",
            ],
            ["Guided notes / copy of class notes", "All core classes", "Daily"],
            ["No cold-calling to read aloud; advance notice of read-aloud passages", "All classes", "As needed"],
            ["Break card (up to 3 breaks per class, 5 minutes each)", "All classes", "Per BIP"],
            ["Shortened assignments (fewest items needed to show mastery)", "All classes", "Homework and classwork"],
            ["Seating near instruction and away from the door", "All classes", "Daily"],
            ["Planner checked at end of day", "Check-out with Mr. Strand", "Daily"],
        ],
    ),
    ("h", "STATE AND DISTRICT ASSESSMENTS"),
    (
        "p",
        "Lakeshore Assessment of Skills and Knowledge (LASK), Grade 7: ☒ General assessment with accommodations ☐ General "
        "assessment without accommodations ☐ Alternate assessment",
    ),
    (
        "table",
        [
            ["Content Area", "Accommodations"],
            [
                "English Language Arts",
                "Extended time (time and a half); separate setting (small group of 10 or fewer). Text-to-speech not permitted on "
                "reading passages.",
            ],
            ["Mathematics", "Extended time (time and a half); separate setting (small group of 10 or fewer); text-to-speech"],
            ["Science", "Extended time (time and a half); separate setting (small group of 10 or fewer); text-to-speech"],
        ],
    ),
    ("p", "District Assessments: Same accommodations as LASK."),
    ("h", "EXTENDED SCHOOL YEAR"),
    ("p", "ESY Eligible: No"),
    (
        "p",
        "ESY Rationale: Spring and fall reading data show Corbin regained his skills within 4 weeks after summer break; "
        "regression/recoupment criteria are not met. The family was given information about the district's free summer "
        "reading camp (not an IEP service).",
    ),
    ("h", "SPECIAL FACTORS"),
    ("p", "Behavior Impedes Learning: Yes — see Behavior Intervention Plan (Attachment A)"),
    ("p", "Assistive Technology Needed: Yes — text-to-speech software"),
    (
        "p",
        "Communication Needs: No     Limited English Proficiency: No     Blind/Visually Impaired: No     Deaf/Hard of "
        "Hearing: No",
    ),
    ("h", "TRANSPORTATION"),
    ("p", "Transportation: Regular (general education) bus — no special transportation"),
    ("h", "IEP TEAM MEMBERS"),
    (
        "table",
        [
            ["Name", "Role", "Attended", "Signed"],
            ["Renata Fisk", "Parent", "Yes", "2026-10-05"],
            ["Marcus Aldana", "Parent", "Yes (video)", "2026-10-06"],
            ["Corbin Aldana-Fisk", "Student", "Yes (part)", ""],
            ["Priya Halloran", "Special Education Teacher / Case Manager", "Yes", "2026-10-05"],
            ["Hollis Wendt", "General Education Teacher (Science 7)", "Yes", "2026-10-05"],
            ["Gideon Strand", "Assistant Principal / LEA Representative", "Yes", "2026-10-05"],
            ["Dr. Lionel Achterberg", "School Psychologist", "Yes", "2026-10-05"],
            ["Marisol Etxeberria, LCSW", "School Social Worker", "Yes", "2026-10-05"],
        ],
    ),
    ("page",),
    ("h", "ATTACHMENT A — BEHAVIOR INTERVENTION PLAN (BIP)"),
    ("p", "Student: Corbin J. Aldana-Fisk     Date Developed: 2026-10-05     FBA Completed: 2026-09-22"),
    ("p", "FBA Conducted By: Dr. Lionel Achterberg, School Psychologist"),
    (
        "p",
        "Target Behavior 1: Leaving the classroom without permission (walking into the hallway or staying in the restroom "
        "for more than 5 minutes).",
    ),
    ("p", "Target Behavior 2: Putting head down and refusing to begin written or reading tasks for more than 3 minutes."),
    (
        "p",
        "Hypothesized Function: Escape/avoidance of reading-heavy and writing tasks that Corbin finds difficult; secondary "
        "function is access to adult attention in the hallway.",
    ),
    ("h", "Prevention Strategies"),
    ("p", "- Preview reading tasks at the start of class and chunk long assignments into smaller parts"),
    ("p", "- Offer text-to-speech or a partner reader for content-area text"),
    ("p", "- Give advance notice before any read-aloud and never cold-call Corbin to read"),
    ("p", "- Seat Corbin near instruction and away from the door"),
    ("h", "Replacement Behaviors"),
    ("p", "- Show the break card to take a 5-minute break at the designated spot (up to 3 breaks per class)"),
    ("p", '- Use the "help" card or raise his hand to ask for help starting a task'),
    ("p", "- Social worker will teach and practice these skills during social work sessions"),
    ("h", "Reinforcement"),
    (
        "p",
        "Corbin will check in each morning and check out each afternoon with Mr. Gideon Strand, Assistant Principal, using a "
        "daily point sheet (daily, 10 min total). Teachers award points each period for staying in class and starting work. "
        "Earning 80% of daily points for 4 out of 5 days earns 10 minutes of robotics lab time on Fridays.",
    ),
    ("h", "Response Strategies"),
    (
        "p",
        "If Corbin leaves the classroom without permission: the teacher calls the main office, and an adult walks with him "
        "back to class without lecturing or arguing. Staff calmly remind him of the break card and help him begin the first "
        "step of the task. Missed work is completed during the next study hall, not as a punishment. This plan does not "
        "include physical restraint or seclusion.",
    ),
    ("h", "Data Collection and Review"),
    (
        "p",
        "Data source: daily point sheet and teacher incident log. The case manager will review the data every 4 weeks and "
        "will share a summary with both parents monthly by email.",
    ),
    (
        "p",
        "BIP reviewed and agreed by: Priya Halloran, Dr. Lionel Achterberg, Gideon Strand, Marisol Etxeberria, Renata Fisk, "
        "Marcus Aldana",
    ),
    ("p", "ClearPath IEP Manager v8.2 — Confidential student record. Page footer: Aldana-Fisk, Corbin J. — IEP 2026-10-05"),
]


BOXELDER = [
    ("h", "Brantley Valley Regional School District — Individualized Education Program"),
    ("p", "Cedar Hollow High School · Department of Student Services · 900 Ridgeback Road"),
    ("h", "Overview"),
    (
        "p",
        "This Individualized Education Program was written at an annual review meeting held on November 3, 2026, at Cedar "
        "Hollow High School for Tamsin Okafor-Lindqvist, an eleventh-grade student (date of birth August 9, 2009). The IEP "
        "is in effect from November 4, 2026 through November 2, 2027, and the team will meet again for the annual review on "
        "or before that date. Tamsin's most recent reevaluation was completed on 2-25-25, and her next reevaluation must be "
        "completed by 2-24-28.",
    ),
    (
        "p",
        "Tamsin continues to be eligible for special education under the category of Autism. She also has epilepsy, which is "
        "addressed in the Individualized Health Plan summarized later in this document. Her case manager is Mr. Desmond "
        "Fairweather, special education teacher, Room B-207, extension 4410. Her parents are Olumide Okafor and Britt "
        "Lindqvist.",
    ),
    ("h", "Strengths, Interests, and Preferences"),
    (
        "p",
        "Tamsin is a talented visual artist. She earned an A in Digital Art I and II, designed the poster for the fall drama "
        "production, and teaches herself new design software from online tutorials. She has a strong memory for facts, is "
        "punctual, and follows classroom rules carefully. She prefers written directions to spoken ones and does her best "
        "work in quiet settings.",
    ),
    ("h", "Parent and Student Concerns"),
    (
        "p",
        "Mr. Okafor and Ms. Lindqvist are worried that Tamsin eats lunch alone most days and has no friends she sees outside "
        "of school. They want her to learn to ride the county bus on her own before she graduates, and they want her to stay "
        "in college-preparatory classes. Ms. Lindqvist also asked that every teacher know what to do if Tamsin has a "
        "seizure.",
    ),
    (
        "p",
        "Tamsin said she wants teachers to stop checking in with her in front of classmates, and she wants to take Advanced "
        'Digital Art next year. She said the cafeteria is "too loud to think" and that group projects are the hardest part '
        "of school.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Academics: Tamsin is enrolled in college-preparatory general education classes: English 11, U.S. History, Algebra "
        "II, Chemistry, and Digital Art II, and has a cumulative GPA of 3.1. Her reading and math skills are at grade level. "
        "Her written responses contain accurate content but are poorly organized; on the district writing rubric her average "
        "organization score this fall was 1.5 out of 4.",
    ),
    (
        "p",
        "Social communication: In observations across English and Chemistry, Tamsin contributed on-topic comments during "
        "group work in 1 of 5 observed sessions. She answers direct questions from peers but rarely begins a conversation, "
        "and she has difficulty joining in when several classmates are talking at once.",
    ),
    (
        "p",
        "Self-advocacy and independence: Tamsin asked a teacher for her accommodations on her own in about 20% of "
        "opportunities this fall; most of the time her case manager made the request for her. She has ridden the county bus "
        "only with a parent.",
    ),
    (
        "p",
        "Sensory and regulation: Loud, crowded settings (cafeteria, hallways between periods, pep rallies) cause Tamsin to "
        "shut down or leave the area. Noise-reducing headphones help her stay on task during independent work.",
    ),
    ("page",),
    ("h", "Postsecondary Transition Plan"),
    (
        "p",
        "Transition assessments: Tamsin completed the Career Pathways Interest Inventory on September 14, 2026, a student "
        "transition interview on 9/21/2026, and her parents completed a transition questionnaire. Results show strong "
        "interest in visual arts, design, and printing, and a preference for jobs with predictable routines.",
    ),
    (
        "p",
        "Postsecondary education/training goal: After graduation, Tamsin will enroll in the Associate of Applied Science "
        "program in Graphic Design at Marlow County Community College.",
    ),
    (
        "p",
        "Employment goal: While attending college, Tamsin will work part-time as a print shop production assistant or "
        "graphic design assistant.",
    ),
    (
        "p",
        "Independent living goal: Tamsin will use public transit on her own to get to college and work, and will manage her "
        "own daily medication schedule.",
    ),
    (
        "p",
        "Course of study: Tamsin is working toward a standard high school diploma, with an expected graduation date of June "
        "2028. Her course of study includes four years of college-preparatory English and math, and Advanced Digital Art and "
        "Print Production in grade 12.",
    ),
    (
        "table",
        [
            ["Transition service / activity", "Responsible", "Timeline"],
            ["Referral to the State Office of Vocational Rehabilitation (OVR)", "Case manager and parents", "by 3-14-27"],
            [
                "Visit Marlow County Community College Disability Resource Center",
                "Transition coordinator Ingrid Solberg-Haas",
                "Spring 2027",
            ],
            [
                "Travel training on county bus Route 12",
                "Transition coordinator",
                "2 sessions per month, 90 minutes each, beginning January 2027",
            ],
            ["Job shadow at Pressline Print & Sign", "Transition coordinator and Tamsin", "by May 2027"],
        ],
    ),
    (
        "p",
        "Transfer of rights at age of majority: On November 3, 2026, Tamsin and her parents were told that when Tamsin turns "
        "18 on August 9, 2027, all rights under the Individuals with Disabilities Education Act transfer to her. Tamsin and "
        "her parents received written information about supported decision-making.",
    ),
    ("h", "Measurable Annual Goals"),
    (
        "p",
        "Goal 1 (Social communication): By November 2, 2027, during structured group work in general education classes, "
        "Tamsin will make at least two on-topic comments or questions per group session in 4 of 5 observed sessions, as "
        "measured by a teacher observation checklist. Baseline: 1 of 5 observed sessions.",
    ),
    (
        "p",
        "Goal 2 (Written expression): Using a graphic organizer she completes herself, Tamsin will write argumentative and "
        "analytical essays that score 3 or higher out of 4 on the organization strand of the district writing rubric on 3 "
        "consecutive assignments. Baseline: average score of 1.5 out of 4.",
    ),
    (
        "p",
        "Goal 3 (Self-advocacy): Tamsin will request her accommodations from teachers herself, in person or by email, in 80% "
        "of opportunities over a marking period, as measured by a case manager tracking log. Baseline: about 20% of "
        "opportunities.",
    ),
    (
        "p",
        "Goal 4 (Independent travel): Tamsin will plan and complete a round trip on county bus Route 12 between school and "
        "the community college campus with no more than 1 prompt from the transition coordinator on 3 consecutive trips. "
        "Baseline: has ridden the bus only with a parent.",
    ),
    (
        "p",
        "Progress on each goal will be reported in writing at the end of each marking period (four times per year), on the "
        "IEP Progress Report sent home with the report card.",
    ),
    ("page",),
    ("h", "Special Education, Related Services, and Supports"),
    (
        "p",
        "Tamsin will receive social communication instruction from the speech-language pathologist, Mrs. Harriet "
        "Ngata-Brooks, for 60 minutes per week in a small group in the speech room, delivered as two 30-minute sessions. "
        "Sessions are scheduled during Learning Lab so that Tamsin does not miss core classes.",
    ),
    (
        "p",
        "Tamsin will attend the Learning Lab, a special education support class taught by Mr. Fairweather, 84 minutes every "
        "other day (B-days). Learning Lab focuses on writing organization, planning long-term assignments, and "
        "self-advocacy.",
    ),
    (
        "p",
        "Tamsin will receive individual counseling from the school counselor, Mr. Yusuf Delacroix-Hale, 20 minutes weekly, "
        "focused on managing anxiety and problem-solving with peers.",
    ),
    ("p", "The case manager will consult with each of Tamsin's general education teachers for 15 minutes per month."),
    ("h", "Accommodations"),
    ("p", "All of Tamsin's teachers will provide the following accommodations in their classes:"),
    ("p", "- Extended time of time and a half on tests, quizzes, and major assignments"),
    ("p", "- Noise-reducing headphones during independent work and tests"),
    ("p", "- Graphic organizers for all written assignments longer than one paragraph"),
    ("p", "- Private check-ins, not in front of classmates"),
    ("p", "- Advance notice of schedule changes, substitutes, and fire drills when possible"),
    ("p", "- Permission to leave class 3 minutes early to avoid crowded hallways"),
    ("p", "- Option to eat lunch in the library conference room up to 3 days per week"),
    ("p", "- Assigned roles in group projects, given in writing"),
    ("h", "State and District Testing"),
    (
        "p",
        "Tamsin will take the statewide Grade 11 College and Career Readiness Exam in spring 2027 with these accommodations: "
        "time and a half, a small-group setting of no more than 8 students, and noise-reducing headphones. She does not meet "
        "the criteria and is not eligible for the alternate assessment. She will take district midterm and final exams with "
        "the same accommodations.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Tamsin spends approximately 86% of her school day in general education classes with non-disabled peers. She is "
        "removed from general education only for Learning Lab and for speech-language sessions, which take place during "
        "Learning Lab. The team considered full-time general education with consultation only, and rejected it because "
        "Tamsin needs direct instruction in writing organization and social communication that cannot be provided in her "
        "general education classes.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "The team reviewed data from the past two summers and found that Tamsin loses independent travel and social "
        "communication skills over long breaks and takes more than eight weeks to regain them. Tamsin is eligible for "
        "extended school year services in summer 2027: travel training and a social communication group, 2 times per week "
        "for 45 minutes, from July 6 through July 29, 2027.",
    ),
    ("h", "Individualized Health Plan (Summary)"),
    (
        "p",
        "Tamsin has epilepsy with generalized tonic-clonic seizures; her last seizure at school was in March 2026. Her full "
        "Seizure Action Plan is on file with the school nurse, Ms. Colleen Abernathy-Vu, RN. She takes her daily seizure "
        "medication at home. A rescue medication is kept in the nurse's office and goes with her on field trips. Known "
        "triggers are missed sleep, skipped meals, and illness.",
    ),
    (
        "p",
        "If Tamsin has a seizure in class: stay with her, time the seizure, move objects away, place her on her side once "
        "the shaking stops, and call the school nurse right away. Call 911 if the seizure lasts longer than 5 minutes or if "
        "a second seizure follows. All of Tamsin's teachers completed seizure response training on October 20, 2026.",
    ),
    ("page",),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Position", "Signature", "Date"],
            ["Tamsin Okafor-Lindqvist", "Student", "Tamsin O-L", "11/03/2026"],
            ["Olumide Okafor", "Parent", "O. Okafor", "11/03/2026"],
            ["Britt Lindqvist", "Parent", "B. Lindqvist", "11/03/2026"],
            ["Desmond Fairweather", "Special Education Teacher / Case Manager", "D. Fairweather", "11/03/2026"],
            ["Renée Castellanos-Bright", "General Education Teacher (English 11)", "R. Castellanos-Bright", "11/03/2026"],
            ["Harriet Ngata-Brooks", "Speech-Language Pathologist", "H. Ngata-Brooks", "11/03/2026"],
            ["Ingrid Solberg-Haas", "Transition Coordinator", "I. Solberg-Haas", "11/03/2026"],
            [
                "Dr. Amos Kettleworth",
                "Assistant Director of Student Services (district representative)",
                "A. Kettleworth",
                "11/03/2026",
            ],
        ],
    ),
    (
        "p",
        "Parents were given a copy of the Procedural Safeguards on November 3, 2026, and a copy of this IEP on November 6, 2026.",
    ),
    ("h", "IEP Amendment Without a Meeting"),
    ("p", "Date of amendment: January 12, 2027"),
    (
        "p",
        "By written agreement of the parents and the district, the IEP dated November 3, 2026 is changed as follows. All "
        "other parts of the IEP stay the same.",
    ),
    (
        "p",
        "1. Counseling is increased from 20 minutes weekly to 30 minutes weekly (individual), starting January 19, 2027. "
        "Tamsin asked for more time with the counselor to work on test anxiety and on joining conversations at lunch.",
    ),
    (
        "p",
        "2. New accommodation: Tamsin may take tests in the Learning Lab (Room B-207) instead of the general education "
        "classroom.",
    ),
    (
        "p",
        "Agreed by: Britt Lindqvist, parent, 1/12/27; Desmond Fairweather, case manager, 1/12/27. A copy of the amended IEP "
        "was sent to all of Tamsin's teachers on 1/13/27.",
    ),
]


COTTONWOOD = [
    ("h", "STATE OF NORTH PLAINS — INDIVIDUALIZED EDUCATION PROGRAM (IEP)"),
    ("p", "Form SE-4 (Rev. 07/2025) · Tallow Creek School District #41 · Department of Student Services"),
    ("p", "CONFIDENTIAL STUDENT RECORD"),
    ("h", "Section 1. Student and Meeting Information"),
    (
        "table",
        [
            ["Student name", "Mateo J. Alvarado-Keene", "Date of birth", "06/11/2017"],
            ["Grade", "3", "Student ID", "41-0098213"],
            ["School of attendance", "Birchline Elementary School", "School of residence", "Birchline Elementary School"],
            ["Parent/guardian", "Lucía Alvarado and Bennett Keene", "Home phone", "(555) 214-8876"],
            ["Home language", "English and Spanish", "Interpreter needed", "☐ Yes ☒ No"],
            ["Meeting date", "10/02/2026", "IEP start date", "10/06/2026"],
            ["IEP end date", "10/01/2027", "Annual review due by", "10/01/2027"],
            ["Date of most recent evaluation", "04/22/2025", "Reevaluation due by", "04/21/2028"],
            ["Case manager", "Tamsin Okafor, Special Education Teacher", "Case manager phone", "(555) 214-3390 ext. 118"],
        ],
    ),
    ("p", "Type of meeting: ☐ Initial ☒ Annual review ☐ Reevaluation ☐ Amendment ☐ Transfer"),
    ("p", "Primary disability category: Autism     Secondary disability category: Speech or Language Impairment"),
    ("p", "Eligibility was reconfirmed at the reevaluation meeting on 04/22/2025."),
    ("h", "Section 2. IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Participation"],
            ["Lucía Alvarado", "Parent (mother)", "☒ In person"],
            ["Bennett Keene", "Parent (father)", "☒ By phone"],
            ["Tamsin Okafor", "Special education teacher / case manager", "☒ In person"],
            ["Gregory Nwosu-Platt", "General education teacher (Grade 3)", "☒ In person"],
            ["Harriet Lindqvist, M.S., CCC-SLP", "Speech-language pathologist", "☒ In person"],
            ["Dev Ramaswamy, OTR/L", "Occupational therapist", "☒ Written input submitted"],
            ["Dr. Colette Ambrose", "Principal / district representative (LEA)", "☒ In person"],
            ["Yusuf Terranova, BCBA", "District behavior specialist", "☒ In person"],
        ],
    ),
    ("h", "Section 3. Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "3.1 Strengths and interests: Mateo is a curious, friendly third grader who knows a great deal about trains, weather "
        "and maps. He has strong math computation skills and earned 92% on the district addition and subtraction benchmark "
        "in September. He follows a visual schedule well and enjoys helping his teacher set up science materials.",
    ),
    (
        "p",
        "3.2 Parent concerns: Ms. Alvarado and Mr. Keene are most worried about Mateo's meltdowns during transitions, "
        "especially coming in from recess, and about his reading, which they feel is falling further behind his classmates. "
        "They asked that the school send home a daily behavior sheet and that homework be kept to 20 minutes a night. They "
        "would also like Mateo to have more chances to play with other children at recess.",
    ),
    (
        "p",
        "3.3 Reading: On curriculum-based measurement probes given in September 2026, Mateo read 38 words correct per minute "
        "(wcpm) on grade 2 passages with 88% accuracy. The grade 3 fall benchmark is 70 wcpm. He decodes short-vowel and "
        "silent-e words but has difficulty with vowel teams and multisyllabic words. His comprehension is stronger when text "
        "is read to him: he answered 7 of 10 literal questions about a grade 3 passage read aloud.",
    ),
    (
        "p",
        "3.4 Math: Mateo performs at grade level in computation. Word problems are difficult because of the reading load; "
        "when problems are read aloud his accuracy rises from 40% to 75%.",
    ),
    (
        "p",
        "3.5 Communication: Mateo speaks in full sentences but has difficulty keeping a back-and-forth conversation going. "
        "During structured observations he sustained an average of 2 conversational exchanges with a peer before changing "
        "the topic or walking away. He repeats scripted phrases from videos when he is anxious.",
    ),
    (
        "p",
        "3.6 Social/emotional and behavior: Mateo averages 4 behavior incidents per week (dropping to the floor, screaming, "
        "or leaving the classroom area), nearly all during transitions, after recess and when a preferred activity ends. He "
        "completed transitions independently within 2 minutes in 40% of observed transitions (baseline data "
        "09/08/2026–09/25/2026).",
    ),
    (
        "p",
        "3.7 Fine motor: Mateo's handwriting is large and hard to read; when copying a 5-word sentence from the board, 2 of "
        "5 words are legible. He tires quickly during writing tasks.",
    ),
    (
        "p",
        "3.8 How the disability affects involvement and progress in the general curriculum: Mateo's autism affects his "
        "social communication, his ability to handle changes in routine, and his reading decoding, which limits his access "
        "to grade-level text in all subjects without specialized instruction and supports.",
    ),
    ("page",),
    ("h", "Section 4. Special Factors"),
    (
        "p",
        "4.1 Does the student's behavior impede his/her learning or that of others? ☒ Yes ☐ No — If yes, a Behavior "
        "Intervention Plan (BIP) is required. See Attachment A.",
    ),
    ("p", "4.2 Does the student have communication needs? ☒ Yes ☐ No"),
    ("p", "4.3 Is the student an English learner? ☐ Yes ☒ No"),
    ("p", "4.4 Is the student blind or visually impaired? ☐ Yes ☒ No"),
    ("p", "4.5 Is the student deaf or hard of hearing? ☐ Yes ☒ No"),
    ("h", "Section 5. Measurable Annual Goals"),
    (
        "table",
        [
            ["#", "Annual goal", "Baseline", "Criteria / target", "Measured by", "Responsible"],
            [
                "1",
                "Reading fluency: Given a grade 3 passage, Mateo will read aloud with accuracy and fluency.",
                "38 wcpm on grade 2 passages, 88% accuracy",
                "70 wcpm on grade 3 passages with 95% accuracy on 3 of 4 consecutive probes",
                "Biweekly CBM probes",
                "Special education teacher",
            ],
            [
                "2",
                "Communication: During a structured peer activity, Mateo will maintain a conversation on a topic chosen by the "
                "peer.",
                "Average of 2 conversational exchanges",
                "4 conversational exchanges in 4 of 5 opportunities",
                "SLP data sheets",
                "Speech-language pathologist",
            ],
            [
                "3",
                "Behavior: Using his visual schedule and a 2-minute warning, Mateo will move between activities without dropping "
                "to the floor, screaming or leaving the area.",
                "40% of transitions",
                "80% of transitions for 2 consecutive weeks",
                "Daily behavior sheet",
                "Special education teacher; general education teacher",
            ],
            [
                "4",
                "Fine motor: Mateo will copy a 5-word sentence from a near-point model with legible letters and spacing.",
                "2 of 5 words legible",
                "5 of 5 words legible in 4 of 5 trials",
                "Work samples",
                "Occupational therapist",
            ],
            [
                "5",
                "Social skills: Mateo will join a peer game at recess using a learned entry phrase.",
                "0 times per week without an adult prompt",
                "3 times per week for 4 consecutive weeks",
                "Recess observation log",
                "Special education teacher",
            ],
        ],
    ),
    (
        "p",
        "Progress toward annual goals will be reported to parents: ☐ monthly ☒ every 9 weeks, with the report card ☐ other: "
        "________",
    ),
    ("p", "Method: ☒ Written progress report ☐ Conference ☐ Other"),
    ("h", "Section 6. Accommodations, Modifications and Supplementary Aids and Services"),
    (
        "table",
        [
            ["Accommodation / support", "Setting(s)", "Frequency"],
            ["Visual schedule posted at desk and reviewed each morning", "All settings", "Daily"],
            [
                "2-minute verbal and visual warning before transitions",
                "All settings, including specials and recess",
                "Before every transition",
            ],
            ["Preferential seating near the teacher and away from the door", "General education classroom", "Daily"],
            ["Noise-reducing headphones", "Independent work, assemblies, cafeteria", "As needed"],
            ["Sensory breaks using a break card", "All settings", "Up to 3 per day, 5 minutes each"],
            ["Directions broken into 1–2 steps and repeated", "All academic classes", "Daily"],
            ["Math and science text and word problems read aloud", "Math, science", "Daily"],
            ["Reduced written work: complete every other practice problem", "Math", "Daily"],
            ["Daily behavior sheet sent home in folder", "Home-school communication", "Daily"],
            ["Homework limited to 20 minutes per night", "Home", "Each school night"],
        ],
    ),
    ("page",),
    ("p", "Section 6 (continued)"),
    ("p", "Modifications to curriculum: ☐ Yes ☒ No. Mateo is taught and graded on grade 3 standards."),
    (
        "p",
        "Supports for school personnel: The district behavior specialist will consult with the classroom team 60 minutes per "
        "month. Specials teachers (art, music, PE) and recess staff will be trained on the BIP by 10/16/2026.",
    ),
    ("h", "Section 7. Participation in State and District Assessments"),
    ("p", "Assessment: North Plains Assessment of Skills (NPAS), Grade 3 English Language Arts and Mathematics, spring 2027."),
    ("p", "☐ General assessment without accommodations ☒ General assessment with accommodations ☐ Alternate assessment (NP-ALT)"),
    ("p", "Testing accommodations (must also be used during classroom instruction):"),
    ("p", "• Small group setting (no more than 6 students)"),
    ("p", "• Extended time: time and a half"),
    ("p", "• Frequent breaks (after each section, or when requested with the break card)"),
    ("p", "• Text-to-speech for mathematics items only"),
    ("p", "• Noise-reducing headphones"),
    (
        "p",
        "Note: Read-aloud or text-to-speech is not permitted on the ELA reading passages because it would invalidate the "
        "reading score.",
    ),
    ("p", "District benchmark assessments (fall, winter and spring): same accommodations as above."),
    ("h", "Section 8. Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Frequency / duration", "Start", "End"],
            [
                "Specialized academic instruction — reading",
                "Special education teacher",
                "Resource room",
                "45 min daily",
                "10/06/2026",
                "10/01/2027",
            ],
            [
                "Specialized academic instruction — social skills group",
                "Special education teacher",
                "Resource room",
                "30 minutes, 1x weekly",
                "10/06/2026",
                "10/01/2027",
            ],
            [
                "Speech-language therapy",
                "Speech-language pathologist",
                "Speech room (small group)",
                "SLP 30 min 2x/wk",
                "10/06/2026",
                "10/01/2027",
            ],
            [
                "Occupational therapy",
                "Occupational therapist",
                "General education classroom and OT room",
                "3 sessions/month, 30 min",
                "10/06/2026",
                "10/01/2027",
            ],
            [
                "Behavior consultation (support for staff)",
                "District behavior specialist",
                "N/A",
                "60 minutes per month",
                "10/06/2026",
                "10/01/2027",
            ],
        ],
    ),
    ("page",),
    (
        "p",
        "Section 8 (continued): Up to 2 of the monthly speech-language sessions may be provided as push-in sessions in the "
        "general education classroom at the SLP's discretion, so Mateo can practice conversation with classmates.",
    ),
    ("h", "Section 9. Least Restrictive Environment (LRE)"),
    ("p", "Mateo will spend approximately 83% of his school day in the general education classroom."),
    (
        "p",
        "Placement: ☒ Inside regular class 80% or more of the day ☐ Inside regular class 40–79% of the day ☐ Inside regular "
        "class less than 40% of the day ☐ Separate school",
    ),
    (
        "p",
        "Explanation of removal: Mateo is removed from general education for reading instruction in the resource room (45 "
        "minutes daily), the social skills group and speech-language therapy, because he needs small-group, explicit "
        "instruction that cannot be provided in the general classroom at this time. He participates with nondisabled peers "
        "in general education math, science, social studies, art, music, PE, lunch and recess.",
    ),
    ("h", "Section 10. Extended School Year (ESY)"),
    ("p", "Does the student require ESY services? ☒ Yes ☐ No ☐ Decision deferred"),
    (
        "p",
        "Reason: Data from summer 2026 showed significant regression in conversational skills that took more than 6 weeks to "
        "recoup.",
    ),
    (
        "p",
        "ESY services: speech-language therapy, 30 minutes, 2 times per week, for 5 weeks (June 21, 2027 – July 23, 2027), "
        "at the Tallow Creek summer site (Pineview Elementary).",
    ),
    ("h", "Section 11. Transportation"),
    ("p", "Does the student require special transportation as a related service? ☒ Yes ☐ No"),
    (
        "p",
        "Description: Door-to-door transportation on a small bus with an adult bus monitor. Pick-up and drop-off at the "
        "family home (4410 Alder Bend Road). One-way ride time should not exceed 45 minutes. The bus monitor will receive a "
        "copy of the BIP.",
    ),
    ("h", "Section 12. Prior Written Notice and Consent"),
    (
        "p",
        "The district proposes to implement the IEP as written. Options considered and rejected: full-time general education "
        "without resource room reading (rejected because Mateo's reading gap is widening) and a separate autism classroom "
        "(rejected as more restrictive than necessary).",
    ),
    (
        "p",
        "☒ I agree with this IEP and give consent for it to be implemented. ☐ I agree with parts of this IEP. ☐ I do not "
        "agree with this IEP.",
    ),
    (
        "table",
        [
            ["Signature", "Role", "Date"],
            ["Lucía Alvarado (signed)", "Parent", "10/02/2026"],
            ["Bennett Keene (signed electronically)", "Parent", "10/03/2026"],
            ["Tamsin Okafor (signed)", "Case manager", "10/02/2026"],
            ["Dr. Colette Ambrose (signed)", "LEA representative", "10/02/2026"],
        ],
    ),
    (
        "p",
        "The next IEP meeting will be held on or before 10/01/2027. Parents may request a meeting at any time by contacting "
        "the case manager.",
    ),
    ("p", "A copy of the procedural safeguards notice was given to the parents on 10/02/2026."),
    ("page",),
    ("h", "Attachment A — Behavior Intervention Plan (BIP)"),
    (
        "p",
        "Student: Mateo Alvarado-Keene     BIP date: 10/02/2026     Functional behavior assessment (FBA) completed: "
        "09/25/2026 by Yusuf Terranova, BCBA",
    ),
    ("p", "Target behavior: Dropping to the floor, screaming, or leaving the assigned area (eloping) during transitions."),
    (
        "p",
        "Hypothesized function: To escape or delay the end of a preferred activity and the start of a non-preferred task, "
        "especially after recess and before writing.",
    ),
    (
        "p",
        "Replacement behavior: Mateo will hand an adult his break card or say “I need a break” and take a 5-minute break in "
        "the calm corner.",
    ),
    (
        "p",
        "Prevention strategies: visual schedule; 2-minute warning with a sand timer; first/then card (for example, “first "
        "math, then trains”); a preferred object to carry during the transition; seat away from the door.",
    ),
    (
        "p",
        "Reinforcement: Mateo earns a sticker on his train chart for each transition completed without the target behavior; "
        "10 stickers earn 10 minutes of choice time with a peer at the end of the day.",
    ),
    (
        "p",
        "Response to target behavior: Staff will use few words, reduce demands, offer the break card and keep him safe. "
        "Staff will not chase Mateo if he leaves the area but will follow at a distance and notify the office if he leaves "
        "the building. Physical restraint is not part of this plan.",
    ),
    (
        "p",
        "Data collection: The classroom teacher records each transition on the daily behavior sheet; the case manager graphs "
        "the data weekly.",
    ),
    ("p", "Communication with home: The daily behavior sheet goes home in Mateo's blue folder every day."),
    ("p", "BIP review: The team will review the BIP within 8 weeks, by 11/27/2026, or sooner if incidents increase."),
]


GINKGO = [
    ("h", "PathwayIEP — Individualized Education Program"),
    ("p", "Larkspur County Public Schools | Office of Exceptional Learners"),
    ("p", "Report printed: 2027-01-19 14:32 | Plan status: FINAL"),
    ("h", "Student Information"),
    ("p", "Student Name: Elena M. Vyborny"),
    ("p", "Student ID: 2030-44817"),
    ("p", "Date of Birth: 2011-03-08"),
    ("p", "Age at Meeting: 15"),
    ("p", "Grade: 10"),
    ("p", "School: Ridgeway High School"),
    ("p", "Primary Disability: Other Health Impairment (ADHD, combined presentation)"),
    ("p", "Secondary Disability: Specific Learning Disability (Written Expression)"),
    ("p", "Case Manager: Desmond Achterberg"),
    ("p", "Case Manager Email: d.achterberg@larkspur-schools.example"),
    ("p", "Parent/Guardian 1: Marisol Vyborny (mother) | 555-017-4420"),
    ("p", "Parent/Guardian 2: Tomas Vyborny (father) | 555-017-9903"),
    ("h", "Plan Dates"),
    (
        "table",
        [
            ["Field", "Value"],
            ["Meeting Type", "Annual Review"],
            ["IEP Meeting Date", "2027-01-14"],
            ["IEP Start Date", "2027-01-20"],
            ["IEP End Date", "2028-01-13"],
            ["Annual Review Due", "2028-01-13"],
            ["Last Eligibility Determination", "2025-11-03"],
            ["Next Re-evaluation Due", "2028-11-02"],
            ["Anticipated Graduation", "June 2029"],
            ["Diploma Type", "Standard Diploma"],
        ],
    ),
    ("h", "Meeting Participants"),
    (
        "table",
        [
            ["Name", "Role", "Attendance"],
            ["Elena Vyborny", "Student", "Present"],
            ["Marisol Vyborny", "Parent", "Present"],
            ["Tomas Vyborny", "Parent", "Excused (written input)"],
            ["Desmond Achterberg", "Special Education Teacher / Case Manager", "Present"],
            ["Ruth-Ann Pellegrino", "General Education Teacher (English 10)", "Present"],
            ["Carlos Mbeki-Hart", "School Psychologist", "Present"],
            ["Noor Haddadin", "School Social Worker", "Present"],
            ["Wendell Fairbairn", "Transition Coordinator", "Present"],
            ["Janine Okonkwo-Lee", "Assistant Principal (LEA Representative)", "Present"],
        ],
    ),
    ("h", "Student Strengths, Preferences and Interests"),
    (
        "p",
        "Strengths: Elena is a hardworking, funny student who loves animals and volunteers on weekends at a horse rescue. "
        "She contributes strongly to class discussion and earned a B+ in Biology first semester. She prefers hands-on tasks "
        "and works best early in the day.",
    ),
    ("h", "Parent/Guardian and Student Input"),
    (
        "p",
        "Parent Concerns: Mrs. Vyborny is concerned that Elena's grades drop because of missing assignments rather than low "
        "test scores, and that long writing assignments cause arguments at home. Both parents want Elena to take the SAT "
        "with accommodations and to learn to ask teachers for help on her own.",
    ),
    ("p", "Student Input: Elena wants “fewer reminders in front of everyone” and would rather have a private check-in."),
    ("page",),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    ("p", "Area: Written Expression"),
    (
        "p",
        "Current Performance: On the district argumentative writing rubric (4-point scale), Elena's average score on three "
        "first-semester essays was 1.5. Her ideas are strong, but her essays lack a clear thesis, paragraphs are not "
        "organized, and she rarely uses evidence from the text. When she uses speech-to-text and a graphic organizer, her "
        "score rises to 2.5.",
    ),
    ("p", "Impact: Written expression affects her performance in English 10, World History and science lab reports."),
    ("p", "Area: Executive Functioning / Work Completion"),
    (
        "p",
        "Current Performance: During first semester, Elena turned in 52% of assignments on time across all classes "
        "(gradebook review, 2026-08-24 to 2026-12-18). She often starts assignments but does not finish or submit them, and "
        "she does not consistently use a planner.",
    ),
    (
        "p",
        "Impact: Missing work lowered her grades to a D in English 10 and a C- in World History even though her test "
        "averages were 78% and 81%.",
    ),
    ("p", "Area: Self-Advocacy"),
    (
        "p",
        "Current Performance: Elena asked for an accommodation on her own in 1 of 5 observed opportunities (case manager "
        "log, November–December 2026).",
    ),
    ("p", "Area: Health"),
    (
        "p",
        "Health Notes: Elena takes ADHD medication at home before school. No medication is administered at school. Vision "
        "and hearing screenings passed on 2026-09-15.",
    ),
    ("h", "Special Factors"),
    ("p", "Behavior Intervention Plan Required: No"),
    ("p", "Assistive Technology Needed: Yes (speech-to-text software on school-issued Chromebook)"),
    ("p", "Limited English Proficiency: No"),
    ("h", "Postsecondary Transition Plan"),
    (
        "p",
        "Transition Assessments: Career interest inventory (2026-10-05); Transition Planning Inventory (2026-12-11); student "
        "and parent interviews (2027-01-06).",
    ),
    (
        "p",
        "Postsecondary Goal – Education/Training: After high school, Elena will enroll in the two-year Veterinary Technology "
        "associate degree program at Larkspur Community College.",
    ),
    (
        "p",
        "Postsecondary Goal – Employment: After high school, Elena will work part-time as a veterinary assistant while "
        "completing her degree.",
    ),
    (
        "p",
        "Postsecondary Goal – Independent Living: Not needed at this time; team determined independent living skills are "
        "age-appropriate.",
    ),
    (
        "p",
        "Course of Study: Standard diploma, Health Sciences career pathway (Animal Science I in grade 11, Veterinary Science "
        "in grade 12).",
    ),
    (
        "table",
        [
            ["Transition Activity", "Responsible", "Target Date"],
            ["Job shadow at Cedar Fork Animal Hospital", "Transition Coordinator", "2027-04-30"],
            ["Complete a practice SAT with accommodations", "School Counselor; Student", "2027-03-20"],
            [
                "Tour Larkspur Community College Vet Tech program and disability services office",
                "Transition Coordinator; Parent",
                "2027-05-15",
            ],
            ["Referral to State Vocational Rehabilitation (VR)", "Case Manager", "2027-09-30"],
        ],
    ),
    (
        "p",
        "Transfer of Rights at Age of Majority: Elena and her parents will be informed of the transfer of rights at age 18 "
        "no later than 2028-03-08 (student's 17th birthday).",
    ),
    ("page",),
    ("h", "Measurable Annual Goals"),
    (
        "table",
        [
            ["Goal", "Area", "Annual Goal", "Baseline", "Mastery Criteria", "Evaluation Method"],
            [
                "1",
                "Written Expression",
                "Given a prompt and a graphic organizer, Elena will write a multi-paragraph argumentative essay with a clear "
                "thesis, organized body paragraphs and at least two pieces of cited evidence.",
                "Average rubric score of 1.5",
                "Score of 3 out of 4 on the district rubric on 3 consecutive essays",
                "Work samples scored with district rubric",
            ],
            [
                "2",
                "Executive Functioning",
                "Elena will record assignments in her digital planner and submit them by the due date.",
                "52% of assignments on time",
                "85% of assignments submitted on time for each grading period",
                "Gradebook review every 2 weeks",
            ],
            [
                "3",
                "Self-Advocacy (Transition)",
                "Elena will independently ask a teacher for an accommodation when she needs one.",
                "1 of 5 opportunities",
                "4 of 5 opportunities",
                "Case manager and teacher log",
            ],
        ],
    ),
    ("p", "Progress Reporting Frequency: Every grading period (4 times per year) through the PathwayIEP Parent Portal"),
    ("h", "Accommodations"),
    (
        "table",
        [
            ["Accommodation", "Applies To", "Conditions / Frequency"],
            ["Extended time on tests and quizzes (+50%)", "All academic classes", "All tests and quizzes"],
            [
                "Extended time on major written assignments",
                "English 10, World History, science lab reports",
                "Up to 2 additional school days",
            ],
            ["Speech-to-text software", "All classes", "Any written response longer than one paragraph"],
            ["Copy of teacher notes or slides", "All academic classes", "Provided at the start of each unit"],
            [
                "Long-term projects broken into checkpoints with separate due dates",
                "All classes",
                "Projects longer than one week",
            ],
            ["Private (non-public) reminders about missing work", "All classes", "As needed"],
            ["Reduced-distraction setting for tests", "All academic classes", "Unit tests, midterms and finals"],
            ["Movement break", "All classes", "One 5-minute break per class period on request"],
        ],
    ),
    ("p", "Modifications: None. Elena is working on grade-level standards toward a standard diploma."),
    (
        "p",
        "Supplementary Supports: Weekly check-in with case manager (Mondays, during Learning Strategies) to review her "
        "planner and grades.",
    ),
    ("page",),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Setting", "Provider", "Frequency", "Duration", "Start", "End"],
            [
                "Specialized Instruction – Written Expression (co-taught English 10)",
                "General Education",
                "Special Education Teacher",
                "Daily",
                "50 min",
                "2027-01-20",
                "2028-01-13",
            ],
            [
                "Learning Strategies (elective class)",
                "Special Education",
                "Special Education Teacher",
                "Every other day (B-days)",
                "90 min",
                "2027-01-20",
                "2028-01-13",
            ],
            [
                "Counseling (related service)",
                "Special Education",
                "School Social Worker",
                "2 sessions/month",
                "30 min",
                "2027-01-20",
                "2028-01-13",
            ],
            [
                "Transition Services",
                "General Education",
                "Transition Coordinator",
                "1.5 hrs per semester",
                "—",
                "2027-01-20",
                "2028-01-13",
            ],
        ],
    ),
    (
        "p",
        "Service Notes: Counseling focuses on frustration tolerance, organization and self-advocacy. Sessions are scheduled "
        "during study hall, not during core classes.",
    ),
    ("h", "Least Restrictive Environment"),
    ("p", "Percent of Time in General Education: 88%"),
    ("p", "LRE Category: Regular class 80% or more of the day"),
    (
        "p",
        "Removal Justification: Elena is removed only for the Learning Strategies class and counseling, where she receives "
        "direct instruction in organization, writing strategies and self-advocacy that cannot be delivered during content "
        "classes.",
    ),
    (
        "p",
        "Extracurricular/Nonacademic Participation: Elena participates fully in extracurricular activities, including the Ag "
        "Science Club, with no supports needed.",
    ),
    ("h", "State and District Assessments"),
    (
        "table",
        [
            ["Assessment", "Participation", "Accommodations"],
            [
                "English II End-of-Course Exam (spring 2027)",
                "General assessment with accommodations",
                "Extended time (150%); separate setting; speech-to-text for constructed responses",
            ],
            ["Biology End-of-Course Exam", "Completed spring 2026 (passed)", "—"],
            [
                "PSAT 10 / SAT School Day",
                "General assessment with accommodations",
                "Request for 50% extended time submitted to College Board by case manager on 2027-01-16; approval pending",
            ],
        ],
    ),
    ("h", "Extended School Year"),
    ("p", "ESY Eligible: No"),
    (
        "p",
        "ESY Determination Basis: Data collected after winter break (2027-01-05 to 2027-01-13) showed no significant "
        "regression; skills were recouped within one week.",
    ),
    ("h", "Transportation"),
    ("p", "Special Transportation Required: No"),
    ("p", "Transportation Notes: Elena rides the regular bus with her peers (Route 14)."),
    ("h", "Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Signed", "Method"],
            ["Marisol Vyborny", "Parent", "2027-01-14 16:05", "E-signature"],
            ["Elena Vyborny", "Student", "2027-01-14 16:06", "E-signature"],
            ["Desmond Achterberg", "Case Manager", "2027-01-14 16:10", "E-signature"],
            ["Janine Okonkwo-Lee", "LEA Representative", "2027-01-15 08:22", "E-signature"],
        ],
    ),
    (
        "p",
        "Consent: Parent consented to implementation of this IEP on 2027-01-14. A copy of the IEP was provided to the parent "
        "through the Parent Portal on 2027-01-19.",
    ),
]


HEMLOCK = [
    ("h", "Pell River School District — Section 504 Accommodation Plan"),
    ("p", "Marrowstone Middle School · 2200 Quarry Hill Road"),
    ("p", "This plan was developed at a Section 504 meeting held on February 10, 2027. It replaces the plan dated 2-12-26."),
    ("h", "Student"),
    (
        "p",
        "Owen Battista-Reyes is a twelve-year-old seventh grader (date of birth 5/30/2014) at Marrowstone Middle School. His "
        "homeroom and science teacher is Mrs. Adaeze Whitlock, room 114. Owen lives with his mother, Dana Battista, and his "
        "stepfather, Luis Reyes. The family prefers that the school contact Ms. Battista by text at 555-308-6127.",
    ),
    ("h", "Basis for Eligibility"),
    (
        "p",
        "Owen was diagnosed with type 1 diabetes in March 2021 and is followed by Dr. Samuel Adeyemi-Ward at Pell Valley "
        "Children's Hospital Endocrinology. He also has a diagnosis of generalized anxiety disorder, made by his outside "
        "therapist in 2025. The team reviewed medical records, the Diabetes Medical Management Plan (DMMP) signed 1-8-27, "
        "teacher reports, attendance records and parent input.",
    ),
    (
        "p",
        "The team determined that Owen has physical and mental impairments that substantially limit the major life "
        "activities of endocrine function, concentrating and thinking, and that he is eligible for a Section 504 plan. Owen "
        "does not need special education and is not eligible for an IEP at this time; the team made this decision on "
        "2-12-26, after an evaluation found that his grades and test scores are at or above grade level.",
    ),
    ("h", "Parent Concerns"),
    (
        "p",
        "Ms. Battista shared that Owen has had two low blood sugar episodes during PE this school year and that he sometimes "
        "skips checking his numbers because he does not want classmates to see. She is also worried about his anxiety before "
        "tests and presentations, which has led to stomachaches and three absences on test days this fall. She asked that "
        "all of Owen's teachers, including substitutes, know the signs of a low.",
    ),
    ("h", "Accommodations"),
    (
        "p",
        "The following accommodations apply in all classes, on field trips and during school-sponsored activities unless "
        "stated otherwise.",
    ),
    (
        "p",
        "Diabetes care. Owen may check his blood glucose with his continuous glucose monitor (CGM) and phone app, and may "
        "eat a snack or drink juice, at any time and in any location, including the classroom, the bus and the gym. He may "
        "carry his phone at all times for CGM alerts, even in classes where phones are normally collected. He may use the "
        "restroom and get water whenever he needs to without asking in front of the class; he will simply show his teacher a "
        "green pass card.",
    ),
    (
        "p",
        "Low blood sugar. If Owen feels low or his CGM reads below 70 mg/dL, he will never be sent to the nurse alone; an "
        "adult or a buddy must walk with him. If he cannot walk safely, staff will call the nurse to come to him.",
    ),
    (
        "p",
        "Missed work. Owen will have extra time without penalty to make up assignments and tests missed for diabetes care or "
        "medical appointments: one extra day for each day missed. If his blood glucose is below 70 or above 300 mg/dL at the "
        "start of a test, he may take the test at another time.",
    ),
    (
        "p",
        "Anxiety. Owen may use a cool-down pass to go to the counseling office for up to 10 minutes, no more than two times "
        "per day. Teachers will give Owen advance notice of schedule changes, substitute days and fire drills when possible. "
        "For oral presentations, Owen may present to the teacher alone or to a small group instead of the whole class. "
        "Teachers will not call on Owen to read aloud without asking him first.",
    ),
    (
        "p",
        "Classroom tests. Owen may take classroom tests in a small group setting and may take breaks as needed. Test time "
        "stops while he checks his blood sugar or treats a low or a high.",
    ),
    (
        "p",
        "PE and athletics. Owen will check his blood glucose before PE. If his reading is below 100 mg/dL, he should not "
        "start PE until he eats a 15-gram snack and rechecks. The PE teacher will keep a low kit in the gym office.",
    ),
    ("page",),
    ("h", "Services and Supports"),
    (
        "p",
        "School counselor Felix Odum will check in with Owen every Monday and Thursday for 15 minutes. Owen will also join "
        "the counselor's small anxiety-management group, 30 minutes once per week, from February through May 2027. Owen will "
        "check in with the school nurse daily at lunch (about 10 minutes) to review his CGM numbers and his insulin dose for "
        "lunch.",
    ),
    (
        "p",
        "Staff training. By 2/26/27 the school nurse will train all of Owen's teachers, the PE teacher, the cafeteria "
        "manager and the bus driver to recognize and treat low blood sugar. At least three staff members will be trained to "
        "give emergency glucagon.",
    ),
    ("h", "State Testing"),
    (
        "p",
        "Owen will take the Pell River State Assessment (PRSA) in English language arts, math and science in April 2027 as a "
        "general assessment with accommodations. His approved accommodations are testing in a small group or separate room, "
        "stop-the-clock breaks for diabetes care, access to his phone for CGM alerts (the proctor will keep it in view and "
        "it will not be used for anything else), snacks and water at his desk, and rescheduling a test session if his blood "
        "glucose is below 70 or above 300 mg/dL. Owen does not receive extended time on the state test, because the team "
        "agreed his anxiety is addressed by the small-group setting and breaks.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Owen rides regular bus route 22. The bus driver, Mr. Harlan Voss, will be trained and given a copy of the emergency "
        "section of the Individualized Health Plan. Owen may eat and drink on the bus and keeps a low kit in the front "
        "pocket of his backpack.",
    ),
    ("h", "Field Trips and After-School Activities"),
    (
        "p",
        "A trained staff member will go on every field trip and will carry Owen's glucagon and low kit. Owen's mother must "
        "be told about any field trip at least one week ahead so that pump supplies and snacks can be planned. Owen is a "
        "member of the after-school chess club; the club sponsor will also be trained.",
    ),
    ("h", "Plan Review"),
    (
        "p",
        "This plan will be reviewed at least once a year; the next review meeting must be held by 2/9/28. It may be reviewed "
        "sooner at the request of the parent or the school, or if Owen's DMMP changes. Owen's next Section 504 reevaluation "
        "is due in February 2030.",
    ),
    ("p", "504 Coordinator: Ilse Brannigan, Assistant Principal, ibrannigan@pellriver.example, 555-308-2000 ext. 2204"),
    ("h", "Meeting Participants and Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Dana Battista", "Parent", "Dana Battista", "2/10/2027"],
            ["Luis Reyes", "Stepparent", "Luis Reyes", "2/10/2027"],
            ["Owen Battista-Reyes", "Student", "Owen B-R", "2/10/2027"],
            ["Ilse Brannigan", "504 Coordinator / Assistant Principal", "I. Brannigan", "2/10/2027"],
            ["Felix Odum", "School Counselor", "F. Odum", "2/10/2027"],
            ["Ruth Kasprzak, RN", "School Nurse", "R. Kasprzak, RN", "2/10/2027"],
            ["Adaeze Whitlock", "Homeroom / Science Teacher", "A. Whitlock", "2/10/2027"],
            ["Marcus Del Toro", "PE Teacher", "(input by email)", "2/9/2027"],
        ],
    ),
    (
        "p",
        "The parent received a copy of this plan and the notice of parent and student rights under Section 504 on February "
        "10, 2027.",
    ),
    ("page",),
    ("h", "Attachment: Individualized Health Plan (IHP) — Type 1 Diabetes"),
    (
        "p",
        "Prepared by Ruth Kasprzak, RN, school nurse, on 02/03/2027 from the DMMP signed by Dr. Samuel Adeyemi-Ward. Nurse's "
        "office phone: 555-308-2011.",
    ),
    (
        "p",
        "Equipment: insulin pump, continuous glucose monitor with phone app, backup meter and test strips, low kit (glucose "
        "tablets, juice box, crackers), and glucagon nasal powder kept in the nurse's office and in the low kit bag that "
        "goes to PE and on field trips.",
    ),
    ("p", "Target range at school: 80–180 mg/dL."),
    (
        "table",
        [
            ["Situation", "Signs", "What staff should do"],
            [
                "Mild or moderate low (below 70 mg/dL)",
                "Shaky, sweaty, pale, irritable, confused, headache",
                "Give 15 grams of fast-acting sugar (4 glucose tablets or 4 oz of juice). Recheck in 15 minutes. Repeat if still "
                "below 70. Once above 70, give a snack if the next meal is more than 1 hour away. Do not leave him alone.",
            ],
            [
                "Severe low",
                "Cannot swallow, unresponsive, or seizure",
                "Give glucagon nasal powder (3 mg). Call 911. Turn him on his side. Call the nurse and the parent.",
            ],
            [
                "High (above 250 mg/dL)",
                "Thirst, frequent urination, tiredness, stomachache",
                "Allow water and restroom. Nurse checks ketones. If ketones are moderate or large, call the parent; no PE.",
            ],
            [
                "Pump failure or infusion site came out",
                "Pump alarm, rising readings",
                "Send to the nurse with a buddy. Nurse calls the parent to replace the site.",
            ],
        ],
    ),
    (
        "p",
        "Insulin at lunch: Owen counts the carbohydrates in his lunch and enters them into his pump; the nurse checks the "
        "dose daily. His insulin-to-carbohydrate ratio and correction factor are listed in the DMMP and are changed only by "
        "written order from his doctor.",
    ),
    (
        "p",
        "Emergency contacts: 1) Dana Battista (mother) 555-308-6127; 2) Luis Reyes (stepfather) 555-308-5590; 3) Pell Valley "
        "Children's Endocrinology 555-300-4100.",
    ),
    (
        "p",
        "Medication authorization expires at the end of the 2026–27 school year; the parent must submit new orders by 8/15/2027.",
    ),
]


BALSAM = [
    ("h", "Individualized Education Program (IEP)"),
    ("p", "Harlow Creek School District - Student Services Division"),
    ("p", "Generated by SpedTrack Online v8.2 | Printed: 10/09/2026 3:47 PM | Document Status: FINAL"),
    ("h", "Student Information"),
    ("p", "Student Name: Delphine R. Achterberg"),
    ("p", "Student ID: 20418836"),
    ("p", "Date of Birth: 05/22/2018 | Age at Meeting: 8"),
    ("p", "Grade: 3"),
    ("p", "School of Attendance: Wrenfield Elementary School"),
    ("p", "Parent/Guardian: Hannelore Achterberg (mother); Stefan Achterberg (father)"),
    ("p", "Home Address: 1187 Tamarind Court, Harlow Creek"),
    ("p", "Home Language: English | Student Language: English"),
    ("p", "Primary Disability: Specific Learning Disability"),
    ("p", "Secondary Disability: Speech or Language Impairment"),
    ("p", "Case Manager: Renata Kowalczyk, Special Education Teacher (ext. 4412)"),
    ("h", "Meeting Information"),
    ("p", "Meeting Type: Annual Review"),
    ("p", "IEP Meeting Date: 10/07/2026"),
    ("p", "IEP Start Date: 10/12/2026"),
    ("p", "IEP End Date / Next Annual Review Due: 10/06/2027"),
    ("p", "Date of Most Recent Evaluation: 02/12/2025"),
    ("p", "Next Reevaluation Due: 02/11/2028"),
    ("h", "IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Attended"],
            ["Hannelore Achterberg", "Parent", "Yes"],
            ["Stefan Achterberg", "Parent", "Yes (by phone)"],
            ["Renata Kowalczyk", "Special Education Teacher / Case Manager", "Yes"],
            ["Gideon Farrow", "General Education Teacher (Grade 3)", "Yes"],
            ["Maribel Osterhout, M.S., CCC-SLP", "Speech-Language Pathologist", "Yes"],
            ["Dr. Anika Sorensen", "School Psychologist", "Excused (written input provided)"],
            ["Colm Brightwater", "Principal / LEA Representative", "Yes"],
        ],
    ),
    ("h", "Parent Input / Concerns"),
    (
        "p",
        "Parent Concerns: Mrs. Achterberg reports that Delphine becomes upset and cries when asked to read aloud at home and "
        "avoids homework that involves writing. Parents are concerned that Delphine is falling further behind her classmates "
        "in reading and want to know whether she will be ready for 4th grade. Mr. Achterberg asked that the school send home "
        "decodable books so the family can practice at home. Parents also shared that people outside the family sometimes "
        "have trouble understanding her speech.",
    ),
    ("h", "Student Strengths"),
    (
        "p",
        "Strengths: Delphine is kind, curious, and hardworking. She enjoys science and drawing and has strong math reasoning "
        "skills; she scored at grade level on the fall math benchmark. Her listening comprehension is good when text is read "
        "to her.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Reading: On the fall oral reading fluency benchmark (grade 2 passages), Delphine read 48 words correct per minute "
        "with 89% accuracy. She knows all consonant sounds and short vowels but struggles with vowel teams and multisyllabic "
        "words. On the district phonics screener she scored 52 of 100, and she read vowel team words with 35% accuracy.",
    ),
    (
        "p",
        "Writing: Delphine writes 2-3 simple sentences when given a prompt. Her spelling is phonetic (for example, 'rane' "
        "for 'rain'), and she rarely uses capital letters or end punctuation. On the 4-point district writing rubric she "
        "scored 1.5.",
    ),
    (
        "p",
        "Math: Delphine is at grade level in math computation and problem solving. Word problems are difficult only when she "
        "must read them independently. Delphine receives math instruction in her general education classroom.",
    ),
    (
        "p",
        "Speech/Language: Delphine substitutes /w/ for /r/ in words and sentences (e.g., 'wabbit' for 'rabbit'). In "
        "structured probes she produced /r/ correctly in 40% of words. Intelligibility to unfamiliar listeners is estimated "
        "at 75%. Receptive and expressive language skills are within normal limits.",
    ),
    (
        "p",
        "Impact of Disability: Delphine's reading and writing deficits limit her ability to access grade-level text "
        "independently and to complete written assignments in the general education classroom without specialized "
        "instruction and accommodations.",
    ),
    ("page",),
    ("h", "Measurable Annual Goals"),
    ("p", "Progress Reporting Schedule: Each trimester, with the district report card (November, March, June)"),
    ("p", "Goal 1 of 4 | Area: Reading Fluency"),
    (
        "p",
        "Annual Goal: By 10/06/2027, when given a grade 3 passage, Delphine will read aloud at 85 words correct per minute "
        "with 95% accuracy in 3 of 4 consecutive probes.",
    ),
    ("p", "Baseline: 48 words correct per minute with 89% accuracy on grade 2 passages (09/2026)"),
    ("p", "Measured By: Curriculum-based measurement probes, every 2 weeks"),
    ("p", "Responsible Staff: Special Education Teacher"),
    ("p", "Goal 2 of 4 | Area: Reading - Decoding"),
    (
        "p",
        "Annual Goal: By 10/06/2027, Delphine will decode one- and two-syllable words containing vowel teams (ai, ay, ee, "
        "ea, oa, ow) with 90% accuracy on 3 consecutive word-list probes.",
    ),
    ("p", "Baseline: 35% accuracy on vowel team words (09/2026)"),
    ("p", "Measured By: Teacher-made word lists and phonics inventory, monthly"),
    ("p", "Responsible Staff: Special Education Teacher"),
    ("p", "Goal 3 of 4 | Area: Written Expression"),
    (
        "p",
        "Annual Goal: By 10/06/2027, given a picture or verbal prompt and a graphic organizer, Delphine will write a "
        "paragraph of at least 5 sentences that includes a topic sentence, capital letters and end punctuation, scoring 3 or "
        "higher on the 4-point district writing rubric on 3 of 4 writing samples.",
    ),
    ("p", "Baseline: Writes 2-3 simple sentences; score of 1.5 on the 4-point rubric (09/2026)"),
    ("p", "Measured By: Writing samples scored with district rubric, monthly"),
    ("p", "Responsible Staff: Special Education Teacher; General Education Teacher"),
    ("p", "Goal 4 of 4 | Area: Articulation"),
    (
        "p",
        "Annual Goal: By 10/06/2027, Delphine will produce /r/ correctly in sentences with 80% accuracy across 3 consecutive "
        "therapy sessions.",
    ),
    ("p", "Baseline: /r/ produced correctly in 40% of words; not yet targeted at sentence level (09/2026)"),
    ("p", "Measured By: SLP data collection, each session"),
    ("p", "Responsible Staff: Speech-Language Pathologist"),
    ("page",),
    ("h", "Accommodations and Modifications"),
    (
        "table",
        [
            ["Accommodation", "Setting", "Frequency"],
            ["Extended time (time and a half) on tests and quizzes", "All classes", "When tests are given"],
            ["Directions read aloud and repeated", "All classes", "Daily"],
            ["Preferential seating near the point of instruction", "General education classroom", "Daily"],
            ["Reduced spelling list (10 words instead of 20)", "General education classroom", "Weekly"],
            ["Audiobooks or text read aloud for science and social studies", "General education classroom", "As needed"],
            ["Word bank and sentence starters for writing tasks", "All classes", "Daily"],
            ["Tests given in small group (6 or fewer students)", "Resource Room 12", "Unit tests"],
        ],
    ),
    ("p", "Modifications to Curriculum: None. Delphine works on grade-level standards."),
    ("h", "Participation in State and District Assessments"),
    ("p", "State Assessment: Harlow State Assessment of Learning (HSAL), Grade 3 - Reading/ELA and Mathematics"),
    ("p", "Participation: General assessment with accommodations"),
    (
        "p",
        "Testing Accommodations: Extended time (time and a half); small group setting; text-to-speech for Mathematics only "
        "(not permitted on the Reading/ELA test); directions read aloud.",
    ),
    ("p", "District Assessments: Fall, winter and spring benchmark screeners with the same accommodations."),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Frequency", "Duration", "Start Date", "End Date"],
            [
                "Specialized Academic Instruction - Reading",
                "Special Education Teacher",
                "Resource Room 12",
                "Daily (5 times per week)",
                "45 minutes",
                "10/12/2026",
                "10/06/2027",
            ],
            [
                "Specialized Academic Instruction - Written Expression",
                "Special Education Teacher",
                "General Education Classroom (push-in)",
                "2 times per week",
                "20 minutes",
                "10/12/2026",
                "10/06/2027",
            ],
            [
                "Speech-Language Therapy",
                "Speech-Language Pathologist",
                "Speech Room 3",
                "2 times per week",
                "30 minutes",
                "10/12/2026",
                "10/06/2027",
            ],
            [
                "Consultation - Speech-Language",
                "Speech-Language Pathologist with classroom teacher",
                "General Education Classroom",
                "1 time per month",
                "15 minutes",
                "10/12/2026",
                "10/06/2027",
            ],
        ],
    ),
    (
        "p",
        "Service Notes: Speech-language therapy is delivered in a small group of no more than 3 students. Missed sessions "
        "will be made up within the same month. (Continued on next page.)",
    ),
    ("page",),
    ("h", "Weekly Service Schedule"),
    (
        "p",
        "The grid below shows when Delphine receives services during a typical week. Times may shift on assembly and testing "
        "days.",
    ),
    (
        "table",
        [
            ["Time", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            [
                "8:50-9:35",
                "Reading SAI (Rm 12)",
                "Reading SAI (Rm 12)",
                "Reading SAI (Rm 12)",
                "Reading SAI (Rm 12)",
                "Reading SAI (Rm 12)",
            ],
            ["10:40-11:10", "Speech therapy (Speech Rm 3)", "-", "-", "Speech therapy (Speech Rm 3)", "-"],
            ["1:15-1:35", "-", "Writing push-in (Rm 7)", "-", "-", "Writing push-in (Rm 7)"],
            ["Daily total", "75 min", "65 min", "45 min", "75 min", "65 min"],
        ],
    ),
    (
        "p",
        "Total Special Education and Related Service Minutes: 325 minutes per week (285 minutes outside the general "
        "education classroom; 40 minutes inside the general education classroom).",
    ),
    ("h", "Least Restrictive Environment"),
    ("p", "Percent of Time in General Education: 85%"),
    ("p", "LRE Category: Inside regular class 80% or more of the day"),
    (
        "p",
        "Justification for Removal: Delphine requires explicit, systematic phonics instruction in a small group with minimal "
        "distractions, which cannot be provided in the general education classroom at the required intensity. She will spend "
        "the rest of the day, including math, science, social studies, specials, lunch and recess, with her grade 3 class.",
    ),
    ("h", "Extended School Year (ESY)"),
    ("p", "ESY Eligible: No"),
    (
        "p",
        "Rationale: Data from summer 2026 show Delphine recouped skills within 4 weeks of school starting. The team will "
        "review ESY again by 04/15/2027 if data show significant regression after winter break.",
    ),
    ("h", "Transportation"),
    ("p", "Special Transportation Required: No - Delphine rides the regular education bus (Route 14) with her peers."),
    ("h", "Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Hannelore Achterberg", "Parent", "/s/ H. Achterberg", "10/07/2026"],
            ["Renata Kowalczyk", "Case Manager", "/s/ R. Kowalczyk", "10/07/2026"],
            ["Gideon Farrow", "General Education Teacher", "/s/ G. Farrow", "10/07/2026"],
            ["Maribel Osterhout", "Speech-Language Pathologist", "/s/ M. Osterhout", "10/07/2026"],
            ["Colm Brightwater", "LEA Representative", "/s/ C. Brightwater", "10/07/2026"],
        ],
    ),
    ("p", "Parent Response: Agree - I consent to implementation of this IEP. Procedural Safeguards received: 10/07/2026"),
    ("page",),
    ("h", "IEP Progress Report - Trimester 1"),
    ("p", "Student: Delphine R. Achterberg | Grade 3 | Wrenfield Elementary School"),
    ("p", "Reporting Period: 10/12/2026 - 11/20/2026 | Report Date: 12/04/2026"),
    ("p", "Prepared By: Renata Kowalczyk, Case Manager; Maribel Osterhout, SLP"),
    (
        "p",
        "Progress Codes: M = Goal Met; SP = Sufficient Progress (expected to meet goal by end of IEP); IP = Insufficient "
        "Progress; NI = Not Yet Introduced",
    ),
    (
        "table",
        [
            ["Goal", "Code", "Current Performance", "Comments"],
            [
                "1 - Reading Fluency",
                "SP",
                "57 words correct per minute, 92% accuracy (grade 2 passage, 11/18/2026)",
                "Will move to grade 3 passages in January.",
            ],
            [
                "2 - Decoding Vowel Teams",
                "SP",
                "55% accuracy on vowel team words",
                "Strong with ai/ay; still confuses ea and ee.",
            ],
            [
                "3 - Written Expression",
                "IP",
                "Scored 2 on the 4-point rubric; writes 3-4 sentences",
                "Insufficient progress this period. Still omits end punctuation. A self-check editing checklist will be added.",
            ],
            [
                "4 - Articulation /r/",
                "SP",
                "/r/ correct in 65% of words; 30% in sentences",
                "Now practicing at the sentence level.",
            ],
        ],
    ),
    (
        "p",
        "Services Delivered This Period: Reading SAI 28 of 29 sessions; Speech-language therapy 11 of 12 sessions (1 missed "
        "due to school assembly on 11/06/2026, made up on 11/10/2026).",
    ),
    (
        "p",
        "Case Manager Comments: Delphine is more willing to read aloud in small group. Parents asked to continue the "
        "decodable book program; 2 books per week are being sent home in her folder on Mondays.",
    ),
    ("p", "Next Progress Report: March 2027, with the Trimester 2 report card."),
]


HACKBERRY = [
    ("h", "INDIVIDUALIZED EDUCATION PROGRAM - STATE FORM IEP-2"),
    ("p", "Department of Public Instruction, Office of Exceptional Children (Rev. 07/2025)"),
    ("p", "Ashcombe County Public Schools"),
    ("h", "SECTION 1. STUDENT AND MEETING INFORMATION"),
    ("p", "Student: Emmett J. Lindqvist    Student #: 66-20931    DOB: 8-30-14    Grade: 6"),
    ("p", "School: Quarry Ridge Middle School"),
    ("p", "Parent/Guardian: Teodora Lindqvist (mother)    Phone: (555) 013-7781"),
    ("p", "Meeting Date: January 19, 2027"),
    ("p", "Purpose of Meeting: ☒ Annual Review ☐ Initial IEP ☐ Reevaluation ☐ Amendment ☐ Transfer"),
    ("p", "IEP Effective Dates: 1-25-27 through 1-18-28"),
    ("p", "Most Recent Eligibility Determination: November 4, 2025    Reevaluation Due By: November 3, 2028"),
    ("p", "Case Manager: Dario Pelletier, Special Education Teacher    Phone: (555) 013-2290 ext. 231"),
    ("h", "SECTION 2. ELIGIBILITY"),
    ("p", "Primary Disability Category:"),
    (
        "p",
        "☐ Specific Learning Disability ☐ Speech or Language Impairment ☒ Autism ☐ Emotional Disability ☐ Intellectual "
        "Disability ☐ Multiple Disabilities ☐ Other Health Impairment",
    ),
    ("p", "Secondary Disability Category (if any): Other Health Impairment (seizure disorder)"),
    ("h", "SECTION 3. PARENT CONCERNS AND STUDENT INPUT"),
    (
        "p",
        "Parent concerns: Mrs. Lindqvist is worried about Emmett leaving class without permission since starting middle "
        "school and about the crowded hallways during class changes. She wants him to make at least one friend and asked for "
        "a social skills group. She also wants every staff member who works with Emmett to know what to do if he has a "
        "seizure.",
    ),
    (
        "p",
        "Student input: Emmett said he likes the school library, science lab, and building in Minecraft. He said the "
        'cafeteria is "too loud" and he would like to eat lunch somewhere quieter.',
    ),
    ("h", "SECTION 4. PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE"),
    (
        "p",
        "4a. Academic: Emmett reads at grade level (fall screener: 960L) and is above grade level in math computation. On "
        "the 2026 state assessment he scored Level 4 (Exceeds) in Mathematics and Level 3 (Meets) in English Language Arts. "
        "His written responses are brief: he averages 2 sentences with no text evidence on constructed responses where 5-6 "
        "sentences are expected.",
    ),
    (
        "p",
        "4b. Communication: Emmett has a strong vocabulary but has difficulty with conversational turn-taking and with "
        "interpreting figurative language and idioms. On a pragmatic language checklist he initiated appropriate peer "
        "conversation in 1 of 10 observed opportunities. He explained common idioms with 30% accuracy.",
    ),
    (
        "p",
        "4c. Behavior: From September 8 to December 11, 2026, Emmett left the classroom without permission an average of 4 "
        "times per week, most often during transitions or unexpected schedule changes. He returns on his own or with staff "
        "within 5-15 minutes. A Functional Behavior Assessment was completed 12-2-26.",
    ),
    (
        "p",
        "4d. Sensory: Emmett covers his ears in loud settings (cafeteria, gym, assemblies) and is calmer when he can wear "
        "headphones.",
    ),
    (
        "p",
        "4e. Health: Emmett has a seizure disorder (absence seizures and occasional generalized tonic-clonic seizures) "
        "managed with daily medication given at home. See Section 12.",
    ),
    (
        "p",
        "4f. How the disability affects involvement and progress in the general curriculum: Emmett's difficulties with "
        "social communication, flexibility, and written expression affect group work, class discussions, and written "
        "assignments in all core classes.",
    ),
    ("page",),
    ("h", "SECTION 5. SPECIAL FACTORS"),
    (
        "p",
        "Does the student's behavior impede his/her learning or that of others? ☒ Yes ☐ No    If yes, a Behavior "
        "Intervention Plan is ☒ Attached (Attachment A) ☐ Not needed at this time",
    ),
    ("p", "Does the student have communication needs? ☒ Yes ☐ No"),
    (
        "p",
        "Does the student need assistive technology devices or services? ☒ Yes ☐ No    Noise-reducing headphones; visual "
        "schedule app on school-issued tablet",
    ),
    ("p", "Is the student an English learner? ☐ Yes ☒ No"),
    ("p", "Is the student blind or visually impaired? ☐ Yes ☒ No"),
    ("p", "Is the student deaf or hard of hearing? ☐ Yes ☒ No"),
    ("h", "SECTION 6. MEASURABLE ANNUAL GOALS"),
    (
        "table",
        [
            ["#", "Annual Goal", "Baseline", "Criteria / How Measured", "Responsible"],
            [
                "1",
                "Social communication: In structured and unstructured settings, Emmett will initiate and maintain a conversation "
                "with a peer for at least 3 exchanges.",
                "1 of 10 opportunities",
                "8 of 10 opportunities over 3 consecutive data weeks; SLP observation data",
                "Speech-Language Pathologist",
            ],
            [
                "2",
                "Self-regulation: When upset or faced with an unexpected change, Emmett will request a break using his "
                "break card instead of leaving the room.",
                "Leaves room an average of 4 times per week",
                "Leaves room no more than 1 time per week for 6 consecutive weeks; behavior tally sheet",
                "Case Manager; all teachers",
            ],
            [
                "3",
                "Written expression: Emmett will write a constructed response of at least 5 sentences that states a claim and "
                "includes 2 pieces of text evidence.",
                "Average of 2 sentences, no text evidence",
                "4 of 5 writing samples scored with the district rubric",
                "Special Education Teacher",
            ],
            [
                "4",
                "Figurative language: Emmett will explain the meaning of idioms and figurative expressions found in grade-level "
                "text.",
                "30% accuracy",
                "80% accuracy across 3 consecutive sessions",
                "Speech-Language Pathologist",
            ],
        ],
    ),
    (
        "p",
        "Progress toward goals will be reported: ☐ Weekly ☐ Monthly ☒ Quarterly (with report cards) ☐ Other    Method: ☒ "
        "Written progress report ☐ Conference",
    ),
    ("h", "SECTION 7. SPECIAL EDUCATION AND RELATED SERVICES"),
    (
        "table",
        [
            ["Service", "Frequency / Duration", "Location", "Provider", "Start - End"],
            [
                "Specialized instruction - written language (Learning Strategies period)",
                "45 min daily",
                "Special education classroom, Room B-14",
                "Special Education Teacher",
                "1-25-27 - 1-18-28",
            ],
            [
                "Specialized instruction - social skills group",
                "3 sessions/month, 45 min",
                "Special education classroom, Room B-14",
                "School Psychologist",
                "1-25-27 - 1-18-28",
            ],
            ["Speech-language therapy", "SLP 30 min 2x/wk", "Speech room", "Speech-Language Pathologist", "1-25-27 - 1-18-28"],
            [
                "Special education support in general education (Science and Social Studies)",
                "1.5 hrs weekly",
                "General education classroom",
                "Special Education Teacher",
                "1-25-27 - 1-18-28",
            ],
            [
                "Behavior consultation to staff",
                "60 minutes per month",
                "Quarry Ridge Middle School",
                "District Behavior Specialist",
                "1-25-27 - 1-18-28",
            ],
        ],
    ),
    (
        "p",
        "Supports for school personnel: Seizure response training for all staff who work with Emmett, provided by the school "
        "nurse before 1-25-27 and repeated each school year.",
    ),
    ("page",),
    ("h", "SECTION 8. SUPPLEMENTARY AIDS, ACCOMMODATIONS AND MODIFICATIONS"),
    (
        "table",
        [
            ["Setting", "Accommodation", "Frequency"],
            ["All classes", "Visual schedule with advance notice of schedule changes", "Daily"],
            [
                "All classes",
                "Break card: may take a 5-minute break in the calm area (Room B-12)",
                "As requested, up to 4 times per day",
            ],
            ["All classes", "Leave class 3 minutes early to avoid crowded hallways", "Every class change"],
            ["All classes", "Graphic organizer for written and constructed responses", "Daily"],
            ["Cafeteria", "Option to eat lunch with a small group in Room B-14", "Daily"],
            ["PE, assemblies, fire drills", "Noise-reducing headphones; advance warning of drills when possible", "As needed"],
            ["Classroom tests", "Separate, quiet setting", "Unit tests and final exams"],
        ],
    ),
    ("p", "Modifications: ☐ Yes ☒ No    Emmett will be graded on grade-level standards without modification."),
    ("h", "SECTION 9. STATE AND DISTRICTWIDE ASSESSMENTS"),
    ("p", "☒ General state assessment ☐ without accommodations ☒ with accommodations ☐ Alternate assessment"),
    (
        "p",
        "State assessment accommodations: Separate setting (small group of 5 or fewer); Frequent breaks; Noise-reducing "
        "headphones",
    ),
    ("p", "Extended time: ☐ Yes ☒ No"),
    ("h", "SECTION 10. LEAST RESTRICTIVE ENVIRONMENT"),
    ("p", "Percent of time in general education: 82%"),
    (
        "p",
        "☒ Inside general education 80% or more of the day ☐ 40-79% of the day ☐ Less than 40% of the day ☐ Separate school "
        "☐ Homebound/Hospital",
    ),
    (
        "p",
        "Explanation of removal: Emmett is removed from general education for the Learning Strategies period (in place of an "
        "elective), speech-language therapy, and the social skills group, because these skills require small-group direct "
        "instruction. He participates in all core classes (ELA, math, science, social studies), PE, and lunch with "
        "nondisabled peers.",
    ),
    ("h", "SECTION 11. EXTENDED SCHOOL YEAR (ESY)"),
    ("p", "☒ ESY services are needed ☐ ESY services are not needed ☐ Decision deferred; team will reconvene by ________"),
    ("p", "ESY services (continued on next page):"),
    ("page",),
    ("p", "- Speech-language therapy: 30 minutes, 1x per week"),
    ("p", "- Social skills group: 60 minutes per week"),
    ("p", "- Dates and location: June 28 - July 29, 2027, at Fairlawn Elementary School (summer site)"),
    (
        "p",
        "- Rationale: Emmett is at a critical point in learning to start conversations with peers, and loss of "
        "peer-initiation skills after school breaks was documented in 2026.",
    ),
    ("h", "SECTION 12. TRANSPORTATION AND HEALTH"),
    ("p", "Transportation: ☒ Special transportation ☐ Regular transportation"),
    (
        "p",
        "Description: Curb-to-curb on a small bus with a bus aide trained in seizure response. Pick-up at home address at "
        "approximately 7:05 a.m. Seat near the driver. Emmett may wear headphones on the bus.",
    ),
    (
        "p",
        "Health: ☒ Individualized Health Plan (IHP) ☒ Emergency Seizure Action Plan    On file with school nurse Ingrid "
        "Haldane, RN",
    ),
    (
        "p",
        "Seizure response summary: Stay with Emmett, time the seizure, and call the nurse. If a seizure lasts longer than 5 "
        "minutes or he has two seizures in a row, staff call 911 and the parent; the nurse gives emergency rescue medication "
        "as prescribed. After any seizure Emmett rests in the nurse's office and his mother is notified.",
    ),
    ("h", "SECTION 13. PARTICIPANTS AND SIGNATURES"),
    (
        "table",
        [
            ["Name", "Role", "Present"],
            ["Teodora Lindqvist", "Parent", "☒"],
            ["Emmett Lindqvist", "Student", "☒ (first 15 minutes)"],
            ["Dario Pelletier", "Special Education Teacher / Case Manager", "☒"],
            ["Yvette Marchetti", "General Education Teacher (Science)", "☒"],
            ["Samir Okonjo-Reyes", "Speech-Language Pathologist", "☒"],
            ["Dr. Helena Voss", "School Psychologist", "☒"],
            ["Ingrid Haldane, RN", "School Nurse", "☒"],
            ["Bernard Quaile", "Assistant Principal / LEA Representative", "☒"],
        ],
    ),
    ("p", "Parent: ☒ I agree with the IEP as written ☐ I agree with part of the IEP ☐ I do not agree with the IEP"),
    ("p", "Parent signature: Teodora Lindqvist    Date: 1-19-27"),
    ("p", "Next annual IEP review: on or before January 18, 2028"),
    ("page",),
    ("h", "ATTACHMENT A - BEHAVIOR INTERVENTION PLAN (BIP)"),
    (
        "p",
        "Student: Emmett J. Lindqvist    FBA completed: December 2, 2026    BIP date: January 19, 2027    BIP review by: "
        "April 30, 2027",
    ),
    (
        "p",
        "Target behavior: Elopement - leaving the assigned area without permission (moving more than 3 feet past the "
        "classroom door without staff approval).",
    ),
    ("p", "Baseline: Average of 4 times per week (range 2-7), September through December 2026."),
    ("p", "Hypothesized function: To escape unexpected changes in routine and noisy, crowded settings."),
    ("p", "Triggers: Substitute teachers, fire drills, last-minute schedule changes, loud group work."),
    ("p", "Prevention strategies:"),
    ("p", "- Preview the day's schedule at the 7:40 a.m. check-in with the case manager."),
    ("p", "- Give a 5-minute warning before transitions and any change in routine."),
    ("p", "- Allow noise-reducing headphones during loud activities."),
    ("p", "- Tell Emmett in advance when a substitute teacher is expected."),
    (
        "p",
        "Replacement behavior: Emmett hands the break card to the teacher and goes to the calm area (Room B-12) for 5 "
        "minutes with a timer, then returns to class.",
    ),
    (
        "p",
        "Reinforcement: Emmett earns 1 point for each class period without elopement. 20 points = 15 minutes of library or "
        "Minecraft time on Friday.",
    ),
    (
        "p",
        "If the behavior occurs: Do not chase or raise your voice. One adult follows at a distance and keeps Emmett in "
        "sight, then calmly prompts him to use the calm area. Radio the front office. Do not lecture when he returns; record "
        "the event on the tally sheet.",
    ),
    ("p", "Safety / crisis: If Emmett leaves the building, staff notify the front office and the parent immediately."),
    (
        "p",
        "Data collection: Teachers mark the tally sheet each period; the case manager reviews data weekly and shares a "
        "summary with the parent every two weeks.",
    ),
]


LOCUST = [
    ("h", "Marlow Valley Regional School District - Individualized Education Program"),
    ("p", "Student: Jonah Ellery Matsuda | Date of birth: 2010-06-17 | Grade 11 | Fenwick Ridge High School"),
    (
        "p",
        "IEP meeting: 2027-03-04 | IEP in effect: 2027-03-15 to 2028-03-03 | Last evaluation: 2026-01-23 | Three-year "
        "reevaluation due: 2029-01-22",
    ),
    ("h", "Meeting Summary"),
    (
        "p",
        "The IEP team met on 2027-03-04 for Jonah's annual review. Present were Jonah; his mother, Corinne Matsuda; his case "
        "manager and special education teacher, Philippa Nakashima-Reid; his Algebra II co-teacher, Mr. Desmond Arkwright; "
        "his English teacher, Ms. Lucia Ferrante; the school social worker, Anneliese Furtado, LCSW; the district transition "
        "coordinator, Tobias Greer; and assistant principal Marguerite Oduya, who served as the district representative. "
        "Jonah's father, Kenji Matsuda, was unable to attend and received a copy of the draft by email.",
    ),
    (
        "p",
        "Jonah continues to be eligible for special education under the category of Other Health Impairment, based on his "
        "diagnosis of attention-deficit/hyperactivity disorder (ADHD), combined presentation. He is also eligible under "
        "Specific Learning Disability in the area of math calculation.",
    ),
    ("h", "Student Vision and Parent Concerns"),
    (
        "p",
        'Jonah told the team that he wants to become a mechanic and would like to "work on cars, not sit at a desk all day." '
        "He said his hardest class is Chemistry and that he forgets to turn in work that he has already finished.",
    ),
    (
        "p",
        "Mrs. Matsuda shared that Jonah's grades improved this year after he was placed in the daily Academic Strategies "
        "class and that she worries he will fall behind again if that support is reduced. She is also concerned about "
        "missing assignments, about Jonah's stress level before tests, and about whether he will be ready to manage college "
        "paperwork on his own.",
    ),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Jonah is passing all of his classes except Chemistry, where he currently has a D. His cumulative GPA is 2.4. In the "
        "first semester, he submitted 62% of assignments on time across all classes, according to the online gradebook; most "
        "missing work was completed but never turned in. Teachers report that he participates well in discussions and "
        "hands-on labs.",
    ),
    (
        "p",
        "In math, Jonah is enrolled in co-taught Algebra II. His quiz average is 71%. Curriculum-based probes show that he "
        "solves multi-step linear and quadratic equations with 45% accuracy, mostly because of sign and calculation errors "
        "rather than setting up the problem incorrectly. Reading comprehension is at grade level. In writing, his ideas are "
        "strong but his essays lack organization; he scored 2 of 4 on the district argument rubric.",
    ),
    (
        "p",
        "During classroom observations in January 2027, Jonah was on task in 55% of observed intervals during independent "
        "work and in 85% of intervals during hands-on lab work. He is able to ask for help from his case manager but has "
        "asked a classroom teacher for an accommodation on his own with only 1 of his 6 teachers this year. Jonah takes ADHD "
        "medication at home in the morning; no medication is given at school.",
    ),
    ("page",),
    ("h", "Postsecondary Transition Plan"),
    (
        "p",
        "Age-appropriate transition assessments: Jonah completed a career interest inventory on 2026-11-10, which showed "
        "strongest interests in mechanical and realistic (hands-on) work. A student interview with the transition "
        "coordinator on 2027-01-14 and a parent questionnaire were also used. The interest inventory and interview both "
        "point toward automotive work.",
    ),
    (
        "p",
        "Postsecondary goal - education/training: After graduation, Jonah will enroll in the Automotive Technology "
        "certificate program at Brackenridge Community College.",
    ),
    (
        "p",
        "Postsecondary goal - employment: After completing his certificate, Jonah will work full-time as an automotive "
        "service technician.",
    ),
    (
        "p",
        "Postsecondary goal - independent living: Jonah will independently manage his own schedule, appointments and "
        "medication using a phone calendar and reminder app.",
    ),
    (
        "p",
        "Course of study: Jonah is working toward a standard diploma, with an expected graduation date of 2028-06-09. In "
        "12th grade he will attend the Calder County Career Center for a half day to take Automotive Technology I and II, "
        "and will complete his remaining academic credits at Fenwick Ridge High School.",
    ),
    (
        "table",
        [
            ["Transition activity", "Person responsible", "Target date"],
            [
                "Tour Brackenridge Community College automotive program",
                "Tobias Greer, transition coordinator; Jonah",
                "2027-04-30",
            ],
            ["Apply to Calder County Career Center for 12th grade", "Philippa Nakashima-Reid; Jonah", "2027-03-26"],
            ["Referral to the state Office of Vocational Rehabilitation (with parent consent)", "Tobias Greer", "2027-05-01"],
            ["Practice requesting accommodations from each teacher", "Jonah; case manager", "Ongoing"],
            ["Obtain state learner's permit", "Jonah; parents", "2027-08-31"],
        ],
    ),
    (
        "p",
        "Transfer of rights at age of majority: Jonah and his mother were informed on 2027-03-04 that all rights under "
        "special education law transfer to Jonah at age 18, which will be on 2028-06-17.",
    ),
    ("h", "Measurable Annual Goals"),
    (
        "p",
        "Goal 1 (Executive functioning): By 2028-03-03, Jonah will submit at least 90% of assignments on time in all classes "
        "during a nine-week grading period, as measured by the online gradebook. Baseline: 62% of assignments submitted on "
        "time (first semester, 2026-2027).",
    ),
    (
        "p",
        "Goal 2 (Math calculation): By 2028-03-03, Jonah will solve multi-step linear and quadratic equations with 80% "
        "accuracy on curriculum-based probes given every two weeks, using a self-check routine. Baseline: 45% accuracy.",
    ),
    (
        "p",
        "Goal 3 (Self-advocacy): By 2028-03-03, Jonah will independently request his accommodations from classroom teachers "
        "in 4 of 5 opportunities in every class, as recorded on a teacher checklist. Baseline: did so with 1 of 6 teachers.",
    ),
    (
        "p",
        "Progress on each goal will be reported to Jonah and his parents at the end of each quarter, with report cards, and "
        "posted to the parent portal.",
    ),
    ("page",),
    ("h", "Special Education and Related Services"),
    (
        "p",
        "Jonah will receive specialized instruction in the Academic Strategies class in the resource room (Room 214) for 48 "
        "minutes per day on 3 days per week (Monday, Wednesday, Friday). This is a change from the prior IEP, which provided "
        "the class 5 days per week. On the other two days Jonah will take a general education study hall. The team proposed "
        "this change because Jonah's on-time work rate rose this year and the team wants him to practice his organization "
        "skills with less adult support before 12th grade.",
    ),
    (
        "p",
        "In math, a special education teacher co-teaches Jonah's Algebra II class in the general education classroom every "
        "day (five 48-minute periods weekly).",
    ),
    (
        "p",
        "Jonah will receive counseling from the school social worker, 3 sessions/month, 30 min, focused on test anxiety, "
        "stress management, and organization.",
    ),
    (
        "p",
        "The transition coordinator will meet with Jonah for 60 minutes per month to carry out the transition activities "
        "listed in this IEP.",
    ),
    (
        "p",
        "Case manager check-in: The daily morning check-in with the case manager used under the prior IEP will be replaced "
        "with a weekly planner check every Monday during Academic Strategies.",
    ),
    ("h", "Accommodations"),
    ("p", "Jonah's teachers will provide the following in all classes:"),
    ("p", "• Extended time (time and a half) on tests, quizzes, and long-term projects"),
    ("p", "• Preferential seating away from doors and windows"),
    ("p", "• Guided notes or a copy of class notes"),
    ("p", "• Long assignments chunked into parts with a checklist and due dates for each part"),
    ("p", "• Use of a calculator in math and science"),
    ("p", "• Short movement breaks (up to 5 minutes) when requested"),
    ("p", "• Tests in a separate, quiet room when requested"),
    ("h", "State Assessments"),
    (
        "p",
        "Jonah will take the Grade 11 state assessments in English language arts, mathematics, and science with the rest of "
        "his class, using these accommodations: time and a half, a separate room with a small group, and breaks as needed. "
        "He does not qualify for the alternate assessment.",
    ),
    ("h", "Placement and Least Restrictive Environment"),
    (
        "p",
        "Jonah will spend approximately 91% of his school day in general education. He is removed only for the Academic "
        "Strategies class and for counseling sessions. All core academic classes, electives, and lunch are in general "
        "education with his peers.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "The team considered extended school year services. Jonah has not shown significant regression over breaks, and the "
        "team determined that Jonah does not require ESY services this year.",
    ),
    ("h", "Transportation"),
    (
        "p",
        "Jonah rides the regular school bus and does not need special transportation. In 12th grade, the district will "
        "provide the shuttle bus between Fenwick Ridge High School and the Calder County Career Center.",
    ),
    ("page",),
    ("h", "Prior Written Notice - Summary"),
    (
        "p",
        "Actions proposed by the district: (1) Reduce the Academic Strategies class from 5 days per week to 3 days per week. "
        "(2) Replace the daily check-in with a weekly planner check. (3) Add transition activities and the Vocational "
        "Rehabilitation referral. Reason: Jonah's on-time work rate improved from 41% in spring 2026 to 62% in fall 2026, "
        "and the team wants to build independence before graduation. Options considered and rejected: keeping the class at 5 "
        "days per week (rejected because the team believes Jonah is ready for less support); removing the class entirely "
        "(rejected as too large a change at once).",
    ),
    ("h", "Parent Statement of Disagreement"),
    ("p", "Attached to the IEP at the parent's request. Received 2027-03-09."),
    (
        "p",
        "I, Corinne Matsuda, agree with Jonah's transition plan, his goals, his counseling, and his accommodations. I do not "
        "agree with two parts of this IEP.",
    ),
    (
        "p",
        "First, I disagree with cutting the Academic Strategies class from every day to 3 days a week. Jonah only started "
        "turning in his work after he had this class every day. 62% on time is still failing in my eyes, and he is still "
        "getting a D in Chemistry. He needs the daily class at least until the end of the first semester of 12th grade.",
    ),
    (
        "p",
        "Second, I disagree with ending the daily check-in with Ms. Nakashima-Reid. That five minutes every morning is the "
        "reason he starts the day with a plan. A check once a week on Mondays is not enough for a student with ADHD.",
    ),
    (
        "p",
        "I am signing so that the rest of the IEP can start, but I am asking the team to meet again after third-quarter "
        "grades come out to look at the data. - Corinne Matsuda, 2027-03-09",
    ),
    ("h", "District Response"),
    (
        "p",
        "The district has received Mrs. Matsuda's statement and attached it to this IEP. The team will reconvene on "
        "2027-04-23 to review third-quarter grades and on-time work data. Until that meeting, daily check-in with the case "
        "manager will continue; the Academic Strategies schedule will remain at 3 days per week as proposed. Mrs. Matsuda "
        "was given a copy of the procedural safeguards on 2027-03-04 and was reminded of her right to request mediation or a "
        "due process hearing.",
    ),
    ("h", "Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Date signed"],
            ["Corinne Matsuda", "Parent (agrees in part; see statement of disagreement)", "2027-03-09"],
            ["Jonah Matsuda", "Student", "2027-03-04"],
            ["Philippa Nakashima-Reid", "Case manager / special education teacher", "2027-03-04"],
            ["Desmond Arkwright", "General education teacher (Algebra II)", "2027-03-04"],
            ["Anneliese Furtado, LCSW", "School social worker", "2027-03-04"],
            ["Tobias Greer", "Transition coordinator", "2027-03-04"],
            ["Marguerite Oduya", "Assistant principal / district representative", "2027-03-04"],
        ],
    ),
]


PERSIMMON = [
    ("h", "Harlow Creek Unified School District — Section 504 Accommodation Plan"),
    ("p", "Form 504-B (Rev. 07/2024)     CONFIDENTIAL STUDENT RECORD — Office of Student Support Services"),
    ("h", "Section 1. Student Information"),
    (
        "table",
        [
            ["Student name", "Marisol T. Venhaus", "Student ID", "4471-2208"],
            ["Date of birth", "08/22/2008", "Grade", "12"],
            ["School", "Harlow Creek High School", "Expected graduation", "June 5, 2026"],
            ["Parent/Guardian", "Ilse and Ramon Venhaus", "Home phone", "(555) 014-3392"],
            [
                "504 Coordinator",
                "Mr. Desmond Achterberg, Assistant Principal",
                "504 case manager",
                "Ms. Priyanka Dunmore, School Counselor",
            ],
        ],
    ),
    ("h", "Section 2. Meeting Information"),
    ("p", "Type of meeting:  ☐ Initial   ☒ Annual review   ☐ Reevaluation   ☐ Plan amendment"),
    ("p", "Meeting date: 09/17/2025     Plan start date: 09/22/2025     Plan end date: 06/05/2026"),
    ("p", "Date of most recent 504 evaluation: 03/04/2024"),
    (
        "p",
        "Next annual review: Not scheduled. Marisol is expected to graduate on June 5, 2026, and this plan ends at "
        "graduation. The team will reconvene earlier if a teacher, the parents, or Marisol requests it.",
    ),
    ("h", "Section 3. Eligibility Determination"),
    ("p", "3.1 Does the student have a physical or mental impairment?   ☒ Yes   ☐ No"),
    (
        "p",
        "3.2 Impairment(s): Attention-Deficit/Hyperactivity Disorder, predominantly inattentive presentation (diagnosed "
        "2018); Type 1 diabetes (diagnosed 2021).",
    ),
    (
        "p",
        "3.3 Major life activities substantially limited:  ☒ Concentrating   ☒ Learning   ☒ Reading   ☐ Walking   ☐ Seeing   "
        "☐ Hearing   ☒ Endocrine function (major bodily function)   ☐ Other: ________",
    ),
    ("p", "3.4 Is the student eligible for a Section 504 plan?   ☒ Yes   ☐ No"),
    (
        "p",
        "3.5 Was the student considered for special education under IDEA?   ☒ Yes   ☐ No — Marisol was found not eligible "
        "for an IEP on 11/02/2019. Her needs can be met in general education with Section 504 accommodations.",
    ),
    (
        "p",
        "3.6 Sources of information reviewed: letter from Dr. Anneliese Broadhurst, pediatric endocrinologist (dated "
        "08/01/2025); ADHD evaluation by Dr. Tobiah Greenleaf, PsyD (2018, updated 2024); teacher input forms; grades and "
        "attendance; PSAT/NMSQT taken with accommodations in October 2024.",
    ),
    ("page",),
    ("h", "Section 4. How the Impairment Affects the Student at School"),
    (
        "p",
        "Marisol is a strong student (cumulative GPA in the upper third of her class) enrolled in AP Calculus AB, AP "
        "Biology, AP English Literature, and Anatomy & Physiology. Teachers report that she understands content well but "
        "loses focus during long reading passages and timed tests, and often does not finish tests in the regular time. She "
        "reads carefully and rereads to check her work, which takes longer than peers.",
    ),
    (
        "p",
        "Marisol uses an insulin pump and a continuous glucose monitor (CGM) that sends readings to her phone. Low blood "
        "sugar (below 70 mg/dL) causes shakiness and trouble concentrating; high blood sugar (above 250 mg/dL) causes "
        "fatigue and headaches. During an episode she may need 15–30 minutes before she can return to work. Last school year "
        "she missed parts of 14 class periods for nurse visits, mostly in the afternoon.",
    ),
    ("h", "Section 5. Accommodations"),
    (
        "p",
        "The following accommodations apply in every class, including AP courses, labs, and dual-enrollment classes taught "
        "on campus. Teachers may not lower grades or deny credit because Marisol uses an accommodation.",
    ),
    (
        "table",
        [
            ["Setting", "Accommodation", "Frequency / Details", "Responsible"],
            [
                "All classes",
                "Preferential seating near the point of instruction, away from the door",
                "Daily",
                "Classroom teachers",
            ],
            [
                "All classes",
                "Copies of class notes or slides posted online",
                "Within 1 school day of the lesson",
                "Classroom teachers",
            ],
            [
                "All classes",
                "Long-term assignments broken into parts with check-in dates",
                "For any project longer than one week",
                "Classroom teachers",
            ],
            ["All classes", "Private reminder to refocus (agreed signal: tap on desk)", "As needed", "Classroom teachers"],
            ["Classroom tests and quizzes", "Extended time", "Time and one-half (50% additional time)", "Classroom teachers"],
            [
                "Classroom tests and quizzes",
                "Testing in a reduced-distraction setting",
                "Testing Center, Room B-114, when Marisol requests it",
                "Testing Center staff",
            ],
            [
                "Classroom tests and quizzes",
                "Stop-the-clock breaks to check blood glucose or eat",
                "As needed; time does not count against her",
                "Classroom teachers",
            ],
        ],
    ),
    ("p", "(Accommodations table continued on next page.)"),
    ("page",),
    (
        "table",
        [
            ["Setting", "Accommodation", "Frequency / Details", "Responsible"],
            ["Health", "Carry phone to read CGM", "At all times, including during tests and exams", "All staff"],
            ["Health", "Water bottle, snacks, and unrestricted restroom access", "At all times", "All staff"],
            [
                "Health",
                "Go to the nurse's office",
                "Immediately when requested; send with an escort if blood sugar is below 70 mg/dL",
                "All staff",
            ],
            [
                "Homework",
                "Extended deadline after a documented low or high blood sugar episode",
                "Up to 2 additional school days",
                "Classroom teachers",
            ],
            [
                "Make-up work",
                "Make up tests missed during a nurse visit",
                "Within 5 school days, in the Testing Center",
                "Classroom teachers / Testing Center",
            ],
            [
                "District and state assessments",
                "Extended time, small-group setting, breaks as needed",
                "Grade 12 state science assessment and district finals",
                "Testing coordinator",
            ],
        ],
    ),
    ("h", "Section 6. College Entrance Exams (SAT / ACT) and AP Exams"),
    (
        "p",
        "Marisol plans to take the SAT during the school-day administration and the ACT on a national test date. "
        "Accommodations on these exams are approved by the testing agencies, not by the school. The 504 team agreed that the "
        "school will request the accommodations below and that Ms. Dunmore, the school's SSD coordinator, will submit and "
        "track the requests.",
    ),
    (
        "table",
        [
            ["Exam", "Accommodations requested", "Submitted by", "Status"],
            [
                "SAT — School Day, October 22, 2025",
                "Time and one-half (+50%); extra and extended breaks; permission to have phone and diabetic supplies in the "
                "testing room",
                "Ms. Dunmore (SSD coordinator)",
                "Approved by College Board on 08/29/2025",
            ],
            [
                "ACT — national test date, December 13, 2025",
                "50% extended time; small-group setting; breaks as needed; phone and diabetic supplies in room",
                "Ms. Dunmore",
                "Submitted 09/19/2025 — decision pending",
            ],
            [
                "AP Exams — May 2026 (AP Biology, AP English Literature, AP Calculus AB)",
                "Same accommodations as the SAT",
                "Ms. Dunmore",
                "College Board approval carries over; no new request needed",
            ],
        ],
    ),
    (
        "p",
        "Family responsibilities: Marisol and her parents are responsible for registering for the December ACT and paying "
        "the registration fee by the regular registration deadline of November 7, 2025. If ACT denies any accommodation, Ms. "
        "Dunmore will file an appeal within 10 school days of the decision and inform the family.",
    ),
    (
        "p",
        "Practice testing: Marisol will take one full-length practice SAT with time and one-half in the Testing Center on "
        "Saturday, October 4, 2025, to practice pacing and planning her snack breaks.",
    ),
    ("h", "Section 7. Planning for College"),
    (
        "p",
        "A Section 504 plan does not transfer to college. Marisol plans to apply to nursing programs, including Larkmont "
        "State University and Pellridge Community College. By January 30, 2026, Ms. Dunmore will meet with Marisol to (a) "
        "give her copies of this plan, her physician letters, and her testing approvals, and (b) show her how to register "
        "with the disability services office at the college she chooses. Marisol will practice requesting her own "
        "accommodations by emailing each of her teachers at the start of second semester.",
    ),
    ("page",),
    ("h", "Section 8. Health Plan"),
    ("p", "Is an Individual Health Plan (IHP) on file?   ☒ Yes   ☐ No"),
    (
        "p",
        "Marisol's Individual Health Plan and Diabetes Medical Management Plan are kept by the school nurse, Ms. Corinne "
        "Vasquez-Hale, RN, and are part of this 504 plan by reference. Emergency glucagon is stored in the nurse's office "
        "and in the athletic trainer's office. Staff who supervise Marisol on field trips or at after-school events must be "
        "trained on her emergency plan before the event. Substitute teachers will receive the emergency information sheet in "
        "the sub folder.",
    ),
    ("h", "Section 9. Parent and Student Input"),
    (
        "p",
        "Parent concerns: Mr. and Mrs. Venhaus are concerned that Marisol's blood sugar drops during long afternoon tests "
        "and that she is falling behind in AP Calculus because she misses part of class when she goes to the nurse. They "
        "asked that teachers post notes online and that Marisol not be marked tardy when she returns from the nurse.",
    ),
    (
        "p",
        "Student input: Marisol said that extended time on the PSAT helped her finish, and she prefers to use the Testing "
        "Center for math and science tests only. She would like to keep her CGM alarms on vibrate in class.",
    ),
    ("h", "Section 10. Monitoring the Plan"),
    (
        "p",
        "☒ The 504 case manager will check with each teacher at the end of every grading period (quarterly) and share a "
        "summary with the parents.",
    ),
    (
        "p",
        "☒ Marisol will meet with Ms. Dunmore every other Monday during advisory to review grades, missing work, and test plans.",
    ),
    ("p", "☐ Data collection on behavior is required."),
    ("p", "Copies of this plan were given to all of Marisol's teachers on 09/22/2025."),
    ("h", "Section 11. Participants and Signatures"),
    (
        "table",
        [
            ["Name", "Role", "Signature / Date"],
            ["Desmond Achterberg", "504 Coordinator / Assistant Principal", "signed 09/17/2025"],
            ["Priyanka Dunmore", "School Counselor, 504 case manager", "signed 09/17/2025"],
            ["Corinne Vasquez-Hale, RN", "School Nurse", "signed 09/17/2025"],
            ["Evander Kowalczyk", "AP Calculus AB teacher", "signed 09/17/2025"],
            ["Ilse Venhaus", "Parent", "signed 09/17/2025"],
            ["Ramon Venhaus", "Parent", "signed 09/18/2025"],
            ["Marisol Venhaus", "Student", "signed 09/17/2025"],
        ],
    ),
    ("p", "Parent received Notice of Parent and Student Rights under Section 504:   ☒ Yes   ☐ No"),
    ("p", "Parent agrees with this plan:   ☒ Yes   ☐ No"),
]


QUINCE = [
    ("h", "ClearPath IEP Manager — Individualized Education Program (IEP)"),
    ("p", "Fenwick County Public Schools     Printed: 2025-11-06 14:32     Status: FINALIZED"),
    ("h", "STUDENT INFORMATION"),
    ("p", "Student: Theo A. Barrantes"),
    ("p", "Student ID: 0093381"),
    ("p", "DOB: 2017-05-09     Age: 8     Grade: 03"),
    ("p", "School: Copper Hollow Elementary School"),
    ("p", "Case Manager: Gwendolyn Achebe-Marsh, Teacher of Students with Visual Impairments (TVI)"),
    ("p", "Case Manager Phone/Email: 555-0147 ext. 2210 / gachebe-marsh@fenwickcps.example"),
    ("p", "Parent/Guardian: Lucia Barrantes (mother)"),
    ("p", "Home Language: Spanish     Interpreter Needed: Yes - Spanish"),
    ("h", "IEP DATES"),
    (
        "table",
        [
            ["IEP Type", "Meeting Date", "IEP Start", "IEP End", "Annual Review Due", "Triennial Reevaluation Due"],
            ["Annual", "2025-11-04", "2025-11-10", "2026-11-03", "2026-11-03", "2027-10-19"],
        ],
    ),
    ("p", "Last Eligibility Date: 2024-10-20"),
    ("p", "Mid-Year Review Meeting (requested by parent): 2026-02-10"),
    ("h", "ELIGIBILITY"),
    ("p", "Primary Disability: Visual Impairment including Blindness"),
    ("p", "Secondary Disability: None"),
    ("p", "Eye Condition: bilateral optic nerve hypoplasia with nystagmus"),
    (
        "p",
        "Visual Acuity: light perception only, right eye; 20/800, left eye (Dr. Hollis Fairbrother, pediatric "
        "ophthalmologist, exam 2025-06-12)",
    ),
    ("p", "Functional Vision Assessment: 2025-09-15     Learning Media Assessment: 2025-09-22"),
    (
        "p",
        "Primary Literacy Medium: Braille (Unified English Braille, contracted)     Secondary: Auditory     Print: not "
        "functional for reading",
    ),
    ("h", "PARENT CONCERNS"),
    (
        "p",
        "Mrs. Barrantes wants Theo to walk to the cafeteria and to the bus loop on his own with his cane, and to have "
        "braille books to read at home in both English and Spanish. She is worried that Theo is often left out of games at "
        "recess and asked for help getting him included.",
    ),
    ("h", "PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE"),
    (
        "p",
        "Braille Reading: Theo reads grade 2 passages in contracted UEB at 42 correct words per minute with 88% accuracy. He "
        "knows 142 of the 180 UEB contractions. He understands stories read aloud at grade level.",
    ),
    (
        "p",
        "Braille Writing: Theo writes 2 complete sentences on the manual braillewriter. He uses the refreshable braille "
        "notetaker to type single words and short lists.",
    ),
    (
        "p",
        "Math: Theo adds and subtracts 2-digit numbers on the Cranmer abacus. He solves 3-digit problems with regrouping "
        "with 45% accuracy.",
    ),
    (
        "p",
        "Orientation and Mobility: Theo uses a long white cane with the constant-contact technique. He travels from his "
        "classroom (Room 12) to the restroom on his own, but needs 5 to 7 verbal prompts per route to reach the cafeteria "
        "and library. He has not yet traveled to the bus loop.",
    ),
    ("p", "Social/Play: Theo plays with one or two friends in class but usually stays near the recess aide on the playground."),
    (
        "p",
        "Impact of Disability: Theo cannot access print or visual information in the general curriculum without braille, "
        "tactile graphics, and verbal description, and needs direct instruction to move safely and independently around the "
        "school.",
    ),
    ("page",),
    ("h", "MEASURABLE ANNUAL GOALS"),
    (
        "table",
        [
            ["#", "Area", "Annual Goal", "Baseline", "Measured By", "Responsible"],
            [
                "1",
                "Braille Reading",
                "By 2026-11-03, given a grade 3 passage in contracted UEB, Theo will read 70 correct words per minute with 95% "
                "accuracy in 3 of 4 trials.",
                "42 correct words per minute, 88% accuracy (grade 2 passages)",
                "Timed reading probes, monthly",
                "TVI",
            ],
            [
                "2",
                "Braille Writing",
                "Theo will use the refreshable braille notetaker to write a 5-sentence paragraph using correct contractions in 4 "
                "of 5 writing samples.",
                "Writes 2 sentences on braillewriter",
                "Writing samples, every 2 weeks",
                "TVI, classroom teacher",
            ],
            [
                "3",
                "Orientation and Mobility",
                "Theo will travel independently from Room 12 to the cafeteria, the library, and the bus loop using the two-point "
                "touch cane technique with no more than 1 verbal prompt per route in 4 of 5 trials.",
                "5 to 7 verbal prompts per route; bus loop not attempted",
                "O&M data sheet, weekly",
                "COMS",
            ],
            [
                "4",
                "Math",
                "Theo will add and subtract 3-digit numbers with regrouping using the Cranmer abacus with 80% accuracy on 3 "
                "consecutive probes.",
                "45% accuracy",
                "Curriculum probes, monthly",
                "TVI, classroom teacher",
            ],
        ],
    ),
    ("p", "Progress Report Frequency: Quarterly, with report cards (November, January, April, June)"),
    ("p", "Progress Report Format: In braille to Theo; in print in English and Spanish to parent"),
    ("h", "SPECIAL EDUCATION AND RELATED SERVICES"),
    (
        "table",
        [
            ["Service", "Provider", "Location", "Frequency", "Duration", "Start", "End"],
            [
                "Specialized Instruction - Braille Literacy",
                "TVI",
                "Special Education Setting (Resource Room 7)",
                "4x weekly",
                "45 min",
                "2025-11-10",
                "2026-11-03",
            ],
            [
                "Specialized Instruction - Braille Support (push-in)",
                "TVI",
                "General Education Classroom",
                "2x weekly",
                "30 min",
                "2025-11-10",
                "2026-11-03",
            ],
            [
                "Orientation and Mobility",
                "Certified O&M Specialist (COMS)",
                "School campus and community",
                "1x weekly",
                "60 min",
                "2025-11-10",
                "2026-11-03",
            ],
            [
                "Assistive Technology Services",
                "AT Specialist",
                "General Education Classroom",
                "2 sessions/month",
                "30 min",
                "2025-11-10",
                "2026-11-03",
            ],
            [
                "Adapted Physical Education (consult)",
                "APE Teacher",
                "Gym / Playground",
                "1x monthly",
                "30 min",
                "2025-11-10",
                "2026-11-03",
            ],
            [
                "Braille Transcription of Materials",
                "District Braille Transcriptionist",
                "N/A",
                "Daily, as needed",
                "N/A",
                "2025-11-10",
                "2026-11-03",
            ],
        ],
    ),
    (
        "p",
        "Service Provider Names: TVI - Gwendolyn Achebe-Marsh; COMS - Fitzgerald Oyelaran; AT Specialist - Renata "
        "Szabo-Clarke; APE Teacher - Marcus Delacroix-Finn",
    ),
    ("page",),
    ("h", "SUPPLEMENTARY AIDS, ACCOMMODATIONS, AND MODIFICATIONS"),
    ("p", "Instructional Accommodations:"),
    ("p", "• All print materials provided in contracted UEB braille at the same time peers receive print"),
    ("p", "• Tactile graphics for maps, charts, and diagrams, with verbal description"),
    ("p", "• Text-to-speech / audio versions of science and social studies readings"),
    ("p", "• Extended time: 1.5x on classroom assignments and tests"),
    ("p", "• Verbal description of everything written on the board or shown on the screen"),
    ("p", "• Consistent classroom layout; advance notice when furniture is moved"),
    ("p", "• Sighted guide available for fire drills, assemblies, and field trips"),
    ("p", "• Copies of braille work transcribed into print by TVI for the classroom teacher"),
    ("p", "Assistive Technology Devices:"),
    ("p", "• Refreshable braille notetaker (32-cell display)"),
    ("p", "• Manual braillewriter (one at school, one loaned for home)"),
    ("p", "• Cranmer abacus"),
    ("p", "• Talking calculator"),
    ("p", "• Tactile drawing board"),
    ("p", "• Long white cane (provided by family; replacement tips supplied by district)"),
    (
        "p",
        "Recess/Social Support: APE teacher and recess aide will teach accessible games (beeper ball, goalball-style rolling "
        "games) to Theo's class twice a month so peers can play with him.",
    ),
    ("h", "STATE AND DISTRICT ASSESSMENT PARTICIPATION"),
    ("p", "Assessment: Grade 3 State Assessment - ELA and Mathematics"),
    ("p", "Participation: General assessment with accommodations"),
    ("p", "Testing Accommodations:"),
    (
        "table",
        [
            ["Accommodation", "ELA", "Math"],
            ["Braille test form (contracted UEB; math in UEB technical)", "Yes", "Yes"],
            ["Tactile graphics", "Yes", "Yes"],
            ["Extended time - 100% additional time (double time)", "Yes", "Yes"],
            ["Scribe: test administrator records braille responses verbatim", "Yes", "Yes"],
            ["Separate setting", "Yes", "Yes"],
            ["Frequent breaks", "Yes", "Yes"],
            ["Talking calculator / Cranmer abacus", "No", "Yes"],
        ],
    ),
    (
        "p",
        "District Benchmark (Fenwick Reading Screener): Exempt from the print fluency subtest; a braille fluency probe is "
        "given by the TVI instead.",
    ),
    ("h", "LEAST RESTRICTIVE ENVIRONMENT (LRE)"),
    ("p", "Percent of Time in General Education: 88%"),
    ("p", "LRE Category: Inside regular class 80% or more of the day"),
    ("p", "Time Outside General Education: 240 minutes per week (braille literacy in Resource Room 7 and O&M lessons)"),
    (
        "p",
        "Justification for Removal: Theo needs intensive, direct braille and O&M instruction that cannot be provided in the "
        "general education classroom without disrupting instruction or exposing Theo to hazards during cane training.",
    ),
    ("page",),
    ("h", "EXTENDED SCHOOL YEAR (ESY)"),
    ("p", "ESY Eligible: Yes"),
    (
        "p",
        "Rationale: Theo's braille reading rate dropped from 40 to 29 correct words per minute over the 2024-2025 winter "
        "break, and it took 6 weeks to recoup.",
    ),
    (
        "table",
        [
            ["ESY Service", "Frequency", "Duration", "Location", "Dates"],
            ["Braille Literacy", "2x weekly", "60 min", "Copper Hollow ES", "2026-06-22 to 2026-07-24"],
            ["Orientation and Mobility", "4 sessions total", "45 min", "Home neighborhood", "2026-06-22 to 2026-07-24"],
        ],
    ),
    ("h", "TRANSPORTATION"),
    ("p", "Special Transportation: Yes"),
    ("p", "Type: Regular school bus with door-to-door pickup and drop-off at home; bus aide not required"),
    (
        "p",
        "Bus Accommodations: Seat near the driver; driver announces arrival at school and at home stop; cane stored at "
        "Theo's seat",
    ),
    ("p", "The COMS will teach Theo the route from the bus loop to Room 12."),
    ("h", "IEP TEAM MEMBERS"),
    (
        "table",
        [
            ["Name", "Role", "Attended", "Date"],
            ["Lucia Barrantes", "Parent", "Yes", "2025-11-04"],
            ["Gwendolyn Achebe-Marsh", "TVI / Case Manager", "Yes", "2025-11-04"],
            ["Fitzgerald Oyelaran", "Certified O&M Specialist", "Yes", "2025-11-04"],
            ["Wilhelmina Strand", "General Education Teacher, Grade 3", "Yes", "2025-11-04"],
            ["Dr. Anjali Whitcombe", "LEA Representative / Assistant Principal", "Yes", "2025-11-04"],
            ["Renata Szabo-Clarke", "Assistive Technology Specialist", "Excused - written input", "2025-11-04"],
            ["Rafael Ostrowski-Luna", "Spanish Interpreter", "Yes", "2025-11-04"],
        ],
    ),
    ("p", "Parent Consent for Implementation: Signed 2025-11-04"),
    ("p", "Procedural Safeguards Provided: Yes (Spanish)     Prior Written Notice Issued: 2025-11-06"),
]


SUMAC = [
    ("h", "Tamsin Valley School District — Department of Student Services"),
    ("h", "Multidisciplinary Reevaluation Report and Individualized Education Program"),
    ("p", "Student: Nadia Ferreira-Holt     Date of Birth: February 3, 2013     Grade: 7     School: Ashgrove Middle School"),
    ("p", "Parents: Beatriz Ferreira-Holt and Connor Holt     Case Manager: Ms. Harriet Quarles, Learning Specialist"),
    ("h", "Part I. Reevaluation Report"),
    ("h", "Reason for Reevaluation"),
    (
        "p",
        "Nadia was first found eligible for special education in second grade. This is her triennial reevaluation. Her "
        "mother also asked the team to look at Nadia's attention, because she has trouble staying on task during homework, "
        "and to decide whether Nadia still needs speech-language therapy. Mrs. Ferreira-Holt signed consent for the "
        "reevaluation on November 12, 2025. The evaluation was completed and this report was written on January 14, 2026, "
        "and the team met to review it on January 28, 2026.",
    ),
    ("h", "Evaluation Team"),
    (
        "p",
        "The evaluation was carried out by Dr. Ottilie Marchetti-Ng, school psychologist; Mr. Benedikt Sowande, "
        "speech-language pathologist; and Ms. Harriet Quarles, special education teacher. Mr. Julian Tremblay-Oduya, Nadia's "
        "English teacher, and Ms. Ruth Akintola-Berg, her science teacher, completed rating scales and work samples.",
    ),
    ("h", "Assessment Results"),
    (
        "p",
        "Cognitive ability. On the Wechsler Intelligence Scale for Children, Fifth Edition (WISC-V), Nadia earned a Full "
        "Scale IQ of 96, in the average range. Her visual-spatial (104) and fluid reasoning (100) scores were average. Her "
        "working memory (85) and processing speed (82) scores were in the low average range, which means she may need more "
        "time to hold and work with information and to finish timed tasks.",
    ),
    (
        "p",
        "Academic achievement. The Wechsler Individual Achievement Test, Fourth Edition (WIAT-4) showed average skills in "
        "math and below-average skills in reading and spelling, as shown in the table. (Standard scores: average is 85 to "
        "115, mean 100.)",
    ),
    (
        "table",
        [
            ["WIAT-4 Subtest", "Standard Score", "Range"],
            ["Word Reading", "74", "Below average"],
            ["Pseudoword Decoding", "71", "Below average"],
            ["Oral Reading Fluency", "72", "Below average"],
            ["Reading Comprehension", "84", "Low average"],
            ["Spelling", "76", "Below average"],
            ["Sentence Composition", "88", "Average"],
            ["Math Problem Solving", "97", "Average"],
            ["Numerical Operations", "93", "Average"],
        ],
    ),
    (
        "p",
        "Speech and language. Mr. Sowande gave the Clinical Evaluation of Language Fundamentals, Fifth Edition (CELF-5). "
        "Nadia's Core Language score was 91, in the average range, and her expressive and receptive language skills are now "
        "similar to those of her classmates. Her teachers report no concerns with her speaking or understanding in class.",
    ),
    (
        "p",
        "Attention and behavior. On the BASC-3 rating scales, Mrs. Ferreira-Holt rated attention problems in the at-risk "
        "range; both teachers rated attention in the average range. In two classroom observations Nadia was on task 86% and "
        "91% of the time, similar to peers. The team noted that her off-task behavior at home happens mostly during "
        "reading-heavy homework. The team recommended that the family share these results with Nadia's pediatrician if "
        "concerns continue.",
    ),
    ("page",),
    ("h", "Eligibility Determination"),
    (
        "p",
        "Based on the evaluation, the team determined that Nadia continues to be eligible for special education as a student "
        "with a Specific Learning Disability in basic reading skills, reading fluency, and written expression (spelling). "
        "Her reading and spelling scores are well below what would be expected from her average reasoning ability and the "
        "instruction she has received, and she made limited progress with the research-based reading intervention she "
        "received this year.",
    ),
    (
        "p",
        "The team determined that Nadia no longer meets eligibility criteria for a Speech or Language Impairment. "
        "Speech-language therapy (previously 30 minutes weekly) will end on January 28, 2026. The team also considered Other "
        "Health Impairment and found that the data do not support eligibility in that category at this time.",
    ),
    ("p", "Nadia's parents agreed with the eligibility decision. Her next reevaluation must be completed by January 27, 2029."),
    ("h", "Part II. Individualized Education Program"),
    ("p", "IEP meeting date: 1-28-26     IEP in effect: 1-29-26 through 1-27-27     Annual review due by: January 27, 2027"),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Nadia is a friendly, hardworking seventh grader who enjoys science and art and says she wants to be a veterinarian. "
        "She earned B's in math and science in the first trimester and a C- in English. In December 2025, on seventh-grade "
        "passages, she read 78 words correct per minute with 91% accuracy (the spring target for seventh grade is about "
        "150). She decodes one-syllable words well but has trouble with multisyllabic words, correctly reading 58% of the "
        "multisyllabic words on a district word list. In her written work she spells 64% of grade-level words correctly, and "
        "spelling errors sometimes make her writing hard to understand. When texts are read aloud to her, she understands "
        "grade-level material and contributes thoughtful answers in class discussions.",
    ),
    (
        "p",
        "Parent concerns: Mrs. Ferreira-Holt said Nadia avoids reading aloud and spends up to three hours a night on "
        "homework, and she is worried about Nadia's confidence. Mr. Holt asked whether Nadia could use audiobooks for the "
        "class novels in English.",
    ),
    (
        "p",
        "Student input: Nadia said she does not want to leave her elective (art) for reading help, and that listening to "
        "books helps her keep up.",
    ),
    ("h", "Measurable Annual Goals"),
    (
        "p",
        "Goal 1 — Reading fluency. By January 27, 2027, given a seventh-grade passage, Nadia will read aloud at 115 words "
        "correct per minute with at least 95% accuracy on 3 consecutive biweekly probes. Baseline: 78 words correct per "
        "minute with 91% accuracy.",
    ),
    (
        "p",
        "Goal 2 — Decoding. By January 27, 2027, Nadia will correctly read multisyllabic words from grade-level content "
        "lists with 90% accuracy on 3 of 4 weekly probes. Baseline: 58% of multisyllabic words read correctly.",
    ),
    (
        "p",
        "Goal 3 — Spelling in written expression. By January 27, 2027, in written responses of at least one paragraph, Nadia "
        "will correctly spell grade-level high-frequency and content words with 85% accuracy, as measured on monthly writing "
        "samples. Baseline: 64% of grade-level words spelled correctly.",
    ),
    (
        "p",
        "Progress toward each goal will be measured by Ms. Quarles and reported to the parents three times a year, each "
        "trimester, with the report card.",
    ),
    ("page",),
    ("h", "Special Education Services"),
    (
        "p",
        "Nadia will receive specialized reading instruction in the Learning Center with Ms. Quarles for 1.5 hrs weekly, "
        "given as three 30-minute sessions during the intervention block so that she does not miss art. Instruction will use "
        "a structured literacy program focusing on multisyllabic decoding, fluency, and spelling.",
    ),
    (
        "p",
        "In English Language Arts, Nadia will be in a co-taught class, daily, 50 min, taught by Mr. Tremblay-Oduya and Ms. "
        "Quarles.",
    ),
    (
        "p",
        "Ms. Quarles will consult with Nadia's science and social studies teachers 2 sessions/month, 20 min, to plan "
        "accommodations and check on her progress.",
    ),
    (
        "p",
        "Speech-language therapy: discontinued as of January 28, 2026. Mr. Sowande will check in with Nadia's English "
        "teacher once in March 2026 to make sure no new concerns have come up.",
    ),
    ("h", "Accommodations"),
    ("p", "Nadia's teachers will provide these accommodations in all classes:"),
    ("p", "- Audiobooks or text-to-speech for texts above her independent reading level, including class novels"),
    ("p", "- Extended time (1.5x) on tests and quizzes"),
    ("p", "- Spelling is not graded on assignments, except on spelling and vocabulary tests"),
    ("p", "- Speech-to-text software for written assignments longer than one paragraph"),
    ("p", "- Not required to read aloud in class unless she volunteers"),
    ("p", "- Copies of teacher notes or a guided-notes outline"),
    ("p", "- Homework reduced to the essential problems or questions when it takes more than 60 minutes a night in total"),
    ("h", "Participation in State and District Assessments"),
    (
        "p",
        "Nadia will take the Tamsin State Assessment of Readiness (TSAR) in English language arts, math, and science with "
        "her grade-level peers; she does not qualify for the alternate assessment. She will test in a small group in a "
        "separate room with extended time. Text-to-speech will be provided for math and science test items. Text-to-speech "
        "will not be used on the ELA reading passages, because it is not permitted on that section of the test; test "
        "questions and answer choices in ELA may be read aloud. On district reading benchmarks she will have the same "
        "accommodations.",
    ),
    ("h", "Least Restrictive Environment"),
    (
        "p",
        "Nadia will spend approximately 95% of her school day in general education classes. She will be removed from general "
        "education only for the Learning Center reading sessions (90 minutes per week). The team considered providing all "
        "reading instruction inside the co-taught class but decided she needs small-group, intensive decoding instruction "
        "that cannot be provided there.",
    ),
    ("h", "Extended School Year"),
    (
        "p",
        "The team considered extended school year services and determined that Nadia is not eligible for ESY this year. Her "
        "progress monitoring data show no significant regression after winter break. The family was given information about "
        "the free summer reading program at the Ashgrove Public Library.",
    ),
    ("h", "Transportation"),
    ("p", "Nadia rides the regular school bus. No special transportation is needed."),
    ("h", "Team Members Present on January 28, 2026"),
    (
        "table",
        [
            ["Name", "Role", "Signature"],
            ["Beatriz Ferreira-Holt", "Parent", "Beatriz Ferreira-Holt"],
            ["Connor Holt", "Parent (by phone)", "verbal agreement"],
            ["Harriet Quarles", "Special education teacher / case manager", "H. Quarles"],
            ["Julian Tremblay-Oduya", "General education teacher (ELA)", "J. Tremblay-Oduya"],
            ["Dr. Ottilie Marchetti-Ng", "School psychologist", "O. Marchetti-Ng"],
            ["Benedikt Sowande", "Speech-language pathologist", "B. Sowande"],
            ["Lorraine Bakshi", "Assistant principal / district representative", "L. Bakshi"],
            ["Nadia Ferreira-Holt", "Student", "Nadia F-H"],
        ],
    ),
    (
        "p",
        "The parents received a copy of the Procedural Safeguards and Prior Written Notice of the eligibility decision and "
        "the end of speech-language services. Questions about this IEP may be directed to Ms. Quarles at Ashgrove Middle "
        "School, 555-0193.",
    ),
]


MIMOSA = [
    ("h", "Lone Elm R-III School District — Individualized Education Program (IEP)"),
    ("p", "Student: Josephine “Josie” Kettering        Date of Birth: 02/03/2021        Grade: Kindergarten"),
    ("p", "School: Lone Elm Elementary, 410 Railroad Street, Lone Elm        Teacher: Mrs. Annette Weatherby"),
    ("p", "Parents: Caleb and Marisa Kettering, 2291 County Road K        Home/Cell: (555) 014-2291"),
    ("p", "Date of IEP meeting: September 22, 2026        This IEP is in effect September 23, 2026 through September 21, 2027."),
    ("p", "Case manager: Miss Rylee Hollis, special education teacher, (555) 014-3300 ext. 212"),
    (
        "p",
        "Josie came to Lone Elm Elementary this fall from the Early Childhood Special Education (ECSE) program at the "
        "Tri-County Special Services Cooperative in Harlan. In preschool she was served under Young Child with a "
        "Developmental Delay. At her reevaluation on April 10, 2026 the team found that she now meets the criteria for "
        "Speech or Language Impairment (speech sound disorder and expressive language). She is no longer eligible under the "
        "developmental delay category because her pre-academic and social skills are now where we expect them to be for her "
        "age. Her next reevaluation is due by 4/10/2029. Her next annual IEP review must be held by 9/21/27.",
    ),
    (
        "p",
        "Parent concerns: Mom and Dad shared that they are worried people outside the family can't understand Josie, and "
        "that she gets frustrated and shuts down when she is asked to say something again. They would also like her to learn "
        "to hold her pencil right and write her name before first grade. Mom said Josie has been crying at drop-off some "
        "mornings and asked the school to let her know when Josie has a hard morning. Dad asked that speech not be scheduled "
        "during recess, because recess is where she is making friends.",
    ),
    (
        "p",
        "How Josie is doing now. Josie is a cheerful, curious five-year-old who loves the block center, animals, and helping "
        "her teacher pass out papers. She plays well with other children and has two close friends in her class. Mrs. "
        "Weatherby reports that she follows classroom routines and two-step directions with a picture cue.",
    ),
    (
        "p",
        "Speech: Josie is understood about 55% of the time by unfamiliar listeners when the topic is not known. She says /t/ "
        "for /k/ and /d/ for /g/ (“tat” for cat, “doe” for go), and she replaces /s/ and /f/ with stops at the beginning of "
        "words. On the Goldman-style articulation probe given by the SLP on 9/8/26, she produced /k/ and /g/ correctly at "
        "the word level with 10% accuracy.",
    ),
    (
        "p",
        "Language: Josie usually talks in 3–4 word sentences (“me want blue one”). She leaves off plural -s and -ing "
        "endings. During a structured play sample she used the plural -s correctly 1 out of 5 times. She understands "
        "age-level stories read aloud and can answer simple who and where questions.",
    ),
    (
        "p",
        "Fine motor: Josie holds her pencil and crayons in a fisted grasp. She can copy a circle and a vertical line but not "
        "a cross or a square. She can write the letter J but not the rest of her name. She can snip paper with scissors but "
        "cannot yet cut on a line.",
    ),
    (
        "p",
        "Pre-academic: On the district kindergarten screener in August, Josie named 14 uppercase letters and 9 lowercase "
        "letters. She can count to 20 and count objects one-to-one up to 8. She could tell the first sound in 3 out of 10 "
        "spoken words. Her speech sound errors make some of the letter-sound work harder for her, because she hears herself "
        "say /t/ when she means /k/.",
    ),
    ("page",),
    ("p", "Goals for this year"),
    (
        "p",
        "Goal 1 (speech sounds). By September 2027, Josie will say /k/ and /g/ correctly at the beginning of words in short "
        "phrases with 80% accuracy across 3 consecutive sessions. Baseline: 10% accuracy at the word level. Mrs. Pruitt will "
        "keep data at every session.",
    ),
    (
        "p",
        "Goal 2 (talking in sentences). By September 2027, Josie will use 5–6 word sentences that include plural -s and -ing "
        "endings in 4 out of 5 opportunities during structured play or show-and-tell. Baseline: 3–4 word sentences; plurals "
        "correct 1 out of 5 times. Measured by language samples taken once a month.",
    ),
    (
        "p",
        "Goal 3 (handwriting). By September 2027, Josie will copy her first name (JOSIE) with correctly formed capital "
        "letters using a tripod grasp in 4 of 5 trials. Baseline: writes only the letter J, with a fisted grasp. Mr. Ohlsen "
        "and Mrs. Weatherby will collect work samples.",
    ),
    (
        "p",
        "Goal 4 (beginning sounds). By September 2027, Josie will tell the first sound in a spoken word 8 out of 10 times on "
        "two different days. Baseline: 3 out of 10. Miss Hollis will check this every two weeks.",
    ),
    (
        "p",
        "We will send home a written progress report on Josie's goals every nine weeks, when report cards go home. Mrs. "
        "Pruitt will also send a speech note home every Friday in Josie's take-home folder.",
    ),
    (
        "p",
        "Services. Josie will get speech therapy from Mrs. Dana Pruitt, CCC-SLP, twice a week for 25 minutes each time, in "
        "the speech room (pull-out). Speech will be scheduled in the afternoon and not during recess. Mrs. Pruitt will also "
        "meet with Mrs. Weatherby once a month for 15 minutes to share speech cues that can be used in class "
        "(consultation).",
    ),
    (
        "p",
        "Occupational therapy will be 3 sessions/month, 30 min each, with Mr. Travis Ohlsen, OTR/L, who serves Lone Elm "
        "through the Tri-County cooperative. OT will happen in the kindergarten classroom during writing center or in the OT "
        "space in the library. Miss Hollis will work with Josie in the kindergarten room during literacy centers daily, 20 "
        "min, on letter names and beginning sounds (special education services in the regular classroom).",
    ),
    (
        "p",
        "Time in the regular classroom. Josie's school day is 6 hours 50 minutes. She is out of the kindergarten classroom "
        "only for speech (50 minutes a week), so she spends about 98% of her time in the regular kindergarten classroom with "
        "her classmates. The team decided pull-out speech is needed because she needs a quiet place to hear and practice the "
        "sounds. She eats lunch, goes to recess, music, art, PE and library with her class.",
    ),
    ("page",),
    ("p", "Things that help Josie in class (accommodations):"),
    ("p", "• Give her extra wait time (count to 10 in your head) before asking her to say it again."),
    ("p", "• If you can't understand her words, let her point to a picture or show you instead of repeating more than once."),
    ("p", "• Pencil grip and short, fat crayons and pencils at the writing center."),
    ("p", "• Seat her near the teacher at carpet time and during directions."),
    ("p", "• Visual schedule taped to her table spot; warn her before changes in the day."),
    (
        "p",
        "• On hard mornings, let her spend a few minutes in the classroom calm corner with a stuffed animal before joining "
        "the group. Mrs. Weatherby will text Mom by 9:30 a.m. if Josie had a hard drop-off.",
    ),
    (
        "p",
        "Testing. Kindergarten students do not take the state assessment. Josie will take the district kindergarten screener "
        "in the fall, winter and spring with her classmates. Directions may be repeated and she may point to answers instead "
        "of saying them.",
    ),
    (
        "p",
        "Summer. The team talked about extended school year (ESY). Josie does not need ESY this year because she kept her "
        "skills over the summer and over last year's winter break. The team will look at this again in the spring if she "
        "starts losing skills.",
    ),
    ("p", "Bus. Josie rides the regular bus (Route 4) with her older brother. She does not need special transportation."),
    (
        "p",
        "Health. Josie has a peanut allergy. An EpiPen is kept in the nurse's office, and a second one goes in Mrs. "
        "Weatherby's bag on field trips. The school nurse, Ms. Carla Goins, RN, wrote an Individual Health Plan that is kept "
        "in the office and shared with the cafeteria. No other health concerns were reported.",
    ),
    (
        "p",
        "Parents were given a copy of the Procedural Safeguards (parent rights) on 9/22/26 and agree with this IEP. Copies "
        "go to the parents, Mrs. Weatherby, Mrs. Pruitt, Mr. Ohlsen and the special education file.",
    ),
    (
        "table",
        [
            ["Name", "Role", "Signature / Present"],
            ["Marisa Kettering", "Parent", "Marisa Kettering — present"],
            ["Caleb Kettering", "Parent", "Caleb Kettering — present"],
            ["Rylee Hollis", "Special Education Teacher / Case Manager", "R. Hollis — present"],
            ["Annette Weatherby", "Kindergarten Teacher", "A. Weatherby — present"],
            ["Dana Pruitt, CCC-SLP", "Speech-Language Pathologist", "D. Pruitt — present"],
            ["Travis Ohlsen, OTR/L", "Occupational Therapist (Tri-County)", "written input, by phone"],
            ["Gordon Fessler", "Superintendent / District Representative", "G. Fessler — present"],
        ],
    ),
]


NUTMEG = [
    ("h", "StridePath Student Services — Individualized Education Program (IEP) Report"),
    ("p", "Calder Valley Joint Union High School District | Printed: 01/14/2027 3:42 PM | Page 1 of 4 | CONFIDENTIAL"),
    (
        "table",
        [
            ["Student", "Devontae L. Harrow", "Student ID", "4471823"],
            ["DOB", "2010-06-19", "Age", "16"],
            ["Grade", "11", "School", "Ridgeline High School"],
            ["Parent/Guardian", "Lashonda Harrow (mother)", "Phone", "(555) 016-4410"],
            ["Case Manager", "Gwen Achterberg", "Case Manager Email", "gachterberg@cvjuhsd.example"],
            ["Meeting Date", "2027-01-12", "Meeting Type", "Annual Review"],
            ["IEP Start Date", "2027-01-12", "IEP End Date", "2028-01-11"],
            ["Next Annual Review", "2028-01-11", "Last Evaluation", "2025-02-03"],
            ["Next Triennial Evaluation", "2028-02-03", "Primary Language", "English"],
        ],
    ),
    ("p", "Primary Disability: Specific Learning Disability (SLD) — basic reading, reading comprehension, written expression"),
    ("p", "Secondary Disability: Other Health Impairment (OHI) — ADHD, combined presentation"),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Reading: Devontae reads independently at approximately a 6th grade level. District benchmark (11/2026): Lexile "
        "820L. Decoding of multisyllabic words is slow; comprehension improves significantly when text is read aloud "
        "(text-to-speech). On 9th-grade-level passages he answers 55% of inferential questions correctly.",
    ),
    (
        "p",
        "Written Expression: Writes a 1–2 paragraph response with frequent spelling errors; organization is the main need. "
        "Scored 1 of 4 on the district argumentative writing rubric (10/2026). Uses speech-to-text effectively when "
        "allowed.",
    ),
    (
        "p",
        "Math: Currently passing Algebra II (general education, no special education support) with a C. No math services are "
        "recommended.",
    ),
    (
        "p",
        "Attention/Organization: Per teacher reports and the Q1 grade portal, Devontae turned in 58% of assignments on time. "
        "Loses track of long-term projects; does better with check-in dates.",
    ),
    (
        "p",
        "Strengths: Strong mechanical reasoning, good sense of humor, reliable employee. Works weekends at Belden Tire & "
        "Lube. Well liked by peers and staff.",
    ),
    (
        "p",
        "Parent Input: Mother is concerned about graduation credits and whether Devontae is on track to graduate with his "
        "class. She would like him to take driver's ed this year and wants more frequent updates from the case manager "
        "(email preferred).",
    ),
    (
        "p",
        "Student Input: Devontae wants to become a mechanic and go to Calder Valley Community College. He asked not to be "
        "pulled out of classes in front of his friends and prefers that teachers remind him privately about missing work.",
    ),
    ("page",),
    ("p", "Calder Valley Joint Union High School District | Student: Devontae L. Harrow | ID 4471823 | Page 2 of 4"),
    ("h", "Annual Goals"),
    (
        "table",
        [
            ["#", "Area", "Baseline", "Annual Goal", "Criteria", "Measured By", "Responsible"],
            [
                "1",
                "Reading Comprehension",
                "Answers 55% of inferential questions on 9th-grade-level passages",
                "By 2028-01-11, given 10th-grade-level informational text and text-to-speech, Devontae will answer inferential "
                "questions",
                "80% accuracy in 4 of 5 probes",
                "Curriculum-based probes, monthly",
                "Special Education Teacher",
            ],
            [
                "2",
                "Written Expression",
                "Scores 1 of 4 on district argumentative rubric",
                "By 2028-01-11, using a graphic organizer and speech-to-text, Devontae will write a multi-paragraph "
                "argumentative "
                "essay",
                "Score of 3 of 4 on district rubric on 3 consecutive essays",
                "District rubric, work samples",
                "Special Education Teacher, English Teacher",
            ],
            [
                "3",
                "Organization / Executive Functioning",
                "Turns in 58% of assignments on time (Q1 portal)",
                "By 2028-01-11, using a weekly planner or digital calendar, Devontae will submit assignments on time",
                "85% on time over 4 consecutive weeks",
                "Grade portal review, weekly",
                "Case Manager",
            ],
            [
                "4",
                "Self-Advocacy (Transition)",
                "Requests accommodations 1 of 5 observed opportunities",
                "By 2028-01-11, Devontae will independently request his accommodations from general education teachers",
                "4 of 5 observed opportunities",
                "Teacher observation log",
                "Case Manager, Transition Specialist",
            ],
        ],
    ),
    (
        "p",
        "Progress Reporting: Quarterly, with district report cards (October, January, March, June). Written progress report "
        "mailed and emailed to parent.",
    ),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Provider", "Start", "End", "Frequency", "Minutes", "Location", "Setting"],
            [
                "Specialized Academic Instruction — Academic Strategies class",
                "Special Education Teacher (G. Achterberg)",
                "2027-01-12",
                "2028-01-11",
                "Daily",
                "55 min",
                "Room C-108",
                "Separate class",
            ],
            [
                "Specialized Academic Instruction — co-taught English 11",
                "Special Education Teacher (co-teacher)",
                "2027-01-12",
                "2028-01-11",
                "5x weekly",
                "55 min",
                "Room A-210",
                "General education",
            ],
            [
                "Study skills / grade check-in (during Academic Strategies)",
                "Case Manager",
                "2027-01-12",
                "2028-01-11",
                "1x weekly",
                "15 min",
                "Room C-108",
                "Separate class",
            ],
            [
                "Assistive Technology consultation",
                "AT Specialist (H. Wickersham)",
                "2027-01-12",
                "2027-06-04",
                "1x monthly",
                "30 min",
                "Library, Ridgeline HS",
                "Consult with student and staff",
            ],
            [
                "College and Career Awareness (transition service)",
                "Transition Specialist (O. Pelletier)",
                "2027-01-12",
                "2028-01-11",
                "4x yearly",
                "45 min",
                "Career Center",
                "Individual",
            ],
        ],
    ),
    (
        "p",
        "Total instructional minutes per week: 1,650 | Minutes per week outside general education: 275 | Percent of time in "
        "general education: 83%",
    ),
    (
        "p",
        "LRE Justification: Devontae requires direct, explicit instruction in reading and writing strategies that cannot be "
        "delivered in the general education setting alone. He participates in all other general education classes, "
        "electives, lunch, and extracurricular activities with non-disabled peers.",
    ),
    ("page",),
    ("p", "Calder Valley Joint Union High School District | Student: Devontae L. Harrow | ID 4471823 | Page 3 of 4"),
    ("h", "Accommodations and Supplementary Aids"),
    (
        "table",
        [
            ["Accommodation", "Applies To", "Frequency / Conditions"],
            [
                "Extended time (1.5x) on tests, quizzes, and major assignments",
                "All classes",
                "Whenever an assessment or assignment is timed",
            ],
            ["Text-to-speech for tests and readings", "All classes", "Readings longer than one page; all tests"],
            ["Speech-to-text for written work", "All classes", "Written responses longer than one paragraph"],
            ["Copy of teacher notes or slides", "Core academic classes", "Daily, provided at start of unit"],
            ["Chunked long-term assignments with check-in dates", "English 11, U.S. History", "Projects longer than one week"],
            ["Small-group testing in separate setting", "All classes", "Upon student request"],
            ["Private reminders about missing work (not in front of class)", "All classes", "As needed"],
        ],
    ),
    ("h", "Statewide and District Assessments"),
    (
        "table",
        [
            ["Assessment", "Participation", "Accommodations / Designated Supports", "Notes"],
            [
                "State Grade 11 Assessment — ELA and Mathematics",
                "General assessment with accommodations",
                "Text-to-speech (all items); separate setting; breaks",
                "Extended time: N/A — test is untimed",
            ],
            [
                "State Science Test (Grade 11)",
                "General assessment with designated supports",
                "Text-to-speech; separate setting",
                "Spring 2027",
            ],
            [
                "SAT School Day",
                "Participates",
                "50% extended time; text-to-speech (requested from College Board)",
                "Request submitted 2026-12-03; status: pending",
            ],
            ["District Benchmarks (Reading)", "Participates", "Same as classroom accommodations", "Fall, winter, spring"],
        ],
    ),
    ("h", "Special Considerations"),
    (
        "p",
        "Behavior impedes learning of self or others: No | Limited English Proficient: No | Assistive Technology needed: Yes "
        "(text-to-speech and speech-to-text on school Chromebook) | Blind/Visually Impaired: No | Deaf/Hard of Hearing: No",
    ),
    (
        "p",
        "Health: Takes prescribed ADHD medication at home before school. No medication is administered at school. No health "
        "plan required.",
    ),
    (
        "p",
        "Extended School Year (ESY): ESY Eligible: No. Rationale: No evidence of significant regression or limited "
        "recoupment after breaks; reading and writing scores were stable from June 2026 to September 2026.",
    ),
    (
        "p",
        "Transportation: Special transportation required: No. Student uses regular district transportation or is driven by "
        "parent.",
    ),
    ("page",),
    ("p", "Calder Valley Joint Union High School District | Student: Devontae L. Harrow | ID 4471823 | Page 4 of 4"),
    ("h", "Transition Plan"),
    (
        "p",
        "Age-appropriate transition assessments: Career interest inventory (2026-10-08); student interview (2026-11-15); "
        "parent interview (2026-12-01). Results show strong interest in mechanical and hands-on work, especially automotive "
        "repair.",
    ),
    (
        "table",
        [
            ["Area", "Measurable Postsecondary Goal"],
            [
                "Education / Training",
                "After high school, Devontae will enroll in the Automotive Technology certificate program at Calder Valley "
                "Community College.",
            ],
            ["Employment", "After completing training, Devontae will work full-time as an automotive service technician."],
            [
                "Independent Living",
                "By graduation, Devontae will obtain a provisional driver's license and manage a personal checking account.",
            ],
        ],
    ),
    (
        "table",
        [
            ["Transition Activity / Service", "Responsible", "Target Date", "Status"],
            [
                "Tour CVCC automotive program and meet the college's disability services counselor",
                "Transition Specialist, Student",
                "2027-04-30",
                "Not started",
            ],
            [
                "Register for Automotive Technology I (CTE pathway) for senior year",
                "School Counselor, Student",
                "2027-03-15",
                "Not started",
            ],
            ["Complete driver's education course", "Parent, Student", "Summer 2027", "Planned"],
            ["Referral to State Vocational Rehabilitation", "Transition Specialist, Parent", "2027-09-30", "Not started"],
        ],
    ),
    (
        "p",
        "Course of Study: Standard high school diploma. Credits earned: 148 of 220 required. On track to graduate. "
        "Anticipated Graduation Date: 2028-06-09 (June 2028).",
    ),
    (
        "p",
        "Transfer of Rights at Age of Majority: Rights transfer to the student at age 18 (2028-06-19). Student and parent "
        "were informed on 2027-01-12.",
    ),
    ("h", "Meeting Participants"),
    (
        "table",
        [
            ["Name", "Role", "Attended", "Method", "Signature Date"],
            ["Lashonda Harrow", "Parent", "Yes", "In person", "2027-01-12"],
            ["Devontae Harrow", "Student", "Yes", "In person", "2027-01-12"],
            ["Gwen Achterberg", "Case Manager / Special Education Teacher", "Yes", "In person", "2027-01-12"],
            ["Raul Estevanez", "General Education Teacher (English 11)", "Yes", "In person", "2027-01-12"],
            ["Omar Pelletier", "Transition Specialist", "Yes", "Video", "2027-01-12"],
            ["Hal Wickersham", "Assistive Technology Specialist", "No — written input", "N/A", "N/A"],
            ["Tess Varga", "Assistant Principal (District Representative)", "Yes", "In person", "2027-01-12"],
        ],
    ),
    (
        "p",
        "Parent consent to IEP: ☒ I agree with this IEP ☐ I agree except ☐ I do not agree — signed Lashonda Harrow, 2027-01-12",
    ),
]


OSAGE = [
    ("h", "Prairie Hollow Public Schools — Individualized Education Program (Form IEP-1, rev. 2025)"),
    ("h", "Section 1. Student Information"),
    (
        "table",
        [
            ["Student name", "Rowan Everett Tasker", "Date of birth", "11/30/2013"],
            ["Grade", "7", "School", "Bluestem Middle School"],
            ["Parent/Guardian", "Loretta Tasker (grandmother, legal guardian)", "Phone", "(555) 018-6642"],
            ["Address", "77 Sycamore Bend Rd., Prairie Hollow", "Case manager", "Anton Brisco, special education teacher"],
        ],
    ),
    ("h", "Section 2. Meeting Information"),
    ("p", "Date of meeting: March 4, 2027"),
    ("p", "Purpose of meeting: ☐ Initial IEP ☒ Annual Review ☐ Reevaluation ☐ Amendment ☐ Transfer"),
    ("p", "IEP begins: 03/04/2027        IEP ends / next annual review by: 03/03/2028"),
    ("p", "Date of most recent evaluation: 01/19/2026        Reevaluation due by: 01/19/2029"),
    ("h", "Section 3. Eligibility"),
    (
        "p",
        "Primary disability category: ☒ Emotional Disability ☐ Other Health Impairment ☐ Specific Learning Disability ☐ Autism",
    ),
    ("p", "Secondary disability category: ☒ None"),
    ("h", "Section 4. Parent/Guardian Concerns"),
    (
        "p",
        "Mrs. Tasker is worried about Rowan's anger at school and the three days of suspension he received in the fall. She "
        "asked to be called before things get out of hand, not after. She wants Rowan to keep playing in the band because it "
        "is the one class he never misses, and she asked that band not be taken away as a consequence.",
    ),
    ("h", "Section 5. Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Academics: Rowan reads at grade level and enjoys graphic novels. He is passing math with a C+. His biggest academic "
        "need is writing: he completes about 30% of written assignments and often refuses when the task is long or "
        "open-ended.",
    ),
    (
        "p",
        "Behavior/Social-Emotional: A functional behavior assessment (FBA) was completed in October 2026. Target behaviors "
        "are verbal outbursts (yelling, swearing), leaving class without permission, and throwing objects (2 incidents this "
        "year). Baseline data from the FBA: Rowan leaves class without permission an average of 4 times per week and has "
        "about 6 verbal outbursts per week. Triggers identified: unexpected changes in schedule or staff, being corrected in "
        "front of peers, and long writing tasks. When asked, Rowan could name a trigger and a coping strategy in 1 of 5 "
        "counseling sessions.",
    ),
    (
        "p",
        "Strengths: Rowan plays trumpet in the 7th grade band, draws very well, and is kind and patient with younger "
        "students. He responds well to adults who speak to him calmly and privately.",
    ),
    ("h", "Section 6. Consideration of Special Factors"),
    (
        "table",
        [
            ["Factor", "Response"],
            [
                "Does the student's behavior impede his/her learning or that of others?",
                "☒ Yes ☐ No — Behavior Intervention Plan attached (Attachment A)",
            ],
            ["Is a crisis/safety plan needed?", "☒ Yes ☐ No — Crisis Plan attached (Attachment B)"],
            ["Limited English proficiency", "☐ Yes ☒ No"],
            ["Assistive technology needed", "☐ Yes ☒ No"],
            ["Blind or visually impaired", "☐ Yes ☒ No"],
            ["Deaf or hard of hearing", "☐ Yes ☒ No"],
            ["Special communication needs", "☐ Yes ☒ No"],
        ],
    ),
    ("page",),
    ("h", "Section 7. Measurable Annual Goals"),
    (
        "p",
        "Goal 1 — Self-regulation. When upset, Rowan will request a break using his break card instead of leaving class "
        "without permission, reducing unauthorized exits from a baseline of 4 per week to 1 or fewer per week for 6 "
        "consecutive weeks. Measured by: daily point sheet and office referral data.",
    ),
    (
        "p",
        "Goal 2 — Coping skills. In social work sessions and when debriefing after an incident, Rowan will identify his "
        "trigger and choose an appropriate coping strategy in 4 of 5 opportunities. Baseline: 1 of 5. Measured by: social "
        "worker session notes.",
    ),
    (
        "p",
        "Goal 3 — Written expression. Using a graphic organizer, Rowan will complete a written response of at least 5 "
        "sentences in 80% of assigned writing tasks over a grading quarter. Baseline: completes about 30% of written "
        "assignments. Measured by: ELA teacher gradebook and work samples.",
    ),
    ("p", "Progress on goals will be reported: ☒ Quarterly, with report cards ☐ Semester ☐ Other"),
    ("h", "Section 8. Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Amount / Frequency", "Location", "Provider", "Begin – End"],
            [
                "Social work services (individual)",
                "30 min 1x/wk",
                "Social worker's office",
                "Ms. Deja Fairweather, LCSW",
                "3/4/27 – 3/3/28",
            ],
            [
                "Specialized instruction — social/emotional skills",
                "1.5 hrs weekly",
                "Bluestem Learning Center, Room 114",
                "Mr. Anton Brisco, special education teacher",
                "3/4/27 – 3/3/28",
            ],
            [
                "Specialized instruction — written expression (push-in)",
                "3 sessions/month, 45 min",
                "General education ELA classroom",
                "Mr. Anton Brisco",
                "3/4/27 – 3/3/28",
            ],
            [
                "Check-in/check-out with point sheet",
                "daily, 5 min AM and 5 min PM",
                "Learning Center, before first bell and after last period",
                "Mr. Anton Brisco",
                "3/4/27 – 3/3/28",
            ],
            [
                "Psychological consultation to staff",
                "60 minutes per month",
                "Bluestem Middle School",
                "Dr. Helen Markovic, school psychologist",
                "3/4/27 – 3/3/28",
            ],
        ],
    ),
    ("h", "Section 9. Accommodations and Supplementary Aids"),
    (
        "p",
        "☒ Break card: up to 3 breaks per class, 5 minutes each, in the hallway alcove outside the classroom or the Learning "
        "Center",
    ),
    ("p", "☒ Advance warning (at least one day when possible) of schedule changes, substitutes, and assemblies"),
    ("p", "☒ Corrective feedback given privately, not in front of peers"),
    ("p", "☒ Graphic organizers and sentence starters for writing tasks"),
    ("p", "☒ Reduced length of written assignments (same content, fewer questions)"),
    ("p", "☒ Seating near the door so he can use his break card without crossing the room"),
    ("p", "☐ Extended time ☐ Read aloud ☐ Calculator"),
    ("h", "Section 10. Supports for School Personnel"),
    (
        "p",
        "All of Rowan's teachers, the band director, and his bus driver will receive a copy of the BIP and a crisis plan "
        "summary. Staff training on the BIP and crisis plan will be completed by 3/19/27, led by Dr. Markovic.",
    ),
    ("page",),
    ("h", "Section 11. Participation in State and District Assessments"),
    (
        "p",
        "☒ General state assessment with accommodations ☐ General state assessment without accommodations ☐ Alternate assessment",
    ),
    (
        "p",
        "Testing accommodations: small-group separate setting; breaks as needed; test given in multiple sessions over more "
        "than one day. Rowan does not need extended time.",
    ),
    ("h", "Section 12. Least Restrictive Environment"),
    (
        "p",
        "Minutes per week outside general education: 120 (social/emotional skills 90 and social work 30). Total minutes per "
        "week: 2,100. Rowan is in general education 94% of the school day.",
    ),
    ("p", "Placement: ☒ Regular class 80% or more ☐ Regular class 40–79% ☐ Regular class less than 40% ☐ Separate school"),
    (
        "p",
        "Explanation of removal: Rowan needs direct instruction in coping and social skills in a small, private setting. All "
        "other instruction, including push-in writing support, happens in general education classes with his peers.",
    ),
    ("h", "Section 13. Extended School Year (ESY)"),
    ("p", "☒ Eligible for ESY ☐ Not eligible ☐ Decision deferred to (date)"),
    (
        "p",
        "ESY services: social work services, 45 minutes 1x/week for 6 weeks, June 14 – July 23, 2027, at Prairie Hollow "
        "Community Center summer site. Rationale: significant regression in behavior after winter break (outbursts increased "
        "from 3 to 9 per week in January 2027) with recoupment taking more than 4 weeks.",
    ),
    ("h", "Section 14. Transportation"),
    (
        "p",
        "☒ Regular transportation ☐ Special transportation. Rowan rides regular education bus #12. The bus driver will be "
        "given the crisis plan summary.",
    ),
    ("h", "Section 15. IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Loretta Tasker", "Grandmother / Legal Guardian", "Loretta Tasker", "3/4/27"],
            ["Rowan Tasker", "Student (attended part of meeting)", "Rowan T.", "3/4/27"],
            ["Anton Brisco", "Special Education Teacher / Case Manager", "A. Brisco", "3/4/27"],
            ["Kimberly Ostrander", "General Education Teacher (ELA)", "K. Ostrander", "3/4/27"],
            ["Deja Fairweather, LCSW", "School Social Worker", "D. Fairweather", "3/4/27"],
            ["Dr. Helen Markovic", "School Psychologist", "H. Markovic", "3/4/27"],
            ["Gail Thornquist", "Assistant Principal / LEA Representative", "G. Thornquist", "3/4/27"],
        ],
    ),
    ("page",),
    ("h", "Attachment A — Behavior Intervention Plan (BIP)"),
    ("p", "Target behaviors: leaving class without permission; verbal outbursts; throwing objects."),
    (
        "p",
        "Function of behavior (from FBA, October 2026): to escape long writing tasks and public correction; secondarily, to "
        "get peer attention.",
    ),
    ("p", "Replacement behavior: Rowan shows or taps his break card and goes to the agreed break spot for up to 5 minutes."),
    (
        "p",
        "Prevention strategies: greet Rowan at the door; give a preview of the day's tasks; break writing into smaller "
        "parts; correct privately; give advance warning of changes.",
    ),
    (
        "p",
        "Reinforcement: Rowan carries a daily point sheet to each class. If he earns 80% of his points for the week, he "
        "earns 15 minutes in the band room on Friday afternoon. Grandmother signs the point sheet each night.",
    ),
    (
        "p",
        "Responses to behavior: calmly restate the expectation once; prompt use of the break card; do not argue or debate in "
        "front of peers; follow the crisis plan if behavior escalates. Band participation is not removed as a consequence.",
    ),
    ("p", "Data collection: point sheets and office referrals are reviewed every two weeks by Mr. Brisco and Dr. Markovic."),
    ("h", "Attachment B — Crisis Plan"),
    (
        "table",
        [
            ["Stage", "What it looks like for Rowan", "What staff do"],
            [
                "1. Agitation",
                "Hood up, head down, tapping pencil, short answers (“whatever”)",
                "Offer the break card privately; lower your voice; give space; do not argue",
            ],
            [
                "2. Escalation",
                "Swearing, pacing, pushing materials off desk",
                "Call the office at ext. 2150 for the crisis team; move nearby students if needed; offer to walk with him to the "
                "Reset Room (Room 116)",
            ],
            [
                "3. Crisis / unsafe",
                "Throwing objects, threats to hurt himself or others",
                "Clear the classroom of other students; crisis team responds (Dr. Markovic, Mr. Brisco, Ms. "
                "Thornquist); physical "
                "restraint only if imminent danger of serious physical harm, by CPI-trained staff, per district policy",
            ],
            [
                "4. Recovery",
                "Quiet, tired, may cry or want to draw",
                "Allow 10–15 minutes of quiet time with water and drawing paper; debrief with a Think Sheet; return "
                "to class with "
                "an adult",
            ],
        ],
    ),
    (
        "p",
        "If Rowan talks about hurting himself, Dr. Markovic (or Ms. Fairweather if she is not available) will complete a "
        "suicide risk screening the same day and the guardian will be called immediately.",
    ),
    (
        "p",
        "Call 911 if there is a weapon or a serious injury. Call the Prairie County Mobile Crisis Team at (555) 018-0900 if "
        "Rowan cannot be calmed within 30 minutes or is at risk of harming himself.",
    ),
    (
        "p",
        "Family notification: the guardian, Loretta Tasker, (555) 018-6642, will be called the same day for any Stage 2 or "
        "Stage 3 incident. Backup contact: uncle Marcus Tasker, (555) 018-7719.",
    ),
    ("p", "The crisis plan will be reviewed by the team after any Stage 3 incident and at least every 90 days."),
]


PAWPAW = [
    ("h", "Lanternfield Learning Network — Individualized Learning Compact (IEP)"),
    (
        "p",
        "Lanternfield Eastgate Middle Academy • A public charter school of the Lanternfield Learning Network, which serves "
        "as its own local education agency (LEA) for special education",
    ),
    (
        "p",
        "This Compact is the Network's Individualized Education Program. Section names follow the Lanternfield Learner "
        "Journey model; the federal IEP component each part covers is shown in parentheses.",
    ),
    (
        "table",
        [
            ["Learner", "Desmond J. Okafor-Reyes", "Crew (grade)", "6th Grade – Crew Ember"],
            ["Date of birth", "05/22/2015", "Learner ID", "LLN-440718"],
            ["Compact meeting date", "October 2, 2026", "Compact type", "Annual Compact"],
            ["Compact in effect", "10/05/2026 to 10/01/2027", "Next full evaluation due", "2028-09-18"],
            [
                "Primary eligibility",
                "Specific Learning Disability (basic reading skills, written expression)",
                "Secondary eligibility",
                "Other Health Impairment (ADHD)",
            ],
            [
                "Learning Guide (case manager)",
                "Ms. Priya Vantongeren",
                "Guide contact",
                "(555) 301-7782 • pvantongeren@lanternfield.example.org",
            ],
        ],
    ),
    ("h", "Part A — My Learner Story (Strengths and Interests)"),
    (
        "p",
        "Desmond is a curious, funny sixth grader who loves building things. He is a founding member of the Eastgate "
        "robotics club and is often the one who figures out why a motor won't turn. His spoken vocabulary is well above "
        "grade level and he contributes thoughtful ideas in Crew discussions. In his own words: \"I'm good at figuring out "
        'how things work. Reading is the hard part, not thinking."',
    ),
    (
        "p",
        "Desmond's math reasoning is a real strength. On the fall Lanternfield Benchmark in math he scored in the "
        'grade-level range, and his math teacher describes him as a "go-to explainer" during partner work.',
    ),
    ("h", "Part B — Family Voice (Parent Concerns)"),
    (
        "p",
        "Desmond lives with his mother, Lucia Reyes, and his father, Emeka Okafor. His parents shared three concerns at the "
        "meeting:",
    ),
    ("p", "- Homework is taking more than two hours a night and usually ends in tears."),
    ("p", '- Desmond has started refusing to read aloud in class and says he feels "stupid" when classmates hear him.'),
    ("p", "- They want to hear from school more often than at trimester conferences."),
    (
        "p",
        "In response, the team agreed that the Learning Guide will send a Friday update email to both parents every week, "
        "and that a homework time limit is added to Part E.",
    ),
    ("h", "Part C — Where I Am Now (Present Levels of Academic Achievement and Functional Performance)"),
    (
        "p",
        "Reading: On the Network Reading Inventory (September 2026), Desmond read 68 words correct per minute on 5th-grade "
        "passages with 88% accuracy. Sixth-grade peers at Eastgate average about 125 words correct per minute. He decodes "
        "one-syllable words reliably but reads multisyllabic words with 45% accuracy. When text is read to him, his "
        "comprehension is at grade level.",
    ),
    (
        "p",
        "Writing: Desmond's ideas are strong orally, but his independent writing is usually 2–3 sentences long with frequent "
        "spelling errors. His September writing sample scored 1 of 4 on the Network writing rubric.",
    ),
    (
        "p",
        "Attention and work habits: In three classroom observations, Desmond was on task in 55% of intervals during "
        "independent work, compared with 85% for peers. He started independent work within 2 minutes in 1 of 5 "
        "opportunities.",
    ),
    (
        "p",
        "Impact on learning: Desmond's reading and writing disability and his attention needs make it hard for him to access "
        "grade-level text and to show what he knows in writing without specially designed instruction and supports.",
    ),
    ("page",),
    ("h", "Part D — Summit Goals (Measurable Annual Goals)"),
    (
        "table",
        [
            ["Goal area", "Summit goal", "Starting point (baseline)", "How we'll know"],
            [
                "1. Reading fluency",
                "By October 1, 2027, Desmond will read a 6th-grade passage aloud at 100 words correct per minute with 95% "
                "accuracy.",
                "68 words correct per minute on 5th-grade passages",
                "Biweekly fluency probes; goal met on 3 consecutive probes",
            ],
            [
                "2. Decoding",
                "Desmond will decode multisyllabic words in isolation and in text with 85% accuracy.",
                "45% accuracy",
                "Monthly word lists scored by the Learning Specialist",
            ],
            [
                "3. Written expression",
                "Desmond will write a paragraph with a topic sentence, three supporting details and a conclusion, scoring 3 of 4 "
                "on the Network writing rubric.",
                "2–3 sentences; rubric score 1 of 4",
                "Writing samples, 4 of 5 samples at criterion",
            ],
            [
                "4. Getting started (executive functioning)",
                "Using his task checklist, Desmond will start independent work within 2 minutes in 4 of 5 observed "
                "opportunities.",
                "1 of 5 opportunities",
                "Weekly observation by the Learning Guide",
            ],
        ],
    ),
    (
        "p",
        "Progress Check-ins: Families receive a Summit Progress Snapshot for every goal each trimester (November, March and "
        "June), sent home with the Network report card.",
    ),
    ("h", "Part E — Launchpad Supports (Accommodations and Modifications)"),
    (
        "table",
        [
            ["Where", "Support", "When"],
            ["All classes", "Extended time (1.5x) on tests, quizzes and major assignments", "Tests and projects"],
            ["All classes", "Audio versions of texts / text-to-speech", "Any assigned reading"],
            ["All classes", "Copy of teacher notes or slides", "Before or at start of lesson"],
            ["All classes", "Assignments chunked with a task checklist", "Independent work"],
            ["All classes", "No cold-calling to read aloud; Desmond reads aloud only when he volunteers", "Daily"],
            ["All classes", "Seat near the point of instruction, away from the door", "Daily"],
            ["All classes", "Two 5-minute movement breaks per class block, using the break pass", "Daily"],
            [
                "ELA",
                "Speech-to-text for drafts longer than one paragraph; spelling not graded on first drafts",
                "Writing assignments",
            ],
            ["Science and Social Studies", "Test items read aloud; word bank on vocabulary quizzes", "Tests and quizzes"],
            [
                "Home learning",
                "Homework capped at 45 minutes per night; parent initials the planner when time is reached",
                "Nightly",
            ],
        ],
    ),
    ("p", "Modifications: None. Desmond works on the same grade-level standards as his Crew."),
    ("page",),
    ("h", "Part F — Crew Services (Specially Designed Instruction and Related Services)"),
    (
        "table",
        [
            ["Service", "Provider", "Amount", "Where", "Dates"],
            [
                "Structured literacy (Orton-Gillingham based)",
                "Learning Specialist",
                "daily, 45 min",
                "Learning Studio (small group of up to 4 learners)",
                "10/05/2026–10/01/2027",
            ],
            [
                "Written expression support",
                "Learning Specialist co-teaching with ELA teacher",
                "1.5 hrs weekly",
                "ELA classroom (general education)",
                "10/05/2026–10/01/2027",
            ],
            ["Executive functioning coaching", "Learning Guide", "20 minutes, 2x/wk", "Learning Studio", "10/05/2026–10/01/2027"],
            [
                "School counseling (related service)",
                "Network Counselor",
                "3 sessions/month, 30 min",
                "Counseling office",
                "10/05/2026–10/01/2027",
            ],
            [
                "Consultation with Crew teachers",
                "Learning Guide",
                "15 min weekly",
                "Crew team planning time",
                "10/05/2026–10/01/2027",
            ],
        ],
    ),
    ("h", "Part G — Learning Home (Least Restrictive Environment)"),
    (
        "p",
        "Desmond spends approximately 78% of his school day in general education with his Crew. He attends general education "
        "math, science and social studies without special education support, and he receives ELA in a co-taught general "
        "education class. He leaves his Exploration (elective) block every day for structured literacy in the Learning "
        "Studio. The team considered providing reading instruction only inside the ELA classroom, but rejected it because "
        "Desmond needs intensive, small-group phonics instruction that cannot be delivered during whole-class lessons.",
    ),
    ("h", "Part H — Showing What I Know (State and Network Assessments)"),
    (
        "p",
        "Desmond will take the general state assessment in grade 6 ELA and Math with accommodations. He is not a candidate "
        "for the alternate assessment.",
    ),
    (
        "p",
        "State test accommodations: extended time (time and a half); small-group setting; text-to-speech for math items and "
        "for all test directions. Under state rules, text-to-speech will not be used on the ELA reading sections.",
    ),
    ("p", "Lanternfield Benchmarks (fall, winter, spring): the same accommodations, plus text-to-speech on all items."),
    ("h", "Part I — Beyond the Bell"),
    (
        "p",
        "Extended School Year (ESY): Not eligible for summer 2027. The team reviewed winter-break and summer 2026 data and "
        "Desmond did not show significant regression or slow recoupment. The team will revisit ESY if data change.",
    ),
    (
        "p",
        "Transportation: Desmond rides the Network's Eastgate shuttle from the Millbrook Park stop with other learners. No "
        "special transportation is needed.",
    ),
    (
        "p",
        "Clubs and activities: Desmond will continue in robotics club (Tuesdays after school). His Launchpad Supports apply "
        "to club activities when reading or writing is involved.",
    ),
    ("h", "Part J — Reset & Return Plan (Positive Behavior Support Plan)"),
    (
        "p",
        "Why we need a plan: When asked to read aloud or to write independently, Desmond sometimes puts his head down, "
        "refuses to work, or leaves his seat and wanders the room. This happens about 3 times per week, mostly in ELA and "
        "social studies.",
    ),
    ("p", "What we think it is about (function): escaping reading and writing tasks that feel too hard or embarrassing."),
    (
        "p",
        "What adults do ahead of time: preview reading with audio; give the task checklist; never call on him to read aloud "
        "unless he volunteers.",
    ),
    (
        "p",
        "What Desmond will do instead: use his break pass (up to 3 per day) or ask for the Reset spot in the Learning Studio "
        "for up to 10 minutes, then return and finish the first checklist item.",
    ),
    (
        "p",
        "What adults do when it happens: quietly offer the break pass; avoid public correction; when he returns, praise the "
        "return and help him start step one.",
    ),
    ("p", "Recognition: Desmond earns points on his Reset card that he can trade for extra robotics lab time on Fridays."),
    ("page",),
    ("h", "Part K — Our Crew (Compact Team and Signatures)"),
    (
        "table",
        [
            ["Role", "Name", "Participation", "Date"],
            ["Parent", "Lucia Reyes", "In person — signed", "10/02/2026"],
            ["Parent", "Emeka Okafor", "By phone", "10/02/2026"],
            ["Learner", "Desmond Okafor-Reyes", "In person (first 20 minutes)", "10/02/2026"],
            ["Learning Guide / special educator (case manager)", "Priya Vantongeren", "In person — signed", "10/02/2026"],
            ["General education teacher (ELA)", "Caleb Ostrowski", "In person — signed", "10/02/2026"],
            [
                "Network Student Services Director (LEA representative)",
                "Dr. Yolanda Ferreira-Nash",
                "In person — signed",
                "10/02/2026",
            ],
            ["School psychologist", "Marcus Tillery, Ed.S.", "In person — signed", "10/02/2026"],
            ["Network Counselor", "Hana Ibsen", "In person — signed", "10/02/2026"],
        ],
    ),
    (
        "p",
        "Next Compact meeting: on or before October 1, 2027. Families may ask for a Compact meeting at any time by "
        "contacting the Learning Guide.",
    ),
    (
        "p",
        "The Notice of Procedural Safeguards was offered to the parents on 10/02/2026. Parents consented to implementation "
        "of this Compact on 10/02/2026.",
    ),
]


REDBUD = [
    ("h", "INDIVIDUALIZED EDUCATION PROGRAM (IEP) — Form IEP-3 (Rev. 2025)"),
    ("p", "Calloway Ridge Unified School District • Office of Special Education Services • 410 Granary Road, Calloway Ridge"),
    ("h", "Section 1. Student Information"),
    (
        "table",
        [
            ["Student name", "Amara Sol Lindqvist", "Date of birth", "8/30/2018"],
            ["Grade", "3", "Student ID", "CRU-2209415"],
            [
                "School of attendance",
                "Willet Creek Elementary School (Regional DHH Program)",
                "School of residence",
                "Maple Hollow Elementary School",
            ],
            ["Parent/Guardian", "Ingrid Lindqvist and Femi Bello", "Home language", "American Sign Language and English"],
        ],
    ),
    ("h", "Section 2. Meeting Information"),
    ("p", "Meeting date: 01/19/2027"),
    ("p", "Type of meeting: ☐ Initial ☒ Annual ☐ Amendment ☐ Reevaluation"),
    ("p", "Annual review due: 01/18/2028"),
    ("p", "Reevaluation due: 11/05/2028"),
    ("p", "Interpreter needed for parent participation: ☒ Yes ☐ No — ASL interpreter provided for Ms. Lindqvist, who is Deaf."),
    ("p", "Procedural Safeguards provided: ☒ Yes ☐ No   Date: 01/19/2027"),
    ("h", "Section 3. Eligibility"),
    ("p", "Primary disability: Deafness"),
    ("p", "Secondary disability: ☒ None"),
    (
        "p",
        "Hearing status: bilateral severe-to-profound sensorineural hearing loss, identified at birth. Amara wears bilateral "
        "behind-the-ear hearing aids and uses a Roger remote microphone system at school.",
    ),
    ("h", "Section 4. Parent and Student Input"),
    (
        "p",
        "Parent concerns: Amara's parents are pleased with her progress in ASL and math. They are concerned that her English "
        "reading is falling further behind her classmates, and that she is lonely at recess because few hearing classmates "
        "can sign with her. Her mother asked that the school keep using a certified interpreter rather than substitute staff "
        'who "know some signs."',
    ),
    (
        "p",
        'Student input (through interpreter): Amara says her favorite subject is science and that she wants "more kids to '
        'learn sign."',
    ),
    ("h", "Section 5. Present Levels of Academic Achievement and Functional Performance"),
    (
        "p",
        "Communication: Amara's ASL skills are age-appropriate, as measured by the ASL Receptive Skills Test and observation "
        "by the Teacher of the Deaf/Hard of Hearing (TOD). Her spoken English is understood by familiar listeners about 50% "
        "of the time; she produces /s/ correctly in the initial position of words with 35% accuracy.",
    ),
    (
        "p",
        "Reading: On the district reading benchmark (December 2026), Amara read at a mid-second-grade level. When reading a "
        "third-grade text independently, she answered literal and inferential questions with 40% accuracy. When writing "
        "sentences in English, she correctly used English word order in 3 of 10 sentences; she often follows ASL grammar in "
        "writing.",
    ),
    (
        "p",
        "Math: Amara is at grade level in math when instruction is interpreted. She scored 84% on the third-grade winter "
        "math benchmark.",
    ),
    (
        "p",
        "Listening and equipment: Amara reports a problem with her hearing aids or the Roger system in 2 of 10 opportunities "
        "when it is not working; usually an adult notices first.",
    ),
    ("p", "Social: Amara has two close friends in the DHH program. She plays alone at recess on most days."),
    ("page",),
    ("h", "Section 6. Special Factors"),
    ("p", "Is the student deaf or hard of hearing? ☒ Yes ☐ No — a Communication Plan is completed in Section 7."),
    ("p", "Does the student have communication needs? ☒ Yes ☐ No"),
    (
        "p",
        "Does the student need assistive technology devices or services? ☒ Yes ☐ No — Roger remote microphone system; "
        "captioning.",
    ),
    ("p", "Is the student an English learner? ☐ Yes ☒ No"),
    ("p", "Is the student blind or visually impaired? ☐ Yes ☒ No"),
    ("h", "Section 7. Communication Plan for Students Who Are Deaf or Hard of Hearing"),
    (
        "p",
        "7.1 Primary language and communication mode: American Sign Language (ASL). Written English for reading and writing. "
        "Spoken English with amplification for short, familiar exchanges only.",
    ),
    ("p", "7.2 Language proficiency: ASL — age-appropriate. English reading — about one year below grade level."),
    (
        "p",
        "7.3 Direct communication with peers and adults in her language: Amara spends her ELA block in the DHH resource room "
        "with five signing classmates. The TOD and DHH paraeducator are fluent signers. A weekly ASL club for hearing "
        "classmates meets Thursdays at lunch.",
    ),
    (
        "p",
        "7.4 Deaf role models: A Deaf mentor from the regional program, Mr. Tobin Alcaraz, visits Amara's class monthly for "
        "60 minutes.",
    ),
    (
        "p",
        "7.5 Access to instruction: An educational interpreter is provided in all general education classes. Interpreter "
        "qualifications: nationally certified or EIPA 4.0 or higher.",
    ),
    (
        "p",
        "7.6 Assistive technology: Roger remote microphone system (teacher transmitter and receivers on both hearing aids); "
        "captioned media; visual fire alarm strobe in every classroom Amara uses.",
    ),
    (
        "p",
        "7.7 School events: An ASL interpreter will be provided for assemblies, field trips and school-sponsored "
        "after-school events. Staff must request the interpreter at least 5 school days in advance through the DHH program "
        "office.",
    ),
    (
        "p",
        "7.8 Emergencies: Amara has an assigned buddy for fire drills and lockdowns. Staff who supervise her (including "
        "lunch and recess) receive a visual emergency signal card.",
    ),
    ("h", "Section 8. Measurable Annual Goals"),
    (
        "p",
        "Goal 1 — Reading Comprehension. Baseline: answers literal and inferential questions on third-grade text with 40% "
        "accuracy. Annual goal: After reading a third-grade text, Amara will answer literal and inferential questions with "
        "80% accuracy in 4 of 5 trials. Evaluation: teacher-made probes, running records. Responsible: TOD.",
    ),
    (
        "p",
        "Goal 2 — Written English. Baseline: uses English word order in 3 of 10 written sentences. Annual goal: Amara will "
        "translate signed sentences into written English with correct word order in 8 of 10 sentences across 3 consecutive "
        "work samples. Evaluation: work samples. Responsible: TOD.",
    ),
    (
        "p",
        "Goal 3 — Self-Advocacy. Baseline: reports equipment problems in 2 of 10 opportunities. Annual goal: Amara will "
        "independently tell an adult within 5 minutes when her hearing aids or Roger system is not working in 9 of 10 "
        "opportunities. Evaluation: daily listening check log. Responsible: TOD, educational audiologist.",
    ),
    ("page",),
    (
        "p",
        "Goal 4 — Articulation. Baseline: /s/ in the initial position of words with 35% accuracy. Annual goal: Amara will "
        "produce /s/ in the initial position of words in structured sentences with 80% accuracy over 3 sessions. Evaluation: "
        "therapy data. Responsible: SLP.",
    ),
    (
        "p",
        "Progress reporting: Progress toward each annual goal will be reported to parents quarterly with district report "
        "cards (November, February, April and June).",
    ),
    ("h", "Section 9. Accommodations and Modifications"),
    (
        "table",
        [
            ["Accommodation", "Setting", "Frequency"],
            ["☒ Preferential seating with a clear view of the interpreter and teacher", "All classes", "Daily"],
            ["☒ Teacher wears the Roger microphone during instruction", "All classes", "Daily"],
            ["☒ Captioned videos or transcripts for all media", "All classes", "When media is used"],
            ["☒ One speaker at a time in group discussions; pause for interpreter lag", "All classes", "Daily"],
            ["☒ Directions and homework written on the board or handout", "All classes", "Daily"],
            ["☒ Extended time (1.5x) on tests and quizzes", "Tests", "As needed"],
            ["☒ Daily listening check of hearing aids and Roger system (5 min, by DHH paraeducator)", "Arrival", "Daily"],
        ],
    ),
    ("p", "Modifications: ☐ Yes ☒ No — Amara works on grade-level standards."),
    ("h", "Section 10. Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Frequency / duration", "Location", "Provider", "Start", "End"],
            [
                "Specialized academic instruction — ELA",
                "daily, 90 min",
                "DHH resource room",
                "Teacher of the Deaf/HH",
                "01/20/2027",
                "01/18/2028",
            ],
            [
                "Educational interpreting (ASL)",
                "Full school day during all general education instruction and school activities",
                "General education classes, specials, lunch, recess",
                "Educational interpreter",
                "01/20/2027",
                "01/18/2028",
            ],
            [
                "Speech-language therapy",
                "SLP 30 min 2x/wk",
                "Speech room",
                "Speech-language pathologist",
                "01/20/2027",
                "01/18/2028",
            ],
            [
                "TOD consultation with general education teacher",
                "30 minutes per month",
                "Grade 3 classroom",
                "Teacher of the Deaf/HH",
                "01/20/2027",
                "01/18/2028",
            ],
        ],
    ),
    ("page",),
    ("p", "Section 10 (continued)"),
    (
        "table",
        [
            ["Service", "Frequency / duration", "Location", "Provider", "Start", "End"],
            [
                "Audiology services (equipment check, classroom acoustics, consult)",
                "4 times per year, 30 minutes each",
                "Willet Creek Elementary",
                "Educational audiologist",
                "01/20/2027",
                "01/18/2028",
            ],
            [
                "Deaf mentor",
                "1 visit per month, 60 minutes",
                "Grade 3 classroom",
                "Regional DHH program",
                "01/20/2027",
                "01/18/2028",
            ],
        ],
    ),
    ("h", "Section 11. Least Restrictive Environment"),
    ("p", "Percentage of time in regular education: 68%"),
    ("p", "Placement: ☐ Regular class 80% or more ☒ Regular class 40–79% ☐ Regular class less than 40% ☐ Separate school"),
    (
        "p",
        "Explanation of removal: Amara leaves the general education classroom for the 90-minute ELA block in the DHH "
        "resource room and for speech-language therapy. She needs direct English reading and writing instruction in ASL from "
        "a Teacher of the Deaf, which cannot be provided through an interpreter in the general education ELA class. She "
        "attends general education for math, science, social studies, specials, lunch and recess with an interpreter.",
    ),
    ("h", "Section 12. State and District Assessments"),
    (
        "p",
        "☒ General state assessment with accommodations ☐ General state assessment without accommodations ☐ Alternate assessment",
    ),
    (
        "p",
        "Accommodations: ASL interpreted directions; ASL video presentation of math items (embedded); extended time (1.5x); "
        "separate setting with her interpreter. Reading passages on the ELA test will not be signed.",
    ),
    ("h", "Section 13. Extended School Year (ESY)"),
    ("p", "Does the student require ESY services? ☒ Yes ☐ No"),
    (
        "p",
        "ESY services: TOD instruction 45 minutes, 2 times per week, June 21, 2027 – July 23, 2027, at Willet Creek "
        "Elementary. Focus: Goals 1 and 2. Reason: Amara lost English reading skills over summer 2026 and needed more than 8 "
        "weeks to recoup them.",
    ),
    ("h", "Section 14. Transportation"),
    ("p", "Special transportation required? ☒ Yes ☐ No"),
    (
        "p",
        "Curb-to-curb bus service from home to Willet Creek Elementary, because the regional DHH program is not located at "
        "her school of residence. The bus driver will be given a visual communication card and trained on the emergency "
        "signal.",
    ),
    ("h", "Section 15. Health"),
    ("p", "Individual Health Plan: ☐ Yes ☒ No. Spare hearing aid batteries are kept in the DHH program office."),
    ("h", "Section 16. IEP Team Participants"),
    (
        "table",
        [
            ["Name", "Role", "Signature", "Date"],
            ["Ingrid Lindqvist", "Parent (mother)", "Ingrid Lindqvist", "01/19/2027"],
            ["Femi Bello", "Parent (father)", "Femi Bello", "01/19/2027"],
            ["Rosalind Achebe-Kerr", "Teacher of the Deaf/HH — Case Manager", "R. Achebe-Kerr", "01/19/2027"],
            ["Dale Whitcombe", "General Education Teacher (Grade 3)", "D. Whitcombe", "01/19/2027"],
            ["Sarah Pellegrino, CCC-SLP", "Speech-Language Pathologist", "S. Pellegrino", "01/19/2027"],
            ["Dr. Anand Iyer-Ross, Au.D.", "Educational Audiologist", "A. Iyer-Ross", "01/19/2027"],
            ["Kendra Moy", "Educational Interpreter", "K. Moy", "01/19/2027"],
            ["Victor Oyelaran", "District Representative (Special Education Coordinator)", "V. Oyelaran", "01/19/2027"],
        ],
    ),
    ("p", "Parent consent to implement IEP: ☒ I agree ☐ I do not agree   Parent signature: Ingrid Lindqvist   Date: 01/19/2027"),
]


SWEETGUM = [
    ("p", "PlanWise SE | Harlow Basin School District | Printed 02/09/2027 3:42 PM | DRAFT = NO"),
    ("h", "INTERIM IEP — TRANSFER FROM OUT OF STATE"),
    ("p", "Plan Type: Interim IEP (comparable services, 34 CFR 300.323(f))"),
    ("p", 'Student Name: Renwick, Tobias A. ("Toby")'),
    ("p", "Student ID: 2027-118430"),
    ("p", "DOB: 07/14/2011     Age: 15     Grade: 10"),
    ("p", "School: Harlow Basin High School"),
    (
        "p",
        "Case Manager: Julian Castellanos-Fry (Special Education Teacher) | jcastellanosfry@harlowbasin.example.net | ext. 4471",
    ),
    ("p", "Parent/Guardian: Danielle Renwick (mother) | (555) 840-2219"),
    ("p", "Enrollment Date: 2/1/27"),
    ("p", "Interim IEP Meeting Date: 2027-02-08"),
    ("p", "Interim IEP Effective: 2027-02-08 through 2027-03-09 (30 calendar days)"),
    ("p", "Interim Review Meeting: March 4, 2027, 2:30 PM, Conference Room C"),
    ("h", "TRANSFER INFORMATION"),
    (
        "table",
        [
            ["Field", "Value"],
            ["Sending District", "Dunmore Flats Unified School District (Arizona)"],
            ["Sending School", "Saguaro Wash High School"],
            ["Most Recent IEP (sending state)", "10/20/2026"],
            ["Most Recent Full Evaluation (sending state)", "03/11/2024"],
            ["Eligibility (sending state)", "Autism"],
            ["Eligibility (Harlow Basin)", "Pending — district evaluation in progress"],
            ["Records Received", "IEP dated 10/20/2026; Behavior Intervention Plan; 2024 evaluation report; transcript"],
        ],
    ),
    (
        "p",
        "Evaluation Decision: The team reviewed the Arizona records and decided the district will conduct its own evaluation "
        "to determine eligibility under state criteria. Areas: speech-language (pragmatics), adaptive behavior, and a "
        "functional behavior assessment. Parent consent for evaluation signed 2/8/27. Evaluation to be completed within 60 "
        "calendar days of consent.",
    ),
    (
        "p",
        "Until the evaluation is complete and a new IEP is developed, Harlow Basin will provide services comparable to those "
        "in the Arizona IEP, as listed below.",
    ),
    ("h", "PARENT / STUDENT INPUT"),
    (
        "p",
        "Parent Concerns: Ms. Renwick is worried about the move in the middle of the year. Tobias has not made any friends "
        "yet, and the cafeteria noise at his old school led to him leaving lunch most days. She also noted that Tobias went "
        "three weeks without speech services during the move and asked that they start right away.",
    ),
    (
        "p",
        'Student Input: Tobias said the hallways are "way too loud" and he would like to join the cross-country team in the '
        "spring. His favorite class so far is Biology.",
    ),
    ("page",),
    ("h", "PRESENT LEVELS (SUMMARY FROM SENDING-STATE RECORDS AND FIRST WEEK OF ATTENDANCE)"),
    (
        "p",
        "Academic: Reading comprehension is at grade level (Arizona state test, spring 2026: Proficient). Math: earned a B "
        "in Algebra I. Written expression is below grade level; essays scored 2 on a 4-point rubric and usually lack "
        "supporting evidence.",
    ),
    (
        "p",
        "Communication/Social: Tobias answers questions from adults but rarely starts conversations with peers. Arizona "
        "data: he initiated and maintained a 4-exchange conversation with a peer in 1 of 5 observed opportunities.",
    ),
    (
        "p",
        "Behavior: When overwhelmed by noise or unexpected changes, Tobias leaves class without permission, about 2 times "
        "per week (Arizona data). In his first week at Harlow Basin he left class once, during a fire drill.",
    ),
    ("h", "COMPARABLE SERVICES"),
    (
        "table",
        [
            ["Service", "Arizona IEP (10/20/2026)", "Harlow Basin Interim IEP", "Location", "Provider"],
            [
                "Specialized academic instruction (study skills / writing)",
                "55 min daily",
                "Academic Support class, daily, 55 min (period 4)",
                "Room B-112",
                "Special education teacher",
            ],
            [
                "Social skills instruction",
                "60 min/week",
                "60 minutes per week (2 x 30 min)",
                "Room B-112",
                "Special education teacher",
            ],
            [
                "Speech-language therapy (pragmatic language)",
                "90 min/month",
                "3 sessions/month, 30 min",
                "Speech office, Room A-204",
                "Speech-language pathologist",
            ],
            [
                "Adult support in science lab",
                "2 x 50 min/week",
                "Biology lab days, 2 times/week, 50 min",
                "Biology classroom",
                "Special education paraprofessional",
            ],
        ],
    ),
    ("p", "Service Start Date: 02/09/2027     Service End Date: 03/09/2027"),
    ("h", "ACCOMMODATIONS"),
    ("p", "• Noise-reducing headphones available in all settings, including the cafeteria and assemblies"),
    ("p", "• Option to eat lunch in Room B-112 (Lunch Bunch) up to 3 days/week"),
    ("p", "• Extended time: time and one-half on tests and quizzes"),
    ("p", "• Written copy of multi-step directions"),
    ("p", "• Pass to leave class 5 minutes early to avoid crowded hallways"),
    ("page",),
    ("p", "ACCOMMODATIONS (continued)"),
    ("p", "• Advance notice of schedule changes, substitute teachers and planned fire drills when possible"),
    ("p", "• Break card: may go to the quiet corner in Room B-112 for up to 10 minutes"),
    ("p", "• Seat near the door in all classes"),
    ("h", "ANNUAL GOALS (ADOPTED FROM ARIZONA IEP — TO BE REVIEWED)"),
    (
        "table",
        [
            ["#", "Area", "Goal", "Baseline (Arizona, 10/2026)", "Measure"],
            [
                "1",
                "Written expression",
                "Tobias will write a multi-paragraph response with a claim and two pieces of supporting evidence, scoring 3 or "
                "higher on a 4-point rubric in 3 of 4 samples.",
                "Rubric score of 2",
                "Writing samples",
            ],
            [
                "2",
                "Social communication",
                "Tobias will initiate and maintain a conversation of at least 4 exchanges with a peer in 4 of 5 observed "
                "opportunities.",
                "1 of 5 opportunities",
                "SLP and teacher observation",
            ],
            [
                "3",
                "Self-regulation",
                "Tobias will use his break card or a coping strategy instead of leaving class without permission in 90% of "
                "observed opportunities.",
                "Leaves class without permission about 2 times per week",
                "Behavior log",
            ],
        ],
    ),
    (
        "p",
        "Progress Reporting: Progress on these goals will be shared with the parent at the Interim Review Meeting on March "
        "4, 2027, then with each 6-week grading period report.",
    ),
    ("h", "BEHAVIOR INTERVENTION PLAN (ADOPTED FROM DUNMORE FLATS BIP DATED 10/20/2026)"),
    ("p", "Target Behavior: Leaving the classroom or assigned area without permission (elopement)."),
    ("p", "Likely Function: Escape from loud noise and unexpected changes in routine."),
    ("p", "Triggers: fire drills, assemblies, crowded hallways, substitute teachers, sudden schedule changes."),
    ("p", "Prevention: advance notice of changes; headphones; early hallway pass; seat near the door."),
    ("p", "Replacement Behavior: show the break card and go to the quiet corner in Room B-112 for up to 10 minutes."),
    (
        "p",
        "Staff Response: Do not chase Tobias. Notify the case manager by radio or call the main office at ext. 4400, and "
        "note the time he left. When he returns, greet him calmly and help him rejoin the lesson; discuss the incident "
        "later, privately.",
    ),
    ("p", "If Tobias leaves the building: main office calls the parent immediately and an administrator follows at a distance."),
    (
        "p",
        "Reinforcement: each class period with no elopement earns a point; 20 points = free choice of weight-room or gym "
        "time on Friday.",
    ),
    ("h", "SECONDARY TRANSITION PLAN (AGE 15+)"),
    (
        "table",
        [
            ["Area", "Postsecondary Goal", "Transition Activities (interim)"],
            [
                "Education/Training",
                "After high school, Tobias will attend Harlow Basin Community College to study computer networking.",
                "Meet with school counselor to review credits and graduation plan by 3/1/27",
            ],
            ["Employment", "Tobias will work as an IT technician.", "Complete career interest inventory by 3/1/27"],
            [
                "Independent Living",
                "Tobias will use public transit independently and manage his own weekly schedule.",
                "Practice using the city bus app with his mother",
            ],
        ],
    ),
    ("page",),
    ("p", "Course of Study: Standard diploma track. Credits transferred: 11.5 of 12 attempted. Projected graduation: June 2029."),
    (
        "p",
        "Age of Majority: Rights transfer to the student at age 18. Notice will be given to Tobias and his parent by his "
        "17th birthday (07/14/2028).",
    ),
    ("h", "PLACEMENT / LEAST RESTRICTIVE ENVIRONMENT"),
    ("p", "Percent of Day in General Education: 82%"),
    ("p", "Setting: Regular class 80% or more of the day"),
    (
        "p",
        "Tobias takes all core classes — English 10, Geometry, Biology and World History — in general education, with the "
        "accommodations above. He is in Room B-112 for Academic Support (period 4) and social skills instruction.",
    ),
    ("h", "STATE / DISTRICT ASSESSMENTS"),
    (
        "p",
        "Grade 10 State Science Assessment (spring 2027): General assessment with accommodations — extended time (time and "
        "one-half), separate quiet room, noise-reducing headphones.",
    ),
    ("p", "District writing benchmark (March 2027): same accommodations."),
    ("h", "EXTENDED SCHOOL YEAR"),
    (
        "p",
        "ESY Status: To be determined at the full IEP meeting. The Arizona IEP did not include ESY, and the team does not "
        "yet have enough Harlow Basin data.",
    ),
    ("h", "TRANSPORTATION"),
    ("p", "Transportation Type: General education bus — Route 22, stop at Linden Ave & 9th St. No special transportation."),
    ("h", "HEALTH"),
    (
        "p",
        "Health Conditions: Tree nut allergy (severe). Emergency Action Plan on file. Tobias carries an epinephrine "
        "auto-injector; a second one is kept in the main office.",
    ),
    ("h", "PARTICIPANTS"),
    (
        "table",
        [
            ["Name", "Role", "Attendance"],
            ["Danielle Renwick", "Parent", "In person"],
            ["Tobias Renwick", "Student", "In person (second half of meeting)"],
            ["Julian Castellanos-Fry", "Special Education Teacher / Case Manager", "In person"],
            ["Odalys Brandt", "General Education Teacher (English 10)", "In person"],
            ["Keisha Varnum-Holt, M.S., CCC-SLP", "Speech-Language Pathologist", "In person"],
            ["Dr. Per Henrikssen", "School Psychologist", "In person"],
            ["Marisol Tanaka-Webb", "Assistant Principal / LEA Representative", "In person"],
        ],
    ),
    (
        "p",
        "Parent Consent to Interim IEP: Agree — signed by Danielle Renwick 02/08/2027. Prior Written Notice issued 02/08/2027.",
    ),
    ("p", "PlanWise SE v7.2 | Interim IEP | Renwick, Tobias A. | End of report"),
]


DOCUMENTS: dict[str, list[Block]] = {
    "cedar": CEDAR,
    "harbor": HARBOR,
    "riverside": RIVERSIDE,
    "pine": PINE,
    "oakmont": OAKMONT,
    "mesquite": MESQUITE,
    "birch": BIRCH,
    "summit": SUMMIT,
    "prairie": PRAIRIE,
    "aspen": ASPEN,
    "juniper": JUNIPER,
    "maple": MAPLE,
    "willow": WILLOW,
    "cypress": CYPRESS,
    "laurel": LAUREL,
    "hawthorn": HAWTHORN,
    "spruce": SPRUCE,
    "alder": ALDER,
    "sequoia": SEQUOIA,
    "magnolia": MAGNOLIA,
    "redwood": REDWOOD,
    "poplar": POPLAR,
    "tamarack": TAMARACK,
    "buckeye": BUCKEYE,
    "sycamore": SYCAMORE,
    "willowbrook": WILLOWBROOK,
    "hickory": HICKORY,
    "linden": LINDEN,
    "rowan": ROWAN,
    "basswood": BASSWOOD,
    "elm": ELM,
    "chestnut": CHESTNUT,
    "larch": LARCH,
    "fir": FIR,
    "hazel": HAZEL,
    "holly": HOLLY,
    "catalpa": CATALPA,
    "dogwood": DOGWOOD,
    "ironwood": IRONWOOD,
    "olive": OLIVE,
    "sassafras": SASSAFRAS,
    "walnut": WALNUT,
    "yew": YEW,
    "mulberry": MULBERRY,
    "pecan": PECAN,
    "tupelo": TUPELO,
    "acacia": ACACIA,
    "beech": BEECH,
    "boxelder": BOXELDER,
    "cottonwood": COTTONWOOD,
    "ginkgo": GINKGO,
    "hemlock": HEMLOCK,
    "balsam": BALSAM,
    "hackberry": HACKBERRY,
    "locust": LOCUST,
    "persimmon": PERSIMMON,
    "quince": QUINCE,
    "sumac": SUMAC,
    "mimosa": MIMOSA,
    "nutmeg": NUTMEG,
    "osage": OSAGE,
    "pawpaw": PAWPAW,
    "redbud": REDBUD,
    "sweetgum": SWEETGUM,
}
