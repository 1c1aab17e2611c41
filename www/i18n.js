// The interface's words in English and Hindi. The page starts in the
// language navigator.language asks for (Hindi for any "hi" tag, else
// English) unless the reader chose one before.
//
// Elements name their string with data-i18n (text), data-i18n-label
// (aria-label) or data-i18n-placeholder; apply() fills them in. Strings
// taking values are functions.
const en = {
  engineDownload: 'Engine download',
  tools: 'Annotation tools',
  tagline: 'Paste a Hindi article; it is annotated in your browser and never leaves it unless you share it.',
  article: 'Article',
  openFile: 'Open a file (.txt or Tippani .json)',
  annotate: 'Annotate',
  share: 'Share',
  shareLink: 'Share link',
  export: 'Export',
  exportFormat: 'Export format',
  fmtTippani: 'Tippani JSON (reopens here)',
  fmtW3C: 'W3C Web Annotation (JSON-LD)',
  fmtCoNLL: 'CoNLL (token and BIO tag)',
  fmtCSV: 'CSV of entities',
  undo: 'Undo',
  redo: 'Redo',
  markAs: 'Mark selection as',
  articleView: 'Annotated article',
  legend: 'Entity types',
  entities: 'Entities',
  normalization: 'Unicode clean-up',
  showChanges: 'Mark the changed places',
  recent: 'Recent documents',
  newDoc: 'New document',
  remove: 'Remove',
  note: 'Note',
  saveNote: 'Save note',
  selectedEntity: 'Selected entity',
  changeType: 'Change type to',
  readOnly: 'Shared article — read only.',
  makeCopy: 'Make a copy',
  language: 'हिन्दी',
  makeExercise: 'Make a class exercise',
  languageLabel: 'हिन्दी में देखें',
  help: 'Select words in the article and press 1–5 (or p, l, o, d, n) to mark them; hold Alt to skip snapping to whole words. Tab to a highlight, then press a type key to change it, Delete to remove it, Enter to write a note. Ctrl+Z undoes, Ctrl+Y redoes. Without a mouse, focus the article and use the arrow keys to select a word at a time (Shift+arrow selects more, Home and End jump).',
  articleKeys: 'Arrow keys select a word at a time; Shift with an arrow selects more; then press 1 to 5 to mark.',
  loadingEngine: 'Loading the engine…',
  downloading: (got, total) => total ? `Downloading the engine: ${got} of ${total} MB` : `Downloading the engine: ${got} MB`,
  startingEngine: 'Starting the engine…',
  engineReady: 'Engine ready. Paste an article and press Annotate.',
  engineFailed: (m) => `The engine could not start: ${m}. Your text is kept; reload to try again.`,
  emptyArticle: 'Paste or type an article first.',
  annotating: 'Annotating…',
  annotated: (n, ms) => `${n} entities found in ${ms} ms.`,
  reannotated: (n) => `Model re-run: ${n} suggestions; your own corrections were kept.`,
  noSelection: 'Select some words in the article first.',
  overlap: (t) => `That overlaps the entity “${t}”; remove or change it first.`,
  added: (t, type) => `Marked “${t}” as ${type}.`,
  retyped: (t, type) => `“${t}” is now ${type}.`,
  removed: (t) => `Removed “${t}”.`,
  noteSaved: 'Note saved.',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  undone: 'Undone.',
  redone: 'Redone.',
  saved: 'Saved in this browser.',
  saveFailed: (m) => `Could not save in this browser (${m}); export your work to keep it.`,
  sharing: 'Sharing…',
  shared: 'Link made and copied.',
  sharedNoCopy: 'Link made; copy it from the box.',
  shareOffline: 'Could not reach the server (offline?). Nothing was lost; try again later.',
  shareBusy: (s) => `The server is busy; try again in ${s} seconds. Nothing was lost.`,
  shareFailed: (m) => `Sharing failed: ${m}. Nothing was lost.`,
  loadingShare: 'Opening the shared article…',
  shareMissing: (m) => `Could not open this shared article: ${m}`,
  copied: 'This copy is yours to edit.',
  exported: (name) => `Downloaded ${name}.`,
  conllWidened: (w, d) => `Note: ${w} entities were widened and ${d} dropped to fit whole tokens.`,
  imported: (t) => `Opened “${t}”.`,
  importFailed: (m) => `Could not open the file: ${m}`,
  textLoaded: 'File loaded into the Article box; press Annotate.',
  opened: (t) => `Opened “${t}”.`,
  noEntities: 'No entities yet.',
  noChanges: 'The text needed no clean-up.',
  changesCount: (n) => `${n} changes:`,
  occurrences: (n) => `${n}×`,
  untitled: 'Untitled article',
  deleteDoc: 'Delete',
  typeNames: { PER: 'person', LOC: 'place', ORG: 'organisation', DATE: 'date', NUM: 'number' },
  tentative: 'tentative',
  rules: {
    nfc: 'Unicode composition (NFC)', bom: 'byte order mark removed', 'word-joiner': 'word joiner removed',
    'soft-hyphen': 'soft hyphen removed', 'zero-width-space': 'zero-width space removed',
    space: 'unusual spaces made plain', newline: 'line breaks unified', control: 'control characters removed',
    joiner: 'stray ZWJ/ZWNJ removed', danda: '| made danda ।', 'double-danda': '|| made double danda ॥',
    visarga: 'colon made visarga ः', invalid: 'broken bytes replaced',
  },
};

