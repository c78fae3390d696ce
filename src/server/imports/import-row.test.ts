import { describe, expect, it } from 'vitest';
import { detectDelimiter, decodeText } from './csv-source.js';
import { mapHeader } from './import-columns.js';
import { checkRow, externalIdOf, parseImportDate } from './import-row.js';

describe('parseImportDate', () => {
  it('reads ISO and German dates, with and without a time, as Europe/Berlin wall-clock time', () => {
    expect(parseImportDate('2026-05-04')).toEqual({ date: '2026-05-04', instant: new Date('2026-05-03T22:00:00Z') });
    expect(parseImportDate('04.05.2026 09:30')).toEqual({ date: '2026-05-04', instant: new Date('2026-05-04T07:30:00Z') });
    expect(parseImportDate('4.5.2026')?.date).toBe('2026-05-04');
    // winter time: UTC+1
    expect(parseImportDate('2026-01-15 08:00:30')?.instant).toEqual(new Date('2026-01-15T07:00:30Z'));
    // an instant with offset keeps its instant; its Berlin date may differ from the written one
    expect(parseImportDate('2026-05-03T23:30:00Z')).toEqual({ date: '2026-05-04', instant: new Date('2026-05-03T23:30:00Z') });
  });

  it('refuses what is no date', () => {
    for (const bad of ['31.02.2026', '2026-13-01', '2026-05-04 24:00', 'gestern', '05/04/2026', ''])
      expect(parseImportDate(bad)).toBeNull();
  });

  it('the last Sunday of October: 02:30 exists twice; the first (summer time) is taken', () => {
    expect(parseImportDate('2026-10-25 02:30')?.instant).toEqual(new Date('2026-10-25T00:30:00Z'));
  });
});

describe('checkRow', () => {
  const now = new Date('2026-05-04T08:00:00Z');

  it('lists every problem of a row in German', () => {
    const result = checkRow(
      { receivedAt: '2026-04-20', fulfilledOn: '2026-04-19', contactEmail: 'kein-at', reference: 'x'.repeat(101) },
      now,
    );
    expect(result).toEqual({
      problems: [
        'Erledigt am 2026-04-19 liegt vor dem Eingang 2026-04-20',
        'E-Mail „kein-at“ ist keine gültige Adresse',
        'Aktenzeichen ist länger als 100 Zeichen',
      ],
    });
    expect(checkRow({}, now)).toEqual({ problems: ['Eingangsdatum fehlt'] });
    expect(checkRow({ receivedAt: '2026-05-04', fulfilledOn: '2026-05-05' }, now)).toEqual({
      problems: ['Erledigt am 2026-05-05 liegt in der Zukunft'],
    });
  });

  it('a row received today before now is fine; the pilot e-mail is compared in lower case', () => {
    const result = checkRow({ receivedAt: '04.05.2026 09:59', promiseKey: 'gewerbe', pilotEmail: 'Lena@Stadt.example' }, now);
    expect(result).toMatchObject({
      row: { receivedOn: '2026-05-04', promiseKey: 'gewerbe', pilotEmail: 'lena@stadt.example', fulfilledOn: null },
    });
  });
});

describe('externalIdOf', () => {
  it('the given id, else the file number, else a hash of the content that ignores surrounding spaces', () => {
    expect(externalIdOf({ externalId: ' A-1 ', reference: 'AZ' })).toBe('A-1');
    expect(externalIdOf({ reference: 'GA-7' })).toBe('az:GA-7');
    const a = externalIdOf({ receivedAt: '2026-04-01', subject: 'Anmeldung' });
    expect(a).toMatch(/^row:[0-9a-f]{64}$/);
    expect(externalIdOf({ receivedAt: ' 2026-04-01', subject: 'Anmeldung ' })).toBe(a);
    expect(externalIdOf({ receivedAt: '2026-04-02', subject: 'Anmeldung' })).not.toBe(a);
  });
});

describe('columns and text', () => {
  it('matches headers case-insensitively and by their other names; names the missing required ones', () => {
    const header = mapHeader(['AZ', 'eingangsdatum', 'EMAIL', 'Bemerkung', ''], { promiseRequired: true });
    expect(header.columns).toEqual([{ key: 'reference' }, { key: 'receivedAt' }, { key: 'contactEmail' }, { extra: 'Bemerkung' }, null]);
    expect(header.missing).toEqual(['Versprechen']);
    expect(mapHeader(['Name'], { promiseRequired: false }).missing).toEqual(['Eingang']);
  });

  it('finds the delimiter outside quotes and decodes Windows-1252 when the bytes are no UTF-8', () => {
    expect(detectDelimiter('"a;b",c,d\n1;2;3')).toBe(',');
    expect(detectDelimiter('Aktenzeichen;Eingang\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(decodeText(Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toBe('Größe');
    expect(decodeText(Buffer.from('\uFEFFGröße', 'utf8'))).toBe('Größe');
  });
});
