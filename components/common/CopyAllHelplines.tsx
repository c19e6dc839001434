import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import { otherFormatChoices } from '@/shared/copy-formats';
import { formatHelplines } from '@/shared/format-helpline';
import type { CopyFormat } from '@/shared/copy-formats';
import { useI18n } from '@/ui/use-i18n';
import { CopyButton } from '@/components/common/CopyButton';

/** "Copy all": every helpline of the region in one block, for pasting into a message or a note. */
export function CopyAllHelplines({
  lines,
  region,
  copyFormat,
}: {
  lines: readonly Helpline[];
  region: RegionCode;
  copyFormat: CopyFormat;
}) {
  const { t, locale } = useI18n();
  if (lines.length === 0) return null;
  return (
    <div class="copy-all">
      <p class="hint visually-hidden">{t.copy.allHint}</p>
      <CopyButton
        text={formatHelplines(lines, copyFormat, region, locale)}
        what={t.copy.allWhat}
        buttonText={t.copy.allButton}
        alternatives={otherFormatChoices(copyFormat, (format) => formatHelplines(lines, format, region, locale), t.copy)}
      />
    </div>
  );
}
