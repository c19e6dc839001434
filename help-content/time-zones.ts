import type { RegionCode } from '@/help-content/regions';

type Country = Exclude<RegionCode, 'OTHER'>;

/**
 * The IANA time zones of each country Steady has lines for, including the old alias names some systems still
 * report ("US/Eastern", "NZ"). A zone that names a place but is not listed here is in a country Steady does not
 * cover yet.
 */
const ZONES: Record<Country, readonly string[]> = {
  US: [
    'America/New_York', 'America/Detroit', 'America/Kentucky/Louisville', 'America/Kentucky/Monticello', 'America/Louisville',
    'America/Indiana/Indianapolis', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indiana/Marengo',
    'America/Indiana/Petersburg', 'America/Indiana/Vevay', 'America/Indiana/Tell_City', 'America/Indiana/Knox', 'America/Indianapolis',
    'America/Fort_Wayne', 'America/Knox_IN', 'America/Chicago', 'America/Menominee', 'America/North_Dakota/Center',
    'America/North_Dakota/New_Salem', 'America/North_Dakota/Beulah', 'America/Denver', 'America/Boise', 'America/Shiprock', 'Navajo',
    'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Metlakatla',
    'America/Yakutat', 'America/Nome', 'America/Adak', 'America/Atka', 'Pacific/Honolulu', 'America/Puerto_Rico',
    'US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'US/Alaska', 'US/Hawaii', 'US/Arizona', 'US/East-Indiana',
    'US/Indiana-Starke', 'US/Michigan', 'US/Aleutian',
  ],
  CA: [
    'America/St_Johns', 'America/Halifax', 'America/Glace_Bay', 'America/Moncton', 'America/Goose_Bay', 'America/Blanc-Sablon',
    'America/Toronto', 'America/Montreal', 'America/Nipigon', 'America/Thunder_Bay', 'America/Rainy_River', 'America/Iqaluit',
    'America/Pangnirtung', 'America/Atikokan', 'America/Coral_Harbour', 'America/Winnipeg', 'America/Resolute', 'America/Rankin_Inlet',
    'America/Regina', 'America/Swift_Current', 'America/Edmonton', 'America/Cambridge_Bay', 'America/Yellowknife', 'America/Inuvik',
    'America/Creston', 'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Whitehorse', 'America/Dawson', 'America/Vancouver',
    'Canada/Newfoundland', 'Canada/Atlantic', 'Canada/Eastern', 'Canada/Central', 'Canada/Saskatchewan', 'Canada/Mountain',
    'Canada/Pacific', 'Canada/Yukon',
  ],
  GB: ['Europe/London', 'Europe/Belfast', 'Europe/Jersey', 'Europe/Guernsey', 'Europe/Isle_of_Man', 'GB', 'GB-Eire'],
  IE: ['Europe/Dublin', 'Eire'],
  AU: [
    'Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Perth', 'Australia/Darwin',
    'Australia/Hobart', 'Australia/Lord_Howe', 'Australia/Broken_Hill', 'Australia/Lindeman', 'Australia/Eucla', 'Australia/Currie',
    'Australia/ACT', 'Australia/Canberra', 'Australia/NSW', 'Australia/Victoria', 'Australia/Queensland', 'Australia/South',
    'Australia/West', 'Australia/North', 'Australia/Tasmania', 'Australia/LHI', 'Australia/Yancowinna', 'Antarctica/Macquarie',
  ],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT'],
  MX: [
    'America/Mexico_City', 'America/Cancun', 'America/Merida', 'America/Monterrey', 'America/Matamoros', 'America/Chihuahua',
    'America/Ciudad_Juarez', 'America/Ojinaga', 'America/Mazatlan', 'America/Bahia_Banderas', 'America/Hermosillo', 'America/Tijuana',
    'America/Ensenada', 'America/Santa_Isabel', 'Mexico/General', 'Mexico/BajaNorte', 'Mexico/BajaSur',
  ],
  ES: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'],
};

const COUNTRY_OF_ZONE = new Map<string, Country>(
  (Object.entries(ZONES) as [Country, readonly string[]][]).flatMap(([country, zones]) => zones.map((zone) => [zone.toLowerCase(), country] as const)),
);

/** Zone names under these areas name a place on Earth ("Europe/Berlin"); "UTC", "Etc/GMT+5" or "GMT" name none. */
const PLACE_AREAS = /^(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+\-/]+$/;

/**
 * The country a device's time zone puts it in: a country Steady covers, 'OTHER' for a place elsewhere, or
 * undefined when the zone names no place (UTC, Etc/…) or is missing or malformed.
 */
export function countryOfTimeZone(timeZone: string | undefined): RegionCode | undefined {
  if (!timeZone) return undefined;
  const country = COUNTRY_OF_ZONE.get(timeZone.trim().toLowerCase());
  if (country) return country;
  return PLACE_AREAS.test(timeZone.trim()) ? 'OTHER' : undefined;
}
