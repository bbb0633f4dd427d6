import { z } from 'zod';
import { MAX_SOURCE_BYTES } from '../../model/index.ts';

/** One file of a model as uploaded. */
export const SourceSchema = z.strictObject({
  name: z.string().min(1).max(500).describe('The file name, as errors will cite it'),
  text: z.string().max(MAX_SOURCE_BYTES).describe('The YAML text of the file'),
});

export const UploadSchema = z.strictObject({
  message: z
    .string()
    .max(10_000)
    .default('')
    .describe('Why the model changed, like a commit message'),
  author: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Who made the change (e.g. the commit author); the token name is recorded too'),
  sources: z.array(SourceSchema).min(1).max(5_000),
});

export const ChangeSummarySchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});

export const RevisionInfoSchema = z.object({
  id: z.int(),
  createdAt: z.string(),
  author: z.string(),
  message: z.string(),
  summary: ChangeSummarySchema,
  contentHash: z.string(),
  restoredFrom: z.int().nullable(),
});

export const RevisionSchema = RevisionInfoSchema.extend({
  sources: z.array(SourceSchema),
});

export const RevisionIdParams = z.object({
  id: z.coerce.number().int().positive().describe('A revision number'),
});

/** `?revision=N` on engine endpoints: a given revision instead of the current one. */
export const RevisionQuery = z.object({
  revision: z.coerce.number().int().positive().optional().describe('Default: the latest revision'),
});
