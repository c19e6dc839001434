import type { CDPSession, Page } from 'playwright-core';
import { MIN_VISIBLE_MS } from '../../../page/help-card/card-visibility';

/** How long to let a new card stay in view before clicking something that switches Steady off. */
export const CARD_SETTLE_MS = MIN_VISIBLE_MS + 300;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeId: number;
  nodeType?: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The in-page help card. It lives in a closed shadow root, which page scripts and Playwright's selectors
 * cannot enter, so this reaches it through the DevTools protocol and clicks it with the real mouse.
 */
export class HelpCardOnPage {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<HelpCardOnPage> {
    return new HelpCardOnPage(page, await page.context().newCDPSession(page));
  }

  /** Elements directly under <html> that carry a shadow root: Steady's card hosts (and one moved for axe). */
  private async hosts(): Promise<DomNode[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.localName === 'html');
    const body = html?.children?.find((n) => n.localName === 'body');
    // exposeToAxe() moves the host into <body>, marked.
    const underTest = (body?.children ?? []).filter((n) => n.attributes?.includes('data-steady-card-under-test'));
    return [...(html?.children ?? []), ...underTest].filter((n) => (n.shadowRoots?.length ?? 0) > 0);
  }

  async count(): Promise<number> {
    return (await this.hosts()).length;
  }

  private async shadow(): Promise<DomNode> {
    const [host] = await this.hosts();
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('No help card on the page');
    return shadow;
  }

  /** Visible text of the card (its shadow tree), whitespace folded. */
  async text(): Promise<string> {
    const parts: string[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeName === 'STYLE') return;
      if (node.nodeValue && node.nodeName === '#text') parts.push(node.nodeValue);
      node.children?.forEach(walk);
    };
    walk(await this.shadow());
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  private async find(match: (node: DomNode, text: string) => boolean): Promise<DomNode> {
    const found: DomNode[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: DomNode) => {
      if (match(node, textOf(node).trim())) found.push(node);
      node.children?.forEach(walk);
    };
    walk(await this.shadow());
    if (!found[0]) throw new Error('No such control in the help card');
    return found[0];
  }

  private async attribute(node: DomNode, name: string): Promise<string | undefined> {
    const attrs = node.attributes ?? [];
    const i = attrs.indexOf(name);
    return i >= 0 ? attrs[i + 1] : undefined;
  }

  /** A button or link by its accessible text (aria-label, or its text). */
  private async control(name: string): Promise<DomNode> {
    return this.find((node, text) => {
      if (node.localName !== 'button' && node.localName !== 'a') return false;
      const attrs = node.attributes ?? [];
      const label = attrs[attrs.indexOf('aria-label') + 1];
      return (attrs.includes('aria-label') ? label : text) === name;
    });
  }

  async href(name: string): Promise<string | undefined> {
    return this.attribute(await this.control(name), 'href');
  }

  /** Whether the card has a button or link of this name (rendered or not). */
  async has(name: string): Promise<boolean> {
    return this.control(name).then(
      () => true,
      () => false,
    );
  }

  async click(name: string): Promise<void> {
    const node = await this.control(name);
    // The card scrolls inside when its text is larger than its box: bring the control into view first.
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId }).catch(() => undefined);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /** The border box of a node, or undefined when it is not rendered (display: none, hidden, or gone). */
  private async borderBox(node: DomNode): Promise<Box | undefined> {
    try {
      const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { border: number[] } };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
    } catch {
      return undefined;
    }
  }

  /** The border box of a button or link, by its accessible text; undefined when it is not rendered. */
  async controlBox(name: string): Promise<Box | undefined> {
    return this.borderBox(await this.control(name));
  }

  /** Every rendered button and link in the card: its accessible text (aria-label, or its text) and its border box. */
  async controls(): Promise<{ name: string; box: Box }[]> {
    const nodes: { name: string; node: DomNode }[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: DomNode) => {
      if (node.localName === 'button' || node.localName === 'a') {
        const attrs = node.attributes ?? [];
        const i = attrs.indexOf('aria-label');
        nodes.push({ name: i >= 0 ? attrs[i + 1]! : textOf(node).replace(/\s+/g, ' ').trim(), node });
      }
      node.children?.forEach(walk);
    };
    walk(await this.shadow());
    const found: { name: string; box: Box }[] = [];
    for (const { name, node } of nodes) {
      const box = await this.borderBox(node);
      if (box) found.push({ name, box });
    }
    return found;
  }

  /**
   * The rendered element whose own text is exactly `text` (e.g. "Steady"), with its box; undefined when there is
   * none or it has no size a person could see.
   */
  async visibleText(text: string): Promise<Box | undefined> {
    const node = await this.find((n, t) => n.nodeName !== '#text' && t === text).catch(() => undefined);
    if (!node) return undefined;
    const box = await this.borderBox(node);
    return box && box.width > 2 && box.height > 2 ? box : undefined;
  }

  /** A computed style of the innermost element whose text includes `text`, as the browser renders it. */
  async computedStyle(text: string, property: string): Promise<string> {
    const nodes: DomNode[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: DomNode) => {
      if (node.nodeType === 1 && textOf(node).includes(text)) nodes.push(node);
      node.children?.forEach(walk);
    };
    walk(await this.shadow());
    const innermost = nodes[nodes.length - 1];
    if (!innermost) throw new Error(`No element with "${text}" in the help card`);
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: innermost.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function (property) { return getComputedStyle(this).getPropertyValue(property); }',
      arguments: [{ value: property }],
      returnByValue: true,
    })) as { result: { value: string } };
    return result.value;
  }

  /** The text of what has the focus inside the card (its shadow root), or null when the focus is elsewhere. */
  async focusedText(): Promise<string | null> {
    const shadow = await this.shadow();
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.activeElement ? this.activeElement.textContent.trim() : null; }',
      returnByValue: true,
    })) as { result: { value: string | null } };
    return result.value;
  }

  /**
   * Lets axe-core, run in the page by the test, see inside the card, in this page only. The shadow root is closed,
   * so neither page scripts nor axe can reach it: the host gets a `shadowRoot` getter that returns it. And axe lays
   * out only what is under <body> to find the colours behind text (otherwise every contrast check comes back
   * "incomplete"), so the host moves into <body> and back into the top layer. It looks the same; the card's
   * visibility guard would now refuse "Not on this site" and "Snooze" (the host has moved), so check those before.
   */
  async exposeToAxe(): Promise<void> {
    const shadow = await this.shadow();
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const root = this;
        const host = root.host;
        Object.defineProperty(host, 'shadowRoot', { get: () => root, configurable: true });
        host.setAttribute('data-steady-card-under-test', '');
        if (host.parentNode !== document.body) {
          document.body.append(host);
          try { host.showPopover(); } catch {}
        }
      }`,
    });
  }

  /** The border box of the first element whose class list has `className`; undefined when there is none or it is not rendered. */
  async classBox(className: string): Promise<Box | undefined> {
    const classes = (n: DomNode) => {
      const attrs = n.attributes ?? [];
      const i = attrs.indexOf('class');
      return i >= 0 ? (attrs[i + 1] ?? '').split(' ') : [];
    };
    const node = await this.find((n) => classes(n).includes(className)).catch(() => undefined);
    return node && this.borderBox(node);
  }

  /** The card's scroll height and client height: a scroll height above the client height means it scrolls inside. */
  async scrollSize(): Promise<{ scrollHeight: number; clientHeight: number }> {
    const node = await this.find((n) => n.localName === 'section');
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return { scrollHeight: this.scrollHeight, clientHeight: this.clientHeight }; }',
      returnByValue: true,
    })) as { result: { value: { scrollHeight: number; clientHeight: number } } };
    return result.value;
  }

  /** The card's outer box on the page, in CSS pixels. */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    const node = await this.find((n) => n.localName === 'section');
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
      model: { border: number[]; width: number; height: number };
    };
    return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height };
  }
}
