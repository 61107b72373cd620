package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	testscript.Main(m, map[string]func(){
		"imgfriendly": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the command-line scripts in testdata/script: flags, bad
// input, exit codes and the commands' happy paths, against the real binary.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// Scripts may read the repository's documented files.
			root, err := filepath.Abs("../..")
			if err != nil {
				return err
			}
			env.Setenv("REPO", root)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "long" {
				return os.Getenv("IMGF_LONG") != "", nil
			}
			return false, nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"testweb":     scriptTestweb,
			"parquettext": parquetText,
		},
		RequireExplicitExec: false,
		UpdateScripts:       strings.Contains(os.Getenv("IMGF_UPDATE_SCRIPTS"), "1"),
	})
}

// parquetText is the script command "parquettext DIR": every row of every
// Parquet file under DIR, one line per row, its values as text. Scripts
// search the export with it (the warehouse's read-only connection reads no
// files, and Parquet is compressed, so grep cannot).
func parquetText(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: parquettext DIR")
	}
	root := ts.MkAbs(args[0])
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".parquet") {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return err
		}
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		rel, _ := filepath.Rel(root, p)
		for _, rg := range pf.RowGroups() {
			rows := rg.Rows()
			buf := make([]parquet.Row, 64)
			for {
				n, err := rows.ReadRows(buf)
				for _, row := range buf[:n] {
					vals := make([]string, len(row))
					for i, v := range row {
						vals[i] = v.String()
					}
					fmt.Fprintf(ts.Stdout(), "%s: %s\n", rel, strings.Join(vals, " | "))
				}
				if err == io.EOF {
					break
				}
				if err != nil {
					rows.Close()
					return fmt.Errorf("%s: %w", p, err)
				}
			}
			rows.Close()
		}
		return nil
	})
	if err != nil {
		ts.Fatalf("parquettext: %v", err)
	}
}
