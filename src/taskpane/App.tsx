/** The task pane: a preview banner when there is no Excel, tab navigation and the five views. */
import { useCallback, useMemo, useState } from "react";
import {
  AriaLiveAnnouncer,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useAnnounce,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { WorkbookHost } from "./host/types";
import { HostContext } from "./components/HostContext";
import { VorlageView } from "./views/VorlageView";
import { KostenplanView } from "./views/KostenplanView";
import { PruefenView } from "./views/PruefenView";
import { EinreichenView } from "./views/EinreichenView";
import { EinstellungenView } from "./views/EinstellungenView";

export const TABS = [
  { id: "vorlage", label: "Vorlage" },
  { id: "kostenplan", label: "Kostenplan" },
  { id: "pruefen", label: "Prüfen" },
  { id: "einreichen", label: "Einreichen" },
  { id: "einstellungen", label: "Einstellungen" },
] as const;
export type TabId = (typeof TABS)[number]["id"];

const useAppStyles = makeStyles({
  root: {
    minWidth: "280px",
    maxWidth: "960px",
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export function App(props: { host: WorkbookHost; start?: TabId; theme?: Theme }) {
  return (
    <FluentProvider theme={props.theme ?? webLightTheme}>
      <AriaLiveAnnouncer>
        <Pane host={props.host} start={props.start} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function Pane(props: { host: WorkbookHost; start?: TabId }) {
  const a = useAppStyles();
  const { host } = props;
  const [tab, setTab] = useState<TabId>(props.start ?? "kostenplan");
  const [besucht, setBesucht] = useState<ReadonlySet<TabId>>(() => new Set([props.start ?? "kostenplan"]));
  // Fluent's announcer (an aria-live region it owns): the same text is announced again, no timers of our own
  const { announce: fluentAnnounce } = useAnnounce();
  const announce = useCallback((text: string) => fluentAnnounce(text, { polite: true }), [fluentAnnounce]);
  const ctx = useMemo(() => ({ host, announce }), [host, announce]);

  const waehle = (id: TabId) => {
    setTab(id);
    setBesucht((b) => (b.has(id) ? b : new Set([...b, id])));
  };

  const panel = (id: TabId) => {
    const aktiv = tab === id;
    switch (id) {
      case "vorlage":
        return <VorlageView aktiv={aktiv} />;
      case "kostenplan":
        return <KostenplanView />;
      case "pruefen":
        return <PruefenView />;
      case "einreichen":
        return <EinreichenView />;
      case "einstellungen":
        return <EinstellungenView aktiv={aktiv} />;
    }
  };

  return (
    <HostContext.Provider value={ctx}>
        <div className={a.root}>
          <header>
            <h1 className={a.title}>Budgetplaner</h1>
          </header>
          {host.mode === "vorschau" && (
            <MessageBar intent="warning" layout="multiline" style={{ marginBlock: tokens.spacingVerticalS }}>
              <MessageBarBody>
                <MessageBarTitle>Vorschau ohne Excel: ein Beispielfall.</MessageBarTitle>
                Alle Zahlen rechnet der Budgetplaner wie in Excel, aber mit einem erfundenen Verwendungsnachweis (1. Halbjahr 2026). Ihre eigenen
                Daten bearbeiten Sie, wenn Sie das Add-in in Excel öffnen.
              </MessageBarBody>
            </MessageBar>
          )}
          <nav aria-label="Bereiche">
            <TabList className={a.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => waehle(d.value as TabId)}>
              {TABS.map((t) => (
                <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
          </nav>
          <main>
            {TABS.map((t) =>
              besucht.has(t.id) ? (
                <div key={t.id} id={`panel-${t.id}`} role="tabpanel" aria-labelledby={`tab-${t.id}`} hidden={tab !== t.id}>
                  {panel(t.id)}
                </div>
              ) : null,
            )}
          </main>
        </div>
    </HostContext.Provider>
  );
}
