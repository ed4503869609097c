/**
 * Where the build puts reader-session.ts as its own module (wxt.config.ts bundles it), relative to the
 * extension's root: the content script imports it from there on the first open.
 */
export const READER_FILE = 'content-scripts/reader.js';
