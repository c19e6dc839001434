import type { SymptomGroup } from '../utils/content/types';
import { useI18n } from '../utils/i18n/use-i18n';
import { SourceNote } from './SourceNote';

/** Common withdrawal symptoms by group, with the one source they share. */
export function SymptomList({ groups }: { groups: readonly SymptomGroup[] }) {
  const { t } = useI18n();
  const first = groups[0];
  return (
    <section class="card symptoms" aria-labelledby="symptoms-heading">
      <h3 id="symptoms-heading">{t.symptoms.heading}</h3>
      <ul>
        {groups.map((group) => (
          <li key={group.id}>
            <strong>{group.label}:</strong> {group.symptoms.join(', ').toLowerCase()}.
          </li>
        ))}
      </ul>
      <p>{t.symptoms.tellPrescriber}</p>
      {first && <SourceNote item={first} />}
    </section>
  );
}
