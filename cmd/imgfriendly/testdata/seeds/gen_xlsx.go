//go:build ignore

// gen_xlsx writes links.xlsx, the XLSX input of testdata/script/seeds_import.txtar:
// a sheet "Links" with a title row, then Accreditation ID (numbers: leading
// zeros lost), Program Link, Categorical, Preliminary. Run from this
// directory: go run gen_xlsx.go
package main

import (
	"log"

	"github.com/xuri/excelize/v2"
)

func main() {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Links")
	rows := [][]any{
		{"Program links, checked by hand"},
		{"Accreditation ID", "Program Link", "Categorical", "Preliminary"},
		{804821087, "derm.lakeside.test", "1234080C0", nil},
		{1403621123, "http://im.mercy-springfield.test/", "1234-140-C0", "1234140P0"},
		{4403621124, "https://gme.mercy-springfield.test/surgery", "1234440C0", nil},
		{1203621001, nil, "1234120C0", nil},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Links", cell, &r); err != nil {
			log.Fatal(err)
		}
	}
	if err := f.SaveAs("links.xlsx"); err != nil {
		log.Fatal(err)
	}
}
