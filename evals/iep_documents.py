"""Fictional IEPs for the eval of questions about a parent's own IEP (evals/iep.py).

Every student, school and person here is made up. Each IEP is a list of blocks (see
evals/iep_files.py): ("h", heading), ("p", paragraph), ("table", rows), ("page",). The three
differ on purpose: a district form of tables, a narrative IEP from a district that writes goals
in paragraphs and services in sentences, a high-schooler's IEP with a transition plan, and a
kindergartener's IEP whose services grid uses abbreviations ("SLP 2x30 min/wk")."""

from __future__ import annotations

from evals.iep_files import Block

# A district form: information, services, accommodations and dates all in tables.
CEDAR = [
    ("h", "Cedar Falls Community Schools - Individualized Education Program"),
    ("table", [
        ["Student name", "Sofia Delgado"],
        ["Date of birth", "08/19/2017"],
        ["Grade", "3"],
        ["School", "Lincoln Elementary"],
        ["Primary disability", "Specific learning disability (reading)"],
        ["Case manager", "Ms. Rebecca Lund, special education teacher"],
    ]),
    ("h", "IEP Dates"),
    ("table", [
        ["Date of IEP meeting", "09/22/2026"],
        ["IEP start date", "09/23/2026"],
        ["Next annual IEP review", "09/21/2027"],
        ["Next re-evaluation due", "04/30/2028"],
    ]),
    ("h", "Present Levels of Academic Achievement and Functional Performance"),
    ("p", "Sofia reads 48 words correct per minute on grade 3 passages (the fall benchmark is 71). "
          "She knows all letter sounds but guesses at words with more than one syllable. "
          "In math she is at grade level. Her writing is short: 2 to 3 sentences on a topic."),
    ("p", "Parent input: Sofia's mother reports that Sofia avoids reading at home and says she is "
          "not smart. The family would like her to read chapter books on her own."),
    ("page",),
    ("h", "Annual Goals"),
    ("p", "Goal 1 (Reading fluency): By September 2027, Sofia will read grade 3 passages at "
          "80 words correct per minute with 95% accuracy on 3 consecutive probes."),
    ("p", "Goal 2 (Decoding): By September 2027, Sofia will decode two-syllable words with 90% "
          "accuracy in 4 of 5 trials."),
    ("p", "Goal 3 (Written expression): By September 2027, Sofia will write a paragraph of 5 "
          "sentences with a topic sentence and a closing sentence, scoring 3 of 4 on the district "
          "writing rubric."),
    ("h", "Progress Reporting"),
    ("p", "Progress on each goal is measured with biweekly fluency probes and work samples. "
          "Progress reports are sent home 4 times a year, with each quarterly report card."),
    ("page",),
    ("h", "Special Education and Related Services"),
    ("table", [
        ["Service", "Minutes", "Frequency", "Location", "Provider"],
        ["Specialized reading instruction", "45 minutes", "5 times per week", "Resource room",
         "Special education teacher"],
        ["Specialized writing instruction", "30 minutes", "2 times per week", "General education classroom",
         "Special education teacher"],
        ["Speech-language therapy", "20 minutes", "2 times per week", "Speech room",
         "Speech-language pathologist"],
    ]),
    ("h", "Accommodations"),
    ("table", [
        ["Accommodation", "When it is used"],
        ["Extended time (time and a half)", "Classroom tests and state assessments"],
        ["Test items read aloud (math and science only)", "Classroom tests and state assessments"],
        ["Small group setting", "State assessments"],
        ["Audiobooks for assigned reading", "Daily in class"],
    ]),
    ("h", "Participation in State Assessments"),
    ("p", "Sofia will take the general state assessment in reading and math with the accommodations "
          "marked for state assessments above."),
    ("page",),
    ("h", "Least Restrictive Environment"),
    ("p", "Sofia spends 84% of the school day in the general education classroom. She is removed "
          "from general education for reading instruction and speech-language therapy only."),
    ("h", "Extended School Year"),
    ("p", "Extended school year services: Not eligible. Data do not show that Sofia loses skills "
          "over breaks that she cannot regain in a reasonable time."),
    ("h", "Transportation"),
    ("p", "Special transportation: No. Sofia rides the regular school bus with her classmates."),
]

