/** Error and success messages; an error may carry a cell with a "Zur Zelle" button. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CellRef } from "../host/types";
import { zelleText } from "../model/format";

export function FehlerMeldung(props: { titel?: string; text: string; ort?: CellRef; zurZelle?: (ref: CellRef) => void }) {
  const { ort, zurZelle } = props;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {props.titel && <MessageBarTitle>{props.titel}</MessageBarTitle>}
        {props.text}
      </MessageBarBody>
      {ort && zurZelle && (
        <MessageBarActions>
          <Button onClick={() => zurZelle(ort)} aria-label={`Zur Zelle ${zelleText(ort)}`}>
            Zur Zelle
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function Hinweis(props: { intent?: "info" | "success" | "warning"; titel?: string; children: React.ReactNode; ort?: CellRef; zurZelle?: (ref: CellRef) => void }) {
  const { ort, zurZelle } = props;
  return (
    <MessageBar intent={props.intent ?? "info"} layout="multiline">
      <MessageBarBody>
        {props.titel && <MessageBarTitle>{props.titel}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
      {ort && zurZelle && (
        <MessageBarActions>
          <Button onClick={() => zurZelle(ort)} aria-label={`Zur Zelle ${zelleText(ort)}`}>
            Zur Zelle
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
