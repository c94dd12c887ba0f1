// Run by `npm run build`: copies the two weights of Noto Serif SC the PDF uses (and their
// licence) from the font package into fonts/, so that the published package and the
// single executables ship 30 MB of fonts rather than the package's eight weights.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fonts = new URL('../fonts/', import.meta.url);
const copies = {
  'NotoSerifSC-Regular.ttf': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'NotoSerifSC-Bold.ttf': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'OFL.txt': '@expo-google-fonts/noto-serif-sc/LICENSE_FONT',
};

mkdirSync(fonts, { recursive: true });
for (const [name, from] of Object.entries(copies)) {
  const source = require.resolve(from);
  const target = new URL(name, fonts);
  const same = (() => {
    try {
      const [a, b] = [statSync(source), statSync(target)];
      return a.size === b.size && a.mtimeMs <= b.mtimeMs;
    } catch {
      return false;
    }
  })();
  if (!same) copyFileSync(source, target);
}
