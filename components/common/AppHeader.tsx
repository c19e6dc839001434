import type { ComponentChildren } from 'preact';
import { SteadyMark } from '@/components/common/SteadyMark';

/** The header every Steady page shares: the mark, the page's title, one line under it, and optional controls. */
export function AppHeader({ title, tagline, children }: { title: string; tagline: string; children?: ComponentChildren }) {
  return (
    <header class="app-header">
      <SteadyMark />
      <div class="app-header-title">
        <h1>{title}</h1>
        <p class="tagline">{tagline}</p>
      </div>
      {children && <div class="app-header-actions">{children}</div>}
    </header>
  );
}
