package testweb

// school is a real medical school. Written holds the ways program sites
// write it (official name first, then short forms and abbreviations); IMG
// is the truth for the United States: false for US MD (LCME, Puerto Rico
// included), US DO and Canadian schools, true for every other school.
type school struct {
	Written []string
	City    string
	Country string
	Group   string // us_md, us_do, canada, caribbean, or the IMG source region
	IMG     bool
	Names   string // which name bank its graduates' names are drawn from
}

// Name is the school's official name.
func (s school) Name() string { return s.Written[0] }

func us(g string, city string, written ...string) school {
	return school{Written: written, City: city, Country: "United States", Group: g, Names: "us"}
}

func img(group, names, city, country string, written ...string) school {
	return school{Written: written, City: city, Country: country, Group: group, IMG: true, Names: names}
}

var usMD = []school{
	us("us_md", "Boston, MA", "Harvard Medical School", "Harvard Med", "HMS"),
	us("us_md", "Baltimore, MD", "Johns Hopkins University School of Medicine", "Johns Hopkins", "JHU School of Medicine"),
	us("us_md", "Philadelphia, PA", "Perelman School of Medicine at the University of Pennsylvania", "Penn Medicine", "UPenn Perelman"),
	us("us_md", "San Francisco, CA", "University of California, San Francisco School of Medicine", "UCSF School of Medicine", "UCSF"),
	us("us_md", "Dallas, TX", "UT Southwestern Medical School", "University of Texas Southwestern Medical Center", "UTSW"),
	us("us_md", "Ann Arbor, MI", "University of Michigan Medical School", "Michigan Medicine", "UMich Medical School"),
	us("us_md", "Pittsburgh, PA", "University of Pittsburgh School of Medicine", "Pitt Med", "UPMC / University of Pittsburgh"),
	us("us_md", "Cleveland, OH", "Case Western Reserve University School of Medicine", "Case Western", "CWRU School of Medicine"),
	us("us_md", "Chicago, IL", "Northwestern University Feinberg School of Medicine", "Feinberg School of Medicine", "Northwestern Feinberg"),
	us("us_md", "Chicago, IL", "Rush Medical College", "Rush University Medical College"),
	us("us_md", "Chicago, IL", "University of Illinois College of Medicine", "UIC College of Medicine"),
	us("us_md", "Nashville, TN", "Vanderbilt University School of Medicine", "Vanderbilt"),
	us("us_md", "Houston, TX", "Baylor College of Medicine", "BCM"),
	us("us_md", "Houston, TX", "McGovern Medical School at UTHealth Houston", "UTHealth McGovern"),
	us("us_md", "Galveston, TX", "University of Texas Medical Branch School of Medicine", "UTMB"),
	us("us_md", "Lubbock, TX", "Texas Tech University Health Sciences Center School of Medicine", "Texas Tech School of Medicine", "TTUHSC"),
	us("us_md", "New York, NY", "Icahn School of Medicine at Mount Sinai", "Mount Sinai", "Icahn SOM"),
	us("us_md", "New York, NY", "NYU Grossman School of Medicine", "NYU School of Medicine"),
	us("us_md", "Bronx, NY", "Albert Einstein College of Medicine", "Einstein"),
	us("us_md", "Brooklyn, NY", "SUNY Downstate Health Sciences University College of Medicine", "SUNY Downstate"),
	us("us_md", "Buffalo, NY", "Jacobs School of Medicine and Biomedical Sciences at the University at Buffalo", "University at Buffalo Jacobs School of Medicine", "SUNY Buffalo"),
	us("us_md", "Syracuse, NY", "SUNY Upstate Medical University", "Upstate Medical University"),
	us("us_md", "Newark, NJ", "Rutgers New Jersey Medical School", "Rutgers NJMS"),
	us("us_md", "Philadelphia, PA", "Sidney Kimmel Medical College at Thomas Jefferson University", "Jefferson (Sidney Kimmel)", "SKMC"),
	us("us_md", "Philadelphia, PA", "Drexel University College of Medicine", "Drexel Med"),
	us("us_md", "Hershey, PA", "Penn State College of Medicine", "Penn State Hershey"),
	us("us_md", "Columbus, OH", "The Ohio State University College of Medicine", "Ohio State University College of Medicine", "OSU College of Medicine"),
	us("us_md", "Cincinnati, OH", "University of Cincinnati College of Medicine", "UC College of Medicine"),
	us("us_md", "Toledo, OH", "University of Toledo College of Medicine and Life Sciences", "UToledo College of Medicine"),
	us("us_md", "Detroit, MI", "Wayne State University School of Medicine", "Wayne State"),
	us("us_md", "East Lansing, MI", "Michigan State University College of Human Medicine", "MSU College of Human Medicine"),
	us("us_md", "Indianapolis, IN", "Indiana University School of Medicine", "IU School of Medicine", "IUSM"),
	us("us_md", "Iowa City, IA", "University of Iowa Roy J. and Lucille A. Carver College of Medicine", "University of Iowa Carver College of Medicine"),
	us("us_md", "Minneapolis, MN", "University of Minnesota Medical School", "UMN Medical School"),
	us("us_md", "Rochester, MN", "Mayo Clinic Alix School of Medicine", "Mayo Clinic School of Medicine"),
	us("us_md", "Saint Louis, MO", "Washington University School of Medicine in St. Louis", "WashU School of Medicine", "WUSM"),
	us("us_md", "Saint Louis, MO", "Saint Louis University School of Medicine", "SLU School of Medicine"),
	us("us_md", "Kansas City, KS", "University of Kansas School of Medicine", "KU School of Medicine"),
	us("us_md", "Omaha, NE", "University of Nebraska College of Medicine", "UNMC College of Medicine"),
	us("us_md", "Aurora, CO", "University of Colorado School of Medicine", "CU School of Medicine"),
	us("us_md", "Salt Lake City, UT", "University of Utah School of Medicine", "Utah SOM"),
	us("us_md", "Seattle, WA", "University of Washington School of Medicine", "UW School of Medicine", "UWSOM"),
	us("us_md", "Portland, OR", "Oregon Health & Science University School of Medicine", "OHSU"),
	us("us_md", "Los Angeles, CA", "David Geffen School of Medicine at UCLA", "UCLA Geffen", "UCLA School of Medicine"),
	us("us_md", "Los Angeles, CA", "Keck School of Medicine of USC", "USC Keck"),
	us("us_md", "San Diego, CA", "UC San Diego School of Medicine", "UCSD School of Medicine"),
	us("us_md", "Stanford, CA", "Stanford University School of Medicine", "Stanford Medicine"),
	us("us_md", "Tucson, AZ", "University of Arizona College of Medicine - Tucson", "UArizona College of Medicine"),
	us("us_md", "Albuquerque, NM", "University of New Mexico School of Medicine", "UNM SOM"),
	us("us_md", "New Orleans, LA", "Tulane University School of Medicine", "Tulane"),
	us("us_md", "New Orleans, LA", "LSU Health Sciences Center New Orleans School of Medicine", "LSU School of Medicine"),
	us("us_md", "Birmingham, AL", "University of Alabama at Birmingham Marnix E. Heersink School of Medicine", "UAB School of Medicine", "UAB Heersink"),
	us("us_md", "Atlanta, GA", "Emory University School of Medicine", "Emory"),
	us("us_md", "Atlanta, GA", "Morehouse School of Medicine", "Morehouse"),
	us("us_md", "Augusta, GA", "Medical College of Georgia at Augusta University", "MCG", "Medical College of Georgia"),
	us("us_md", "Miami, FL", "University of Miami Leonard M. Miller School of Medicine", "UM Miller School of Medicine"),
	us("us_md", "Gainesville, FL", "University of Florida College of Medicine", "UF College of Medicine"),
	us("us_md", "Tampa, FL", "USF Health Morsani College of Medicine", "USF Morsani"),
	us("us_md", "Durham, NC", "Duke University School of Medicine", "Duke"),
	us("us_md", "Chapel Hill, NC", "University of North Carolina School of Medicine", "UNC School of Medicine"),
	us("us_md", "Greenville, NC", "Brody School of Medicine at East Carolina University", "ECU Brody"),
	us("us_md", "Richmond, VA", "Virginia Commonwealth University School of Medicine", "VCU School of Medicine"),
	us("us_md", "Charlottesville, VA", "University of Virginia School of Medicine", "UVA School of Medicine"),
	us("us_md", "Washington, DC", "Georgetown University School of Medicine", "Georgetown"),
	us("us_md", "Washington, DC", "Howard University College of Medicine", "Howard"),
	us("us_md", "Baltimore, MD", "University of Maryland School of Medicine", "UMSOM"),
	us("us_md", "New Haven, CT", "Yale School of Medicine", "Yale"),
	us("us_md", "Worcester, MA", "UMass Chan Medical School", "University of Massachusetts Medical School"),
	us("us_md", "Boston, MA", "Boston University Chobanian & Avedisian School of Medicine", "Boston University School of Medicine", "BUSM"),
	us("us_md", "Boston, MA", "Tufts University School of Medicine", "Tufts"),
	us("us_md", "Providence, RI", "Warren Alpert Medical School of Brown University", "Brown University Alpert Medical School"),
	us("us_md", "Burlington, VT", "University of Vermont Larner College of Medicine", "UVM Larner"),
	us("us_md", "Memphis, TN", "University of Tennessee Health Science Center College of Medicine", "UTHSC"),
	us("us_md", "Little Rock, AR", "University of Arkansas for Medical Sciences College of Medicine", "UAMS"),
	us("us_md", "Oklahoma City, OK", "University of Oklahoma College of Medicine", "OU College of Medicine (Oklahoma)"),
	us("us_md", "Milwaukee, WI", "Medical College of Wisconsin", "MCW"),
	us("us_md", "Madison, WI", "University of Wisconsin School of Medicine and Public Health", "UW School of Medicine and Public Health"),
	us("us_md", "Morgantown, WV", "West Virginia University School of Medicine", "WVU School of Medicine"),
	us("us_md", "Lexington, KY", "University of Kentucky College of Medicine", "UKCOM"),
	us("us_md", "Louisville, KY", "University of Louisville School of Medicine", "UofL School of Medicine"),
	us("us_md", "San Juan, PR", "University of Puerto Rico School of Medicine", "UPR School of Medicine", "Universidad de Puerto Rico, Escuela de Medicina"),
	us("us_md", "Ponce, PR", "Ponce Health Sciences University School of Medicine", "Ponce School of Medicine"),
	us("us_md", "Caguas, PR", "San Juan Bautista School of Medicine"),
	us("us_md", "Bayamon, PR", "Universidad Central del Caribe School of Medicine"),
}

