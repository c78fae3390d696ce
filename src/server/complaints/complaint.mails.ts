import { germanDate } from '../../domain/calendar/berlin-date.js';

// Mails to complainants, in German: they go to the public, whose language is German.
// Only sent when the complainant gave consent and an address.

type Kind = 'complaint' | 'idea' | 'praise';
const noun: Record<Kind, string> = { complaint: 'Ihre Beschwerde', idea: 'Ihre Anregung', praise: 'Ihr Lob' };

type About = { number: string; type: Kind; administration: string };

export function receiptMail(c: About & { receivedOn: string }) {
  return {
    subject: `${noun[c.type]} ${c.number} ist eingegangen`,
    body: [
      'Guten Tag,',
      '',
      `${noun[c.type]} vom ${germanDate(c.receivedOn)} ist bei der Beschwerdestelle von ${c.administration} eingegangen.`,
      `Ihre Vorgangsnummer: ${c.number}. Bitte geben Sie sie bei Rückfragen an.`,
      'Wir prüfen Ihr Anliegen und melden uns bei Ihnen.',
      '',
      'Mit freundlichen Grüßen',
      `Beschwerdestelle ${c.administration}`,
    ].join('\n'),
  };
}

export function acknowledgementMail(c: About & { message: string }) {
  return {
    subject: `${noun[c.type]} ${c.number}: Eingangsbestätigung`,
    body: [c.message, '', `Vorgangsnummer: ${c.number}`, `Beschwerdestelle ${c.administration}`].join('\n'),
  };
}

export function responseMail(c: About & { response: string }) {
  return {
    subject: `${noun[c.type]} ${c.number}: unsere Antwort`,
    body: [
      'Guten Tag,',
      '',
      c.response,
      '',
      `Vorgangsnummer: ${c.number}`,
      'Mit freundlichen Grüßen',
      `Beschwerdestelle ${c.administration}`,
    ].join('\n'),
  };
}
