// The form's message, announced by screen readers when it changes (aria-live). It can take focus
// (tabIndex -1): a refused form with no field in error moves focus here (./use-step-form.ts).
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "info" }) {
  return (
    <div aria-live="assertive" role={message && tone === "error" ? "alert" : undefined}>
      {message ? (
        <p data-form-message tabIndex={-1} className={`rounded-theme border p-3 font-bold ${tone === "error" ? "border-error text-error" : "border-accent text-accent"} bg-surface`}>{message}</p>
      ) : null}
    </div>
  );
}
