package tagger

import "tippani/ner/gazetteer"

// Rules applied after Viterbi, in Model.decode, to every sentence: they
// read word cues (below) that the featurizer copies per token while it
// walks the sentence, so that a sentence none of them can touch (no
// bracket, title, list joiner, organisation head, ordinal or word said
// twice in a row) costs one test.

// A labelSource says what labelled a token when the scores alone did
// not.
type labelSource uint8

const (
	byScores labelSource = iota
	byList               // a trusted multi-word place list (forcePlaces)
	byGloss              // an abbreviation glossing the name before it (glosses)
)

// wordCue is a word's bits for the rules, computed once per word.
type wordCue uint16

const (
	cueOpen    wordCue = 1 << iota // "("
	cueClose                       // ")"
	cueTitle                       // a title or office before a person's name
	cueJoiner                      // a list joiner: comma, और, तथा, …
	cueEdge                        // a phrase ends here: postposition, joiner or punctuation
	cueRare                        // not among the words seen twice in training
	cueName                        // may be labelled a name by a rule (see propagatable)
	cueAbbrev                      // Latin capitals or a Devanagari letter-name acronym
	cueLatin                       // a word in Latin letters
	cueOrgHead                     // a word that ends organisations' names (orgHeadWords)
	cuePlace                       // a place on its own in the place lists
	cueOrdinal                     // a regnal ordinal: प्रथम, द्वितीय, …

	// cueDoubled is no word's cue: the featurizer sets it in a sentence's
	// cueAny when a word follows itself (doubledWords).
	cueDoubled
)

// cueOf returns the cues of a word from its cached facts, its matching
// key and the gazetteer lists that hold it as a one-word phrase.
func cueOf(wi *wordInfo, key string, lists gazetteer.Kind) wordCue {
	var c wordCue
	if lists&namedPlaces != 0 {
		c |= cuePlace
	}
	switch wi.key {
	case openParenKey:
		c |= cueOpen
	case closeParenKey:
		c |= cueClose
	}
	if wi.title {
		c |= cueTitle
	}
	if wi.conj {
		c |= cueJoiner
	}
	if wi.postp || wi.conj || wi.shape == shapePunct {
		c |= cueEdge
	}
	if wi.rare {
		c |= cueRare
	}
	if wi.propagate {
		c |= cueName
	}
	if wi.shape == shapeLatinUpper || wi.letters >= 2 {
		c |= cueAbbrev
	}
	if wi.shape == shapeLatinCap || wi.shape == shapeLatinUpper || wi.shape == shapeLatinLower {
		c |= cueLatin
	}
	if orgHeadKeys[key] {
		c |= cueOrgHead
	}
	if ordinalKeys[key] {
		c |= cueOrdinal
	}
	return c
}

// namedPlaces are the lists whose single words are places by name:
// countries and cities, not CLDR's regions, which hold विश्व ("world").
const namedPlaces = gazetteer.Country | gazetteer.IndianState | gazetteer.IndianCity | gazetteer.WorldCity

// The key hashes of the brackets.
var openParenKey, closeParenKey = gazetteer.WordHash("("), gazetteer.WordHash(")")

// applyRules runs the rules over the labels of the sentence the
// featurizer has just seen.
func applyRules(w *work, n int) {
	f := w.f
	if len(f.cues) != n || f.cueAny&(cueOpen|cueClose|cueTitle|cueJoiner|cueOrgHead|cueOrdinal|cueDoubled) == 0 {
		return
	}
	cues, labels := f.cues, w.labels
	if f.cueAny&cueDoubled != 0 {
		doubledWords(cues, f.idx[:n], labels)
	}
	if f.cueAny&(cueOpen|cueClose) != 0 {
		cutAtLoneBrackets(cues, labels)
		glosses(cues, labels, w.forced)
	}
	if f.cueAny&cueJoiner != 0 {
		listMembers(cues, labels)
	}
	if f.cueAny&cueTitle != 0 {
		titledNames(cues, labels)
	}
	if f.cueAny&cueOrgHead != 0 {
		orgHeads(cues, labels)
	}
	if f.cueAny&cueOrdinal != 0 {
		regnalOrdinals(cues, labels)
	}
}

