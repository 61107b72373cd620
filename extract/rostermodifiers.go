package extract

import "strings"

// What kind of resident a person is, said by the words before the role
// ("second-year", "internal medicine", "chief"): the relation reader's
// modifiers (rosterrel.go) and other readers'.

// trainingModifiers reports words before "resident" that say what the
// person trains in: a training year ("PGY1", "second-year", "Second
// year"), a specialty ("internal medicine", "General Surgery"), a track
// ("transitional", "categorical", "chief"). An article, a place, another
// role or a status ("permanent", "former") says something else.
func trainingModifiers(ws string) bool {
	fields := strings.Fields(ws)
	if len(fields) == 0 {
		return false
	}
	for _, w := range fields {
		if !modifierWord(w) {
			return false // an article, a place ("Armonk", "New York"), a status ("permanent") or another role
		}
	}
	return true
}

// modifierWord reports one word of trainingModifiers: a modifierWords
// word, a training year, or specialties joined by a slash
// ("anesthesiology/critical").
func modifierWord(w string) bool {
	lw := asciiLower(strings.Trim(w, "-/,"))
	if modifierWords[lw] || trainingYear(w) {
		return true
	}
	if !strings.Contains(lw, "/") {
		return false
	}
	for p := range strings.SplitSeq(lw, "/") {
		if !modifierWords[p] {
			return false
		}
	}
	return true
}

// modifierWords say what kind of resident a person is (and a few words
// of praise that may stand among them: "a busy PGY-2 resident").
var modifierWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`first second third fourth fifth sixth year critical care primary first-year second-year third-year
		fourth-year fifth-year junior senior chief co-chief categorical preliminary current combined
		internal medicine family general surgery surgical pediatrics pediatric paediatric psychiatry psychiatric
		neurology emergency anesthesiology anaesthesiology radiology pathology obstetrics gynecology obgyn ob/gyn
		dermatology ophthalmology urology orthopaedic orthopedic otolaryngology transitional diagnostic physical
		rehabilitation neurosurgery plastic vascular thoracic interventional nuclear preventive occupational
		child adolescent med-peds medicine-pediatrics radiation oncology medical cardiothoracic integrated physician
		adult geriatric forensic addiction busy hard-working dedicated talented`) {
		m[w] = true
	}
	return m
}()
