/**
 * Prints the import graph by room (folder), from the top floor down: `npm run layout`. The rules it is held to
 * are in tests/support/layout-rules.ts and tests/unit/boundaries.test.ts.
 */
import { importsOf, roomOf, sourceFiles } from '../tests/support/import-graph';
import { ROOM_RULES } from '../tests/support/layout-rules';

const files = sourceFiles();
const arrows = new Map<string, Map<string, { value: number; type: number }>>();
for (const edge of files.flatMap((file) => importsOf(file))) {
  const from = roomOf(edge.from);
  const to = edge.external ? `package ${edge.to}` : roomOf(edge.to);
  if (from === to) continue;
  const targets = arrows.get(from) ?? new Map<string, { value: number; type: number }>();
  const count = targets.get(to) ?? { value: 0, type: 0 };
  count[edge.typeOnly ? 'type' : 'value'] += 1;
  targets.set(to, count);
  arrows.set(from, targets);
}
for (const room of Object.keys(ROOM_RULES)) {
  const count = files.filter((file) => roomOf(file) === room).length;
  const targets = [...(arrows.get(room) ?? [])]
    .map(([to, { value, type }]) => `${to} ${value}${type ? ` (+${type} type)` : ''}`)
    .join(', ');
  console.log(`${room} (${count} files) -> ${targets || 'nothing'}`);
}
