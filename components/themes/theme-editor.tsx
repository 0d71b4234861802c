"use client";
// The theme editor: colours, names, logo and radius, with every consent screen previewed live in the
// unsaved theme (the preview frames reload with the values in their URL), and 保存 refusing pairs below
// WCAG AA with the pair and its ratio.
import { useActionState, useEffect, useMemo, useState } from "react";
import type { TTheme } from "@/lib/institutions/theme";
import { contrastProblems } from "@/lib/themes/contrast";
import { COLOR_FIELDS, encodePreviewTheme, themeFromForm } from "@/lib/themes/theme-form";
import { COLOR_FORMAT, COLOR_FORMAT_MESSAGE } from "@/lib/institutions/color-format";
import type { TThemeFormState } from "@/lib/themes/theme-actions";

type TProps = { slug: string; theme: TTheme; screens: { id: string; title: string }[]; action: (prev: TThemeFormState, form: FormData) => Promise<TThemeFormState> };

function initialValues(theme: TTheme): Record<string, string> {
  return {
    displayName: theme.displayName, serviceName: theme.serviceName, textMark: theme.textMark, logoSvg: theme.logoSvg ?? "", radius: theme.radius,
    termsTitle: theme.terms.title, termsUrl: theme.terms.url, corporateTermsTitle: theme.corporateTerms?.title ?? "",
    channelPersonal: theme.channelNames.personal, channelCorporate: theme.channelNames.corporate,
    ...Object.fromEntries(COLOR_FIELDS.map((f) => [`color.${f.key}`, theme.colors[f.key]])),
  };
}

const input = "block w-full rounded border border-black/30 bg-white px-2 py-1";

export function ThemeEditor({ slug, theme, screens, action }: TProps) {
  const [state, formAction, pending] = useActionState(action, { errors: {} });
  const [values, setValues] = useState(() => initialValues(theme));
  // colour fields the browser refused on 保存 (their pattern): said beside the field in Japanese, not in the
  // browser's own bubble; the server says the same when a submit arrives without JavaScript
  const [refusedColors, setRefusedColors] = useState<Record<string, boolean>>({});
  const [previewKey, setPreviewKey] = useState(() => encodePreviewTheme(themeFromForm(initialValues(theme))));
  useEffect(() => {
    const timer = setTimeout(() => setPreviewKey(encodePreviewTheme(themeFromForm(values))), 400);
    return () => clearTimeout(timer);
  }, [values]);
  const problems = useMemo(() => {
    const colors = Object.fromEntries(COLOR_FIELDS.map((f) => [f.key, values[`color.${f.key}`]])) as TTheme["colors"];
    return COLOR_FIELDS.every((f) => COLOR_FORMAT.test(colors[f.key])) ? contrastProblems(colors) : [];
  }, [values]);
  const set = (name: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const text = (name: string, label: string) => (
    <div>
      <label htmlFor={`theme-${name}`} className="block text-sm font-bold">{label}</label>
      <input id={`theme-${name}`} name={name} value={values[name]} onChange={set(name)} className={input} aria-describedby={state.errors[name] ? `theme-${name}-error` : undefined} />
      {state.errors[name] ? <p id={`theme-${name}-error`} className="text-sm font-bold text-red-800">{state.errors[name]}</p> : null}
    </div>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <form action={formAction} className="space-y-4">
        <div aria-live="polite">{state.message ? <p role={state.saved ? "status" : "alert"} className={`rounded border p-2 font-bold ${state.saved ? "border-green-800 text-green-900" : "border-red-800 text-red-800"}`}>{state.message}</p> : null}</div>
        <fieldset disabled={pending} className="space-y-3">
          <legend className="font-bold">色</legend>
          {COLOR_FIELDS.map((f) => {
            const name = `color.${f.key}`;
            const error = refusedColors[name] && !COLOR_FORMAT.test(values[name]!) ? `${COLOR_FORMAT_MESSAGE}。` : state.errors[`colors.${f.key}`];
            return (
              <div key={f.key}>
                <div className="flex items-end gap-2">
                  <div className="grow">
                    <label htmlFor={`theme-color-${f.key}`} className="block text-sm font-bold">{f.label}</label>
                    <input
                      id={`theme-color-${f.key}`} name={name} value={values[name]} onChange={set(name)} className={input} pattern="#[0-9a-fA-F]{6}"
                      aria-invalid={error ? true : undefined} aria-describedby={error ? `theme-color-${f.key}-error` : undefined}
                      onInvalid={(event) => {
                        event.preventDefault();
                        setRefusedColors((r) => ({ ...r, [name]: true }));
                        if (!event.currentTarget.form?.querySelector(":invalid:focus")) event.currentTarget.focus();
                      }}
                    />
                  </div>
                  <input type="color" aria-label={`${f.label}を選ぶ`} value={COLOR_FORMAT.test(values[name]!) ? values[name] : "#000000"} onChange={set(name)} className="h-9 w-12" />
                </div>
                {error ? <p id={`theme-color-${f.key}-error`} role="alert" className="text-sm font-bold text-red-800">{error}</p> : null}
              </div>
            );
          })}
          <div aria-live="polite">
            {problems.length ? <ul className="list-disc pl-5 text-sm font-bold text-red-800">{problems.map((p) => <li key={p.label}>{p.label}：{p.ratio}:1（4.5:1以上が必要）</li>)}</ul> : null}
            {state.errors.colors ? <p className="text-sm font-bold text-red-800">{state.errors.colors}</p> : null}
          </div>
        </fieldset>
        <fieldset disabled={pending} className="space-y-3">
          <legend className="font-bold">名称・ロゴ</legend>
          {text("displayName", "金融機関名（表示）")}
          {text("serviceName", "サービス名")}
          {text("textMark", "文字ロゴ（ロゴSVGがないとき）")}
          <div>
            <label htmlFor="theme-logoSvg" className="block text-sm font-bold">ロゴ（SVG、任意）</label>
            <textarea id="theme-logoSvg" name="logoSvg" rows={4} value={values.logoSvg} onChange={set("logoSvg")} className={input} />
            {state.errors.logoSvg ? <p className="text-sm font-bold text-red-800">{state.errors.logoSvg}</p> : null}
          </div>
          {text("radius", "角の丸み（例：6px）")}
          {text("termsTitle", "利用規定の名称")}
          {text("corporateTermsTitle", "法人向け利用規定の名称（任意）")}
          {text("termsUrl", "利用規定のURL")}
          {text("channelPersonal", "個人向けサービスの名称")}
          {text("channelCorporate", "法人向けサービスの名称")}
        </fieldset>
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-[#1f3a5f] px-5 font-bold text-white">保存</button>
      </form>
      <section aria-label="プレビュー" className="grid gap-4 md:grid-cols-2">
        {screens.map((s) => (
          <figure key={s.id} className="space-y-1">
            <figcaption className="text-sm font-bold">{s.title}</figcaption>
            <iframe title={`プレビュー：${s.title}`} src={`/preview/screen/${s.id}?institution=${slug}&theme=${previewKey}`} width={375} height={560} className="max-w-full border border-black/20 bg-white" />
          </figure>
        ))}
      </section>
    </div>
  );
}
