import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths, textTable, wrap } from './text-table.js';

describe('wrap', () => {
  it('breaks at word boundaries and keeps explicit line breaks', () => {
    expect(wrap('Dezernat II – Bauen und Umwelt', 12)).toEqual(['Dezernat II', '– Bauen und', 'Umwelt']);
    expect(wrap('Winterdienst\nHinweis: früh', 20)).toEqual(['Winterdienst', 'Hinweis: früh']);
    expect(wrap('', 5)).toEqual(['']);
  });

  it('cuts a word longer than the column', () => {
    expect(wrap('Schriftgutverwaltung', 8)).toEqual(['Schriftg', 'utverwal', 'tung']);
  });

  it('never exceeds the width and loses no word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zäöüß]{1,15}$/), { maxLength: 20 }), fc.integer({ min: 1, max: 30 }), (words, width) => {
        const lines = wrap(words.join(' '), width);
        expect(lines.every((l) => l.length <= width)).toBe(true);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });
});

describe('textTable', () => {
  const columns = [
    { header: 'Zeit', max: 11 },
    { header: 'Standort', max: 10 },
  ];

  it('pads columns, underlines the header and wraps long cells onto further lines', () => {
    expect(
      textTable(columns, [
        ['09:00–11:00', 'Baubetriebshof Erwitte'],
        ['12:00–13:00', 'Archiv'],
      ]).split('\n'),
    ).toEqual([
      'Zeit        | Standort',
      '------------+-----------',
      '09:00–11:00 | Baubetrieb',
      '            | shof',
      '            | Erwitte',
      '12:00–13:00 | Archiv',
    ]);
  });

  it('takes given widths so several tables line up', () => {
    const widths = columnWidths(columns, [['09:00–11:00', 'Außenstelle']]);
    expect(widths).toEqual([11, 10]);
    expect(textTable(columns, [['9–10', 'Bauhof']], widths).split('\n')[2]).toBe('9–10        | Bauhof');
  });
});
