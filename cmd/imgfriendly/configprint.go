package main

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/viper"
	"gopkg.in/yaml.v3"
)

// Where a configuration value came from, as `imgfriendly config` marks it.
const (
	sourceDefault = "default"
	sourceFile    = "file"
	sourceEnv     = "env"
	sourceFlag    = "flag"
)

// configSource says, for one key, which layer set its value and how
// (the file's path, the variable's name, the flag).
type configSource struct {
	Layer string // sourceDefault, sourceFile, sourceEnv or sourceFlag
	From  string // "" for a default
}

func (s configSource) String() string {
	if s.From == "" {
		return s.Layer
	}
	return s.Layer + " " + s.From
}

// configOverride is one key set on the command line.
type configOverride struct {
	Key  string
	Flag string // --set, --dir, --log-format
}

// configSources works out, for every key, the layer its effective value
// comes from, with the precedence loadConfig applies: flag over env over
// file over default. path is the config file read ("" when none).
func configSources(path string, overrides []configOverride) (map[string]configSource, error) {
	var file *viper.Viper
	if path != "" {
		file = viper.New()
		file.SetConfigFile(path)
		file.SetConfigType("yaml")
		if err := file.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("read config: %w", err)
		}
	}
	flags := map[string]string{}
	for _, o := range overrides {
		flags[strings.ToLower(o.Key)] = o.Flag
	}
	out := map[string]configSource{}
	for _, key := range configKeys() {
		env := "IMGF_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
		switch {
		case flags[key] != "":
			out[key] = configSource{sourceFlag, flags[key]}
		case os.Getenv(env) != "": // viper ignores empty variables
			out[key] = configSource{sourceEnv, env}
		case file != nil && file.InConfig(key):
			out[key] = configSource{sourceFile, path}
		default:
			out[key] = configSource{Layer: sourceDefault}
		}
	}
	return out, nil
}

// configYAML renders cfg as config.yaml is written: the same keys in the
// same order, durations as "500ms", lists inline; when sources is not nil,
// each value carries a comment saying where it came from. Loading the
// output as a config file gives cfg back.
func configYAML(cfg Config, sources map[string]configSource) ([]byte, error) {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	if err := configNode(doc, "", reflect.ValueOf(cfg), sources); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func configNode(m *yaml.Node, prefix string, rv reflect.Value, sources map[string]configSource) error {
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := strings.Split(f.Tag.Get("mapstructure"), ",")[0]
		if !f.IsExported() || tag == "" || tag == "-" {
			continue
		}
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		k := &yaml.Node{Kind: yaml.ScalarNode, Value: tag}
		fv := rv.Field(i)
		if f.Type.Kind() == reflect.Struct && f.Type != durationType {
			sub := &yaml.Node{Kind: yaml.MappingNode}
			if err := configNode(sub, key, fv, sources); err != nil {
				return err
			}
			m.Content = append(m.Content, k, sub)
			continue
		}
		v, err := configValue(fv)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		if s, ok := sources[key]; ok {
			v.LineComment = s.String()
		}
		m.Content = append(m.Content, k, v)
	}
	return nil
}

// configValue renders one leaf value as a YAML node.
func configValue(v reflect.Value) (*yaml.Node, error) {
	scalar := func(s string, tag string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s} }
	if v.Type() == durationType {
		return scalar(formatDuration(time.Duration(v.Int())), "!!str"), nil
	}
	switch v.Kind() {
	case reflect.String:
		return scalar(v.String(), "!!str"), nil
	case reflect.Bool:
		return scalar(strconv.FormatBool(v.Bool()), "!!bool"), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return scalar(strconv.FormatInt(v.Int(), 10), "!!int"), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return scalar(strconv.FormatUint(v.Uint(), 10), "!!int"), nil
	case reflect.Float32, reflect.Float64:
		s := strconv.FormatFloat(v.Float(), 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") { // keep it a float: 1 → 1.0
			s += ".0"
		}
		return scalar(s, "!!float"), nil
	case reflect.Slice:
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for i := 0; i < v.Len(); i++ {
			n, err := configValue(v.Index(i))
			if err != nil {
				return nil, err
			}
			seq.Content = append(seq.Content, n)
		}
		return seq, nil
	}
	return nil, fmt.Errorf("cannot print a %s", v.Type())
}

// formatDuration writes a duration as config.yaml does: "500ms", "1s",
// "2m", "1h30m" (time.Duration.String without its trailing zero units).
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}
