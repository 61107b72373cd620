package extract

import (
	"slices"
	"testing"
)

// startedSamples hold matches of the started expressions at and near word
// boundaries, after letters, digits, '_' and characters that are not ASCII.
var startedSamples = []string{
	// a count's roster owned by the program, or not (ownRoster)
	"of our 24 residents, 9 are imgs; we currently have 6; the program has 30; ours: 5; sweet 16; theme 2; outwe have; the residency welcomed 8",
	"our first-year pgy-1 residents; our house staff; we train 12; the program includes; this residency trains; wethe; _our program; 9we had",
	"our chief residents, Drs. Ana Ruiz and Ben Ota, and Dr. Lee",
	"xDr. Ana Ruiz; _Dr. Ben Ota; 9Drs. Kim; éDr. Cy Dunn; Doctors Ann and Bo",
	"resident Jane Doe and intern physician Dr. Ben Ota; presidents Ana Ruiz; Interns Kim Lee",
	"residents this year are Ana, Ben; research-trackers Cy Dunn; PGY-2s: Ann Bo; short trackers Ed",
	"Chiefs: Ann Lee, xchiefs Bo Day, PGY3s Cy, Residents Dan; ResidentsX Ed",
	"Resident  Rr. Jane Doe Smith; résident Ann Bo",
	"Drive Ann; Dr\tAnn Lee; Dr.Ann; Drs.  Bo; Dr; Doctor Ann; resident\nAnn Lee; residents Ann Lee; intern\fBo Kim; Research-Trackers Ed; sHort trackers Ann; PGYs Bo",
	"sponsored only if Step 2 passed, xſubject to approval, ſubject to, case-by-case; current H-1B holders; when, unless",
	"chief residents and Co-Chief Resident, R3, PGY-II, pgy 4, house officer; xresident, R6, résident",
	"usmle steps 1, 2 ck and 3; step2ck, step ii cs; xstep 1; comlex levels 1 & 2 pe; level 3; 2ck, ii cs, x2ck, usmle 1",
	"UNITED STATES, the United  States of America, U. S. A., u.s., USA; xUS, éUSA, US-based, USMLE, united states",
	// names of two capitalised words or more (namePairAt)
	"Dr. Ana Ruiz, MD, is a second-year resident; Ben T. Ota, M.D., Ph.D. joins the program; xJo Day is our chief. Émile Zola-Dupré, who came from Lyon, is an intern",
	"Ana O’Neil\tBo Kim, currently a resident; Ana  Ruiz now in a residency, Vera Cole, another intern; Ana Ruiz, ACP Resident Member, is a PGY-2. Jo Day will also serve",
	"Ana Ruiz, MD; Ben Ota, DO; and Chidi Okeke, MBBS, MPH finished. Kim Lee, MD,PhD; Jo Day,\nMD, MBA; Ed Fu, M.D., M.P.H.",
	"The five are Ana Ruiz, Ben Ota, Chidi Okeke and Dana Lee. A B, Ab Cd, ÀB Ça, Ab\u00a0Cd, Ab\vCd, Ab-\fCd, A' Bc, AB. C. D, İb Ğc",
	"the 2026-2027 application season; 2026 / 27 match cycle; x2026-27 interview year; 2026\t-27 eras period; for the upcoming 2027 nrmp match; in the match of 2026",
	"through the match 2026; eras  2027; xeras 2027; the 2026 main residency match; to the 2026\nmatch; éthe 2026 match; the upcoming match; for the 2026 match class",
	"J-1, j 1, J1x, xJ -1, H1B, h-1-b, H 1 B, H-1, h1, xh1b, the J-\n1 and h\t1b; visas: HI-B, J1-B, hh-1b, éJ-1, H-1Bs, Only If, ONLY FOR, oNe, iF, pROVIDED, aſ long as, wHo, ExCEPT, éif, xif, ſubject to",
	"On A Case-By-Case Basis; In rare cases; provided that; As long as; after passing; who have; WITH STEP 1; for applicants; contingent on; existing holders; depending on; with the approval; on a limited basis",
	"12 residents in all; 120 of our 140 residents, 100 of whom are imgs; 100 imgs among our 120 residents",
	"11 of our 20 residents; x3 of 4; 1234 of 56; 6 out of the 24 current residents; we have 6 imgs; there are\t12 international medical graduates; 7 of our residents are imgs; 9\nimgs; includes 3 fmgs; including 4 imgs",
	"of our 24 residents, 9 are; of the 30 categorical residents 12 were; 36 residents, 14 of whom are; 36 interns in all, 2 of them were; 6 imgs among our 24 residents; 6/24 residents; 6 / 24 interns; x6/24 residents",
	"7 imgs and 3 usa graduates; 6 amgs (in 2025), and 4 international medical graduates; 12 residents are here; we have a total of 30 residents; complement of 18 trainees; training 24 house staff",
	"usa physicians; american licensed doctors; the nation's workforce; country's physician workforce; physicians practicing in the usa; doctors across the country; nationally, nationwide; internationally; xusa doctors",
	"NRMP 1234-140C0, 1234140c0, 1234 140 P1, x1234-140-C0, 12345-140C0, 2026 applicants 123-45-67890, 1403621123, 140-36-2112, 9140-36-21123; _123-45-67890 ACGME 14036211234",
	"h1b, h-1b, h 1 b, h1-b, h- 1 -b, h1bx, the h1, which h\t1b; j1, j-1, j -1, j 1, j- 1, j1x, j\n-1, hj1, éj1, jj-1b, h-1b, h\v1b",
	"positions starting july 1, 2027; training that begins in 2026; programs starting 2027; residency\tbeginning on 2026; xprogram starting 2026; position  starts 2027; _training beginning 2026",
}

