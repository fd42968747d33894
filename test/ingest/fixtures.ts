/** Knowledge folders and documents the ingest tests build for themselves. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Two made-up actors, with aliases to infer them by. */
export const ACTORS_YAML = `actors:
  - id: atlantis
    name: Atlantis
    kind: state
    aliases: [Republic of Atlantis, ATL]
  - id: utopia
    name: Utopia
    kind: state
    aliases: [Utopian Federation]
`;

/** A temporary knowledge folder with actors.yaml and the given files. */
export async function knowledgeFolder(files: Readonly<Record<string, string>> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-bot-ingest-'));
  await writeFile(join(dir, 'actors.yaml'), ACTORS_YAML);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** A second temporary folder for source files (never inside the knowledge folder). */
export async function sourceFolder(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-bot-sources-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** A two-page plain-text strategy (a form feed starts page 2), in English, naming Atlantis. */
export const ATLANTIS_STRATEGY = [
  'Republic of Atlantis National Cybersecurity Strategy',
  '',
  'The Republic of Atlantis will protect its critical information infrastructure against cyber threats. Atlantis commits to a national incident response team by 2025.',
  '',
  'Operators of essential services in Atlantis shall report significant incidents within twenty-four hours.',
  '\f',
  'Atlantis will train ten thousand cybersecurity professionals through its national skills programme. Universities and industry in Atlantis will share the cost of the programme.',
  '',
  'The strategy will be reviewed every three years by the national cyber council of Atlantis.',
  '',
].join('\n');

/** A one-page French text naming Utopia. */
export const UTOPIA_FRENCH = [
  "La Fédération d'Utopie adopte sa stratégie nationale de cybersécurité. Utopia renforcera la protection des infrastructures critiques et la coopération internationale.",
  '',
  "Le gouvernement d'Utopia créera un centre national de réponse aux incidents et formera les agents publics à la sécurité numérique.",
  '',
].join('\n');

/** A hand-written document in the old format (no new fields, no markers). */
export const HAND_WRITTEN = `---
id: utopia-notes
title: Notes on Utopia
actor: utopia
source:
  publisher: Somebody
  title: Notes on Utopia
  url: https://example.org/utopia
  retrieved: 2026-01-01
---

Utopia keeps a small cyber agency. It reports to the prime minister.

Its budget grew in 2024.
`;

/** A research paper about the strategies of both actors: it names each about as often, and is by neither. */
export const COMPARATIVE_PAPER = [
  'Diffusion of Cyber Strategies: A Panel Study',
  '',
  'This paper compares how Atlantis and Utopia adopted national cybersecurity strategies.',
  '',
  'Atlantis adopted its first strategy in 2015, two years after Utopia.',
  '',
  'Utopia revised its strategy in 2020; Atlantis followed in 2022.',
  '',
  'We find that Atlantis learned from Utopia, and that Utopia in turn copied the incident reporting rules of Atlantis.',
  '',
].join('\n');
