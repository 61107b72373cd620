package extract

import "strings"

// Session 18's cells of rost18e (issue 12), in the team's own words: the
// general relation positions the lead's own-words probes found reading
// nobody, each class with variants the probes did not have and traps
// beside it.

// relCells18eCue: a photograph's place of the person in brackets after
// the name ("(left)", "(second from left)", "(pictured)", "(seated)") is
// transparent to the binding of the name before it — an apposition, a
// copula, a coordinated list. Traps: the same cue before a faculty role, a
// former resident, a student, a town's resident, an attending.
func relCells18eCue() []relCell {
	head := "Residency news\n\n"
	ruiz, both := []string{"Ana Ruiz"}, []string{"Ana Ruiz", "Ben Ota"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"left-apposed", "Ana Ruiz (left), a second-year resident, talks with a patient in the clinic.", ruiz},
		{"center-year", "Ana Ruiz (center), a PGY-2 resident, reviews an X-ray with the team.", ruiz},
		{"second-from-left-chief", "Dr. Ana Ruiz (second from left), chief resident, speaks at the spring dinner.", ruiz},
		{"pictured-specialty", "Ana Ruiz (pictured), an internal medicine resident, won the poster award.", ruiz},
		{"seated-intern", "Ana Ruiz (seated), an intern in pediatrics, examines a toddler.", ruiz},
		{"standing-left-comma", "Ana Ruiz (standing, left), a family medicine resident, checks a chart.", ruiz},
		{"far-right-dash", "Ana Ruiz (far right) – a third-year surgery resident – scrubs in for the case.", ruiz},
		{"in-photo-one-of", "Dr. Ana Ruiz (in photo), one of our chief residents, leads morning report.", ruiz},
		{"two-cues-both", "Ana Ruiz (left) and Ben Ota (right), both second-year residents, talk with a patient.", both},
		{"two-cues-copula", "Ana Ruiz (left) and Dr. Ben Ota (right) are PGY-1 residents in our program.", both},
		{"after-pictured-colon", "Pictured: Ana Ruiz (above), a first-year resident, with her mentor.", ruiz},
	} {
		cells = append(cells, relCell{"r18e/cue/" + c.key, head + c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"director", "Ana Ruiz (left), our program director, talks with a patient."},
		{"director-center", "Dr. Ben Ota (center), program director, congratulates the residents."},
		{"former", "Ana Ruiz (left), a former resident, now practices in Ohio."},
		{"attending", "Ana Ruiz (left), an attending who teaches our residents, talks with a patient."},
		{"student", "Ana Ruiz (left), a second-year medical student, shadows a resident."},
		{"town", "Ana Ruiz (left), a resident of Dayton, donated a quilt to the clinic."},
		{"fellow", "Ana Ruiz (seated), a cardiology fellow, reads an echo with the residents."},
	} {
		cells = append(cells, relCell{"r18e/cue/trap/" + tr.key, head + strings.TrimSpace(tr.text), nil})
	}
	return cells
}

