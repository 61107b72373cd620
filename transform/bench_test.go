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