var usDO = []school{
	us("us_do", "Fort Lauderdale, FL", "Dr. Kiran C. Patel College of Osteopathic Medicine", "Nova Southeastern University KPCOM", "NSU-KPCOM"),
	us("us_do", "Erie, PA", "Lake Erie College of Osteopathic Medicine", "LECOM"),
	us("us_do", "Philadelphia, PA", "Philadelphia College of Osteopathic Medicine", "PCOM"),
	us("us_do", "Kansas City, MO", "Kansas City University College of Osteopathic Medicine", "KCU-COM", "Kansas City University"),
	us("us_do", "Old Westbury, NY", "New York Institute of Technology College of Osteopathic Medicine", "NYITCOM", "NYIT College of Osteopathic Medicine"),
	us("us_do", "Kirksville, MO", "A.T. Still University Kirksville College of Osteopathic Medicine", "ATSU-KCOM"),
	us("us_do", "Blacksburg, VA", "Edward Via College of Osteopathic Medicine", "VCOM"),
	us("us_do", "East Lansing, MI", "Michigan State University College of Osteopathic Medicine", "MSUCOM"),
	us("us_do", "Athens, OH", "Ohio University Heritage College of Osteopathic Medicine", "OU-HCOM"),
	us("us_do", "Downers Grove, IL", "Midwestern University Chicago College of Osteopathic Medicine", "Midwestern University CCOM"),
	us("us_do", "Glendale, AZ", "Midwestern University Arizona College of Osteopathic Medicine", "AZCOM"),
	us("us_do", "Pomona, CA", "Western University of Health Sciences College of Osteopathic Medicine of the Pacific", "WesternU COMP"),
	us("us_do", "Vallejo, CA", "Touro University California College of Osteopathic Medicine", "TUCOM"),
	us("us_do", "New York, NY", "Touro College of Osteopathic Medicine", "TouroCOM"),
	us("us_do", "Fort Worth, TX", "Texas College of Osteopathic Medicine", "UNTHSC TCOM"),
	us("us_do", "Biddeford, ME", "University of New England College of Osteopathic Medicine", "UNECOM"),
	us("us_do", "Des Moines, IA", "Des Moines University College of Osteopathic Medicine", "DMU-COM"),
	us("us_do", "Harrogate, TN", "Lincoln Memorial University DeBusk College of Osteopathic Medicine", "LMU-DCOM"),
	us("us_do", "Stratford, NJ", "Rowan-Virtua School of Osteopathic Medicine", "Rowan SOM"),
	us("us_do", "Tulsa, OK", "Oklahoma State University College of Osteopathic Medicine", "OSU-COM"),
}

