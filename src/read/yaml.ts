// The YAML reader: a submission as typed by hand, located by line and column.
import { positionOf } from '../load/position.js';
import { loadSource, type SourceFile } from '../load/source.js';
import type { ReadDocument, Reader, ReadResult } from './types.js';

export function yamlDocument(source: SourceFile): ReadDocument {
  return {
    file: source.file,
    value: source.value,
    sha256: source.sha256,
    text: source.text,
    locate: (path, at) => positionOf(source, path, at),
  };
}

export function readYaml(file: string, bytes: Uint8Array): ReadResult {
  const loaded = loadSource(file, bytes);
  return loaded.ok ? { ok: true, document: yamlDocument(loaded.source) } : loaded;
}

export const yamlReader: Reader = { name: 'yaml', extensions: ['.yaml', '.yml', '.json'], read: readYaml };
