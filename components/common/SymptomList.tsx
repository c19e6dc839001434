import type { SymptomGroup } from '@/help-content/types';
import { useI18n } from '@/ui/use-i18n';

/** Common withdrawal symptoms by group, and what to do about hard ones and thoughts of suicide. The section around it lists the sources. */
export function SymptomList({ groups }: { groups: readonly SymptomGroup[] }) {
  const { t } = useI18n();
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
      <p class="symptoms-crisis">{t.symptoms.suicidalThoughts}</p>
    </section>
  );
}
