// How a theme colour is written, and what is said when it is not: one rule for the stored theme's schema
// (lib/institutions/theme.ts) and the editor's check beside the field (components/themes/theme-editor.tsx).
export const COLOR_FORMAT = /^#[0-9a-fA-F]{6}$/;
export const COLOR_FORMAT_MESSAGE = "色は #RRGGBB で指定してください";
