// Package evaluate scores the pipeline: a night against the synthetic web's
// ground truth (Night, behind `imgfriendly eval --truth`), and extraction
// against hand-labelled real passages (ReadRecords and Pages, behind
// `imgfriendly eval pages`, with the conventions of
// ../shared/realpages/README.md).
//
// It only scores. It must not import a pipeline stage: the command injects
// the extraction function and the schools classifier, so that the scores
// measure exactly what `imgfriendly inspect` and a night run (tests may
// import the stages). It never copies real passages anywhere: they are read
// from their path.
package evaluate
