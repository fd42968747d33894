/**
 * The command files of the CLI's bundle (dist/cli/, built by
 * src/bin/bundle.mjs): each one's default export, by file name. A bundle
 * cannot import the files of commands/ by path as the registry does: they
 * would load a second copy of every module they import (another UserError
 * class, another engine module). So the bundler replaces this module, in the
 * bundle only, with one that imports each command file statically; here (the
 * sources, dist/src/) there are none, and the registry reads the folder.
 */
export const BUNDLED_COMMANDS: ReadonlyMap<string, unknown> | undefined = undefined;
