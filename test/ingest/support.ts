/** Shared by the extraction tests. */
import { expect } from 'vitest';
import { IngestError } from '../../src/errors.ts';

/** The {@link IngestError} `promise` rejects with (failing the test when it resolves or rejects with anything else). */
export async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