// relCells18eInverted: the inverted copula — the role's group opens the
// sentence (after "among", an article or "our") and the verb of being
// stands before the names it binds: "Among the residents honored was Ana
// Ruiz", "Our chief resident this year is …". Traps: the faculty's or the
// guests' group, a group of then (a year, a role held now), another verb's
// object ("Teaching the residents …"), a possessive, praise.
func relCells18eInverted() []relCell {
	head := "Residency news\n\n"
	ruiz, both := []string{"Ana Ruiz"}, []string{"Ana Ruiz", "Ben Ota"}
	var cells []relCell
	for _, c := range []struct {
		key, text string
		want      []string
	}{
		{"among-honored-who", "Among the residents honored was Ana Ruiz, who received the teaching award.", ruiz},
		{"among-honored-two", "Among the residents honored at the dinner were Ana Ruiz and Ben Ota.", both},
		{"among-recognized-two", "Among the residents recognized this spring were Dr. Ana Ruiz and Dr. Ben Ota.", both},
		{"among-our-new-interns", "Among our new interns is Ana Ruiz, who grew up in Ohio.", ruiz},
		{"also-among", "The awards were given in May. Also among the residents honored was Dr. Ana Ruiz.", ruiz},
		{"among-pgy2s", "Among the PGY-2s recognized were Ana Ruiz and Ben Ota.", both},
		{"among-interns-singular", "Among the interns selected for the award was Ana Ruiz.", ruiz},
		{"our-chief-this-year", "Our chief resident this year is Ana Ruiz.", ruiz},
		{"our-chiefs-this-year", "Our chief residents this year are Ana Ruiz and Dr. Ben Ota.", both},
		{"this-years-chief", "This year's chief resident is Dr. Ana Ruiz, who grew up in Ohio.", ruiz},
		{"among-who-presented", "Among the interns who presented at the meeting was Ana Ruiz.", ruiz},
		{"among-that-won", "Among the PGY-3 residents that won travel grants were Ana Ruiz and Ben Ota.", both},
		{"the-surgery-interns", "The surgery interns honored this year were Ana Ruiz and Ben Ota.", both},
	} {
		cells = append(cells, relCell{"r18e/inverted/" + c.key, head + c.text, c.want})
	}
	for _, tr := range []struct{ key, text string }{
		{"faculty", "Among the faculty honored was Dr. Ana Ruiz."},
		{"faculty-who", "Among the faculty who teach our residents was Dr. Ana Ruiz."},
		{"then-year", "Among the residents in 1998 was Dr. Ana Ruiz, who now chairs the department."},
		{"now-director", "Among the residents honored was Dr. Ana Ruiz, our program director."},
		{"object", "Teaching the residents this year is Dr. Ana Ruiz."},
		{"mentored", "Among those who mentored the residents was Dr. Ana Ruiz."},
		{"former", "Among the former residents honored was Dr. Ana Ruiz."},
		{"possessive", "The residents' favorite teacher is Dr. Ana Ruiz."},
		{"guests", "Among the guests of the residents was Dr. Ana Ruiz."},
		{"whom-mentored", "Among the residents whom she mentored was Dr. Ana Ruiz, now our program director."},
		{"who-taught", "Among those who taught the residents this year was Dr. Ana Ruiz."},
		{"praise", "Our residents are Smart and Kind."},
	} {
		cells = append(cells, relCell{"r18e/inverted/trap/" + tr.key, head + strings.TrimSpace(tr.text), nil})
	}
	return cells
}

// relCells18eEntry: a start of the residency that its sentence dates to
// now or to come ("recently started her residency", "this July", "will
// begin", "is starting") makes its subject an incoming or a current
// resident on any news page, not only one whose opening speaks of
// residents. Traps: a fellowship or a student's rotations begun, a
// student who will start, a start of then with a role held since, a
// start with no time at all on a page that speaks of no residents.
func relCells18eEntry() []relCell {
	head := "Hospital news\n\n"
	ruiz := []string{"Ana Ruiz"}
	var cells []relCell
	for _, c := range []struct{ key, text string }{
		{"recently-started", "Ana Ruiz recently started her residency in psychiatry at Lakeside."},
		{"started-this-july", "Ana Ruiz started her residency in pediatrics at Lakeside Hospital this July."},
		{"began-this-summer", "Dr. Ana Ruiz began her family medicine residency at Lakeside this summer, the hospital said."},
		{"will-begin-next-month", "Ana Ruiz will begin her residency in surgery at Lakeside next month."},
		{"is-starting", "Ana Ruiz is starting her residency in family medicine at Lakeside in a few weeks."},
		{"just-began", "Ana Ruiz just began her residency at Mercy Valley Medical Center."},
	} {
		cells = append(cells, relCell{"r18e/entry/" + c.key, head + c.text, ruiz})
	}
	for _, tr := range []struct{ key, text string }{
		{"fellowship", "Ana Ruiz recently started her fellowship in cardiology at Lakeside."},
		{"rotations", "Ana Ruiz, a third-year medical student, recently started her clinical rotations at Lakeside."},
		{"student-will-start", "Ana Ruiz, a fourth-year medical student, will start her residency in July."},
		{"then-coordinator", "Dr. Ana Ruiz started her residency at Lakeside this year and also serves as our program coordinator."},
		{"student-graduating", "Ana Ruiz will graduate from the medical school in May and start her residency in surgery this July."},
		{"no-time", "Dr. Ana Ruiz started her residency at Lakeside and went on to open a clinic in Dayton."},
	} {
		cells = append(cells, relCell{"r18e/entry/trap/" + tr.key, head + strings.TrimSpace(tr.text), nil})
	}
	return cells
}
