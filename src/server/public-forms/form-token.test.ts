import { describe, expect, it } from 'vitest';
import { checkFormToken, MAX_AGE_MS, MIN_AGE_MS, signFormToken } from './form-token.js';
import { clientKey } from './public-forms.schemas.js';

const key = 'k'.repeat(43);
const issued = new Date('2026-05-04T08:00:00Z');
const later = (ms: number) => new Date(issued.getTime() + ms);
const token = signFormToken(key, issued, Buffer.alloc(16, 7));

describe('form token', () => {
  it('is accepted from 3 seconds to 24 hours after it was issued', () => {
    expect(checkFormToken(key, token, later(MIN_AGE_MS))).toBe('ok');
    expect(checkFormToken(key, token, later(MAX_AGE_MS))).toBe('ok');
    expect(checkFormToken(key, token, later(MIN_AGE_MS - 1))).toBe('too_fast');
    expect(checkFormToken(key, token, later(MAX_AGE_MS + 1))).toBe('expired');
  });

  it('is forged when signed with another key or when any part changed', () => {
    expect(checkFormToken('another key', token, later(10_000))).toBe('forged');
    const [v, at, nonce, sig] = token.split('.') as [string, string, string, string];
    // an older issue time would pass the 3-second check, but the signature covers it
    const backdated = [v, (issued.getTime() - 60_000).toString(36), nonce, sig].join('.');
    expect(checkFormToken(key, backdated, later(0))).toBe('forged');
    expect(checkFormToken(key, [v, at, `${nonce.slice(0, -1)}A`, sig].join('.'), later(10_000))).toBe('forged');
  });

  it('is malformed when it is not one', () => {
    for (const bad of ['', 'abc', 'v2.x.y.z', `${token}.extra`, 'v1.ZZ!.a.b'])
      expect(checkFormToken(key, bad, later(10_000))).toBe('malformed');
  });
});

describe('rate limit key of a client address', () => {
  it('keeps IPv4 addresses and groups IPv6 by their /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
