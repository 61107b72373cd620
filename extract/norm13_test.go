package extract

import "testing"

// TestFoldPartsOfAStep holds foldParts to leaving a part that belongs to a
// named step ("Part I (CK) of USMLE Step 2" is a piece of Step 2, not Step
// 1: an unseen page's "passed Part I (CK) of Step 2" was read as a Step 1
// pass), while parts of the exam itself still fold.
func TestFoldPartsOfAStep(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"applicants must have passed part i (ck) of usmle step 2 before starting", "applicants must have passed part i (ck) of usmle step 2 before starting"},
		{"a pass on part 2 of step 2 of the usmle", "a pass on part 2 of step 2 of the usmle"},
		{"a minimum of 220 on part 1 of the usmle", "a minimum of 220 on steps 1 of the usmle"},
		{"usmle parts i and ii passed", "usmle steps i and ii passed"},
		{"part 2 of the application and usmle step 1", "part 2 of the application and usmle step 1"},
	} {
		if got := foldParts(c.in); got != c.want {
			t.Errorf("foldParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
