package extract

import "testing"

// saidRoleToldRef is quotedResidents' reading of an unquoted block before
// perf18a: the page's news asked first.
func saidRoleToldRef(resident, said, news, home bool) (role, told bool) {
	if resident || news {
		role = said && resident
		told = said && news && home
	}
	return role, told
}

// TestSaidRoleTold holds saidRoleTold to the reading it reorders, for
// every answer of its four conditions.
func TestSaidRoleTold(t *testing.T) {
	for m := range 16 {
		resident, said, news, home := m&1 != 0, m&2 != 0, m&4 != 0, m&8 != 0
		role, told := saidRoleTold(resident, func() bool { return said }, func() bool { return news }, func() bool { return home })
		wantRole, wantTold := saidRoleToldRef(resident, said, news, home)
		if role != wantRole || told != wantTold {
			t.Errorf("saidRoleTold(resident %v, said %v, news %v, home %v) = %v, %v; want %v, %v",
				resident, said, news, home, role, told, wantRole, wantTold)
		}
	}
}
