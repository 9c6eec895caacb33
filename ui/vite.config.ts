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
        // Each language's messages in one file, fetched once when that language is chosen.
        manualChunks(id: string) {
          const lang = /\/locales\/([A-Za-z-]+)\/[^/]+\.ftl/.exec(id)?.[1];
          return lang && lang !== "en-GB" ? `locale-${lang}` : undefined;
        },
      },
    },
  },
});
