/**
 * Builds the sample workbooks (the bundled defaults and test fixtures) from
 * the transcribed tables in seeds/data. Run with `npm run seeds`.
 * Deterministic: the same data always gives the same cells and metadata.
 */
import type ExcelJS from 'exceljs';
import { join } from 'path';
import { RACH_GIA_FILE } from './data/rach-gia';
import { buildRachGia } from './builders/rach-gia';
import { KIEN_HAI_FILE } from './data/kien-hai';
import { buildKienHai } from './builders/kien-hai';
import { AN_DUONG_FILE } from './data/an-duong';
import { buildAnDuong } from './builders/an-duong';
import { THACH_KHOI_FILE } from './data/thach-khoi';
import { buildThachKhoi } from './builders/thach-khoi';
import { TRACKING_FILE } from './data/tracking';
import { buildTracking } from './builders/tracking';

export const SEED_BUILDERS: Record<string, () => ExcelJS.Workbook> = {
  [RACH_GIA_FILE]: buildRachGia,
  [KIEN_HAI_FILE]: buildKienHai,
  [AN_DUONG_FILE]: buildAnDuong,
  [THACH_KHOI_FILE]: buildThachKhoi,
  [TRACKING_FILE]: buildTracking,
};

export async function writeSeeds(dir: string = __dirname): Promise<string[]> {
  const written: string[] = [];
  for (const [file, build] of Object.entries(SEED_BUILDERS)) {
    const path = join(dir, file);
    await build().xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  writeSeeds().then(
    (files) => files.forEach((f) => console.log(`wrote ${f}`)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
