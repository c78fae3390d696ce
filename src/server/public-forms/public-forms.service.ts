import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import { ValidationError } from '../http/errors.js';
import { createAppSecretRepository } from './app-secret.repository.js';
import { checkFormToken, type FormTokenCheck, MAX_AGE_MS, MIN_AGE_MS, signFormToken } from './form-token.js';

const KEY_NAME = 'form-token-key';

/** Why a submission was refused: the web shows its own text per reason. */
export type PublicFormRejection = Exclude<FormTokenCheck, 'ok'> | 'honeypot';

const messages: Record<PublicFormRejection, string> = {
  malformed: 'formToken: not a form token; fetch one from GET /api/v1/public/form-token when the form opens',
  forged: 'formToken: the form token is not valid; reload the form',
  too_fast: `formToken: the form was sent less than ${MIN_AGE_MS / 1000} seconds after it was opened; wait a moment and send it again`,
  expired: `formToken: the form token is older than ${MAX_AGE_MS / 3_600_000} hours; reload the form`,
  honeypot: 'website: this field must stay empty',
};

export type PublicFormFields = { formToken: string; website?: string | undefined };

/**
 * Spam protection for every public form (complaints, callbacks): a signed form token that
 * must be 3 seconds to 24 hours old, and a honeypot field people never see. The signing
 * key is made by the platform itself on first use and kept in app_secret: no secret in
 * the configuration, none with a default value.
 */
export function createPublicFormsService({ db, now }: { db: Db; now: () => Date }) {
  let key: Promise<string> | undefined;
  const signingKey = () => {
    key ??= createAppSecretRepository(db)
      .getOrCreate(KEY_NAME, randomBytes(32).toString('base64url'))
      .catch((err: unknown) => {
        key = undefined; // a database hiccup on first use must not stick for the process's life
        throw err;
      });
    return key;
  };

  return {
    async issueToken(): Promise<string> {
      return signFormToken(await signingKey(), now(), randomBytes(16));
    },

    /** Throws a 400 naming the field when a submission looks automated; call it before anything else. */
    async verify(fields: PublicFormFields): Promise<void> {
      if (fields.website !== undefined && fields.website !== '') throw rejected('honeypot');
      const result = checkFormToken(await signingKey(), fields.formToken, now());
      if (result !== 'ok') throw rejected(result);
    },
  };
}

function rejected(reason: PublicFormRejection) {
  return new ValidationError(messages[reason], { reason });
}

export type PublicFormsService = ReturnType<typeof createPublicFormsService>;
