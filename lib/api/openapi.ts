import { z } from 'zod';
import { ZApiArticleRequest, ZApiArticleResponse, ZApiError, ZMatchResponse, ZNotificationsResponse, ZSearchResponse } from '@/lib/api/schemas';
import { ZSearchQuerySchema } from '@/lib/validation/search';
import { ZMatchQuerySchema } from '@/lib/validation/matching';
import { TOKEN_LIMIT } from '@/lib/data/api-tokens';

// /api/openapi.json: the workspace API described from the zod schemas the routes use
// (lib/api/schemas.ts), so the document cannot drift from the code.

const json = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
const body = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: json(schema, 'output') } } });
const error = (description: string) => body(ZApiError, description);

/** A query schema's fields as OpenAPI parameters. */
function queryParameters(schema: z.ZodObject) {
  const js = json(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: (js.required ?? []).includes(name), schema: s }));
}

const auth = {
  401: error('No valid session or API token.'),
  403: error('The role of the token’s person does not allow it.'),
  429: error(`More than ${TOKEN_LIMIT.points} requests a minute with this token (Retry-After says when to try again).`),
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Claimdesk workspace API',
      version: '1',
      description:
        'For newsroom integrations. Authenticate with a personal API token (create one at /settings/tokens) as `Authorization: Bearer <token>`, or with the session cookie. A token acts as its person, with their current role.',
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      '/api/articles': {
        post: {
          summary: 'Import an article and find its check-worthy claims',
          requestBody: { required: true, content: { 'application/json': { schema: json(ZApiArticleRequest, 'input') } } },
          responses: {
            201: body(ZApiArticleResponse, 'The article, with the claims the extractor found.'),
            400: error('The input is not valid: fieldErrors says what, per field.'),
            409: error('This text was imported before: `id` is the existing article (send allowDuplicate to import a copy).'),
            413: error('The body is over the size limit.'),
            415: error('The body is not JSON.'),
            ...auth,
          },
        },
      },
      '/api/claims/match': {
        get: {
          summary: 'Checked before? Earlier claims that say what a sentence says, best first',
          parameters: queryParameters(ZMatchQuerySchema),
          responses: {
            200: body(ZMatchResponse, 'The matches; `numbersDiffer` marks a candidate that states another number.'),
            400: error('A parameter is not valid.'),
            ...auth,
          },
        },
      },
      '/api/claims/search': {
        get: {
          summary: 'Search every article’s claims: words (stemmed), "phrases", prefix*, OR, -word; misspellings fall back to similar words',
          parameters: queryParameters(ZSearchQuerySchema),
          responses: {
            200: body(ZSearchResponse, 'A page of results, best first, and the cursor of the next.'),
            400: error('A parameter is not valid.'),
            ...auth,
          },
        },
      },
      '/api/notifications': {
        get: {
          summary: 'The signed-in person’s notifications, newest first',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 30 } },
            { name: 'before', in: 'query', description: 'A notification id: the page after it.', schema: { type: 'string' } },
            { name: 'unreadOnly', in: 'query', schema: { type: 'boolean', default: false } },
          ],
          responses: {
            200: body(ZNotificationsResponse, 'A page of notifications and the unread count.'),
            400: error('A parameter is not valid.'),
            ...auth,
          },
        },
      },
    },
  };
}
