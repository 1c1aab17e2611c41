// The classroom pages' language: the choice made earlier on any page
// (i18n.savedLanguage), else the browser's (Hindi for any "hi" tag). The #lang button
// switches and reloads; every page keeps its work in this browser as it
// goes, so the reload loses nothing.
import * as i18n from '/i18n.js';
import './words.js';

// startLanguage sets the page's language, fills its data-i18n elements and
// wires the switch; it returns the language ("en" or "hi").
export function startLanguage() {
  const lang = i18n.initialLanguage(i18n.savedLanguage());
  i18n.setLanguage(lang);
  i18n.apply();
  document.getElementById('lang')?.addEventListener('click', () => {
    i18n.saveLanguage(lang === 'hi' ? 'en' : 'hi');
    dispatchEvent(new Event('pagehide')); // pages keep what is pending
    location.reload();
  });
  return lang;
}

// when formats a timestamp for the page's language.
export const when = (iso, lang) => new Date(iso).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-GB');
