// The words of the learning panel, in English and Hindi.
import { addStrings } from '../i18n.js';

const q = (s) => `“${s}”`;

addStrings({
  en: {
    learningHeading: 'What Tippani has learned',
    learningNothing: 'Nothing yet. When you add, retype, resize or remove a name, or confirm a suggestion by pressing its type’s key, Tippani learns from that sentence and finds the name in your next articles.',
    learningSummary: (d, n) => `${d} ${d === 1 ? 'decision' : 'decisions'} from ${n} ${n === 1 ? 'document' : 'documents'}.`,
    learningNames: (n) => `Names it now knows (${n})`,
    learningBound: (rows, max) => `It uses ${rows} of at most ${max} learned weights; past that, the weakest are dropped to make room.`,
    learningPrivate: 'Kept in this browser only and never uploaded: a shared link carries your annotations, not what Tippani learned.',
    learningUndo: 'Take back the last lesson',
    learningForget: 'Forget everything',
    learningExport: 'Save what was learned to a file',
    learningImport: 'Load a learned file',
    learningLearned: (n, names) => `Learned from ${n} ${n === 1 ? 'sentence' : 'sentences'}${names ? ': ' + names : ''}.`,
    learningUndone: 'The last lesson is undone.',
    learningNothingToUndo: 'There is no lesson to undo.',
    learningForgotten: 'Tippani has forgotten everything it learned from you; “Take back the last lesson” brings it back.',
    learningExported: (name) => `Saved what was learned as ${q(name)}.`,
    learningImported: (d, n) => `Imported: ${d} decisions from ${n} documents. “Take back the last lesson” puts back what was there before.`,
    learningImportFailed: (m) => `Could not import that file: ${m}`,
    learningSetAside: 'What was learned before was made for another version of the recognizer and cannot be used with this one; it has been set aside.',
    learningFailed: (m) => `Could not learn from that decision: ${m}`,
  },
  hi: {
    learningHeading: 'टिप्पणी ने क्या सीखा',
    learningNothing: 'अभी कुछ नहीं। जब आप कोई नाम जोड़ते, उसका प्रकार बदलते, उसकी सीमा बदलते या उसे हटाते हैं, या किसी सुझाव के प्रकार की कुंजी दबाकर उसकी पुष्टि करते हैं, तो टिप्पणी उस वाक्य से सीखती है और अगले लेखों में वह नाम पहचानती है।',
    learningSummary: (d, n) => `${n} दस्तावेज़ों से ${d} निर्णय।`,
    learningNames: (n) => `अब पहचाने जाने वाले नाम (${n})`,
    learningBound: (rows, max) => `सीखे हुए ${max} भारों में से ${rows} उपयोग में हैं; इससे आगे सबसे कमज़ोर भार हटाकर जगह बनाई जाती है।`,
    learningPrivate: 'यह केवल इसी ब्राउज़र में रहता है और कभी अपलोड नहीं होता: साझा लिंक में आपकी टिप्पणियाँ जाती हैं, टिप्पणी का सीखा हुआ नहीं।',
    learningUndo: 'पिछला पाठ वापस लें',
    learningForget: 'सब भूल जाएँ',
    learningExport: 'सीखा हुआ निर्यात करें',
    learningImport: 'सीखी हुई फ़ाइल आयात करें',
    learningLearned: (n, names) => `${n} वाक्यों से सीखा${names ? ': ' + names : ''}।`,
    learningUndone: 'पिछला पाठ वापस ले लिया गया।',
    learningNothingToUndo: 'वापस लेने के लिए कोई पाठ नहीं है।',
    learningForgotten: 'टिप्पणी ने आपसे सीखा सब कुछ भुला दिया; “पिछला पाठ वापस लें” से वह लौट आता है।',
    learningExported: (name) => `सीखा हुआ ${q(name)} के रूप में सहेजा गया।`,
    learningImported: (d, n) => `आयात हुआ: ${n} दस्तावेज़ों से ${d} निर्णय। “पिछला पाठ वापस लें” पहले वाला लौटा देता है।`,
    learningImportFailed: (m) => `यह फ़ाइल आयात नहीं हो सकी: ${m}`,
    learningSetAside: 'पहले का सीखा हुआ पहचानकर्ता के किसी और संस्करण के लिए था और इसके साथ काम नहीं करता; उसे अलग रख दिया गया है।',
    learningFailed: (m) => `इस निर्णय से सीखा नहीं जा सका: ${m}`,
  },
});
