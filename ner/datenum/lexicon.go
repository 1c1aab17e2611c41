package datenum

// A flag marks one role a token can play in a date or number expression.
// A word may carry several: वर्ष is a time unit ("तीन वर्ष") and a year
// prefix ("वर्ष 2020"); से is a range connector and a postposition.
type flag uint64

const (
	fMonth         flag = 1 << iota // जनवरी … दिसंबर, January …
	fMonthLatinAmb                  // May, March: a month only next to a number
	fWeekday                        // सोमवार … रविवार, Monday …
	fDaypart                        // सुबह, शाम, रात, दोपहर, पूर्वाह्न, अपराह्न …
	fRelDay                         // आज, कल, परसों, नरसों
	fTimeUnit                       // दिन, सप्ताह, महीने, वर्ष, साल, दशक, सदी, घंटे …
	fDeictic                        // पिछले, अगले, इस, गत, आगामी, बीते …
	fYearPrefix                     // सन्, वर्ष, साल: "सन् 1947"
	fFiscal                         // वित्त, वित्तीय, शैक्षणिक: "वित्त वर्ष 2024-25"
	fEra                            // ई., ईस्वी, ई.पू., AD, BC
	fZone                           // IST, GMT, UTC
	fAmPm                           // am, pm, a.m., p.m.
	fBaje                           // बजे, बजकर: "10 बजे"
	fCentury                        // सदी, शताब्दी, सहस्राब्दी
	fDecade                         // दशक
	fScale                          // सौ, हज़ार, लाख, करोड़, अरब, खरब, million …
	fScalePlural                    // सैकड़ों, हज़ारों, लाखों, करोड़ों, दर्जनों
	fCurrencyPre                    // ₹, $, रु., Rs, INR
	fCurrencyPost                   // रुपये, डॉलर, यूरो, पैसे
	fPercent                        // प्रतिशत, फीसदी, %, percent
	fUnit                           // किलोमीटर, मीटर, टन, लीटर, डिग्री, मेगावाट …
	fUnitPrefix                     // वर्ग, घन: "वर्ग किलोमीटर"
	fTimes                          // गुना: "तीन गुना"
	fNumWord                        // एक, दो, … सौ (value in lexEntry.val)
	fFracPrefix                     // साढ़े, सवा, पौने: modify the next number
	fOrdWord                        // पहला, तीसरा, पांचवां … (unambiguous ordinals)
	fMeasureAdj                     // दिवसीय, वर्षीय, सदस्यीय: "तीन दिवसीय"
	fCountNoun                      // लोग, बार, देश, सदस्य …: nouns counted by a number word
	fRangeConn                      // से, -, –, तक: "1 से 3 मार्च", "2018-19"
	fLekar                          // लेकर: "12 से लेकर 20"
	fGenitive                       // के, की, का: "सोमवार की सुबह", "1990 के दशक"
	fYearFollow                     // postpositions and conjunctions that may follow a bare year
	fQuantityCue                    // लगभग, करीब, कुल, मात्र: a number after these is a quantity
	fVagueCount                     // कुछ, कई: "पिछले कुछ वर्षों"
	fComma                          // ,
	fCloseParen                     // )
	fPunct                          // any other punctuation that may end a bare year
	fYearRangeCue                   // पहले, लेकर, अब, ही: "2020 से पहले" keeps 2020 a year
	fEraHead                        // ईसा: an era only with पूर्व after it
	fEraTail                        // पू., पूर्व: "ई.पू.", "ईसा पूर्व" when the tokenizer splits them
	fOrdSuffix                      // वां, वीं, वें, th: a digit ordinal split off by the tokenizer ("21" "वीं")
	fMarchNoun                      // मार्च: also a protest march ("कैंडल मार्च निकाला")
	fComparative                    // अधिक, ज्यादा, कम: "2000 से अधिक" is a quantity
	fVerbBeforeDo                   // कर, दे, मुझे…: after these दो is "give" ("कर दो", "मुझे दो")
	fMarchVerb                      // निकाला, किया, करने…: after मार्च, the march is walked, not dated
)

// lexEntry is what the lexicon knows about one word form.
type lexEntry struct {
	flags flag
	val   int32 // numeric value: month number, number-word value, ordinal value, scale power
}

