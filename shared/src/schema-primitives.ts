import Type from 'typebox';

/** Schemas every other schema file builds on (kept apart so those files do not import each other). */

/** Server-generated ids: url-safe random strings. */
export const EntityId = Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

export const Timestamp = Type.String({ description: 'ISO 8601 date-time in UTC' });
