// Platzhalter-Aufgabenbereich / placeholder task pane (replaced by the real App later).
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">Budgetplaner</Title2>
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => render());
} else {
  render();
}
