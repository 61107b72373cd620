package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"
)

func TestKeywordSet(t *testing.T) {
	k := newKeywordSet([]string{"he", "she", "hers"}, []string{"his", "e"}, []string{"ushers"})
	tests := []struct {
		give string
		stop uint8
		want uint8
	}{
		{give: "", want: 0},
		{give: "xyz", want: 0},
		{give: "ushers", want: 7},        // she, he, hers, e, ushers: every group
		{give: "ush", want: 0},           // a prefix of a word is no word
		{give: "this", want: 2},          // his
		{give: "hhhhis", want: 2},        // his after a false start
		{give: "SHE", want: 0},           // byte for byte: case-sensitive
		{give: "e he", stop: 2, want: 2}, // stops at the first "e"
	}
	for _, tt := range tests {
		if got := k.find(tt.give, tt.stop); got != tt.want {
			t.Errorf("find(%q, %d) = %03b, want %03b", tt.give, tt.stop, got, tt.want)
		}
	}
}

// TestKeywordSetMatchesContains checks the automaton against strings.Contains
// over the relevance words and every substring boundary of some sentences.
func TestKeywordSetMatchesContains(t *testing.T) {
	k := newFoldedKeywordSet(relevantWords[:])
	for _, s := range []string{
		"we sponsor j-1 visas", "graduated within 5 years", "no clinicals", "hands-on usce required",
		"the first try", "green car", "green card holders", "international", "internationa", "usmle step 2",
		"cut-of", "cut-off", "limi", "xvisa", "fmgfmg", "medical schoo", "medical school",
	} {
		want := false
		for _, w := range relevantWords {
			want = want || strings.Contains(s, w)
		}
		if got := k.find(s, 0) != 0; got != want {
			t.Errorf("find(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFoldedKeywordSet(t *testing.T) {
	k := newFoldedKeywordSet([]string{"pgy", "class of"})
	for _, tt := range []struct {
		give string
		want uint8
	}{
		{"PGY-2", 1}, {"Class Of 2024", 1}, {"pg y", 0}, {"classof", 0}, {"CLASS OF", 1},
	} {
		if got := k.find(tt.give, 0); got != tt.want {
			t.Errorf("find(%q) = %d, want %d", tt.give, got, tt.want)
		}
	}
}

var threeDigits = regexp.MustCompile(`\d{3}`)

// cycleHints is the cycle words on their own, for checking blockHints.
var cycleHints = newFoldedKeywordSet(cycleWords)

// TestGatesHideNoMatch checks, over every sentence of the golden pages (as
// written and normalised), that no gated expression matches a text its
// hint words call impossible.
func TestGatesHideNoMatch(t *testing.T) {
	gates := allGates()
	paths, _ := filepath.Glob("testdata/*/page.*")
	if len(paths) < 60 {
		t.Fatalf("only %d golden pages", len(paths))
	}
	checked := 0
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := blocksFromText(body)
		if hasMarkup(body) {
			root, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				continue
			}
			d = blocksFromHTML(root)
		}
		for i := range d.blocks {
			b := &d.blocks[i]
			h := b.hint()
			if got, want := relevantHints(h), relevant(b.text); got != want {
				t.Errorf("block hint relevant(%q) = %v, want %v", b.text, got, want)
			}
			if proseHint(b.text) && h&hintProse == 0 {
				t.Errorf("proseHint(%q) but the block hint has no prose word", b.text)
			}
			if got, want := h&hintCycle != 0, cycleHints.find(b.text, 1) != 0; got != want {
				t.Errorf("block hint cycle(%q) = %v, want %v", b.text, got, want)
			}
			for _, s := range sentences(b.text) {
				if relevant(s) && !relevantHints(h) {
					t.Errorf("relevant(%q) but its block %q is not", s, b.text)
				}
				for _, text := range []string{s, norm(s), asciiLower(s), strings.ToLower(s)} {
					if imgCount.re.MatchString(text) && !numberThen(text, imgCountNext) {
						t.Errorf("imgCount matches %q but numberThen says it cannot", text)
					}
					if totalCount.re.MatchString(text) && !numberThen(text, totalCountNext) {
						t.Errorf("totalCount matches %q but numberThen says it cannot", text)
					}
					for name, g := range gates {
						checkGate(t, name, g, text)
						checked++
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

func naiveContainsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// TestKeywordSetFew checks the strings.Contains path of small sets against
// the automaton of the same words plus one that never occurs.
func TestKeywordSetFew(t *testing.T) {
	few := newKeywordSet([]string{"ab", "cd"}, []string{"b"})
	table := newKeywordSet([]string{"ab", "cd", "\x00never\x00a", "\x00never\x00b"}, []string{"b"})
	if few.few == nil || table.few != nil {
		t.Fatal("sets not built as intended")
	}
	for _, s := range []string{"", "xab", "b", "cd", "a b", "abcd"} {
		for stop := uint8(0); stop < 4; stop++ {
			// stopped early, find promises only a group of stop
			got, want := few.find(s, stop), table.find(s, stop)
			if (got&stop != 0) != (want&stop != 0) || want&stop == 0 && got != want {
				t.Errorf("find(%q, %d) = %02b, want %02b", s, stop, got, want)
			}
		}
	}
}

// allGates lists every gated expression by name.
func allGates() map[string]gatedRegexp {
	return map[string]gatedRegexp{
		"imgWord": imgWord, "imgCount": imgCount.gatedRegexp, "totalCount": totalCount.gatedRegexp, "countOfTotal": countOfTotal.gatedRegexp,
		"proseSchoolEnd": proseSchoolEnd, "rosterTitle": rosterTitle, "seasonPattern": seasonPattern.gatedRegexp, "matchPattern": matchPattern.gatedRegexp, "startPattern": startPattern.gatedRegexp,
		// gates derived from the expression (mustGateDerived)
		"rolesThenNames": rolesThenNames.gatedRegexp, "attributionDash": attributionDash, "yearAfterName": yearAfterName, "matchPair": matchPair, "awardLine": awardLine,
		"drPrefix": drPrefix.gatedRegexp, "roleThenName": roleThenName.gatedRegexp, "oneUnit": oneUnit, "glueCK": glueCK.gatedRegexp, "jiVisa": jiVisa, "hiB": hiB,
		"residentRoleRE": residentRoleRE.gatedRegexp, "facultyOf": facultyOf, "finishedResidency": finishedResidency, "leadsProgram": leadsProgram,
		"residencyGraduates": residencyGraduates, "residencyGraduated": residencyGraduated,
		"examList": examList.gatedRegexp, "examPass": examPass, "singleFailure": singleFailure, "otherLead": otherLead, "observerSubject": observerSubject, "studentRule": studentRule, "certifierRule": certifierRule, "schoolStage": schoolStage, "schoolApplicants": schoolApplicants, "countrysProcess": countrysProcess, "programVoice": programVoice,
		"holdersOnly": holdersOnly, "oneOfRole": oneOfRole,
		// read through blockWords (block.may, MatchWords): checkUnion holds them to their expressions too
		"residencyTurn": residencyTurn, "breakdownCue": breakdownCue,
	}
}

// checkGate checks that g's hints never hide a match of its expression in
// text, and that its sure words never claim one the expression does not make.
func checkGate(t *testing.T, name string, g gatedRegexp, text string) {
	t.Helper()
	match := g.re.MatchString(text)
	if match && !g.possible(text) {
		t.Errorf("%s matches %q but its hints say it cannot", name, text)
	}
	if g.sure(text) && !match {
		t.Errorf("%s: a sure word is in %q, but the expression does not match", name, text)
	}
	if got := g.MatchString(text); got != match {
		t.Errorf("%s.MatchString(%q) = %v, want %v", name, text, got, match)
	}
}

// FuzzGates checks every gated expression's hints and sure words on any
// text.
func FuzzGates(f *testing.F) {
	for _, s := range []string{"we have 6 imgs", "11 of our 20 residents", "ſponsor", "KELVIN"} {
		f.Add(s)
	}
	gates := allGates()
	f.Fuzz(func(t *testing.T, text string) {
		for name, g := range gates {
			checkGate(t, name, g, text)
		}
	})
}

// sure reports whether s holds one of g's sure words: then the expression
// must match.
func (g gatedRegexp) sure(s string) bool {
	if g.all != 0 {
		return false // a derived gate's groups are clauses, no sure words
	}
	return g.hints.find(s, gateSure)&gateSure != 0
}

// FuzzScanOddFold checks that scan's oddFold tag, read in the same pass as
// the words, is hasOddFold's answer.
func FuzzScanOddFold(f *testing.F) {
	for _, s := range []string{"", "ſ", "\u212aelvin", "resident ſ", "xx\xc5", "\xe2\x84"} {
		f.Add(s)
	}
	sets := []*keywordSet{blockHints, relevantSet, newFoldedKeywordSet(residentHeadWords.words), newFoldedKeywordSet([]string{"s", "k"})}
	f.Fuzz(func(t *testing.T, s string) {
		for i, k := range sets {
			got := k.scan(s, 0)
			if odd := got&oddFold != 0; odd != hasOddFold(s) {
				t.Errorf("set %d: scan(%q) oddFold %v, hasOddFold %v", i, s, odd, !odd)
			}
		}
	})
}

// scanReference is keywordSet.scan written out: at each byte of s, in
// order, every word of groups[g] that ends there (ASCII letters in either
// case when fold) adds 1<<g, and a folded set's odd characters add oddFold;
// the scan stops after the first byte where a group of stop has been seen.
// It reads every word as given, those essentialWords drops included.
func scanReference(groups [][]string, fold bool, s string, stop uint16) uint16 {
	type word struct {
		w   string
		tag uint16
	}
	var words []word
	for g, ws := range groups {
		for _, w := range ws {
			words = append(words, word{w, 1 << g})
		}
	}
	if fold {
		words = append(words, word{"ſ", oddFold}, word{"\u212a", oddFold})
	}
	var found uint16
	for i := 1; i <= len(s); i++ {
		for _, w := range words {
			if j := i - len(w.w); j >= 0 && (s[j:i] == w.w || fold && asciiLower(s[j:i]) == w.w) {
				found |= w.tag
			}
		}
		if found&stop != 0 {
			return found
		}
	}
	return found
}

// referenceSets are sets whose word lists overlap (a word holding another
// of its group, a word listed twice), as built for the rules and as
// scanReference reads them.
func referenceSets() []struct {
	name   string
	set    *keywordSet
	groups [][]string
	fold   bool
} {
	return []struct {
		name   string
		set    *keywordSet
		groups [][]string
		fold   bool
	}{
		{"blockHints", blockHints, [][]string{relevantWords, countWords, digitWords, proseWords, cycleWords,
			residentHeadWords.words, predicateRoles.words, fellowshipWord.words}, true},
		{"relevantSet", relevantSet, [][]string{relevantWords, countWords, digitWords}, true},
		{"leadWords", leadWords, [][]string{{"must", "requir", "mandatory", "minimum", "criteri", "prerequisite", "need",
			"should", "expect", "qualification", "prefer", "suggest", "recommend", "looking for", "look for", "looks for", "desir", "ideal", "pass"}}, true},
		{"nested", newKeywordSet([]string{"he", "she", "hers", "he", "ushers", "s"}, []string{"his", "is", "this"}, []string{"x"}),
			[][]string{{"he", "she", "hers", "he", "ushers", "s"}, {"his", "is", "this"}, {"x"}}, false},
		{"nestedFolded", newFoldedKeywordSet([]string{"visa", "visa sponsorship", "j1 visa"}, []string{"1", "j1", "h1b"}, []string{"a"}),
			[][]string{{"visa", "visa sponsorship", "j1 visa"}, {"1", "j1", "h1b"}, {"a"}}, true},
	}
}

// TestScanReference checks scan against scanReference for every stop of
// one group on texts where words of a group hold each other: dropping the
// words that hold another (essentialWords) and numbering the states
// breadth first change no answer, early stops included.
func TestScanReference(t *testing.T) {
	texts := []string{"", "ushers this", "THIS HIS she", "Visa Sponsorship is offered", "we sponsor J1 visas only",
		"a visa sponsorship", "H1B and J1 visa", "30 residents, 12 IMGs", "international medical graduates (IMG)",
		"The chief resident", "fellowship", "ſponsor", "resident fellowships in 2025", "Permanent Resident Status"}
	for _, rs := range referenceSets() {
		for _, s := range texts {
			for stop := uint16(0); stop <= 1<<8; stop = max(1, stop<<1) {
				if got, want := rs.set.scan(s, stop), scanReference(rs.groups, rs.fold, s, stop); got != want {
					t.Errorf("%s.scan(%q, %b) = %b, want %b", rs.name, s, stop, got, want)
				}
			}
		}
	}
}

// FuzzScanReference is TestScanReference on any text.
func FuzzScanReference(f *testing.F) {
	for _, s := range []string{"ushers", "visa sponsorship", "20 residents", "Chief Residents", "ſ"} {
		f.Add(s, uint16(1))
	}
	sets := referenceSets()
	f.Fuzz(func(t *testing.T, s string, stop uint16) {
		for _, rs := range sets {
			if got, want := rs.set.scan(s, stop), scanReference(rs.groups, rs.fold, s, stop); got != want {
				t.Errorf("%s.scan(%q, %b) = %b, want %b", rs.name, s, stop, got, want)
			}
		}
	})
}

// TestEssentialWords checks which words a group keeps.
func TestEssentialWords(t *testing.T) {
	got := essentialWords([]string{"visa sponsorship", "visa", "j1", "visa", "j1 visa", "sponsor", "h1b"})
	want := []string{"visa", "j1", "sponsor", "h1b"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("essentialWords = %q, want %q", got, want)
	}
}

// lexScanReference is lex.scan with the automaton read as built (a row
// per state, the outputs of every state read at every byte): the
// reference for the matcher's table (steps).
func lexScanReference(s string) []lexMatch {
	return settleMatches(lexHitsFull(s))
}

var lexReference = sync.OnceValue(func() *automaton {
	texts := make([]string, len(lexicon))
	for i, e := range lexicon {
		texts[i] = e.text
	}
	return newAutomaton(texts, false)
})

func sameMatches(a, b []lexMatch) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestLexScanReference checks lex.scan against lexScanReference on every
// sentence of the golden pages, normalised.
func TestLexScanReference(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*/page.*")
	if len(paths) < 60 {
		t.Fatalf("only %d golden pages", len(paths))
	}
	checked := 0
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := blocksFromText(body)
		if hasMarkup(body) {
			root, err := html.Parse(bytes.NewReader(body))
			if err != nil {
				continue
			}
			d = blocksFromHTML(root)
		}
		for i := range d.blocks {
			for _, s := range sentences(d.blocks[i].text) {
				low := norm(s)
				if got, want := lex.scan(low, nil), lexScanReference(low); !sameMatches(got, want) {
					t.Errorf("lex.scan(%q) = %v, want %v", low, got, want)
				}
				checked++
			}
		}
	}
	if checked < 500 {
		t.Fatalf("only %d sentences checked", checked)
	}
}

// FuzzLexScanReference is TestLexScanReference on any text.
func FuzzLexScanReference(f *testing.F) {
	for _, s := range []string{"we sponsor j1 visas", "applicants must have graduated within 5 years", "no step1 score cutoff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lex.scan(s, nil), lexScanReference(s); !sameMatches(got, want) {
			t.Errorf("lex.scan(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestStepsAreTheAutomaton checks the steps of the lexicon's automaton (by
// column), of blockHints' words (by column) and of a small set's (by row)
// against the automaton they are laid out from: the same state after every
// byte from every state, the states where words end exactly those from
// ends on (what the scans read instead of the outputs), and their outputs
// where atIndexed puts them.
func TestStepsAreTheAutomaton(t *testing.T) {
	texts := make([]string, len(lexicon))
	for i, e := range lexicon {
		texts[i] = e.text
	}
	for _, a := range []*automaton{newAutomaton(texts, false), newAutomaton(essentialWords(relevantWords), true),
		newAutomaton(residentHeadWords.words, true)} {
		st := a.steps()
		states := len(a.out)
		if states < 2 || st.ends <= 0 || st.ends > st.at(states) {
			t.Fatalf("%d states, ends %d", states, st.ends)
		}
		if states > 1<<16/a.nclass != (st.row == 0) {
			t.Errorf("%d states of %d classes: laid out by row %v", states, a.nclass, st.row > 0)
		}
		for s := 0; s < states; s++ {
			if ends := len(a.out[s]) > 0; ends != (st.at(s) >= st.ends) {
				t.Errorf("state %d: words end there %v, numbered from ends %v", s, ends, st.at(s) >= st.ends)
			}
			for b := 0; b < 256; b++ {
				if got, want := int(st.next[st.at(s)+int(st.col[b])]), st.at(int(a.next[s*a.nclass+int(a.class[b])])); got != want {
					t.Fatalf("state %d, byte %#x: steps go to %d, the automaton to %d", s, b, got, want)
				}
			}
		}
		if out := atIndexed(&st, a.out); len(out) != st.at(states)-st.ends || len(out[st.at(states-1)-st.ends]) == 0 {
			t.Errorf("atIndexed: %d outputs, the last state's %v", len(out), out[len(out)-1])
		}
	}
}

// wholeWordLists are the lists TestWholeWords and FuzzWholeWords read:
// the roster's, and lists whose words hold each other, open or close on a
// byte that is no word byte, or are one letter.
func wholeWordLists() [][]string {
	lists := [][]string{predicateRoles.words, fellowshipWord.words, countScope,
		{"resident", "residents", "co-resident", "chief resident", "res"},
		{"us ", " of", "-year", "i", "a.b", "ſ"}}
	for _, l := range roleLists {
		lists = append(lists, l.words)
	}
	return lists
}

// TestWholeWords checks wholeWords.in against what it replaces,
// hasAnyWord of the lowered text, on texts where words hold each other,
// touch word bytes, or are cut by the text's ends.
func TestWholeWords(t *testing.T) {
	texts := []string{"", "Resident", "RESIDENTS of the year", "our co-residents", "chief residents", "Chief Resident.",
		"presidents", "residentx", "x-resident", "res", "the US program", "Jo, our third-year intern", "i", "I", "Mi",
		"a.b", "xa.b", "a.bx", "a.b.", "ſ", "faculty of medicine", "house staff", "The Fellowship", "fellowships2",
		"the 1st-year class", "Past residents", "pgy-2"}
	for _, words := range wholeWordLists() {
		m := newWholeWords(words)
		for _, s := range texts {
			if got, want := m.in(s), hasAnyWord(asciiLower(s), words); got != want {
				t.Errorf("%q in %q: %v, hasAnyWord %v", words, s, got, want)
			}
			if got, want := newCasedWholeWords(words).in(s), hasAnyWord(s, words); got != want {
				t.Errorf("cased %q in %q: %v, hasAnyWord %v", words, s, got, want)
			}
		}
	}
	// countElsewhere's words, byte for byte
	for _, s := range append(texts, "7,000 of the 30,000 graduates who match each year", "NATIONALLY, 1 in 4", "the nation's data",
		"across the country", "in the country's programs", "our firm's clients", "surveys", "a studyX", "per year.", "per-year") {
		if got, want := countScopeWords.in(s), hasAnyWord(s, countScope); got != want {
			t.Errorf("countScopeWords in %q: %v, hasAnyWord %v", s, got, want)
		}
	}
}

// FuzzWholeWords is TestWholeWords on any text.
func FuzzWholeWords(f *testing.F) {
	for _, s := range []string{"Chief Residents", "co-resident", "the US program", "A.B"} {
		f.Add(s)
	}
	lists := wholeWordLists()
	ms, cased := make([]*wholeWords, len(lists)), make([]*wholeWords, len(lists))
	for i, l := range lists {
		ms[i], cased[i] = newWholeWords(l), newCasedWholeWords(l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, m := range ms {
			if got, want := m.in(s), hasAnyWord(asciiLower(s), lists[i]); got != want {
				t.Errorf("%q in %q: %v, hasAnyWord %v", lists[i], s, got, want)
			}
			if got, want := cased[i].in(s), hasAnyWord(s, lists[i]); got != want {
				t.Errorf("cased %q in %q: %v, hasAnyWord %v", lists[i], s, got, want)
			}
		}
		if got, want := countScopeWords.in(s), hasAnyWord(s, countScope); got != want {
			t.Errorf("countScopeWords in %q: %v, hasAnyWord %v", s, got, want)
		}
	})
}
