package queries_test

import (
	"fmt"
	"strings"

	"github.com/imgfriendly/imgfriendly/queries"
)

func ExampleParseUnfilled() {
	pasted := "Code\tProgram\tState\tPositions\n" +
		"1234-140-C0\tMercy Springfield Hospital Program\tMO\t2\n" +
		"\tRiverside Regional Medical Ctr\tVA\t1\n" +
		"Show 25 entries\n"
	rows, errs := queries.ParseUnfilled(strings.NewReader(pasted), "pasted")
	for _, r := range rows {
		fmt.Printf("line %d: code %q, %q in %s, %d open\n", r.Line, r.Code, r.Name, r.State, r.Positions)
	}
	for _, e := range errs {
		fmt.Println(e)
	}
	// Output:
	// line 2: code "1234140C0", "Mercy Springfield Hospital Program" in MO, 2 open
	// line 3: code "", "Riverside Regional Medical Ctr" in VA, 1 open
	// pasted:4: skipped: no NRMP code, and no state, city, specialty or positions beside a name
}

func ExampleParseProfile() {
	_, err := queries.ParseProfile(strings.NewReader("graduation_year: 2019\ncitizenship: non_us\nvisa_needed: o1\nstep1_passed: true\nspecialties: [Pediatrics]\nhobby: chess\n"), "me.yaml")
	fmt.Println(err)
	// Output:
	// me.yaml:6: hobby: unknown field "hobby" (known: name, graduation_year, clinical_last_year, citizenship, visa_needed, us_img, step1_passed, step1_score, step2ck_score, comlex2_score, failed_attempts, step3, ecfmg_certified, usce, specialties, states, regions)
	// me.yaml:3: visa_needed: "o1" is not one of none, j1, h1b, j1_or_h1b
}