var canada = []school{
	{Written: []string{"University of Toronto Temerty Faculty of Medicine", "University of Toronto", "U of T Medicine"}, City: "Toronto", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"McGill University Faculty of Medicine and Health Sciences", "McGill University", "McGill Medicine"}, City: "Montreal", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"University of British Columbia Faculty of Medicine", "UBC Medicine"}, City: "Vancouver", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"McMaster University Michael G. DeGroote School of Medicine", "McMaster University"}, City: "Hamilton", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"Queen's University School of Medicine", "Queen's University"}, City: "Kingston", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"University of Alberta Faculty of Medicine & Dentistry", "University of Alberta"}, City: "Edmonton", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"University of Calgary Cumming School of Medicine", "Cumming School of Medicine"}, City: "Calgary", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"Dalhousie University Faculty of Medicine", "Dalhousie University"}, City: "Halifax", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"Western University Schulich School of Medicine & Dentistry", "Schulich School of Medicine (Western University)"}, City: "London, Ontario", Country: "Canada", Group: "canada", Names: "us"},
	{Written: []string{"Memorial University of Newfoundland Faculty of Medicine", "Memorial University of Newfoundland"}, City: "St. John's", Country: "Canada", Group: "canada", Names: "us"},
}

var caribbean = []school{
	img("caribbean", "us", "St. George's", "Grenada", "St. George's University School of Medicine", "St. George's University", "SGU", "St George's University, Grenada"),
	img("caribbean", "us", "Bridgetown", "Barbados", "Ross University School of Medicine", "Ross University", "Ross University SOM", "RUSM"),
	img("caribbean", "us", "Cupecoy", "Sint Maarten", "American University of the Caribbean School of Medicine", "American University of the Caribbean", "AUC"),
	img("caribbean", "us", "Willemstad", "Curaçao", "Avalon University School of Medicine", "Avalon University"),
	img("caribbean", "us", "The Bottom", "Saba", "Saba University School of Medicine", "Saba University"),
	img("caribbean", "us", "Grand Cayman", "Cayman Islands", "St. Matthew's University School of Medicine", "St. Matthew's University", "SMU Grand Cayman"),
	img("caribbean", "us", "Coolidge", "Antigua", "American University of Antigua College of Medicine", "American University of Antigua", "AUA"),
	img("caribbean", "us", "Kralendijk", "Bonaire", "Saint James School of Medicine", "SJSM"),
	img("caribbean", "us", "Basseterre", "St. Kitts", "Medical University of the Americas", "MUA"),
	img("caribbean", "us", "Aruba", "Aruba", "Xavier University School of Medicine", "Xavier University Aruba"),
	img("caribbean", "us", "Kingston", "Jamaica", "University of the West Indies Faculty of Medical Sciences, Mona", "UWI Mona", "University of the West Indies"),
	img("caribbean", "hispanic", "Santo Domingo", "Dominican Republic", "Universidad Iberoamericana (UNIBE) School of Medicine", "UNIBE", "Universidad Iberoamericana"),
	img("caribbean", "hispanic", "Santo Domingo", "Dominican Republic", "Instituto Tecnológico de Santo Domingo (INTEC)", "INTEC"),
	img("caribbean", "hispanic", "Santiago", "Dominican Republic", "Pontificia Universidad Católica Madre y Maestra", "PUCMM"),
}

