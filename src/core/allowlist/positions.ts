// Offsets -> 1-based line:column, and JSON paths -> the node a message should point at.
import { findNodeAtLocation, type Node as JsonNode } from 'jsonc-parser';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

export type JsonPath = (string | number)[];

/** `/rules/0/allow` -> ['rules', 0, 'allow'] (RFC 6901 escapes undone). */
export function pointerToPath(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function nodeAt(root: JsonNode, path: JsonPath): JsonNode {
  // Walk up until something exists: a message about a missing child points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return node;
  }
  return root;
}

/** The key node of an object member, so "unknown key" points at the key, not its value. */
export function keyNodeOf(objectNode: JsonNode, key: string): JsonNode | undefined {
  const member = objectNode.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key);
  return member?.children?.[0];
}

export function describePath(path: JsonPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('') || 'the document';
}
