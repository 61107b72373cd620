package extract

import "testing"

// Fast paths of this session's rules, held to the code they replace.

// greetingCases: greetings in any case, split or glued, with the
// characters Unicode folding equates with ASCII letters ("ſ", the Kelvin
// sign), which containsFoldAny (asciiLower) does not fold.
var greetingCases = []string{
	"Welcome, Ana, Ben, Chidi and Dana!",
	"WELCOME TO THE FAMILY, ANA AND BEN!",
	"Congrats, Ana and Ben.",
	"A big CONGRATULATIONS to our new interns",
	"wel come, Ana and Ben",
	"Welcoming our residents",
	"welcomе (a Cyrillic e)",
	"Congratſ to all",
	"\u212aelcome",
	"",
	"We are proud of our residents.",
	"A, B and C: THANK YOU!",
	"Thanks to Ana and Ben",
}

func TestGreetingGate(t *testing.T) {
	for _, s := range greetingCases {
		checkGreetingGate(t, s)
	}
}

func FuzzGreetingGate(f *testing.F) {
	for _, s := range greetingCases {
		f.Add(s)
	}
	f.Fuzz(checkGreetingGate)
}

// checkGreetingGate: addressedResidents' block test (greetingWords) answers
// as containsFoldAny(s, "welcome", "congrat", "thank") did.
func checkGreetingGate(t *testing.T, s string) {
	t.Helper()
	if got, want := greetingWords.scan(s, 1)&1 != 0, containsFoldAny(s, "welcome", "congrat", "thank"); got != want {
		t.Errorf("greetingWords in %q: %v; containsFoldAny %v", s, got, want)
	}
}

// physiciansCases: each alternative of countrysPhysicians, matched and
// near, and sentences about IMGs that name no physicians.
var physiciansCases = []string{
	"one in four us physicians is an img; usa physicians number 1,000,000",
	"american practicing doctors include 25% imgs",
	"the nation's physician workforce is 25% international",
	"physicians practicing in the usa: 1 of 4 is an img",
	"doctors across the country, 2 in 10",
	"nationally, 25% of residents are imgs",
	"a nationwide count of 30 residents",
	"of our 30 residents, 12 are international medical graduates",
	"we accept international graduates within 5 years",
	"physicianship of the nation",
	"",
}

func TestPhysiciansGate(t *testing.T) {
	for _, s := range physiciansCases {
		checkPhysiciansGate(t, s)
	}
}

func FuzzPhysiciansGate(f *testing.F) {
	for _, s := range physiciansCases {
		f.Add(s)
	}
	f.Fuzz(checkPhysiciansGate)
}

// checkPhysiciansGate: mayCountrysPhysicians is a necessary condition of
// countrysPhysicians' expression, so countRules' answer is unchanged.
func checkPhysiciansGate(t *testing.T, s string) {
	t.Helper()
	if countrysPhysicians.re.MatchString(s) && !mayCountrysPhysicians(s) {
		t.Errorf("countrysPhysicians matches %q; mayCountrysPhysicians says it cannot", s)
	}
}
