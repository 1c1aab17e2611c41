// The words of the marking tools and the student page, in English and
// Hindi. The student page starts in Hindi when the browser asks for it (or
// the student chose it before, kept under "tippani.classroom.lang"); the
// teacher's pages use English. Strings that take values are functions;
// q(text) quotes article text.
import { typeName, hindiName } from './types.js';

const q = (s) => `“${s}”`;

export const english = {
  type: typeName,
  notAsked: (type) => `This exercise does not ask for ${typeName(type)} entities.`,
  selectFirst: 'Select some words in the article first.',
  overlaps: (text) => `That overlaps ${q(text)}, which is already marked. Remove it first.`,
  marked: (text, type) => `Marked ${q(text)} as ${typeName(type)}.`,
  accepted: (text, type) => `Accepted the suggestion ${q(text)} as ${typeName(type)}.`,
  retyped: (text, type) => `${q(text)} is now ${typeName(type)}.`,
  removed: (text) => `Removed ${q(text)}.`,
  noteSaved: 'Note saved.',
  noteRemoved: 'Note removed.',
  selectedMark: 'Selected mark',
  changeType: 'Change type to',
  noteLabel: 'Note (why is this an entity?)',
  saveNote: 'Save note',
  removeMark: 'Remove mark',
  hintLabel: (text, type) => `${text} — suggested ${typeName(type)}; press Enter to accept`,
  hintTitle: (type) => `Suggestion: ${typeName(type)} (${hindiName(type)})`,
  markLabel: (text, type, note) => `${text} — ${typeName(type)}${note ? `; note: ${note}` : ''}`,

  // The student page.
  heading: 'exercise',
  loading: 'Loading the exercise…',
  noId: 'This link does not name an exercise. Ask your teacher for the student link.',
  notFound: 'There is no exercise at this link. Check the link with your teacher.',
  loadFailed: (m) => `Could not load the exercise: ${m}`,
  offlineCopy: 'You are offline: this is the copy of the exercise kept on this device. Your marks are kept here; hand in once you are back online.',
  backOnline: 'You are back online: hand in whenever you are ready.',
  find: (types) => 'Find every ' + types.map((t) => `${typeName(t)} (${hindiName(t)})`).join(', ') + '.',
  closedBanner: 'This exercise is closed: the teacher no longer accepts answers.',
  closed: 'This exercise is closed.',
  showHints: "Show the model's suggestions (they can be wrong)",
  help: 'Select words in the article and press a number key or a button. Click a mark (or focus it and press Enter) to change it, add a note or remove it.',
  markAs: 'Mark selection as',
  tools: 'Marking tools',
  handIn: 'Hand in',
  yourName: 'Your name',
  submit: 'Submit',
  resultHeading: 'Your score and the answer key',
  keyHeading: 'The answer key',
  count: (n) => (n === 1 ? 'You have marked 1 entity.' : `You have marked ${n} entities.`),
  submitted: (name, v, when) => `Handed in as ${name}, version ${v}, at ${when}. You may change your marks and hand in again.`,
  handingIn: 'Handing in…',
  handedIn: (v) => `Handed in: version ${v}.`,
  nameFirst: 'Enter your name first.',
  handInFailed: (m) => `Could not hand in: ${m}. Your marks are still here.`,
  keyFailed: (m) => `Handed in, but the key could not be loaded: ${m}`,
  revealedLater: 'The key was revealed after you handed in; hand in again to see your score.',
  yourScore: (v) => `Your score (version ${v})`,
  askingModel: 'Asking the model for suggestions…',
  hintsShown: (n) => `${n} suggestions shown with dashed outlines. Click one to accept it.`,
  noHints: (m) => `No suggestions: ${m}`,
  engineFailed: (m) => `The word-boundary engine did not start (${m}); selections are marked exactly as made.`,
  draftBack: 'Your unsent marks are back. Carry on.',
  begin: 'Select words and press 1–5 to mark them.',
  language: 'हिन्दी',
  languageLabel: 'हिन्दी में दिखाएँ',
  scoreHeads: ['', 'Found right', 'Wrongly marked', 'Missed', 'Precision', 'Recall', 'F1'],
  exactRow: 'Exact (span and type)',
  lenientRow: 'Overlapping (lenient)',
  typeRow: (type) => `${typeName(type)}, exact`,
};

