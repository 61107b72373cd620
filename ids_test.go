package imgfriendly_test

import (
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

func TestNormalizeProgramID(t *testing.T) {
	tests := []struct {
		give    string
		want    string
		wantErr string
	}{
		{give: "1403621123", want: "1403621123"},
		{give: " 1403621123 ", want: "1403621123"},
		{give: "804821087.0", want: "0804821087"},
		{give: "804821087", want: "0804821087"},
		{give: "0804821087", want: "0804821087"},
		{give: "1403621123.00", want: "1403621123"},
		{give: "140-36-21123", want: "1403621123"},
		{give: "140 36 21123", want: "1403621123"},
		{give: "'0804821087", want: "0804821087"},
		{give: `="0804821087"`, want: "0804821087"},
		{give: "8.04821087E+08", want: "0804821087"},
		{give: "1.403621123e9", want: "1403621123"},
		{give: "1.4036211230E+09", want: "1403621123"},
		{give: "1.40362E+09", wantErr: "lost digits"},
		{give: "1403621123.5", wantErr: "not a 10-digit"},
		{give: "1.4036211235E+09", wantErr: "not an integer"},
		{give: "14036211", wantErr: "has 8 digits"},
		{give: "14036211231", wantErr: "has 11 digits"},
		{give: "", wantErr: "empty"},
		{give: "n/a", wantErr: "not a 10-digit"},
		{give: "1e", wantErr: "not a number"},
	}
	for _, tt := range tests {
		got, err := imgfriendly.NormalizeProgramID(tt.give)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("NormalizeProgramID(%q) = %q, %v; want error containing %q", tt.give, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("NormalizeProgramID(%q) = %q, %v; want %q", tt.give, got, err, tt.want)
		}
	}
}

func TestParseNRMPCode(t *testing.T) {
	c, ok := imgfriendly.ParseNRMPCode("1234-140-p0")
	if !ok || c.Institution != "1234" || c.Specialty != "140" || c.Type != 'P' || c.Track != '0' || c.TypeName() != "preliminary" || c.String() != "1234140P0" {
		t.Errorf("ParseNRMPCode = %+v, %v", c, ok)
	}
	for _, bad := range []string{"1234140X0", "123414C0", "1234140C", "12341400C0", "", "ABCD140C0"} {
		if c, ok := imgfriendly.ParseNRMPCode(bad); ok {
			t.Errorf("ParseNRMPCode(%q) = %+v, want false", bad, c)
		}
	}
	a, ok := imgfriendly.ParseACGMEID("1403621123")
	if !ok || a.Specialty != "140" || a.State != "36" || a.Serial != "21123" || a.String() != "1403621123" {
		t.Errorf("ParseACGMEID = %+v, %v", a, ok)
	}
	if _, ok := imgfriendly.ParseACGMEID("140362112"); ok {
		t.Error("ParseACGMEID accepted 9 digits")
	}
}

func TestACGMEIDPlausible(t *testing.T) {
	for give, want := range map[string]bool{
		"1403621123": true,  // internal medicine, New York
		"0804821087": true,  // dermatology, Texas
		"2175550100": false, // a phone number: no specialty 217
		"1400321123": false, // state code 03 belongs to no state
		"1407221123": true,  // Puerto Rico
	} {
		a, _ := imgfriendly.ParseACGMEID(give)
		if a.Plausible() != want {
			t.Errorf("%s plausible = %v, want %v", give, a.Plausible(), want)
		}
	}
}
