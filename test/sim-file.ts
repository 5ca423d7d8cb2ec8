/**
 * Node-only bridge between .xlsx files and the SIMULATED Excel host: load a
 * workbook file into a simulated host (through the CLI's reader) and write the
 * simulated workbook back to .xlsx (through the CLI's writer). A test helper:
 * src/excel runs in the browser and imports neither Node nor the CLI.
 */
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { writeSnapshotToFile } from '../src/cli/xlsx/write';
import { SimulatedExcelHost, SimulatedHostOptions } from '../src/excel/sim/host';

export async function simulatedHostFromFile(path: string, options: SimulatedHostOptions = {}): Promise<SimulatedExcelHost> {
  return new SimulatedExcelHost(await readWorkbookFile(path), options);
}

export async function writeSimulatedWorkbook(host: SimulatedExcelHost, path: string): Promise<void> {
  await writeSnapshotToFile(host.exportSnapshot(), path);
}
