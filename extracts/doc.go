// Package extracts is the extraction stage's I/O shell: it reads each
// fetched page's body from the page store, runs extract.Page on it, stamps
// the program and fetch time on what it found, and caches those facts by
// (URL, content, year, extractor version), so a page that answered 304 or
// came back unchanged is not parsed again.
//
// It reads pages only through the small Pages interface defined here (the
// crawl's page store satisfies it); it never fetches, and it holds no more
// than the pages being extracted at the moment.
package extracts
