import { defineConfig } from "vite";

// Tauri serves the built files itself; no dev-server tricks are needed in production builds.
export default defineConfig({
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        // Each language's messages in two files: the disguise's few (fetched at start when the
        // computer speaks that language) and the rest (when the app is opened in it).
        manualChunks(id: string) {
          const [, lang, part] = /\/locales\/([A-Za-z-]+)\/([^/]+)\.ftl/.exec(id) ?? [];
          if (!lang || lang === "en-GB") return undefined;
          return part === "app" || part === "disguise" ? `locale-${lang}-disguise` : `locale-${lang}`;
        },
      },
    },
  },
});
