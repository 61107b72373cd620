// Package imgfriendly holds the domain values shared by every stage of the
// imgfriendly pipeline: programs from the seed list, fetched pages, facts with
// their evidence, roster residents and nightly runs.
//
// It depends on the standard library only and does no I/O of its own beyond
// decoding the seed list from a reader; stages live in sub-packages and meet
// only in cmd/imgfriendly.
package imgfriendly

import (
	"strconv"
	"time"
)

// Program is one residency program as listed in the seed list.
type Program struct {
	ID               string   `json:"program_id"` // ACGME program id, 10 digits
	NRMPCodes        []string `json:"nrmp_codes"` // e.g. 1234140C0; one program may have several
	Name             string   `json:"name"`
	Specialty        string   `json:"specialty"`
	City             string   `json:"city"`
	State            string   `json:"state"` // two-letter USPS code
	URL              string   `json:"url"`   // program home page, where the crawl starts
	RosterURL        string   `json:"roster_url,omitempty"`
	PDName           string   `json:"pd_name,omitempty"`
	PDEmail          string   `json:"pd_email,omitempty"`
	CoordinatorName  string   `json:"coordinator_name,omitempty"`
	CoordinatorEmail string   `json:"coordinator_email,omitempty"`
	Phone            string   `json:"phone,omitempty"`
	Institution      string   `json:"institution,omitempty"` // sponsoring institution, as the source names it
}

// PageKind says what a page is for, as far as the pipeline is concerned.
type PageKind string

// The page kinds. The crawler guesses a kind from how it found the page; the
// extractor classifies the page from its content.
const (
	KindProgram     PageKind = "program"     // a program's home or overview page
	KindEligibility PageKind = "eligibility" // eligibility, requirements, FAQ, IMG or visa page
	KindRoster      PageKind = "roster"      // current residents
	KindOther       PageKind = "other"
)

// Fetch is one line of the crawl's fetch log: what happened when a URL was
// requested. A fetch with a non-empty ContentHash has its body in the page
// store; a 304 carries the hash of the stored body it revalidated.
type Fetch struct {
	RunID        string        `json:"run_id"`
	ProgramID    string        `json:"program_id"`
	URL          string        `json:"url"`       // normalised URL that was requested
	FinalURL     string        `json:"final_url"` // after redirects
	Kind         PageKind      `json:"kind"`      // how the crawler found it
	Depth        int           `json:"depth"`     // clicks from the seed URL
	Status       int           `json:"status"`    // HTTP status; 0 when no response arrived
	ContentType  string        `json:"content_type,omitempty"`
	ContentHash  string        `json:"content_hash,omitempty"` // sha256 hex of the decoded body
	Bytes        int64         `json:"bytes"`
	ETag         string        `json:"etag,omitempty"`
	LastModified string        `json:"last_modified,omitempty"`
	FetchedAt    time.Time     `json:"fetched_at"`
	Duration     time.Duration `json:"duration_ns"`
	Attempts     int           `json:"attempts"`
	NotModified  bool          `json:"not_modified,omitempty"` // answered 304; body reused from the store
	Error        string        `json:"error,omitempty"`        // cause of a final failure (FetchError* values)
}

// OK reports whether the fetch left a page body to extract from.
func (f Fetch) OK() bool { return f.ContentHash != "" && f.Error == "" }

// Fetch failure causes recorded in Fetch.Error (a detail may follow after ": ").
const (
	FetchErrorRobots      = "robots_disallowed"
	FetchErrorHTTP        = "http_status"
	FetchErrorNetwork     = "network"
	FetchErrorTimeout     = "timeout"
	FetchErrorTooLarge    = "body_too_large"
	FetchErrorContentType = "not_html"
	FetchErrorRedirect    = "redirect_limit"
	FetchErrorScope       = "out_of_scope"
	FetchErrorSSRF        = "address_refused"
)

// Evidence says where a fact was read: the page, the sentence or block of text
// that states it, a CSS-like selector to find it again, and when the page was
// fetched.
type Evidence struct {
	URL       string    `json:"url"`
	Text      string    `json:"text"`
	Selector  string    `json:"selector"`
	FetchedAt time.Time `json:"fetched_at"`
}

