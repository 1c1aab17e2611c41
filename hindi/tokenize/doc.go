// Package tokenize splits Hindi display text (the output of
// normalize.String) into tokens with byte offsets and kinds, and groups
// tokens into sentences.
//
// Token kinds, with their JSON names:
//
//	word     Devanagari word with its matras, virama, nukta, anusvara,
//	         chandrabindu, visarga and ZWJ/ZWNJ: इज़राइल, आर्‍य
//	latin    Latin word or acronym, digits glued to letters: JWG, MoU, 4G
//	number   ASCII or Devanagari digits with Indian or Western grouping and
//	         a decimal part (1,00,000  १,२३४.५६  3.5), ratios and scores
//	         (1:500, 3:2) and ordinals written with digits (18वीं, 4था)
//	time     clock time: 11:14, ११:१४, 10:30:05
//	punct    punctuation, । ॥ and curly quotes included; a run of one mark
//	         (..., !!) is one token
//	abbrev   abbreviation or initial with its period: डॉ. एस. डॉ॰ कि.मी.
//	         U.S. Dr. J.
//	url      http://, https:// or www. address, without trailing punctuation
//	email    local@domain.tld
//	mention  @name (any script)
//	hashtag  #tag (any script)
//	emoji    emoji with skin tone and presentation selectors, ZWJ sequences
//	         (👨‍👩‍👧), flags (🇮🇳) and keycaps (1️⃣)
//	symbol   any other symbol, e.g. ₹ © and astral symbols such as 𝄞
//	foreign  word in another script: اردو, Ελλάδα, 𝐀
//
// Hyphenated compounds split at the hyphen (भारत-इज़राइल → भारत / - /
// इज़राइल), so each part can be matched on its own. No token splits a
// grapheme cluster: combining marks, joiners, variation selectors and emoji
// modifiers always stay with the character before them. White space is the
// only thing no token covers.
//
// Devanagari abbreviations are recognised from a list (titles such as डॉ.
// and प्रो., short forms such as ई. पू. रु., and the Hindi names of Latin
// letters used as initials, एस. के. जी.); any Devanagari word followed by the
// abbreviation sign ॰ is one too. Latin abbreviations are letter-period runs
// (U.S., e.g.), a capital with a period, and a list of common short forms.
package tokenize
