package warehouse

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// fieldsAfterConditions are the fields whose programs columns migration 006
// appended after the visa conditions: an exported column never moves.
var fieldsAfterConditions = []imgfriendly.Field{imgfriendly.FieldClinicalRecencyMax, imgfriendly.FieldECFMGDeadline, imgfriendly.FieldGradYearMin}

// The programs table implements the contract of ARCHITECTURE.md exactly.
func TestProgramsTableContract(t *testing.T) {
	ctx := context.Background()
	w, err := Open(ctx, filepath.Join(t.TempDir(), "w.duckdb"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	want := [][2]string{
		{"program_id", "VARCHAR"}, {"nrmp_codes", "VARCHAR[]"}, {"name", "VARCHAR"}, {"specialty", "VARCHAR"},
		{"city", "VARCHAR"}, {"state", "VARCHAR"}, {"url", "VARCHAR"}, {"roster_url", "VARCHAR"},
		{"pd_name", "VARCHAR"}, {"pd_email", "VARCHAR"}, {"coordinator_name", "VARCHAR"},
		{"coordinator_email", "VARCHAR"}, {"phone", "VARCHAR"},
		{"residents_total", "INTEGER"}, {"residents_img", "INTEGER"}, {"residents_unknown", "INTEGER"},
		{"img_share", "DOUBLE"}, {"img_share_source", "VARCHAR"}, {"img_share_evidence_url", "VARCHAR"},
		{"pages_fetched", "INTEGER"}, {"run_id", "VARCHAR"}, {"night", "DATE"},
	}
	kinds := map[imgfriendly.ValueKind]string{imgfriendly.ValueBool: "BOOLEAN", imgfriendly.ValueNumber: "DOUBLE", imgfriendly.ValueText: "VARCHAR"}
	// columns are only ever appended: the fields migration 006 added come
	// after the visa conditions
	var later [][2]string
	for _, fk := range imgfriendly.FieldKinds {
		f := string(fk.Field)
		cols := [][2]string{{f, kinds[fk.Kind]}, {f + "_evidence_url", "VARCHAR"}, {f + "_evidence_text", "VARCHAR"}}
		if slices.Contains(fieldsAfterConditions, fk.Field) {
			later = append(later, cols...)
			continue
		}
		want = append(want, cols...)
	}
	want = append(want, [2]string{"visa_j1_condition", "VARCHAR"}, [2]string{"visa_h1b_condition", "VARCHAR"})
	want = append(want, later...)

	rows, err := w.DB().QueryContext(ctx, `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'programs' ORDER BY ordinal_position`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got [][2]string
	for rows.Next() {
		var c [2]string
		if err := rows.Scan(&c[0], &c[1]); err != nil {
			t.Fatal(err)
		}
		got = append(got, c)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("programs columns (-contract +table):\n%s", diff)
	}
}

func TestValueHash(t *testing.T) {
	tests := []struct {
		name       string
		give, same [3]string
		wantSame   bool
	}{
		{"same value and condition", [3]string{"visa_h1b", "true", ""}, [3]string{"visa_h1b", "true", ""}, true},
		{"condition changes the hash", [3]string{"visa_h1b", "true", ""}, [3]string{"visa_h1b", "true", "Step 3 passed"}, false},
		{"field is part of the key", [3]string{"visa_j1", "true", ""}, [3]string{"visa_h1b", "true", ""}, false},
		{"value and condition do not run together", [3]string{"f", "ab", "c"}, [3]string{"f", "a", "bc"}, false},
	}
	for _, tt := range tests {
		a := ValueHash(imgfriendly.Field(tt.give[0]), tt.give[1], tt.give[2])
		b := ValueHash(imgfriendly.Field(tt.same[0]), tt.same[1], tt.same[2])
		if (a == b) != tt.wantSame {
			t.Errorf("%s: hashes equal %v, want %v", tt.name, a == b, tt.wantSame)
		}
	}
}
