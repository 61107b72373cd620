package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuestionScope checks that a FAQ question governs only the answers in
// its own container, never a block after the container.
func TestQuestionScope(t *testing.T) {
	cases := []struct {
		name string
		give string
		want [][2]string // [question, sentence] per statement
	}{
		{
			name: "dl then paragraph",
			give: "<main><dl><dt>Do you require US clinical experience?</dt><dd>Yes, 8 weeks of USCE.</dd></dl>" +
				"<p>14 of our 36 residents are international medical graduates.</p></main>",
			want: [][2]string{
				{"Do you require US clinical experience?", "Yes, 8 weeks of USCE."},
				{"", "14 of our 36 residents are international medical graduates."},
			},
		},
		{
			name: "bold question items then paragraph",
			give: "<main><div class=\"faq\"><p><strong>Do you sponsor visas?</strong></p><p>Yes, J-1 visas.</p>" +
				"<p><strong>Is there a YOG limit?</strong></p><p>5 years.</p></div>" +
				"<p>We have 6 IMG residents.</p></main>",
			want: [][2]string{
				{"Do you sponsor visas?", "Yes, J-1 visas."},
				{"Is there a YOG limit?", "5 years."},
				{"", "We have 6 IMG residents."},
			},
		},
		{
			name: "accordion answer in its own item",
			give: "<main><div class=\"acc\"><div class=\"item\"><h3><button>Do you sponsor H-1B visas?</button></h3>" +
				"<div class=\"body\"><p>No.</p><p>J-1 visas are accepted.</p></div></div></div>" +
				"<section><p>Our residents come from 12 countries and 14 are IMGs.</p></section></main>",
			want: [][2]string{
				{"Do you sponsor H-1B visas?", "No."},
				{"Do you sponsor H-1B visas?", "J-1 visas are accepted."},
				{"", "Our residents come from 12 countries and 14 are IMGs."},
			},
		},
		{
			name: "bold question in main keeps its paragraph",
			give: "<main><p><b>Do you sponsor visas?</b></p><p>We accept J-1 visas.</p></main>",
			want: [][2]string{{"Do you sponsor visas?", "We accept J-1 visas."}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := [][2]string{}
			for _, st := range statements(blocksFromHTML(mustParse(tc.give))) {
				q := st.q
				if st.qWeak {
					q = ""
				}
				got = append(got, [2]string{q, st.text})
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("statements (-want +got):\n%s", d)
			}
		})
	}
}

// followingLeadSplit is followingLead as it was written first (split the
// lowered line into words): the reference the scan from the end must agree
// with.
func followingLeadSplit(t string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(t, " ")))
	for j := len(f) - 1; j >= 0 && j >= len(f)-2; j-- {
		if f[j] == "following" {
			return true
		}
	}
	return false
}

