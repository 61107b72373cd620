package testweb

import (
	"strings"
)

var asciiFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c",
	"Á", "A", "À", "A", "Â", "A", "Ä", "A", "Ã", "A", "É", "E", "È", "E", "Ê", "E", "Í", "I", "Ó", "O",
	"Ö", "O", "Ú", "U", "Ü", "U", "Ñ", "N", "Ç", "C",
)

// foldASCII replaces the accented Latin letters the name banks use by
// their plain letters.
func foldASCII(s string) string { return asciiFold.Replace(s) }

// numberWords spells small numbers, for phrasings like "within five years".
var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