var imgSchools = []school{
	img("india", "india", "New Delhi", "India", "All India Institute of Medical Sciences, New Delhi", "AIIMS New Delhi", "AIIMS"),
	img("india", "india", "New Delhi", "India", "Maulana Azad Medical College", "MAMC New Delhi"),
	img("india", "india", "Manipal", "India", "Kasturba Medical College, Manipal", "KMC Manipal", "Kasturba Medical College"),
	img("india", "india", "Mangalore", "India", "Kasturba Medical College, Mangalore", "KMC Mangalore"),
	img("india", "india", "Pune", "India", "Armed Forces Medical College", "AFMC Pune"),
	img("india", "india", "Vellore", "India", "Christian Medical College, Vellore", "CMC Vellore"),
	img("india", "india", "Mumbai", "India", "Seth G.S. Medical College and KEM Hospital", "Seth GS Medical College", "GSMC Mumbai"),
	img("india", "india", "Mumbai", "India", "Grant Government Medical College", "Grant Medical College, Mumbai"),
	img("india", "india", "Chennai", "India", "Madras Medical College", "MMC Chennai"),
	img("india", "india", "Bengaluru", "India", "Bangalore Medical College and Research Institute", "BMCRI", "Bangalore Medical College"),
	img("india", "india", "Hyderabad", "India", "Osmania Medical College", "OMC Hyderabad"),
	img("india", "india", "Hyderabad", "India", "Gandhi Medical College", "Gandhi Medical College, Secunderabad"),
	img("india", "india", "Kolkata", "India", "Medical College and Hospital, Kolkata", "Calcutta Medical College"),
	img("india", "india", "Ahmedabad", "India", "B.J. Medical College, Ahmedabad", "BJMC Ahmedabad"),
	img("india", "india", "Lucknow", "India", "King George's Medical University", "KGMU Lucknow"),
	img("india", "india", "Nagpur", "India", "Government Medical College, Nagpur", "GMC Nagpur"),
	img("india", "india", "Chandigarh", "India", "Government Medical College and Hospital, Chandigarh", "GMCH Chandigarh"),
	img("pakistan", "pakistan", "Lahore", "Pakistan", "King Edward Medical University", "KEMU", "King Edward Medical College"),
	img("pakistan", "pakistan", "Karachi", "Pakistan", "Dow Medical College", "Dow University of Health Sciences", "DMC Karachi"),
	img("pakistan", "pakistan", "Karachi", "Pakistan", "Aga Khan University Medical College", "Aga Khan University", "AKU"),
	img("pakistan", "pakistan", "Lahore", "Pakistan", "Allama Iqbal Medical College", "AIMC Lahore"),
	img("pakistan", "pakistan", "Rawalpindi", "Pakistan", "Rawalpindi Medical University", "Rawalpindi Medical College"),
	img("pakistan", "pakistan", "Lahore", "Pakistan", "Fatima Jinnah Medical University", "FJMU"),
	img("pakistan", "pakistan", "Peshawar", "Pakistan", "Khyber Medical College", "KMC Peshawar"),
	img("nigeria", "nigeria", "Ibadan", "Nigeria", "University of Ibadan College of Medicine", "University of Ibadan"),
	img("nigeria", "nigeria", "Lagos", "Nigeria", "University of Lagos College of Medicine", "UNILAG College of Medicine"),
	img("nigeria", "nigeria", "Enugu", "Nigeria", "University of Nigeria College of Medicine", "UNN College of Medicine"),
	img("nigeria", "nigeria", "Ile-Ife", "Nigeria", "Obafemi Awolowo University College of Health Sciences", "OAU Ile-Ife"),
	img("mena", "arabic", "Cairo", "Egypt", "Cairo University Faculty of Medicine", "Kasr Al Ainy Faculty of Medicine", "Cairo University"),
	img("mena", "arabic", "Alexandria", "Egypt", "Alexandria University Faculty of Medicine", "Alexandria Faculty of Medicine"),
	img("mena", "arabic", "Cairo", "Egypt", "Ain Shams University Faculty of Medicine", "Ain Shams University"),
	img("mena", "arabic", "Damascus", "Syria", "Damascus University Faculty of Medicine", "Damascus University"),
	img("mena", "arabic", "Beirut", "Lebanon", "American University of Beirut Faculty of Medicine", "AUB Faculty of Medicine", "American University of Beirut"),
	img("mena", "arabic", "Amman", "Jordan", "University of Jordan School of Medicine", "University of Jordan"),
	img("mena", "arabic", "Irbid", "Jordan", "Jordan University of Science and Technology Faculty of Medicine", "JUST"),
	img("mena", "arabic", "Tehran", "Iran", "Tehran University of Medical Sciences", "TUMS"),
	img("asia", "philippines", "Manila", "Philippines", "University of the Philippines College of Medicine", "UP College of Medicine"),
	img("asia", "philippines", "Manila", "Philippines", "University of Santo Tomas Faculty of Medicine and Surgery", "UST Faculty of Medicine and Surgery"),
	img("asia", "philippines", "Quezon City", "Philippines", "Far Eastern University - Nicanor Reyes Medical Foundation", "FEU-NRMF"),
	img("asia", "india", "Dhaka", "Bangladesh", "Dhaka Medical College", "DMC Dhaka"),
	img("asia", "india", "Kathmandu", "Nepal", "Tribhuvan University Institute of Medicine", "Institute of Medicine, Kathmandu"),
	img("asia", "east_asia", "Beijing", "China", "Peking Union Medical College", "PUMC"),
	img("asia", "east_asia", "Shanghai", "China", "Fudan University Shanghai Medical College", "Fudan University"),
	img("latam", "hispanic", "Mexico City", "Mexico", "Universidad Nacional Autónoma de México Facultad de Medicina", "UNAM Facultad de Medicina", "UNAM"),
	img("latam", "hispanic", "Guadalajara", "Mexico", "Universidad Autónoma de Guadalajara", "UAG"),
	img("latam", "hispanic", "Monterrey", "Mexico", "Tecnológico de Monterrey School of Medicine", "Tec de Monterrey"),
	img("latam", "hispanic", "São Paulo", "Brazil", "Universidade de São Paulo Faculdade de Medicina", "USP Faculdade de Medicina"),
	img("latam", "hispanic", "Bogotá", "Colombia", "Universidad Nacional de Colombia Facultad de Medicina", "Universidad Nacional de Colombia"),
	img("europe", "us", "London", "United Kingdom", "St George's, University of London", "St George's University of London", "SGUL"),
	img("europe", "us", "Dublin", "Ireland", "Royal College of Surgeons in Ireland", "RCSI"),
	img("europe", "us", "Kraków", "Poland", "Jagiellonian University Medical College", "Jagiellonian University"),
	img("europe", "us", "Tel Aviv", "Israel", "Sackler Faculty of Medicine, Tel Aviv University", "Tel Aviv University Sackler School of Medicine"),
	img("europe", "us", "Budapest", "Hungary", "Semmelweis University Faculty of Medicine", "Semmelweis University"),
}

// imgGroups are the IMG source groups with the weights of their share of
// IMG residents (Caribbean US-IMGs and India lead, as in the real Match).
var imgGroupWeights = []struct {
	Group  string
	Weight float64
}{
	{"caribbean", 30}, {"india", 27}, {"pakistan", 11}, {"nigeria", 5},
	{"mena", 11}, {"asia", 7}, {"latam", 5}, {"europe", 4},
}
