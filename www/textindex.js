// TextIndex converts between the two ways of counting a text's characters:
// Unicode code points (the offsets the engine, the saved document and every
// export use) and UTF-16 code units (what JavaScript strings and DOM ranges
// count). The two differ only after a character outside the Basic
// Multilingual Plane (an emoji, say), so a text without one gets the
// identity map and no tables at all.
export class TextIndex {
  constructor(text) {
    this.text = text;
    this.identity = !/[\uD800-\uDFFF]/.test(text);
    if (this.identity) {
      this.length = text.length;
      return;
    }
    const toU16 = [];
    const toCP = new Int32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; cp++) {
      toU16.push(i);
      const code = text.codePointAt(i);
      const width = code > 0xffff ? 2 : 1;
      toCP[i] = cp;
      if (width === 2) toCP[i + 1] = cp + 1; // inside a pair: rounds up
      i += width;
    }
    toU16.push(text.length);
    toCP[text.length] = cp;
    this.toU16 = Int32Array.from(toU16);
    this.toCP = toCP;
    this.length = cp;
  }

  // u16 is the UTF-16 offset of code point offset cp.
  u16(cp) { return this.identity ? cp : this.toU16[cp]; }

  // cp is the code point offset of UTF-16 offset u; an offset inside a
  // surrogate pair moves to the end of the pair.
  cp(u) { return this.identity ? u : this.toCP[u]; }

  // slice is the text between two code point offsets.
  slice(start, end) { return this.text.slice(this.u16(start), this.u16(end)); }
}
