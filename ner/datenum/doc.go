// Package datenum recognizes DATE and NUM expressions in Hindi display
// text with deterministic rules over the tokenizer's tokens. It runs beside
// the statistical PER/LOC/ORG model: these expressions follow closed
// patterns (calendar words, digits, units) that rules get right more
// reliably than a model trained on corpora that annotate them
// inconsistently.
//
// # What is a DATE
//
//   - calendar dates in any order the press writes them: "04 नवंबर, 2025",
//     "अप्रैल 13, 2022", "पहली जनवरी", "तीन मार्च", "12/05/2024",
//     "२६ जनवरी १९५०";
//   - a full date line is one span: "04 नवंबर, 2025, 11:14 अपराह्न IST";
//   - ranges are one span: "1 से 3 मार्च", "22-24 अप्रैल", "जून-जुलाई, 2017",
//     "1964 से 1966", "2018-19", "12 से लेकर 20 महीने";
//   - months alone (जनवरी…दिसंबर with the variants दिसम्बर, फ़रवरी/फरवरी,
//     अक्तूबर…; English month names, but "May", "March" and short forms
//     only beside a number; "मार्च" before निकाला, करने… is a protest
//     march, not March);
//   - years with a cue ("सन् 1947", "वर्ष 2020", "वित्त वर्ष 2024-25",
//     "500 ई.पू.", "1990 के दशक") and bare four-digit years 1000–2100 where
//     years sit: before a postposition, conjunction, punctuation or line
//     end, never after ₹ or लगभग, never before a unit ("2000 लोग" and
//     "2000 से अधिक" are numbers);
//   - clock times with what belongs to them: "सुबह 10 बजे", "11:14
//     अपराह्न IST", "साढ़े चार बजे";
//   - weekdays (सोमवार…रविवार, गुरुवार/बृहस्पतिवार, Monday…), parts of the
//     day (सुबह, दोपहर, शाम, रात, पूर्वाह्न, अपराह्न…), and relative days
//     आज, कल, परसों, नरसों. कल means yesterday or tomorrow; both are
//     dates, so it is always a DATE. Neighbours join: "मंगलवार सुबह",
//     "कल रात", "सोमवार की शाम", "इस साल 15 अगस्त" — but a year joins
//     nothing it is not the year of ("आज 2022-25 की योजना" is two spans);
//   - periods relative to now or repeating: "पिछले साल", "इस महीने",
//     "अगले सोमवार", "पिछले तीन दशकों", "बीती रात", "तीसरे दिन", "चौथे
//     गुरुवार", "हर साल", "प्रति माह";
//   - durations, a count of a time unit: "तीन साल", "15 वर्ष", "90 दिनों",
//     "2 घंटे 49 मिनट" (as both shared corpora annotate them: a count of
//     hours or minutes is a time expression 12 times in 16 in IL-NER's
//     training split, NETI, and 25 in 27 in HiNER's, TIMEX; DATE is the
//     product's type for every time expression, clock times included);
//   - centuries: "21वीं सदी", "अठारहवीं शताब्दी".
//
// # What is a NUM
//
//   - written numbers, ASCII or Devanagari, with Indian or Western
//     grouping and decimals: "1,00,000", "१,२३४.५६", and ratios "1:500";
//   - numbers with scale words, one span: "12 लाख 73 हजार", "सात करोड़",
//     "डेढ़ लाख";
//   - money, the currency inside the span: "₹ 5,000 करोड़", "10 लाख
//     रुपये", "रु. 500", "50 डॉलर";
//   - percentages: "10 प्रतिशत", "5%", "तीन फीसदी";
//   - quantities with a unit: "5 किलोमीटर", "200 वर्ग किलोमीटर", "तीन गुना";
//   - measure adjectives: "तीन दिवसीय", "65 वर्षीय" (the -ईय adjective
//     describes the thing; it does not place it in time, so NUM);
//   - ordinals: "5वां", "21वीं", "5th", and the unambiguous ordinal words
//     पहला/पहली, तीसरा…दसवां. पहले ("before") and दूसरा/दूसरी/दूसरे
//     ("other") are left out: in news text they are mostly not ordinals;
//   - approximate counts: "हजारों", "करोड़ों रुपये".
//
// Number words follow a policy that keeps their other readings out:
//
//   - तीन, चार … सौ have no other reading and are always NUM ("तीन
//     प्रमुख पहलू" gives NUM "तीन"; the noun stays outside the span);
//   - दो is also "give", so it is NUM only before the noun it counts: a
//     count noun (लोग, बार, देश…), an oblique plural in -ों, or another
//     word that is not a postposition or conjunction, and not after a
//     form दो completes as a verb ("करने दो", "कर दो", "मुझे दो");
//   - एक is NUM only with a scale, currency, percent, unit or measure
//     adjective ("एक करोड़", "एक प्रतिशत"): before a noun it is mostly the
//     article "a". दोनों/तीनों ("both", "all three") are left out.
//
// Any number word with a time unit is a duration, hence a DATE ("तीन साल").
//
// Numbers glued to letters are parts of names, not quantities:
// "कोविड-19", "G20". A number that opens a line and is followed at once by
// a period or parenthesis numbers a list item and is skipped.
//
// # Precedence
//
// A DATE never overlaps a NUM. The DATE patterns run first over the whole
// text; NUM patterns run only on the tokens left between DATE spans. Date
// patterns already refuse numbers that carry a NUM marker ("2020 करोड़",
// "₹2020", "2000 लोग"), so the order decides only expressions that are
// both, such as durations ("15 वर्ष" is a DATE) and centuries.
//
// An expression never crosses a line break.
//
// # Scores
//
// Every span carries its rule's fixed score, measured against the time and
// number annotations of the shared corpora; see ruleScores.
package datenum
