package testweb

// nameBank is a set of first and last names typical of one region; residents
// take names from the bank of their school's region (mostly).
type nameBank struct{ First, Last []string }

var nameBanks = map[string]nameBank{
	"us": {
		First: []string{"Emily", "Michael", "Sarah", "David", "Jessica", "Andrew", "Rachel", "Daniel", "Lauren", "Matthew", "Hannah", "Ryan", "Megan", "Joshua", "Olivia", "Tyler", "Natalie", "Brandon", "Kayla", "Ethan", "Claire", "Jacob", "Abigail", "Nathan", "Chloé", "Zoë", "Benjamin", "Grace", "Samuel", "Madison", "Kevin", "Allison", "Jordan", "Caroline", "Justin", "Amy", "Christopher", "Julia", "Patrick", "Katherine"},
		Last:  []string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "O'Brien", "Müller", "Kowalski", "Nguyen", "Kim", "Lee", "Chen", "Patel", "Shah", "Cohen", "Goldberg", "Sullivan", "McCarthy"},
	},
	"india": {
		First: []string{"Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Pooja", "Rohan", "Divya", "Karthik", "Neha", "Aditya", "Kavya", "Sanjay", "Lakshmi", "Harsha", "Meera", "Nikhil", "Shruti", "Vivek", "Deepika", "Siddharth", "Aishwarya", "Manoj", "Swathi", "Abhishek", "Ritu", "Varun", "Nandini", "Suresh"},
		Last:  []string{"Patel", "Sharma", "Reddy", "Gupta", "Singh", "Kumar", "Iyer", "Nair", "Rao", "Mehta", "Desai", "Joshi", "Krishnan", "Menon", "Agarwal", "Chowdhury", "Bhat", "Kulkarni", "Pillai", "Verma", "Banerjee", "Mukherjee", "Srinivasan", "Naidu", "Jain", "Malhotra", "Kapoor", "Shetty"},
	},
	"pakistan": {
		First: []string{"Ahmed", "Ayesha", "Usman", "Fatima", "Bilal", "Sana", "Hamza", "Zainab", "Omar", "Hira", "Faisal", "Maryam", "Imran", "Amna", "Saad", "Mahnoor", "Hassan", "Rabia", "Asad", "Sidra"},
		Last:  []string{"Khan", "Ahmed", "Malik", "Hussain", "Qureshi", "Siddiqui", "Chaudhry", "Butt", "Sheikh", "Raza", "Iqbal", "Javed", "Mirza", "Abbasi", "Anwar", "Baig", "Rehman", "Shah"},
	},
	"nigeria": {
		First: []string{"Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Ifeanyi", "Chiamaka", "Tunde", "Yetunde", "Obinna", "Bisola", "Kelechi", "Temitope", "Uchenna", "Folake"},
		Last:  []string{"Okafor", "Adeyemi", "Okonkwo", "Eze", "Adebayo", "Nwosu", "Ogunleye", "Obi", "Balogun", "Onyeka", "Afolabi", "Nwachukwu", "Oyelaran", "Ibekwe", "Adeleke"},
	},
	"arabic": {
		First: []string{"Mohamed", "Youssef", "Nour", "Omar", "Layla", "Karim", "Rania", "Tarek", "Dina", "Sami", "Hala", "Amir", "Yasmin", "Khaled", "Mariam", "Ziad", "Reem", "Hussein"},
		Last:  []string{"Hassan", "Ibrahim", "Mansour", "Haddad", "Khoury", "Saleh", "Nasser", "Abdallah", "El-Sayed", "Farouk", "Hamdan", "Aziz", "Kassem", "Younes", "Mostafa", "Rahimi", "Tehrani", "Hosseini"},
	},
	"philippines": {
		First: []string{"Maria", "Jose", "Angelica", "Mark", "Kristine", "John Paul", "Patricia", "Christian", "Camille", "Miguel"},
		Last:  []string{"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Ramos", "Aquino", "Castillo", "Fernandez"},
	},
	"east_asia": {
		First: []string{"Wei", "Jing", "Hao", "Xin", "Yu", "Lei", "Min", "Jun", "Ying", "Tao"},
		Last:  []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"},
	},
	"hispanic": {
		First: []string{"José", "María", "Luis", "Ana", "Carlos", "Sofía", "Juan", "Camila", "Diego", "Valentina", "Andrés", "Lucía", "Javier", "Gabriela", "Alejandro", "Daniela", "Ramón", "Inés"},
		Last:  []string{"García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Peña", "Núñez"},
	},
}

// faculty names (program directors, coordinators) come from every bank.
var facultyBanks = []string{"us", "us", "us", "india", "pakistan", "arabic", "hispanic", "nigeria", "philippines", "east_asia"}

// institution name parts: how hospitals and health systems are named.
var (
	instSaints   = []string{"Mercy", "St. Luke's", "St. Mary's", "St. Joseph", "Providence", "Good Samaritan", "Sacred Heart", "St. Vincent", "Holy Cross", "St. Francis", "Trinity", "Baptist", "Methodist", "Presbyterian", "Lutheran", "Advent", "Beacon", "Unity", "Harbor", "Riverside", "Lakeside", "Valley", "Summit", "Northside", "Memorial"}
	instSuffixes = []string{"Hospital", "Medical Center", "Health", "Regional Medical Center", "Health System", "Hospital Center", "Community Hospital", "General Hospital"}
	settings     = []struct {
		Name   string
		Weight float64
	}{{"community-based university-affiliated", 47}, {"community-based", 27}, {"university-based", 21}, {"military", 1.5}}
)

// NameBanks returns the first and last names the synthetic web gives its
// people, one slice each per region (copies: callers may keep them).
func NameBanks() (first, last [][]string) {
	for _, b := range nameBanks {
		first = append(first, append([]string(nil), b.First...))
		last = append(last, append([]string(nil), b.Last...))
	}
	return first, last
}
