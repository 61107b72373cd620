package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rosterSession11Cases are session 11's roster classes (issue 12, roster11
// brief): relations that bind a person to a role or a school whatever the
// page's shape — a quote's speaker called a new doctor, a leader bound by
// a staff verb in a relative clause, a school named in the person's own
// apposition, a past told by "years ago", a month that is no name. The sentences are the team's own,
// modelled on the classes (never copied from a real page); each class has
// near misses. want lists "name | school | country | img" as
// TestRosterClasses does.
var rosterSession11Cases = []struct {
	class, give string
	want        []string
}{
	// 1. A news story about the new residents quotes one of them, called a
	// new doctor ("medical school graduate") after "Doctor"; where she went
	// to medical school is a US state: the United States.
	{"quote: Doctor X, medical school graduate", "Valley Hospital welcomes its new resident physicians\n\nThe hospital gave white coats to fourteen new residents on Monday.\n\n\"I have waited for this for years,\" said Doctor Rosa Quintero, medical school graduate. She went to medical school in Nebraska and chose family medicine.",
		[]string{"Rosa Quintero |  | United States | "}},
	// near misses
	{"quote: Doctor X, a medical student", "Valley Hospital welcomes its new resident physicians\n\nThe hospital gave white coats to fourteen new residents on Monday.\n\n\"We are proud of them,\" said Doctor Rosa Quintero, a medical student who helped at the event.", nil},
	{"quote: a chief executive", "Valley Hospital welcomes its new resident physicians\n\nThe hospital gave white coats to fourteen new residents on Monday.\n\n\"This is why we built the program,\" said Omar Lindqvist, the hospital's chief executive officer.", nil},

	// 2. A leader quoted in a story about residents is bound to the
	// program by a staff verb in a relative clause after the name.
	{"quote: Dr. X, who directs the residency", "New residents arrive at Valley Hospital\n\nThe region needs more doctors for its growing towns and their residents, said Dr. Mei Tanaka, who directs the family medicine residency program.", nil},
	{"apposition: Dr. X, who oversees the residents", "New residents arrive at Valley Hospital\n\nDr. Mei Tanaka, who oversees the new residents, met each intern on Monday.", nil},
	// near miss: a resident who leads a club is still a resident
	{"apposition: a resident who leads a club", "New residents arrive at Valley Hospital\n\nOmar Lindqvist, a second-year resident who leads the wellness club, gave the tour.",
		[]string{"Omar Lindqvist |  |  | "}},

	// 3. A story introduces each resident with an apposition: a role, a
	// hometown ("from <place>") and the medical school in a relative
	// clause. The school is the resident's; the hometown, even a foreign
	// one, is no school's country.
	{"apposition: resident from a country who received the MD at a US school", "New residents arrive at Valley Hospital\n\nThe first class counts twelve residents.\n\nAdebayo Mensah, an internal medicine resident from Ghana who received his medical doctoral degree at Wayne State University, volunteers at a clinic.\n\nLucia Ferraro, a neurology resident from Denver who went to medical school at Creighton University, said the staff made her feel at home.",
		[]string{"Adebayo Mensah | Wayne State University |  | ", "Lucia Ferraro | Creighton University |  | "}},
	// near miss: an undergraduate college attended is no medical school
	{"apposition: a resident who attended a college", "New residents arrive at Valley Hospital\n\nLucia Ferraro, a neurology resident from Denver who attended Colby College, said the staff made her feel at home.",
		[]string{"Lucia Ferraro |  |  | "}},

	// 4. One of a program's first residents, long ago: an alumna.
	{"one of the first residents, years ago", "University holds its graduation\n\nThe arrival of Dr Mei Tanaka, one of the first surgical residents to graduate from the university, at the town's hospital changed its care 20 years ago.\n\nThis year 150 doctors finished their training.", nil},
	// near miss: one of the residents now
	{"one of the residents now", "The university celebrates its residents\n\nMei Tanaka is one of the surgical residents who presented research this spring.",
		[]string{"Mei Tanaka |  |  | "}},

	// 5. A month after a determiner opens a sentence about unnamed new
	// residents: no one's name.
	{"this July, the residents will begin", "Valley Hospital to meet its first twelve resident physicians\n\nThis July, those twelve physicians will begin their residency through the hospital's programs in family medicine and emergency medicine.", nil},
	{"delegates and alternates on an involvement page", "Resident Involvement\n\nAlternate Delegates\n\nRoles on the state society's board rotate each year.", nil},

	// 6. A program page describes a training year, then sets a resident's
	// own account under her name on a line of its own (degrees after the
	// name, a master's among them); she speaks of her seniors and her first
	// call as a resident does.
	{"essay under a name line on a training-year page", "Your second year brings the most growth: nine months on a faculty member's service and three months of night float.\n\nNadia Petrov DO, MS, MA\n\nThe second year began with more responsibility than I expected. I carried the day pager and felt like part of the team. On my first call shift one of my seniors told me I was the expert in the house now, and I learned that I was never alone on call.",
		[]string{"Nadia Petrov |  |  | "}},
	// near misses
	{"a director's account under a name line", "Your second year brings the most growth: nine months on a faculty member's service.\n\nNadia Petrov DO, MS\n\nAs program director, I watch the second year change every resident. I tell my residents that I am never far from the phone when they are on call.", nil},
	{"a name line over a third-person paragraph", "Your second year brings the most growth: nine months on a faculty member's service.\n\nNadia Petrov DO, MS\n\nThe second-year residents carry the day pager and take call with a senior resident in the house.", nil},

	// 7. A resident's surname is a US state's name: degrees or a training
	// year after it make it a person's, not a place's.
	{"a state-named surname with degrees and a training year", "Residents share their cultures\n\nMarcus Nevada, MD, PGY-1, Internal Medicine Resident\n\nI grew up in Lima and moved to Texas as a child. My co-residents and I cooked for each other during orientation.",
		[]string{"Marcus Nevada |  |  | "}},
	// near miss: a heading's fragment ending in a state
	{"a heading ending in a state", "Residents share their cultures\n\nDiscover Nevada\n\nOur residents hike, ski and cook together on weekends.", nil},

	// 8. An interview's answers: the one who answers says they are, or
	// will be this year, a PGY-n at a program, and where they went to
	// medical school; the page names them nowhere in its text.
	{"interview: I'll be a PGY-1 at X", "This post is one of our interviews with new interns about the application season.\n\nWhat is your story?\n\nI'll be a PGY-1 at Valley Family Medicine this year. I went to medical school at the Des Moines University College of Osteopathic Medicine and I loved my clinic months.\n\nWhy did you choose family medicine?\n\nI always wanted to care for whole families, and my mentors in clinic showed me how.",
		[]string{" | Des Moines University College of Osteopathic Medicine |  | "}},
	{"essay: I'm a USMD PGY-2 at X", "Thinking about cardiology\n\nI'm a USMD PGY-2 at a small rural program who wants to train in cardiology. I took a year away from medicine when my parents were ill, and my program gave me a second chance. I have written several papers and I hope my letters will be strong.",
		[]string{" |  |  | "}},
	// near misses
	{"applicant: I hope I'll be a PGY-1 at X", "My application season\n\nI applied to forty programs this fall. I hope I'll be a PGY-1 at a program like Valley Family Medicine next year, and I practice my interview answers every day.", nil},
	{"faculty: I'm a former PGY-2 of X", "Looking back\n\nI was a resident here long ago. I'm a former PGY-2 of this program and I now teach in its clinic every week; my residents keep me young.", nil},

	// 9. A story about a program's new residents marks each with a
	// parenthesis of a doctor's degree and a specialty, sentences glued at
	// their full stops as a blog pastes them.
	{"new residents marked (MD, Specialty), glued sentences", "Back at the hospital\n\nI read about three new residents who joined Valley Hospital this summer.Rosa Quintero (MD, Surgery) skied for her country before medical school. Marcus Lee (MD, Radiology) taught school in Peru for two years.For Adebayo Mensah (DO, Internal Medicine), a clinic abroad showed him what he wanted to do.",
		[]string{"Rosa Quintero |  |  | ", "Marcus Lee |  |  | ", "Adebayo Mensah |  |  | "}},
	// near misses
	{"new faculty marked (MD, Specialty)", "Department news\n\nTwo physicians joined our faculty this summer. Mei Tanaka (MD, Cardiology) comes from Ohio. Omar Lindqvist (MD, Radiology) comes from Texas.", nil},
	{"residents' page: (MD, Class of 2010)", "Meet our new residents\n\nOur new residents arrive in June. Their mentor Mei Tanaka (MD, Class of 2010) welcomes them.", nil},

	// 10. A role before a colon opens a list of residents with their
	// schools (session 10d's caption class); the role qualified away or
	// another role opens none.
	{"role and colon: former residents with schools", "Department news\n\nOur former residents: Dr. Mei Tanaka, Rush Medical College; Dr. Omar Lindqvist, Des Moines University.", nil},
	{"role and colon: faculty with schools", "Department news\n\nPictured left to right are the new faculty: Dr. Mei Tanaka, Rush Medical College; Dr. Omar Lindqvist, Des Moines University.", nil},
	{"role and colon: chief residents with schools", "Department news\n\nOur chief residents: Dr. Mei Tanaka, Rush Medical College; Dr. Omar Lindqvist, University of Ibadan College of Medicine.",
		[]string{"Mei Tanaka | Rush Medical College |  | ", "Omar Lindqvist | University of Ibadan College of Medicine |  | "}},

	// 11. A story about interns quotes them: the speaker named at the head
	// of the sentence before "said", or after "said" with an aside that
	// tells of the move for their own internship.
	{"quote: Name said …, said Name, who moved for his internship", "Interns look back on their first year\n\nThe interns we spoke with praised their classmates. \"You learn to lean on each other,\" said Omar Lindqvist, who drove from Ohio to Florida for his internship. Rosa Quintero said her class called July \"orientation month\" for a reason.",
		[]string{"Omar Lindqvist |  |  | ", "Rosa Quintero |  |  | "}},
	// near misses
	{"quote: said Name, who completed his residency here", "Interns look back on their first year\n\nThe interns we spoke with praised their classmates. \"They learn to lean on each other,\" said Omar Lindqvist, who completed his residency here in 1998.", nil},
	{"quote: Name said, named before as one who directs the program", "Interns look back on their first year\n\nThe interns praised their classmates, said Dr. Mei Tanaka, who directs the residency program. Mei Tanaka said the class \"leans on each other\" more than most.", nil},
	{"quote: Program director Name said", "Interns look back on their first year\n\nThe interns praised their classmates. Program director Mei Tanaka said the class \"leans on each other\" more than most.", nil},

	// 12. An anesthesiology roster gives each resident's clinical year
	// ("CA 3"); an image's caption ("Last, First MD") is pasted before the
	// card's name line, or sits on a line of its own above it.
	{"anesthesiology roster: name, degree - CA year", "Our Residents\n\nRosa Quintero, MD - CA 3\n\nOmar Lindqvist, DO - CA 2",
		[]string{"Rosa Quintero |  |  | ", "Omar Lindqvist |  |  | "}},
	{"anesthesiology roster: glued image caption", "Our Residents\n\nQuintero, Rosa MDRosa Quintero, MD - CA 3\n\nLindqvist, Omar DOOmar Lindqvist, DO - CA 2",
		[]string{"Rosa Quintero |  |  | ", "Omar Lindqvist |  |  | "}},
	{"anesthesiology roster: caption line over the name line", `<h1>Our Residents</h1><div class="person"><p>Quintero, Rosa MD</p><p>Rosa Quintero, MD - CA 3</p></div><div class="person"><p>Lindqvist, Omar DO</p><p>Omar Lindqvist, DO - CA 2</p></div>`,
		[]string{"Rosa Quintero |  |  | ", "Omar Lindqvist |  |  | "}},
	// near misses
	{"an address with a state and a zip code", "Contact the program\n\nMei Tanaka, Coordinator\n\nPalo Alto, CA 94305", nil},
	{"a card whose second line is its school", `<h1>Our Residents</h1><div class="person"><p>Rosa Quintero, MD</p><p>Rush Medical College</p></div><div class="person"><p>Omar Lindqvist, DO</p><p>Des Moines University</p></div>`,
		[]string{"Rosa Quintero | Rush Medical College |  | ", "Omar Lindqvist | Des Moines University |  | "}},
}

