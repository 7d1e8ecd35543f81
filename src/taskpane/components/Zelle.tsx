/** Going to a cell: the host selects it; errors and the preview's note are shown and announced. */
import { useCallback, useState } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { CellRef } from "../host/types";
import { fehlerText, zelleText } from "../model/format";
import { usePane } from "./HostContext";

export interface ZellStatus {
  text: string;
  fehler: boolean;
}

export function useZurZelle(): { zurZelle(ref: CellRef): Promise<void>; status: ZellStatus | undefined } {
  const { host, announce } = usePane();
  const [status, setStatus] = useState<ZellStatus>();
  const zurZelle = useCallback(
    async (ref: CellRef) => {
      try {
        await host.select(ref);
        if (host.mode === "vorschau") {
          const text = `In Excel wäre jetzt Zelle ${zelleText(ref)} markiert.`;
          setStatus({ text, fehler: false });
          announce(text);
        } else {
          setStatus(undefined);
        }
      } catch (e) {
        const text = fehlerText(e);
        setStatus({ text, fehler: true });
        announce(text);
      }
    },
    [host, announce],
  );
  return { zurZelle, status };
}

export function ZellStatusAnzeige(props: { status: ZellStatus | undefined }) {
  if (!props.status) return null;
  return (
    <MessageBar intent={props.status.fehler ? "error" : "info"} layout="multiline">
      <MessageBarBody>{props.status.text}</MessageBarBody>
    </MessageBar>
  );
}
