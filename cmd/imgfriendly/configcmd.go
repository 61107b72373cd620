package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newConfigCmd(a *app) *cobra.Command {
	var plain bool
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Check the configuration and print it as the program sees it",
		Long: `config loads the configuration exactly as every other command does — built-in
defaults, then config.yaml (or --config), then IMGF_<SECTION>_<KEY> environment
variables, then flags (--set, --dir, --log-format) — validates it, and prints the
result as YAML with the keys of config.yaml, durations written like "500ms".
Each value ends with a comment saying where it came from: default, file (and
which), env (and which variable) or flag (and which). The output is itself a
valid config file. Every problem is reported at once, each named by its key.`,
		Example: `  imgfriendly config --config config.yaml
  IMGF_CRAWL_MAX_CONCURRENCY=8 imgfriendly config --set crawl.parallelism_per_host=1
  imgfriendly config --plain > effective.yaml
  imgfriendly config keys`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var sources map[string]configSource
			if !plain {
				var err error
				if sources, err = configSources(a.cfgPath, a.flagged); err != nil {
					return err
				}
				fmt.Fprintln(a.stdout, "# effective configuration; each value's comment says where it came from")
			}
			b, err := configYAML(a.cfg, sources)
			if err != nil {
				return err
			}
			_, err = a.stdout.Write(b)
			return err
		},
	}
	cmd.Flags().BoolVar(&plain, "plain", false, "print the values only, without the comments saying where each came from")
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
