package testweb

import (
	"strings"
	"testing"
	"time"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		give Config
		want []string // substrings of the error, nil for valid
	}{
		{"default", DefaultConfig(), nil},
		{"all faults", Config{Programs: 10, Faults: AllFaults(1), Latency: Latency{Min: time.Millisecond, Max: time.Second}}, nil},
		{"every problem at once", Config{Programs: 0, Night: -1, Faults: Faults{HostDown: 1.5, Slow: -0.1}, Latency: Latency{Min: time.Second, Max: time.Millisecond}},
			[]string{"programs: must be between 1 and 100000, got 0", "night: must be between 0", "faults.host_down: must be a rate in [0,1], got 1.5", "faults.slow:", "latency: want 0 ≤ min ≤ max"}},
		{"too many programs", Config{Programs: MaxPrograms + 1}, []string{"programs:"}},
		{"unseen bank", Config{Programs: 10, Bank: BankUnseen}, nil},
		{"unknown bank", Config{Programs: 10, Bank: "nosuch"}, []string{`bank: unknown phrasing bank "nosuch" (want one of `}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.give.Validate()
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate passed, want errors")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if _, nerr := New(tt.give); nerr == nil {
				t.Error("New accepted an invalid config")
			}
		})
	}
}
