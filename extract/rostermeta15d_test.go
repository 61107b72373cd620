package extract

import (
	"slices"
	"strings"
	"testing"
)

// Session 15's cells of storyGrid for rost15d (issue 12): a person's role
// stated right next to the name in shapes the readers did not take, in the
// team's own words (never copied), each with traps beside it.

// storyCells15d are rost15d's cells, appended to storyGrid.
func storyCells15d() []storyCell {
	var cells []storyCell
	fenn := []string{"Maya Fenn |  |  | "}
	// 1. a news release: the name, its degree, then a role with no article
	// and the verb of saying with no comma before it ("…, DO, psychiatry
	// resident says"); the page around it quotes its chief executive,
	// counts its new doctors and names its academic partner
	release := func(s string) string {
		return "Harbor Valley Health welcomes new doctors\n\nHarbor Valley Health has welcomed eight new doctors to its psychiatry residency this summer.\n\n" +
			"“Training our own physicians keeps care close to home,” said Mark Stone, chief executive officer at Harbor Valley Health.\n\n" +
			"The residency runs in partnership with Lakeside University College of Medicine.\n\n" + s + "\n\nThe new residents began their first rotations on July 1."
	}
	for _, subj := range []struct{ key, text string }{
		{"do", "Maya Fenn, DO,"},
		{"md-phd", "Maya Fenn, MD, PhD,"},
		{"dr", "Dr. Maya Fenn,"},
		{"dots", "Maya Fenn, D.O.,"},
	} {
		for _, role := range []struct{ key, text string }{
			{"specialty", "psychiatry resident"},
			{"year", "second-year resident"},
			{"pgy", "PGY-1 resident"},
			{"chief", "chief resident"},
			{"intern", "family medicine intern"},
			{"title-case", "Psychiatry Resident"},
		} {
			for _, verb := range []struct{ key, text string }{
				{"says", " says, “I chose this program because the patients here need us.”"},
				{"said", " said the patients here need a clinic close to home."},
				{"adds", " adds that the patients here need a clinic close to home."},
			} {
				cells = append(cells, storyCell{"bare-role-verb/" + subj.key + "/" + role.key + "/" + verb.key, release(subj.text + " " + role.text + verb.text), fenn})
			}
		}
	}
	cells = append(cells,
		storyCell{"bare-role-verb/alone", "Psychiatry news\n\nMaya Fenn, DO, psychiatry resident says, “I chose this program because the patients here need us.”", fenn},
		storyCell{"bare-role-verb/explains", release("Maya Fenn, DO, second-year psychiatry resident explains: “The patients here need us.”"), fenn},
		storyCell{"bare-role-verb/quote-first", release("“I chose this program because the patients here need us,” Maya Fenn, DO, psychiatry resident says."), fenn},
	)
	// traps: the role is no resident's, the role is the next clause's
	// subject, or the word after the role is no verb of saying
	for _, tr := range []struct{ key, text string }{
		{"attending", "Maya Fenn, DO, psychiatry attending says, “I chose this hospital because the patients here need us.”"},
		{"former", "Maya Fenn, DO, former psychiatry resident says, “I chose this hospital because the patients here need us.”"},
		{"director", "Maya Fenn, DO, residency program director says, “The patients here need us.”"},
		{"student", "Maya Fenn, fourth-year medical student says, “The patients here need us.”"},
		{"advocate", "Maya Fenn, DO, resident advocate says, “The patients here need us.”"},
		{"noun-after", "Thanks to Dr. Maya Fenn, chief resident duties are shared fairly this year."},
		{"plural", "After Dr. Maya Fenn, psychiatry residents said the schedule finally works."},
	} {
		cells = append(cells, storyCell{"trap/bare-role-verb/" + tr.key, release(tr.text), nil})
	}
	cells = append(cells, storyCell{"trap/bare-role-verb/page-alone", strings.Replace(release(""), "\n\n\n\n", "\n\n", 1), nil})
	cells = append(cells, storyCellsCoordRole()...)
	cells = append(cells, storyCellsNickname()...)
	cells = append(cells, storyCellsTeamOf()...)
	cells = append(cells, storyCellsDeparture()...)
	cells = append(cells, storyCellsQuotedDegrees()...)
	return cells
}

