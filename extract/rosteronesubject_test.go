package extract

// rosterOneSubjectCases are pages that name one or two residents as the
// subject of a quote or a profile, and the near misses around them (a
// school's students, alumni, faculty, donors): written for this test
// (paraphrased classes, not copied passages); TestRosterClasses runs them.
var rosterOneSubjectCases = []struct {
	class, give string
	want        []string
}{
	// A quote signed with the resident's class.
	{"a profile line over a quote", "Residents\nOur residents lead several committees on equity in care, and many of them teach in the community.\nResident Profiles\n-\nAmara Okafor, Class of 2027\n\u201cI came here because the leadership listened when I said I wanted to work with refugee families, and they built a clinic rotation around it.\u201d",
		[]string{"Amara Okafor |  |  | "}},
	{"a signature glued to the paragraph before first-person text", "Overview\nThe residency trains resident physicians for practice in many settings, from the emergency room to the community clinic. Residents design their own electives in the final year. Leo Brandt, Class of 2025\nThe program gave me the freedom to pursue research while still learning from excellent clinicians.",
		[]string{"Leo Brandt |  |  | "}},
	{"a dash signature with a degree under a quote", "Life as a resident\nOur interns and residents say it best.\n\u201cEvery rotation taught me something about the people we serve, and the faculty always had time to teach.\u201d \u2014 Hana Sato, MD, Class of 2026",
		[]string{"Hana Sato |  |  | "}},
	{"two signed quotes", "Why our residents chose us\n\u201cThe clinic felt like a family from my first week.\u201d\n\u2013 Lena Park, DO, Class of 2027\n\u201cI wanted a program that would let me teach students, and I teach every week.\u201d\n\u2013 Omar Haddad, MD, Class of 2026",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | "}},
	{"a titled name over a quote", "Meet our residents\nDr. Kofi Mensah, Class of 2028\n\u201cMy co-residents covered for me when my daughter was born; that is this program.\u201d",
		[]string{"Kofi Mensah |  |  | "}},
	{"a signature line after a quote in its own block", "Resident life\nResidents here have time for life outside the hospital.\n\u201cI run with two of my co-residents every Saturday morning.\u201d\nIvy Chan, Class of 2026",
		[]string{"Ivy Chan |  |  | "}},
	// A resident as the subject of a sentence that says the person trains
	// now: a training year as the role, or a year of residency.
	{"a name that is currently a PGY-2", "Meet Priya Nair\nPriya Nair is currently a PGY-2 in our pediatrics program. She grew up in Ohio and loves baking with her daughter.",
		[]string{"Priya Nair |  |  | "}},
	{"a name that is a PGY-3 in a residency", "Resident news\nWei Zhang is a PGY-3 in the internal medicine residency and leads the wellness committee.",
		[]string{"Wei Zhang |  |  | "}},
	{"a titled name in her second year of residency", "Resident spotlight\nDr. Nkechi Eze is in her second year of residency in psychiatry at Lakeside. She spends her Saturdays at the free clinic.",
		[]string{"Nkechi Eze |  |  | "}},
	{"a name now in his third year of residency", "Spotlight\nOmar Haddad is now in his third year of residency and plans a career in rural medicine.",
		[]string{"Omar Haddad |  |  | "}},
	{"a name with a degree who is one of our PGY1s", "Welcome\nTheo Marsh, DO, is one of our PGY1 residents this year and comes to us from Maine.",
		[]string{"Theo Marsh |  |  | "}},
	{"a name that is a PGY 2 without a dash", "Resident corner\nIvy Chan is a PGY 2 on the rural track and runs the journal club.",
		[]string{"Ivy Chan |  |  | "}},
	// Near misses: someone who trained once, a leader of a class, someone
	// in a year of something else, a school's class.
	{"an alumna who completed her residency", "News\nDr. Elena Rossi completed her residency here in 2019 and now practices in Vermont.", nil},
	{"a program director of the PGY-1 class", "News\nDr. Mark Hale is the program director for the PGY-1 class and teaches the interns.", nil},
	{"a former PGY-3", "News\nDr. Ana Ruiz was a PGY-3 in our program in 2012 and now leads the clinic.", nil},
	{"a farmer in his third year of farming", "News\nOur residents visited the farm of Tom Green, who is in his third year of farming organic apples.", nil},
	{"a school's class year", "Class news\nSara Klein is a member of the Class of 2026 at the medical school and hopes to match into pediatrics.", nil},
	{"a coordinator for the PGY-2 residents", "Contacts\nJune Cole is the coordinator for the PGY-2 residents and answers questions about schedules.", nil},
	{"a week named for residents", "Resident Appreciation Week\nThis is Resident Appreciation Week (or Resident Physician Awareness Week), and we thank all our trainees for their work on the wards.", nil},
	// A resident writing in the first person: a heading with the writer's
	// name, or no name at all (the writer is counted, unnamed).
	{"a named essay that says when the writer started residency", "Hana Sato\nA few weeks after I started residency, the hospital mailed me my diploma. I held it for a long time. I thought about the years I spent working nights to pay for school, and about my grandmother, who never saw me graduate. I still keep the envelope on my desk. When a shift goes badly I look at it and remember why I came.",
		[]string{"Hana Sato |  |  | "}},
	{"an unnamed graduate's post about the program director's dinner", "Graduation week\nEvery program has a graduation day, and ours came last Friday. My parents flew in from Lima for the ceremony. I took a few days off to show them the lake. On Thursday my program director hosted a dinner at his house in my honor, and I was embarrassed by the speeches. I received the teaching award from the interns. I am grateful to everyone who made these three years possible.",
		[]string{" |  |  | "}},
	{"a named essay of a writer who began residency", "Omar Haddad\nWhen I began residency I did not know how to ask for help. I learned it in my first month of nights, when a nurse showed me where the protocols were kept. I now teach the interns the same thing on their first night. I hope they ask me before they ask anyone else.",
		[]string{"Omar Haddad |  |  | "}},
	{"an unnamed writer whose program director asked them to be chief", "Big news\nLast week my program director asked me to serve as chief next year. I said yes before she finished the question. I will miss some of my clinic patients, but I am excited to help plan the schedule. I have a lot to learn and I am grateful for the trust.",
		[]string{" |  |  | "}},
	// Near misses: a director, a student, a parent.
	{"a program director who once started residency", "Welcome from the program director\nAs your program director, I am proud of this residency. When I started residency in 1994, I did not imagine I would lead one. I hope you will visit us, and I look forward to meeting you. I read every application myself, and I answer every email.", nil},
	{"a student who will start residency", "Match week diary\nI matched! I will start residency in July at a program two hours from home. My future program director sent me a letter the same day. I cried, my mom cried, and I went to bed early. I still cannot believe it. I am so grateful.", nil},
	{"a parent whose son started residency", "A mother's pride\nMy son started residency this month. He calls me every night after his shift, and I can hear how tired he is. I send him soup on Sundays. I am proud of him and I worry about him. I hope his program director knows how hard he works.", nil},
	{"an attending remembering residency", "Grand rounds reflections\nAs an attending, I still hear my program director's voice when I round. When I started residency, I wrote everything down. I still do. I tell my residents to keep a notebook, and I check that they do.", nil},
	{"a profile under a residents' line after a title and a date", "Department of Psychiatry news\nMarch 3, 2026\nOur department opened a new clinic for teenagers this spring, with evening hours for working families.\nHear from our residents\nKofi Mensah, Class of 2027\n\u201cI chose this program for its community clinics, and I have not been disappointed.\u201d",
		[]string{"Kofi Mensah |  |  | "}},
	{"a student under a students' line after a title and a date", "School of Medicine news\nMarch 3, 2026\nOur school opened a new clinic for teenagers this spring, where residents and students work together.\nHear from our students\nJon Park, Class of 2027\n\u201cI hope to match into pediatrics after working in this clinic.\u201d", nil},
	{"former residents under a line after a title and a date", "Department of Psychiatry news\nMarch 3, 2026\nOur department opened a new clinic for teenagers this spring.\nHear from our former residents\nRita Osei, Class of 2011\n\u201cI still use what I learned in clinic every day in my practice.\u201d", nil},
	// Near misses: the class is a school's, an alumnus', or no quote is signed.
	{"a medical student over a quote", "Medical school news\nStudent voices\nJon Park, Class of 2027\n\u201cThe anatomy lab was where I found my people; I hope to match into surgery.\u201d", nil},
	{"an alumna under an alumni heading", "Residents\nOur residents lead committees on equity in care.\nWhere are they now\nRita Osei, MD, Class of 2011\n\u201cI still use what I learned in clinic every day in my practice in Duluth.\u201d", nil},
	{"an alumna's class in running text", "Residents\nOur residents lead committees on equity in care. Rita Osei, MD, Class of 2011, practices at the county clinic and says she still uses what she learned.", nil},
	{"a fellow's signature with a semicolon", "Residents\nOur residents and graduates share why they chose us.\nCate Wong; Cardiology Fellow; Class of 2022:\n\u201cI chose this program because of its people.\u201d", nil},
	{"a donor's class with no quote", "Residency giving\nOur residents thank the donors who fund the library.\nRuth Adler, Class of 1985\nThe Adler Family Foundation", nil},
	{"a faculty member who trained here", "Residents\nOur residents learn from graduates of the program.\nFaculty\nDr. Anna Weiss, Class of 2005\n\u201cI came back to teach because this place taught me.\u201d", nil},
	{"a school's match day", "Match Day 2026\nOur graduating students learned where they will train as residents.\nJon Park, Class of 2026\n\u201cI matched into surgery at my first choice!\u201d", nil},
}
