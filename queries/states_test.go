package queries

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStateCode(t *testing.T) {
	tests := []struct {
		give string
		want string // "" when not a state
	}{
		// codes, any case, with space around
		{give: "NY", want: "NY"},
		{give: "ny", want: "NY"},
		{give: " nj ", want: "NJ"},
		{give: "Pr", want: "PR"},
		{give: "PR", want: "PR"},
		{give: "dc", want: "DC"},
		{give: "wa", want: "WA"},
		// full names, any case
		{give: "new york", want: "NY"},
		{give: "New York", want: "NY"},
		{give: "NEW JERSEY", want: "NJ"},
		{give: "  Pennsylvania\t", want: "PA"},
		{give: "Alabama", want: "AL"},
		{give: "Alaska", want: "AK"},
		{give: "Arizona", want: "AZ"},
		{give: "Arkansas", want: "AR"},
		{give: "California", want: "CA"},
		{give: "Colorado", want: "CO"},
		{give: "Connecticut", want: "CT"},
		{give: "Delaware", want: "DE"},
		{give: "Florida", want: "FL"},
		{give: "Georgia", want: "GA"},
		{give: "Hawaii", want: "HI"},
		{give: "Hawaiʻi", want: "HI"},
		{give: "Idaho", want: "ID"},
		{give: "Illinois", want: "IL"},
		{give: "Indiana", want: "IN"},
		{give: "Iowa", want: "IA"},
		{give: "Kansas", want: "KS"},
		{give: "Kentucky", want: "KY"},
		{give: "Louisiana", want: "LA"},
		{give: "Maine", want: "ME"},
		{give: "Maryland", want: "MD"},
		{give: "massachusetts", want: "MA"},
		{give: "Michigan", want: "MI"},
		{give: "Minnesota", want: "MN"},
		{give: "Mississippi", want: "MS"},
		{give: "Missouri", want: "MO"},
		{give: "Montana", want: "MT"},
		{give: "Nebraska", want: "NE"},
		{give: "Nevada", want: "NV"},
		{give: "New Hampshire", want: "NH"},
		{give: "New  Mexico", want: "NM"},
		{give: "North Carolina", want: "NC"},
		{give: "north dakota", want: "ND"},
		{give: "Ohio", want: "OH"},
		{give: "Oklahoma", want: "OK"},
		{give: "Oregon", want: "OR"},
		{give: "Rhode Island", want: "RI"},
		{give: "South Carolina", want: "SC"},
		{give: "South Dakota", want: "SD"},
		{give: "Tennessee", want: "TN"},
		{give: "Texas", want: "TX"},
		{give: "Utah", want: "UT"},
		{give: "Vermont", want: "VT"},
		{give: "Virginia", want: "VA"},
		{give: "West Virginia", want: "WV"},
		{give: "Wisconsin", want: "WI"},
		{give: "Wyoming", want: "WY"},
		// Washington the state, not DC
		{give: "Washington", want: "WA"},
		{give: "washington state", want: "WA"},
		{give: "Wash.", want: "WA"},
		// DC
		{give: "washington dc", want: "DC"},
		{give: "Washington DC", want: "DC"},
		{give: "Washington, D.C.", want: "DC"},
		{give: "Washington D.C.", want: "DC"},
		{give: "District of Columbia", want: "DC"},
		{give: "D.C.", want: "DC"},
		// Puerto Rico
		{give: "Puerto Rico", want: "PR"},
		{give: "puerto rico", want: "PR"},
		{give: "P.R.", want: "PR"},
		{give: "Commonwealth of Puerto Rico", want: "PR"},
		// dotted and abbreviated forms
		{give: "N.Y.", want: "NY"},
		{give: "n. y.", want: "NY"},
		{give: "N.J.", want: "NJ"},
		{give: "Calif.", want: "CA"},
		{give: "Mass.", want: "MA"},
		{give: "Penna.", want: "PA"},
		{give: "Fla.", want: "FL"},
		{give: "Ill.", want: "IL"},
		{give: "Tenn.", want: "TN"},
		{give: "W. Va.", want: "WV"},
		{give: "N. Dak.", want: "ND"},
		{give: "N.C.", want: "NC"},
		{give: "Tex.", want: "TX"},
		{give: "Wis.", want: "WI"},
		{give: "State of New York", want: "NY"},
		{give: "new-york", want: "NY"},
		// not states
		{give: "XX"},
		{give: ""},
		{give: "   "},
		{give: "Atlantis"},
		{give: "New"},
		{give: "Carolina"},
		{give: "Dakota"},
		{give: "Virginia Beach"},
		{give: "Ontario"},
		{give: "USA"},
		{give: "N.Y.C."},
		{give: "Guam"},
		{give: "new yrok"},
		{give: "Washington D.C. Metro"},
		{give: "."},
		{give: "state"},
	}
	for _, tt := range tests {
		got, ok := StateCode(tt.give)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("StateCode(%q) = %q, %v; want %q, %v", tt.give, got, ok, tt.want, tt.want != "")
		}
	}
}

