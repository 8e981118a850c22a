import type { FastifyInstance } from 'fastify';
import { normaliseInput } from '@tavla/shared';

/**
 * Normalises every string of every request body and query at the edge, before validation,
 * as the route's schema says (one line by default; multi-line or raw where the schema marks
 * it). Routes cannot forget it, and a field that is blank once cleaned fails its schema's
 * minLength with a 400 naming the field.
 */
export function installInputNormalisation(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const schema = request.routeOptions.schema;
    if (request.body !== undefined && request.body !== null) {
      request.body = normaliseInput(schema?.body, request.body);
    }
    if (request.query !== undefined && request.query !== null) {
      request.query = normaliseInput(schema?.querystring, request.query);
    }
  });
}
