// Package testweb is the synthetic web of residency program sites that every
// test, demo and benchmark of imgfriendly crawls: no test touches the
// internet. A Web is generated from a Config (program count, seed, night,
// faults, latency); the same Config always yields byte-identical pages and
// ground truth. Pages are rendered on request from compact per-program
// parameters, so memory stays flat as the program count grows.
//
// One http.Handler serves every program host by its Host header (the port is
// ignored), plus server-side instruments at /__testweb/stats. Truth says what
// a careful human reading each site would conclude, and which URLs are
// recoverable under the night's faults; package evaluate scores a night of
// the pipeline against it.
//
// testweb is test infrastructure: it must not import any pipeline stage, and
// it never talks to anything but its own listener.
package testweb
