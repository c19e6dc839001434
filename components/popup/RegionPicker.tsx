import { REGIONS } from '@/help-content/regions';
import type { RegionCode } from '@/help-content/regions';
import { useI18n } from '@/ui/use-i18n';

/** Choose the country whose numbers Steady shows: one step, remembered. */
export function RegionPicker({ region, onChange }: { region: RegionCode; onChange(region: RegionCode): void }) {
  const { t } = useI18n();
  return (
    <label class="region-picker">
      <span>{t.common.countryLabel}</span>
      <select value={region} onChange={(event) => onChange(event.currentTarget.value as RegionCode)}>
        {REGIONS.map((code) => (
          <option key={code} value={code}>
            {t.regions[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
