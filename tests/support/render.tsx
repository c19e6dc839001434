/**
 * Testing Library for Steady's components: `render` puts an English `LocaleRoot` around what it renders, as every
 * Steady page has one at its root. A test's own `LocaleRoot` inside it still wins.
 */
import { render as renderBare, type RenderOptions } from '@testing-library/preact';
import type { ComponentChildren, VNode } from 'preact';
import { LocaleRoot } from '@/components/common/LocaleRoot';

export * from '@testing-library/preact';

function English({ children }: { children?: ComponentChildren }) {
  return <LocaleRoot locale="en">{children}</LocaleRoot>;
}

export function render(ui: VNode, options: RenderOptions = {}) {
  return renderBare(ui, { wrapper: English, ...options });
}
