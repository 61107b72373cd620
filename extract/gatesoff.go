package extract

// gatesOff turns off the cheap necessary conditions some roster readers ask
// before their full tests — readNameOf's mayOpenName, groupedNameResidents'
// run lines asked before its group line, designatedResidents'
// designatedMay, exampleResidents' hints and countBeforeRole — so that a
// test compares a gated run with an ungated run of the same code, not with
// a copy of it. Only tests set it (ungated, rostergates9_test.go); it is
// false in every program.
var gatesOff bool
