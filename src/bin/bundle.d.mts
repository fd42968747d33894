// Types of bundle.mjs, for the TypeScript that imports it (tests).
/** Bundles `dist`/src/cli/bin.js into `dist`/cli/; resolves to false when there is no compiled CLI to bundle. */
export declare function bundleCli(dist?: string): Promise<boolean>;
