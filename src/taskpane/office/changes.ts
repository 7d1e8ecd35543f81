/**
 * onChange(listener): one `worksheets.onChanged` handler (ExcelApi 1.9) for all listeners, registered with
 * the first listener and removed with the last. Excel reports edits by the user and by add-ins alike.
 */
type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

export interface ChangeHub {
  subscribe(listener: () => void): () => void;
}

export function createChangeHub(): ChangeHub {
  const listeners = new Set<() => void>();
  let registration: Promise<Registration | undefined> | undefined;

  const notify = async () => {
    for (const l of [...listeners]) {
      try {
        l();
      } catch {
        /* one listener's failure must not stop the others */
      }
    }
  };

  const register = (): Promise<Registration | undefined> =>
    Excel.run(async (context) => {
      const r = context.workbook.worksheets.onChanged.add(notify);
      await context.sync();
      return r;
    }).catch(() => undefined); // no events (old Excel): the pane still re-reads on its own actions

  const unregister = (pending: Promise<Registration | undefined>) => {
    void pending
      .then((r) =>
        r
          ? Excel.run(r.context, async (context) => {
              r.remove();
              await context.sync();
            })
          : undefined,
      )
      .catch(() => undefined);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      registration ??= register();
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        listeners.delete(listener);
        if (listeners.size === 0 && registration) {
          unregister(registration);
          registration = undefined;
        }
      };
    },
  };
}
