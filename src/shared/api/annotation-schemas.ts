import { z } from 'zod';

/** A user's note on a store's timeline ("switched carrier"), drawn on every chart of the store. */
export const annotationSchema = z.object({
  id: z.number().int(),
  storeId: z.number().int(),
  date: z.string(),
  text: z.string(),
  actor: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

const text = z.string().trim().min(1, 'is required').max(500);

export const annotationInputSchemas = {
  list: z
    .object({ storeId: z.number().int().positive(), from: z.iso.date().optional(), to: z.iso.date().optional() })
    .strict(),
  create: z.object({ storeId: z.number().int().positive(), date: z.iso.date(), text }).strict(),
  update: z.object({ id: z.number().int().positive(), date: z.iso.date().optional(), text: text.optional() }).strict(),
};
export type CreateAnnotationInput = z.infer<typeof annotationInputSchemas.create>;