# A narrative IEP: goals in paragraphs, services and dates in sentences.
HARBOR = [
    ("h", "Individualized Education Program"),
    ("p", "Harbor View School District - Office of Student Services"),
    ("p", "Student: Marcus Bell. Grade 6, Harbor View Middle School. Eligibility: Autism."),
    ("p", "This IEP was written at a meeting held on October 14, 2026. The team will meet again to "
          "review it no later than October 13, 2027. Marcus's next three-year reevaluation is due "
          "by 11/02/2028."),
    ("p", "Ms. Tanya Okafor, special education teacher, is Marcus's case manager and the family's "
          "first contact for questions about this IEP (tokafor@harborview.example.org)."),
    ("h", "Present Levels of Performance"),
    ("p", "Marcus reads above grade level and loves books about trains and maps. He finds it hard to "
          "join group work: he leaves the group or talks only about his own topic. When plans change "
          "without warning he may put his head down or leave the room, about 3 times a week. Math "
          "computation is at a 4th grade level; he has not mastered multiplication facts."),
    ("page",),
    ("h", "Annual Goals"),
    ("p", "In the area of social communication, Marcus will take turns in a small group conversation "
          "by asking a question or adding a comment on the group's topic at least 3 times in a "
          "10-minute activity, in 4 of 5 observed sessions, by October 2027."),
    ("p", "In the area of self-regulation, when a change to his schedule is announced, Marcus will use "
          "a strategy from his coping card (a break pass, deep breathing or a visual schedule) and "
          "return to work within 5 minutes on 80% of occasions, as recorded on a daily data sheet."),
    ("p", "In the area of mathematics, Marcus will solve multi-digit multiplication problems with "
          "85% accuracy on weekly classroom checks by the end of the school year."),
    ("p", "Ms. Okafor will send home a written progress report on each goal every trimester, three "
          "times a year, and a short email about Marcus's week every Friday."),
    ("page",),
    ("h", "Services"),
    ("p", "Marcus will receive specialized math instruction from a special education teacher in a "
          "co-taught math class, 50 minutes every school day."),
    ("p", "He will see the school social worker for social skills group 30 minutes once a week in the "
          "counseling office, and the social worker will consult with his teachers 15 minutes per month."),
    ("p", "Marcus will ride special education transportation: a small bus with an aide picks him up at "
          "home and brings him back after school."),
    ("h", "Supports for Marcus"),
    ("p", "Marcus may use a break pass to go to a calm corner for up to 5 minutes. He gets a printed "
          "visual schedule each morning and a warning before any change to his day. Noise-cancelling "
          "headphones are allowed during independent work and in the cafeteria."),
    ("p", "On state tests Marcus will test in a separate, quiet room with extended time and a break "
          "every 30 minutes. He will take the regular state tests in reading, math and science."),
    ("p", "Marcus is in general education classes with his peers for all of his day except the weekly "
          "social skills group, about 97% of the time."),
    ("p", "Marcus qualifies for extended school year services this summer: math and social skills "
          "instruction 2 mornings a week (3 hours each) for 5 weeks in July, at Harbor View Middle School."),
]

# A high-schooler's IEP with a transition plan.
RIVERSIDE = [
    ("h", "Riverside Union High School District"),
    ("p", "Individualized Education Program - Secondary"),
    ("table", [
        ["Student", "Jasmine Tran"],
        ["Age", "17"],
        ["Grade", "11"],
        ["Disability", "Other health impairment (ADHD) and specific learning disability in math"],
        ["Case manager", "Mr. David Kim"],
        ["IEP meeting", "01/12/2027"],
        ["Annual review", "01/11/2028"],
        ["Triennial evaluation", "03/01/2029"],
    ]),
    ("h", "Present Levels"),
    ("p", "Jasmine earns B's and C's in her general education classes. She is failing Algebra II with a "
          "58% and turns in about half of her homework. She works 10 hours a week at a pet store and "
          "wants to work with animals."),
    ("p", "Student input: Jasmine says she learns best when she can listen and ask questions, and that "
          "long worksheets make her give up."),
    ("page",),
    ("h", "Postsecondary Goals"),
    ("p", "Education/training: After graduation Jasmine will enroll in the veterinary technician "
          "program at Riverside Community College."),
    ("p", "Employment: Jasmine will work as a veterinary technician at an animal hospital."),
    ("p", "Independent living: Jasmine will manage her own checking account and schedule her own "
          "medical appointments."),
    ("h", "Transition Services"),
    ("table", [
        ["Activity", "Responsible", "By"],
        ["Job shadow at Riverside Animal Hospital", "Work experience coordinator", "May 2027"],
        ["Referral to the state Vocational Rehabilitation agency", "Case manager", "March 2027"],
        ["Tour of Riverside Community College and its disability services office", "School counselor",
         "April 2027"],
        ["Open a student checking account with her parents", "Jasmine and family", "June 2027"],
    ]),
    ("p", "Course of study: Jasmine is on track for a standard high school diploma in June 2028, with "
          "biology and animal science electives."),
    ("p", "Transfer of rights: Jasmine and her parents were told on 01/12/2027 that the rights under "
          "IDEA transfer to Jasmine when she turns 18."),
    ("page",),
    ("h", "Measurable Annual Goals"),
    ("p", "Goal 1 (Math): By January 2028, Jasmine will solve two-step linear equations with 80% "
          "accuracy on 4 of 5 unit quizzes."),
    ("p", "Goal 2 (Organization): By January 2028, Jasmine will record every assignment in her planner "
          "app and turn in 90% of homework on time for 3 consecutive grading periods."),
    ("p", "Progress toward these goals will be reported to Jasmine and her parents every 6 weeks, "
          "with the progress grade reports."),
    ("h", "Services"),
    ("table", [
        ["Service", "Frequency", "Duration", "Location"],
        ["Academic support class", "Daily", "55 minutes", "Learning center"],
        ["Math co-teaching (Algebra II)", "Daily", "55 minutes", "General education classroom"],
        ["Counseling", "2 times per month", "30 minutes", "Counseling office"],
    ]),
    ("h", "Accommodations and Modifications"),
    ("p", "Use of a calculator on all math work and tests. Copies of class notes or slides. "
          "Extended time (50%) on tests and quizzes. Chunked assignments with check-in points."),
    ("h", "State and District Testing"),
    ("p", "Jasmine will take the state science test and the SAT School Day with extended time (50%) "
          "and a calculator where the test allows one."),
    ("h", "Placement"),
    ("p", "Jasmine is in general education classes 83% of the school day. She attends the academic "
          "support class in the learning center one period a day."),
    ("h", "Extended School Year"),
    ("p", "The team decided Jasmine does not need extended school year services."),
    ("p", "Transportation: Jasmine drives to school; no special transportation is needed."),
]

