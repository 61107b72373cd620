package extract

import "testing"

// TestBatteryVisa16bIndefiniteDepartment: a visa sponsored by an
// indefinite department ("by a host department", "from a hiring
// department") is how a university's visa service works for whoever it
// hosts, no program's policy, as an indefinite program is
// (TestBatteryVisa16IndefiniteProgram). The program's own department, a
// department named definitely, or a definite program beside the
// indefinite one still states the policy.
func TestBatteryVisa16bIndefiniteDepartment(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"A J-1 exchange visitor must be sponsored by a host department.", F{}},
		{"Short-term visitors and J-1 exchange visitors need to be sponsored by a hosting department, which helps them obtain the visa.", F{}},
		{"Every J-1 scholar is sponsored through a host department of the university.", F{}},
		{"Incoming H-1B employees receive sponsorship from a hiring department.", F{}},
		{"The J-1 visa is sponsored by the department through ECFMG.", F{j1: true}},
		{"H-1B visas are sponsored by our department.", F{h1b: true}},
		{"H-1B visas are sponsored by the Department of Medicine.", F{h1b: true}},
		{"Our department sponsors H-1B visas.", F{h1b: true}},
		{"We are a department that sponsors J-1 visas.", F{j1: true}},
		{"The residency sponsors J-1 visas, which are processed by a department of the university.", F{j1: true}},
		{"This program sponsors H-1B visas, with paperwork handled by a department of the hospital.", F{h1b: true}},
	}), nil, j1, h1b)
}

// TestBatteryVisa16bNoneNeeded: a visa said to be needed by no one
// ("no visa needed", "need no visa", "for whom no visa is required")
// describes what a status spares its holder, as a negated need does, and
// denies no sponsorship. A list of statuses asked for still rules out
// both visas, and a denial of sponsorship still denies.
func TestBatteryVisa16bNoneNeeded(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Helpful for IMGs are green card holder status (or no visa needed status) and observerships.", F{}},
		{"Candidates with a green card (no visa needed) have an edge.", F{}},
		{"Applicants who need no visa have an advantage.", F{}},
		{"Green card holders, for whom no visa is required, move ahead.", F{}},
		{"No visa sponsorship needed for US citizens.", F{}},
		{"A no-visa-needed status helps an applicant get past the filters.", F{}},
		{"Applicants must be US citizens or permanent residents (no visa needed).", F{j1: false, h1b: false}},
		{"We do not sponsor visas; no visa is needed for permanent residents.", F{j1: false, h1b: false}},
		{"Applicants must not need visa sponsorship.", F{j1: false, h1b: false}},
		{"We offer no visa sponsorship.", F{j1: false, h1b: false}},
		{"No visa sponsorship.", F{j1: false, h1b: false}},
		{"No visas are sponsored.", F{j1: false, h1b: false}},
	}), nil, j1, h1b)
}
