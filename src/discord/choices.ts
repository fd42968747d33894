/**
 * Autocomplete answers as Discord takes them: the engine ranks suggestions,
 * this front holds them to Discord's bounds on how many there are and how
 * long each name and value is.
 */
import type { AutocompleteSource } from '../commands/options.ts';
import type { Choice, Engine } from '../engine.ts';

/** The most choices an autocomplete answer may carry (Discord's limit). */
export const MAX_CHOICES = 25;

/** Discord's bound on a choice's name and value. */
export const MAX_CHOICE_CHARS = 100;

/** What autocomplete asks of the engine. */
export type Suggester = Pick<Engine, 'suggestActors' | 'suggestTopics' | 'suggestPassages'>;

/** The engine's suggestions for one autocomplete source, at most {@link MAX_CHOICES}, each cut to {@link MAX_CHOICE_CHARS}. */
export function discordChoices(engine: Suggester, source: AutocompleteSource, typed: string): Choice[] {
  return suggestions(engine, source, typed).map((c) => ({ name: clip(c.name, MAX_CHOICE_CHARS), value: clip(c.value, MAX_CHOICE_CHARS) }));
}

function suggestions(engine: Suggester, source: AutocompleteSource, typed: string): Choice[] {
  switch (source) {
    case 'actor':
      return engine.suggestActors(typed, MAX_CHOICES);
    case 'topic':
      return engine.suggestTopics(typed, MAX_CHOICES);
    case 'passage':
      return engine.suggestPassages(typed, MAX_CHOICES);
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