const hi = {
  engineDownload: 'इंजन डाउनलोड',
  tools: 'टिप्पणी के औज़ार',
  tagline: 'हिंदी लेख चिपकाइए; टिप्पणी आपके ब्राउज़र में ही होती है और साझा किए बिना कहीं नहीं जाती।',
  article: 'लेख',
  openFile: 'फ़ाइल खोलें (.txt या टिप्पणी .json)',
  annotate: 'टिप्पणी करें',
  share: 'साझा करें',
  shareLink: 'साझा लिंक',
  export: 'निर्यात',
  exportFormat: 'निर्यात का प्रारूप',
  fmtTippani: 'टिप्पणी JSON (यहीं फिर खुलता है)',
  fmtW3C: 'W3C वेब एनोटेशन (JSON-LD)',
  fmtCoNLL: 'CoNLL (टोकन और BIO टैग)',
  fmtCSV: 'इकाइयों की CSV',
  undo: 'पूर्ववत',
  redo: 'फिर से करें',
  markAs: 'चयन को चिह्नित करें',
  articleView: 'चिह्नित लेख',
  legend: 'इकाई के प्रकार',
  entities: 'इकाइयाँ',
  normalization: 'यूनिकोड सफ़ाई',
  showChanges: 'बदले गए स्थान दिखाएँ',
  recent: 'हाल के दस्तावेज़',
  newDoc: 'नया दस्तावेज़',
  remove: 'हटाएँ',
  note: 'टिप्पणी',
  saveNote: 'टिप्पणी सहेजें',
  selectedEntity: 'चुनी गई इकाई',
  changeType: 'प्रकार बदलें',
  readOnly: 'साझा लेख — केवल पढ़ने के लिए।',
  makeCopy: 'प्रति बनाएँ',
  language: 'English',
  makeExercise: 'कक्षा अभ्यास बनाइए',
  languageLabel: 'View in English',
  help: 'लेख में शब्द चुनें और 1–5 (या p, l, o, d, n) दबाएँ; पूरे शब्दों पर न जोड़ने के लिए Alt दबाए रखें। Tab से किसी चिह्न पर जाएँ, फिर प्रकार की कुंजी से बदलें, Delete से हटाएँ, Enter से टिप्पणी लिखें। Ctrl+Z पूर्ववत, Ctrl+Y फिर से। माउस के बिना लेख पर जाकर तीर कुंजियों से एक-एक शब्द चुनें (Shift और तीर से और शब्द, Home और End से शुरू और अंत)।',
  articleKeys: 'तीर कुंजियाँ एक-एक शब्द चुनती हैं; Shift के साथ तीर से और शब्द जुड़ते हैं; फिर चिह्नित करने के लिए 1 से 5 दबाएँ।',
  loadingEngine: 'इंजन लोड हो रहा है…',
  downloading: (got, total) => total ? `इंजन डाउनलोड: ${total} में से ${got} MB` : `इंजन डाउनलोड: ${got} MB`,
  startingEngine: 'इंजन शुरू हो रहा है…',
  engineReady: 'इंजन तैयार है। लेख चिपकाइए और “टिप्पणी करें” दबाइए।',
  engineFailed: (m) => `इंजन शुरू नहीं हो सका: ${m}। आपका पाठ सुरक्षित है; फिर से लोड करें।`,
  emptyArticle: 'पहले कोई लेख चिपकाइए या लिखिए।',
  annotating: 'चिह्नित किया जा रहा है…',
  annotated: (n, ms) => `${ms} ms में ${n} इकाइयाँ मिलीं।`,
  reannotated: (n) => `मॉडल फिर चला: ${n} सुझाव; आपके सुधार बने रहे।`,
  noSelection: 'पहले लेख में कुछ शब्द चुनें।',
  overlap: (t) => `यह “${t}” से टकराता है; पहले उसे हटाएँ या बदलें।`,
  added: (t, type) => `“${t}” को ${type} चिह्नित किया।`,
  retyped: (t, type) => `“${t}” अब ${type} है।`,
  removed: (t) => `“${t}” हटाया।`,
  noteSaved: 'टिप्पणी सहेजी गई।',
  nothingToUndo: 'पूर्ववत करने को कुछ नहीं।',
  nothingToRedo: 'फिर से करने को कुछ नहीं।',
  undone: 'पूर्ववत किया।',
  redone: 'फिर से किया।',
  saved: 'इस ब्राउज़र में सहेजा गया।',
  saveFailed: (m) => `इस ब्राउज़र में सहेजा नहीं जा सका (${m}); काम बचाने के लिए निर्यात करें।`,
  sharing: 'साझा किया जा रहा है…',
  shared: 'लिंक बना और कॉपी हुआ।',
  sharedNoCopy: 'लिंक बना; बॉक्स से कॉपी करें।',
  shareOffline: 'सर्वर तक नहीं पहुँच सके (ऑफ़लाइन?)। कुछ नहीं खोया; बाद में फिर कोशिश करें।',
  shareBusy: (s) => `सर्वर व्यस्त है; ${s} सेकंड बाद फिर कोशिश करें। कुछ नहीं खोया।`,
  shareFailed: (m) => `साझा नहीं हो सका: ${m}। कुछ नहीं खोया।`,
  loadingShare: 'साझा लेख खुल रहा है…',
  shareMissing: (m) => `यह साझा लेख नहीं खुल सका: ${m}`,
  copied: 'यह प्रति आपकी है; इसे बदल सकते हैं।',
  exported: (name) => `${name} डाउनलोड हुई।`,
  conllWidened: (w, d) => `ध्यान दें: ${w} इकाइयाँ पूरे टोकन तक बढ़ाई गईं और ${d} छोड़ी गईं।`,
  imported: (t) => `“${t}” खुला।`,
  importFailed: (m) => `फ़ाइल नहीं खुल सकी: ${m}`,
  textLoaded: 'फ़ाइल “लेख” बॉक्स में आ गई; “टिप्पणी करें” दबाइए।',
  opened: (t) => `“${t}” खुला।`,
  noEntities: 'अभी कोई इकाई नहीं।',
  noChanges: 'पाठ को किसी सफ़ाई की ज़रूरत नहीं थी।',
  changesCount: (n) => `${n} बदलाव:`,
  occurrences: (n) => `${n}×`,
  untitled: 'बिना शीर्षक का लेख',
  deleteDoc: 'मिटाएँ',
  typeNames: { PER: 'व्यक्ति', LOC: 'स्थान', ORG: 'संगठन', DATE: 'तिथि', NUM: 'संख्या' },
  tentative: 'अनिश्चित',
  rules: {
    nfc: 'यूनिकोड संयोजन (NFC)', bom: 'BOM हटाया', 'word-joiner': 'वर्ड जॉइनर हटाया',
    'soft-hyphen': 'सॉफ़्ट हाइफ़न हटाया', 'zero-width-space': 'शून्य-चौड़ाई स्पेस हटाया',
    space: 'असामान्य स्पेस सामान्य किए', newline: 'पंक्ति-विराम एक किए', control: 'नियंत्रण वर्ण हटाए',
    joiner: 'फालतू ZWJ/ZWNJ हटाए', danda: '| को दंड । किया', 'double-danda': '|| को दोहरा दंड ॥ किया',
    visarga: 'कोलन को विसर्ग ः किया', invalid: 'टूटे बाइट बदले',
  },
};

const tables = { en, hi };
let current = 'en';

export function initialLanguage(saved) {
  if (saved === 'en' || saved === 'hi') return saved;
  return (navigator.language || '').toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

export function setLanguage(lang) { current = tables[lang] ? lang : 'en'; }
export function language() { return current; }

// t looks a string up in the current language, calling it with args when
// it takes values.
export function t(key, ...args) {
  const v = tables[current][key] ?? en[key];
  return typeof v === 'function' ? v(...args) : v;
}

export function typeName(type) { return tables[current].typeNames[type] || type; }
export function ruleName(rule) { return tables[current].rules[rule] || rule; }

// apply fills every data-i18n* element under root and sets <html lang>.
export function apply(root = document) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
}