// storyCellsQuotedDegrees are class 2's second newcomer: on department
// news about its incoming residents, a speaker quoted with two degrees and
// a clause of how he said it, no role ('"…," says Carl Brandt, MD, PhD, as
// he notes …'), then his residency decision: a quoted speaker on a page
// about residents, as quotedResidents reads one. Traps: a staff role
// after the degrees or inside the clause.
func storyCellsQuotedDegrees() []storyCell {
	var cells []storyCell
	brandt := []string{"Carl Brandt |  |  | "}
	news := func(s string) string {
		return "Meet our incoming residents\n\nDepartment of Surgery News\n\n" + s + " When making his residency decision, Dr. Brandt looked for a program with strong research.\n\nThe new class starts orientation in June."
	}
	quote := "“The people here made the decision easy,”"
	for _, deg := range []struct{ key, text string }{
		{"md-phd", ", MD, PhD"},
		{"md-mph", ", MD, MPH"},
		{"do-ms", ", DO, MS"},
		{"md", ", MD"},
	} {
		for _, clause := range []struct{ key, text string }{
			{"notes", ", as he notes the mentorship he found on his interview day."},
			{"recalls", ", as he recalls his first visit to the hospital."},
			{"none", "."},
		} {
			for _, verb := range []string{"says", "said"} {
				cells = append(cells, storyCell{"quoted-degrees/" + deg.key + "/" + clause.key + "/" + verb, news(quote + " " + verb + " Carl Brandt" + deg.text + clause.text), brandt})
			}
		}
	}
	for _, tr := range []struct{ key, text string }{
		{"director", quote + " says Carl Brandt, MD, PhD, director of the residency program."},
		{"clause-staff", quote + " says Carl Brandt, MD, PhD, as he, the associate program director, notes the mentorship."},
		{"professor", quote + " says Carl Brandt, MD, PhD, professor of surgery, as he notes the mentorship."},
	} {
		cells = append(cells, storyCell{"trap/quoted-degrees/" + tr.key, news(tr.text), nil})
	}
	return cells
}

// storyCellsDeparture are class 4's cells: a faculty editor's column that
// says goodbye to a graduating resident, the residency left in a noun
// ("the departure of Sam Oduya from the residency") or a verb ("is leaving
// our residency"), a fellowship to start, signed by the editor. Traps: a
// faculty member's departure, a departure dated in a year, the residency
// office left.
func storyCellsDeparture() []storyCell {
	var cells []storyCell
	oduya := []string{"Sam Oduya |  |  | "}
	column := func(s string) string {
		return "From the Editor\n\nThis month we say goodbye to a familiar face. " + s + " Sam led our quality improvement projects for three years. Good luck to you Dr. Oduya!\n\n-Alex Marsh, MD"
	}
	for _, c := range []struct{ key, text string }{
		{"departure-of", "With the departure of Sam Oduya from the residency and the start of his critical care fellowship in July, our call schedule will change."},
		{"departure-of-dr", "With the departure of Dr. Sam Oduya from our residency program, our call schedule will change."},
		{"departure-of-specialty", "The departure of Sam Oduya from the internal medicine residency leaves a gap on our wards."},
		{"is-leaving", "Sam Oduya is leaving our residency this month to start a critical care fellowship."},
		{"as-leaves", "As Sam Oduya leaves the residency for his fellowship, our call schedule will change."},
		{"departs", "Dr. Sam Oduya departs the residency in June for a critical care fellowship."},
	} {
		cells = append(cells, storyCell{"departure/" + c.key, column(c.text), oduya})
	}
	for _, tr := range []struct{ key, text string }{
		{"director", "With the departure of Dr. Sam Oduya from the residency after ten years as program director, our call schedule will change."},
		{"year", "With the departure of Sam Oduya from the residency in 2019, our call schedule changed."},
		{"office", "With the departure of Sam Oduya from the residency office, our call schedule will change."},
		{"faculty", "Sam Oduya, our longtime faculty mentor, is leaving the residency this month."},
	} {
		cells = append(cells, storyCell{"trap/departure/" + tr.key, column(tr.text), nil})
	}
	return cells
}

