// Entity types as the classroom pages name them: the code, an English and
// a Hindi name, and the digit key that marks it (the same keys as the main
// annotator, so a reader's habits carry over).
export const TYPES = ['PER', 'LOC', 'ORG', 'DATE', 'NUM'];

const NAMES = {
  PER: ['person', 'व्यक्ति'],
  LOC: ['place', 'स्थान'],
  ORG: ['organisation', 'संगठन'],
  DATE: ['date', 'तिथि'],
  NUM: ['number', 'संख्या'],
};

// typeName is "person", "place", ...
export const typeName = (type) => NAMES[type]?.[0] || type;

// hindiName is "व्यक्ति", "स्थान", ...
export const hindiName = (type) => NAMES[type]?.[1] || type;

// typeKey maps a KeyboardEvent.code to the type its digit marks.
export function typeKey(code) {
  const m = /^(?:Digit|Numpad)([1-5])$/.exec(code);
  return m ? TYPES[Number(m[1]) - 1] : null;
}

// typeButton makes a toolbar button that marks type: "1 person व्यक्ति".
export function typeButton(type, attr = 'mark') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'type-btn';
  b.dataset[attr] = type;
  const kbd = document.createElement('kbd');
  kbd.textContent = String(TYPES.indexOf(type) + 1);
  const hi = document.createElement('span');
  hi.lang = 'hi';
  hi.textContent = hindiName(type);
  b.append(kbd, ` ${typeName(type)} `, hi);
  return b;
}
