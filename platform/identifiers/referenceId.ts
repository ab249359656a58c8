// Keys of entities whose id is an opaque slug (`1480-angered`, `nst-angered`):
// a representation with anything else is answered with null before any SQL.

const referenceIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function isReferenceId(value: unknown): value is string {
  return typeof value === 'string' && referenceIdPattern.test(value);
}
