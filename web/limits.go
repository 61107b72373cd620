package web

import (
	"errors"
	"fmt"
	"time"
)

// Limits is what the server does at once and keeps: the serve section of
// config.yaml. Zero fields take DefaultLimits' values.
type Limits struct {
	// Tierings is how many tierings (a new profile's list, a SOAP list, a
	// program's tier) run at once; more only divide the cores.
	Tierings int `mapstructure:"tierings"`
	// TieringQueue is how many more requests may wait for a tiering; beyond
	// that a request is answered 503 with Retry-After at once.
	TieringQueue int `mapstructure:"tiering_queue"`
	// TieringWait is how long a request may wait for a tiering before it
	// is answered 503 with Retry-After.
	TieringWait time.Duration `mapstructure:"tiering_wait"`
	// CachedLists is how many program lists (one per profile and specialty
	// choice) are kept per night.
	CachedLists int `mapstructure:"cached_lists"`
	// KeptRows is how many rendered rows each kept list keeps (the first
	// pages people read; about 2 KB each).
	KeptRows int `mapstructure:"kept_rows"`
	// PageSize is how many programs a page of the list shows.
	PageSize int `mapstructure:"page_size"`
	// SOAPPageSize is how many matched programs a page of the SOAP result
	// shows (the rest are a click away, from the same pasted list).
	SOAPPageSize int `mapstructure:"soap_page_size"`
	// MaxSOAPBytes is the largest unfilled list a request may carry
	// (13,000 rows are about 1.5 MiB).
	MaxSOAPBytes int `mapstructure:"max_soap_bytes"`
}

// DefaultLimits returns the documented defaults.
func DefaultLimits() Limits {
	return Limits{
		Tierings:     2,
		TieringQueue: 64,
		TieringWait:  30 * time.Second,
		CachedLists:  32,
		KeptRows:     500,
		PageSize:     50,
		SOAPPageSize: 100,
		MaxSOAPBytes: 4 << 20,
	}
}

// Validate reports every problem at once, each prefixed with its key.
func (l Limits) Validate() error {
	var errs []error
	between := func(key string, v, lo, hi int) {
		if v < lo || v > hi {
			errs = append(errs, fmt.Errorf("%s: must be between %d and %d (got %d)", key, lo, hi, v))
		}
	}
	between("tierings", l.Tierings, 1, 64)
	between("tiering_queue", l.TieringQueue, 1, 100000)
	if l.TieringWait <= 0 || l.TieringWait > 10*time.Minute {
		errs = append(errs, fmt.Errorf("tiering_wait: must be more than 0s and at most 10m (got %s)", l.TieringWait))
	}
	between("cached_lists", l.CachedLists, 1, 100000)
	between("kept_rows", l.KeptRows, 1, 1000000)
	between("page_size", l.PageSize, 1, 1000)
	between("soap_page_size", l.SOAPPageSize, 1, 10000)
	between("max_soap_bytes", l.MaxSOAPBytes, 1<<10, 64<<20)
	return errors.Join(errs...)
}

// orDefault fills zero fields from DefaultLimits.
func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	pick := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	pick(&l.Tierings, d.Tierings)
	pick(&l.TieringQueue, d.TieringQueue)
	pick(&l.CachedLists, d.CachedLists)
	pick(&l.KeptRows, d.KeptRows)
	pick(&l.PageSize, d.PageSize)
	pick(&l.SOAPPageSize, d.SOAPPageSize)
	pick(&l.MaxSOAPBytes, d.MaxSOAPBytes)
	if l.TieringWait <= 0 {
		l.TieringWait = d.TieringWait
	}
	return l
}
