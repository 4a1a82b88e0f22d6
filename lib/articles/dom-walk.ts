import { isTag, type AnyNode, type Element } from "domhandler";

export interface DomVisitor {
  /** Called before a node's children; return false to skip them (and its `leave`). */
  enter(node: AnyNode): boolean;
  /** Called after an element's children. */
  leave(element: Element): void;
}

type Step = { node: AnyNode; leaving: boolean };

/**
 * Visits `root`'s descendants in document order without recursion, so a page nested
 * a million elements deep is walked rather than overflowing the stack.
 */
export function walkDom(root: AnyNode, visitor: DomVisitor): void {
  const stack: Step[] = childrenOf(root).map((node) => ({ node, leaving: false })).reverse();
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, leaving } = step;
    if (leaving) {
      if (isTag(node)) visitor.leave(node);
      continue;
    }
    if (!visitor.enter(node)) continue;
    stack.push({ node, leaving: true });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
}

function childrenOf(node: AnyNode): AnyNode[] {
  return "children" in node ? node.children : [];
}

/** Every element under `root` that passes `test`, in document order. */
export function findAllElements(root: AnyNode, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkDom(root, {
    enter: (node) => {
      if (isTag(node) && test(node)) found.push(node);
      return true;
    },
    leave: () => {},
  });
  return found;
}

/** The first element (in document order) under `root` that passes `test`, or null. */
export function findFirstElement(root: AnyNode, test: (element: Element) => boolean): Element | null {
  let found: Element | null = null;
  walkDom(root, {
    enter: (node) => {
      if (found) return false;
      if (isTag(node) && test(node)) found = node;
      return !found;
    },
    leave: () => {},
  });
  return found;
}