// checkStarted checks a started expression against its expression on s.
func checkStarted(t *testing.T, name string, r startedRegexp, s string) {
	t.Helper()
	for _, n := range []int{-1, 1, 2} {
		want := r.re.FindAllStringSubmatchIndex(s, n)
		if got := r.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s.FindAllStringSubmatchIndex(%q, %d) = %v, want %v", name, s, n, got, want)
		}
		want = r.re.FindAllStringIndex(s, n)
		if got := r.FindAllStringIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s.FindAllStringIndex(%q, %d) = %v, want %v", name, s, n, got, want)
		}
	}
	if got, want := r.FindStringSubmatch(s), r.re.FindStringSubmatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("%s.FindStringSubmatch(%q) = %q, want %q", name, s, got, want)
	}
	if got, want := r.FindStringIndex(s), r.re.FindStringIndex(s); !slices.Equal(got, want) {
		t.Errorf("%s.FindStringIndex(%q) = %v, want %v", name, s, got, want)
	}
	if got, want := r.ReplaceAllString(s, "<$1|$2>"), r.re.ReplaceAllString(s, "<$1|$2>"); got != want {
		t.Errorf("%s.ReplaceAllString(%q) = %q, want %q", name, s, got, want)
	}
	if got, want := r.MatchString(s), r.re.MatchString(s); got != want {
		t.Errorf("%s.MatchString(%q) = %v, want %v", name, s, got, want)
	}
	if r.first != nil {
		for i := 0; i < len(s); i++ {
			if r.start(s, i) && !r.first[s[i]] {
				t.Errorf("%s's start accepts %q at %d, a byte its first bytes do not hold", name, s, i)
			}
		}
	}
}

// TestStartFirstBytes holds each expression read with startingWith to it:
// its start accepts no position at a byte of no first byte, whatever the
// byte is followed by (each spelling an expression opens with) or preceded
// by.
func TestStartFirstBytes(t *testing.T) {
	var rests []string
	for _, s := range startedSamples {
		for i := range len(s) {
			rests = append(rests, s[i:min(len(s), i+24)])
		}
	}
	for _, w := range []string{"r. A", "rs. A", "octors A", "esident A", "esidents A", "ntern A", "nterns, A", "hiefs A",
		"hort trackers A", "esearch-trackers A", "GY-2s A", "GY2 ", "hief resident", "o-chief", "ouse officer", "3 ", "esident physician"} {
		rests = append(rests, w)
	}
	n := 0
	for name, r := range allStarted() {
		if r.first == nil {
			continue
		}
		n++
		for c := 0; c < 256; c++ {
			if r.first[c] {
				continue
			}
			for _, before := range []string{"", " ", "x", "_", "9", "é", "ſ"} {
				for _, rest := range rests {
					if s := before + string([]byte{byte(c)}) + rest; r.start(s, len(before)) {
						t.Fatalf("%s's start accepts %q at %d, a byte its first bytes do not hold", name, s, len(before))
					}
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("%d expressions read with startingWith; drPrefix, the three role expressions, residentRoleRE and the five that open with a name are", n)
	}
}

func allStarted() map[string]startedRegexp {
	return map[string]startedRegexp{"drPrefix": drPrefix, "roleThenName": roleThenName, "roleCommaName": roleCommaName, "rolesThenNames": rolesThenNames,
		"residentRoleRE": residentRoleRE, "condTrigger": condTrigger, "glueCK": glueCK, "examList": examList,
		"predicateName": predicateName, "predicateNameOpen": predicateNameOpen, "predicateNameGraded": predicateNameGraded,
		"degreeItem": degreeItem, "plainItem": plainItem,
		"seasonPattern": seasonPattern, "matchPattern": matchPattern, "startPattern": startPattern,
		"origVisaJ1": origVisa[0], "origVisaH1B": origVisa[1],
		"countOfTotal": countOfTotal, "imgCount": imgCount, "totalThenIMG": totalThenIMG, "totalWhomIMG": totalWhomIMG, "imgAmong": imgAmong,
		"imgAndHome": imgAndHome, "totalCount": totalCount, "countrysPhysicians": countrysPhysicians,
		"nrmpPattern": nrmpPattern, "acgmePattern": acgmePattern, "h1bPattern": h1bPattern, "j1Pattern": j1Pattern,
		"ownRoster": ownRoster}
}

// TestStarted checks each started expression, and foldUSA, against the
// expression run at every position.
func TestStarted(t *testing.T) {
	found := 0
	for _, s := range startedSamples {
		for name, r := range allStarted() {
			found += len(r.re.FindAllStringIndex(s, -1))
			checkStarted(t, name, r, s)
		}
		checkUSAGate(t, s)
	}
	if found < 60 {
		t.Errorf("the samples hold %d matches; they are meant to exercise every expression", found)
	}
}

// FuzzStarted checks each started expression against the expression on any
// text.
func FuzzStarted(f *testing.F) {
	for _, s := range startedSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, r := range allStarted() {
			checkStarted(t, name, r, s)
		}
	})
}
