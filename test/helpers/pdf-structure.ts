// Reads a tagged PDF's structure back with pdfjs: each structure element of each page with
// the text of its marked content, the outline, and the raw catalog entries.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TaggedNode {
  readonly role: string;
  readonly text: string;
  readonly page: number;
  readonly children: readonly TaggedNode[];
}

interface RawNode {
  role?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

export async function readTagged(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const roots: TaggedNode[] = [];
  const annotations: { subtype: string; url?: string; page: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // The text of each marked-content id, nested spans counted in their outer id.
    const texts = new Map<string, string>();
    const open: (string | null)[] = [];
    for (const item of content.items as { type?: string; id?: string | null; str?: string }[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? null);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str !== undefined) {
        const id = [...open].reverse().find((o) => o !== null);
        if (id) texts.set(id, (texts.get(id) ?? '') + item.str);
      }
    }
    const walk = (node: RawNode): TaggedNode => {
      const children = (node.children ?? []).filter((c) => c.role !== undefined).map(walk);
      const own = (node.children ?? []).filter((c) => c.type === 'content').map((c) => texts.get(c.id!) ?? '').join('');
      return { role: node.role ?? 'Root', page: n, children, text: (own + children.map((c) => c.text).join('')).replace(/\s+/g, '') };
    };
    const tree = (await page.getStructTree()) as RawNode | null;
    if (tree) roots.push(walk(tree));
    for (const a of (await page.getAnnotations()) as { subtype: string; url?: string }[]) annotations.push({ subtype: a.subtype, url: a.url, page: n });
  }
  const outline = ((await doc.getOutline()) ?? []).map((item) => item.title);
  const markInfo = await doc.getMarkInfo();
  await doc.destroy();
  const all = (nodes: readonly TaggedNode[]): TaggedNode[] => nodes.flatMap((node) => [node, ...all(node.children)]);
  return { roots, nodes: all(roots), outline, markInfo, annotations };
}