// regnalOrdinals takes into a person's name the ordinal after it, as in
// "एलिज़ाबेथ द्वितीय" or "मस्वाती तृतीय": MultiCoNER II ends persons'
// names on one 72 times, and IL-NER train never leaves one just outside.
func regnalOrdinals(cues []wordCue, labels []int) {
	n := len(labels)
	for i, j, b := NextSpan(labels, 0); i < n; i, j, b = NextSpan(labels, j) {
		if b == labelBPER && j < n && labels[j] == LabelO && cues[j]&cueOrdinal != 0 {
			labels[j] = labelIPER
		}
	}
}

// doubledWords splits a name where a word repeats at once, which in the
// corpora is two names side by side far more often than one ("ओकलैंड
// ओकलैंड एथलेटिक्स", the city and its team): HiNER and MultiCoNER II
// start a new person, place or organisation on the repeated word 24
// times and keep one inside a name twice (initials aside). idx gives each
// token's word (tokens of one word share it).
func doubledWords(cues []wordCue, idx []int32, labels []int) {
	for k := 1; k < len(labels); k++ {
		if idx[k] == idx[k-1] && isInside(labels[k]) && cues[k]&(cueName|cueAbbrev) == cueName {
			labels[k]-- // the B- label of the same type
		}
	}
}

// cutAtLoneBrackets ends an entity before a bracket whose partner is not
// inside it ("समूह (JWG" is cut to "समूह"), and lets no entity open on a
// bracket: IL-NER's spans hold brackets only in pairs.
func cutAtLoneBrackets(cues []wordCue, labels []int) {
	const bracket = cueOpen | cueClose
	for i, j, b := NextSpan(labels, 0); i < len(labels); i, j, b = NextSpan(labels, j) {
		for i < j && cues[i]&bracket != 0 {
			labels[i] = LabelO
			if i++; i < j {
				labels[i] = b
			}
		}
		depth := 0
		for k := i; k < j; k++ {
			switch {
			case cues[k]&cueOpen != 0:
				depth++
			case cues[k]&cueClose != 0:
				depth--
			default:
				continue
			}
			if depth < 0 || (depth > 0 && !closesBy(cues, k, j)) {
				for t := k; t < j; t++ {
					labels[t] = LabelO
				}
				break
			}
		}
	}
}

