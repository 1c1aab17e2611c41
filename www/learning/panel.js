// The learning panel: what Tippani has learned from the reader (how many
// decisions, from how many documents, the names it now knows), with undo
// of the last lesson, forget everything, and export and import of the
// learned file. Built once; render() refreshes its words and numbers in
// place, so a button keeps the focus it has.
import './strings.js';
import { t } from '../i18n.js';
import { typeName } from '../marking/types.js';
import { download } from '../marking/download.js';

// SHOWN bounds the names listed; the panel says how many there are.
const SHOWN = 200;

export class LearningPanel {
  constructor(host, learner) {
    this.learner = learner;
    const el = (tag, props = {}) => Object.assign(document.createElement(tag), props);
    this.summary = el('p');
    this.names = el('details', { className: 'learned-names' });
    this.namesLabel = el('summary');
    this.namesList = el('ul');
    this.names.append(this.namesLabel, this.namesList);
    this.bound = el('p', { className: 'learning-note' });
    this.undoButton = el('button', { type: 'button', id: 'learning-undo' });
    this.forgetButton = el('button', { type: 'button', id: 'learning-forget' });
    this.exportButton = el('button', { type: 'button', id: 'learning-export' });
    this.importLabel = el('label', { className: 'file' });
    this.importText = el('span');
    this.importInput = el('input', { type: 'file', id: 'learning-import', accept: '.layer,application/octet-stream' });
    this.importLabel.append(this.importText, this.importInput);
    const row = el('div', { className: 'row' });
    row.append(this.undoButton, this.forgetButton, this.exportButton, this.importLabel);
    this.privacy = el('p', { className: 'learning-note' });
    // A live region without the status role: the page's one status line
    // (#status) stays the reader's main report.
    this.status = el('p', { id: 'learning-status' });
    this.status.setAttribute('aria-live', 'polite');
    host.append(this.summary, this.names, this.bound, row, this.privacy, this.status);

    this.undoButton.addEventListener('click', () => learner.undo());
    this.forgetButton.addEventListener('click', () => learner.forget());
    this.exportButton.addEventListener('click', () => {
      const bytes = learner.exportFile();
      this.tell(bytes ? t('learningExported', download('tippani-learned.layer', bytes)) : t('learningNothing'));
    });
    this.importInput.addEventListener('change', async () => {
      const file = this.importInput.files[0];
      this.importInput.value = '';
      if (file) await learner.importFile(file);
    });
  }

  tell(message) { if (message) this.status.textContent = message; }

  render() {
    const cur = this.learner.current;
    const stats = cur?.stats;
    this.summary.textContent = stats ? t('learningSummary', stats.decisions, stats.documents) : t('learningNothing');
    const names = cur?.names || [];
    this.names.hidden = names.length === 0;
    this.namesLabel.textContent = t('learningNames', names.length);
    this.namesList.replaceChildren(...names.slice(0, SHOWN).map((n) => {
      const li = document.createElement('li');
      const word = document.createElement('span');
      word.lang = 'hi';
      word.textContent = n.text;
      li.append(word, ' — ' + typeName(n.type));
      return li;
    }));
    this.bound.hidden = !stats;
    if (stats) this.bound.textContent = t('learningBound', stats.rows, stats.maxRows);
    // The buttons stay enabled (a disabled one would drop the keyboard
    // focus of a reader who just pressed it); one with nothing to do
    // says so.
    this.undoButton.textContent = t('learningUndo');
    this.forgetButton.textContent = t('learningForget');
    this.exportButton.textContent = t('learningExport');
    this.importText.textContent = t('learningImport');
    this.privacy.textContent = t('learningPrivate');
  }
}