export const hindi = {
  ...english,
  type: hindiName,
  notAsked: (type) => `इस अभ्यास में ${hindiName(type)} चिह्नित नहीं करना है।`,
  selectFirst: 'पहले लेख में कुछ शब्द चुनें।',
  overlaps: (text) => `यह ${q(text)} से टकराता है, जो पहले से चिह्नित है। पहले उसे हटाएँ।`,
  marked: (text, type) => `${q(text)} को ${hindiName(type)} चिह्नित किया।`,
  accepted: (text, type) => `सुझाव ${q(text)} को ${hindiName(type)} के रूप में स्वीकार किया।`,
  retyped: (text, type) => `${q(text)} अब ${hindiName(type)} है।`,
  removed: (text) => `${q(text)} हटाया।`,
  noteSaved: 'टिप्पणी सहेजी।',
  noteRemoved: 'टिप्पणी हटाई।',
  selectedMark: 'चुना हुआ निशान',
  changeType: 'प्रकार बदलें',
  noteLabel: 'टिप्पणी (यह नाम क्यों है?)',
  saveNote: 'टिप्पणी सहेजें',
  removeMark: 'निशान हटाएँ',
  hintLabel: (text, type) => `${text} — सुझाव: ${hindiName(type)}; स्वीकार करने के लिए Enter दबाएँ`,
  hintTitle: (type) => `सुझाव: ${hindiName(type)}`,
  markLabel: (text, type, note) => `${text} — ${hindiName(type)}${note ? `; टिप्पणी: ${note}` : ''}`,

  heading: 'अभ्यास',
  loading: 'अभ्यास खुल रहा है…',
  noId: 'इस कड़ी में कोई अभ्यास नहीं है। अपने शिक्षक से छात्रों वाली कड़ी माँगें।',
  notFound: 'इस कड़ी पर कोई अभ्यास नहीं मिला। अपने शिक्षक से कड़ी जाँचें।',
  loadFailed: (m) => `अभ्यास नहीं खुल सका: ${m}`,
  offlineCopy: 'आप ऑफ़लाइन हैं: यह इस डिवाइस पर रखी अभ्यास की प्रति है। आपके निशान यहीं सुरक्षित हैं; ऑनलाइन होने पर जमा करें।',
  backOnline: 'आप फिर से ऑनलाइन हैं: जब तैयार हों, जमा करें।',
  find: (types) => {
    const names = types.map(hindiName);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} और ${names[names.length - 1]}` : names[0];
    return `हर ${list} को चिह्नित करें।`;
  },
  closedBanner: 'यह अभ्यास बंद है: शिक्षक अब उत्तर नहीं ले रहे।',
  closed: 'यह अभ्यास बंद है।',
  showHints: 'मॉडल के सुझाव दिखाएँ (वे गलत भी हो सकते हैं)',
  help: 'लेख में शब्द चुनें और कोई अंक-कुंजी या बटन दबाएँ। किसी निशान पर क्लिक करें (या उस पर जाकर Enter दबाएँ) ताकि उसे बदल सकें, टिप्पणी लिख सकें या हटा सकें।',
  markAs: 'चुने हुए शब्दों को चिह्नित करें',
  tools: 'चिह्नित करने के औज़ार',
  handIn: 'जमा करें',
  yourName: 'आपका नाम',
  submit: 'जमा करें',
  resultHeading: 'आपके अंक और उत्तर कुंजी',
  keyHeading: 'उत्तर कुंजी',
  count: (n) => `आपने ${n} नाम चिह्नित किए हैं।`,
  submitted: (name, v, when) => `${name} के नाम से संस्करण ${v} जमा हुआ (${when})। आप निशान बदलकर फिर से जमा कर सकते हैं।`,
  handingIn: 'जमा हो रहा है…',
  handedIn: (v) => `जमा हो गया: संस्करण ${v}।`,
  nameFirst: 'पहले अपना नाम लिखें।',
  handInFailed: (m) => `जमा नहीं हो सका: ${m}। आपके निशान यहीं सुरक्षित हैं।`,
  keyFailed: (m) => `जमा हो गया, पर उत्तर कुंजी नहीं खुली: ${m}`,
  revealedLater: 'उत्तर कुंजी आपके जमा करने के बाद खोली गई; अंक देखने के लिए फिर से जमा करें।',
  yourScore: (v) => `आपके अंक (संस्करण ${v})`,
  askingModel: 'मॉडल से सुझाव माँगे जा रहे हैं…',
  hintsShown: (n) => `${n} सुझाव बिंदीदार घेरे में दिखाए गए हैं। स्वीकार करने के लिए किसी पर क्लिक करें।`,
  noHints: (m) => `सुझाव नहीं मिले: ${m}`,
  engineFailed: (m) => `शब्द-सीमा इंजन शुरू नहीं हुआ (${m}); चुना हुआ हिस्सा जैसा है वैसा चिह्नित होगा।`,
  draftBack: 'आपके बिना जमा किए निशान वापस आ गए। काम जारी रखें।',
  begin: 'शब्द चुनें और चिह्नित करने के लिए 1–5 दबाएँ।',
  language: 'English',
  languageLabel: 'Show in English',
  scoreHeads: ['', 'सही मिले', 'गलत चिह्नित', 'छूटे', 'परिशुद्धता (precision)', 'पूर्णता (recall)', 'F1'],
  exactRow: 'ठीक वही शब्द और प्रकार',
  lenientRow: 'आंशिक रूप से मेल (lenient)',
  typeRow: (type) => `${hindiName(type)}, ठीक मेल`,
};

const LANG_KEY = 'tippani.classroom.lang';

// studentLanguage picks the student's language: their earlier choice, else
// Hindi for a browser that asks for any "hi" tag, else English.
export function studentLanguage() {
  let saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch { /* no storage */ }
  if (saved === 'hi' || saved === 'en') return saved;
  return (navigator.language || '').toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

export function keepLanguage(lang) {
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* choice not kept */ }
}

export const wordsFor = (lang) => (lang === 'hi' ? hindi : english);

// applyWords fills every [data-w] element under root with its string
// (data-w-label sets aria-label instead) and sets <html lang>.
export function applyWords(words, lang, root = document) {
  document.documentElement.lang = lang;
  for (const e of root.querySelectorAll('[data-w]')) e.textContent = words[e.dataset.w];
  for (const e of root.querySelectorAll('[data-w-label]')) e.setAttribute('aria-label', words[e.dataset.wLabel]);
}