// storyCellsTeamOf are class 5's cells: a chief residents' newsletter, a
// name line over each entry, the entry's person joining the team (group,
// ranks) of the role, and a lead apposition elsewhere in the entry that
// names the school: "A graduate of X in Grand Cayman, Dr. Rao has …"; an
// assistant program director's entry after it. Traps: a faculty advisor
// of the team, a verb of working with it, the school's lead about another
// person.
func storyCellsTeamOf() []storyCell {
	var cells []storyCell
	// (the school's country and IMG status are the classifier's, in
	// transform: Page gives the school as written)
	rao := []string{"Venkat Rao | Windward University School of Medicine in Grand Cayman |  | "}
	raoNoSchool := []string{"Venkat Rao |  |  | "}
	letter := func(head, entry string) string {
		return "Chief Residents Newsletter\n\n" + head + "\n\n" + entry + "\n\nname: Helen Price, MD\n\nDr. Price is our assistant program director. She completed her residency here in 2012 and now directs the ultrasound curriculum."
	}
	school := " A graduate of Windward University School of Medicine in Grand Cayman, Dr. Rao has a strong interest in medical education."
	for _, head := range []struct{ key, text string }{
		{"name-line", "name: Venkat Rao, MD"},
		{"bare", "Venkat Rao, MD"},
		{"dr", "Dr. Venkat Rao"},
	} {
		for _, rel := range []struct{ key, text string }{
			{"joins-team", "Dr. Rao joins our team of Chief Residents this year."},
			{"has-joined", "Dr. Rao has joined our team of chief residents."},
			{"part-of", "Dr. Rao is now part of our team of chief residents."},
			{"ranks", "Dr. Rao joins the ranks of our chief residents."},
			{"group-pgy", "Dr. Rao joins our group of PGY-2 residents after a research year."},
			{"full-name", "Venkat Rao joins our team of Chief Residents this year."},
		} {
			cells = append(cells,
				storyCell{"team-of/" + head.key + "/" + rel.key, letter(head.text, rel.text+school), rao},
				storyCell{"team-of/no-school/" + head.key + "/" + rel.key, letter(head.text, rel.text+" He enjoys teaching on the wards."), raoNoSchool},
			)
		}
	}
	cells = append(cells,
		storyCell{"team-of/school-full-name", letter("name: Venkat Rao, MD", "Dr. Rao joins our team of Chief Residents this year. A graduate of Windward University School of Medicine in Grand Cayman, Venkat Rao has a strong interest in medical education."), rao},
		storyCell{"team-of/school-paragraph-after", letter("name: Venkat Rao, MD", "Dr. Rao joins our team of Chief Residents this year.\n\nAn alumnus of Windward University School of Medicine in Grand Cayman, Dr. Rao has a strong interest in medical education."), rao},
	)
	for _, tr := range []struct{ key, text string }{
		{"advisor", "Dr. Rao joins our team of chief residents as their faculty advisor this year." + school},
		{"works-with", "Dr. Rao works with our team of chief residents this year." + school},
		{"mentors", "Dr. Rao, who mentors our team of chief residents, has taught here since 2010." + school},
		{"faculty-team", "Dr. Rao joins our team of faculty this year." + school},
	} {
		cells = append(cells, storyCell{"trap/team-of/" + tr.key, letter("name: Venkat Rao, MD", tr.text), nil})
	}
	cells = append(cells, storyCell{"trap/team-of/school-other-person", letter("name: Venkat Rao, MD", "Dr. Rao joins our team of Chief Residents this year. A graduate of Windward University School of Medicine in Grand Cayman, Dr. Price directs our simulation lab."), raoNoSchool})
	return cells
}

