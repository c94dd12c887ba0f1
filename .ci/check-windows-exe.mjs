// CI: what can be checked of dist-bin/report-win-x64.exe on Linux. It must be an x64
// console PE file whose RCDATA resource NODE_SEA_BLOB holds the same application blob
// as the Linux executable that CI ran, with the SEA fuse set.
// Usage: node .ci/check-windows-exe.mjs dist-bin/report-win-x64.exe dist-bin/report-linux-x64
import { readFileSync } from 'node:fs';

const [exePath, linuxPath] = process.argv.slice(2);
const exe = readFileSync(exePath);
const fail = (message) => {
  process.stderr.write(`check-windows-exe: ${exePath}: ${message}\n`);
  process.exit(1);
};

if (exe.toString('latin1', 0, 2) !== 'MZ') fail('no MZ header');
const pe = exe.readUInt32LE(0x3c);
if (exe.toString('latin1', pe, pe + 4) !== 'PE\0\0') fail('no PE signature');
const machine = exe.readUInt16LE(pe + 4);
if (machine !== 0x8664) fail(`machine 0x${machine.toString(16)}, expected 0x8664 (x64)`);
const sectionCount = exe.readUInt16LE(pe + 6);
const optional = pe + 24;
if (exe.readUInt16LE(optional) !== 0x20b) fail('not a PE32+ image');
const subsystem = exe.readUInt16LE(optional + 68);
if (subsystem !== 3) fail(`subsystem ${subsystem}, expected 3 (console)`);
const resourceRva = exe.readUInt32LE(optional + 112 + 2 * 8);
const sections = Array.from({ length: sectionCount }, (_, i) => {
  const at = optional + exe.readUInt16LE(pe + 20) + i * 40;
  return { va: exe.readUInt32LE(at + 12), size: Math.max(exe.readUInt32LE(at + 8), exe.readUInt32LE(at + 16)), raw: exe.readUInt32LE(at + 20) };
});
const offsetOf = (rva) => {
  const section = sections.find((s) => rva >= s.va && rva < s.va + s.size);
  if (!section) fail(`RVA 0x${rva.toString(16)} lies in no section`);
  return rva - section.va + section.raw;
};

const resources = offsetOf(resourceRva);
/** The entries of one resource directory: name (string or numeric id) and where it leads. */
function entries(directory) {
  const at = resources + directory;
  const count = exe.readUInt16LE(at + 12) + exe.readUInt16LE(at + 14);
  return Array.from({ length: count }, (_, i) => {
    const nameField = exe.readUInt32LE(at + 16 + i * 8);
    const target = exe.readUInt32LE(at + 20 + i * 8);
    let name = nameField;
    if (nameField & 0x80000000) {
      const s = resources + (nameField & 0x7fffffff);
      name = exe.toString('utf16le', s + 2, s + 2 + exe.readUInt16LE(s) * 2);
    }
    return { name, target: target & 0x7fffffff, isDirectory: (target & 0x80000000) !== 0 };
  });
}

const rcdata = entries(0).find((e) => e.name === 10);
if (!rcdata) fail('no RCDATA resources');
const named = entries(rcdata.target).find((e) => e.name === 'NODE_SEA_BLOB');
if (!named) fail('no NODE_SEA_BLOB resource');
const language = entries(named.target)[0];
const dataEntry = resources + language.target;
const blobSize = exe.readUInt32LE(dataEntry + 4);
const blob = exe.subarray(offsetOf(exe.readUInt32LE(dataEntry)), offsetOf(exe.readUInt32LE(dataEntry)) + blobSize);

if (!exe.includes('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1')) fail('the SEA fuse is not set');
if (linuxPath && !readFileSync(linuxPath).includes(blob)) fail(`its blob differs from the one in ${linuxPath}`);
process.stdout.write(`${exePath}: PE32+ x64 console executable, ${(exe.length / 2 ** 20).toFixed(1)} MB, NODE_SEA_BLOB ${(blobSize / 2 ** 20).toFixed(1)} MB${linuxPath ? `, the same blob as ${linuxPath}` : ''}, fuse set\n`);