// closesBy reports whether the bracket opened at token k closes before
// token j.
func closesBy(cues []wordCue, k, j int) bool {
	depth := 0
	for t := k; t < j; t++ {
		switch {
		case cues[t]&cueOpen != 0:
			depth++
		case cues[t]&cueClose != 0:
			depth--
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

// glosses gives an abbreviation in brackets right after a name the
// name's type when the scores left it outside any entity: in "संयुक्त
// कार्य समूह ( JWG )" or "राष्ट्रीय परियोजना ( एनएक्यूयूआईएम )" the
// bracketed word names the same thing. The abbreviation is a Latin
// capital word or a Devanagari letter-name acronym, made an entity of its
// own (IL-NER more often tags it apart than inside the name's span).
func glosses(cues []wordCue, labels []int, forced []labelSource) {
	for i := 2; i+1 < len(labels); i++ {
		if cues[i]&cueAbbrev == 0 || labels[i] != LabelO || labels[i-2] == LabelO || labels[i+1] != LabelO ||
			cues[i-1]&cueOpen == 0 || cues[i+1]&cueClose == 0 {
			continue
		}
		b := labels[i-2]
		if isInside(b) {
			b--
		}
		labels[i] = b
		forced[i] = byGloss
	}
}

// listMembers gives a lone unfamiliar word that stands as a member of a
// list the type of the name beside it in the list: in "नासिक , वर्धा और
// भंडारा" a recognized नासिक and भंडारा make वर्धा a place too. The word
// must be rare in training (not an ordinary word), may be a name (see
// propagatable), and stand alone between the list's joiners or edges
// (one joiner or two: "नंदुरबार , और नासिक"). A word the training holds
// often may join a list of places when the place lists name it
// ("युगांडा , ... , डारफुर और केन्या").
func listMembers(cues []wordCue, labels []int) {
	n := len(labels)
	edge := func(i int) bool { return i < 0 || i >= n || cues[i]&cueEdge != 0 }
	for i := 0; i < n; i++ {
		if labels[i] != LabelO || cues[i]&cueName == 0 || cues[i]&(cueRare|cuePlace) == 0 {
			continue
		}
		// The neighbouring members, across one joiner or two (", और").
		before, after := i-1, i+1
		for k := 0; k < 2 && before >= 0 && cues[before]&cueJoiner != 0; k++ {
			before--
		}
		for k := 0; k < 2 && after < n && cues[after]&cueJoiner != 0; k++ {
			after++
		}
		b := LabelO
		if before < i-1 && before >= 0 && labels[before] != LabelO && edge(i+1) {
			b = labels[before] // the member before ends there
		} else if after > i+1 && after < n && labels[after] != LabelO && !isInside(labels[after]) && edge(i-1) {
			b = labels[after]
		}
		if isInside(b) {
			b--
		}
		if b == LabelO || cues[i]&cueRare == 0 && b != labelBLOC {
			continue
		}
		labels[i] = b
	}
}

// titledNames labels as a person the words the scores left unlabelled
// right after a title or office (सचिव, राजदूत, मेजर जनरल), a one-word
// bracketed aside between them allowed ("मेजर जनरल (रेस) अमीर बरम"): one
// to three words that may be a name, the first or the last of them rare
// in training (अमीर is also an ordinary word, बरम is not; in "कप्तान
// ट्रैविस हेड" the surname is the ordinary हेड, "head"; "सचिव सहित
// राज्यस्तरीय अधिकारियों" starts and ends on ordinary ones), ending where
// the phrase does (a postposition, punctuation or joiner, or the
// sentence's end).
func titledNames(cues []wordCue, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		if cues[i]&cueTitle == 0 || labels[i] != LabelO {
			continue
		}
		j := i + 1
		if j+2 < n && cues[j]&cueOpen != 0 && cues[j+2]&cueClose != 0 {
			j += 3 // a one-word aside: (रेस), (सेवानिवृत्त)
		}
		k := j
		for k < n && k-j < 3 && labels[k] == LabelO && cues[k]&(cueName|cueTitle) == cueName {
			k++
		}
		if k == j || cues[k-1]&cueRare == 0 && cues[j]&cueRare == 0 || (k < n && cues[k]&cueEdge == 0) {
			continue
		}
		labels[j] = labelBPER
		for t := j + 1; t < k; t++ {
			labels[t] = labelIPER
		}
		i = k - 1
	}
}

// orgHeads makes an organisation of a name that ends on an
// organisation's head word. A name wholly in Latin letters ("Delhi
// Police", read as a person by the scores) becomes one whatever its type,
// and takes the head word in when the scores stopped just before it
// ("Reliance" as a name, "Industries" left out): the corpora hold almost
// no Latin-script names, so the model knows little of them. A name with
// a Devanagari word keeps the model's reading unless that is a person
// ("यशराज फिल्म्स"): the corpora's own conventions for places and
// organisations, which the model has learned, stand.
func orgHeads(cues []wordCue, labels []int) {
	n := len(labels)
	for i, j, b := NextSpan(labels, 0); i < n; i, j, b = NextSpan(labels, j) {
		latin := true
		for k := i; k < j; k++ {
			latin = latin && cues[k]&cueLatin != 0
		}
		end := j
		switch {
		case cues[j-1]&cueOrgHead != 0:
			if !latin && b != labelBPER {
				continue
			}
		case latin && j < n && labels[j] == LabelO && cues[j]&(cueOrgHead|cueLatin) == cueOrgHead|cueLatin:
			end = j + 1 // the head word the scores left out
		default:
			continue
		}
		labels[i] = labelBORG
		for k := i + 1; k < end; k++ {
			labels[k] = labelBORG + 1
		}
		j = end
	}
}
