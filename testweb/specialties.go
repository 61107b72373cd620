package testweb

// specialty describes how programs of one specialty look: ACGME code, how
// many there are, class sizes and how IMG-friendly they tend to be.
type specialty struct {
	Code   string  // 3-digit ACGME specialty code
	Name   string  // as in the seed list
	Abbr   string  // subdomain
	Weight float64 // relative number of programs
	Years  int     // length of training (classes on the roster)
	// Positions per class: deciles are scaled from internal medicine's.
	PosScale float64
	// IMGScale scales the internal-medicine IMG-share distribution; Closed
	// is the probability a program takes no IMGs at all.
	IMGScale float64
	Closed   float64
	H1B      float64 // probability of sponsoring H-1B among programs that state visas
	Prelim   bool    // also offers a preliminary (P) track
}

// specialties are the residency specialties the web spreads programs over.
// Weights follow the rough number of US programs; IMG figures follow
// DOMAIN.md (internal medicine is the most IMG-friendly large specialty).
var specialties = []specialty{
	{"140", "Internal Medicine", "im", 22, 3, 1.0, 1.0, 0.01, 0.27, true},
	{"120", "Family Medicine", "fm", 20, 3, 0.7, 0.75, 0.08, 0.25, false},
	{"320", "Pediatrics", "peds", 7, 3, 0.8, 0.6, 0.10, 0.22, false},
	{"400", "Psychiatry", "psych", 9, 4, 0.6, 0.7, 0.10, 0.22, false},
	{"180", "Neurology", "neuro", 5, 4, 0.5, 0.7, 0.10, 0.25, false},
	{"300", "Pathology", "path", 4, 4, 0.4, 0.8, 0.10, 0.30, false},
	{"440", "General Surgery", "surgery", 9, 5, 0.5, 0.2, 0.35, 0.10, true},
	{"110", "Emergency Medicine", "em", 8, 3, 0.9, 0.1, 0.50, 0.05, false},
	{"220", "Obstetrics and Gynecology", "obgyn", 8, 4, 0.5, 0.25, 0.30, 0.08, false},
	{"420", "Diagnostic Radiology", "rad", 5, 4, 0.5, 0.15, 0.40, 0.08, false},
	{"040", "Anesthesiology", "anes", 5, 4, 0.8, 0.15, 0.40, 0.08, false},
	{"999", "Transitional Year", "ty", 4, 1, 0.8, 0.3, 0.30, 0.05, false},
	{"260", "Orthopaedic Surgery", "ortho", 3, 5, 0.3, 0.03, 0.70, 0.03, false},
	{"340", "Physical Medicine and Rehabilitation", "pmr", 2, 3, 0.4, 0.4, 0.20, 0.15, false},
	{"080", "Dermatology", "derm", 2, 3, 0.25, 0.03, 0.75, 0.03, false},
}

// imDeciles are the deciles of % IMG residents in internal medicine
// (DOMAIN.md calibration), with the 0th and 100th points added. The 0th
// point is ours: at 1.5–2 %, a typical lowest-decile roster (about 45
// residents) expects under one IMG, so (with drawRoster's systematic sample)
// about 5 % of IM programs end with none, FREIDA's figure (TestCalibration).
var imDeciles = []float64{1.5, 2, 6, 14, 26, 41, 56, 72, 86, 94, 100}

// positionDeciles are internal medicine's first-year positions deciles.
var positionDeciles = []float64{4, 7, 10, 12, 13, 15, 18, 22, 29, 42, 60}

// fromDeciles draws from a distribution given by its deciles (linear between them).
func fromDeciles(r *rng, d []float64) float64 {
	x := r.float() * float64(len(d)-1)
	i := int(x)
	f := x - float64(i)
	return d[i] + f*(d[i+1]-d[i])
}

// state is a US state with its FIPS code (the ACGME id's 2-digit state code),
// a relative number of programs and a few real cities.
type state struct {
	Code   string
	FIPS   string
	Weight float64
	Cities []string
}