// Field names a fact about a program.
type Field string

// The fact fields. Their value kinds are given by FieldKinds.
const (
	FieldVisaJ1              Field = "visa_j1"                    // bool; Condition holds any condition
	FieldVisaH1B             Field = "visa_h1b"                   // bool; Condition holds any condition
	FieldYOGMaxYears         Field = "yog_max_years"              // number: hard limit, years since graduation
	FieldYOGPreferredMax     Field = "yog_preferred_max_years"    // number: soft preference
	FieldYOGNoLimit          Field = "yog_no_limit"               // bool: explicitly no cutoff
	FieldYOGCountedTo        Field = "yog_counted_to"             // text: application | match | training_start
	FieldStep1PassRequired   Field = "step1_pass_required"        // bool
	FieldStep1Min            Field = "step1_min"                  // number: three-digit minimum
	FieldStep2CKMin          Field = "step2ck_min"                // number: hard minimum
	FieldStep2CKPreferredMin Field = "step2ck_preferred_min"      // number: soft preference
	FieldComlex1PassRequired Field = "comlex1_pass_required"      // bool
	FieldComlex2Min          Field = "comlex2_min"                // number: hard minimum
	FieldAttemptsMax         Field = "attempts_max"               // number: maximum attempts per step
	FieldUSCERequirement     Field = "usce_requirement"           // text: required | preferred | not_required
	FieldUSCEMonths          Field = "usce_months"                // number: months (weeks / 4.345)
	FieldUSCEObservershipOK  Field = "usce_observership_ok"       // bool: observerships count as USCE
	FieldIMGCount            Field = "img_count"                  // number: residents who are IMGs, as stated
	FieldResidentsCount      Field = "residents_count"            // number: total residents, as stated
	FieldClinicalRecencyMax  Field = "clinical_recency_max_years" // number: most years since the last clinical activity or training (not a graduation limit)
	FieldECFMGDeadline       Field = "ecfmg_deadline"             // text: application | interview | rank_list | match | training_start
	FieldGradYearMin         Field = "grad_year_min"              // number: earliest graduation year accepted, as the page states it
)

// ValueKind is the type of a field's value.
type ValueKind string

// The value kinds.
const (
	ValueBool   ValueKind = "bool"
	ValueNumber ValueKind = "number"
	ValueText   ValueKind = "text"
)

// FieldKinds lists every field and the kind of its value, in display order.
var FieldKinds = []struct {
	Field Field
	Kind  ValueKind
}{
	{FieldVisaJ1, ValueBool},
	{FieldVisaH1B, ValueBool},
	{FieldYOGMaxYears, ValueNumber},
	{FieldYOGPreferredMax, ValueNumber},
	{FieldYOGNoLimit, ValueBool},
	{FieldYOGCountedTo, ValueText},
	{FieldStep1PassRequired, ValueBool},
	{FieldStep1Min, ValueNumber},
	{FieldStep2CKMin, ValueNumber},
	{FieldStep2CKPreferredMin, ValueNumber},
	{FieldComlex1PassRequired, ValueBool},
	{FieldComlex2Min, ValueNumber},
	{FieldAttemptsMax, ValueNumber},
	{FieldUSCERequirement, ValueText},
	{FieldUSCEMonths, ValueNumber},
	{FieldUSCEObservershipOK, ValueBool},
	{FieldIMGCount, ValueNumber},
	{FieldResidentsCount, ValueNumber},
	{FieldClinicalRecencyMax, ValueNumber},
	{FieldECFMGDeadline, ValueText},
	{FieldGradYearMin, ValueNumber},
}

// KindOf returns the value kind of a field, and false for an unknown field.
func KindOf(f Field) (ValueKind, bool) {
	for _, fk := range FieldKinds {
		if fk.Field == f {
			return fk.Kind, true
		}
	}
	return "", false
}

// Value is a fact's value: exactly one of Bool, Num or Text is set, matching
// the field's kind.
type Value struct {
	Bool *bool    `json:"bool,omitempty"`
	Num  *float64 `json:"num,omitempty"`
	Text *string  `json:"text,omitempty"`
}

