/** The layout both the builder and the parser of the documentation table agree on. */

export type Localized = { de: string; en: string };
export type Locale = 'de' | 'en';
export type TableCriterion = { id: string; topicTitle: Localized; title: Localized; guidingQuestions: Localized[]; evidence: Localized[] };
export type DocumentationEntry = { criterionId: string; explanation: string; links: string[] };

/** Marks our own workbooks; bump FORMAT_VERSION when columns move so old downloads are refused clearly. */
export const FORMAT_ID = 'siegelwerk.documentation-table';
export const FORMAT_VERSION = 1;
export const METADATA_SHEET = '_siegelwerk';

export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** 1-based column numbers; only `explanation` and `links` are meant to be edited. */
export const COLUMN = { topic: 1, criterionId: 2, criterion: 3, guidingQuestions: 4, evidence: 5, explanation: 6, links: 7 } as const;
export const COLUMN_WIDTHS = [22, 9, 40, 50, 40, 70, 45];

export const LIMITS = {
  /** An upload bigger than this is no hand-filled table; the route should cut earlier still. */
  maxFileBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 60 * 1024 * 1024,
  maxZipEntries: 200,
  maxRows: 2_000,
  maxExplanationLength: 10_000,
  maxLinks: 20,
  maxLinkLength: 2_000,
} as const;

export const LABELS = {
  de: {
    sheet: 'Dokumentation',
    title: 'Dokumentationstabelle',
    version: 'Prüfbogen-Version',
    hint: 'Bitte nur die Spalten „Erläuterung der Kommune“ und „Links“ ausfüllen.',
    headers: [
      'Handlungsfeld',
      'Nr.',
      'Kriterium',
      'Leitfragen',
      'Typische Nachweise',
      'Erläuterung der Kommune',
      'Links (einer pro Zeile)',
    ],
    tooLong: 'Die Erläuterung darf höchstens 10.000 Zeichen lang sein.',
  },
  en: {
    sheet: 'Documentation',
    title: 'Documentation table',
    version: 'Catalog version',
    hint: 'Please fill in only the columns “Municipality’s explanation” and “Links”.',
    headers: [
      'Topic field',
      'No.',
      'Criterion',
      'Guiding questions',
      'Typical evidence',
      'Municipality’s explanation',
      'Links (one per line)',
    ],
    tooLong: 'The explanation may be at most 10,000 characters long.',
  },
} as const;
