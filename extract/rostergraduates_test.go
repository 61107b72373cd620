package extract

import "testing"

// TestGraduateClassLine holds a class's line to its forms: a class, a
// year's graduates, a year alone or an academic year; a line that says
// more (a match, a date, a sentence) is none.
func TestGraduateClassLine(t *testing.T) {
	for _, c := range []struct {
		give string
		want bool
	}{
		{"Class of 2024", true},
		{"class of 2023:", true},
		{"The Graduating Class of 2022", true},
		{"2024 Graduates", true},
		{"Graduates of 2021", true},
		{"Graduates – Class of 2020", true},
		{"2023–2024", true},
		{"2023-24", true},
		{"2019", true},
		{"Class of 2023 Graduates", true},
		{"Graduating Class 2022", true},
		{"Class 2021", true},
		{"Class of 2024 Match Results", false},
		{"2024 Match List", false},
		{"December 3, 2024", false},
		{"Class of 2024 residents started in June.", false},
		{"Chief Residents 2024", false},
		{"Ana Ruiz, MD, 2024", false},
	} {
		b := block{text: c.give}
		if got := isGraduateClass(&b); got != c.want {
			t.Errorf("isGraduateClass(%q) = %v, want %v", c.give, got, c.want)
		}
	}
}

// TestGraduateLine holds a graduate's line to its reading: the name with
// a degree or a title, and where the person went; a destination alone, a
// leader's line, a name with neither degree nor title nor destination are
// none.
func TestGraduateLine(t *testing.T) {
	for _, c := range []struct {
		give, name, rest string
		ok               bool
	}{
		{"- Ana Ruiz, MD – Cardiology Fellowship, Lakeside Hospital", "Ana Ruiz", "Cardiology Fellowship, Lakeside Hospital", true},
		{"Tina (Tian) Moon, DO", "Tina Moon", "", true},
		{"Ana Ruiz, MD, Hospitalist, Harbor State Medical School", "Ana Ruiz", "Hospitalist, Harbor State Medical School", true},
		{"Lt. Col. (Dr.) Ana Ruiz — Attending physician, Fort Vale", "Ana Ruiz", "Attending physician, Fort Vale", true},
		{"Dr. Ana Ruiz — Assistant Professor of Medicine, Hilltop", "Ana Ruiz", "Assistant Professor of Medicine, Hilltop", true},
		{"Ana Ruiz – Private practice, Akron", "Ana Ruiz", "Private practice, Akron", true},
		{"Ana Ruiz – Internal Medicine, Lakeside Hospital", "", "", false},
		{"Private Practice – Akron, Ohio", "", "", false},
		{"Dr. Helen Marsh - Program Director", "", "", false},
		{"Ana Ruiz", "", "", false},
	} {
		name, rest, ok := graduateLine(c.give)
		if name != c.name || rest != c.rest || ok != c.ok {
			t.Errorf("graduateLine(%q) = %q, %q, %v; want %q, %q, %v", c.give, name, rest, ok, c.name, c.rest, c.ok)
		}
	}
}
