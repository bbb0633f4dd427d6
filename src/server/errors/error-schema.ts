import { z } from 'zod';
import { jsonSchema } from '../http/json-schema.ts';
import { ERROR_STATUS, type ErrorCode } from './error-codes.ts';

/** The error shape, as a schema: for the OpenAPI document. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.unknown(),
  }),
});

export const ERROR_BODY = jsonSchema(ErrorBodySchema, 'output');
