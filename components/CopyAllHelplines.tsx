import type { Helpline, RegionCode } from '../utils/content/types';
import { otherFormatChoices } from '../utils/copy-choices';
import { formatHelplines, type CopyFormat } from '../utils/format-helpline';
import { CopyButton } from './CopyButton';

/** "Copy all": every helpline of the region in one block, for pasting into a message or a note. */
export function CopyAllHelplines({ lines, region, copyFormat }: { lines: readonly Helpline[]; region: RegionCode; copyFormat: CopyFormat }) {
  return (
    <div class="copy-all">
      <p class="hint">Copy every line below in one go.</p>
      <CopyButton
        text={formatHelplines(lines, copyFormat, region)}
        what="all helplines"
        buttonText="Copy all"
        alternatives={otherFormatChoices(copyFormat, (format) => formatHelplines(lines, format, region))}
      />
    </div>
  );
}
