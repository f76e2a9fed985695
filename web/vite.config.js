import { defineConfig } from 'vite';

// The app is built into the jar's META-INF/resources, which Quarkus serves: the gateway depends on this module.
export default defineConfig({
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
  server: {
    // `npm run dev` against ./run.sh: the API, login and logout go to the gateway, so the session cookie works.
    proxy: {
      '/api': 'http://localhost:8080',
      '/login': 'http://localhost:8080',
      '/logout': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.js'],
  },
});
