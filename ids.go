package imgfriendly

import (
	"fmt"
	"strconv"
	"strings"
)

// IDKind names a kind of program identifier.
type IDKind string

// The identifier kinds a page or a spreadsheet may print.
const (
	IDACGME IDKind = "acgme" // ACGME program id: 10 digits
	IDNRMP  IDKind = "nrmp"  // NRMP program code: 1234140C0
)

// StatedID is a program identifier printed on a page, with its evidence.
// Ids printed for the same program on one page share a Group: several
// programs listed on one page (a GME office page, a table of tracks) give
// several groups, so that a page's crosswalk pairs each ACGME id with its own
// NRMP codes.
type StatedID struct {
	ProgramID string `json:"program_id,omitempty"` // the program whose pages print it (set by the night)
	Kind      IDKind `json:"kind"`
	Value     string `json:"value"`           // normalised: 1403621123, 1234140C0
	Label     string `json:"label,omitempty"` // the label printed with it ("ERAS Program ID", "Categorical"), if any
	// Group numbers the programs a page prints ids for, from 1 in page order.
	Group int `json:"group"`
	// Context names the program of the group as the page does (its heading
	// or its table row's first cell), when the page names it.
	Context  string   `json:"context,omitempty"`
	Evidence Evidence `json:"evidence"`
}

// ACGMEID is an ACGME program id taken apart: 3-digit specialty code,
// 2-digit state code, 5-digit serial.
type ACGMEID struct{ Specialty, State, Serial string }

// String returns the id's 10 digits.
func (a ACGMEID) String() string { return a.Specialty + a.State + a.Serial }

// ParseACGMEID takes apart a normalised 10-digit ACGME program id.
func ParseACGMEID(s string) (ACGMEID, bool) {
	if len(s) != 10 || !allDigits(s) {
		return ACGMEID{}, false
	}
	return ACGMEID{Specialty: s[:3], State: s[3:5], Serial: s[5:]}, true
}

// NRMPCode is an NRMP program code taken apart: 4-digit institution, 3-digit
// specialty, type letter and track digit.
type NRMPCode struct {
	Institution string
	Specialty   string
	Type        byte // C categorical, P preliminary, A advanced, R reserved, M physician (primary care)
	Track       byte
}

// String returns the code as NRMP writes it: 1234140C0.
func (c NRMPCode) String() string {
	return c.Institution + c.Specialty + string(c.Type) + string(c.Track)
}

// TypeName says what the code's type letter means.
func (c NRMPCode) TypeName() string {
	switch c.Type {
	case 'C':
		return "categorical"
	case 'P':
		return "preliminary"
	case 'A':
		return "advanced"
	case 'R':
		return "reserved"
	case 'M':
		return "physician"
	}
	return ""
}

// ParseNRMPCode normalises (NormalizeNRMPCode) and takes apart an NRMP
// program code; it reports false for anything else.
func ParseNRMPCode(s string) (NRMPCode, bool) {
	s = NormalizeNRMPCode(s)
	if len(s) != 9 || !allDigits(s[:7]) || !strings.ContainsRune("CPARM", rune(s[7])) || s[8] < '0' || s[8] > '9' {
		return NRMPCode{}, false
	}
	return NRMPCode{Institution: s[:4], Specialty: s[4:7], Type: s[7], Track: s[8]}, true
}

