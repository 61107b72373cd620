package transform

import "testing"

// abroadCases cover the reference data for schools outside the US and
// Canada: schools of the main IMG source countries as rosters write them
// (official name, short form with its city, former name), names of schools
// the list does not know with only a city abroad, names whose words point
// to the wrong country unless the school is known, and US schools in towns
// named like cities abroad. Each is written for this test, not copied from
// evaluation data.
var abroadCases = []classCase{
	// India, by state: short forms carry the city that tells same-lettered
	// colleges apart.
	{"india", "Pt. B.D. Sharma PGIMS, Rohtak", want{"Pt. B. D. Sharma Postgraduate Institute of Medical Sciences", "India", "yes"}},
	{"india", "Government Medical College, Patiala", want{"Government Medical College Patiala", "India", "yes"}},
	{"india", "SGPGI Lucknow", want{"Sanjay Gandhi Postgraduate Institute of Medical Sciences", "India", "yes"}},
	{"india", "BRD Medical College, Gorakhpur", want{"Baba Raghav Das Medical College", "India", "yes"}},
	{"india", "RNT Medical College, Udaipur", want{"Ravindra Nath Tagore Medical College", "India", "yes"}},
	{"india", "MGIMS Sevagram", want{"Mahatma Gandhi Institute of Medical Sciences", "India", "yes"}},
	{"india", "Kempegowda Institute of Medical Sciences, Bengaluru", want{"Kempegowda Institute of Medical Sciences", "India", "yes"}},
	{"india", "R.G. Kar Medical College, Kolkata", want{"R. G. Kar Medical College", "India", "yes"}},
	{"india", "MKCG Medical College, Berhampur", want{"Maharaja Krishna Chandra Gajapati Medical College", "India", "yes"}},
	{"india", "AIIMS Rishikesh", want{"All India Institute of Medical Sciences Rishikesh", "India", "yes"}},
	// A renamed city in the college's name (Bangalore, now Bengaluru).
	{"india", "Bengaluru Medical College", want{"Bangalore Medical College and Research Institute", "India", "yes"}},
	// Pakistan, Bangladesh, Nepal, Sri Lanka.
	{"pakistan", "Rehman Medical College, Peshawar", want{"Rehman Medical College", "Pakistan", "yes"}},
	{"pakistan", "Ghulam Muhammad Mahar Medical College, Sukkur", want{"Ghulam Muhammad Mahar Medical College", "Pakistan", "yes"}},
	{"pakistan", "Bahria University Medical and Dental College", want{"Bahria University Medical and Dental College", "Pakistan", "yes"}},
	{"bangladesh", "Shaheed Ziaur Rahman Medical College, Bogura", want{"Shaheed Ziaur Rahman Medical College", "Bangladesh", "yes"}},
	{"nepal", "Chitwan Medical College", want{"Chitwan Medical College", "Nepal", "yes"}},
	{"sri lanka", "University of Ruhuna", want{"University of Ruhuna Faculty of Medicine", "Sri Lanka", "yes"}},
	// Middle East and Africa.
	{"egypt", "Fayoum University Faculty of Medicine", want{"Fayoum University Faculty of Medicine", "Egypt", "yes"}},
	{"iran", "Ahvaz Jundishapur University of Medical Sciences", want{"Ahvaz Jundishapur University of Medical Sciences", "Iran", "yes"}},
	{"iraq", "Hawler Medical University", want{"Hawler Medical University", "Iraq", "yes"}},
	{"saudi arabia", "Batterjee Medical College", want{"Batterjee Medical College", "Saudi Arabia", "yes"}},
	{"sudan", "Omdurman Islamic University", want{"Omdurman Islamic University Faculty of Medicine", "Sudan", "yes"}},
	{"sudan", "Kitchener School of Medicine", want{"University of Khartoum Faculty of Medicine", "Sudan", "yes"}},
	{"uganda", "MUK", want{"Makerere University College of Health Sciences", "Uganda", "yes"}},
	{"ethiopia", "Hawassa University", want{"Hawassa University College of Medicine and Health Sciences", "Ethiopia", "yes"}},
	{"tanzania", "Kilimanjaro Christian Medical University College", want{"Kilimanjaro Christian Medical University College", "Tanzania", "yes"}},
	// Asia, Europe, the Americas.
	{"philippines", "UST-FMS", want{"University of Santo Tomas Faculty of Medicine and Surgery", "Philippines", "yes"}},
	{"philippines", "Mindanao State University College of Medicine", want{"Mindanao State University College of Medicine", "Philippines", "yes"}},
	{"china", "Anhui Medical University", want{"Anhui Medical University", "China", "yes"}},
	{"ukraine", "Ivano-Frankivsk National Medical University", want{"Ivano-Frankivsk National Medical University", "Ukraine", "yes"}},
	{"romania", "Victor Babes University of Medicine and Pharmacy, Timisoara", want{"Victor Babes University of Medicine and Pharmacy", "Romania", "yes"}},
	{"brazil", "Faculdade de Medicina do ABC", want{"Faculdade de Medicina do ABC", "Brazil", "yes"}},
	{"caribbean", "All American Institute of Medical Sciences", want{"All American Institute of Medical Sciences", "Jamaica", "yes"}},
	{"caribbean", "UWI Cave Hill", want{"University of the West Indies Cave Hill Faculty of Medical Sciences", "Barbados", "yes"}},
	// Words that point elsewhere until the school is known: "Syrian" (a
	// church in Kerala), "Jammu Kashmir" (Azad Kashmir, Pakistan), "Armed
	// Forces Medical College" (India's AFMC, also Dhaka's), "National
	// University of Medical Sciences" (Pakistan's NUMS, inside Mongolia's
	// name), "Ciencias Medicas" (Costa Rica's UCIMED, also Cuba's
	// provincial universities), "Jos" (Nigeria, inside a Romanian name),
	// "America" (a Costa Rican university).
	{"misleading words", "Malankara Orthodox Syrian Church Medical College", want{"Malankara Orthodox Syrian Church Medical College", "India", "yes"}},
	{"misleading words", "Azad Jammu Kashmir Medical College", want{"Azad Jammu Kashmir Medical College", "Pakistan", "yes"}},
	{"misleading words", "Armed Forces Medical College, Dhaka", want{"Armed Forces Medical College Dhaka", "Bangladesh", "yes"}},
	{"misleading words", "KMC Khulna", want{"Khulna Medical College", "Bangladesh", "yes"}},
	{"misleading words", "Mongolian National University of Medical Sciences", want{"Mongolian National University of Medical Sciences", "Mongolia", "yes"}},
	{"misleading words", "Inner Mongolia Medical University", want{"Inner Mongolia Medical University", "China", "yes"}},
	{"misleading words", "Universidad de Ciencias Médicas de Holguín", want{"Universidad de Ciencias Medicas de Holguin", "Cuba", "yes"}},
	{"misleading words", "Dunarea de Jos University of Galati", want{"Dunarea de Jos University of Galati Faculty of Medicine", "Romania", "yes"}},
	{"misleading words", "Universidad Autonoma de Centro America", want{"Universidad Autonoma de Centro America", "Costa Rica", "yes"}},
	{"misleading words", "Universidad del Valle de Mexico", want{"Universidad del Valle de Mexico", "Mexico", "yes"}},
	// One letter from another country's school: the nearer school wins
	// once both are known (Jhalawar, Rajasthan; Jhalawan, Balochistan).
	{"near names", "Jhalawar Medical College", want{"Jhalawar Medical College", "India", "yes"}},
	{"near names", "Xinxiang Medical University", want{"Xinxiang Medical University", "China", "yes"}},
	{"near names", "Gannan Medical College", want{"Gannan Medical University", "China", "yes"}},
	{"near names", "Wuhan University of Science and Technology", want{"Wuhan University of Science and Technology School of Medicine", "China", "yes"}},
	{"nigeria", "Rivers State University College of Medical Sciences", want{"Rivers State University College of Medical Sciences", "Nigeria", "yes"}},
	{"philippines", "Bicol University College of Medicine", want{"Bicol University College of Medicine", "Philippines", "yes"}},
	{"japan", "Kobe University Faculty of Medicine", want{"Kobe University Graduate School of Medicine", "Japan", "yes"}},
	// A town of two countries (Bharatpur: Rajasthan and Nepal) is no sign
	// of either; the school decides.
	{"shared town", "Government Medical College, Bharatpur", want{"Government Medical College Bharatpur", "India", "yes"}},
	{"shared town", "College of Medical Sciences, Bharatpur", want{"College of Medical Sciences Bharatpur", "Nepal", "yes"}},
	{"shared town", "Some Medical College, Bharatpur", want{"", "", "yes"}},
	{"near names", "Trakya University Faculty of Medicine", want{"Trakya University Faculty of Medicine", "Turkey", "yes"}},
	{"near names", "University of Iceland", want{"University of Iceland Faculty of Medicine", "Iceland", "yes"}},
	// A school the list lacks, with a city abroad that has medical schools.
	{"city only", "Some Medical Institute, Bathinda", want{"", "India", "yes"}},
	{"city only", "Alkhidmat Medical College, Swabi", want{"", "Pakistan", "yes"}},
	{"city only", "Islamic Medical Institute, Wad Madani", want{"", "Sudan", "yes"}},
	{"city only", "Community Medical College, Kishoreganj", want{"", "Bangladesh", "yes"}},
	{"city only", "Provincial Medical School, Tuguegarao", want{"", "Philippines", "yes"}},
	{"city only", "Medical Academy, Ardabil", want{"", "Iran", "yes"}},
	{"city only", "Sri Sai Medical College, Karimnagar", want{"", "India", "yes"}},
	// US schools in towns named like cities abroad stay US schools.
	{"us town", "University of South Florida Morsani College of Medicine, St. Petersburg", want{"University of South Florida Morsani College of Medicine", usa, "no"}},
	{"us town", "Texas Tech University Health Sciences Center, Odessa", want{"Texas Tech University Health Sciences Center School of Medicine", usa, "no"}},
	{"us town", "Ohio University Heritage College of Osteopathic Medicine, Athens", want{"Ohio University Heritage College of Osteopathic Medicine", usa, "no"}},
	// US names that share letters or words with new names abroad.
	{"us names", "Albert Einstein College of Medicine", want{"Albert Einstein College of Medicine", usa, "no"}},
	{"us names", "UAB", want{"University of Alabama at Birmingham Heersink School of Medicine", usa, "no"}},
	{"us names", "UVM", want{"University of Vermont Larner College of Medicine", usa, "no"}},
	{"us names", "MSU College of Human Medicine", want{"Michigan State University College of Human Medicine", usa, "no"}},
}

func TestClassifyAbroad(t *testing.T) {
	checkClasses(t, mustClassifier(t), abroadCases)
}
