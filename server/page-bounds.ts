// Readability's cost grows steeply with nesting (measured: 500 levels ~2 s, 2,000 levels ~110 s, 20,000 levels a
// stack overflow) and with element count (30,000 elements ~3.5 s). Real article pages nest a few dozen deep and hold
// a few thousand elements; past these bounds Readability is not run and the in-house text decides (lib/ingest/html).
export const READABILITY_MAX_DEPTH = 256;
export const READABILITY_MAX_ELEMENTS = 30_000;

type Node = { firstElementChild: Child | null };
type Child = Node & { nextElementSibling: Child | null };

/**
 * Whether a parsed page is within the bounds Readability is run on. The walk keeps its own stack (the DOM's depth
 * must not become the call stack's) and stops at the first bound crossed, so a hostile page costs at most the bounds.
 */
export function withinReadabilityBounds(root: Node): boolean {
  const stack: [Node, number][] = [[root, 0]];
  let elements = 0;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > READABILITY_MAX_DEPTH || ++elements > READABILITY_MAX_ELEMENTS) return false;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return true;
}