func TestSuggestState(t *testing.T) {
	tests := []struct {
		give string
		want string // "" when no single close state
	}{
		{give: "new yrok", want: "NY"},
		{give: "Nwe Jersey", want: "NJ"},
		{give: "Pensylvania", want: "PA"},
		{give: "Masachusets", want: "MA"},
		{give: "Texsa", want: "TX"},
		{give: "Utha", want: "UT"},
		{give: "Virgina", want: "VA"},
		{give: "Washingtn", want: "WA"},
		{give: "Puerto Ricco", want: "PR"},
		{give: "Carolina"},   // north or south: no single match
		{give: "XX"},         // too short: codes are too close to each other
		{give: "NX"},         // ditto
		{give: "Atlantis"},   // nothing close
		{give: "Kalamazoo"},  // nothing close
		{give: "New Guinea"}, // not close enough to any
	}
	for _, tt := range tests {
		if got := suggestState(tt.give); got != tt.want {
			t.Errorf("suggestState(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestParseProfileStates(t *testing.T) {
	base := "graduation_year: 2019\ncitizenship: us\nstep1_passed: true\nspecialties: [Pediatrics]\n"
	tests := []struct {
		name     string
		give     string // the states line
		want     []string
		wantErrs []string
	}{
		{name: "codes and names normalised, duplicates dropped", give: `states: [ny, "New Jersey", "Washington", "washington dc", "Puerto Rico", "N.Y."]`,
			want: []string{"NY", "NJ", "WA", "DC", "PR"}},
		{name: "block list", give: "states:\n  - Calif.\n  - \" texas \"\n", want: []string{"CA", "TX"}},
		{name: "unknown with a suggestion", give: `states: [NY, "New Yrok"]`, wantErrs: []string{
			`p.yaml:5: states: "New Yrok" is not a US state, DC or Puerto Rico (give a two-letter code like NY or a name like New York); did you mean "NY"?`}},
		{name: "unknown without a suggestion", give: `states: [XX, Atlantis]`, wantErrs: []string{
			`p.yaml:5: states: "XX" is not a US state, DC or Puerto Rico (give a two-letter code like NY or a name like New York)`,
			`p.yaml:5: states: "Atlantis" is not a US state, DC or Puerto Rico (give a two-letter code like NY or a name like New York)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseProfile(strings.NewReader(base+tt.give+"\n"), "p.yaml")
			var gotErrs []string
			if err != nil {
				for _, e := range flatten(err) {
					gotErrs = append(gotErrs, e.Error())
					var pe *ProfileError
					if !errors.As(e, &pe) {
						t.Errorf("%v is not a *ProfileError", e)
					}
				}
			}
			if diff := cmp.Diff(tt.wantErrs, gotErrs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, p.States); diff != "" {
				t.Errorf("states (-want +got):\n%s", diff)
			}
			if err == nil {
				if err := p.Validate(); err != nil {
					t.Errorf("Validate() = %v", err)
				}
			}
		})
	}
}

func TestPreferredStatesNormalisesNames(t *testing.T) {
	p := Profile{States: []string{"new york", "NJ", "New Jersey"}}
	if diff := cmp.Diff([]string{"NJ", "NY"}, p.PreferredStates()); diff != "" {
		t.Errorf("PreferredStates (-want +got):\n%s", diff)
	}
}

func FuzzStateCode(f *testing.F) {
	for _, s := range []string{"NY", "new york", "Washington, D.C.", "N. Dak.", "Hawaiʻi", "xx", "", "state of "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := StateCode(s)
		if !ok {
			if c != "" {
				t.Errorf("StateCode(%q) = %q, false", s, c)
			}
			if sg := suggestState(s); sg != "" && !isState(sg) {
				t.Errorf("suggestState(%q) = %q, not a code", s, sg)
			}
			return
		}
		if !isState(c) || strings.ToUpper(c) != c {
			t.Errorf("StateCode(%q) = %q, not a code", s, c)
		}
		if again, ok := StateCode(c); !ok || again != c {
			t.Errorf("StateCode(%q) = %q, %v; want itself", c, again, ok)
		}
	})
}

func TestStateName(t *testing.T) {
	for _, code := range usStates {
		name := StateName(strings.ToLower(code))
		if c, ok := StateCode(name); !ok || c != code || len(name) <= 2 {
			t.Errorf("StateName(%s) = %q, which reads back as %q %v", code, name, c, ok)
		}
	}
	for give, want := range map[string]string{"TX": "Texas", "DC": "District of Columbia", "NC": "North Carolina",
		"PA": "Pennsylvania", "WV": "West Virginia", "PR": "Puerto Rico", "XX": "", "": "", "Texas": ""} {
		if got := StateName(give); got != want {
			t.Errorf("StateName(%q) = %q, want %q", give, got, want)
		}
	}
}
