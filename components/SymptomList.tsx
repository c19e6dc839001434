import type { SymptomGroup } from '../utils/content/types';
import { SourceNote } from './SourceNote';

/** Common withdrawal symptoms by group, with the one source they share. */
export function SymptomList({ groups }: { groups: readonly SymptomGroup[] }) {
  const first = groups[0];
  return (
    <section class="card symptoms" aria-labelledby="symptoms-heading">
      <h3 id="symptoms-heading">Common withdrawal symptoms</h3>
      <ul>
        {groups.map((group) => (
          <li key={group.id}>
            <strong>{group.label}:</strong> {group.symptoms.join(', ').toLowerCase()}.
          </li>
        ))}
      </ul>
      <p>If symptoms are hard to bear, tell your prescriber. A taper can be slowed or paused.</p>
      {first && <SourceNote item={first} />}
    </section>
  );
}
