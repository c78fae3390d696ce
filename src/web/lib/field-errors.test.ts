import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { fieldErrors } from './field-errors';

describe('fieldErrors', () => {
  it('takes the fields from schema validation details', () => {
    const err = new ApiError('Invalid querystring: amount: must be at least 1', 400, 'validation', [
      { path: '/amount', message: 'must be at least 1' },
    ]);
    expect(fieldErrors(err)).toEqual({ amount: 'must be at least 1' });
  });

  it('names the top-level field of a nested path once', () => {
    const err = new ApiError('Invalid body', 400, 'validation', [
      { path: '/closureDays/0/date', message: 'must be a date' },
      { path: '/closureDays/1/reason', message: 'too short' },
    ]);
    expect(fieldErrors(err)).toEqual({ closureDays: 'must be a date' });
  });

  it('reads the field from a service message, one or two fields', () => {
    expect(fieldErrors(new ApiError('region: unknown region "DE-XX"', 400, 'validation'))).toEqual({ region: 'unknown region "DE-XX"' });
    expect(fieldErrors(new ApiError('amount and unit: give both', 400, 'validation', { reason: 'x' }))).toEqual({
      amount: 'give both',
      unit: 'give both',
    });
  });

  it('reads a conflict about one field too (a role another promise holds)', () => {
    expect(fieldErrors(new ApiError('role: another current promise already has the role "callback"', 409, 'conflict'))).toEqual({
      role: 'another current promise already has the role "callback"',
    });
  });

  it('says nothing about other answers', () => {
    expect(fieldErrors(new ApiError('role: not yours', 403, 'forbidden'))).toEqual({});
    expect(fieldErrors(new Error('network'))).toEqual({});
    expect(fieldErrors(new ApiError('Something went wrong', 400, 'validation'))).toEqual({});
  });
});
