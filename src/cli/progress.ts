/** The terminal progress bar (cli-progress), drawn on stderr so stdout stays clean for pipes. */
import { Presets, SingleBar } from 'cli-progress';

export function startProgress(total: number): SingleBar {
  const bar = new SingleBar(
    {
      format: 'Kiểm tra {bar} {value}/{total} tệp | {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}
