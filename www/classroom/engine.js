// The classroom pages' use of the Go engine (the main app's engine worker,
// through engine-client.js): tokens for snapping a selection to whole
// words, a check that a mark falls on character boundaries, the other
// occurrences of a marked text, and the model's suggestions.
import { EngineClient } from '/engine-client.js';

export class Engine {
  // onReady and onFailed report the engine's start to the page.
  constructor({ onReady = () => {}, onFailed = () => {} } = {}) {
    this.client = new EngineClient((msg) => {
      if (msg.type === 'ready') onReady();
      if (msg.type === 'failed') onFailed(msg.message);
    });
    this.ready = this.client.ready;
    this.ready.catch(() => {}); // reported through onFailed
    this.tokenCache = new Map();
  }

  // tokens resolves to the display text's tokens, [[start, end, start16, end16], ...].
  tokens(text) {
    if (!this.tokenCache.has(text)) {
      this.tokenCache.set(text, this.client.call('tokens', { text }).then((r) => r.tokens || []));
    }
    return this.tokenCache.get(text);
  }

  // problem resolves to the engine's message if mark cannot be stored on
  // text (it would cut a character, say), or null.
  async problem(text, mark, customTypes = []) {
    const r = await this.client.call('validate', { text, annotations: [{ ...mark, source: 'person' }], customTypes });
    return r.error ? r.error.message : null;
  }

  // occurrences resolves to the spans of every occurrence of [start, end)'s
  // text (same matching key, whole tokens), or null when the engine cannot say.
  async occurrences(text, { start, end }) {
    const r = await this.client.call('occurrences', { text, start, end });
    return r.error ? null : r.spans;
  }

  // annotate resolves to {text (display form), entities, normalization, tokens}
  // or throws with the engine's message.
  async annotate(text) {
    const r = await this.client.call('annotate', { text });
    if (r.error) throw new Error(r.error.message);
    this.tokenCache.set(r.text, Promise.resolve(r.tokens || []));
    return r;
  }
}