// storyCellsNickname are class 2's cells: a department's news on its
// incoming residents, a pre-nominal role before a name with a nickname
// inside it ('Incoming resident Will "Tay" Hedley, MD, PhD, lists …'), in
// each of the nickname's marks; traps: the same name under a staff role,
// and quoted words between capitalised words that are no nickname.
func storyCellsNickname() []storyCell {
	var cells []storyCell
	hedley := []string{"Will Hedley |  |  | "}
	news := func(s string) string {
		return "Department of Surgery News\n\nMeet our incoming residents\n\n" + s + "\n\nThe new class starts orientation in June."
	}
	for _, nick := range []struct{ key, text string }{
		{"straight", `Will "Tay" Hedley`},
		{"curly", "Will “Tay” Hedley"},
		{"single", "Will 'Tay' Hedley"},
		{"single-curly", "Will ‘Tay’ Hedley"},
		{"paren", "Will (Tay) Hedley"},
	} {
		for _, role := range []struct{ key, text string }{
			{"incoming", "Incoming resident"},
			{"our-intern", "Our new intern"},
			{"pgy", "PGY-1 resident"},
		} {
			cells = append(cells,
				storyCell{"nickname/" + role.key + "/" + nick.key, news(role.text + " " + nick.text + ", MD, PhD, lists rock climbing and bread baking among his hobbies."), hedley},
				storyCell{"nickname/apposed/" + role.key + "/" + nick.key, news(nick.text + ", MD, an incoming resident, lists rock climbing and bread baking among his hobbies."), hedley},
			)
		}
		cells = append(cells,
			storyCell{"trap/nickname/director/" + nick.key, news("Program director " + nick.text + ", MD, PhD, lists rock climbing among the hobbies he shares with the residents."), nil},
			storyCell{"trap/nickname/faculty/" + nick.key, news(nick.text + ", MD, an associate professor of surgery, welcomed the incoming residents."), nil},
		)
	}
	cells = append(cells,
		storyCell{"trap/nickname/quoted-words", news("Incoming residents tour the “Bridge” Clinic and the 'Harbor' Wing on their first day."), nil},
		storyCell{"trap/nickname/quoted-title", news("Our residents read “Better” Medicine together each month."), nil},
	)
	return cells
}

