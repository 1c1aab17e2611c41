package normalize

// visargaWords lists Hindi words that end in a visarga (ः) and are commonly
// typed with an ASCII colon instead. The colon is only repaired after one of
// these words: a colon after any other word is punctuation ("नोट:",
// "आखरी अपडेट:", "स्रोत:") and turning it into a letter would glue it to the
// word and change what the reader sees. Keys are the words without the
// visarga, in NFC.
var visargaWords = map[string]struct{}{}

// maxVisargaWordBytes bounds the backward scan for a word before a colon;
// it is longer than any word in visargaWords.
const maxVisargaWordBytes = 64

func init() {
	for _, w := range []string{
		// Adverbs formed with the -तः suffix.
		"अत", "अंतत", "अन्तत", "मूलत", "सामान्यत", "साधारणत", "वस्तुत",
		"स्वत", "संभवत", "सम्भवत", "विशेषत", "पूर्णत", "मुख्यत", "अधिकांशत",
		"प्रथमत", "स्वभावत", "फलत", "परिणामत", "यथार्थत", "तत्वत", "तत्त्वत",
		"प्रधानत", "सर्वत", "अंशत", "आंशिकत", "नियमत", "स्पष्टत", "सिद्धांतत",
		"सिद्धान्तत", "प्रत्यक्षत", "अप्रत्यक्षत", "तत",
		// Other common word-final visargas.
		"प्राय", "प्रायश", "पुन", "क्रमश", "छ", "नम", "शनै", "प्रात",
	} {
		visargaWords[w] = struct{}{}
	}
}
