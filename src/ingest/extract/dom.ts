/**
 * The few DOM features extraction uses, typed structurally: the project compiles
 * without the DOM library, and linkedom's own declarations lean on it.
 */

export interface DomNodeList<T> extends Iterable<T> {
  readonly length: number;
}

export interface DomElement {
  readonly tagName: string;
  readonly localName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomNodeList<DomElement>;
  appendChild(child: DomElement): DomElement;
  prepend(...nodes: DomElement[]): void;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): DomNodeList<DomElement>;
  createElement(tagName: string): DomElement;
}
