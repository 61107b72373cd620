// Package seedlist builds and keeps the seed list (imgfriendly.ReadSeeds'
// CSV) from the program lists people have: ACGME exports, hand-made
// spreadsheets, lists of URLs, in CSV, TSV or XLSX.
//
// Import maps each file's header by a documented synonym table
// (synonyms.csv: "Program Code", "ACGME Program Code", "Accreditation ID" →
// program_id; "Program Web Address", "Website", "Program Link" → url; …),
// which --map entries override; normalises ids (leading zeros lost by a
// number column, floats such as 804821087.0, dashes, spaces), NRMP codes,
// states and URLs; merges rows of every file on the program id, reporting
// conflicting values side by side; and names every row it skips by file and
// line while the rest goes on.
//
// The package also judges seed URLs from what the crawler fetched (Check)
// and turns an institution's GME page links into proposed program URLs
// (Propose); the fetching itself is the crawl package's.
//
// It does no I/O of its own: files arrive as bytes, results leave as
// values and writers; it never touches the network.
package seedlist
