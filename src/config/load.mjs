// Loads and checks the institution configuration for astro.config.mjs (Node runs the .ts files
// directly), and gives it to the pages as the module "~institution".
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { localDay } from '../lib/local-day.ts';
import { readLogo } from './logo.ts';
import { prepareInstitution } from './prepare.ts';
import { validateInstitution } from './validate.ts';

const MANIFEST = new URL('../advisors/link-manifest.json', import.meta.url);

/** The addresses advisors can link to (pages, sections, worksheets), from the link manifest. */
function guideAddresses() {
  const { targets } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return new Set(targets.map((t) => t.href));
}

/** "line 5, column 3" for a position in a text. */
function lineAndColumn(text, position) {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** The JSON in `text`, or an Error that says where it stops being JSON. */
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1]);
    const where = Number.isFinite(position) ? ` near ${lineAndColumn(text, position)}` : '';
    throw new Error(
      `Problem in ${file}:\n- (the whole file): is not valid JSON${where}. Look for a missing comma or quote, or a comma after the last item of a list.`,
    );
  }
}

/**
 * Reads the configuration at `path` (a .json file, or a module whose default export is the same
 * object), validates it and prepares it for the pages, built on `today`. Throws an Error naming
 * each wrong field and saying what is wrong with it.
 * @returns {Promise<{ config: import('./prepare.ts').InstitutionConfig, logoPath?: string, file: string }>}
 */
export async function loadInstitution(path, today = localDay(new Date())) {
  const file = resolve(path);
  if (!existsSync(file)) throw new Error(`The institution configuration ${file} does not exist.`);
  const raw = file.endsWith('.json')
    ? parseJson(readFileSync(file, 'utf8'), file)
    : (await import(/* @vite-ignore */ file)).default;
  const addresses = guideAddresses();
  const data = validateInstitution(raw, file, { isGuideAddress: (href) => addresses.has(href) });
  let logo;
  let logoPath;
  if (data.logo) {
    logoPath = resolve(dirname(file), data.logo);
    if (!existsSync(logoPath))
      throw new Error(
        `Problem in ${file}:\n- logo: the file "${data.logo}" is not in ${dirname(file)}. Put it next to ${basename(file)}, or fix its name.`,
      );
    try {
      const bytes = readFileSync(logoPath);
      logo = { ...readLogo(bytes, logoPath), hash: createHash('sha256').update(bytes).digest('hex').slice(0, 8) };
    } catch (error) {
      throw new Error(`Problem in ${file}:\n- logo: ${error instanceof Error ? error.message : error}.`);
    }
  }
  return { config: prepareInstitution(data, today, logo), logoPath, file };
}

/**
 * The Vite plugin that serves the prepared configuration as the module "~institution", and puts
 * the logo file in the site's _astro/ folder under its content-named address (config.logo.src),
 * where browsers may keep it and the offline copy stores it with the scripts and styles.
 * @param {{ config: import('./prepare.ts').InstitutionConfig, logoPath?: string, file: string }} loaded what loadInstitution returned
 */
export function institutionModules(loaded) {
  const virtualId = '\0~institution';
  const logo =
    loaded.logoPath && loaded.config.logo ? { path: loaded.logoPath, src: loaded.config.logo.src } : undefined;
  return {
    name: 'networking-guide:institution',
    resolveId(id) {
      return id === '~institution' ? virtualId : undefined;
    },
    load(id) {
      if (id !== virtualId) return undefined;
      this.addWatchFile(loaded.file);
      return `export default ${JSON.stringify(loaded.config)};`;
    },
    // The build: the browser's bundle (not the pages' server bundle) gets the logo file.
    generateBundle() {
      if (logo && this.environment?.name === 'client')
        this.emitFile({ type: 'asset', fileName: logo.src.slice(1), source: readFileSync(logo.path) });
    },
    // The development server: the logo at the same address.
    configureServer(server) {
      if (!logo) return;
      server.middlewares.use(logo.src, (_request, response) => {
        response.setHeader('Content-Type', logo.src.endsWith('.png') ? 'image/png' : 'image/svg+xml');
        response.end(readFileSync(logo.path));
      });
    },
  };
}
