// Package normalize turns Hindi text as readers paste it into the form
// Tippani shows and annotates (the display form), and folds words into the
// form used only for matching (the key).
//
// # Display form
//
// Display (and String, its text-only shortcut) applies Unicode NFC and a
// small set of conservative repairs. Each repair is a Rule with a stable name
// used in reports. Nothing a reader would see as a different word changes;
// the repairs remove what is invisible, unify what looks identical, and put
// back a few characters that keyboards make people type wrongly.
//
//	rule              example (source → display)
//	bom               U+FEFF anywhere → removed
//	word-joiner       U+2060 → removed
//	soft-hyphen       सह U+00AD योग → सहयोग
//	zero-width-space  भारत U+200B इज़राइल → भारतइज़राइल
//	space             तेल U+00A0 अवीव → तेल अवीव (also U+1680, U+2000–U+200A,
//	                  U+202F, U+205F, U+3000)
//	newline           CR LF → LF; lone CR, VT, FF, NEL, U+2028, U+2029 → LF
//	                  (line ends are unified, never glued)
//	control           other C0/C1 controls and DEL → removed (tab and LF stay)
//	joiner            ZWJ/ZWNJ → removed, except where they change what is
//	                  drawn: after a virama (र्‍य keeps its eyelash ra, क्‌ष
//	                  its visible halant), inside emoji sequences (👨‍👩‍👧) and
//	                  after letters of other scripts (Persian and Urdu ZWNJ)
//	danda             गए| → गए।  and  गए | → गए ।
//	double-danda      श्लोक || → श्लोक ॥
//	visarga           अत: → अतः, प्राय: → प्रायः (known visarga words only)
//	nfc               canonical composition, for example
//	                  क़ U+0958 → क + U+093C (U+0958–U+095F are composition
//	                  exclusions, so NFC decomposes them);
//	                  न + U+093C → ऩ U+0929, likewise ऱ U+0931 and ऴ U+0934;
//	                  क + virama + nukta → क + nukta + virama (canonical order);
//	                  a run of more than 30 combining marks gets U+034F
//	                  after the 30th, as x/text's NFC does (Stream-Safe
//	                  Text Format)
//	invalid           (lossy mode only) an invalid UTF-8 byte → U+FFFD
//
// The joiner, danda and visarga rules judge a character by its base and the
// set of combining marks on it, never by the order of those marks, so that
// they decide the same way on the source and on its NFC output.
//
// The danda repair applies only to a pipe right after a Devanagari letter or
// sign (directly or after one space) that is followed by the end of the text,
// white space or a closing quote or bracket, on a line that does not start
// with a pipe. So code (x || y), Latin text, tables (| नाम | शहर |), and
// separators between words (होम|समाचार) keep their pipes.
//
// The visarga repair applies only to a colon that ends one of a list of
// Hindi words that end in a visarga (mostly adverbs in -तः) and is not
// followed by more letters or digits. A colon after any other word is
// punctuation, as in the "आखरी अपडेट:" line of a news page or "नोट:", and a
// colon between digits (10:30, १०:३०) is a clock time; both stay.
//
// The display form is valid UTF-8, in NFC, and stable: Display of a display
// form changes nothing.
//
// # Offset map and report
//
// Result.Edits lists every changed place as a pair of byte spans, display and
// source. Outside the edits the two texts are identical byte for byte, so
// the list is an exact, monotonic map in both directions: SourceStart,
// SourceEnd, DisplayStart and DisplayEnd convert span boundaries, and a
// boundary outside an edit round-trips exactly. A boundary strictly inside a
// replaced span (inside a recomposed cluster) snaps to the span's start or
// end. Result.Report converts the record to code point offsets for JSON,
// the report `tippani normalize -report`, `tippani annotate` and the
// browser engine all give:
//
//	{"changes":3,"rules":[{"rule":"nfc","count":1},{"rule":"bom","count":1},{"rule":"danda","count":1}],
//	 "edits":[{"start":0,"end":0,"source_start":0,"source_end":1,"rules":["bom"]}, ...]}
//
// Text that is already clean costs almost nothing: ASCII, Devanagari runes
// that are NFC on their own and nuktas that follow a consonant they cannot
// compose with are skipped byte-wise; only the few runes around a change go
// through golang.org/x/text, and the map stores only the edits.
//
// # Matching key
//
// Key folds harder, for look-ups and model features only; readers never see
// it:
//
//	nukta removed                    इज़राइल, इ U+095B राइल → इजराइल;
//	                                 ऩ ऱ ऴ → न र ळ
//	chandrabindu → anusvara          हाँ → हां
//	digits unified to ASCII          २०२५ → 2025
//	quotes unified                   “ ” „ ‟ → "   and   ‘ ’ ‚ ‛ → '
//	Latin lower-cased                JWG → jwg
//	nasal + virama before a          हिन्दी → हिंदी, सम्बन्ध → संबंध,
//	consonant of its class → ं       गङ्गा → गंगा
//	ZWJ/ZWNJ removed                 र्‍य → र्य
//
// Key returns its argument unchanged, without allocating, when nothing
// folds; it is idempotent.
//
// # Compared with the common reference normalizer
//
// Most Indian-language pipelines normalize Hindi with the Indic NLP
// Library's normalizer. Tippani's two levels split its rules by what they do
// to the text a reader sees:
//
// Applied in the display form: removing soft hyphens, zero-width spaces,
// BOMs and other invisibles; unifying spaces and line ends; decomposing the
// precomposed nukta letters; the danda for a pipe typed after Hindi; the
// visarga for a colon typed after a visarga word.
//
// Applied only in the key: nukta removal, chandrabindu to anusvara, nasal
// consonant to anusvara, digit unification. These merge spellings a reader
// distinguishes (ज़ and ज are different sounds; हिन्दी and हिंदी are
// different spellings), so they are right for matching and wrong for the
// text that annotations point into.
//
// Left out, because each one damages text:
//
//   - deleting every ZWJ/ZWNJ: after a virama they select half forms and the
//     eyelash ra (र्‍य), so deleting them changes the drawn word; Tippani
//     keeps them there and removes them elsewhere;
//   - turning a colon after any Devanagari character, digits included, into
//     a visarga: that breaks clock times (१०:३० would become १०ः३०) and label
//     colons (अपडेट: would become a word ending in ः);
//   - turning a double pipe into two single dandas: the mark a reader typed
//     is the double danda ॥;
//   - splitting ऩ, ऱ and ऴ into base + nukta: NFC composes them again, so that
//     output is not NFC-stable and every later NFC step moves offsets;
//     Tippani keeps them composed, as NFC requires;
//   - skipping NFC and offsets: without them annotations cannot be mapped
//     back to the pasted text. Tippani's display form is NFC and every
//     change is recorded.
package normalize
