package transform_test

import (
	"encoding/json"
	"fmt"

	"github.com/imgfriendly/imgfriendly/transform"
)

func ExampleClassifier_Classify() {
	c, err := transform.NewClassifier()
	if err != nil {
		panic(err)
	}
	for _, name := range []string{
		"St. George's University School of Medicine, Grenada",
		"Dr. Kiran C. Patel College of Osteopathic Medicine, DO",
		"Georgetown, Guyana",
		"Saint Louis University",
	} {
		b, _ := json.Marshal(c.Classify(name, ""))
		fmt.Println(string(b))
	}
	// Output:
	// {"input":"St. George's University School of Medicine, Grenada","school":"St. George's University School of Medicine","country":"Grenada","img":true,"confidence":1}
	// {"input":"Dr. Kiran C. Patel College of Osteopathic Medicine, DO","school":"Nova Southeastern University Dr. Kiran C. Patel College of Osteopathic Medicine","country":"United States","img":false,"confidence":1}
	// {"input":"Georgetown, Guyana","school":"","country":"Guyana","img":true,"confidence":0.7}
	// {"input":"Saint Louis University","school":"","country":"","img":null,"confidence":0}
}
