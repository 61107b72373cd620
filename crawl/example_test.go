package crawl_test

import (
	"fmt"

	"github.com/imgfriendly/imgfriendly/crawl"
)

func ExampleNormalizeURL() {
	u, _ := crawl.NormalizeURL("HTTP://IM.Mercy-Springfield.test:80/residency/../apply?utm_source=mail&b=2&a=1#deadlines")
	fmt.Println(u)
	// Output: http://im.mercy-springfield.test/apply?a=1&b=2
}
