"use client";
// The institution a page under /{institution} belongs to, for the few client parts that render outside
// any page's own data — the not-found page (app/[institution]/not-found.tsx receives no params).
// The layout provides it without the logo (the band falls back to the text mark), so that the payload of
// every page stays small.
import { createContext, useContext, type ReactNode } from "react";
import type { TTheme } from "@/lib/institutions/theme";

export type TInstitutionFrame = { slug: string; name: string; theme: TTheme };

const InstitutionContext = createContext<TInstitutionFrame | null>(null);

export function InstitutionProvider({ value, children }: { value: TInstitutionFrame; children: ReactNode }) {
  return <InstitutionContext.Provider value={value}>{children}</InstitutionContext.Provider>;
}

export function useInstitutionFrame(): TInstitutionFrame | null {
  return useContext(InstitutionContext);
}