// words lists every word form with its roles. Forms are written once in
// their common spelling: lookups fold nukta, chandrabindu (to anusvara),
// ZWJ/ZWNJ and ASCII case, so फ़रवरी/फरवरी, पाँच/पांच and IST/ist each
// need one entry. Spellings that differ otherwise (दिसंबर/दिसम्बर) are listed
// separately.
var words = []struct {
	form  string
	flags flag
	val   int32
}{
	// Months, Hindi spellings and their common variants.
	{"जनवरी", fMonth, 1}, {"फरवरी", fMonth, 2}, {"मार्च", fMonth | fMarchNoun, 3},
	{"अप्रैल", fMonth, 4}, {"अप्रेल", fMonth, 4}, {"अप्रील", fMonth, 4},
	{"मई", fMonth, 5}, {"जून", fMonth, 6}, {"जुलाई", fMonth, 7},
	{"अगस्त", fMonth, 8}, {"सितंबर", fMonth, 9}, {"सितम्बर", fMonth, 9},
	{"अक्टूबर", fMonth, 10}, {"अक्तूबर", fMonth, 10}, {"अक्टूम्बर", fMonth, 10},
	{"नवंबर", fMonth, 11}, {"नवम्बर", fMonth, 11},
	{"दिसंबर", fMonth, 12}, {"दिसम्बर", fMonth, 12},
	// English months. "May" and "March" are also a verb and a noun, so
	// they count only beside a number.
	{"january", fMonth, 1}, {"february", fMonth, 2}, {"march", fMonthLatinAmb, 3},
	{"april", fMonth, 4}, {"may", fMonthLatinAmb, 5}, {"june", fMonth, 6},
	{"july", fMonth, 7}, {"august", fMonth, 8}, {"september", fMonth, 9},
	{"october", fMonth, 10}, {"november", fMonth, 11}, {"december", fMonth, 12},
	{"jan", fMonthLatinAmb, 1}, {"feb", fMonthLatinAmb, 2}, {"apr", fMonthLatinAmb, 4},
	{"aug", fMonthLatinAmb, 8}, {"sep", fMonthLatinAmb, 9}, {"sept", fMonthLatinAmb, 9},
	{"oct", fMonthLatinAmb, 10}, {"nov", fMonthLatinAmb, 11}, {"dec", fMonthLatinAmb, 12},

	// Weekdays.
	{"सोमवार", fWeekday, 1}, {"मंगलवार", fWeekday, 2}, {"बुधवार", fWeekday, 3},
	{"गुरुवार", fWeekday, 4}, {"बृहस्पतिवार", fWeekday, 4}, {"वीरवार", fWeekday, 4},
	{"शुक्रवार", fWeekday, 5}, {"शनिवार", fWeekday, 6}, {"रविवार", fWeekday, 7},
	{"इतवार", fWeekday, 7},
	{"monday", fWeekday, 1}, {"tuesday", fWeekday, 2}, {"wednesday", fWeekday, 3},
	{"thursday", fWeekday, 4}, {"friday", fWeekday, 5}, {"saturday", fWeekday, 6},
	{"sunday", fWeekday, 7},

	// Parts of the day.
	{"सुबह", fDaypart, 0}, {"सवेरे", fDaypart, 0}, {"प्रातः", fDaypart, 0},
	{"दोपहर", fDaypart, 0}, {"शाम", fDaypart, 0}, {"सायं", fDaypart, 0},
	{"रात", fDaypart, 0}, {"रात्रि", fDaypart, 0}, {"मध्यरात्रि", fDaypart, 0},
	{"आधी", fDeictic, 0}, {"तड़के", fDaypart, 0}, {"भोर", fDaypart, 0},
	{"पूर्वाह्न", fDaypart | fAmPm, 0}, {"अपराह्न", fDaypart | fAmPm, 0},

	// Relative days. कल is both yesterday and tomorrow; either way a date.
	{"आज", fRelDay, 0}, {"कल", fRelDay, 0}, {"परसों", fRelDay, 0}, {"नरसों", fRelDay, 0},
	{"आजकल", fRelDay, 0},

	// Time units (durations and deictic periods).
	{"दिन", fTimeUnit, 0}, {"दिनों", fTimeUnit, 0},
	{"सप्ताह", fTimeUnit, 0}, {"सप्ताहों", fTimeUnit, 0},
	{"हफ्ते", fTimeUnit, 0}, {"हफ्ता", fTimeUnit, 0}, {"हफ्तों", fTimeUnit, 0},
	{"महीने", fTimeUnit, 0}, {"महीना", fTimeUnit, 0}, {"महीनों", fTimeUnit, 0},
	{"माह", fTimeUnit, 0}, {"महिने", fTimeUnit, 0},
	{"वर्ष", fTimeUnit | fYearPrefix, 0}, {"वर्षों", fTimeUnit, 0}, {"वर्षो", fTimeUnit, 0},
	{"साल", fTimeUnit | fYearPrefix, 0}, {"सालों", fTimeUnit, 0},
	{"दशक", fTimeUnit | fDecade, 0}, {"दशकों", fTimeUnit, 0},
	{"सदी", fTimeUnit | fCentury, 0}, {"सदियों", fTimeUnit, 0},
	{"शताब्दी", fTimeUnit | fCentury, 0}, {"शताब्दियों", fTimeUnit, 0},
	{"सहस्राब्दी", fTimeUnit | fCentury, 0},
	{"घंटे", fTimeUnit, 0}, {"घंटा", fTimeUnit, 0}, {"घंटों", fTimeUnit, 0},
	{"घण्टे", fTimeUnit, 0},
	{"मिनट", fTimeUnit, 0}, {"मिनटों", fTimeUnit, 0},
	{"सेकंड", fTimeUnit, 0}, {"सेकेंड", fTimeUnit, 0},
	{"तिमाही", fTimeUnit, 0}, {"छमाही", fTimeUnit, 0}, {"पखवाड़े", fTimeUnit, 0},

	// Deictic words that turn a time unit, weekday, month or part of day
	// into a date: "पिछले साल", "अगले सोमवार", "इस महीने", "बीती रात".
	{"पिछले", fDeictic, 0}, {"पिछली", fDeictic, 0}, {"पिछला", fDeictic, 0},
	{"अगले", fDeictic, 0}, {"अगली", fDeictic, 0}, {"अगला", fDeictic, 0},
	{"इस", fDeictic, 0}, {"इसी", fDeictic, 0}, {"उस", fDeictic, 0}, {"उसी", fDeictic, 0},
	{"गत", fDeictic, 0}, {"आगामी", fDeictic, 0}, {"बीते", fDeictic, 0},
	{"बीती", fDeictic, 0}, {"बीता", fDeictic, 0}, {"चालू", fDeictic, 0},
	{"वर्तमान", fDeictic, 0},
	// Frequencies ("हर साल", "प्रति माह") are dates that repeat.
	{"हर", fDeictic, 0}, {"प्रति", fDeictic, 0}, {"प्रत्येक", fDeictic, 0},

	{"सन्", fYearPrefix, 0}, {"सन", fYearPrefix, 0}, {"ईस्वी", fEra | fYearPrefix, 0},
	{"वित्त", fFiscal, 0}, {"वित्तीय", fFiscal, 0}, {"शैक्षणिक", fFiscal, 0},
	{"ई.", fEra, 0}, {"ई", fEra, 0}, {"ई.पू.", fEra, 0}, {"ई॰", fEra, 0}, {"ई॰पू॰", fEra, 0}, {"पू॰", fEraTail, 0}, {"ईसवी", fEra, 0},
	{"ईसापूर्व", fEra, 0}, {"ईसा", fEraHead, 0}, {"पूर्व", fEraTail, 0}, {"पू.", fEraTail, 0}, {"ad", fEra, 0}, {"bc", fEra, 0}, {"bce", fEra, 0},
	{"ce", fEra, 0}, {"a.d.", fEra, 0}, {"b.c.", fEra, 0},

	{"ist", fZone, 0}, {"gmt", fZone, 0}, {"utc", fZone, 0}, {"est", fZone, 0},
	{"pst", fZone, 0}, {"bst", fZone, 0}, {"cet", fZone, 0},
	{"am", fAmPm, 0}, {"pm", fAmPm, 0}, {"a.m.", fAmPm, 0}, {"p.m.", fAmPm, 0},
	{"a.m", fAmPm, 0}, {"p.m", fAmPm, 0},
	{"बजे", fBaje, 0}, {"बजकर", fBaje, 0},

	// Scale words; val is the power of ten.
	{"सौ", fScale | fNumWord, 2}, {"हजार", fScale, 3}, {"लाख", fScale, 5},
	{"करोड़", fScale, 7}, {"करोड", fScale, 7}, {"अरब", fScale, 9}, {"खरब", fScale, 11},
	{"मिलियन", fScale, 6}, {"बिलियन", fScale, 9}, {"ट्रिलियन", fScale, 12},
	{"million", fScale, 6}, {"billion", fScale, 9}, {"trillion", fScale, 12},
	{"crore", fScale, 7}, {"lakh", fScale, 5}, {"thousand", fScale, 3},
	{"सैकड़ों", fScalePlural, 0}, {"हजारों", fScalePlural, 0}, {"लाखों", fScalePlural, 0},
	{"करोड़ों", fScalePlural, 0}, {"करोडों", fScalePlural, 0}, {"अरबों", fScalePlural, 0},
	{"दर्जनों", fScalePlural, 0},

	// Currency and percent.
	{"₹", fCurrencyPre, 0}, {"$", fCurrencyPre, 0}, {"€", fCurrencyPre, 0},
	{"£", fCurrencyPre, 0}, {"रु.", fCurrencyPre, 0}, {"रू.", fCurrencyPre, 0},
	{"रु", fCurrencyPre, 0}, {"rs", fCurrencyPre, 0}, {"rs.", fCurrencyPre, 0},
	{"inr", fCurrencyPre | fCurrencyPost, 0}, {"usd", fCurrencyPre | fCurrencyPost, 0},
	{"रुपये", fCurrencyPost, 0}, {"रुपए", fCurrencyPost, 0}, {"रुपया", fCurrencyPost, 0},
	{"रुपयों", fCurrencyPost, 0}, {"रूपये", fCurrencyPost, 0}, {"रूपए", fCurrencyPost, 0},
	{"पैसे", fCurrencyPost, 0}, {"डॉलर", fCurrencyPost, 0}, {"डालर", fCurrencyPost, 0},
	{"यूरो", fCurrencyPost, 0}, {"पाउंड", fCurrencyPost, 0}, {"येन", fCurrencyPost, 0},
	{"दिरहम", fCurrencyPost, 0}, {"रूबल", fCurrencyPost, 0}, {"dollar", fCurrencyPost, 0},
	{"dollars", fCurrencyPost, 0}, {"rupees", fCurrencyPost, 0},
	{"प्रतिशत", fPercent, 0}, {"फीसदी", fPercent, 0}, {"फीसद", fPercent, 0},
	{"परसेंट", fPercent, 0}, {"%", fPercent, 0}, {"percent", fPercent, 0},

	// Units of measure.
	{"किलोमीटर", fUnit, 0}, {"किमी", fUnit, 0}, {"कि.मी.", fUnit, 0}, {"मीटर", fUnit, 0},
	{"सेंटीमीटर", fUnit, 0}, {"मिलीमीटर", fUnit, 0}, {"मिमी", fUnit, 0},
	{"किलोग्राम", fUnit, 0}, {"किलो", fUnit, 0}, {"ग्राम", fUnit, 0}, {"मिलीग्राम", fUnit, 0},
	{"टन", fUnit, 0}, {"क्विंटल", fUnit, 0}, {"लीटर", fUnit, 0}, {"मिलीलीटर", fUnit, 0},
	{"डिग्री", fUnit, 0}, {"हेक्टेयर", fUnit, 0}, {"एकड़", fUnit, 0}, {"बीघा", fUnit, 0},
	{"फुट", fUnit, 0}, {"फीट", fUnit, 0}, {"इंच", fUnit, 0}, {"मील", fUnit, 0},
	{"वाट", fUnit, 0}, {"किलोवाट", fUnit, 0}, {"मेगावाट", fUnit, 0}, {"गीगावाट", fUnit, 0},
	{"वोल्ट", fUnit, 0}, {"किलोबाइट", fUnit, 0}, {"मेगाबाइट", fUnit, 0}, {"जीबी", fUnit, 0},
	{"km", fUnit, 0}, {"kg", fUnit, 0}, {"mw", fUnit, 0}, {"gb", fUnit, 0}, {"mb", fUnit, 0},
	{"वर्ग", fUnitPrefix, 0}, {"घन", fUnitPrefix, 0},
	{"गुना", fTimes, 0}, {"गुणा", fTimes, 0},

	// Number words. Values matter only for day/month checks; 0 never
	// starts a quantity so शून्य is left out.
	{"एक", fNumWord, 1}, {"दो", fNumWord, 2}, {"तीन", fNumWord, 3}, {"चार", fNumWord, 4},
	{"पांच", fNumWord, 5}, {"छह", fNumWord, 6}, {"छः", fNumWord, 6}, {"छै", fNumWord, 6},
	{"सात", fNumWord, 7}, {"आठ", fNumWord, 8}, {"नौ", fNumWord, 9}, {"दस", fNumWord, 10},
	{"ग्यारह", fNumWord, 11}, {"बारह", fNumWord, 12}, {"तेरह", fNumWord, 13},
	{"चौदह", fNumWord, 14}, {"पंद्रह", fNumWord, 15}, {"पन्द्रह", fNumWord, 15},
	{"सोलह", fNumWord, 16}, {"सत्रह", fNumWord, 17}, {"अठारह", fNumWord, 18},
	{"उन्नीस", fNumWord, 19}, {"बीस", fNumWord, 20}, {"इक्कीस", fNumWord, 21},
	{"बाईस", fNumWord, 22}, {"पच्चीस", fNumWord, 25}, {"तीस", fNumWord, 30},
	{"चालीस", fNumWord, 40}, {"पचास", fNumWord, 50}, {"साठ", fNumWord, 60},
	{"सत्तर", fNumWord, 70}, {"अस्सी", fNumWord, 80}, {"नब्बे", fNumWord, 90},
	{"डेढ़", fNumWord, 1}, {"ढाई", fNumWord, 2}, {"दर्जन", fNumWord | fScale, 12},
	{"साढ़े", fFracPrefix, 0}, {"सवा", fFracPrefix, 0}, {"पौने", fFracPrefix, 0},

	// Ordinal words. पहले ("before"), दूसरा/दूसरी/दूसरे ("other") are left
	// out: in news text they are mostly not ordinals.
	{"पहला", fOrdWord, 1}, {"पहली", fOrdWord, 1},
	{"तीसरा", fOrdWord, 3}, {"तीसरी", fOrdWord, 3}, {"तीसरे", fOrdWord, 3},
	{"चौथा", fOrdWord, 4}, {"चौथी", fOrdWord, 4}, {"चौथे", fOrdWord, 4},
	{"पांचवां", fOrdWord, 5}, {"पांचवीं", fOrdWord, 5}, {"पांचवें", fOrdWord, 5},
	{"छठा", fOrdWord, 6}, {"छठी", fOrdWord, 6}, {"छठे", fOrdWord, 6},
	{"सातवां", fOrdWord, 7}, {"सातवीं", fOrdWord, 7}, {"सातवें", fOrdWord, 7},
	{"आठवां", fOrdWord, 8}, {"आठवीं", fOrdWord, 8}, {"आठवें", fOrdWord, 8},
	{"नौवां", fOrdWord, 9}, {"नौवीं", fOrdWord, 9}, {"नौवें", fOrdWord, 9},
	{"दसवां", fOrdWord, 10}, {"दसवीं", fOrdWord, 10}, {"दसवें", fOrdWord, 10},
	{"सत्रहवीं", fOrdWord, 17}, {"अठारहवीं", fOrdWord, 18}, {"उन्नीसवीं", fOrdWord, 19},
	{"बीसवीं", fOrdWord, 20}, {"इक्कीसवीं", fOrdWord, 21},

	{"वां", fOrdSuffix, 0}, {"वीं", fOrdSuffix, 0}, {"वें", fOrdSuffix, 0}, {"वी", fOrdSuffix, 0},
	{"वे", fOrdSuffix, 0}, {"वा", fOrdSuffix, 0}, {"th", fOrdSuffix, 0}, {"st", fOrdSuffix, 0},
	{"nd", fOrdSuffix, 0}, {"rd", fOrdSuffix, 0},

	// Measure adjectives: "तीन दिवसीय यात्रा", "65 वर्षीय व्यक्ति".
	{"दिवसीय", fMeasureAdj, 0}, {"वर्षीय", fMeasureAdj, 0}, {"सदस्यीय", fMeasureAdj, 0},
	{"सूत्रीय", fMeasureAdj, 0}, {"मंजिला", fMeasureAdj, 0}, {"मंजिली", fMeasureAdj, 0},
	{"साला", fMeasureAdj, 0}, {"दलीय", fMeasureAdj, 0},

	// Nouns that number words count. A number word before one of these,
	// or before any oblique plural ending in -ों, quantifies it.
	{"लोग", fCountNoun, 0}, {"व्यक्ति", fCountNoun, 0}, {"बार", fCountNoun, 0},
	{"देश", fCountNoun, 0}, {"राज्य", fCountNoun, 0}, {"जिले", fCountNoun, 0},
	{"सदस्य", fCountNoun, 0}, {"मैच", fCountNoun, 0}, {"रन", fCountNoun, 0},
	{"विकेट", fCountNoun, 0}, {"गोल", fCountNoun, 0}, {"सीट", fCountNoun, 0},
	{"सीटें", fCountNoun, 0}, {"चरण", fCountNoun, 0}, {"बच्चे", fCountNoun, 0},
	{"छात्र", fCountNoun, 0}, {"मौतें", fCountNoun, 0}, {"लोगों", fCountNoun, 0},
	{"प्रकार", fCountNoun, 0}, {"भाग", fCountNoun, 0}, {"हिस्से", fCountNoun, 0},
	{"पद", fCountNoun, 0}, {"मामले", fCountNoun, 0}, {"गांव", fCountNoun, 0},
	{"शहर", fCountNoun, 0}, {"जवान", fCountNoun, 0}, {"आतंकी", fCountNoun, 0},
	{"उम्मीदवार", fCountNoun, 0}, {"खिलाड़ी", fCountNoun, 0}, {"टीमें", fCountNoun, 0},
	{"किताबें", fCountNoun, 0}, {"पुस्तकें", fCountNoun, 0}, {"सौदे", fCountNoun, 0},
	{"समझौते", fCountNoun, 0}, {"प्रतिशत", fPercent, 0},

	{"से", fRangeConn | fYearFollow, 0}, {"तक", fYearFollow, 0}, {"-", fRangeConn, 0},
	{"–", fRangeConn, 0}, {"—", fRangeConn, 0}, {"लेकर", fLekar | fYearRangeCue, 0},
	{"के", fGenitive | fYearFollow, 0}, {"की", fGenitive | fYearFollow, 0},
	{"का", fGenitive | fYearFollow, 0},
	{"में", fYearFollow, 0}, {"को", fYearFollow, 0}, {"ने", fYearFollow, 0},
	{"और", fYearFollow, 0}, {"तथा", fYearFollow, 0}, {"एवं", fYearFollow, 0},
	{"व", fYearFollow, 0}, {"या", fYearFollow, 0},

	{"निकाला", fMarchVerb, 0}, {"निकाली", fMarchVerb, 0}, {"निकाले", fMarchVerb, 0},
	{"निकालेंगे", fMarchVerb, 0}, {"निकालने", fMarchVerb, 0}, {"निकालकर", fMarchVerb, 0},
	{"निकलेगा", fMarchVerb, 0}, {"निकाल", fMarchVerb, 0}, {"करने", fMarchVerb, 0},
	{"किया", fMarchVerb, 0}, {"करेंगे", fMarchVerb, 0}, {"करते", fMarchVerb, 0},
	{"करती", fMarchVerb, 0}, {"करके", fMarchVerb, 0}, {"करेगी", fMarchVerb, 0},

	{"कर", fVerbBeforeDo, 0}, {"दे", fVerbBeforeDo, 0}, {"ले", fVerbBeforeDo, 0},
	{"रख", fVerbBeforeDo, 0}, {"बता", fVerbBeforeDo, 0}, {"छोड़", fVerbBeforeDo, 0},
	{"मुझे", fVerbBeforeDo, 0}, {"हमें", fVerbBeforeDo, 0}, {"उसे", fVerbBeforeDo, 0},

	{"लगभग", fQuantityCue, 0}, {"करीब", fQuantityCue, 0}, {"तकरीबन", fQuantityCue, 0},
	{"कुल", fQuantityCue, 0}, {"अधिकतम", fQuantityCue, 0}, {"न्यूनतम", fQuantityCue, 0},
	// After "से", these make the number before a quantity: "2000 से अधिक".
	{"अधिक", fComparative, 0}, {"ज्यादा", fComparative, 0}, {"कम", fComparative, 0},
	{"ऊपर", fComparative, 0}, {"बढ़कर", fComparative, 0}, {"घटकर", fComparative, 0},
	{"पार", fComparative, 0}, {"नीचे", fComparative, 0},
	{"पहले", fYearRangeCue, 0}, {"अब", fYearRangeCue, 0}, {"ही", fYearRangeCue, 0},
	{"बाद", fYearRangeCue, 0},
	{"कुछ", fVagueCount, 0}, {"कई", fVagueCount, 0},

	{",", fComma, 0}, {")", fCloseParen, 0},
	{".", fPunct, 0}, {"।", fPunct, 0}, {"॥", fPunct, 0}, {"?", fPunct, 0},
	{"!", fPunct, 0}, {";", fPunct, 0}, {":", fPunct, 0}, {"\"", fPunct, 0},
	{"'", fPunct, 0}, {"“", fPunct, 0}, {"”", fPunct, 0}, {"‘", fPunct, 0},
	{"’", fPunct, 0}, {"]", fPunct, 0}, {"[", fPunct, 0}, {"/", fPunct, 0},
}
