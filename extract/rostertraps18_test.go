package extract

import (
	"strings"
	"testing"
)

// trapPages18 (rost18c) are short pages of our own words, a dozen of each
// class the roster grids lacked, on which no one is a resident: a
// program's faculty page whose doctors "completed residency at" places; a
// hospital's welcome of its new attendings; a medical school's match list
// with the residencies its students go to; a doctor's obituary; a
// fellowship's list of its fellows; a job post that wants resident
// physicians. Every page must read no resident (issue 12: 0 residents on
// pages that have none).
var trapPages18 = map[string][]string{
	"faculty": {
		"Our Faculty\n\nDr. Helena Marsh, MD\nAssociate Professor of Medicine\nDr. Marsh completed residency at Lakeview Medical Center and joined our faculty in 2012.\n\nDr. Omar Lind, DO\nAssistant Professor\nDr. Lind completed his residency at Riverside General Hospital.",
		"Core Faculty\n\nPriya Nair, MD – completed residency at Harbor County Hospital, 2009\nTomas Grell, MD – completed residency at North Valley Health, 2014\nAnne Foss, DO – completed residency at St. Brendan's Hospital, 2016",
		"Meet the Faculty\n\nDr. Lena Ortiz is our program director. She completed her internal medicine residency at Bayside University Hospital and her chief residency year there.\n\nDr. Carl Voss is an associate program director. He finished residency at Lakeview Medical Center in 2011.",
		"Faculty\n\nName | Title | Residency\nJune Park, MD | Core Faculty | Lakeview Medical Center\nAmos Reid, MD | Associate Program Director | Riverside General Hospital",
		"Family Medicine Faculty\n\nDr. Ruth Kemal\nMedical School: Eastfield University School of Medicine\nResidency: Harbor County Family Medicine Residency\nBoard Certified: Family Medicine",
		"Our teaching physicians\n\nDr. Ivan Petrov trained as a resident at North Valley Health before joining us. Dr. Sara Bloom did her residency at St. Brendan's Hospital and has taught our residents for ten years.",
		"Faculty Spotlight\n\nDr. Nadia Cole completed residency at Lakeview Medical Center, where she served as chief resident. Today she precepts our residents in clinic.",
		"Department of Pediatrics Faculty\n\nMark Olsen, MD, Professor. Residency: Bayside Children's Hospital. Fellowship: Harbor Heart Institute.\nLucy Tran, MD, Assistant Professor. Residency: Riverside General Hospital.",
		"Hospitalist Faculty\n\n• Dr. Kofi Asante — completed residency at Eastfield Medical Center (2015)\n• Dr. Mia Lund — completed residency at Lakeview Medical Center (2018)",
		"About our faculty\n\nEach of our faculty members completed residency training at a university program. Dr. Paul Haas completed residency at Bayside University Hospital; Dr. Irene Cho completed residency at North Valley Health.",
		"Psychiatry Faculty\n\nDr. Elena Ruiz graduated from Eastfield University School of Medicine and completed residency at Harbor County Hospital, where she was chief resident. She now directs our clerkship.",
		"Faculty Directory\n\nDr. Hugo Mendes\nResidency: Lakeview Medical Center, 2004-2007\nDr. Clara Weiss\nResidency: Riverside General Hospital, 2010-2013",
	},
	"attendings": {
		"Welcome, new attendings!\n\nThis summer we welcome six new attending physicians to our hospitalist group: Dr. Ana Ruiz, Dr. Ben Ota, Dr. Chris Dale, Dr. Dana Fox, Dr. Eli Gray and Dr. Fay Hunt.",
		"New Attending Physicians\n\nDr. Mara Quinn joins the emergency department after completing residency at Lakeview Medical Center.\nDr. Theo Banks joins internal medicine after completing residency at Riverside General Hospital.",
		"Please welcome our new attendings\n\nDr. Lia Moss, who completed her residency here last June, is now an attending in our clinic. Dr. Ravi Shah joins us from Harbor County Hospital.",
		"Medical Staff News\n\nThe hospital welcomes these physicians to its medical staff this month:\n• Dr. Owen Pratt, Family Medicine\n• Dr. Zoe Kline, Pediatrics\n• Dr. Ian Burke, Hospital Medicine",
		"Welcome to our new faculty and attendings\n\nDr. Nina Roy completed her residency at Bayside University Hospital and her fellowship at Harbor Heart Institute. She joins our cardiology group as an attending physician.",
		"New physicians join Lakeview Health\n\nLakeview Health announced today that Dr. Sam Cole and Dr. Tara Webb have joined its hospitalist team. Both completed their residencies at North Valley Health in June.",
		"Our newest attending physicians\n\nName | Specialty | Residency\nGrace Lee, MD | Internal Medicine | Riverside General Hospital\nHenry Park, DO | Family Medicine | Lakeview Medical Center",
		"Welcome aboard!\n\nFormer chief resident Dr. Ava Lind has joined our faculty as an attending physician after finishing residency with us this summer.",
		"New attendings, July\n\nDr. Noah Field (residency: Eastfield Medical Center)\nDr. Iris Dunn (residency: St. Brendan's Hospital)\nDr. Paul Ames (residency: Harbor County Hospital)",
		"Medical staff welcomes\n\nDr. Jon Pike, an emergency physician who trained at Lakeview Medical Center, and Dr. Kim Sato, a hospitalist who trained at Riverside General Hospital, joined the medical staff in August.",
		"New Attending Spotlight\n\nMeet Dr. Rosa Vidal, our new attending in the pediatric emergency department. Dr. Vidal completed her residency at Bayside Children's Hospital in 2024.",
		"Physicians joining our practice\n\nWe are pleased to announce that Dr. Leo Hart, board certified in family medicine, has joined our practice after completing his residency at North Valley Health.",
		// (variants of the end put behind: since, upon, following the)
		"New to our clinic\n\nSince finishing her residency at Lakeview Medical Center, Dr. Mae Ross has cared for families in our clinic.",
		"Cardiology welcomes Dr. Abe Lowe\n\nUpon graduating from the residency at Riverside General Hospital in June, Dr. Abe Lowe joined our cardiology group.",
		"Staff news\n\nFollowing the completion of his residency at Bayside University Hospital, Dr. Sol Weiss joined our medical staff as a hospitalist.",
	},
	"matchlist": {
		"Match Day Results\n\nOur graduating students matched into residencies across the country:\nAna Ruiz – Internal Medicine, Lakeview Medical Center\nBen Ota – Pediatrics, Riverside General Hospital\nCara Dunn – Surgery, Bayside University Hospital",
		"Class of 2026 Match List\n\nName | Specialty | Residency Program\nDavid Kim | Emergency Medicine | Harbor County Hospital\nElla Moss | Family Medicine | North Valley Health",
		"Eastfield University School of Medicine congratulates its fourth-year students on Match Day. Frank Ode matched into anesthesiology at Lakeview Medical Center, and Gina Lowe matched into psychiatry at Riverside General Hospital.",
		"Where our students matched\n\nInternal Medicine: Lakeview Medical Center (2), Riverside General Hospital (1)\nPediatrics: Bayside Children's Hospital (3)\nSurgery: Harbor County Hospital (1)",
		"2026 Residency Match\n\n• Hana Sato, Obstetrics and Gynecology, St. Brendan's Hospital\n• Ivan Cruz, Neurology, North Valley Health\n• Jade Ford, Radiology, Eastfield Medical Center",
		"Match results for the Class of 2026\n\nOf our 120 graduating students, 118 matched into residency programs in 30 states. Eight will train in family medicine and twelve in internal medicine.",
		"Congratulations to our matching students!\n\nKai Lund (Internal Medicine – Lakeview Medical Center) and Lara Vance (Pediatrics – Bayside Children's Hospital) will begin residency in July.",
		"Match Day 2026\n\nStudent | Residency\nMilo Park | General Surgery, Riverside General Hospital\nNora Bell | Psychiatry, Harbor County Hospital\nOtto Reyes | Family Medicine, North Valley Health",
		"The Class of 2026 matched!\n\nPia Grant will begin her residency in emergency medicine at Lakeview Medical Center. Quinn Shaw will begin his residency in pediatrics at Bayside Children's Hospital.",
		"Residency placements, Class of 2026\n\nRosa Diaz: Internal Medicine, Eastfield Medical Center\nSeth Wynn: Anesthesiology, St. Brendan's Hospital",
		"Medical school news\n\nOn Friday, fourth-year students opened their envelopes. Tess Marlow matched into dermatology at Riverside General Hospital; Umar Khan matched into orthopaedic surgery at Harbor County Hospital.",
		"Our graduates' residency destinations\n\nVera Holt – Pediatrics – Bayside Children's Hospital\nWill Ames – Internal Medicine – Lakeview Medical Center\nXena Ford – Family Medicine – North Valley Health",
		// (variants: the school's students into many programs, no school in the head)
		"Match Day 2026\n\nOur seniors matched into residency programs in twenty states.\nYara Cole – Internal Medicine, Eastfield Medical Center\nZane Holt – Emergency Medicine, Harbor County Hospital",
		"Match results\n\nFourth-year students matched to residencies across the region:\nAdam Pike - Family Medicine, North Valley Health\nBeth Lowe - Internal Medicine, Riverside General Hospital\nCole Dean - Surgery, Lakeview Medical Center",
	},
	"obituary": {
		"Obituary: Dr. Arthur Bell, 1941-2026\n\nDr. Arthur Bell died peacefully at home on March 3. After medical school he completed his residency at Lakeview Medical Center and practiced family medicine for forty years.",
		"In Memoriam\n\nDr. Margaret Soto, a beloved pediatrician, passed away on May 2 at the age of 81. She trained as a resident at Riverside General Hospital in the 1970s and later chaired the department.",
		"Remembering Dr. Hal Jensen\n\nDr. Jensen, who completed his surgical residency at Bayside University Hospital in 1968, died last week. He is survived by his wife, Ruth, and three children.",
		"Dr. Ines Varga (1950-2026)\n\nBorn in Budapest, Ines graduated from medical school in Hungary and completed her residency in internal medicine at Harbor County Hospital. She practiced in our town for thirty years.",
		"Obituaries\n\nDr. Leon Marsh, 77, of Riverside, died Tuesday. A graduate of Eastfield University School of Medicine, he did his residency at North Valley Health and served as chief of staff.",
		"A life in medicine\n\nWe mourn Dr. Alma Ortiz, who passed away on June 1. During her residency at Lakeview Medical Center she met her husband, also a resident. She later taught generations of residents.",
		"Dr. Ken Ito passed away peacefully\n\nKen was a resident at St. Brendan's Hospital from 1980 to 1983 and then served the people of our county for four decades as a family physician.",
		"In loving memory of Dr. Grace Holt\n\nGrace completed her residency in obstetrics at Riverside General Hospital and delivered more than five thousand babies. She is survived by her son, Dr. Paul Holt, a surgeon.",
		"Obituary\n\nDr. Victor Lam, retired psychiatrist, died on April 9. He finished residency at Harbor County Hospital in 1979. His daughter, Dr. Mei Lam, is a physician in Ohio.",
		"Dr. Samuel Price (1938–2026)\n\nDr. Price trained in internal medicine at Bayside University Hospital, where he was chief resident in 1966. He practiced in Maine until he retired in 2005.",
		"Passing of a colleague\n\nThe department is saddened by the death of Dr. Olga Benes, who joined our faculty after completing residency here in 1985 and led our clinic for twenty years.",
		"Celebrating the life of Dr. Martin Dahl\n\nMartin came to Lakeview Medical Center as an intern in 1972, stayed for his residency, and never left. He died on Sunday at 80.",
	},
	"fellows": {
		"Our Fellows\n\nDr. Ana Ruiz, PGY-4 – Cardiology Fellow\nDr. Ben Ota, PGY-5 – Cardiology Fellow\nDr. Cara Dunn, PGY-6 – Interventional Fellow",
		"Current Fellows\n\nName | Year | Residency\nDaniel Kim | First-year fellow | Lakeview Medical Center\nEmma Stone | Second-year fellow | Riverside General Hospital",
		"Meet our Gastroenterology Fellows\n\nDr. Farid Haddad completed residency at Bayside University Hospital and is a first-year fellow. Dr. Gail Moss completed residency at Harbor County Hospital and is a third-year fellow.",
		"Pulmonary and Critical Care Fellows\n\n• Hugo Lam, MD — Fellow, Class of 2027 — Residency: North Valley Health\n• Ida Crane, MD — Fellow, Class of 2028 — Residency: Eastfield Medical Center",
		"Fellowship Roster 2026-2027\n\nFirst-year fellows: Dr. Jon Reyes and Dr. Kira Bell. Second-year fellows: Dr. Liam Shaw and Dr. Maya Gold.",
		"Neonatology Fellows\n\nNate Fox, MD\nMedical School: Eastfield University School of Medicine\nResidency: Bayside Children's Hospital\nFellowship Year: 2",
		"Our fellows\n\nDr. Olive Grant joined our nephrology fellowship after her internal medicine residency at Lakeview Medical Center, where she was chief resident.",
		"Hematology/Oncology Fellowship – Current Fellows\n\nPedro Alves, MD (PGY-5)\nQuinn Hale, MD (PGY-4)\nRita Soto, MD (PGY-6)",
		"Meet the Fellows\n\nSam Wu, MD, is a second-year infectious diseases fellow. He completed his residency at Riverside General Hospital and medical school at the University of Lagos.",
		"Sports Medicine Fellow\n\nDr. Tina Park is our 2026-2027 sports medicine fellow. She finished her family medicine residency at North Valley Health this June.",
		"Geriatrics fellowship\n\nOur fellows this year are Dr. Uma Rao and Dr. Vic Lane, both graduates of internal medicine residencies in Ohio.",
		"Endocrinology Fellows\n\nFellow | Medical School | Residency\nWen Li | Peking Union Medical College | Harbor County Hospital\nXavi Ruiz | Universidad de Guadalajara | Lakeview Medical Center",
	},
	"jobpost": {
		"Resident Physicians Wanted\n\nLakeview Health seeks resident physicians for moonlighting shifts in its urgent care clinics. PGY-2 and above with an unrestricted license may apply.",
		"Job posting: Moonlighting for residents\n\nWe are hiring resident physicians (PGY-3 or higher) for overnight coverage. Pay is $120 per hour. Apply by email.",
		"Now Hiring\n\nRiverside General Hospital is looking for a chief resident for its internal medicine program for the 2027-2028 year. Applicants must be PGY-3 residents in good standing.",
		"Careers\n\nPosition: Resident Physician, PGY-1 (Transitional Year)\nLocation: Bayside University Hospital\nStart date: July 1, 2027\nRequirements: MD or DO degree, ECFMG certification for international graduates.",
		"Open positions\n\nWe have two open PGY-2 positions in our family medicine residency for July. Candidates must have completed a PGY-1 year in the United States.",
		"Residents wanted for research\n\nThe Department of Medicine seeks residents interested in a paid research elective. Interested residents should write to the research office.",
		"Job description: Resident physician\n\nThe resident physician provides patient care under the supervision of attending physicians. The resident will rotate through inpatient and outpatient services.",
		"Locum opportunities for senior residents\n\nHarbor Locums places senior residents in rural hospitals on weekends. Residents in their final year may apply.",
		"Vacancy: PGY-2 Internal Medicine\n\nNorth Valley Health has an unexpected vacancy for a categorical PGY-2 resident starting January 2027. Apply through our website.",
		"We're hiring!\n\nEastfield Medical Center is hiring resident physicians to staff its new night float team. Residents must hold a training license.",
		"Employment: House Officer\n\nSt. Brendan's Hospital seeks house officers for its surgery program. Intern and resident positions are open for 2027.",
		"Resident physician jobs\n\nBrowse open resident physician jobs in internal medicine, pediatrics and surgery. New positions are posted every week.",
	},
}

func TestTrapPages18(t *testing.T) {
	for class, pages := range trapPages18 {
		for k, p := range pages {
			if got := residentRows(t, p); len(got) > 0 {
				first, _, _ := strings.Cut(p, "\n")
				t.Errorf("%s %d (%s): residents %q, want none", class, k, first, got)
			}
		}
	}
}
