// A Dockerfile read as its stages: each FROM with the instructions under it.
export interface Instruction {
  keyword: string;
  arguments: string;
}

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** The stages in order; continuation lines are joined, comments and parser directives dropped. */
export function dockerfileStages(text: string): Stage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [image = '', as, name] = rest.split(/\s+/);
      stages.push({ image, ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), instructions: [] });
    } else {
      if (stages.length === 0) throw new Error(`${keyword} before the first FROM`);
      stages.at(-1)!.instructions.push({ keyword: keyword.toUpperCase(), arguments: rest.replace(/\s+/g, ' ') });
    }
  }
  return stages;
}

/** The Node.js major version of an official node image reference (`node:26-bookworm-slim` → 26). */
export function nodeImageMajor(image: string): number | undefined {
  const match = /^(?:docker\.io\/(?:library\/)?)?node:(\d+)(?:[.-]|$)/.exec(image);
  return match ? Number(match[1]) : undefined;
}

/** The one major an engines range like `>=26.10.0 <27` admits, or undefined when it admits several or none. */
export function enginesMajor(range: string): number | undefined {
  const lower = /(?:^|\s)>=\s*(\d+)\./.exec(range);
  const upper = /(?:^|\s)<\s*(\d+)(?:\.0\.0)?(?:\s|$)/.exec(range);
  if (!lower || !upper) return undefined;
  return Number(upper[1]) === Number(lower[1]) + 1 ? Number(lower[1]) : undefined;
}