var states = []state{
	{"AL", "01", 1.5, []string{"Birmingham", "Mobile", "Huntsville", "Montgomery"}},
	{"AK", "02", 0.2, []string{"Anchorage"}},
	{"AZ", "04", 2, []string{"Phoenix", "Tucson", "Scottsdale", "Mesa"}},
	{"AR", "05", 1, []string{"Little Rock", "Fayetteville", "Jonesboro"}},
	{"CA", "06", 9, []string{"Los Angeles", "San Francisco", "San Diego", "Sacramento", "Fresno", "Oakland", "Riverside"}},
	{"CO", "08", 1.5, []string{"Denver", "Aurora", "Colorado Springs", "Pueblo"}},
	{"CT", "09", 2, []string{"Hartford", "New Haven", "Bridgeport", "Stamford"}},
	{"DE", "10", 0.4, []string{"Wilmington", "Newark"}},
	{"DC", "11", 1, []string{"Washington"}},
	{"FL", "12", 6, []string{"Miami", "Orlando", "Tampa", "Jacksonville", "Gainesville", "Fort Lauderdale"}},
	{"GA", "13", 3, []string{"Atlanta", "Augusta", "Macon", "Savannah", "Albany"}},
	{"HI", "15", 0.4, []string{"Honolulu"}},
	{"ID", "16", 0.3, []string{"Boise", "Pocatello"}},
	{"IL", "17", 5, []string{"Chicago", "Peoria", "Springfield", "Rockford", "Evanston", "Oak Lawn"}},
	{"IN", "18", 2, []string{"Indianapolis", "Fort Wayne", "Evansville", "Muncie"}},
	{"IA", "19", 1, []string{"Des Moines", "Iowa City", "Davenport"}},
	{"KS", "20", 1, []string{"Wichita", "Kansas City", "Topeka"}},
	{"KY", "21", 1.5, []string{"Louisville", "Lexington", "Bowling Green"}},
	{"LA", "22", 2, []string{"New Orleans", "Baton Rouge", "Shreveport", "Lafayette"}},
	{"ME", "23", 0.5, []string{"Portland", "Bangor", "Lewiston"}},
	{"MD", "24", 2.5, []string{"Baltimore", "Bethesda", "Silver Spring", "Cheverly"}},
	{"MA", "25", 4, []string{"Boston", "Worcester", "Springfield", "Cambridge"}},
	{"MI", "26", 5, []string{"Detroit", "Grand Rapids", "Ann Arbor", "Flint", "Lansing", "Kalamazoo"}},
	{"MN", "27", 1.5, []string{"Minneapolis", "Rochester", "Saint Paul", "Duluth"}},
	{"MS", "28", 1, []string{"Jackson", "Hattiesburg", "Tupelo"}},
	{"MO", "29", 2.5, []string{"Saint Louis", "Kansas City", "Columbia", "Springfield"}},
	{"MT", "30", 0.3, []string{"Billings", "Missoula"}},
	{"NE", "31", 0.8, []string{"Omaha", "Lincoln"}},
	{"NV", "32", 0.8, []string{"Las Vegas", "Reno"}},
	{"NH", "33", 0.4, []string{"Lebanon", "Manchester", "Concord"}},
	{"NJ", "34", 4, []string{"Newark", "Camden", "Paterson", "New Brunswick", "Hackensack", "Livingston"}},
	{"NM", "35", 0.6, []string{"Albuquerque", "Las Cruces"}},
	{"NY", "36", 11, []string{"New York", "Brooklyn", "Bronx", "Rochester", "Buffalo", "Albany", "Syracuse", "Jamaica"}},
	{"NC", "37", 3, []string{"Durham", "Chapel Hill", "Charlotte", "Greenville", "Winston-Salem"}},
	{"ND", "38", 0.3, []string{"Fargo", "Bismarck", "Grand Forks"}},
	{"OH", "39", 5, []string{"Cleveland", "Columbus", "Cincinnati", "Toledo", "Dayton", "Akron", "Youngstown"}},
	{"OK", "40", 1, []string{"Oklahoma City", "Tulsa"}},
	{"OR", "41", 1, []string{"Portland", "Eugene", "Medford"}},
	{"PA", "42", 6, []string{"Philadelphia", "Pittsburgh", "Allentown", "Danville", "Hershey", "Scranton", "Erie"}},
	{"PR", "72", 0.8, []string{"San Juan", "Ponce", "Bayamon", "Caguas"}},
	{"RI", "44", 0.6, []string{"Providence", "Pawtucket"}},
	{"SC", "45", 1.5, []string{"Charleston", "Columbia", "Greenville", "Spartanburg"}},
	{"SD", "46", 0.3, []string{"Sioux Falls", "Rapid City"}},
	{"TN", "47", 2.5, []string{"Nashville", "Memphis", "Knoxville", "Chattanooga", "Johnson City"}},
	{"TX", "48", 8, []string{"Houston", "Dallas", "San Antonio", "Austin", "El Paso", "Lubbock", "Fort Worth", "Temple"}},
	{"UT", "49", 0.7, []string{"Salt Lake City", "Provo", "Ogden"}},
	{"VT", "50", 0.3, []string{"Burlington"}},
	{"VA", "51", 2.5, []string{"Richmond", "Norfolk", "Charlottesville", "Roanoke"}},
	{"WA", "53", 1.5, []string{"Seattle", "Spokane", "Tacoma", "Renton"}},
	{"WV", "54", 0.8, []string{"Morgantown", "Huntington", "Charleston"}},
	{"WI", "55", 2, []string{"Milwaukee", "Madison", "La Crosse", "Green Bay"}},
	{"WY", "56", 0.2, []string{"Casper", "Cheyenne"}},
}
