import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    /** Shorter title for the sidebar and the previous/next links. */
    navTitle: z.string().optional(),
    description: z.string(),
    /** Position in the reading order. */
    order: z.number().int(),
  }),
});

export const collections = { docs };
