/**
 * Draws a batch of social images: `node src/integrations/draw-social-images.ts <jobs.json>`, where the file holds
 * [{ input: { title, kind }, out: "/path/to.png" }]. The build runs it in child processes (see
 * src/integrations/social-images.ts), one per core, so Skia's native memory is returned to the system
 * when each batch ends and the build's own process never loads it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSocialImage, type SocialImageInput } from './social-image.ts';

const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Array<{ input: SocialImageInput; out: string }>;
for (const job of jobs) writeFileSync(job.out, await renderSocialImage(job.input));
