package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/transform"
)

func newInspectCmd(a *app) *cobra.Command {
	var (
		pageURL string
		runDate string
		at      string
	)
	cmd := &cobra.Command{
		Use:   "inspect [--url URL] [--at SELECTOR] FILE|-",
		Short: "Print the facts extraction finds in one page, as JSON",
		Long: `inspect reads one HTML page (or plain text, when the input has no markup) from
FILE or standard input and prints one JSON object: the page kind, every fact
(visa, YOG, scores, attempts, USCE, stated IMG counts) with its evidence, and
the roster residents with their schools classified. It is the quickest way to
see why the pipeline believes what it believes about a page.

With --at, inspect instead re-reads the page where a fact's evidence selector
points (the "selector" of any evidence, a CSS selector, or line:N for plain
text) and prints the selector, how many elements it matches and the text of the
first, so that a fact can be checked against its page in one step.`,
		Example: `  imgfriendly inspect --url https://im.example.org/eligibility page.html
  curl -s https://im.example.org/faq | imgfriendly inspect --url https://im.example.org/faq -
  echo "We sponsor J-1 visas only." | imgfriendly inspect -
  imgfriendly inspect --at 'main > dl.requirements > dd:nth-of-type(2)' page.html`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var (
				body []byte
				err  error
			)
			if args[0] == "-" {
				body, err = io.ReadAll(bufio.NewReader(cmd.InOrStdin()))
			} else {
				body, err = os.ReadFile(args[0])
			}
			if err != nil {
				return usageError("read page: %v", err)
			}
			if at != "" {
				loc, err := extract.Locate(body, at)
				if err != nil {
					return usageError("--at: %v", err)
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(loc)
			}
			if pageURL == "" {
				if args[0] == "-" {
					pageURL = "stdin:"
				} else {
					abs, _ := filepath.Abs(args[0])
					pageURL = "file://" + filepath.ToSlash(abs)
				}
			}
			u, err := url.Parse(pageURL)
			if err != nil {
				return usageError("--url %q: %v", pageURL, err)
			}
			ref := time.Now().UTC()
			if runDate != "" {
				if ref, err = time.Parse("2006-01-02", runDate); err != nil {
					return usageError("--run-date %q: want YYYY-MM-DD", runDate)
				}
			}
			pf, err := extract.Page(body, u, extract.WithRunDate(ref))
			if err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			c, err := transform.NewClassifier()
			if err != nil {
				return err
			}
			classify := func(school, country string) *bool { return c.Classify(school, country).IMG }
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(extract.Inspect(pf, classify))
		},
	}
	cmd.Flags().StringVar(&pageURL, "url", "", "the page's URL, recorded as evidence and used to resolve links (default file:// path)")
	cmd.Flags().StringVar(&at, "at", "", "print what this evidence selector points to in the page instead of the facts")
	cmd.Flags().StringVar(&runDate, "run-date", "", "reference date (YYYY-MM-DD) for year-of-graduation arithmetic when the page names no cycle year (default today)")
	return cmd
}

func newSchoolsCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schools",
		Short: "Work with the medical school reference list",
		Long: `schools works with the reference list of medical schools (transform/schools.csv:
every US MD and DO school and campus, every Canadian school, and the main
international schools) that decides whether a resident is an IMG.`,
		Example: `  echo "SGU School of Medicine" | imgfriendly schools classify`,
	}
	classify := &cobra.Command{
		Use:   "classify [FILE|-]",
		Short: "Classify medical school names as US/Canadian or international (IMG)",
		Long: `classify reads one school name per line (from FILE, or standard input when FILE
is - or absent) and prints one JSON object per line: input, school (canonical
name), country, img (true, false, or null when unknown) and confidence.
Unknown is an honest answer: a school the reference list cannot place is null,
never guessed to be American.`,
		Example: `  printf 'UCSF\nRoss University School of Medicine\nKing Edward Medical University, Lahore\n' | imgfriendly schools classify
  imgfriendly schools classify schools.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return usageError("%v", err)
				}
				defer f.Close()
				in = f
			}
			c, err := transform.NewClassifier()
			if err != nil {
				return err
			}
			enc := json.NewEncoder(a.stdout)
			sc := bufio.NewScanner(in)
			sc.Buffer(make([]byte, 64*1024), 1024*1024)
			for sc.Scan() {
				name := strings.TrimSpace(sc.Text())
				if name == "" {
					continue
				}
				if err := enc.Encode(c.Classify(name, "")); err != nil {
					return err
				}
			}
			return sc.Err()
		},
	}
	cmd.AddCommand(classify)
	return cmd
}