// storyCellsCoordRole are class 3's cells: a role before the name,
// coordinated with a second role of several words ("Chief Resident and
// member of the wellness committee Derek Lund, MD, said …"), the person
// named by surname later; traps: the second role another person's, a
// staff role, a past role.
func storyCellsCoordRole() []storyCell {
	var cells []storyCell
	lund := []string{"Derek Lund |  |  | "}
	blog := func(s string) string {
		return "Residency Blog\n\nOur new wellness curriculum\n\nThe program launched a wellness curriculum this spring. " + s + "\n\n“We listened to what residents asked for,” Lund said."
	}
	for _, first := range []struct{ key, text string }{
		{"chief", "Chief Resident"},
		{"chief-lower", "Chief resident"},
		{"pgy", "PGY-3 resident"},
		{"our-intern", "Our intern"},
	} {
		for _, second := range []struct{ key, text string }{
			{"member-of", "member of the wellness committee"},
			{"member-of-long", "member of the graduate medical education wellness committee"},
			{"aspiring", "aspiring cardiologist"},
			{"lead-of", "lead of the quality improvement team"},
		} {
			for _, name := range []struct{ key, text string }{
				{"md", "Derek Lund, MD,"},
				{"dr", "Dr. Derek Lund"},
				{"plain", "Derek Lund"},
			} {
				cells = append(cells, storyCell{"coord-role/" + first.key + "/" + second.key + "/" + name.key, blog(first.text + " and " + second.text + " " + name.text + " said the curriculum grew from resident surveys."), lund})
			}
		}
	}
	cells = append(cells,
		storyCell{"coord-role/second-first", blog("Member of the wellness committee and chief resident Derek Lund, MD, said the curriculum grew from resident surveys."), lund},
	)
	for _, tr := range []struct{ key, text string }{
		{"his-roommate", "Our intern and his roommate Derek Lund, MD, said the curriculum grew from resident surveys."},
		{"her-mentor", "Chief resident and her longtime friend Derek Lund said the curriculum grew from resident surveys."},
		{"director", "Chief resident and associate program director of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
		{"faculty", "Chief resident and faculty member of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
		{"former", "Former chief resident and member of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
		{"chair-of", "Resident liaison and chair of the wellness committee Derek Lund said the curriculum grew from resident surveys."},
	} {
		cells = append(cells, storyCell{"trap/coord-role/" + tr.key, blog(tr.text), nil})
	}
	return cells
}

// metaRows15d are rost15d's perturbations: a nickname inside the name, in
// double quotes (the name read is the name without it). (A parenthesis or
// a single quote is looked for only in a block with a resident's word or
// a residency's term, rosternickname.go: storyCellsNickname has them, and a
// row of them would fail every cell whose name's block holds no role.)
var metaRows15d = []metaRow{
	sub("name/nickname-curly", "Ana Ruiz", "Ana “Annie” Ruiz"),
	sub("name/nickname-straight", "Ana Ruiz", `Ana "Annie" Ruiz`),
}

// TestWithoutNicknames holds withoutNicknames to its class: one
// capitalised word in quotes or a parenthesis between two capitalised words.
func TestWithoutNicknames(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{`Incoming resident Will "Tay" Hedley, MD, lists`, "Incoming resident Will Hedley, MD, lists"},
		{"Ana “Annie” Ruiz and Ben (Benny) Ota", "Ana Ruiz and Ben Ota"},
		{"Li ‘Lee’ Wei said", "Li Wei said"},
		{"Dr. Ángel 'Gel' Núñez-Ortiz", "Dr. Ángel Núñez-Ortiz"},
		{"Jane Doe (PGY-2) Lakeside", "Jane Doe (PGY-2) Lakeside"},
		{"Jane Doe (MD) Lakeside", "Jane Doe (MD) Lakeside"},
		{`She said "Yes" to Ohio`, `She said "Yes" to Ohio`},
		{`the "Match" day`, `the "Match" day`},
		{`Ruiz. "Thanks" Ana`, `Ruiz. "Thanks" Ana`},
		{`Will "Tay" hedley`, `Will "Tay" hedley`},
		{`Will "Tay"`, `Will "Tay"`},
		{`Will "Tay Hedley`, `Will "Tay Hedley`},
		{`"Tay" Hedley`, `"Tay" Hedley`},
		{"", ""},
	} {
		got, changed := withoutNicknames(c.give)
		if got != c.want || changed != (c.give != c.want) {
			t.Errorf("withoutNicknames(%q) = %q, %v; want %q", c.give, got, changed, c.want)
		}
	}
}

// FuzzWithoutNicknames: no panic, and a text changes only by losing bytes.
func FuzzWithoutNicknames(f *testing.F) {
	for _, s := range []string{`Will "Tay" Hedley`, "Ana (Annie) Ruiz", "Li ‘Lee’ Wei", "A 'B' C 'D' E"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, changed := withoutNicknames(s)
		if changed == (got == s) && changed || len(got) > len(s) {
			t.Errorf("withoutNicknames(%q) = %q, %v", s, got, changed)
		}
	})
}

// TestLeavingSet holds residencyLeft's gate to it: a text the expression
// matches holds "residency" and one of leavingWords (in lower case or
// capitalised: "LEAVING" in capitals is no match startedResidents reads).
func TestLeavingSet(t *testing.T) {
	for _, s := range append(slices.Clone(unionCases), "Sam Oduya is leaving our residency", "the departure of Dr. Sam Oduya from our internal medicine residency", "He departs the residency", "She leaves her surgery residency") {
		if m := residencyLeft.MatchString(s); m && (!containsOneOf(s, leavingWords...) || residencyTurn.hints.find(s, 1)&1 == 0) {
			t.Errorf("residencyLeft matches %q but its gate (leavingWords, \"residency\") says it cannot", s)
		}
	}
}

// TestCredentialsAside holds credentialsAside to its class.
func TestCredentialsAside(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{", MD, PhD, as he notes the mentorship. Then", ", as he notes the mentorship"},
		{", M.D., PhD, as he notes the mentorship.", ", as he notes the mentorship"},
		{", MD. When making his residency decision, Dr", ""},
		{", M.D., a second-year resident.", ", a second-year resident"},
		{", M.D.", ""},
		{", program director.", ", program director"},
		{", MD, FACS, professor of surgery; he", ", professor of surgery"},
		{", MD, PhD. When he chose", ""},
	} {
		if got := credentialsAside(c.give); got != c.want {
			t.Errorf("credentialsAside(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}
