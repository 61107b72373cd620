package transform

import (
	"strings"
	"testing"
)

// BenchmarkClassify measures names classified per second over the test
// tables' names (a mix of exact names, abbreviations, AAMC short names,
// names with locations, misspellings, forms of schools abroad and
// unknowns). BenchmarkNormalizeBaseline is the floor: only lower-casing
// and splitting the same names, so the ratio shows what the index costs.
func BenchmarkClassify(b *testing.B) {
	c := mustClassifier(b)
	names := benchNames()
	for _, s := range names {
		// The indexes built on first use (corrections, gazetteer,
		// distinctive words) are a one-time cost of a process:
		// BenchmarkClassifierFirstUse times them; b.Loop's timer starts
		// after this pass.
		c.Classify(s, "")
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range names {
			c.Classify(s, "")
		}
		n += len(names)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "names/s")
}

func BenchmarkNormalizeBaseline(b *testing.B) {
	names := benchNames()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range names {
			_ = strings.Fields(strings.ToLower(s))
		}
		n += len(names)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "names/s")
}

// BenchmarkClassifierFirstUse is a process's one-time cost: a new
// classifier and one pass over the names, which builds every index made
// on first use.
func BenchmarkClassifierFirstUse(b *testing.B) {
	names := benchNames()
	for b.Loop() {
		c, err := NewClassifier()
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range names {
			c.Classify(s, "")
		}
	}
}

func BenchmarkNewClassifier(b *testing.B) {
	for b.Loop() {
		if _, err := NewClassifier(); err != nil {
			b.Fatal(err)
		}
	}
}

func benchNames() []string {
	var names []string
	for _, tc := range classifyCases {
		names = append(names, tc.give)
	}
	for _, tc := range classCases {
		names = append(names, tc.give)
	}
	return names
}
