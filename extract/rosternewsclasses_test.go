package extract

// rosterNewsCases are the classes of roster passages that news stories,
// interviews and one-resident pages take, and their near misses: written
// for this test (paraphrased classes, not copied passages), in the format
// of rosterClassCases, which TestRosterClasses and FuzzRosterText run too.
var rosterNewsCases = []struct {
	class, give string
	want        []string
}{
	// A graduation story lists the class as "Name, MD; Name, DO; …".
	{"graduates listed with degrees and semicolons", "Mercy Family Medicine residency graduates its ninth class\n\nLAKESIDE — The hospital's family medicine residency program graduated four new physicians this week after three years of training.\n\nAna Ruiz, MD; Ben Ota, DO; Chidi Okeke, MD and Dana Wells, MD finished rotations in obstetrics, surgery and the intensive care unit. Dr. Ruiz and Dr. Wells will stay in town.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Chidi Okeke |  |  | ", "Dana Wells |  |  | "}},
	{"graduates listed with degrees and a final and", "Residency news\nThis spring the internal medicine residents finished their training: Lena Park, MD; Omar Haddad, MBBS; and Vera Cole, DO.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | ", "Vera Cole |  |  | "}},
	{"faculty listed with degrees and semicolons", "Residency news\nThe residents thank the teaching faculty of the year: Helen Marsh, MD; Paul Reyes, DO; and Grace Lin, MD.", nil},
	{"speakers listed with degrees and semicolons", "Resident research day\nThis year's judges were Helen Marsh, MD; Paul Reyes, DO; Grace Lin, MD and Ian Frost, PhD.", nil},
	// A role word right before the name, whatever the title between them.
	{"resident physician before Dr.", "Residents face a new season\nResident physician Dr. Omar Haddad talks with a patient at the Mercy clinic.",
		[]string{"Omar Haddad |  |  | "}},
	{"a mistyped title after the role", "A new residency opens\n\"We see every patient together,\" said first-year resident Dt. Lena Park.",
		[]string{"Lena Park |  |  | "}},
	{"a courtesy title after the role", "Intern stories\nOn Mondays intern Ms. Vera Cole runs the clinic huddle.",
		[]string{"Vera Cole |  |  | "}},
	{"attending physician before Dr.", "Residents face a new season\nAttending physician Dr. Omar Haddad talks with a resident at the Mercy clinic.", nil},
	// Names first, then what they are: "… are two of the residents".
	{"a caption: two of the resident physicians", "Residency grows\nDr. Lena Park, left, and Dr. Omar Haddad, right, are two of the resident physicians who train at Mercy Medical Center.",
		[]string{"Lena Park |  |  | ", "Omar Haddad |  |  | "}},
	{"one of our interns after a name", "Clinic news\nDr. Vera Cole is one of our interns this year and runs the diabetes group.",
		[]string{"Vera Cole |  |  | "}},
	{"two of the faculty", "Residency grows\nDr. Lena Park and Dr. Omar Haddad are two of the faculty who teach the residents at Mercy Medical Center.", nil},
	// A story names a resident in full once, then by surname.
	{"a surname after the full name", "White coats for the first class\n\nRuth Abebe was nine when she decided to become a doctor. Her family had walked for weeks to reach a camp with a clinic.\n\nAbebe was one of 12 residents at Lakeside Medical Center who received a white coat on Monday.",
		[]string{"Ruth Abebe |  |  | "}},
	{"a surname after the full name, now faculty", "White coats for the first class\n\nRuth Abebe was nine when she decided to become a doctor.\n\nToday Abebe is one of the attending physicians who teach the residents at Lakeside Medical Center.", nil},
	{"a surname alone, never named in full", "White coats for the first class\n\nAbebe was one of 12 residents at Lakeside Medical Center who received a white coat on Monday.", nil},
	// A resident introduces themselves.
	{"I am a name, a training year", "About me\n\nI am Farah Qureshi, a PGY-3 in family medicine here. I grew up in Lahore and moved to Ohio for college. I went to Aga Khan University Medical College and I love my clinic patients, my co-residents and my city.",
		[]string{"Farah Qureshi | Aga Khan University Medical College |  | "}},
	{"an interview with a resident", "Two continents, one career\n\nCan you introduce yourself?\nI am Dr. Kofi Boateng. I'm a resident physician in pediatrics in Ohio. I graduated from the University of Ghana in 2018 and started residency last year.\nWhat was medical training like at the University of Ghana?\nDemanding. I learned to study on my own, and I still do.",
		[]string{"Kofi Boateng | University of Ghana |  | "}},
	{"an interview with a program director", "Meet the director\n\nCan you introduce yourself?\nI am Dr. Helen Marsh, the program director. I graduated from the University of Ghana in 1998.\nWhat do you look for?\nKindness. I read every letter myself.", nil},
	{"I'm a first name, a training year", "About me\n\nHello! I'm Priya, a neurology PGY-2 from Kansas. I studied chemistry in college and worked as a scribe for two years before I went to medical school at the University of Kansas. I love the teaching here and my co-residents.",
		[]string{"Priya | University of Kansas |  | "}},
	{"I’m a full name, an intern", "My first year\n\nI’m Lena Cho, an intern in pediatrics. I grew up in Oregon and I still miss the rain. I spend my weekends hiking and I call my parents every Sunday.",
		[]string{"Lena Cho |  |  | "}},
	{"I'm a first name, a nurse", "About me\n\nHello! I'm Rosa, a nurse on the cardiac unit. I studied nursing in Kansas and I love my patients and my team. I work nights most weeks.", nil},
	{"I'm a first name, a former resident", "About me\n\nHello! I'm Priya, a former PGY-2 of this program. I studied chemistry in college and I love the teaching here. I now work in a clinic in Kansas.", nil},
	{"I'm a first name, a medical student", "About me\n\nHello! I'm Priya, a fourth-year medical student. I studied chemistry in college and I love my school. I hope to match in neurology.", nil},
	// A medical school's new graduate who "will complete" a residency elsewhere is no resident finishing one.
	{"a new graduate who will complete a residency", "Fourth-year medical students from the Lakeside School of Medicine learned where they will train after graduation this spring.\n\nMaria Gomez graduated with her medical doctor degree and will complete her residency training in pediatrics at Mercy Hospital in Ohio.", nil},
	{"a new graduate staying to complete a residency", "Fourth-year medical students from the Lakeside School of Medicine learned where they will train after graduation this spring.\n\nOmar Reyes graduated with his medical degree and will be staying at Lakeside to complete his residency in internal medicine.", nil},
	{"a resident who graduated years ago finishes now", "Residency news\n\nDr. Ana Ruiz, who graduated from the Lakeside School of Medicine in 2021, will complete her residency in family medicine at Mercy this June and then join a clinic in town.",
		[]string{"Ana Ruiz | Lakeside School of Medicine |  | "}},
	{"I am a medical student", "My clerkship year\n\nI am Sam Lee, a fourth-year medical student. I love my school and my teachers, and I hope to match in pediatrics. I went to Rice University before medical school.", nil},
	// One resident's day, signed under the title.
	{"a day in the life signed under the title", "A Day in the Life: PGY-2\nMaya A. Chen, M.D.\nThe second year is when residents lead the ward team. Each morning starts with sign-out from the night float, then rounds with the attending. I personally enjoy the teaching most, and the afternoons belong to clinic and notes.",
		[]string{"Maya A. Chen |  |  | "}},
	{"a day in the life of the director", "A Day in the Life: Program Director\nHelen Marsh, M.D.\nMy mornings start with email from residents. I meet the chiefs, then I see patients in clinic and review evaluations in the afternoon.", nil},
	// A graduation story quotes a graduate.
	{"a graduate quoted in graduation news", "Valley Health News\n\nMERCY — Six new physician graduates of the Mercy Family Medicine Residency Program were honored on Friday.\n\n\"I learned to care for whole families here,\" says Dr. Omar Haddad, MD.\n\n\"We are proud of them,\" said Paul Reyes, CEO of Mercy Hospital.",
		[]string{"Omar Haddad |  |  | "}},
	{"alumni quoted at a reunion", "Valley Health News\n\nMERCY — Alumni of the Mercy Family Medicine Residency Program came back for a reunion on Friday.\n\n\"It felt like coming home,\" says Dr. Omar Haddad, MD.", nil},
	// A story tells that a named graduate starts (started) the residency.
	{"a school's graduate starting residency", "Our graduates begin residency across the country\n\nRoss University School of Medicine graduate, Lena Okoro, MD '25, could hardly wait to start her pediatrics residency at Mercy Children's Hospital in Ohio.\n\nShe is one of 400 recent graduates who began training this month.",
		[]string{"Lena Okoro | Ross University School of Medicine |  | "}},
	{"a graduate who started the program three years ago", "Mercy residency program honors its graduates\n\nOn Friday the family medicine residency held a graduation ceremony for its class.\n\nRaised in Monterrey, Nuevo León, Diego Salas has made the valley his home since he started the residency program three years ago.",
		[]string{"Diego Salas |  |  | "}},
	{"the founder who started the residency", "Mercy residency program honors its graduates\n\nOn Friday the family medicine residency held a graduation ceremony for its class.\n\nDr. Paul Reyes, who started the residency program in 1995, spoke to the families.", nil},
	{"the director who started the residency", "Mercy residency program honors its graduates\n\nOn Friday the family medicine residency held a graduation ceremony for its class.\n\nPaul Reyes, the founding director who started the residency program, spoke to the families.", nil},
	{"a title Drs without its dot", "Hospital news\nThe new interns are Drs Ana Ruiz, Ben Ota and Chidi Okeke, who began on Monday.",
		[]string{"Ana Ruiz |  |  | ", "Ben Ota |  |  | ", "Chidi Okeke |  |  | "}},
	// Widget labels and alumni profiles are no residents.
	{"a widget label over a faculty bio", "Selected Episode\n\nWhat Residency Is Like\n\nDr. Helen Marsh explains what residents do each day.\nFeatured Speaker:\nHelen Marsh, DO\nDr. Marsh directs the internal medicine residency program.", nil},
	{"an alumna now in practice", "Joan Mbeki, MD\n\nGrowing up in Durban, Dr. Joan Mbeki attended a small boarding school in the hills. She then applied to Ross University School of Medicine.\n\nJoan completed her clerkships in New York and her residency in pediatrics at Mercy Hospital. Now practicing in Cape Town, she mentors students.", nil},
}
