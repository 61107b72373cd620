package extract

import "testing"

// started13s are the started expressions of the statement path and the
// page: the cycle years, the visas' spellings and their conditions, the
// counts, the programs' ids, the visas' spellings norm folds.
var started13s = []string{"seasonPattern", "matchPattern", "startPattern", "origVisaJ1", "origVisaH1B", "condTrigger",
	"countOfTotal", "imgCount", "totalThenIMG", "totalWhomIMG", "imgAmong", "imgAndHome", "totalCount", "countrysPhysicians",
	"nrmpPattern", "acgmePattern", "h1bPattern", "j1Pattern"}

// FuzzStarted13s is FuzzStarted for started13s alone: more texts a second
// for each.
func FuzzStarted13s(f *testing.F) {
	for _, s := range startedSamples {
		f.Add(s)
	}
	all := allStarted()
	rs := map[string]startedRegexp{}
	for _, name := range started13s {
		r, ok := all[name]
		if !ok {
			f.Fatalf("%s is not in allStarted", name)
		}
		rs[name] = r
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, r := range rs {
			checkStarted(t, name, r, s)
		}
	})
}