// FuzzFollowingLead checks followingLead against the split reference.
func FuzzFollowingLead(f *testing.F) {
	for _, s := range []string{"must fall within the following categories", "the Following", "following: x", "FOLLOWING ", "\tfollowing\u00a0", "a following b c", "", "following\xff x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := followingLead(s), followingLeadSplit(s); got != want {
			t.Errorf("followingLead(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzAudienceWords checks the test audienceTitle makes before reading a
// title's words: a text without audienceWords in any case, all ASCII, names
// no group of applicants.
func FuzzAudienceWords(f *testing.F) {
	for _, s := range []string{"International Medical Graduates", "For IMG applicants:", "Eligibility Criteria", "(FMGs)", "Candidates.", "İMG Applicants", "Our Recent Graduates"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if audienceWords.find(s, 1) == 0 && !hasNonASCII(s) && audienceGroup(s) {
			t.Errorf("audienceGroup(%q) is true, but the text has no audience word", s)
		}
	})
}

// storyUngated is story without pronounWord's test in front.
func storyUngated(low string, cl *clause) bool {
	text := low[cl.start:cl.end]
	if !strings.Contains(text, "i ") && !strings.Contains(text, "he ") && !strings.Contains(text, "they ") &&
		!strings.Contains(text, "it ") && !strings.Contains(text, " him") && !strings.Contains(text, " her") &&
		!strings.Contains(text, " me") && !strings.Contains(text, " them") {
		return false
	}
	f := strings.Fields(punctSpacer.Replace(text))
	for i, w := range f {
		past := len(w) > 4 && strings.HasSuffix(w, "ed") || pastForms[w]
		if past && i+1 < len(f) && objectPronouns[f[i+1]] && i > 0 {
			return true
		}
		if !subjectPronouns[w] || i > 0 && (numberedPart[f[i-1]] || conditionWords[f[i-1]]) {
			continue
		}
		j := i + 1
		for j < len(f) && storyFiller[f[j]] {
			j++
		}
		if j >= len(f) {
			continue
		}
		v := f[j]
		if w == "it" && (v == "was" || v == "were") {
			continue
		}
		if len(v) > 4 && strings.HasSuffix(v, "ed") || pastForms[v] {
			return true
		}
	}
	return false
}

var storyCases = []string{"it required first passing the usmle", "she had to complete 6 months of rotations", "getting a position required him to pass",
	"it took him 2 attempts", "you have to pass step1", "the program requires it", "only if they graduated within 3 years", "step i passed",
	"i completed 4 months of rotations", "others needed them.", "(he) went", "x\u00a0he had", "the theme helped them", "it was required that"}

// TestPronounWordGate checks that story answers as it did before its
// pronounWord test, on sentences that tell a past and on rules.
func TestPronounWordGate(t *testing.T) {
	for _, s := range storyCases {
		cl := &clause{start: 0, end: len(s)}
		if got, want := story(s, cl), storyUngated(s, cl); got != want {
			t.Errorf("story(%q) = %v, want %v", s, got, want)
		}
	}
	if !story("she had to complete 6 months of rotations", &clause{end: 41}) {
		t.Error("a past told with a pronoun is no story")
	}
}

// FuzzPronounWordGate is TestPronounWordGate on any text.
func FuzzPronounWordGate(f *testing.F) {
	for _, s := range storyCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cl := &clause{start: 0, end: len(s)}
		if got, want := story(s, cl), storyUngated(s, cl); got != want {
			t.Errorf("story(%q) = %v, want %v", s, got, want)
		}
	})
}

// opensSentenceAllWords is opensSentence reading all the words of rest
// (strings.Fields), as it did before it stopped at the six it reads.
func opensSentenceAllWords(rest string) bool {
	rest = strings.TrimLeft(rest, " ,;-–")
	w, after, _ := strings.Cut(rest, " ")
	switch strings.TrimRight(w, ",") {
	case "however", "but", "yet", "also", "furthermore", "additionally", "moreover":
		rest = strings.TrimLeft(after, " ,")
		w, _, _ = strings.Cut(rest, " ")
	}
	if !subjectOpener(w) {
		return false
	}
	words := strings.Fields(rest)
	for k, x := range words {
		bare := strings.TrimRight(x, ",;:.")
		if k > 0 && finiteAt(words, k) {
			return true
		}
		if k >= 5 || bare != x || x == "and" || x == "or" || x == "nor" || x == "&" {
			return false
		}
	}
	return false
}

var opensSentenceCases = []string{"we accept j1 visas", "however, we only accept j1", "applicants must pass step1", "the program strongly prefers recent graduates",
	"a b c d e is", "a b c d e f is", "a b c d e requires more", "including step1", "we\u00a0also\u00a0require usce", "", " , we do"}

// TestOpensSentenceSixWords and FuzzOpensSentenceSixWords hold
// opensSentence to opensSentenceAllWords.
func TestOpensSentenceSixWords(t *testing.T) {
	for _, s := range opensSentenceCases {
		if got, want := opensSentence(s), opensSentenceAllWords(s); got != want {
			t.Errorf("opensSentence(%q) = %v, want %v", s, got, want)
		}
	}
	if !opensSentence("we accept j1 visas") || opensSentence("a b c d e f is") {
		t.Error("opensSentence misreads its own examples")
	}
}

func FuzzOpensSentenceSixWords(f *testing.F) {
	for _, s := range opensSentenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := opensSentence(s), opensSentenceAllWords(s); got != want {
			t.Errorf("opensSentence(%q) = %v, want %v", s, got, want)
		}
	})
}
