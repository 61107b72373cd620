package extract

import (
	"strings"
	"testing"
)

// lowerByBytes is asciiLower as it was written before it used a builder: a
// copy of the bytes with A–Z lowered, everything else (UTF-8 or not) kept.
func lowerByBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestASCIILower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "already lower", "Jane DOE, MD", "ÉCOLE Médicale", "PGY-2 Z", "Z", "end Z",
		"\xff\xfeAB", "İstanbul", "a\x00B"} {
		if got, want := asciiLower(s), lowerByBytes(s); got != want {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := paddedLower(s), " "+lowerByBytes(s)+" "; got != want {
			t.Errorf("paddedLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzASCIILower(f *testing.F) {
	for _, s := range []string{"", "Jane DOE, MD", "ÉCOLE Médicale", "\xff\xfeAB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := asciiLower(s), lowerByBytes(s); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := paddedLower(s), " "+lowerByBytes(s)+" "; got != want {
			t.Fatalf("paddedLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzPersonKeyWords holds mergePeople's key reading, which lowers only into
// its key, to personKeyFields: the same words once lowered, ordered alike by
// compareLower, and fullerName's particle test to asciiLower's.
func FuzzPersonKeyWords(f *testing.F) {
	for _, s := range []string{"Dr. Jane A. Doe, MD", "DRS. VAN DYKE", "dR ana (Jo) Ruiz-Lee", "Doe, Jane", "ÉLISE de la Fuente, D.O.", "a\xffB C"} {
		f.Add(s, "Van")
	}
	f.Fuzz(func(t *testing.T, name, other string) {
		want := personKeyFields(name)
		got := personKeyWordsInto(nil, name)
		if len(got) != len(want) {
			t.Fatalf("personKeyWordsInto(%q) = %q, want %q lowered", name, got, want)
		}
		for i := range got {
			if string(appendLower(nil, got[i])) != want[i] {
				t.Fatalf("personKeyWordsInto(%q) = %q, want %q lowered", name, got, want)
			}
		}
		if got, want := compareLower(name, other), strings.Compare(asciiLower(name), asciiLower(other)); got != want {
			t.Fatalf("compareLower(%q, %q) = %d, want %d", name, other, got, want)
		}
		var buf [16]byte
		if got, want := nameParticles[string(appendLower(buf[:0], other))], nameParticles[asciiLower(other)]; got != want {
			t.Fatalf("particle %q: %v, want %v", other, got, want)
		}
	})
}

// isMedSchoolLabelByWords is isMedSchoolLabel as it was written before it
// lowered the label's words onto the stack: lowered, split, joined.
func isMedSchoolLabelByWords(lbl string) bool {
	var ws []string
	for _, w := range strings.Fields(asciiLower(lbl)) {
		switch w {
		case "attended", "graduated", "from", "name", "current", "your", "(md)", "(do)", "(mbbs)":
			continue
		}
		ws = append(ws, w)
	}
	low := strings.Join(ws, " ")
	for _, w := range medSchoolLabels {
		if low == w {
			return true
		}
	}
	return false
}

// FuzzCardLabels holds a card label's readers, which lower onto the stack,
// to the lowering they replace: fieldLabel to labelKind of strings.ToLower,
// isMedSchoolLabel to isMedSchoolLabelByWords.
func FuzzCardLabels(f *testing.F) {
	for _, s := range []string{"Medical School", " MED SCHOOL ", "Attended:  School of Medicine", "M.D.", "Graduated from (MD) Medical College",
		"Hometown", "Undergraduate", "PGY", "Fun Fact", "\u212Aey Year", "Escuela de Medicina", "medical  school  name", "Your Current Medical Education"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, lbl string) {
		if got, want := fieldLabel(lbl), labelKind(strings.ToLower(strings.TrimSpace(lbl))); got != want {
			t.Fatalf("fieldLabel(%q) = %q, want %q", lbl, got, want)
		}
		if got, want := isMedSchoolLabel(lbl), isMedSchoolLabelByWords(lbl); got != want {
			t.Fatalf("isMedSchoolLabel(%q) = %v, want %v", lbl, got, want)
		}
	})
}

// hasAnyLowered is hasAny as it was written before it looked for words in
// either case: the text lowered, a copy, then each word.
func hasAnyLowered(s string, words []string) bool {
	low := asciiLower(s)
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// countBeforeRoleLowered is countBeforeRole as it was written before it read
// the text in place: the same reading of asciiLower(t).
func countBeforeRoleLowered(t string) bool {
	low := asciiLower(t)
	for _, role := range [...]string{"resident", "intern"} {
		for from := 0; ; {
			k := strings.Index(low[from:], role)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			for w := 0; w < 2 && k > 0 && isRESpace(low[k-1]); w++ {
				end := k
				for end > 0 && isRESpace(low[end-1]) {
					end--
				}
				k = end
				for k > 0 && !isRESpace(low[k-1]) {
					k--
				}
				if tok := low[k:end]; smallNumbers[tok] != 0 || len(tok) <= 2 && tok != "" && allDigits(tok) {
					return true
				}
			}
		}
	}
	return false
}

// FuzzLowerInPlace holds the readers that no longer lower their text to
// the lowering they replace: hasAny (for every list it is given, and one
// whose words open with no letter), countBeforeRole, indexFold.
func FuzzLowerInPlace(f *testing.F) {
	for _, s := range []string{"Our Twelve new INTERNS", "the 12  Residents", "As Program Director, I", "FAQ: Eligibility", "Medical School",
		"Couple's Match", "I’m an attending", "three\tresident", "Seventeen interns", "ResidentIntern 2 intern"} {
		f.Add(s)
	}
	lists := [][]string{eligWords, programWords, {"residen", "intern"}, residentVoice, leaderVoice, pastResidencyVoice, schoolAsked,
		coupleVoice, residentNowVoice, {"medical training", "medical school", "medical education", "medical degree", "medical student"},
		{"’s", " i ", "", "2nd"}}
	f.Fuzz(func(t *testing.T, s string) {
		for i, l := range lists {
			if got, want := hasAny(s, l), hasAnyLowered(s, l); got != want {
				t.Fatalf("hasAny(%q, list %d) = %v, want %v", s, i, got, want)
			}
		}
		if got, want := countBeforeRole(s), countBeforeRoleLowered(s); got != want {
			t.Fatalf("countBeforeRole(%q) = %v, want %v", s, got, want)
		}
		for _, w := range []string{"resident", "intern", "pgy", "residency", "p"} {
			if got, want := indexFold(s, w), strings.Index(asciiLower(s), w); got != want {
				t.Fatalf("indexFold(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	})
}

// firstPersonLowered and fillerOnlyReplaced are firstPerson and fillerOnly
// as they were written before they read their words in place.
func firstPersonLowered(s string) bool {
	for _, f := range strings.Fields(s) {
		switch strings.ToLower(strings.Trim(f, ".,;:!?()\"")) {
		case "i", "my", "i've", "i'm", "me":
			return true
		}
	}
	return false
}

func fillerOnlyReplaced(s string) bool {
	for _, f := range strings.Fields(parenDashCommaSpacer.Replace(s)) {
		switch f {
		case "the", "a", "an", "of", "full", "consecutive", "calendar", "additional", "total", "period":
		default:
			return false
		}
	}
	return true
}

func FuzzWordsInPlace(f *testing.F) {
	for _, s := range []string{"As I said", "İ'M here", "MY (own) words", "\"Me,\" she said", "the full-time (calendar) period,",
		"a\u00a0total\u2003of", "of-the,(a)", "consecutive\xff", "I\u212Ave", "(i've)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := firstPerson(s), firstPersonLowered(s); got != want {
			t.Fatalf("firstPerson(%q) = %v, want %v", s, got, want)
		}
		if got, want := fillerOnly(s), fillerOnlyReplaced(s); got != want {
			t.Fatalf("fillerOnly(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestStudentMatchPageParts holds studentMatchPage, which asks the head's
// parts for "match" before joining them, to its reading of the joined head
// (the page's title and first heading, and the path of addresses that name
// a match, a student, or neither), on the golden pages and a testweb mix.
func TestStudentMatchPageParts(t *testing.T) {
	joined := func(d *doc, u string) bool {
		head := strings.Join(pageHeadParts(d, u, nil), " | ")
		if !containsFold(head, "match") || !matchWords.in(head) || residentHeadWords.in(head) {
			return false
		}
		if studentWords.in(head) {
			return true
		}
		if residencyHeadWords.in(head) || !medicalSchoolSite.MatchString(head) {
			return false
		}
		return studentWords.in(pageOpening(d))
	}
	urls := []string{"http://im.example.test/p", "https://med.example.edu/news/2026-Match-Day", "https://x.test/students/%6Datch.html",
		"https://x.test/Student-Affairs/residency-match"}
	for i, d := range goldenAndWebDocs(t) {
		for _, u := range urls {
			if got, want := studentMatchPage(d, u), joined(d, u); got != want {
				t.Errorf("doc %d (%q) at %s: studentMatchPage = %v, want %v", i, d.title, u, got, want)
			}
		}
	}
}
