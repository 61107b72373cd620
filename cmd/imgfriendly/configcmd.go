package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

func newConfigCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Check the configuration and print it as the program sees it",
		Long: `config loads the configuration exactly as every other command does — built-in
defaults, then config.yaml (or --config), then IMGF_<SECTION>_<KEY> environment
variables, then --set flags — validates it, and prints the result as JSON.
Every problem is reported at once, each named by its key.`,
		Example: `  imgfriendly config --config config.yaml
  IMGF_CRAWL_MAX_CONCURRENCY=8 imgfriendly config --set crawl.parallelism_per_host=1
  imgfriendly config keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(a.cfg)
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "keys",
		Short:   "List every configuration key",
		Long:    "keys lists every configuration key, as used in config.yaml, --set and IMGF_<SECTION>_<KEY>.",
		Example: "  imgfriendly config keys | grep crawl",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, k := range configKeys() {
				fmt.Fprintln(a.stdout, k)
			}
			return nil
		},
	})
	return cmd
}
