// Types of scripts/chromium.mjs for the TypeScript that imports it.
export const CHROMIUM_ARGS: string[];
