import createClient, { type Middleware } from 'openapi-fetch';
import { endSession, storedToken } from '../session.ts';
import type { ErrorBody, paths } from './openapi.gen.ts';

/** An error the server answered in its one shape, or a network failure (status 0). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details: unknown = null) {
    super(message);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

const auth: Middleware = {
  onRequest: ({ request }) => {
    const token = storedToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse: ({ response }) => {
    // A revoked or expired token: back to the sign-in page, saying why.
    if (response.status === 401 && storedToken()) {
      endSession(
        'The server no longer accepts your token: it was revoked, or the server’s data was reset. Sign in with a valid token.',
      );
    }
    return response;
  },
};

/** The typed API client: paths, parameters and answers are those of the server's OpenAPI. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/** The data of an answer, or an ApiProblem with the server's code and message. */
export async function data<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await call;
  } catch (error) {
    // A body that is not JSON: something between the browser and the server (a proxy's or a
    // load balancer's error page) answered instead of whorunsit.
    if (error instanceof SyntaxError) {
      throw new ApiProblem(
        0,
        'bad-answer',
        'The answer was not whorunsit’s JSON: a proxy in front of the server may have answered instead.',
      );
    }
    throw new ApiProblem(
      0,
      'network',
      'The server did not answer. Check that whorunsit serve is running, then retry.',
    );
  }
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  const body = answer.error as Partial<ErrorBody> | undefined;
  throw new ApiProblem(
    answer.response.status,
    body?.error?.code ?? 'http',
    body?.error?.message ?? `The server answered ${answer.response.status}.`,
    body?.error?.details ?? null,
  );
}
