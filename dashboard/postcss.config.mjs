// Tailwind CSS 4 through PostCSS (Next's CSS pipeline).
export default { plugins: { '@tailwindcss/postcss': {} } };
