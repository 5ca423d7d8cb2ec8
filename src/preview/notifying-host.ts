/** SIMULATION: the simulated host, telling the preview's grid after every Excel.run so it redraws. */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { XlContext } from '../excel/api';
import { SimulatedExcelHost } from '../excel/sim/host';

export class NotifyingSimHost extends SimulatedExcelHost {
  private listeners = new Set<() => void>();

  constructor(snapshot: WorkbookSnapshot) {
    super(snapshot);
  }

  subscribe(f: () => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  notify(): void {
    for (const f of this.listeners) f();
  }

  override async run<T>(batch: (context: XlContext) => Promise<T>, options: { mergeUndoGroup?: boolean } = {}): Promise<T> {
    try {
      return await super.run(batch, options);
    } finally {
      this.notify();
    }
  }
}