// knownRoster11Misses are the cases of rosterSession11Cases not read right
// yet.
var knownRoster11Misses = map[string]bool{}

func TestRosterSession11Classes(t *testing.T) {
	missed := 0
	for _, tc := range rosterSession11Cases {
		got := residentRows(t, tc.give)
		d := cmp.Diff(tc.want, got)
		switch {
		case d != "" && knownRoster11Misses[tc.class]:
			missed++
		case d != "":
			t.Errorf("%s: residents (-want +got):\n%s", tc.class, d)
		case knownRoster11Misses[tc.class]:
			t.Errorf("%s: passes now; take it off the known misses", tc.class)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(rosterSession11Cases))
	}
}

// TestSchoolSaidGate: clauseSchool asks schoolSaidWords before schoolSaid,
// so every text schoolSaid matches must hold one of the words; the seeds
// are each verb form of the expression, in several cases.
func TestSchoolSaidGate(t *testing.T) {
	seeds := []string{"her medical school was at Rush", "Med School at Rush", "his MD program at Rush", "the M.D./Ph.D. program of Rush",
		"earned her MD from Rush", "Received his medical doctoral degree at Rush", "obtained their D.O. degree at Rush",
		"completed her medical education at Rush", "Attended Rush", "went to medical school at Rush", "GRADUATED FROM Rush",
		"a resident who received his doctor of osteopathic medicine degree from Rush",
		"did her medical training at Rush", "Pursued his medical studies at Rush", "finished their medical school at Rush",
		"obtained her medical education from Rush", "Did His Medical Degree At Rush", "began her medical studies at Rush"}
	for _, c := range rosterSession11Cases {
		seeds = append(seeds, sentences(c.give)...)
	}
	for _, s := range seeds {
		if schoolSaid.MatchString(s) && !containsOneOf(asciiLower(s), schoolSaidWords...) {
			t.Errorf("schoolSaid matches %q, which holds none of schoolSaidWords", s)
		}
	}
}
