import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';

// Part 1 lives in de.json / en.json; every later feature brings its own file in de/ and en/
// with its own top-level key (e.g. { "cases": { … } }), merged here into one namespace.
const featureFiles = (files: Record<string, { default: Record<string, unknown> }>) =>
  Object.assign({}, ...Object.values(files).map((f) => f.default));
const deFeatures = featureFiles(import.meta.glob('./de/*.json', { eager: true }));
const enFeatures = featureFiles(import.meta.glob('./en/*.json', { eager: true }));

const STORAGE_KEY = 'siegelwerk.locale';

function initialLanguage(): 'de' | 'en' {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: { ...de, ...deFeatures } }, en: { translation: { ...en, ...enFeatures } } },
  lng: initialLanguage(),
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
});

export default i18n;
