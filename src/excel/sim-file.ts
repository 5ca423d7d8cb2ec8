/**
 * Node-only bridge between .xlsx files and the SIMULATED Excel host: load a
 * workbook file into a simulated host (through the CLI's reader) and write the
 * simulated workbook back to .xlsx (through the CLI's writer). Kept outside
 * ./sim so the simulation itself stays browser-safe.
 */
import { readWorkbookFile } from '../cli/xlsx/read';
import { writeSnapshotToFile } from '../cli/xlsx/write';
import { SimulatedExcelHost, SimulatedHostOptions } from './sim/host';

export async function simulatedHostFromFile(path: string, options: SimulatedHostOptions = {}): Promise<SimulatedExcelHost> {
  return new SimulatedExcelHost(await readWorkbookFile(path), options);
}

export async function writeSimulatedWorkbook(host: SimulatedExcelHost, path: string): Promise<void> {
  await writeSnapshotToFile(host.exportSnapshot(), path);
}
