package extract

import "github.com/imgfriendly/imgfriendly"

// A testimonial signed in a block of short lines — the name with its
// degrees, the person's role, the site, the school the person is an
// alumnus of ("Daniel Moreno, MD" / "Resident Physician (General
// Surgery)" / "Lakeview Health (Ohio)" / "KUSOM Alum 2022") — on a page
// or in a section of past people (a medical school's alumni stories, where
// no card is read) names a resident when the role line right under the
// name is a resident's now: no year or span on it (a past residency's
// "Chief Resident, 2015-2016"), and no line of another role. The quote or
// first-person text it signs is beside it (right before the name, or right
// after the block). The site line is the residency's, no school; the
// school is the one an alumnus line names. (Elsewhere the card reader
// reads such a block, and the self readers a testimonial's writer.)

// signatureLines is how many short lines a signature block holds under
// its name line.
const signatureLines = 4

// signatureResidents reads signature blocks.
func signatureResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	var names nameMemo
	var voice []int8 // signedVoice by block: 0 not asked, 1 yes, 2 no
	for i := 0; i+1 < len(d.blocks); i++ {
		b, next := &d.blocks[i], &d.blocks[i+1]
		// only where no card is read; the text signed first (lengths and
		// byte tests), then the role line, and a name, which costs most
		if !pastScope(d, i) || b.role == roleRow || next.role == roleRow || len(b.text) > 60 || len(next.text) > 60 ||
			!signedText(d, i, &voice) || next.lineRole() != roleResident || yearSpan(next.text) {
			continue
		}
		if names == nil {
			names = pageNames(d)
		}
		nr := names.read(d, i)
		if !nr.isName {
			continue
		}
		r := imgfriendly.Resident{Name: nr.name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text + " | " + next.text, Selector: b.selector()}}
		for j := i + 2; j < len(d.blocks) && j < i+2+signatureLines; j++ {
			t := d.blocks[j].text
			if d.blocks[j].role == roleRow || len(t) > 80 || proseLine(t) ||
				j+1 < len(d.blocks) && d.blocks[j+1].lineRole() != roleNone && names.kind(d, j)&(nameIs|nameRest) != 0 {
				break // the block's end: a sentence, the next person's name over a role
			}
			if a := alumSchool(t); a != "" {
				r.School = a // (an alumna's line is no role line)
				r.Evidence.Text += " | " + t
				break
			}
			if d.blocks[j].lineRole() == roleOther {
				r = imgfriendly.Resident{} // "Resident Physician" / "Assistant Professor of Surgery": a second role, a teacher's
				break
			}
		}
		if r.Name != "" {
			out = append(out, r)
		}
	}
	return out
}

// yearSpan reports a four-digit year in t ("2015-2016", "Chief Resident
// 2019"): a role of years past or named by its class, no role now.
func yearSpan(t string) bool {
	for i := 0; i+4 <= len(t); i++ {
		if (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') && isDigit(t[i+2]) && isDigit(t[i+3]) &&
			(i == 0 || !isDigit(t[i-1])) && (i+4 == len(t) || !isDigit(t[i+4])) {
			return true
		}
	}
	return false
}

// signedText reports the text a signature at block i signs: a quote or a
// first-person text among the two blocks before the name line, or right
// after the signature's lines. voice keeps signedVoice's answers.
func signedText(d *doc, i int, voice *[]int8) bool {
	if *voice == nil {
		*voice = make([]int8, len(d.blocks))
	}
	v := *voice
	said := func(j int) bool {
		if v[j] == 0 {
			v[j] = 2
			if signedVoice(&d.blocks[j]) {
				v[j] = 1
			}
		}
		return v[j] == 1
	}
	for j := max(0, i-2); j < i; j++ {
		if said(j) {
			return true
		}
	}
	for j := i + 2; j < len(d.blocks) && j < i+3+signatureLines; j++ {
		if len(d.blocks[j].text) > 80 {
			return said(j)
		}
	}
	return false
}

// signedVoice reports a block that is a quote or a text in the first
// person singular.
func signedVoice(b *block) bool {
	return b.role != roleRow && len(b.text) >= 40 && (b.quoted() || singularBlock(b.text))
}
