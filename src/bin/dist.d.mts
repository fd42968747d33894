// Types of dist.mjs, for the TypeScript that imports it (tests).
/** The package root. */
export declare const PACKAGE_ROOT: string;
/** Every input file of the build under `root` with its modification time, by relative path. */
export declare function inputsOf(root?: string): Record<string, number>;
/** Every input folder under `root` with its modification time (-1: missing), by relative path. */
export declare function foldersOf(root?: string): Record<string, number>;
/** What the stamp of a build from the inputs as they are now holds. */
export declare function stampOf(root?: string): { folders: Record<string, number>; inputs: Record<string, number> };
/** Whether dist/ was built from exactly the inputs there are now. */
export declare function distIsFresh(root?: string): boolean;
/** Builds dist/ (incrementally), bundles the CLI and stamps it; resolves to the exit status (0: built). */
export declare function buildDist(root?: string, options?: { stdio?: 'inherit' | 'ignore' | 'pipe' }): number;
/** The TypeScript compiler of the package, or undefined when it is not installed. */
export declare function compilerOf(root?: string): string | undefined;
