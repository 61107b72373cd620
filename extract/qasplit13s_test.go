package extract

import "testing"

// qaSamples are "Q:"/"A:" texts and near misses: marks, white space of
// every kind, newlines in the question and the answer, "Question" and
// "Answer" in any case and with "ſ", answers that open the text, no
// answer.
var qaSamples = []string{
	"Q: Do you sponsor visas? A: Yes, J-1 only.", "Question: Is USCE required? Answer: No.", "q. what is the cutoff? a) 220",
	"Q: Do you sponsor visas?", "Q - Do you take IMGs?  A - Yes", "QUEſTION: x AnSwEr: y", "Q:\n A: x", "Q: a\nb A: c",
	"Q: x A: y\nz", "Q: x\tA:\n y", "Q: x Answerx: y", "Q: x An: y", "Q: x A:", "Q:", "Q: A: A: b", "Qu: x", "Q\t:\t\tx  A  :  y",
	"Q) x a. y a: z", "Q: x \u00a0A: y", "Q: \xff x A: \xfe", "Q: x  Answer  - y", "question) x", "Q: x Aſ: y", "Q: x AnſWER: y",
}

// TestQASplit holds qaSplit to qaPattern on the samples and on every
// question and answer of the golden pages.
func TestQASplit(t *testing.T) {
	texts := append([]string(nil), qaSamples...)
	texts = append(texts, goldenBlockTexts(t)...)
	matched := 0
	for _, s := range texts {
		if checkQASplit(t, s) {
			matched++
		}
	}
	if matched < 10 {
		t.Errorf("%d texts match qaPattern: the samples are meant to exercise it", matched)
	}
}

func checkQASplit(t *testing.T, s string) bool {
	t.Helper()
	m := qaPattern.FindStringSubmatch(s)
	q, a, ok := qaSplit(s)
	if ok != (m != nil) || ok && (q != m[1] || a != m[2]) {
		t.Errorf("qaSplit(%q) = %q, %q, %v; qaPattern gives %q", s, q, a, ok, m)
	}
	return m != nil
}

// FuzzQASplit holds qaSplit to qaPattern on any text.
func FuzzQASplit(f *testing.F) {
	for _, s := range qaSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkQASplit(t, s)
	})
}
