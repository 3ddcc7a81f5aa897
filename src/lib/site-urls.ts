import { siteUrls } from './urls.ts';

/** URL builders for pages and components, under the base Astro was configured with. */
export const urls = siteUrls(import.meta.env.BASE_URL);
