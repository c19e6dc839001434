import { REGION_NAMES, REGIONS } from '../utils/content/regions';
import type { RegionCode } from '../utils/content/types';

/** Choose the country whose numbers Steady shows: one step, remembered. */
export function RegionPicker({ region, onChange }: { region: RegionCode; onChange(region: RegionCode): void }) {
  return (
    <label class="region-picker">
      <span>Country</span>
      <select value={region} onChange={(event) => onChange(event.currentTarget.value as RegionCode)}>
        {REGIONS.map((code) => (
          <option key={code} value={code}>
            {REGION_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
