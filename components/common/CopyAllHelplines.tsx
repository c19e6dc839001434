import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import { otherFormatChoices } from '@/shared/copy-formats';
import { helplinesText } from '@/shared/helpline-text';
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
  const i18n = useI18n();
  const { t } = i18n;
  if (lines.length === 0) return null;
  return (
    <div class="copy-all">
      <p class="hint visually-hidden">{t.copy.allHint}</p>
      <CopyButton
        text={helplinesText(lines, copyFormat, region, i18n)}
        what={t.copy.allWhat}
        buttonText={t.copy.allButton}
        alternatives={otherFormatChoices(copyFormat, (format) => helplinesText(lines, format, region, i18n), t.copy)}
      />
    </div>
  );
}
