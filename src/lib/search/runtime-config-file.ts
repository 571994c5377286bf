/**
 * The name of the search config the built site serves at its root (`/search-config.json`): the
 * build and `chithi start` write it (public-config.ts), the islands fetch it (live-config.ts). Its
 * own module because the islands' side must not load the writer's zod and node:fs.
 */
export const RUNTIME_CONFIG_FILE = 'search-config.json';
