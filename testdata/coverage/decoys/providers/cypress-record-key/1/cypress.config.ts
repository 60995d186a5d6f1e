export default defineConfig({ projectId: 'slg805' });