# A compact services grid with abbreviations ("2x30 min/wk"), as IEP software prints it.
PINE = [
    ("h", "IEP - Pine Ridge Elementary"),
    ("table", [
        ["Student", "Eli Novak", "DOB", "11/03/2021"],
        ["Grade", "K", "Eligibility", "Speech or language impairment; developmental delay"],
        ["IEP date", "05/06/2027", "Annual review by", "05/05/2028"],
        ["Case mgr", "J. Alvarez (ECSE teacher)", "Parent", "Katrin Novak"],
    ]),
    ("h", "Present Levels"),
    ("p", "Eli uses 2- to 3-word phrases. Adults who know him understand about half of what he says; "
          "unfamiliar adults understand about 25%. He can name 12 of 26 letters. He plays next to "
          "classmates but rarely with them. Fine motor: holds a crayon in a fist grasp."),
    ("page",),
    ("h", "Goals"),
    ("p", "1. Expressive language: Eli will use 4-word sentences to request and comment in 8 of 10 "
          "opportunities across 3 sessions."),
    ("p", "2. Articulation: Eli will say /k/ and /g/ at the start of words with 80% accuracy."),
    ("p", "3. Fine motor: Eli will hold a pencil with a tripod grasp to trace his name in 4 of 5 trials."),
    ("p", "4. Play: Eli will take 3 turns in a shared game with a classmate, with one adult prompt, "
          "on 4 of 5 days."),
    ("p", "Progress on goals: reported in writing each trimester with the kindergarten report card."),
    ("page",),
    ("h", "Services"),
    ("table", [
        ["Svc", "Freq/Dur", "Loc", "Start", "End"],
        ["SLP", "2x30 min/wk", "Speech room (pull-out)", "05/07/2027", "05/05/2028"],
        ["OT", "1x30 min/wk", "Kindergarten class (push-in)", "05/07/2027", "05/05/2028"],
        ["SAI", "60 min/day", "Kindergarten class", "05/07/2027", "05/05/2028"],
    ]),
    ("p", "SLP = speech-language pathology. OT = occupational therapy. SAI = specialized academic instruction."),
    ("h", "Supplementary Aids and Accommodations"),
    ("p", "Picture choice board at centers and lunch. Visual timer for transitions. Adult repeats "
          "directions one step at a time. Seat near the teacher at carpet time."),
    ("h", "Statewide Assessment"),
    ("p", "Not applicable: no state assessment is given in kindergarten."),
    ("h", "Placement and LRE"),
    ("p", "General education kindergarten with pull-out speech; Eli is outside the general education "
          "class 60 minutes per week (8%)."),
    ("h", "ESY"),
    ("p", "ESY: Yes. Speech therapy 1x30 min/wk for 6 weeks, June 22 to July 31."),
    ("p", "Transportation: regular education transportation."),
]

DOCUMENTS: dict[str, list[Block]] = {"cedar": CEDAR, "harbor": HARBOR, "riverside": RIVERSIDE, "pine": PINE}