// BoolValue returns a Value holding b.
func BoolValue(b bool) Value { return Value{Bool: &b} }

// NumValue returns a Value holding n.
func NumValue(n float64) Value { return Value{Num: &n} }

// TextValue returns a Value holding s.
func TextValue(s string) Value { return Value{Text: &s} }

// String renders the value for people and for hashing: "true", "250", "required".
func (v Value) String() string {
	switch {
	case v.Bool != nil:
		return strconv.FormatBool(*v.Bool)
	case v.Num != nil:
		return strconv.FormatFloat(*v.Num, 'f', -1, 64)
	case v.Text != nil:
		return *v.Text
	}
	return ""
}

// Fact is one thing a page states about a program, with its evidence.
type Fact struct {
	ProgramID string   `json:"program_id,omitempty"`
	Field     Field    `json:"field"`
	Value     Value    `json:"value"`
	Condition string   `json:"condition,omitempty"` // e.g. "only if Step 3 passed before Match"
	Evidence  Evidence `json:"evidence"`
}

// Resident is one person on a program's roster.
type Resident struct {
	ProgramID string   `json:"program_id,omitempty"`
	Name      string   `json:"name"`
	School    string   `json:"school"`            // as written on the page
	Country   string   `json:"country,omitempty"` // as stated on the page, if at all
	Year      string   `json:"year,omitempty"`    // PGY or class year, as written
	Evidence  Evidence `json:"evidence"`

	// Filled in by transform's school classifier.
	CanonicalSchool  string  `json:"canonical_school,omitempty"`
	SchoolCountry    string  `json:"school_country,omitempty"`
	IMG              *bool   `json:"img"` // nil: unknown
	SchoolConfidence float64 `json:"school_confidence,omitempty"`
}

// PageFacts is everything extraction found on one page.
type PageFacts struct {
	URL       string     `json:"url"`
	Kind      PageKind   `json:"kind"`
	CycleYear int        `json:"cycle_year,omitempty"` // application cycle the page speaks of, when found
	Facts     []Fact     `json:"facts"`
	Residents []Resident `json:"residents"`
	// Title and Heading are the page's <title> and first main heading: what
	// the page says it is about (`seeds check` asks whether they name the
	// program's specialty).
	Title   string `json:"title,omitempty"`
	Heading string `json:"heading,omitempty"`
	// IDs are the ACGME ids and NRMP codes the page prints, grouped by program.
	IDs []StatedID `json:"ids,omitempty"`
}

// ProgramRecord is one program after reconciliation: the seed data, one value
// per field (with the evidence that won), and the roster's IMG share.
type ProgramRecord struct {
	Program
	Facts            map[Field]Fact `json:"facts"`
	ResidentsTotal   int            `json:"residents_total"`   // residents found on the roster
	ResidentsIMG     int            `json:"residents_img"`     // of those, classified IMG
	ResidentsUnknown int            `json:"residents_unknown"` // of those, school unknown
	IMGShare         *float64       `json:"img_share"`         // nil when no roster or counts were found
	IMGShareSource   string         `json:"img_share_source"`  // "roster" | "stated" | ""
	IMGShareEvidence string         `json:"img_share_evidence,omitempty"`
	PagesFetched     int            `json:"pages_fetched"`
}

// Run status values.
const (
	RunRunning     = "running"
	RunPublished   = "published"
	RunGateFailed  = "gate_failed"
	RunInterrupted = "interrupted"
	RunError       = "error"
)

// Run describes one night of the pipeline.
type Run struct {
	ID         string         `json:"run_id"`
	Night      time.Time      `json:"night"` // the run date (UTC midnight of the night's date)
	StartedAt  time.Time      `json:"started_at"`
	EndedAt    time.Time      `json:"ended_at"`
	Status     string         `json:"status"`
	ConfigHash string         `json:"config_hash"`
	SeedsHash  string         `json:"seeds_hash"`
	Counts     map[string]int `json:"counts"`
	// Stages are the wall times of the stages before the warehouse (crawl,
	// extract, transform); the warehouse adds its own to the manifest.
	Stages map[string]time.Duration `json:"stages,omitempty"`
	Error  string                   `json:"error,omitempty"`
}
