// The entity types a reader can mark: the five the model predicts, and
// the reader's own (stored with the document as customTypes). A TypeSet
// names each type in the interface's language, gives it its keys and,
// for a custom type, its colour.
//
// Keys: the built-in types take a digit and a letter (1 p, 2 l, 3 o, 4 d,
// 5 n); a custom type takes the one letter or digit its maker chose, which
// may not be one of those. Keys are read from KeyboardEvent.code, so they
// work the same under a Hindi keyboard layout.
import { t, language } from '../i18n.js';

export const BUILT_IN = ['PER', 'LOC', 'ORG', 'DATE', 'NUM'];
const BUILT_IN_KEYS = { PER: ['1', 'p'], LOC: ['2', 'l'], ORG: ['3', 'o'], DATE: ['4', 'd'], NUM: ['5', 'n'] };
const TAKEN_KEYS = new Set(Object.values(BUILT_IN_KEYS).flat());

// PALETTE is what a custom type's colour is chosen from: the Okabe–Ito
// colours the built-in types do not use, then Paul Tol's "muted" set; both
// stay distinguishable under the common colour-vision deficiencies, and a
// custom highlight is also drawn with its own border shape.
export const PALETTE = [
  '#0072b2', '#f0e442', '#332288', '#88ccee', '#44aa99', '#117733',
  '#999933', '#ddcc77', '#cc6677', '#882255', '#aa4499', '#000000',
];
export const MAX_CUSTOM = 12;

// keyOf is the mark key a KeyboardEvent.code stands for ("3", "w"), or null.
export function keyOf(code) {
  let m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (m) return m[1];
  m = /^Key([A-Z])$/.exec(code);
  return m ? m[1].toLowerCase() : null;
}

// typeName is a built-in type's name in the interface's language (a code
// it does not know is shown as it is).
export const typeName = (code) => t('typeNames')[code] || code;

export class TypeSet {
  // custom is the document's customTypes; only, when given, limits the set
  // to those codes (the types an exercise asks for), in the set's order.
  constructor(custom = [], only = null) {
    this.custom = (custom || []).map((c) => ({ ...c }));
    this.all = BUILT_IN.concat(this.custom.map((c) => c.code));
    this.codes = only ? this.all.filter((c) => only.includes(c)) : this.all;
  }

  has(code) { return this.codes.includes(code); }
  isCustom(code) { return this.custom.some((c) => c.code === code); }
  def(code) { return this.custom.find((c) => c.code === code); }

  // name is the type's name in the interface's language.
  name(code) {
    const c = this.def(code);
    if (c) return language() === 'hi' && c.nameHi ? c.nameHi : c.name;
    return typeName(code);
  }

  // keys lists the keys that mark the type, the first one shown on buttons.
  keys(code) {
    const c = this.def(code);
    if (c) return c.key ? [c.key] : [];
    return BUILT_IN_KEYS[code] || [];
  }

  color(code) { return this.def(code)?.color || null; }

  // forKey is the type a KeyboardEvent.code marks, or null; it may be one
  // this set does not allow (the page then says so).
  forKey(code) {
    const key = keyOf(code);
    if (!key) return null;
    return this.all.find((c) => this.keys(c).includes(key)) || null;
  }
}

// checkCustom returns the reason def ({code, name, nameHi?, color, key?})
// cannot join the custom types list, or null. The rules are the ones the
// engine and the API check, so a type made here is accepted everywhere.
export function checkCustom(def, list) {
  if (!/^[A-Z][A-Z0-9_]{1,15}$/.test(def.code || '')) return t('typeBadCode');
  if (BUILT_IN.includes(def.code) || list.some((c) => c.code === def.code)) return t('typeTaken', def.code);
  const chars = [...(def.name || '')].length;
  if (chars < 1 || chars > 40) return t('typeBadName');
  if (def.nameHi && [...def.nameHi].length > 40) return t('typeBadName');
  if (!/^#[0-9a-f]{6}$/.test(def.color || '')) return t('typeBadColor');
  if (def.key) {
    if (!/^[a-z0-9]$/.test(def.key)) return t('typeBadKey');
    if (TAKEN_KEYS.has(def.key) || list.some((c) => c.key === def.key)) return t('typeKeyTaken', def.key);
  }
  if (list.length >= MAX_CUSTOM) return t('typeTooMany', MAX_CUSTOM);
  return null;
}

// codeFor suggests a type code from a name: its ASCII letters and digits
// in capitals ("work of art" → "WORK_OF_ART"), or "TYPE" plus a number.
export function codeFor(name, list) {
  let code = (name || '').toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^[^A-Z]+|_+$/g, '').slice(0, 16);
  if (code.length < 2 || BUILT_IN.includes(code)) code = 'TYPE';
  let out = code;
  for (let n = 2; list.some((c) => c.code === out) || BUILT_IN.includes(out); n++) out = code.slice(0, 14) + n;
  return out;
}