// NormalizeProgramID turns an ACGME program id as spreadsheets and pages
// write it into its 10 digits: spaces and dashes dropped ("140-36-21123"),
// a spreadsheet's float ("804821087.0", "8.04821087E+08") read back as the
// integer, a text marker ("'0804821087", `="0804821087"`) removed, and the
// leading zero a number column lost restored ("804821087" → "0804821087").
// It returns an error saying why anything else is not an id; a float in
// scientific notation that lost digits is refused, never guessed.
func NormalizeProgramID(s string) (string, error) {
	raw := s
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "'")
	if strings.HasPrefix(s, `="`) && strings.HasSuffix(s, `"`) && len(s) >= 3 {
		s = s[2 : len(s)-1]
	}
	s = strings.Trim(s, `"`)
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("program id is empty")
	}
	if i := strings.IndexAny(s, "eE"); i > 0 {
		// 8.04821087E+08: a spreadsheet showed the number in scientific
		// notation. Only a mantissa with every digit is an id.
		mant, exp := s[:i], s[i+1:]
		e, err := strconv.Atoi(strings.TrimPrefix(exp, "+"))
		intPart, frac, _ := strings.Cut(mant, ".")
		if err != nil || !allDigits(intPart) || frac != "" && !allDigits(frac) || e < 0 || e > 9 {
			return "", fmt.Errorf("program id %q is not a number", raw)
		}
		digits := intPart + frac
		if len(intPart) != 1 || len(digits) > e+1 && strings.Trim(digits[e+1:], "0") != "" {
			return "", fmt.Errorf("program id %q is not an integer", raw)
		}
		if len(digits) < e+1 {
			// 1.40362E+09: the zeros it would need cannot be told from
			// digits the spreadsheet dropped.
			return "", fmt.Errorf("program id %q lost digits in scientific notation: export the column as text", raw)
		}
		s = digits[:e+1]
	} else if whole, frac, ok := strings.Cut(s, "."); ok && allDigits(whole) && frac != "" && strings.Trim(frac, "0") == "" {
		s = whole // 804821087.0
	}
	s = idSeparators.Replace(s)
	if !allDigits(s) || s == "" {
		return "", fmt.Errorf("program id %q is not a 10-digit ACGME id", raw)
	}
	switch len(s) {
	case 10:
		return s, nil
	case 9:
		// A number column drops the leading zero of specialty codes 0xx
		// (anesthesiology 040, dermatology 080).
		return "0" + s, nil
	}
	return "", fmt.Errorf("program id %q has %d digits, want 10", raw, len(s))
}

// idSeparators are what people put between an id's digit groups.
var idSeparators = strings.NewReplacer("-", "", " ", "", "\u00a0", "", "\t", "")

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// stateCodes are the 2-digit state codes of ACGME program ids (the states'
// FIPS codes: 50 states, DC, and the territories with programs).
var stateCodes = map[string]string{
	"01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE", "11": "DC",
	"12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA", "20": "KS", "21": "KY",
	"22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT",
	"31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND", "39": "OH",
	"40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT",
	"50": "VT", "51": "VA", "53": "WA", "54": "WV", "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP",
	"72": "PR", "78": "VI",
}

// StateCode returns the two-letter code of the id's state ("36" → "NY"),
// or "" for a code no state has.
func (a ACGMEID) StateCode() string { return stateCodes[a.State] }

// Plausible reports whether the id looks like a residency program's: a
// specialty code of the specialty table and a state code of a state. Ten
// digits printed without a label are taken for an id only when plausible
// (a phone or NPI number rarely is).
func (a ACGMEID) Plausible() bool {
	_, ok := SpecialtyByCode(a.Specialty)
	return ok && a.StateCode() != ""
}

// IDConflict kinds: how a program's seed row and its own pages disagree.
const (
	ConflictACGMEID       = "acgme_id"              // the pages print another ACGME id of the program's specialty
	ConflictCodeNotInSeed = "nrmp_code_not_in_seed" // the pages print an NRMP code of the program the seed row lacks
	ConflictCodeNotOnPage = "nrmp_code_not_on_page" // the seed row has an NRMP code the pages' codes for the program do not include
)

// IDConflict is a place where a program's seed row and its own pages
// disagree about its ids.
type IDConflict struct {
	ProgramID string   `json:"program_id"`
	Kind      string   `json:"kind"`
	SeedValue string   `json:"seed_value,omitempty"`
	PageValue string   `json:"page_value,omitempty"`
	Evidence  Evidence `json:"evidence"`
}
