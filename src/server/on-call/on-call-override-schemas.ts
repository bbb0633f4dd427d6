import { z } from 'zod';

export const OnCallOverrideSchema = z.object({
  id: z.int(),
  rotation: z.string(),
  person: z.string().describe('Who takes the rotation’s on-call'),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  author: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});
