/** A plain, accessible table that scrolls sideways on its own (keyboard-focusable) at narrow widths. */
import type { ReactNode } from "react";
import { useStyles } from "./styles";

export interface Spalte<T> {
  titel: string;
  zahl?: boolean;
  wert(zeile: T): ReactNode;
}

export function Tabelle<T extends { key: string; summe?: boolean }>(props: { titel: string; spalten: Spalte<T>[]; zeilen: T[] }) {
  const s = useStyles();
  return (
    <div className={s.scroll} role="region" aria-label={props.titel} tabIndex={0}>
      <table className={s.table}>
        <caption>{props.titel}</caption>
        <thead>
          <tr>
            {props.spalten.map((c) => (
              <th key={c.titel} scope="col" className={c.zahl ? s.num : undefined}>
                {c.titel}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.zeilen.map((z) => (
            <tr key={z.key} className={z.summe ? "sum" : undefined}>
              {props.spalten.map((c, i) =>
                i === 0 ? (
                  <th key={c.titel} scope="row" className={c.zahl ? s.num : undefined}>
                    {c.wert(z)}
                  </th>
                ) : (
                  <td key={c.titel} className={c.zahl ? s.num : undefined}>
                    {c.wert(z)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
