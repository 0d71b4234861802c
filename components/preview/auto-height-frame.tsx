"use client";
// A same-origin preview frame as tall as the screen it shows, so that nothing (the 許可 button at the
// foot of アクセス許可) is cut off: the frame reads its document's height when it loads and whenever
// that document changes size. Without JavaScript it keeps the given height and scrolls inside.
import { useEffect, useRef } from "react";

type TProps = { src: string; title: string; width: number; height: number; className?: string; lazy?: boolean };

export function AutoHeightFrame({ src, title, width, height, className = "block max-w-none", lazy = false }: TProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    let observer: ResizeObserver | undefined;
    const fitToDocument = () => {
      const doc = frame.contentDocument;
      // before its page arrives a frame holds about:blank, whose height says nothing
      if (!doc?.documentElement || doc.URL === "about:blank") return;
      // the frame's own border is part of its height (border-box), not of its document's
      const size = () => (frame.style.height = `${doc.documentElement.scrollHeight + frame.offsetHeight - frame.clientHeight}px`);
      size();
      observer?.disconnect();
      observer = new ResizeObserver(size);
      observer.observe(doc.body ?? doc.documentElement);
    };
    frame.addEventListener("load", fitToDocument);
    if (frame.contentDocument?.readyState === "complete") fitToDocument();
    return () => {
      frame.removeEventListener("load", fitToDocument);
      observer?.disconnect();
    };
  }, [src]);
  return <iframe ref={ref} title={title} src={src} width={width} height={height} loading={lazy ? "lazy" : undefined} className={`${className} border border-black/20 bg-white`} />;
}
